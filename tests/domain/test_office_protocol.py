"""The default emergency protocol speaks the reader's language; an office's own does not change."""

from __future__ import annotations

import pytest

from accompdesk.domain import office
from accompdesk.domain.office import DEFAULT_PROTOCOL, OfficeSettings


@pytest.mark.parametrize("language, start", [("en", "1. Call the person again"),
                                             ("es", "1. Vuelva a llamar a la persona")])
def test_the_default_protocol_in_each_language(language, start):
    text = office.emergency_protocol(OfficeSettings(), language)
    assert text.startswith(start)
    assert text.count("\n") == DEFAULT_PROTOCOL.count("\n")  # the same three steps


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_protocol_the_office_wrote_is_shown_as_written(language):
    own = OfficeSettings(emergency_protocol="1. Llamar a Marta.\n2. Call the embassy.")
    assert office.emergency_protocol(own, language) == "1. Llamar a Marta.\n2. Call the embassy."
