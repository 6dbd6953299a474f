"""The chain of command read from the store: the authorities, the meetings that raised
incidents, whose incidents, meetings found, and what feeds the follow-up board. The
rules (ladders, the board) are in domain/chain.py; their names are repeated here for
the window's modules that read both.

Reads only: every record comes from the repositories or from plain SELECTs on
`vault.conn`; nothing here writes.
"""

from __future__ import annotations

import datetime as dt

from ..domain import clock
from ..domain.chain import (  # noqa: F401
    BRANCHES, DUE_SOON_DAYS, HIGH_SEVERITY, NATIONAL, USUAL_LEVEL, AuthorityDue, Due, Escalation, FollowUpBoard,
    Ladder, NextMeeting, Raised, Rung, SummaryRung, Tree, board, build_ladder, followup_rows, in_post, kind_rank,
    level_rank, summarise,
)
from ..domain.records import Commitment, Incident, Meeting, Official

CHUNK = 500


def tree(vault) -> Tree:
    """Every authority, with the trashed ones, read once."""
    return Tree(vault.authorities.list(include_deleted=True, with_links=False))


def officials_in_post(vault, authority_id: str, day: dt.date) -> list[Official]:
    found = vault.officials.list(filters={"authority_id": authority_id}, order_by="start_on", descending=True)
    return [o for o in found if in_post(o, day)]


# -- meetings that raised incidents ---------------------------------------------------------------

def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def raised_meetings(vault, incident_ids: list[str]) -> dict[str, list[tuple[Meeting, list[Commitment]]]]:
    """incident id -> the meetings (held or planned, not cancelled) that raised it, oldest first."""
    links: dict[str, set[str]] = {}
    for chunk in _chunks(list(incident_ids)):
        rows = vault.conn.execute(
            f"SELECT owner_id, target_id FROM meetings__incidents WHERE target_id IN "
            f"({','.join('?' * len(chunk))})", chunk)
        for meeting_id, incident_id in rows:
            links.setdefault(meeting_id, set()).add(incident_id)
    meetings: dict[str, Meeting] = {}
    for chunk in _chunks(list(links)):
        for m in vault.meetings.list(filters={"id": chunk}, with_links=False):
            if m.status != "cancelled":
                meetings[m.id] = m
    commitments = commitments_by_meeting(vault, list(meetings))
    out: dict[str, list[tuple[Meeting, list[Commitment]]]] = {}
    for meeting in sorted(meetings.values(), key=lambda m: (m.held_on or dt.date.min, m.id)):
        for incident_id in links[meeting.id]:
            out.setdefault(incident_id, []).append((meeting, commitments.get(meeting.id, [])))
    return out


def ladder_for(vault, incident_id: str) -> Ladder:
    incident = vault.incidents.get(incident_id)
    return build_ladder(tree(vault), incident, raised_meetings(vault, [incident.id]).get(incident.id, []))


def escalation(vault, incidents: list[Incident]) -> Escalation:
    authorities = tree(vault)
    raised = raised_meetings(vault, [i.id for i in incidents])
    return summarise([build_ladder(authorities, i, raised.get(i.id, [])) for i in incidents])


# -- whose incidents ----------------------------------------------------------------------------

def _ids(vault, sql: str, args) -> list[str]:
    return [row[0] for row in vault.conn.execute(sql, args)]


def _incidents(vault, ids: list[str], since: dt.date | None, until: dt.date | None) -> list[Incident]:
    found: list[Incident] = []
    ranges = {"occurred_on": (since, until)} if since or until else None
    for chunk in _chunks(list(dict.fromkeys(ids))):
        found.extend(vault.incidents.list(filters={"id": chunk}, ranges=ranges))
    return sorted(found, key=lambda i: (i.occurred_on or dt.date.min, i.id), reverse=True)


def person_incidents(vault, person_id: str, since=None, until=None) -> list[Incident]:
    return _incidents(vault, _ids(vault, "SELECT owner_id FROM incidents__affected_persons WHERE target_id = ?",
                                  (person_id,)), since, until)


def organisation_incidents(vault, organisation_id: str, since=None, until=None) -> list[Incident]:
    """The organisation's own incidents and those against its members."""
    ids = _ids(vault, "SELECT owner_id FROM incidents__affected_organisations WHERE target_id = ?",
               (organisation_id,))
    ids += _ids(vault, "SELECT l.owner_id FROM incidents__affected_persons l JOIN persons p "
                       "ON p.id = l.target_id WHERE p.organisation_id = ? AND p.deleted_at IS NULL",
                (organisation_id,))
    return _incidents(vault, ids, since, until)


def region_incidents(vault, region: str, since=None, until=None) -> list[Incident]:
    ranges = {"occurred_on": (since, until)} if since or until else None
    return vault.incidents.list(filters={"region": region}, ranges=ranges, order_by="occurred_on",
                                descending=True)


def regions(vault) -> list[str]:
    return _ids(vault, "SELECT DISTINCT region FROM incidents WHERE deleted_at IS NULL AND region != '' "
                       "ORDER BY region", ())


def escalation_for(vault, scope: str, key: str, since: dt.date | None = None,
                   until: dt.date | None = None) -> Escalation:
    """scope: 'incidents' (key an id), 'persons', 'organisations' (key an id) or 'regions' (a name)."""
    if scope == "incidents":
        incidents = [vault.incidents.get(key)]
    elif scope == "persons":
        incidents = person_incidents(vault, key, since, until)
    elif scope == "organisations":
        incidents = organisation_incidents(vault, key, since, until)
    elif scope == "regions":
        incidents = region_incidents(vault, key, since, until)
    else:
        raise ValueError(f"no escalation for {scope}")
    return escalation(vault, incidents)


# -- meetings, found -------------------------------------------------------------------------------

def find_meetings(vault, *, authority_id: str | None = None, below: bool = False, level: str | None = None,
                  since: dt.date | None = None, until: dt.date | None = None, incident_id: str | None = None,
                  status: str | None = None, text: str | None = None) -> list[Meeting]:
    """Meetings, newest first, by authority (and those under it), level, period, incident raised."""
    clauses, args = ["deleted_at IS NULL"], []
    if authority_id:
        wanted = sorted(tree(vault).below(authority_id)) if below else [authority_id]
        clauses.append(f"authority_id IN ({','.join('?' * len(wanted))})")
        args += wanted
    if level:
        clauses.append("authority_id IN (SELECT id FROM authorities WHERE level = ?)")
        args.append(level)
    if since:
        clauses.append("held_on >= ?")
        args.append(since.isoformat())
    if until:
        clauses.append("held_on <= ?")
        args.append(until.isoformat())
    if incident_id:
        clauses.append("id IN (SELECT owner_id FROM meetings__incidents WHERE target_id = ?)")
        args.append(incident_id)
    if status:
        clauses.append("status = ?")
        args.append(status)
    ids = _ids(vault, f"SELECT id FROM meetings WHERE {' AND '.join(clauses)}", args)
    found: list[Meeting] = []
    for chunk in _chunks(ids):
        found.extend(vault.meetings.list(filters={"id": chunk}, text=text or None))
    return sorted(found, key=lambda m: (m.held_on or dt.date.min, m.id), reverse=True)


def commitments_by_meeting(vault, meeting_ids: list[str]) -> dict[str, list[Commitment]]:
    out: dict[str, list[Commitment]] = {}
    for chunk in _chunks(list(meeting_ids)):
        for c in vault.commitments.list(filters={"meeting_id": chunk}, order_by="due_on"):
            out.setdefault(c.meeting_id, []).append(c)
    return out


# -- the follow-up board ----------------------------------------------------------------------------

def followup_board(vault, today: dt.date | None = None, soon_days: int = DUE_SOON_DAYS) -> FollowUpBoard:
    today = today or clock.today()
    horizon = today + dt.timedelta(days=soon_days)
    authorities = tree(vault)
    pending = vault.commitments.list(filters={"status": "pending"}, ranges={"due_on": (None, horizon)},
                                     order_by="due_on")
    meetings = {}
    for chunk in _chunks(list({c.meeting_id for c in pending})):
        meetings.update({m.id: m for m in vault.meetings.list(filters={"id": chunk}, with_links=False)})
    return board(today, authorities, pending, meetings, _next_meetings(vault, authorities), _unescalated(vault))


def _next_meetings(vault, tree: Tree) -> list[NextMeeting]:
    out = [NextMeeting(tree.by_id[m.authority_id], m.held_on, m, True)
           for m in vault.meetings.list(filters={"status": "planned"}, order_by="held_on", with_links=False)
           if m.authority_id in tree.by_id and m.held_on]
    # A next meeting asked for and not yet followed by one that names it.
    rows = vault.conn.execute(
        "SELECT id FROM meetings m WHERE deleted_at IS NULL AND status = 'held' AND next_meeting_on IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM meetings f WHERE f.follows_meeting_id = m.id AND f.deleted_at IS NULL) "
        "AND NOT EXISTS (SELECT 1 FROM meetings f WHERE f.authority_id = m.authority_id "
        "AND f.deleted_at IS NULL AND f.held_on > m.held_on AND f.status != 'cancelled')")
    ids = [r[0] for r in rows]
    for chunk in _chunks(ids):
        for m in vault.meetings.list(filters={"id": chunk}, with_links=False):
            if m.authority_id in tree.by_id:
                out.append(NextMeeting(tree.by_id[m.authority_id], m.next_meeting_on, m, False))
    return sorted(out, key=lambda n: (n.on, n.authority.name.casefold()))


def _unescalated(vault) -> list[Incident]:
    """Open incidents of high severity never raised in a held meeting above the local level."""
    ids = _ids(vault, (
        "SELECT i.id FROM incidents i WHERE i.deleted_at IS NULL AND i.severity IN (?, ?) "
        "AND COALESCE(i.follow_up, '') != 'closed' AND NOT EXISTS ("
        "SELECT 1 FROM meetings__incidents l JOIN meetings m ON m.id = l.owner_id "
        "JOIN authorities a ON a.id = m.authority_id WHERE l.target_id = i.id AND m.deleted_at IS NULL "
        "AND m.status = 'held' AND a.level != 'local')"), HIGH_SEVERITY)
    return _incidents(vault, ids, None, None)
