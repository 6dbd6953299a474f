"""The Offices area: card and fingerprint, peers, a bundle made and received with a preview,
conflicts side by side resolved with keep mine / keep theirs, cancel leaves nothing applied."""

from __future__ import annotations

import datetime as dt

import pytest

from accompdesk.domain.records import Incident
from accompdesk.gui.areas.offices.view import OfficesView
from accompdesk.services import offices

from ....offices.helpers import make_office, open_conflicts, table_digests
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

WAIT_MS = 60_000


@pytest.fixture
def other(tmp_path):
    v = make_office(tmp_path / "elsewhere", "project")
    yield v
    v.close()


def area(window) -> OfficesView:
    window.show_area("offices")
    assert window.workspace.current_area == "offices"
    return window.workspace.view("offices")


def idle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.busy and not view.progress.isVisible(), timeout=WAIT_MS)


def _trusted(view, other, tmp_path):
    card = tmp_path / "project.card"
    card.write_text(offices.card(other), encoding="utf-8")
    assert view.add_peer(str(card), "internal") is not None
    offices.add_peer(other, offices.card(view.session.vault), "internal", "office")


def test_the_area_shows_this_offices_card_and_fingerprint(window, tmp_path):
    view = area(window)
    me = offices.identity(window.session.vault)
    assert view.fingerprint_label.text() == me.fingerprint
    assert me.name in view.name_label.text()
    assert view.save_card(str(tmp_path / "me.card"))
    assert (tmp_path / "me.card").read_text(encoding="utf-8") == offices.card(window.session.vault)
    assert not view.send_button.isEnabled()  # no peers yet


def test_a_bundle_is_made_previewed_applied_and_conflicts_resolved_in_the_window(window, other, qtbot, tmp_path):
    view = area(window)
    vault = window.session.vault
    _trusted(view, other, tmp_path)
    assert view.peers.rowCount() == 1 and view.peers.item(0, 1).text() == "internal"
    rid = vault.incidents.add(Incident(summary="Threat by phone", occurred_on=dt.date(2024, 1, 9), kind="threat",
                                       place="Toribío")).id
    view.make_bundle("project", str(tmp_path / "out"))
    idle(qtbot, view)
    assert (tmp_path / "out.adx").exists()
    assert view.peers.item(0, 2).text() != "never"
    offices.receive(other, (tmp_path / "out.adx").read_bytes())
    mine = vault.incidents.get(rid)
    mine.place = "Caldono"
    vault.incidents.update(mine)
    theirs = other.incidents.get(rid)
    theirs.place = "Jambaló"
    other.incidents.update(theirs)
    (tmp_path / "in.adx").write_bytes(offices.make_bundle(other, "office").data)

    before = table_digests(vault)
    view.preview_file(str(tmp_path / "in.adx"))
    idle(qtbot, view)
    assert view.apply_button.isVisible()
    assert "would change" in view.preview.text() and "1 conflicts" in view.preview.text()
    assert table_digests(vault) == before  # a preview changes nothing
    view.apply_pending()
    idle(qtbot, view)
    assert not view.apply_button.isVisible()
    assert view.conflicts.rowCount() == 1
    row = [view.conflicts.item(0, c).text() for c in range(4)]
    assert row[1:] == ["Place", "Caldono", "project: Jambaló"]
    assert vault.incidents.get(rid).place == "Caldono"  # local stays in force
    view.conflicts.selectRow(0)
    assert view.resolve_selected("theirs")
    assert view.conflicts.rowCount() == 0 and view.no_conflicts.isVisible()
    assert vault.incidents.get(rid).place == "Jambaló"
    offices.receive(other, offices.make_bundle(vault, "project").data)
    assert not open_conflicts(other) and not open_conflicts(vault)


def test_a_refused_bundle_says_why_in_one_sentence_and_changes_nothing(window, other, qtbot, tmp_path):
    view = area(window)
    _trusted(view, other, tmp_path)
    data = bytearray(offices.make_bundle(other, "office").data)
    data[len(data) // 2] ^= 1
    (tmp_path / "bad.adx").write_bytes(bytes(data))
    before = table_digests(window.session.vault)
    view.preview_file(str(tmp_path / "bad.adx"))
    idle(qtbot, view)
    assert "damaged" in view.status.text() and "\n" not in view.status.text()
    assert not view.apply_button.isVisible()
    assert table_digests(window.session.vault) == before


def _big_bundle_previewed(window, other, qtbot, tmp_path):
    """The Offices area with a bundle of 1,200 incidents from `other` previewed: long
    enough to apply that a test can act while it runs."""
    view = area(window)
    _trusted(view, other, tmp_path)
    with other.transaction():
        for i in range(1200):
            other.incidents.add(Incident(summary=f"Threat {i}", occurred_on=dt.date(2024, 1, 9), kind="threat"))
    (tmp_path / "big.adx").write_bytes(offices.make_bundle(other, "office").data)
    view.preview_file(str(tmp_path / "big.adx"))
    idle(qtbot, view)
    return view


def test_cancel_while_applying_leaves_nothing_applied(window, other, qtbot, tmp_path):
    view = _big_bundle_previewed(window, other, qtbot, tmp_path)
    before = table_digests(window.session.vault)
    view.apply_pending()
    view.worker.cancel()  # before the first progress tick: the apply stops and rolls back
    idle(qtbot, view)
    assert "Cancelled" in view.status.text()
    assert table_digests(window.session.vault) == before


@pytest.mark.parametrize("theirs_table", ["persons", "organisations"])
def test_the_preview_and_the_result_say_which_aliases_a_bundle_made_shared(window, other, qtbot, tmp_path,
                                                                           theirs_table):
    """Issue 15: staff are told what the roster prints for an alias another office's record
    now shares with one of this office's own (ids, never names)."""
    from accompdesk.domain.records import Organisation, Person
    from accompdesk.gui.common import i18n

    view = area(window)
    vault = window.session.vault
    _trusted(view, other, tmp_path)
    own = vault.persons.add(Person(full_name="Rodrigo Peña Salas", alias="El Búho", consent_level="internal"))
    made = (Person(full_name="Ximena Ortiz Lugo", alias="el buho", consent_level="internal")
            if theirs_table == "persons" else Organisation(name="Asociación Ortiz", alias="el buho"))
    theirs = other.repo(theirs_table).add(made)
    (tmp_path / "in.adx").write_bytes(offices.make_bundle(other, "office").data)
    view.preview_file(str(tmp_path / "in.adx"))
    idle(qtbot, view)
    shown = view.preview.text()
    assert "The alias “El Búho” is now shared" in shown
    assert f"“El Búho” for the person {own.id} (recorded here)" in shown
    noun = "person" if theirs_table == "persons" else "organisation"
    assert f"“el buho 2” for the {noun} {theirs.id} (from project)" in shown
    assert "Peña" not in shown and "Ortiz" not in shown
    view.apply_pending()
    idle(qtbot, view)
    assert f"“el buho 2” for the {noun} {theirs.id}" in view.status.text()
    from accompdesk.gui.areas.offices.view import describe

    i18n.set_language_for_labels("es")
    try:
        assert f"«el buho 2» para la {'persona' if noun == 'person' else 'organización'} {theirs.id}" \
            in describe(view.last_result)
    finally:
        i18n.set_language_for_labels("en")


def test_locking_while_a_bundle_is_applied_cancels_it_and_applies_nothing(window, other, qtbot, tmp_path):
    from accompdesk.vault.store import Vault
    from tests.conftest import PASSPHRASE

    view = _big_bundle_previewed(window, other, qtbot, tmp_path)
    before = table_digests(window.session.vault)
    path = window.session.vault.path
    view.apply_pending()
    worker = view.worker
    window._warn_of_lock(5)
    assert "Locking cancels the bundle; nothing of it is written or applied." in \
        window.workspace.notice.label.text()
    window.lock()  # before the first progress tick: the apply stops and rolls back
    assert worker.wait(60)
    reopened = Vault.open(path, passphrase=PASSPHRASE)
    try:
        assert table_digests(reopened) == before
    finally:
        reopened.close()
