"""Every document reads record fields through the field declarations of its audience.

A unique marker is planted in every text and date field of every record type that is
declared narrower than some audience (and in the place of a withheld person's
accompaniment and of one lying ahead). Every document kind is built at every audience
and read as it will be saved: the PDF's page text, metadata and every string handed to
the renderer, every XML part of the Word file and the workbook. A marker never appears
where its field may not go; markers in fields the audience may see do appear, so the
test can fail.
"""

from __future__ import annotations

import ast
import datetime as dt
import io
import pathlib
import re

import pytest

from accompdesk.domain.disclosure import field_allowed
from accompdesk.domain.fields import specs
from accompdesk.domain.records import (ALL_TYPES, Accompaniment, Alert, Authority, CheckIn, CheckInSchedule,
                                       Commitment, Incident, Meeting, Official, Organisation, Person,
                                       Volunteer)
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.audience_view import AudienceView
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import docx_parts_text, prepare, render
from accompdesk.reports.labels import long_date
from accompdesk.reports.roster import build_roster
from accompdesk.reports.stats import StatsOptions, build_stats, stats_xlsx
from accompdesk.vault.roster import Week

pypdf = pytest.importorskip("pypdf")

TODAY = dt.datetime(2026, 3, 12, 10, 0)  # a Thursday of week 2026-W11
WEEK = "2026-W11"
PERIOD = Period(dt.date(2026, 2, 1), dt.date(2026, 3, 11))
AUDIENCES = ("public", "diplomatic", "internal")
# Fields left out of the planting, and why: users and attachments never reach a document;
# a schedule's time must read HH:MM, so it cannot hold a word.
NOT_PLANTED = {("users", "name"), ("attachments", "owner_table"), ("attachments", "owner_id"),
               ("attachments", "filename"), ("attachments", "media_type"), ("attachments", "sha256"),
               ("checkin_schedules", "at_time")}
# Unique dates for the narrow date fields (the one a check-in was made must lie in the past).
DATES = {("volunteers", "arrival_on"): dt.date(2024, 1, 17),
         ("volunteers", "departure_on"): dt.date(2031, 7, 19),
         ("volunteers", "visa_expires_on"): dt.date(2032, 8, 23),
         ("meetings", "next_meeting_on"): dt.date(2030, 5, 27),
         ("checkins", "scheduled_at"): dt.datetime(2025, 10, 29, 7, 13),
         ("checkins", "done_at"): dt.datetime(2025, 10, 29, 7, 41)}


def _marker(table: str, field: str) -> str:
    return "Zq" + re.sub(r"[^a-z]", "", (table[:4] + field).lower()) + "kx"


def _narrow_fields() -> list[tuple[str, str, object]]:
    """(table, field, spec) of every text and date field narrower than the public audience."""
    out = []
    for table, record_type in ALL_TYPES.items():
        for name, spec in specs(record_type).items():
            if spec.kind in ("text", "date", "datetime") and spec.rule != "consent" \
                    and not field_allowed(spec, "public") and (table, name) not in NOT_PLANTED:
                out.append((table, name, spec))
    return out


def _plant(record):
    for table, name, spec in _narrow_fields():
        if table != record.TABLE:
            continue
        if spec.kind == "text":
            setattr(record, name, _marker(table, name))
        else:
            setattr(record, name, DATES[(table, name)])
    return record


def _build(vault) -> dict:
    """Records linked so that every document reaches them; returns what the asserts need."""
    org = vault.organisations.add(_plant(Organisation(
        name="Asociación Campesina del Yarí", kind="community", region="Cauca", risk_level="high",
        consent_level="public")))
    named = vault.persons.add(_plant(Person(
        full_name="Ana Lucía Pérez", alias="La Profe", kind="community_leader", region="Cauca",
        risk_level="extreme", consent_level="public", organisation_id=org.id)))
    withheld = vault.persons.add(_plant(Person(
        full_name="Hilario Quembá Tunubalá", kind="lawyer", region="Cauca", risk_level="extreme",
        consent_level="internal", gender="male")))
    top = vault.authorities.add(_plant(Authority(name="Ministerio de Defensa", kind="ministry",
                                                 level="national", territory="Nacional",
                                                 email="zqauthemailkx@mindefensa.example")))
    unit = vault.authorities.add(_plant(Authority(name="Batallón Pichincha", kind="battalion", level="local",
                                                  superior_id=top.id, territory="Cauca")))
    official = vault.officials.add(_plant(Official(full_name="Coronel Rubén Ortiz", authority_id=unit.id,
                                                   position="Comandante", start_on=dt.date(2024, 1, 1),
                                                   postal_address="Calle 5 # 9-10, Popayán")))
    volunteer = vault.volunteers.add(_plant(Volunteer(full_name="Ingrid Halvorsen", status="in_field")))
    incident = vault.incidents.add(_plant(Incident(
        summary="Zqsummarykx amenaza", occurred_on=dt.date(2026, 3, 4), place="Vereda Zqplacekx",
        region="Zqregionkx", kind="killing", severity="critical", verification="verified",
        description="Zqdescriptionkx: hombres armados llegaron a la vereda.",
        affected_persons=[named.id, withheld.id], affected_person_roles=["witness", "witness"],
        affected_organisations=[org.id], affected_organisation_roles=["target"],
        perpetrator_type="army", perpetrator_authority_id=unit.id, reported=True)))
    meeting = vault.meetings.add(_plant(Meeting(
        held_on=dt.date(2026, 3, 6), authority_id=unit.id, purpose="Plantear la amenaza",
        officials=[official.id], volunteers=[volunteer.id], incidents=[incident.id],
        persons=[named.id, withheld.id], organisations=[org.id])))
    vault.commitments.add(_plant(Commitment(meeting_id=meeting.id, text="Investigar", status="broken",
                                            due_on=dt.date(2026, 3, 8))))
    vault.alerts.add(_plant(Alert(incident_id=incident.id, activated_at=dt.datetime(2026, 3, 5, 9, 0),
                                  status="active")))
    vault.checkins.add(_plant(CheckIn(person_id=named.id, outcome="all_well")))
    vault.repo("checkin_schedules").add(_plant(CheckInSchedule(person_id=named.id, at_time="07:30")))
    past = dict(kind="escort", status="done", volunteers=[volunteer.id])
    vault.accompaniments.add(_plant(Accompaniment(
        person_id=named.id, place="Zqnamedplacekx", starts_at=dt.datetime(2026, 3, 10, 8),
        ends_at=dt.datetime(2026, 3, 10, 12), **past)))
    vault.accompaniments.add(_plant(Accompaniment(
        person_id=withheld.id, place="Zqwithheldplacekx", starts_at=dt.datetime(2026, 3, 11, 8),
        ends_at=dt.datetime(2026, 3, 11, 12), **past)))
    vault.accompaniments.add(_plant(Accompaniment(
        person_id=named.id, place="Zqfutureplacekx", starts_at=dt.datetime(2026, 3, 14, 8),
        ends_at=dt.datetime(2026, 3, 14, 12), kind="escort", status="planned", volunteers=[volunteer.id])))
    return {"incident": incident.id}


def _forms(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    day = value.date() if isinstance(value, dt.datetime) else value
    return [day.isoformat(), long_date(day, "en"), long_date(day, "es")]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00ad", "")).casefold()


def _documents(vault, audience: str, incident_id: str):
    """(name, Document, redactor) of every document kind at this audience."""
    for language in ("en", "es"):
        doc, view = build_briefing(vault, BriefingOptions(
            period=PERIOD, audience=audience, language=language, recipient="Embassy of Norway",
            context="Contexto.", requests="Pedimos protección."))
        yield f"briefing-{language}", doc, view.redactor
        for follow_up in (False, True):
            doc, view = build_alert(vault, AlertOptions(incident_id=incident_id, audience=audience,
                                                        language=language, follow_up=follow_up))
            yield f"urgent action{' follow-up' if follow_up else ''}-{language}", doc, view.redactor
        doc, view = build_stats(vault, StatsOptions(period=PERIOD, audience=audience, language=language))
        yield f"statistics-{language}", doc, view.redactor
    if audience != "internal":
        for language in ("en", "es"):
            doc, redactor = build_roster(vault, Week.parse(WEEK), audience=audience, language=language)
            yield f"roster-{language}", doc, redactor
    else:
        doc, redactor = build_roster(vault, Week.parse(WEEK), internal=True)
        yield "roster-internal", doc, redactor


def _saved_texts(doc, redactor) -> dict[str, str]:
    """What each file will hold: PDF page text, metadata and printed strings; every Word part."""
    from accompdesk.reports.pdf import render_pdf

    out = {}
    data = render(doc, "pdf", redactor)
    reader = pypdf.PdfReader(io.BytesIO(data))
    printed = render_pdf(prepare(doc, redactor))[1]
    out["pdf"] = "\n".join([*(p.extract_text() for p in reader.pages),
                            *(str(v) for v in (reader.metadata or {}).values()), *printed])
    out["docx"] = "\n".join(docx_parts_text(render(doc, "docx", redactor)).values())
    return out


@pytest.fixture
def planted(vault, on_day):
    on_day(TODAY)
    return _build(vault)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_no_narrow_field_reaches_a_wider_document(vault, planted, audience):
    hidden = [(table, name, value) for table, name, spec in _narrow_fields()
              if not field_allowed(spec, audience)
              for value in [DATES.get((table, name), _marker(table, name))]]
    hidden += [("accompaniments", "place (withheld person)", "Zqwithheldplacekx"),
               ("accompaniments", "place (lying ahead)", "Zqfutureplacekx")] if audience != "internal" else []
    assert len(hidden) >= (0 if audience == "internal" else 20)
    leaks, seen = [], set()
    for name, doc, redactor in _documents(vault, audience, planted["incident"]):
        for fmt, text in _saved_texts(doc, redactor).items():
            squashed = _squash(text)
            for table, field, value in hidden:
                if any(_squash(form) in squashed for form in _forms(value)):
                    leaks.append(f"{table}.{field} in the {audience} {name} ({fmt})")
            seen.update(marker for marker in _ALLOWED_SEEN if marker.casefold() in squashed)
            if name == "statistics-en":
                xlsx = stats_xlsx(vault, StatsOptions(period=PERIOD, audience=audience), redactor.redact)
                book = _squash("\n".join(docx_parts_text(xlsx).values()))
                leaks += [f"{table}.{field} in the {audience} statistics workbook" for table, field, value
                          in hidden if any(_squash(form) in book for form in _forms(value))]
                seen.update(marker for marker in _ALLOWED_SEEN if marker.casefold() in book)
    assert leaks == []
    # Fields the audience may see are printed: the test would see a leak.
    expected = {m for m, audiences in _ALLOWED_SEEN.items() if audience in audiences}
    assert expected <= seen, sorted(expected - seen)


# Markers in fields that this audience may see, and the documents print.
_ALLOWED_SEEN = {
    "Zqsummarykx": AUDIENCES, "Zqregionkx": AUDIENCES, "Zqdescriptionkx": AUDIENCES,
    "Zqnamedplacekx": AUDIENCES,
    _marker("alerts", "response"): ("diplomatic", "internal"),
    _marker("volunteers", "full_name"): ("diplomatic", "internal"),
    "Zqfutureplacekx": ("internal",), "Zqwithheldplacekx": ("internal",),
    _marker("accompaniments", "meeting_point"): ("internal",),
}


@pytest.mark.parametrize("audience", ("public", "diplomatic"))
def test_a_builder_is_handed_no_narrow_value(vault, planted, audience):
    """Whatever a builder prints of what it reads, a narrow field gives it nothing."""
    view = AudienceView(vault, audience)
    checked = 0
    for table, record_type in ALL_TYPES.items():
        if table in ("users", "attachments"):
            continue
        for record in getattr(view.records, table).list(include_deleted=True):
            for name, spec in specs(record_type).items():
                if not field_allowed(spec, audience):
                    assert getattr(record, name) in ("", None, [], False), (table, name)
                    checked += 1
            if table == "accompaniments":
                assert record.place not in ("Zqwithheldplacekx", "Zqfutureplacekx")
    for record in [*view.persons.values(), *view.organisations.values()]:
        assert record.notes == "" and record.contact == "" and record.checkin_protocol == ""
    assert checked > 30
    # A selection by a narrow field would tell about it.
    with pytest.raises(ValueError):
        view.records.volunteers.list(filters={"visa_expires_on": dt.date(2032, 8, 23)})


# Module, and the function in it that builds a document for an audience (None: all of it).
# The roster's aliases and internal variants print the week's plan for the volunteers
# themselves; its variant for an audience is `_strict_roster`.
_BUILDERS = [("briefing.py", None), ("alert.py", None), ("stats.py", None), ("data.py", None),
             ("roster.py", "_strict_roster")]


@pytest.mark.parametrize("module, function", _BUILDERS)
def test_builders_read_records_only_through_the_declarations(module, function):
    """No builder reaches a repository of the raw vault: `vault.<table>` appears nowhere."""
    path = pathlib.Path(__file__).parents[2] / "accompdesk" / "reports" / module
    tree: ast.AST = ast.parse(path.read_text(encoding="utf-8"))
    if function is not None:
        tree = next(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == function)
    raw = [node.lineno for node in ast.walk(tree)
           if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
           and node.value.id == "vault" and node.attr in {*ALL_TYPES, "repo"}]
    assert raw == [], f"{module} reads the raw vault at lines {raw}"


@pytest.mark.parametrize("audience", AUDIENCES)
def test_disclose_decides_as_filter_record(vault, planted, audience):
    """The documents' fast reading and the one declaration reader agree on every record."""
    from accompdesk.domain.disclosure import filter_record
    from accompdesk.vault.rows import copy as record_copy

    view = AudienceView(vault, audience)
    compared = 0
    for table, record_type in ALL_TYPES.items():
        for record in vault.repo(table).list(include_deleted=True):
            expected = filter_record(record, audience, withheld_ids=view.withheld_ids, now=view.records.now)
            shown = view.records.disclose(record_copy(record))
            if expected is None:
                assert shown is None, (table, record.id)
                continue
            for name in specs(record_type):
                if name in expected:
                    assert getattr(shown, name) == getattr(record, name), (table, name)
                else:
                    assert getattr(shown, name) in ("", None, [], False), (table, name)
            compared += 1
    assert compared >= 15
