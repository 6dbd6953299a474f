"""The escalation ladder, the meeting list and the follow-up board, as a person sees them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from accompdesk.domain.records import Authority

from ....chain.builders import meeting
from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name

TODAY = dt.date.today()


def build(areas, key, qtbot):
    view = areas[key](None)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    return view


# -- escalation ----------------------------------------------------------------------------

def test_the_ladder_of_an_incident_with_a_known_unit(areas, qtbot, office, vault):
    meeting(vault, office.brigade, dt.date(2026, 9, 10), [office.by_unit],
            commitments=[("Investigar", dt.date(2026, 10, 1), "broken")])
    view = build(areas, "escalation", qtbot)
    view.show_scope("incidents", office.by_unit.id)
    ladder = view.ladder
    assert ladder.basis.text() == "The chain above the unit responsible: Batallón Cerro Azul."
    assert ladder.rows() == [
        ("Local level", "Batallón Cerro Azul (Battalion)", "Never raised — next step"),
        ("Regional level", "Brigada 7 (Brigade)", "Raised 2026-09-10"),
        ("Regional level", "Primera División (Division)", "Never raised"),
        ("National level", "Comando del Ejército (Army command)", "Never raised"),
        ("National level", "Ministerio de Defensa (Ministry)", "Never raised"),
        ("International level", "Oficina de la ONU Derechos Humanos (UN office)", "Never raised"),
    ]
    brigade = ladder.tree.topLevelItem(1).child(0)
    assert brigade.text(2) == "1 broken"
    commitment = brigade.child(0).child(0)
    assert (commitment.text(0), commitment.text(2)) == ("Investigar", "Broken")
    unreached = ladder.tree.topLevelItem(0).child(0)
    assert unreached.font(0).bold() and unreached.foreground(1).color().name() == "#c62828"
    assert ladder.next_label.text() == "Next step: Batallón Cerro Azul (local level)."
    assert not ladder.gaps.isVisible()


def test_the_next_step_button_starts_a_meeting_form_with_it(areas, forms, qtbot, office, vault):
    view = build(areas, "escalation", qtbot)
    view.show_scope("incidents", office.by_unit.id)
    view.ladder.next_button.click()
    form = next(f for (t, _i), f in forms.open_forms.items() if t == "meetings")
    qtbot.addWidget(form)
    record = form.current_record()
    assert record.authority_id == office.battalion.id
    assert record.incidents == [office.by_unit.id]
    assert record.status == "planned"
    assert record.purpose == "Raise the incident: Amenaza del batallón"
    form.ui.held_on.setDate(form.ui.held_on.date().currentDate().addDays(7))
    assert form.save()
    # The planned meeting shows on the ladder, and the next step moves up.
    assert view.ladder.rows()[0][2].startswith("Meeting planned")
    assert view.ladder.next_label.text() == "Next step: Brigada 7 (regional level)."


def test_the_ladder_of_a_place_and_of_a_missing_superior(areas, qtbot, office, vault):
    governor = vault.authorities.get(office.governor.id)
    governor.superior_id = None
    vault.authorities.update(governor)
    view = build(areas, "escalation", qtbot)
    view.show_scope("incidents", office.by_place.id)
    ladder = view.ladder
    assert ladder.basis.text().startswith("No unit is recorded as responsible: the territorial authorities of "
                                          "Vereda La Esperanza, San Isidro de las Palmas, Cañaveral")
    assert {r[1] for r in ladder.rows()} >= {"Alcaldía de San Isidro (Mayor's office)",
                                             "Batallón Cerro Azul (Battalion)"}
    assert ladder.gaps.isVisible()
    assert "Gobernación de Cañaveral" in ladder.gaps.text()


def test_an_organisation_never_raised_above_the_brigade(areas, qtbot, office, vault):
    """The issue's question: incidents of a period against an organisation's defenders never
    raised above the brigade, and the commitments the brigade broke."""
    meeting(vault, office.brigade, dt.date(2026, 9, 20), [office.by_unit],
            commitments=[("Investigar", dt.date(2026, 10, 1), "broken"), ("Responder", dt.date(2026, 10, 1), "kept")])
    meeting(vault, office.army, dt.date(2026, 9, 25), [office.by_place])
    view = build(areas, "escalation", qtbot)
    view.show_scope("organisations", office.org.id)
    assert view.summary.text() == "2 incidents."
    view.set_show("brigade")
    assert view.summary.text() == "1 of 2 incidents shown."
    incidents = view.incidents
    assert incidents.topLevelItem(0).text(1) == "All 1 incident together"
    row = incidents.topLevelItem(1)
    assert (row.text(1), row.text(3), row.text(4)) == ("Amenaza del batallón", "Regional — Brigada 7",
                                                       "Batallón Cerro Azul")
    summary = view.ladder.tree
    regional = summary.topLevelItem(1)
    brigade = next(regional.child(i) for i in range(regional.childCount())
                   if regional.child(i).text(0).startswith("Brigada 7"))
    assert brigade.text(1) == "Raised for 1 of 1"
    assert brigade.text(2) == "1 broken, 1 kept"
    incidents.setCurrentItem(row)
    assert view.ladder.basis.text().startswith("The chain above the unit responsible")


def test_a_region_and_a_period(areas, qtbot, office, vault):
    view = build(areas, "escalation", qtbot)
    view.show_scope("regions", "Cañaveral")
    assert view.summary.text() == "2 incidents."
    view.period.setCurrentIndex(view.period.findData("between"))
    view.date_from.setDate(view.date_from.date().fromString("2026-09-10", "yyyy-MM-dd"))
    view.date_to.setDate(view.date_to.date().fromString("2026-09-30", "yyyy-MM-dd"))
    assert view.summary.text() == "1 incident."
    assert view.incidents.topLevelItem(1).text(1) == "Hombres armados sin identificar"


def test_nothing_chosen_says_so(areas, qtbot):
    view = build(areas, "escalation", qtbot)
    assert view.summary.text() == "Choose whose incidents to follow up the chain of command."
    view.scope.setCurrentIndex(view.scope.findData("persons"))
    assert view.ladder.rows() == []


# -- meetings ------------------------------------------------------------------------------------

def test_meetings_filtered_by_authority_level_period_and_incident(areas, qtbot, office, vault):
    m1 = meeting(vault, office.battalion, dt.date(2026, 9, 1), [office.by_unit])
    m2 = meeting(vault, office.brigade, dt.date(2026, 9, 15), [office.by_place],
                 commitments=[("Patrullar", dt.date(2026, 10, 1), "broken")])
    m3 = meeting(vault, office.un, dt.date(2026, 10, 1), [office.by_unit, office.by_place])
    view = build(areas, "meetings", qtbot)

    def shown():
        return [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 3) for r in range(view.proxy.rowCount())]

    assert shown() == [m3.id, m2.id, m1.id]
    assert view.count_label.text() == "3 meetings"
    view.authority.set_value(office.brigade.id)
    assert shown() == [m2.id, m1.id]  # the brigade and those under it
    view.below.setChecked(False)
    assert shown() == [m2.id]
    view.clear()
    view.level.set_value("international")
    assert shown() == [m3.id]
    view.clear()
    view.incident.set_value(office.by_unit.id)
    assert shown() == [m3.id, m1.id]
    view.clear()
    view.use_from.setChecked(True)
    view.date_from.setDate(view.date_from.date().fromString("2026-09-10", "yyyy-MM-dd"))
    view.use_to.setChecked(True)
    view.date_to.setDate(view.date_to.date().fromString("2026-09-30", "yyyy-MM-dd"))
    assert shown() == [m2.id]
    row = [view.proxy.index(0, c).data() for c in range(view.model.columnCount())]
    assert row == ["2026-09-15", "Held", "Brigada 7", "Regional", "Reunión con Brigada 7", "1", "1 broken"]
    view.clear()
    view.status.set_value("planned")
    assert shown() == [] and view.empty.text() == "No meeting matches these filters."


def test_a_meeting_opens_on_double_click(areas, forms, qtbot, office, vault):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 15))
    view = build(areas, "meetings", qtbot)
    view.table.doubleClicked.emit(view.proxy.index(0, 0))
    assert ("meetings", m.id) in forms.open_forms
    qtbot.addWidget(forms.open_forms[("meetings", m.id)])


# -- follow-up ------------------------------------------------------------------------------------

def test_the_follow_up_board_groups_by_authority(areas, qtbot, office, vault):
    meeting(vault, office.brigade, dt.date(2026, 9, 1), [office.by_unit], commitments=[
        ("Vencido", TODAY - dt.timedelta(days=7), "pending"),
        ("Pronto", TODAY + dt.timedelta(days=3), "pending")])
    meeting(vault, office.mayor, dt.date(2026, 9, 2), [], commitments=[
        ("Muy vencido", TODAY - dt.timedelta(days=30), "pending"),
        ("También vencido", TODAY - dt.timedelta(days=1), "pending")])
    meeting(vault, office.division, TODAY + dt.timedelta(days=5), [office.by_unit], status="planned")
    view = build(areas, "followups", qtbot)
    tree = view.commitments
    groups = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(tree.topLevelItemCount())]
    assert groups == [("Alcaldía de San Isidro", "2 overdue"), ("Brigada 7", "1 overdue, 1 due soon")]
    mayor = tree.topLevelItem(0)
    assert [(mayor.child(i).text(0), mayor.child(i).text(2)) for i in range(2)] == [
        ("Muy vencido", "30 days overdue"), ("También vencido", "1 day overdue")]
    assert tree.topLevelItem(1).child(1).text(2) == "due in 3 days"
    assert view.commitments_box.title() == "Commitments: 3 overdue, 1 due soon"
    assert view.meetings.topLevelItem(0).text(1) == "Primera División"
    assert view.meetings.topLevelItem(0).text(3) == "Planned"
    grave = {view.unescalated.topLevelItem(i).text(1) for i in range(view.unescalated.topLevelItemCount())}
    assert grave == {"Hombres armados sin identificar"}  # the other was raised at the brigade
    view.soon.setValue(2)
    assert tree.topLevelItem(1).text(1) == "1 overdue"


def test_the_board_follows_changes(areas, qtbot, office, vault, session):
    m = meeting(vault, office.brigade, dt.date(2026, 9, 1), [], commitments=[
        ("Vencido", TODAY - dt.timedelta(days=7), "pending")])
    view = build(areas, "followups", qtbot)
    assert view.board.overdue_count == 1
    commitment = vault.commitments.list(filters={"meeting_id": m.id})[0]
    commitment.status = "kept"
    vault.commitments.update(commitment)
    session.notify("commitments")
    assert view.board.overdue_count == 0
    assert view.commitments.topLevelItem(0).text(0) == "Nothing is overdue or due soon."


def test_an_authority_added_in_its_form_appears_in_the_tree(areas, forms, qtbot, office, vault):
    view = build(areas, "authorities", qtbot)
    form = forms.open_new("authorities", Authority(superior_id=office.brigade.id))
    qtbot.addWidget(form)
    form.ui.name.setText("Batallón Nuevo")
    assert form.save()
    node = view.model.nodes[form.record.id]
    assert node.parent.authority.id == office.brigade.id
