"""What a received bundle did to the aliases: the ones it made shared by two or more
records, and what the roster prints for each of those (issue 15).

Volunteers know the people they accompany by alias, and a bundle from another office may
bring one this office already uses. The roster keeps them apart on its own (the record
this office learnt of first keeps the alias), but staff who brief the volunteers need to
know that a familiar alias now stands beside a numbered one. Records are named by id and
by where they came from, never by name: these lines are shown and printed as they are.
"""

from __future__ import annotations

from ..domain.messages import Message
from ..domain.name_forms import recorded_order
from ..vault import aliases


def shared(vault) -> set[frozenset[str]]:
    """The groups of live records that share an alias, as sets of ids."""
    return {frozenset(h.id for h in group)
            for group in aliases.sharing(aliases.holders(vault.conn, include_deleted=False))}


def new_since(vault, before: set[frozenset[str]]) -> list[Message]:
    """One sentence for each alias shared now by records that did not all share it in
    `before` (what `shared` said before the bundle): one that has fewer holders than it
    had is no news."""
    conn = vault.conn
    groups = [group for group in aliases.sharing(aliases.holders(conn, include_deleted=False))
              if not any(frozenset(h.id for h in group) <= old for old in before)]
    if not groups:
        return []
    printed = aliases.printed(conn)
    first = aliases.known_since(conn, groups)
    out = []
    for group in groups:
        group = sorted(group, key=recorded_order(first))
        forms = []
        for holder in group:
            office = aliases.came_from(conn, holder.table, holder.id)
            noun = Message("services.alias_clashes.person" if holder.table == "persons"
                           else "services.alias_clashes.organisation")
            forms.append(Message("services.alias_clashes.printed_here" if office is None
                                 else "services.alias_clashes.printed_from",
                                 printed=printed.get(holder.id, holder.alias), noun=noun,
                                 record_id=holder.id, office=office))
        out.append(Message("services.alias_clashes.now_shared", alias=" ".join(group[0].alias.split()),
                           forms=forms))
    return out
