"""Convergence: three internal offices (two teams and the project office, which relays
between them) and a diplomatic country group. Hypothesis draws edits on every office and
the carrying of bundles: in random order, duplicated, dropped, delayed. After everyone
has exchanged until nothing changes:

- the internal offices hold the same records and the same open conflicts (a field in
  conflict may hold a different value in force in each office: the local one stays
  until a person decides, so there the conflict's values are compared);
- every edit is in force, in a conflict, or replaced by a later edit that had seen it;
- the country group holds no internal field and no withheld name, and its own records
  reached every internal office.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accompdesk.domain.audience import fold
from accompdesk.domain.records import Incident, Person
from accompdesk.services import bundle_audience, offices
from accompdesk.services.offices import BundleRejected
from accompdesk.vault import changelog
from accompdesk.vault.errors import PermissionDenied, RecordNotFound

from .helpers import make_office, open_conflicts, state, trust

TEAMS = ("team-north", "team-south", "project")
GROUP = "country-group"
EDGES = [("team-north", "project"), ("team-south", "project"), ("project", GROUP)]
LINKS = [(a, b) for a, b in EDGES] + [(b, a) for a, b in EDGES]
WITHHELD = ["Xiomara Quintero", "Baltasar Ochoa"]
VALUES = {
    "place": ["Toribío", "Jambaló", "Caldono", "Vereda El Palo"],
    "severity": ["low", "medium", "high", "critical"],
    "description": ["Men on motorbikes asked for Xiomara Quintero.", "Leaflets under the door.",
                    "Baltasar Ochoa saw the car twice.", "Calls at night."],
    "source": ["her neighbour", "the parish priest", "a text message"],
    "region": ["Cauca", "Nariño", "Valle"],
    "notes": ["moves on Thursdays", "new phone", "stays with her sister"],
    "risk_level": ["low", "medium", "high", "extreme"],
}
INCIDENT_FIELDS = ["place", "severity", "description", "source"]
PERSON_FIELDS = ["region", "notes", "risk_level"]
ALL = TEAMS + (GROUP,)

step = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(TEAMS), st.integers(0, 5), st.integers(0, 6), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.sampled_from(TEAMS), st.integers(0, 5)),
    st.tuples(st.just("restore"), st.sampled_from(TEAMS), st.integers(0, 5)),
    st.tuples(st.just("own"), st.just(GROUP), st.integers(0, 3)),
    st.tuples(st.just("send"), st.sampled_from(LINKS)),
    st.tuples(st.just("send"), st.sampled_from(LINKS)),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.sampled_from(["move", "move", "copy", "drop"])),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.sampled_from(["move", "move", "copy", "drop"])),
)


class World:
    def __init__(self, folder: str):
        self.v = {name: make_office(folder, name) for name in ALL}
        for a, b in EDGES:
            trust(self.v[a], self.v[b], "internal" if b != GROUP else "diplomatic", "internal")
        self.transit: list[tuple[str, bytes]] = []  # (recipient, bundle)
        self.edits: list[tuple[str, int]] = []  # (origin, seq) of every change the test made
        self.stats = {"edits": 0, "bundles": 0, "delivered": 0, "refused": 0, "dropped": 0, "duplicated": 0}
        p = self.v["project"]
        self.persons = [p.persons.add(Person(full_name=name, consent_level="internal", kind="lawyer",
                                             region="Cauca")).id for name in WITHHELD]
        self.persons.append(p.persons.add(Person(full_name="Rosa Elvira Cely", consent_level="diplomatic",
                                                 kind="community_leader", region="Cauca")).id)
        self.incidents = [p.incidents.add(Incident(
            summary=f"Threat {i} against the association", occurred_on=dt.date(2024, 1, 1 + i), kind="threat",
            affected_persons=[self.persons[i % 3]], affected_person_roles=["victim"])).id for i in range(6)]
        self.group_own: list[str] = []
        self._note(p)

    def _note(self, vault) -> None:
        origin = offices.identity(vault).office_id
        seq = changelog.vector(vault.conn).get(origin, 0)
        known = {s for o, s in self.edits if o == origin}
        self.edits += [(origin, s) for s in range(1, seq + 1) if s not in known]

    def do(self, action) -> None:
        kind = action[0]
        if kind == "edit":
            _, who, index, field, value = action
            vault = self.v[who]
            if field < 4:
                table, rid, name = "incidents", self.incidents[index], INCIDENT_FIELDS[field]
            else:
                table, rid, name = "persons", self.persons[index % 3], PERSON_FIELDS[field - 4]
            try:
                record = vault.repo(table).get(rid)
            except RecordNotFound:
                return  # not arrived yet, or deleted here
            options = VALUES[name]
            setattr(record, name, options[value % len(options)])
            vault.repo(table).update(record)
            self.stats["edits"] += 1
            self._note(vault)
        elif kind in ("delete", "restore"):
            _, who, index = action
            vault = self.v[who]
            rid = self.incidents[index]
            if not vault.incidents.exists(rid):
                return
            live = vault.incidents.exists(rid, include_deleted=False)
            if kind == "delete" and live:
                vault.incidents.delete(rid)
            elif kind == "restore" and not live:
                vault.incidents.restore(rid)
            else:
                return
            self.stats["edits"] += 1
            self._note(vault)
        elif kind == "own":
            vault = self.v[GROUP]
            index = action[2]
            if index < len(self.group_own):
                record = vault.incidents.get(self.group_own[index], include_deleted=True)
                record.description = f"Raised again with the committee ({len(self.edits)})"
                if record.deleted_at is None:
                    vault.incidents.update(record)
            else:
                self.group_own.append(vault.incidents.add(Incident(
                    summary=f"Hearing in parliament {len(self.group_own)}", occurred_on=dt.date(2024, 6, 1),
                    kind="other", description="The group met the human rights committee.")).id)
            self.stats["edits"] += 1
            self._note(vault)
        elif kind == "send":
            src, dst = action[1]
            self.transit.append((dst, offices.make_bundle(self.v[src], dst).data))
            self.stats["bundles"] += 1
        elif kind == "deliver" and self.transit:
            _, index, how = action
            index %= len(self.transit)
            dst, data = self.transit[index]
            if how != "copy":
                del self.transit[index]
            else:
                self.stats["duplicated"] += 1
            if how == "drop":
                self.stats["dropped"] += 1
                return
            self.deliver(dst, data)

    def deliver(self, dst: str, data: bytes) -> bool:
        try:
            offices.receive(self.v[dst], data)
        except BundleRejected as exc:
            assert exc.reason == "replay", str(exc)  # the only refusal honest carrying can meet
            self.stats["refused"] += 1
            return False
        self.stats["delivered"] += 1
        return True

    def quiesce(self) -> int:
        """Exchange along every link, delivered at once, until a full round changes nothing."""
        for round_ in range(12):
            before = {n: (changelog.vector(v.conn), state(v)) for n, v in self.v.items()}
            for src, dst in LINKS:
                self.stats["bundles"] += 1
                self.deliver(dst, offices.make_bundle(self.v[src], dst).data)
            after = {n: (changelog.vector(v.conn), state(v)) for n, v in self.v.items()}
            if after == before and round_ > 0:
                return round_
        raise AssertionError("the offices did not settle after 12 rounds of exchange")

    def close(self) -> None:
        for v in self.v.values():
            v.close()


def _settled(vault, conflicted) -> dict:
    """The records with every field in an open conflict left out (its values are compared apart)."""
    out = {}
    for key, values in state(vault).items():
        out[key] = {k: v for k, v in values.items() if (key[0], key[1], k) not in conflicted}
    return out


def check(world: World) -> None:
    teams = [world.v[n] for n in TEAMS]
    conflicts = [open_conflicts(v) for v in teams]
    assert conflicts[0] == conflicts[1] == conflicts[2]
    conflicted = {(t, r, f) for t, r, f, _ in conflicts[0]}
    states = [_settled(v, conflicted) for v in teams]
    assert states[0] == states[1] == states[2]
    logs = [set(v.conn.execute("SELECT origin, seq FROM changes")) for v in teams]
    assert logs[0] == logs[1] == logs[2]
    assert set(world.edits) <= logs[0]
    for v in teams:
        values = state(v)
        # Every edit: in force, or one of a conflict's values, or replaced by a later edit that saw it.
        for table, rid in {(t, r) for t, r, *_ in v.conn.execute("SELECT record_table, record_id FROM changes")}:
            history = changelog._history(v.conn, table, rid)
            for change in history:
                for name, value in change.fields.items():
                    tops = changelog.heads(history, name)
                    if change in tops:
                        in_conflict = any(t == table and r == rid and f == name and json.dumps(value) in vals
                                          for t, r, f, vals in conflicts[0])
                        assert values[(table, rid)][name] == value or in_conflict, (table, rid, name, value)
                    else:
                        assert any(t.seen(change.origin, change.seq) for t in tops)
        for own in world.group_own:
            assert v.incidents.exists(own)
    group = world.v[GROUP]
    group_state = state(group)
    for (table, rid), values in group_state.items():
        if rid in world.group_own:
            continue
        assert table in bundle_audience.MIRRORED_TABLES
        for name in bundle_audience.INTERNAL_FIELDS[table]:
            assert values[name] in ("", [], None), (table, name, values[name])
    text = fold(json.dumps([v for v in group_state.values()], ensure_ascii=False))
    for name in WITHHELD:
        assert fold(name) not in text and fold(name.split()[1]) not in text
    for rid in world.incidents + world.persons:
        if world.v["project"].repo("incidents" if rid in world.incidents else "persons").exists(rid):
            assert (("incidents" if rid in world.incidents else "persons"), rid) in group_state


SIZES: list[dict] = []


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(step, min_size=30, max_size=70))
def test_offices_converge_whatever_the_carrying(steps):
    with tempfile.TemporaryDirectory() as folder:
        world = World(folder)
        try:
            world.quiesce()  # the seed records reach every office first
            for action in steps:
                try:
                    world.do(action)
                except PermissionDenied:
                    raise AssertionError(f"{action} was refused")
            world.quiesce()
            check(world)
            SIZES.append(dict(world.stats, steps=len(steps),
                              conflicts=len(open_conflicts(world.v["project"]))))
        finally:
            world.close()


def test_zz_the_simulation_ran_with_edits_conflicts_and_carrying_faults():
    """The simulation above is not vacuous: over its examples it edited, conflicted, dropped,
    duplicated and refused replays. (Runs after it in file order.)"""
    if not SIZES:
        return  # run alone
    total = {k: sum(s[k] for s in SIZES) for k in SIZES[0]}
    print(f"\nconvergence simulation: {len(SIZES)} runs, 4 offices, {total}")
    assert total["edits"] > 50 and total["conflicts"] > 0 and total["dropped"] > 0
    assert total["duplicated"] > 0 and total["refused"] > 0
