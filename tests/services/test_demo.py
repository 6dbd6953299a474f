"""The fictional demo data: consistent, proportional, repeatable, and accepted by a real vault."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from accompdesk.domain.fields import specs
from accompdesk.domain.records import CSV_TYPES
from accompdesk.services.demo import fill_demo
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.rows import canonical
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from tests.conftest import PASSPHRASE

SCALE = 200
FIXED_DAY = dt.date(2025, 6, 30)


def _new_vault(folder) -> Vault:
    vault, _recovery = Vault.create(str(folder / "office.vault"), "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    return vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo vault shared by the read-only tests below, with the progress calls it made."""
    vault = _new_vault(tmp_path_factory.mktemp("demo"))
    calls: list[tuple[int, int]] = []
    counts = fill_demo(vault, SCALE, progress=lambda done, total: calls.append((done, total)))
    yield vault, counts, calls
    vault.close()


def _all(vault, table):
    return vault.repo(table).list()


def _summary(vault) -> dict[str, list]:
    """Every record as text, with links replaced by the linked record's title: ids are random."""
    titles = {}
    for table in CSV_TYPES:
        for record in _all(vault, table):
            titles[record.id] = record.title
    out = {}
    for table, record_type in CSV_TYPES.items():
        fields = specs(record_type)
        rows = []
        for record in _all(vault, table):
            values = canonical(record)
            row = []
            for name, spec in fields.items():
                value = getattr(record, name)
                if spec.kind == "link":
                    row.append(titles.get(value, ""))
                elif spec.kind == "links":
                    row.append(tuple(titles[v] for v in value))
                else:
                    row.append(values[name])
            rows.append(tuple(row))
        out[table] = sorted(rows)
    return out


def test_counts_returned_are_what_the_vault_holds(demo):
    vault, counts, _calls = demo
    assert set(counts) == set(CSV_TYPES) | {"checkin_schedules"}
    for table, n in counts.items():
        assert vault.repo(table).count() == n, table
        assert n > 0, table


def test_counts_follow_the_scale(demo, tmp_path):
    _vault, small, _calls = demo
    with _new_vault(tmp_path) as vault:
        large = fill_demo(vault, SCALE * 4, today=FIXED_DAY)
    assert small["incidents"] == SCALE and large["incidents"] == SCALE * 4
    assert small["persons"] == SCALE // 8 and large["persons"] == SCALE * 4 // 8
    assert large["organisations"] == SCALE * 4 // 40
    assert small["meetings"] == SCALE // 10 and large["meetings"] == SCALE * 4 // 10
    for table in ("commitments", "accompaniments", "checkins", "alerts", "officials"):
        assert large[table] > small[table], table
    # Alerts are for severe incidents only: a minority, never most of them.
    assert 0.02 * SCALE * 4 < large["alerts"] < 0.3 * SCALE * 4
    for counts in (small, large):
        assert 12 <= counts["volunteers"] <= 40


def test_a_tiny_scale_still_has_the_minimum_office(tmp_path):
    with _new_vault(tmp_path) as vault:
        counts = fill_demo(vault, 1, today=FIXED_DAY)
        assert counts["incidents"] == 1
        assert counts["persons"] >= 12 and counts["organisations"] >= 6
        assert counts["meetings"] >= 10 and counts["volunteers"] >= 12
        assert all(c.ok for c in verify(vault)), verify(vault)


def test_the_vault_verifies_afterwards(demo):
    vault, _counts, _calls = demo
    checks = verify(vault)
    assert all(c.ok for c in checks), [c for c in checks if not c.ok]
    assert {c.name for c in checks} >= {"encryption", "structure", "links", "audit", "key slots"}


def test_every_link_resolves_to_a_live_record(demo):
    vault, _counts, _calls = demo
    live = {table: set(vault.repo(table).ids()) for table in CSV_TYPES}
    checked = 0
    for table, record_type in CSV_TYPES.items():
        fields = specs(record_type)
        for record in _all(vault, table):
            for name, spec in fields.items():
                value = getattr(record, name)
                if spec.kind == "link" and value:
                    assert value in live[spec.target], (table, name)
                    checked += 1
                elif spec.kind == "links":
                    assert len(set(value)) == len(value), (table, name)
                    for target in value:
                        assert target in live[spec.target], (table, name)
                        checked += 1
                    if spec.role_field:
                        assert len(getattr(record, spec.role_field)) == len(value)
    assert checked > 1000


def test_no_incident_meeting_alert_or_call_lies_in_the_future(demo):
    vault, _counts, _calls = demo
    today = dt.date.today()
    assert max(i.occurred_on for i in _all(vault, "incidents")) <= today
    assert max(m.held_on for m in _all(vault, "meetings")) <= today
    assert max(a.activated_at.date() for a in _all(vault, "alerts")) <= today
    assert max(c.done_at.date() for c in _all(vault, "checkins") if c.done_at) <= today


def test_chains_of_command_reach_the_ministries(demo):
    vault, _counts, _calls = demo
    authorities = vault.authorities

    def kinds_above(kind):
        start = authorities.list(filters={"kind": kind, "level": "local"})[0]
        return [a.kind for a in authorities.chain_above(start.id)]

    assert kinds_above("battalion") == ["battalion", "brigade", "division", "army_command", "ministry"]
    assert kinds_above("police_station") == ["police_station", "police_department", "national_police",
                                             "ministry"]
    assert kinds_above("mayor") == ["mayor", "governor", "ministry"]
    assert kinds_above("prosecutor") == ["prosecutor", "prosecutor", "prosecutor"]
    chain = authorities.chain_above(authorities.list(filters={"kind": "battalion"})[-1].id)
    assert [a.level for a in chain] == ["local", "regional", "regional", "national", "national"]
    international = authorities.list(filters={"level": "international"})
    assert {a.kind for a in international} == {"embassy", "un_office"}
    assert authorities.count(filters={"kind": "ombudsman"}) >= 2


def test_the_same_seed_gives_the_same_records_and_another_seed_does_not(tmp_path):
    summaries = []
    for i, seed in enumerate((7, 7, 8)):
        folder = tmp_path / str(i)
        folder.mkdir()
        with _new_vault(folder) as vault:
            fill_demo(vault, 60, seed=seed, today=FIXED_DAY)
            summaries.append(_summary(vault))
    assert summaries[0] == summaries[1]
    assert summaries[0]["incidents"] != summaries[2]["incidents"]
    assert summaries[0]["persons"] != summaries[2]["persons"]


def test_dates_hang_together(demo):
    vault, _counts, _calls = demo
    officials = {o.id: o for o in _all(vault, "officials")}
    incidents = {i.id: i for i in _all(vault, "incidents")}
    meetings = {m.id: m for m in _all(vault, "meetings")}
    with_officials = 0
    for meeting in meetings.values():
        for oid in meeting.officials:
            official = officials[oid]
            # Only people in post that day, in that office, sat at the table.
            assert official.authority_id == meeting.authority_id
            assert official.start_on <= meeting.held_on
            assert official.end_on is None or meeting.held_on <= official.end_on
            with_officials += 1
        for iid in meeting.incidents:
            assert incidents[iid].occurred_on <= meeting.held_on
    assert with_officials >= len(meetings)
    for commitment in _all(vault, "commitments"):
        assert commitment.due_on > meetings[commitment.meeting_id].held_on
    for alert in _all(vault, "alerts"):
        assert alert.activated_at.date() >= incidents[alert.incident_id].occurred_on


def test_volunteers_accompany_only_while_in_the_country(demo):
    vault, _counts, _calls = demo
    volunteers = {v.id: v for v in _all(vault, "volunteers")}
    accompaniments = _all(vault, "accompaniments")
    now = dt.datetime.now()
    upcoming = [a for a in accompaniments if a.starts_at > now]
    past = [a for a in accompaniments if a.ends_at < now]
    assert upcoming and past
    assert all(a.status == "planned" for a in upcoming)
    assert all(a.starts_at < now + dt.timedelta(weeks=7) for a in upcoming)
    assert {a.status for a in past} >= {"done"}
    assert sum(1 for a in accompaniments if a.volunteers) > 0.9 * len(accompaniments)
    for accompaniment in accompaniments:
        for vid in accompaniment.volunteers:
            volunteer = volunteers[vid]
            assert volunteer.arrival_on <= accompaniment.starts_at.date() <= volunteer.departure_on
    nationalities = {v.nationalities.split(";")[0] for v in volunteers.values()}
    assert len(nationalities) >= 4
    assert {v.status for v in volunteers.values()} >= {"departed", "in_field", "preparing"}
    assert all(v.visa_expires_on and v.arrival_on < v.departure_on for v in volunteers.values())


def test_alerts_are_for_severe_incidents_and_every_critical_one_has_one(demo):
    vault, _counts, _calls = demo
    incidents = {i.id: i for i in _all(vault, "incidents")}
    alerted = Counter(a.incident_id for a in _all(vault, "alerts"))
    assert all(n == 1 for n in alerted.values())
    assert {incidents[i].severity for i in alerted} <= {"high", "critical"}
    critical = {i for i, incident in incidents.items() if incident.severity == "critical"}
    assert critical <= set(alerted)


def test_names_are_spanish_and_indigenous_with_accents_and_consent_varies(demo):
    vault, _counts, _calls = demo
    persons = _all(vault, "persons")
    names = [p.full_name for p in persons] + [o.name for o in _all(vault, "organisations")]
    assert any("ñ" in n.lower() for n in names)
    assert sum(1 for n in names if not n.isascii()) > len(names) / 4
    assert "Comunidad Nasa de Tóez" in names
    assert len(set(o.name for o in _all(vault, "organisations"))) == vault.organisations.count()
    assert {p.consent_level for p in persons} == {"public", "diplomatic", "internal"}
    assert sum(1 for p in persons if p.alias) >= 0.7 * len(persons)
    for person in persons:  # an alias that gives the name away protects nobody
        assert not set(re.findall(r"\w+", person.alias)) & set(person.full_name.split()), person.alias
    assert all("ficticio" in p.notes for p in persons)
    assert all("ficticio" in i.description.lower() or "fictional" in i.description.lower()
               for i in _all(vault, "incidents"))


def test_commitments_have_a_spread_of_outcomes(demo):
    vault, _counts, _calls = demo
    statuses = Counter(c.status for c in _all(vault, "commitments"))
    assert statuses["pending"] > 0
    assert statuses["kept"] + statuses["partly_kept"] + statuses["broken"] > 0


def test_progress_counts_up_to_the_total(demo):
    _vault, counts, calls = demo
    assert calls, "progress was never called"
    total = sum(counts.values())
    assert all(t == total for _d, t in calls)
    done = [d for d, _t in calls]
    assert done == sorted(done) and done[-1] == total


def test_a_future_reference_day_is_refused_before_anything_is_written(vault):
    with pytest.raises(ValueError):
        fill_demo(vault, 10, today=dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(ValueError):
        fill_demo(vault, 0)
    assert all(vault.repo(table).count() == 0 for table in CSV_TYPES)
