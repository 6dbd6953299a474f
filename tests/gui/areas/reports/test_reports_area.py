"""The Reports area: defaults, audiences by role, saving real files, refusals, Spanish, the alert hook."""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest

from accompdesk.gui.areas.reports.view import ReportsView
from accompdesk.gui.common.settings import PAGE_SIZE
from accompdesk.reports.data import default_period
from accompdesk.reports.export import docx_parts_text

from ....reports.office_data import INTERNAL_NAMES, fill_office
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session, window  # noqa: F401 - fixtures used by name

pypdf = pytest.importorskip("pypdf")

# Right-to-left names come back from a PDF in visual order; look for the others.
READ_BACK = [n for n in INTERNAL_NAMES if not any("\u0590" <= c <= "\u06ff" for c in n)]
WAIT_MS = 60_000


def reports_view(window) -> ReportsView:
    window.show_area("reports")
    view = window.workspace.view("reports")
    assert window.workspace.current_area == "reports"
    return view


def wait_idle(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.busy and not view.progress.isVisible(), timeout=WAIT_MS)


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text + "\n" + "\n".join(str(v) for v in (reader.metadata or {}).values())


def test_area_loads_in_place_of_the_placeholder(window):
    view = reports_view(window)
    assert isinstance(view, ReportsView)
    assert [view.ui.documentCombo.itemData(i) for i in range(view.ui.documentCombo.count())] == \
        ["briefing", "alert", "stats", "roster"]


def test_options_default_as_the_documents_do(settings, session, qtbot):
    settings.set(PAGE_SIZE, "Letter")

    class Host:
        pass

    host = Host()
    host.session, host.settings = session, settings
    view = ReportsView(host)
    qtbot.addWidget(view)
    ui = view.ui
    period = default_period()
    assert view.document == "briefing"
    assert ui.audienceCombo.currentData() == "diplomatic"
    assert ui.languageCombo.currentData() == "en"
    assert ui.pageSizeCombo.currentData() == "Letter"
    assert ui.fromDate.date().toPython() == period.start and ui.toDate.date().toPython() == period.end
    assert [ui.formatCombo.itemData(i) for i in range(ui.formatCombo.count())] == ["pdf", "docx"]
    assert ui.formatCombo.currentData() == "pdf"
    view.set_document("stats")
    assert ui.audienceCombo.currentData() == "public"
    assert [ui.formatCombo.itemData(i) for i in range(ui.formatCombo.count())] == ["pdf", "docx", "xlsx"]
    assert ui.form.isRowVisible(ui.periodLayout) and not ui.form.isRowVisible(ui.recipientEdit)
    view.set_document("alert")
    assert ui.audienceCombo.currentData() == "diplomatic"
    assert ui.form.isRowVisible(ui.incidentCombo) and not ui.form.isRowVisible(ui.periodLayout)
    view.set_document("roster")
    assert view.roster_button.isVisibleTo(view) and not view.save_button.isEnabled()


@pytest.mark.parametrize("role, offered", [("viewer", ["public"]), ("staff", ["public", "diplomatic"]),
                                           ("coordinator", ["public", "diplomatic", "internal"])])
def test_audiences_offered_follow_the_role(vault, window, role, offered):
    vault.role = role
    view = reports_view(window)
    combo = view.ui.audienceCombo
    assert [combo.itemData(i) for i in range(combo.count())] == offered
    assert combo.currentData() == ("public" if role == "viewer" else "diplomatic")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_saved_briefing_withholds_internal_names_and_is_audited(vault, window, qtbot, tmp_path, fmt):
    fill_office(vault)
    view = reports_view(window)
    view.ui.fromDate.setDate(dt.date.today() - dt.timedelta(days=365))
    view.ui.recipientEdit.setText("Embassy of Norway")
    # Free text that names a withheld person: the document must describe her instead.
    view.ui.contextEdit.setPlainText("La Mona and María José Pérez were threatened again.")
    view.ui.requestsEdit.setPlainText("Raise the case with the Ministry.")
    view.ui.formatCombo.setCurrentIndex(view.ui.formatCombo.findData(fmt))
    before = len(vault.audit_entries())
    target = tmp_path / f"briefing.{fmt}"
    view.save_to(str(target))
    wait_idle(qtbot, view)
    assert view.written == str(target), view.status.text()
    assert target.exists() and str(target) in view.status.text()
    if fmt == "pdf":
        text = pdf_text(target)
        assert "Embassy of Norway" in text
    else:
        text = "\n".join(docx_parts_text(target.read_bytes()).values())
        import docx

        document = docx.Document(io.BytesIO(target.read_bytes()))
        assert any("Embassy of Norway" in p.text for p in document.paragraphs) or "Embassy of Norway" in text
    for name in READ_BACK:
        assert name.lower() not in text.lower(), name
    entries = vault.audit_entries()[before:]
    assert any(e.action == "export" and "document=briefing" in e.detail and "audience=diplomatic" in e.detail
               and f"format={fmt}" in e.detail for e in entries)


def test_statistics_as_a_workbook(vault, window, qtbot, tmp_path):
    fill_office(vault)
    view = reports_view(window)
    view.set_document("stats")
    view.ui.formatCombo.setCurrentIndex(view.ui.formatCombo.findData("xlsx"))
    view.save_to(str(tmp_path / "stats"))
    wait_idle(qtbot, view)
    assert (tmp_path / "stats.xlsx").exists(), view.status.text()


def test_refused_export_says_one_sentence_and_writes_nothing(vault, window, qtbot, tmp_path):
    fill_office(vault)
    view = reports_view(window)
    # The folder vanished between the dialog and the save.
    view.save_to(str(tmp_path / "gone" / "briefing.pdf"))
    wait_idle(qtbot, view)
    message = view.status.text()
    assert "does not exist" in message and message.count(". ") == 0 and message.endswith(".")
    # The role changed after the area was built: the service refuses an internal export.
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData("internal"))
    vault.role = "staff"
    before = len(vault.audit_entries())
    view.save_to(str(tmp_path / "internal.pdf"))
    wait_idle(qtbot, view)
    assert "may not make an internal export" in view.status.text()
    assert view.status.text().count(". ") == 0
    assert list(tmp_path.iterdir()) == [] or all(p.name in ("settings.ini", "office.vault", "office.vault.keys")
                                                 or p.name.startswith("office.vault") for p in tmp_path.iterdir())
    assert not (tmp_path / "internal.pdf").exists() and view.written == ""
    assert len(vault.audit_entries()) == before


def test_cancel_leaves_nothing_written(vault, window, qtbot, tmp_path):
    fill_office(vault)
    view = reports_view(window)
    view.ui.contextEdit.setPlainText("Context.")
    view.ui.requestsEdit.setPlainText("One request.")
    target = tmp_path / "cancelled.pdf"
    view.save_to(str(target))
    view.cancel()
    wait_idle(qtbot, view)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]
    assert "nothing was written" in view.status.text()


def test_outline_shows_the_document_as_the_audience_reads_it(vault, window, qtbot):
    fill_office(vault)
    view = reports_view(window)
    view.ui.contextEdit.setPlainText("María José Pérez asked us to write.")
    view.show_outline()
    wait_idle(qtbot, view)
    assert view.outline.topLevelItemCount() == 1
    texts = []

    def walk(item):
        texts.append(item.text(0))
        for i in range(item.childCount()):
            walk(item.child(i))

    walk(view.outline.topLevelItem(0))
    joined = "\n".join(texts)
    assert "Context" in joined and "Summary" in joined
    assert "María José Pérez" not in joined


def test_outline_lists_what_was_withheld_before_saving(vault, window, qtbot):
    """Issue 14: before a document is saved the outline says how many people were described
    and which fields were left out, as the command line prints on stderr."""
    fill_office(vault)
    view = reports_view(window)
    assert view.ui.audienceCombo.currentData() == "diplomatic"
    view.ui.contextEdit.setPlainText("María José Pérez asked us to write.")
    view.show_outline()
    wait_idle(qtbot, view)
    top = view.outline.topLevelItem(0)
    lines = [top.child(i).toolTip(0) or top.child(i).text(0) for i in range(top.childCount())]
    withheld = [line for line in lines if line.startswith("Withheld for the diplomatic audience")]
    assert len(withheld) == 1
    assert "described, not named" in withheld[0]
    left_out = withheld[0].split("Fields left out: ", 1)[1]
    for label in ("Notes", "Contact details", "Safety check-in protocol", "Visa expiry", "Meeting point"):
        assert label in left_out


def test_alert_hook_opens_the_area_preset(vault, window, qtbot):
    ids = fill_office(vault)
    alert = vault.alerts.list(filters={"incident_id": ids["main_incident"]}, with_links=False)[0]
    window.show_area("incidents")
    window.show_alert_document(ids["main_incident"], alert.id)
    view = window.workspace.view("reports")
    assert window.workspace.current_area == "reports"
    assert view.document == "alert"
    assert view.ui.incidentCombo.currentData() == ids["main_incident"]
    assert view.ui.form.isRowVisible(view.ui.incidentCombo)
    assert not view.ui.followUpCheck.isChecked()  # the incident's first alert


def test_the_alert_form_button_reaches_the_area(vault, window, qtbot):
    ids = fill_office(vault)
    alert = vault.alerts.list(filters={"incident_id": ids["main_incident"]}, with_links=False)[0]
    from accompdesk.gui.common.operations.form_opener import operations_forms

    form = operations_forms(window).open_record("alerts", alert.id)
    form = form or operations_forms(window).open_forms[("alerts", alert.id)]
    form.alert_document_requested.emit(ids["main_incident"], alert.id)
    assert window.workspace.current_area == "reports"
    assert window.workspace.view("reports").ui.incidentCombo.currentData() == ids["main_incident"]
    form.close_silently()


def test_spanish_catalogue_is_complete():
    from tools.translations import CATALOGUES

    root = ET.parse(CATALOGUES["reports"].ts_file("es")).getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_area_speaks_spanish(window, qtbot):
    window.change_language("es")
    view = reports_view(window)
    assert view.ui.documentCombo.itemText(0) == "Informe para embajadas"
    assert view.save_button.text() == "&Guardar…"
    assert view.ui.recipientLabel.text() == "&Destinatario:"


def test_roster_is_offered_by_opening_its_own_page(window, qtbot):
    view = reports_view(window)
    view.set_document("roster")
    view.roster_button.click()
    assert window.workspace.current_area == "roster"


@pytest.mark.parametrize("context, requests, audience, asked, written", [
    ("", "", "diplomatic", "The context and the requests are still placeholders.", False),
    ("Context.", "", "public", "The requests are still a placeholder.", False),
    ("Context.", "One.", "diplomatic", None, True),
    ("", "", "internal", None, True),
])
def test_window_asks_before_saving_placeholders_and_refuses_them_unasked(
        vault, window, qtbot, tmp_path, monkeypatch, context, requests, audience, asked, written):
    from PySide6.QtWidgets import QMessageBox

    fill_office(vault)
    view = reports_view(window)
    view.ui.contextEdit.setPlainText(context)
    view.ui.requestsEdit.setPlainText(requests)
    view.ui.audienceCombo.setCurrentIndex(view.ui.audienceCombo.findData(audience))
    questions = []

    def answer(_parent, _title, text, *args):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert view.confirm_placeholders() is (asked is None)
    assert [q.split(" Save")[0] for q in questions] == ([asked] if asked else [])
    # Saved without asking, a briefing with placeholders is refused in one sentence.
    target = tmp_path / "b.pdf"
    view.save_to(str(target))
    wait_idle(qtbot, view)
    assert target.exists() is written, view.status.text()
    if not written:
        assert "still" in view.status.text() and "placeholder" in view.status.text()
        # Agreeing to the question saves the draft.
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        assert view.confirm_placeholders()
        view.save_to(str(target))
        wait_idle(qtbot, view)
        assert target.exists(), view.status.text()


def test_staff_draft_the_concerns_and_requests_and_edit_them_before_saving(vault, window, qtbot, tmp_path):
    fill_office(vault)
    view = reports_view(window)
    view.ui.fromDate.setDate(dt.date.today() - dt.timedelta(days=365))
    view.ui.recipientEdit.setText("Embassy of Norway")
    view.ui.requestsEdit.setPlainText("Our own request.")
    assert view.ui.concernsEdit.isVisibleTo(view) and view.ui.draftButton.isVisibleTo(view)
    view.ui.draftButton.click()
    wait_idle(qtbot, view)
    drafted = view.ui.concernsEdit.toPlainText().splitlines()
    assert 2 <= len(drafted) <= 5 and drafted[0].startswith("The office recorded")
    assert view.ui.requestsEdit.toPlainText() == "Our own request."  # what staff wrote stays
    for name in READ_BACK:
        assert name.lower() not in view.ui.concernsEdit.toPlainText().lower()
    view.ui.concernsEdit.setPlainText("A concern the coordinator rewrote.\n" + drafted[1])
    view.ui.contextEdit.setPlainText("Context.")
    target = tmp_path / "edited.pdf"
    view.save_to(str(target))
    wait_idle(qtbot, view)
    text = " ".join(pdf_text(target).split())
    assert "1. A concern the coordinator rewrote. 2." in text and "Our own request." in text
    view.set_document("stats")
    assert not view.ui.concernsEdit.isVisibleTo(view)


@pytest.mark.parametrize("recipient, typed, country, sentence", [
    ("Embassy of Norway", "", "NO", "2 of them are nationals of Norway."),
    ("Embajada de Noruega", "", "NO", "2 of them are nationals of Norway."),
    ("Ministry of Foreign Affairs", "Canad", "CA", "1 of them is a national of Canada."),
    ("Embassy of Norway", "Sweden", "SE", "1 of them is a national of Sweden."),
    ("Ministry of Foreign Affairs", "", "", None),
])
def test_briefing_recipient_country_is_chosen_from_the_vocabulary(vault, window, qtbot, recipient, typed, country,
                                                                  sentence):
    """Issue 15: the recipient's country is a chosen country, recognised from the recipient's
    name until someone picks one; the nationals sentence follows it."""
    from accompdesk.domain.records import Volunteer
    from accompdesk.services.documents import build

    for nations in ("NO", "Noruega", "Canadá; Suecia"):
        vault.volunteers.add(Volunteer(full_name=f"Volunteer {nations}", nationalities=nations, status="in_field"))
    view = reports_view(window)
    view.set_document("briefing")
    assert view.ui.form.isRowVisible(view.country_combo)
    view.ui.recipientEdit.setText(recipient)
    if typed:
        view.country_combo.lineEdit().selectAll()
        qtbot.keyClicks(view.country_combo.lineEdit(), typed)
        view.ui.recipientEdit.setText(recipient + " ")  # a later edit of the recipient keeps the choice
    assert view.request().country == country
    text = "\n".join(build(vault, view.request()).document.texts())
    if sentence is None:
        assert "of them" not in text
    else:
        assert sentence in text


def test_a_recipient_country_that_is_no_country_is_refused(vault, window, qtbot, tmp_path):
    view = reports_view(window)
    view.set_document("briefing")
    view.ui.recipientEdit.setText("Embassy of Norway")
    view.country_combo.setEditText("Atlantis")
    view.save_to(str(tmp_path / "briefing.pdf"))
    assert not view.busy
    assert view.status.text() == "“Atlantis” is not a country; choose one from the list."
    assert not (tmp_path / "briefing.pdf").exists()


def test_a_refusal_is_said_in_spanish_in_the_spanish_window(vault, window, qtbot, tmp_path):
    fill_office(vault)
    window.change_language("es")
    view = reports_view(window)
    gone = tmp_path / "gone"
    view.save_to(str(gone / "informe.pdf"))
    wait_idle(qtbot, view)
    said = view.status.text()
    assert said.startswith("La carpeta") and "no existe" in said
    assert "does not exist" not in said and not gone.exists()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("document", ["briefing", "alert", "stats"])
def test_no_option_is_cut_off_at_the_right(vault, window, qtbot, language, document):
    """At the window's usual size the options pane is as wide as its widest row: the
    Spanish labels are longer, and a pane narrower than them hid the fields' right part."""
    fill_office(vault)
    window.change_language(language)
    window.resize(1280, 800)
    view = reports_view(window)
    view.set_document(document)
    qtbot.waitUntil(lambda: view.options.isVisible())
    # Let the scroll area settle (its scroll bar comes and goes with the rows shown).
    viewport = view.options.parentWidget()  # the scroll area's
    qtbot.waitUntil(lambda: view.options.width() == viewport.width())
    assert viewport.width() >= view.options.minimumSizeHint().width()
