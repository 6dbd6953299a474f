"""Property over the field declarations: for random vaults and every audience, no withheld
person's name, surname after an honorific, alias, note, contact or future whereabouts
appears in any part of any export or document (every XML part of a .docx or .xlsx, every
string of a PDF with its metadata, every CSV cell)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accompdesk.domain import clock
from accompdesk.domain.audience import fold, withheld_entities
from accompdesk.domain.records import CSV_TYPES, Accompaniment, Incident, Organisation, Person, Volunteer
from accompdesk.exchange.export import export_table
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.stats import StatsOptions, build_stats
from accompdesk.reports.data import Period
from accompdesk.reports.export import docx_parts_text, render
from accompdesk.reports.roster import render_roster
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.domain.roster import Week
from accompdesk.vault.store import Vault

pypdf = pytest.importorskip("pypdf")

GIVEN = ["Ramón", "Lucía", "Ernesto", "Marta", "Julio", "Inés"]
SURNAMES = ["Ñañez", "Quintero", "Caicedo", "Tunubalá", "Yatacué", "Pechené", "Guegia"]
ALIASES = ["El Búho", "La Garza", "El Tigrillo", "La Guacharaca", "El Colibrí"]
AKA = ["Moncho", "Chepe", "Tatacoa"]
HONORIFICS = ["señor", "señora", "don", "doña", "Sr.", "Sra.", "Mr", "Ms", "familia", "hermano de"]
TODAY = clock.today()
AHEAD = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(6, 15))
PAST = dt.datetime.combine(TODAY - dt.timedelta(days=3), dt.time(9, 0))

_person = st.fixed_dictionaries({
    "given": st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2, unique=True),
    "surnames": st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    "alias": st.one_of(st.just(""), st.sampled_from(ALIASES)),
    "aka": st.one_of(st.just(""), st.sampled_from(AKA)),
    "consent": st.sampled_from(["public", "diplomatic", "internal"]),
    "gender": st.sampled_from(["unknown", "female", "male"]),
    "kind": st.sampled_from(["community_leader", "lawyer", "journalist", "peasant_leader", "witness"]),
})
_mention = st.tuples(st.integers(0, 5), st.integers(0, 11), st.sampled_from(HONORIFICS))


def _token(prefix: str, n: int) -> str:
    # Letters only: a token is one word for every reader (CSV, XML, PDF text).
    return prefix + "".join("QZXWVKJ"[int(d) % 7] for d in f"{n:04d}")


def _mention_text(p: Person, given: list[str], surnames: list[str], form: int, honorific: str) -> str:
    forms = [p.full_name, p.alias or p.full_name, (p.alias.split(" ", 1)[1] if p.alias else p.full_name),
             f"{honorific} {surnames[0]}", f"{honorific} {surnames[1]}", f"{given[0]} {surnames[0]}",
             f"{given[0][0]}. {surnames[0]} {surnames[1]}", ".".join(p.full_name.split()),
             "".join(p.full_name.split()), p.aka or p.full_name, f"the {surnames[1]} family",
             " ".join(surnames)]
    return forms[form]


def _texts(path: str, data: bytes) -> str:
    if path.endswith(".pdf"):
        reader = pypdf.PdfReader(io.BytesIO(data))
        meta = [str(v) for v in (reader.metadata or {}).values()]
        return "\n".join([*(p.extract_text() for p in reader.pages), *meta])
    if path.endswith((".docx", ".xlsx")):
        return "\n".join(docx_parts_text(data).values())
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    return "\n".join(cell for row in rows for cell in row)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(_person, min_size=2, max_size=5), mentions=st.lists(_mention, min_size=1, max_size=8),
       audience=st.sampled_from(["public", "diplomatic", "internal"]),
       table_format=st.sampled_from(["csv", "xlsx"]), doc_format=st.sampled_from(["pdf", "docx"]),
       language=st.sampled_from(["en", "es"]))
def test_nothing_withheld_reaches_any_file(people, mentions, audience, table_format, doc_format, language):
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(f"{folder}/v.vault", "staff", "x" * 12, kdf=FAST_KDF)
        try:
            records, parts, secrets = [], [], {}
            for i, spec in enumerate(people):
                notes, contact, protocol = _token("Nota", i), _token("Tel", i), _token("Protocolo", i)
                record = vault.persons.add(Person(
                    full_name=" ".join(spec["given"] + spec["surnames"]), alias=spec["alias"], aka=spec["aka"],
                    consent_level=spec["consent"], gender=spec["gender"], kind=spec["kind"], region="Cauca",
                    risk_level="extreme", notes=notes, contact=contact, checkin_protocol=protocol))
                records.append(record)
                parts.append((spec["given"], spec["surnames"]))
                secrets[record.id] = [notes, contact, protocol]
            organisation = vault.organisations.add(Organisation(
                name="Asociación Tejiendo Memoria", alias="La Tejedora", consent_level="internal",
                kind="womens_organisation", notes=_token("Notaorg", 0)))
            words = []
            for who, form, honorific in mentions:
                record = records[who % len(records)]
                given, surnames = parts[who % len(records)]
                words.append(f"Vieron a {_mention_text(record, given, surnames, form, honorific)} en la vía.")
            incident = vault.incidents.add(Incident(
                summary=words[0][:300], occurred_on=TODAY - dt.timedelta(days=5), kind="threat",
                region="Cauca", severity="critical", description=" ".join(words) + " La Tejedora lo denunció.",
                affected_persons=[r.id for r in records], affected_person_roles=["victim"] * len(records),
                affected_organisations=[organisation.id], affected_organisation_roles=["target"]))
            volunteer = vault.volunteers.add(Volunteer(
                full_name="Ingrid Solberg", nationalities="Norway", arrival_on=TODAY - dt.timedelta(days=60),
                emergency_contact=_token("Emergencia", 0), visa_expires_on=TODAY + dt.timedelta(days=400)))
            plans = []
            for i, record in enumerate(records):
                for when, prefix in ((AHEAD, "Futuro"), (PAST, "Pasado")):
                    place, point = _token(prefix + "lugar", i), _token(prefix + "punto", i)
                    vault.accompaniments.add(Accompaniment(
                        person_id=record.id, kind="escort", place=place, meeting_point=point, starts_at=when,
                        ends_at=when + dt.timedelta(hours=3), volunteers=[volunteer.id]))
                    plans.append((record.id, when, place, point))

            outputs: dict[str, bytes] = {}
            for table in CSV_TYPES:
                path = f"{folder}/{table}.{table_format}"
                export_table(vault, table, path, fmt=table_format, audience=audience, language=language)
                outputs[path] = open(path, "rb").read()
            period = Period(TODAY - dt.timedelta(days=30), TODAY)
            for name, (doc, view) in (
                    ("briefing", build_briefing(vault, BriefingOptions(period=period, audience=audience,
                                                                       language=language))),
                    ("alert", build_alert(vault, AlertOptions(incident_id=incident.id, audience=audience,
                                                              language=language))),
                    ("statistics", build_stats(vault, StatsOptions(period=period, audience=audience,
                                                                   language=language)))):
                outputs[f"{name}.{doc_format}"] = render(doc, doc_format, view.redactor)
            if audience != "internal":
                for week in {Week.of(AHEAD.date()), Week.of(PAST.date())}:
                    outputs[f"roster-{week}.pdf"] = render_roster(vault, week, "pdf", audience=audience,
                                                                  language=language)
            texts = {path: fold(_texts(path, data)) for path, data in outputs.items()}

            if audience == "internal":
                assert any(fold(records[0].full_name) in t for t in texts.values())
                return
            everyone = [*records, organisation]
            withheld = withheld_entities(everyone, audience)
            withheld_ids = {e.id for e in withheld}
            named = [n for e in everyone if e.id not in withheld_ids for n in (e.title, e.alias) if n]
            forbidden = [_token("Emergencia", 0)]
            for i, record in enumerate(records):
                forbidden += secrets[record.id]  # notes, contacts and protocols never go below internal
                if record.id in withheld_ids:
                    given, surnames = parts[i]
                    names = [record.full_name, record.alias, record.aka, f"{given[0]} {surnames[0]}",
                             ".".join(record.full_name.split()), "".join(record.full_name.split()),
                             *(f"{h} {s}" for h in HONORIFICS for s in surnames)]
                    if record.alias:
                        names.append(record.alias.split(" ", 1)[1])
                    forbidden += [n for n in names if n and not any(fold(n) in fold(k) for k in named)]
            forbidden += ["Tejiendo Memoria", "Tejedora"]
            for person_id, when, place, point in plans:
                forbidden.append(point)  # meeting points are internal
                if when == AHEAD or person_id in withheld_ids:
                    forbidden.append(place)
            for path, text in texts.items():
                for word in forbidden:
                    assert not _has_word(text, fold(word)), f"{word!r} is in {path} for the {audience} audience"
        finally:
            vault.close()


def _has_word(text: str, key: str) -> bool:
    """The folded phrase occurs with word edges (so 'ines' is not found in 'lineas')."""
    import re

    return re.search(r"(?<![^\W_])" + re.escape(key) + r"(?![^\W_])", text) is not None
