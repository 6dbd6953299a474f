"""What an office outside this one (a country group, the public) may receive in a bundle.

Whole tables that say where people will be or who our volunteers are never leave. Inside
the tables that do, every field reaches the peer only as far as its declaration allows
(`domain.disclosure.field_allowed`, the same reading exports and documents use); the rest
is emptied. Persons and organisations below the audience's consent are described, not
named, and every free text is redacted of their names; the last step scans the result
and stops on a hit.
"""

from __future__ import annotations

from ..domain.audience import Cast
from ..domain.disclosure import field_allowed, withheld_fields
from ..domain.fields import specs
from ..domain.records import ALL_TYPES

MIRRORED_TABLES = ("organisations", "persons", "authorities", "officials", "incidents", "meetings",
                   "commitments")

# What no peer outside the office receives: the fields declared internal.
INTERNAL_FIELDS = {table: set(withheld_fields(ALL_TYPES[table], "diplomatic")) for table in MIRRORED_TABLES}

NAME_FIELDS = {"persons": "full_name", "organisations": "name"}


class WithheldNameFound(Exception):
    pass


def cast(vault, audience: str) -> Cast:
    entities = (vault.persons.list(include_deleted=True, with_links=False)
                + vault.organisations.list(include_deleted=True, with_links=False))
    return Cast(entities, audience)


def filter_values(table: str, record_id: str, values: dict, seen_as: Cast) -> dict:
    """The record's values (as SQL stores them) as `seen_as.audience` may receive them."""
    out = dict(values)
    language = values.get("text_language") if values.get("text_language") in ("es", "en") else None
    for name, spec in specs(ALL_TYPES[table]).items():
        if not field_allowed(spec, seen_as.audience):
            out[name] = [] if spec.kind in ("links", "roles") else ("" if spec.kind == "text" else None)
        elif spec.kind == "text" and out.get(name):
            out[name] = seen_as.redactor.redact(out[name], language)
    if table in NAME_FIELDS and record_id in seen_as.withheld_ids:
        out[NAME_FIELDS[table]] = seen_as.labels[record_id]
        out["alias"] = ""
    return out


def scan(table: str, values: dict, seen_as: Cast) -> None:
    """The last check before a bundle is sealed: no withheld name in any text."""
    for name, spec in specs(ALL_TYPES[table]).items():
        if spec.kind == "text" and values.get(name) and seen_as.redactor.find_withheld(values[name]):
            raise WithheldNameFound(f"{table}.{name}")
