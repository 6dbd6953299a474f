"""The chain of command's rules: escalation ladders and the follow-up board.

A ladder answers "with whom have we raised this incident, and who is next?": the
chain above the unit responsible (or, when the unit is not known, above the
authorities whose territory is the incident's), from the lowest level to the
international one, each rung with the meetings where the incident was raised and
what was committed there. The follow-up board answers "what is due?".

Pure: vault/chain.py reads the authorities, meetings, commitments and incidents and
hands them here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .records import Authority, Commitment, Incident, Meeting, Official
from .vocab import AUTHORITY_KIND, AUTHORITY_LEVEL, fold

HIGH_SEVERITY = ("high", "critical")
DUE_SOON_DAYS = 14
NATIONAL = AUTHORITY_LEVEL.rank("national")

# When the perpetrator type is known but not the unit, the units of that branch in the
# territory are the ones answerable for it; anything else falls to every territorial one.
BRANCHES = {
    "army": {"battalion", "brigade", "division", "army_command"},
    "navy": {"battalion", "brigade", "division", "army_command"},
    "police": {"police_station", "police_department", "national_police"},
    "civil_authority": {"mayor", "governor", "ministry"},
    "judicial_authority": {"prosecutor", "court"},
}


# Where a kind of authority usually stands: "above the brigade" still means something for an
# incident whose ladder has no brigade on it (raised at the national level is above it).
USUAL_LEVEL = {"battalion": "local", "police_station": "local", "mayor": "local", "court": "local",
               "brigade": "regional", "division": "regional", "police_department": "regional",
               "governor": "regional", "army_command": "national", "national_police": "national",
               "ministry": "national", "embassy": "international", "un_office": "international"}


def level_rank(authority: Authority) -> int:
    return AUTHORITY_LEVEL.rank(authority.level) if authority.level in AUTHORITY_LEVEL else 0


def kind_rank(authority: Authority) -> int:
    return AUTHORITY_KIND.rank(authority.kind) if authority.kind in AUTHORITY_KIND else len(AUTHORITY_KIND)


# -- what a ladder is made of -----------------------------------------------------------------

@dataclass
class Raised:
    """A meeting where incidents were raised, with what the authority committed to there."""
    meeting: Meeting
    commitments: list[Commitment] = field(default_factory=list)
    incident_ids: set[str] = field(default_factory=set)


@dataclass
class Rung:
    authority: Authority
    on_chain: bool = True  # False: not above the unit or territory, but raised there anyway
    raised: list[Raised] = field(default_factory=list)  # held meetings, oldest first
    planned: list[Meeting] = field(default_factory=list)  # planned meetings that will raise it

    @property
    def reached(self) -> bool:
        return bool(self.raised)

    @property
    def commitments(self) -> list[Commitment]:
        return [c for r in self.raised for c in r.commitments]


@dataclass
class Ladder:
    incident: Incident
    basis: str  # "unit", "territory" or "none": where the chain was taken from
    rungs: list[Rung]  # lowest level first
    gaps: list[Authority] = field(default_factory=list)  # tops of chains with no superior recorded

    @property
    def next_step(self) -> Rung | None:
        """The lowest rung on the chain neither reached nor already planned."""
        for rung in self.rungs:
            if rung.on_chain and not rung.reached and not rung.planned:
                return rung
        return None

    @property
    def highest_reached(self) -> Rung | None:
        """The reached rung highest up the ladder (rungs are in order, lowest first)."""
        reached = [r for r in self.rungs if r.reached]
        return reached[-1] if reached else None

    def rung(self, authority_id: str) -> Rung | None:
        return next((r for r in self.rungs if r.authority.id == authority_id), None)

    def raised_above(self, threshold: str) -> bool:
        """Whether the incident was raised above a level code, an authority kind or an authority id.

        Above an authority means higher up its chain, or at a higher level: the regional
        ombudsman is not above a brigade, the division is.
        """
        if threshold in AUTHORITY_LEVEL:
            limit = AUTHORITY_LEVEL.rank(threshold)
            return any(level_rank(r.authority) > limit for r in self.rungs if r.reached)
        marks = [r for r in self.rungs if r.on_chain and threshold in (r.authority.id, r.authority.kind)]
        if not marks and threshold in USUAL_LEVEL:
            return self.raised_above(USUAL_LEVEL[threshold])
        for mark in marks:
            above = _chain_ids_above(self, mark.authority.id)
            if any(r.reached and (r.authority.id in above or level_rank(r.authority) > level_rank(mark.authority))
                   for r in self.rungs):
                return True
        return False


def _chain_ids_above(ladder: Ladder, authority_id: str) -> set[str]:
    by_id = {r.authority.id: r.authority for r in ladder.rungs}
    found, current = set(), by_id[authority_id].superior_id
    while current and current in by_id and current not in found:
        found.add(current)
        current = by_id[current].superior_id
    return found


@dataclass
class SummaryRung:
    """One authority over many incidents: on whose chain it stands, and which reached it."""
    authority: Authority
    on_chain_for: set[str] = field(default_factory=set)
    raised_for: set[str] = field(default_factory=set)
    raised: list[Raised] = field(default_factory=list)
    planned: list[Meeting] = field(default_factory=list)

    @property
    def reached(self) -> bool:
        return bool(self.raised_for)

    @property
    def commitments(self) -> list[Commitment]:
        return [c for r in self.raised for c in r.commitments]


@dataclass
class Escalation:
    """The ladders of many incidents (a defender's, an organisation's, a region's) and their sum."""
    ladders: list[Ladder]
    rungs: list[SummaryRung]

    @property
    def next_steps(self) -> list[tuple[Incident, Rung]]:
        return [(ladder.incident, ladder.next_step) for ladder in self.ladders if ladder.next_step]

    def not_raised_above(self, threshold: str | None) -> list[Ladder]:
        """Ladders never raised above a level, kind or authority; with None, never raised at all."""
        if threshold is None:
            return [ladder for ladder in self.ladders if ladder.highest_reached is None]
        return [ladder for ladder in self.ladders if not ladder.raised_above(threshold)]


# -- the tree, read once ------------------------------------------------------------------------

class Tree:
    """Every authority, with the trashed ones (vault/chain.py reads them), so that a chain can
    be walked in memory."""

    def __init__(self, authorities: list[Authority]):
        self.by_id = {a.id: a for a in authorities}
        # Territories folded once: a region's ladders ask for them thousands of times.
        self._by_territory: dict[str, list[Authority]] = {}
        for a in self.living():
            if a.territory.strip() and level_rank(a) != NATIONAL:
                self._by_territory.setdefault(fold(a.territory), []).append(a)

    def chain(self, authority_id: str) -> tuple[list[Authority], Authority | None]:
        """(the living authorities from this one up, the top if it stops short of national level).

        A trashed authority is passed through, not shown: its superior still stands above it.
        """
        out: list[Authority] = []
        seen: set[str] = set()
        current: str | None = authority_id
        last: Authority | None = None
        while current and current in self.by_id and current not in seen:
            seen.add(current)
            authority = self.by_id[current]
            if authority.deleted_at is None:
                out.append(authority)
                last = authority
            current = authority.superior_id
        gap = last if last is not None and level_rank(last) < NATIONAL and not current else None
        return out, gap

    def below(self, authority_id: str) -> set[str]:
        """The authority and every one under it, however deep."""
        children: dict[str, list[str]] = {}
        for a in self.by_id.values():
            if a.superior_id:
                children.setdefault(a.superior_id, []).append(a.id)
        found, todo = set(), [authority_id]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(children.get(current, ()))
        return found

    def living(self) -> list[Authority]:
        return [a for a in self.by_id.values() if a.deleted_at is None]

    def territorial(self, region: str, place: str, perpetrator_type: str | None = None) -> list[Authority]:
        """Authorities below national level whose territory is the region or a part of the place."""
        wanted = {fold(region)} if region.strip() else set()
        wanted |= {fold(part) for part in place.split(",") if part.strip()}
        found = list({a.id: a for key in sorted(wanted) for a in self._by_territory.get(key, ())}.values())
        branch = BRANCHES.get(perpetrator_type or "")
        if branch:
            own = [a for a in found if a.kind in branch or a.level == "international"]
            if any(a.kind in branch for a in own):
                return own
        return found

    def international_tops(self) -> list[Authority]:
        return [a for a in self.living() if a.level == "international" and a.kind == "un_office"
                and not (a.superior_id and a.superior_id in self.by_id)]


# -- who was in post ------------------------------------------------------------------------------

def in_post(official: Official, day: dt.date) -> bool:
    """An open start or end counts as in post: the office often knows only one of the dates."""
    return (official.start_on is None or official.start_on <= day) and \
        (official.end_on is None or day <= official.end_on)


# -- ladders ------------------------------------------------------------------------------------

def build_ladder(tree: Tree, incident: Incident,
                 meetings: list[tuple[Meeting, list[Commitment]]]) -> Ladder:
    positions: dict[str, int] = {}
    gaps: list[Authority] = []

    def climb(start: str, offset: int) -> None:
        chain, gap = tree.chain(start)
        for depth, authority in enumerate(chain):
            positions.setdefault(authority.id, offset + depth)
        if gap is not None and gap not in gaps:
            gaps.append(gap)

    # Branches of the state keep apart on the ladder (army, then police, then civil...),
    # each in the order of its own chain.
    unit = incident.perpetrator_authority_id
    territorial = tree.territorial(incident.region, incident.place, incident.perpetrator_type)
    if unit and unit in tree.by_id:
        basis = "unit"
        climb(unit, 0)
        territorial = [a for a in territorial if a.level == "international"]
    else:
        basis = "territory" if territorial else "none"
    for authority in sorted(territorial, key=lambda a: (level_rank(a), kind_rank(a), a.name)):
        climb(authority.id, kind_rank(authority) * 100)
    if not any(tree.by_id[i].level == "international" for i in positions):
        for top in tree.international_tops():
            positions.setdefault(top.id, 10_000 + kind_rank(top))

    rungs = {aid: Rung(tree.by_id[aid]) for aid in positions}
    for meeting, commitments in meetings:
        aid = meeting.authority_id
        if aid not in tree.by_id:
            continue
        if aid not in rungs:
            rungs[aid] = Rung(tree.by_id[aid], on_chain=False)
            positions[aid] = 20_000 + kind_rank(tree.by_id[aid])
        if meeting.status == "planned":
            rungs[aid].planned.append(meeting)
        else:
            rungs[aid].raised.append(Raised(meeting, list(commitments), {incident.id}))
    ordered = sorted(rungs.values(), key=lambda r: (level_rank(r.authority), positions[r.authority.id],
                                                   r.authority.name))
    return Ladder(incident, basis, ordered, gaps)


def summarise(ladders: list[Ladder]) -> Escalation:
    """The sum of some ladders: each authority once, with the incidents on its chain and raised there."""
    summary: dict[str, SummaryRung] = {}
    by_meeting: dict[tuple[str, str], Raised] = {}
    for ladder in ladders:
        for rung in ladder.rungs:
            aid = rung.authority.id
            total = summary.setdefault(aid, SummaryRung(rung.authority))
            if rung.on_chain:
                total.on_chain_for.add(ladder.incident.id)
            if rung.reached:
                total.raised_for.add(ladder.incident.id)
            for item in rung.raised:
                key = (aid, item.meeting.id)
                if key in by_meeting:
                    by_meeting[key].incident_ids |= item.incident_ids
                else:
                    by_meeting[key] = Raised(item.meeting, item.commitments, set(item.incident_ids))
                    total.raised.append(by_meeting[key])
            for meeting in rung.planned:
                if all(m.id != meeting.id for m in total.planned):
                    total.planned.append(meeting)
    for total in summary.values():
        total.raised.sort(key=lambda r: (r.meeting.held_on or dt.date.min, r.meeting.id))
    rungs = sorted(summary.values(), key=lambda r: (level_rank(r.authority), kind_rank(r.authority),
                                                    r.authority.name))
    return Escalation(ladders, rungs)


# -- the follow-up board ----------------------------------------------------------------------------

@dataclass
class Due:
    commitment: Commitment
    meeting: Meeting
    days: int  # until the due day; negative when overdue


@dataclass
class AuthorityDue:
    authority: Authority
    overdue: list[Due] = field(default_factory=list)
    due_soon: list[Due] = field(default_factory=list)


@dataclass
class NextMeeting:
    """A meeting to hold: a planned one, or the next one a held meeting asked for."""
    authority: Authority
    on: dt.date
    meeting: Meeting  # the planned meeting itself, or the held one that set the date
    planned: bool


@dataclass
class FollowUpBoard:
    today: dt.date
    groups: list[AuthorityDue]
    meetings: list[NextMeeting]
    unescalated: list[Incident]

    @property
    def overdue_count(self) -> int:
        return sum(len(g.overdue) for g in self.groups)


def board(today: dt.date, tree: Tree, pending: list[Commitment], meetings: dict[str, Meeting],
          next_meetings: list[NextMeeting], unescalated: list[Incident]) -> FollowUpBoard:
    """The board from the pending commitments due by the horizon and the meetings they came from."""
    groups: dict[str, AuthorityDue] = {}
    for c in pending:
        meeting = meetings.get(c.meeting_id or "")
        if meeting is None or meeting.authority_id not in tree.by_id or c.due_on is None:
            continue
        group = groups.setdefault(meeting.authority_id, AuthorityDue(tree.by_id[meeting.authority_id]))
        due = Due(c, meeting, (c.due_on - today).days)
        (group.overdue if due.days < 0 else group.due_soon).append(due)
    ordered = sorted(groups.values(), key=lambda g: (-len(g.overdue), g.authority.name.casefold()))
    return FollowUpBoard(today, ordered, next_meetings, unescalated)


def followup_rows(board: FollowUpBoard, *, overdue_only: bool = False) -> tuple[list[str], list[list[str]]]:
    """The board as a table for the command line: (header, rows), plain text, no formulas."""
    header = ["section", "authority", "date", "days", "status", "what", "meeting_id", "record_id"]
    rows: list[list[str]] = []
    for group in board.groups:
        for section, items in (("overdue", group.overdue), ("due soon", group.due_soon)):
            if overdue_only and section != "overdue":
                continue
            for due in items:
                due_on = due.commitment.due_on.isoformat() if due.commitment.due_on else ""
                rows.append([section, group.authority.name, due_on, str(due.days),
                             due.commitment.status, due.commitment.text, due.meeting.id, due.commitment.id])
    if not overdue_only:
        for nxt in board.meetings:
            rows.append(["meeting planned" if nxt.planned else "next meeting due", nxt.authority.name,
                         nxt.on.isoformat(), str((nxt.on - board.today).days), nxt.meeting.status,
                         nxt.meeting.purpose, nxt.meeting.id, nxt.meeting.id])
        for incident in board.unescalated:
            rows.append(["not raised above local level", "",
                         incident.occurred_on.isoformat() if incident.occurred_on else "", "",
                         incident.severity, incident.summary, "", incident.id])
    return header, rows
