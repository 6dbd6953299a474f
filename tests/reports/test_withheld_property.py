"""Property: over generated vaults, no document names anyone its audience may not see."""

from __future__ import annotations

import datetime as dt
import io
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accompdesk.domain.audience import find_withheld, fold, may_name
from accompdesk.domain.records import Incident, Organisation, Person
from accompdesk.reports.alert import AlertOptions, build_alert
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.data import Period
from accompdesk.reports.export import docx_parts_text, render
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

pypdf = pytest.importorskip("pypdf")

_syllable = st.sampled_from(["ma", "rí", "jo", "sé", "pe", "rez", "ñá", "ñez", "quis", "pe", "tó",
                             "ez", "ka", "wa", "yú", "lu", "ZI", "Ü", "ber", "to", "ana"])
_word = st.lists(_syllable, min_size=1, max_size=3).map("".join)
_latin_name = st.lists(_word, min_size=1, max_size=3).map(" ".join)
_name = st.one_of(_latin_name, _latin_name, st.sampled_from(["王小明", "李娜", "فاطمة الزهراء",
                                                               "अर्जुन शर्मा", "Фёдор Иванов"]))
_consent = st.sampled_from(["public", "diplomatic", "internal"])
_entity = st.tuples(st.booleans(), _name, st.one_of(st.just(""), _latin_name), _consent)
_spelling = st.sampled_from(["as is", "upper", "lower", "fold"])


def _spell(name: str, how: str) -> str:
    return {"as is": name, "upper": name.upper(), "lower": name.lower(), "fold": fold(name)}[how]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entities=st.lists(_entity, min_size=1, max_size=5),
       mentions=st.lists(st.tuples(st.integers(0, 4), _spelling, st.booleans()), min_size=1, max_size=6),
       audience=_consent, fmt=st.sampled_from(["pdf", "docx"]), language=st.sampled_from(["en", "es"]))
def test_no_document_names_the_withheld(entities, mentions, audience, fmt, language):
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(f"{folder}/v.vault", "staff", "x" * 12, kdf=FAST_KDF)
        try:
            records = []
            for is_org, name, alias, consent in entities:
                if is_org:
                    records.append(vault.organisations.add(Organisation(
                        name=name, alias=alias, consent_level=consent, region="Cauca", risk_level="high")))
                else:
                    records.append(vault.persons.add(Person(
                        full_name=name, alias=alias, consent_level=consent, region="Cauca",
                        risk_level="extreme")))
            words = []
            for index, how, use_alias in mentions:
                record = records[index % len(records)]
                name = (record.alias if use_alias and record.alias else record.title)
                words.append(f"vio a {_spell(name, how)},")
            persons = [r.id for r in records if isinstance(r, Person)]
            orgs = [r.id for r in records if isinstance(r, Organisation)]
            incident = vault.incidents.add(Incident(
                summary=" ".join(words)[:300], occurred_on=today - dt.timedelta(days=3), kind="threat",
                region="Cauca", severity="critical", description="Testigo: " + " ".join(words),
                affected_persons=persons, affected_person_roles=["victim"] * len(persons),
                affected_organisations=orgs, affected_organisation_roles=["target"] * len(orgs)))
            withheld = [n for r in records if not may_name(r.consent_level, audience)
                        for n in (r.title, r.alias) if n]
            named = [n for r in records if may_name(r.consent_level, audience) for n in (r.title, r.alias) if n]
            period = Period(today - dt.timedelta(days=30), today - dt.timedelta(days=1))
            for doc, view in (
                    build_briefing(vault, BriefingOptions(period=period, audience=audience,
                                                          language=language, recipient="Embassy of Peru")),
                    build_alert(vault, AlertOptions(incident_id=incident.id, audience=audience,
                                                    language=language))):
                data = render(doc, fmt, view.redactor)
                if fmt == "pdf":
                    reader = pypdf.PdfReader(io.BytesIO(data))
                    text = "\n\n".join(p.extract_text() for p in reader.pages)
                else:
                    text = "\n\n".join(docx_parts_text(data).values())
                # A withheld name inside a longer printed name is not a leak ("Ana" in
                # "Ana María"); the same name borne by someone named and someone withheld is.
                assert find_withheld(text, withheld, keep=named) == []
        finally:
            vault.close()
