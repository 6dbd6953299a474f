"""Services tests: real vaults; the few that drive a window get offscreen Qt, English
strings, private settings, and fail on any Qt warning."""

import pytest

from tests.gui.fixtures.safety import gui, qt_warnings_fail, settings  # noqa: F401


@pytest.fixture
def session(vault, qapp, gui):  # noqa: F811
    from accompdesk.gui.session import Session

    s = Session(vault.path)
    s.unlock_with(vault)
    yield s
