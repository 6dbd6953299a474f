"""Property-based tests: validation and the CSV import hold for any input, not just ours."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accompdesk.domain.codec import FieldValueError, from_text, to_text
from accompdesk.domain.fields import specs
from accompdesk.domain.records import Incident, Person
from accompdesk.domain.validation import ValidationError, check, problems
from accompdesk.domain.vocab import INCIDENT_KIND, fold
from accompdesk.exchange.canonical import import_csv
from accompdesk.vault.errors import InputRejected
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

TODAY = dt.date(2026, 11, 21)
CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t\r"} | {"\x7f"}


@given(name=st.text(max_size=300))
def test_validation_either_accepts_clean_text_or_says_why(name):
    person = Person(full_name=name)
    try:
        check(person, TODAY)
    except ValidationError as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return
    assert person.full_name and len(person.full_name) <= 200
    assert not (set(person.full_name) & CONTROL)
    assert person.full_name == unicodedata.normalize("NFC", person.full_name).strip()


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_incident_dates_in_the_future_are_refused(day):
    found = problems(Incident(summary="x", occurred_on=day, kind="threat"), TODAY)
    assert any("future" in p.message for p in found) == (day > TODAY)


@given(day=st.dates(), moment=st.datetimes(min_value=dt.datetime(1900, 1, 1)))
def test_dates_round_trip_through_text(day, moment):
    fields = specs(Incident)
    assert from_text(fields["occurred_on"], to_text(fields["occurred_on"], day)) == day
    from accompdesk.domain.records import Accompaniment
    spec = specs(Accompaniment)["starts_at"]
    assert from_text(spec, to_text(spec, moment)) == moment.replace(second=0, microsecond=0)


@given(raw=st.text(max_size=40))
def test_reading_a_field_never_fails_with_anything_but_a_readable_error(raw):
    for spec in specs(Incident).values():
        try:
            from_text(spec, raw)
        except FieldValueError as exc:
            assert str(exc).endswith(".")


@given(term=st.sampled_from(list(INCIDENT_KIND)), upper=st.booleans())
def test_vocabulary_matches_labels_in_either_language_ignoring_case_and_accents(term, upper):
    for label in (term.en, term.es, term.code):
        typed = label.upper() if upper else fold(label)
        assert INCIDENT_KIND.match(typed) == term


names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(names, names), min_size=1, max_size=8))
def test_csv_import_is_all_or_nothing_and_round_trips_what_it_accepts(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("prop")
    vault, _ = Vault.create(str(folder / "v.vault"), "prueba", "property passphrase", kdf=FAST_KDF)
    try:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["id", "full_name", "alias"])
        for full_name, alias in rows:
            writer.writerow(["", full_name, alias])
        audit_before = len(vault.audit_entries())
        try:
            result = import_csv(vault, "persons", buffer.getvalue())
        except InputRejected as exc:
            assert exc.report, "a rejection names its rows"
            assert vault.persons.count() == 0
            assert len(vault.audit_entries()) == audit_before
            return
        # Blank rows are skipped, like a spreadsheet's; every other row was imported.
        kept = [r for r in rows if r[0].strip() or r[1].strip()]
        assert result.created == len(kept) == vault.persons.count()
        stored = sorted((p.full_name, p.alias) for p in vault.persons.list())
        expected = sorted((unicodedata.normalize("NFC", n.strip()), unicodedata.normalize("NFC", a.strip()))
                          for n, a in kept)
        assert stored == expected
        assert vault.verify_audit()[0]
    finally:
        vault.close()
