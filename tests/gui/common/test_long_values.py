"""A link field shows the start of a long linked record's title (the organisation's
name, the incident's "Threat against …"), not its end, which is what a line edit shows
when its text is set with the cursor left at the end."""

from __future__ import annotations

from accompdesk.domain.records import Organisation, Person
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

LONG_NAME = ("Asociación de Familiares de Desaparecidos de La Victoria de Piñuelas, de San Vicente de Quiñones "
             "y del Alto Yarumal")


def test_a_long_linked_title_shows_its_start(vault, window):
    organisation = vault.organisations.add(Organisation(name=LONG_NAME, kind="victims_organisation"))
    person = vault.persons.add(Person(full_name="Ana Pérez", kind="community_leader",
                                      organisation_id=organisation.id))
    form = window.forms.open_record("persons", person.id)
    display = form.ui.organisation_id.display
    assert display.text() == LONG_NAME
    assert display.cursorPosition() == 0
    form.close_silently()
