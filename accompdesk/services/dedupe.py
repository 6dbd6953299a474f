"""Possible duplicates in the vault: candidates read from the vault, scored in `domain.dedupe`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import dedupe
from ..vault import merges


@dataclass(frozen=True)
class Pair:
    table: str
    a: object        # the records, as the repository reads them
    b: object
    score: float
    name_score: float
    reasons: tuple


def candidates(vault, table: str) -> list[dedupe.Candidate]:
    conn = vault.conn
    rows = merges.finder_rows(conn, table)
    links = merges.shared_links(conn, table)
    akas = merges.all_also_known_as(conn, table)
    return [dedupe.Candidate(id=row[0], name=row[1] or "", alias=row[2] or "", region=row[3] or "",
                             group=row[4] or "", links=frozenset(links.get(row[0], ())), id_number=row[6] or "",
                             other_names=tuple(akas.get(row[0], ())) + tuple(
                                 n.strip() for n in re.split(r"[\n;]", row[5] or "") if n.strip()))
            for row in rows]


def find(vault, table: str, min_score: float = dedupe.DEFAULT_MIN_SCORE) -> list[dedupe.Match]:
    """Scored pairs best first, less those someone has said are two records."""
    merges.check_table(table)
    if not 0 <= min_score <= 1:
        from ..vault.errors import UsageError
        raise UsageError("services.dedupe.minimum_score_number_from")
    return dedupe.find(candidates(vault, table), min_score, merges.not_same_pairs(vault.conn, table))


def pairs(vault, table: str, min_score: float = dedupe.DEFAULT_MIN_SCORE, limit: int | None = None) -> list[Pair]:
    """The matches with both records read, for showing side by side."""
    found = find(vault, table, min_score)
    if limit is not None:
        found = found[:limit]
    repo = vault.repo(table)
    out = []
    for m in found:
        a, b = repo.get(m.a), repo.get(m.b)
        # The older record first: the one to keep, unless the person merging says otherwise.
        if (b.created_at, b.id) < (a.created_at, a.id):
            a, b = b, a
        out.append(Pair(table, a, b, m.score, m.name_score, m.reasons))
    return out


def not_same(vault, table: str, first: str, second: str) -> bool:
    return merges.mark_not_same(vault, table, first, second)
