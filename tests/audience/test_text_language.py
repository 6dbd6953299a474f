"""Staff set the language of a record's free texts; descriptors follow it.

"Amenaza a Ramón Ñañez Quintero" has no function word that only Spanish or only English
has, so detection falls back to the document's language: in an English document the
withheld name became "a community leader" inside Spanish text. Once staff set the
record's texts to Spanish, every way out (documents, exports, bundles) says "un líder
comunitario"; set to English, or left to detection, the other way round.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from accompdesk.domain.language import detect, set_language
from accompdesk.domain.records import Alert, Authority, Commitment, Incident, Meeting, Person
from accompdesk.exchange.canonical import export_csv, import_csv
from accompdesk.exchange.export import export_table
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import prepare
from accompdesk.services.bundle_audience import cast, filter_values
from accompdesk.vault.errors import InputRejected
from accompdesk.vault.verify import verify

TODAY = dt.date(2026, 3, 12)
SPANISH_SHORT = "Amenaza a Ramón Ñañez Quintero"
# English with a Spanish place name: detected as Spanish.
ENGLISH_SHORT = "Threats against Ramón Ñañez Quintero de la Vereda El Cedro"
ES, EN = "un líder comunitario", "a community leader"


@pytest.fixture
def office(vault, on_day):
    on_day(TODAY)
    person = vault.persons.add(Person(full_name="Ramón Ñañez Quintero", kind="community_leader",
                                      gender="male", consent_level="internal", region="Cauca"))
    return vault, person


def _incident(vault, person, language: str, summary: str = SPANISH_SHORT):
    return vault.incidents.add(Incident(
        summary=summary, description=summary, occurred_on=dt.date(2026, 3, 4), kind="threat",
        region="Cauca", severity="critical", affected_persons=[person.id], affected_person_roles=["victim"],
        text_language=language))


def _document_text(doc, view) -> str:
    return "\n".join(prepare(doc, view.redactor).texts())


def test_the_example_is_detected_wrongly():
    assert detect(SPANISH_SHORT, "en") == "en"
    assert detect("el señor fue amenazado en la vereda por los hombres", "en") == "es"


@pytest.mark.parametrize("language, want, not_want", [("es", ES, EN), ("en", EN, ES), ("auto", EN, ES)])
@pytest.mark.parametrize("document", ["alert", "briefing"])
def test_documents_describe_in_the_language_set(office, language, want, not_want, document):
    vault, person = office
    incident = _incident(vault, person, language)
    if document == "alert":
        doc, view = build_alert(vault, AlertOptions(incident_id=incident.id, audience="public"))
    else:
        doc, view = build_briefing(vault, BriefingOptions(
            period=Period(dt.date(2026, 2, 1), dt.date(2026, 3, 11)), audience="public",
            context="x", requests="y"))
    text = _document_text(doc, view)
    assert f"Amenaza a {want}" in text
    assert f"Amenaza a {not_want}" not in text
    assert "Ñañez" not in text


def test_a_text_detected_as_spanish_can_be_set_to_english(office):
    vault, person = office
    assert detect(ENGLISH_SHORT, "en") == "es"
    incident = _incident(vault, person, "en", ENGLISH_SHORT)
    doc, view = build_alert(vault, AlertOptions(incident_id=incident.id, audience="public", language="es"))
    text = _document_text(doc, view)
    assert f"Threats against {EN} in Cauca de la Vereda El Cedro" in text
    assert f"Threats against {ES}" not in text


@pytest.mark.parametrize("table", ["incidents", "meetings", "commitments", "alerts"])
@pytest.mark.parametrize("language, want", [("es", ES), ("en", EN), ("auto", EN)])
def test_exports_describe_in_the_language_set(office, tmp_path, table, language, want):
    vault, person = office
    incident = _incident(vault, person, language)
    authority = vault.authorities.add(Authority(name="Fiscalía", kind="prosecutor", level="national"))
    meeting = vault.meetings.add(Meeting(held_on=dt.date(2026, 3, 5), authority_id=authority.id,
                                         purpose=SPANISH_SHORT, text_language=language))
    vault.commitments.add(Commitment(meeting_id=meeting.id, text=SPANISH_SHORT, text_language=language))
    vault.alerts.add(Alert(incident_id=incident.id, activated_at=dt.datetime(2026, 3, 5, 9),
                           alerted="red", response=SPANISH_SHORT, text_language=language))
    path = tmp_path / f"{table}.csv"
    export_table(vault, table, str(path), audience="diplomatic")
    cells = [c for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))) for c in row]
    assert any(c.startswith(f"Amenaza a {want} en Cauca" if want == ES else f"Amenaza a {want} in Cauca")
               for c in cells)
    assert not any("Ñañez" in c for c in cells)


@pytest.mark.parametrize("language, want", [("es", ES), ("en", EN), ("auto", EN)])
def test_bundles_describe_in_the_language_set(office, language, want):
    vault, person = office
    incident = _incident(vault, person, language)
    values = {"summary": incident.summary, "description": incident.description, "text_language": language}
    out = filter_values("incidents", incident.id, values, cast(vault, "diplomatic"))
    assert out["summary"].startswith(f"Amenaza a {want}")


def test_the_choice_is_stored_exported_and_imported(office, tmp_path):
    vault, person = office
    incident = _incident(vault, person, "es")
    assert vault.incidents.get(incident.id).text_language == "es"
    assert set_language(vault.incidents.get(incident.id)) == "es"
    out = io.StringIO()
    export_csv(vault, "incidents", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["text_language"] == "es"
    # A file written before the column existed still imports: the language is detected.
    rows[0].pop("text_language")
    rows[0]["id"] = ""
    rows[0]["summary"] = "Otra amenaza"
    older = io.StringIO()
    writer = csv.DictWriter(older, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerow(rows[0])
    import_csv(vault, "incidents", older.getvalue())
    added = [i for i in vault.incidents.list() if i.summary == "Otra amenaza"]
    assert [i.text_language for i in added] == ["auto"]
    # A wrong code is refused with a sentence naming the field.
    rows[0]["text_language"] = "fr"
    bad = io.StringIO()
    writer = csv.DictWriter(bad, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerow(rows[0])
    with pytest.raises(InputRejected) as caught:
        import_csv(vault, "incidents", bad.getvalue())
    assert [field for _row, field, _why in caught.value.report] == ["text_language"]
    assert len([i for i in vault.incidents.list() if i.summary == "Otra amenaza"]) == 1


def test_records_written_before_the_migration_still_fit_their_audit_entries(vault):
    """The column came with migration 10 at "auto": digests leave it out at that value,
    so `verify` finds nothing on a vault whose records predate it; a set language counts."""
    from accompdesk.vault.rows import digest

    incident = Incident(summary="x", occurred_on=dt.date(2026, 1, 1), kind="threat", id="i1")
    before = digest(incident)
    incident.text_language = "es"
    assert digest(incident) != before
    incident.text_language = "auto"
    assert digest(incident) == before
    vault.incidents.add(Incident(summary="y", occurred_on=dt.date(2026, 1, 1), kind="threat",
                                 text_language="en"))
    assert all(check.ok for check in verify(vault)), [c for c in verify(vault) if not c.ok]


LONG_ES = "Hombres armados llegaron a la casa de Ramón Ñañez Quintero y lo amenazaron en la noche."


@pytest.mark.parametrize("document", ["alert", "briefing"])
@pytest.mark.parametrize("doc_language, text_language, note", [
    ("en", "auto", "in Spanish, as recorded."), ("en", "es", "in Spanish, as recorded."),
    ("es", "en", "en inglés, tal como se"), ("es", "auto", None), ("en", "en", None)])
def test_a_quote_in_the_other_language_is_said_once(office, document, doc_language, text_language, note):
    vault, person = office
    incident = _incident(vault, person, text_language, LONG_ES)
    if document == "alert":
        doc, view = build_alert(vault, AlertOptions(incident_id=incident.id, audience="public",
                                                    language=doc_language))
    else:
        doc, view = build_briefing(vault, BriefingOptions(
            period=Period(dt.date(2026, 2, 1), dt.date(2026, 3, 11)), audience="public",
            language=doc_language, context="x", requests="y"))
    texts = list(prepare(doc, view.redactor).texts())
    said = [t for t in texts if "as recorded" in t or "tal como se registr" in t]
    if note is None:
        assert said == []
    else:
        # Once in each part that quotes it: the alert; the briefing's gravest incidents and
        # the annex that lists the incident again, pages later.
        assert len(said) == (1 if document == "alert" else 2) and all(note in s for s in said)
