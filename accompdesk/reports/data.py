"""Incidents of a period as one pandas frame, read through the repository in one query.

Every statistic of the briefing and the statistics report is a group-by over this
frame, so a year of a large vault costs one query and a few vectorised counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.audience import fold
from ..domain.vocab import SEVERITY
from ..domain import clock

COLUMNS = ["id", "occurred_on", "kind", "region", "place", "severity", "perpetrator_type",
           "perpetrator_authority_id", "verification", "summary",
           "affected_persons", "affected_person_roles", "affected_organisations",
           "affected_organisation_roles", "follow_up", "text_language"]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of the same length just before this one."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def default_period(today: dt.date | None = None) -> Period:
    """The twelve months up to today."""
    today = today or clock.today()
    try:
        start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        start = today.replace(year=today.year - 1, day=28) + dt.timedelta(days=1)
    return Period(start, today)


def in_regions(region: str, wanted: list[str] | None) -> bool:
    return not wanted or fold(region or "") in {fold(w) for w in wanted}


def incidents_frame(records, period: Period, regions: list[str] | None = None,
                    with_links: bool = True):
    """The incidents of the period (and regions), oldest first, as a DataFrame.

    Without descriptions: long texts of thousands of incidents cost most of the time and
    only the few incidents a document narrates need them (`descriptions`).
    `records`: the vault as the document's audience reads it (reports.disclosed)."""
    import pandas as pd

    names = COLUMNS if with_links else [c for c in COLUMNS if not c.startswith("affected_")]
    rows = records.incidents.read_fields(names, ranges={"occurred_on": (period.start, period.end)},
                                         order_by="occurred_on")
    # Column by column: pandas builds a frame from lists far faster than from dicts.
    frame = pd.DataFrame({c: [r[c] for r in rows] if c in names else [[] for _ in rows]
                          for c in COLUMNS}, columns=COLUMNS)
    if regions:
        wanted = {fold(w) for w in regions}
        frame = frame[frame["region"].map(lambda r: fold(r or "") in wanted)]
    frame = frame.reset_index(drop=True)
    frame["month"] = [f"{d.year:04d}-{d.month:02d}" for d in frame["occurred_on"]]
    frame["severity_rank"] = frame["severity"].map(
        lambda s: SEVERITY.rank(s) if s in SEVERITY else 0)
    return frame


def descriptions(records, incident_ids) -> dict[str, str]:
    """The descriptions of a few incidents, by id, as the document's audience reads them."""
    ids = list(incident_ids)
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        for row in records.incidents.read_fields(["description"], filters={"id": ids[start:start + 500]}):
            out[row["id"]] = row["description"]
    return out


def kind_frame(records, period: Period, regions: list[str] | None = None,
               region_values: set[str] | None = None):
    """Only the kind of each incident of the period, from one count per kind.

    Enough for a comparison with the previous period, and far cheaper than reading
    every record. With regions, the spellings to count are the ones given and the
    ones already seen (`region_values`) that fold to the same words.
    """
    import pandas as pd

    from ..domain.vocab import INCIDENT_KIND

    filters = {}
    if regions:
        wanted = {fold(w) for w in regions}
        spellings = {r for r in (region_values or set()) if fold(r or "") in wanted} | set(regions)
        filters["region"] = sorted(spellings)
    kinds = []
    for code in INCIDENT_KIND.codes:
        n = records.incidents.count(filters={**filters, "kind": code},
                                  ranges={"occurred_on": (period.start, period.end)})
        kinds.extend([code] * n)
    return pd.DataFrame({"kind": kinds})


def counts(frame, column: str, vocabulary=None, language: str = "en"):
    """Counts per value of a column, as a Series indexed by code (vocabulary order)."""
    series = frame[column].fillna("").value_counts()
    if vocabulary is not None:
        order = [c for c in vocabulary.codes if c in series.index]
        series = series.reindex(order + [c for c in series.index if c not in order])
    return series


def comparison(current, previous, column: str, vocabulary=None, language: str = "en",
               top: int | None = None):
    """A frame with label, this period, previous period and change for each value."""
    import pandas as pd

    now = counts(current, column, vocabulary)
    before = counts(previous, column, vocabulary)
    index = list(dict.fromkeys(list(now.index) + list(before.index)))
    table = pd.DataFrame({"current": now.reindex(index, fill_value=0),
                          "previous": before.reindex(index, fill_value=0)})
    table = table.sort_values("current", ascending=False, kind="stable")
    if top:
        table = table.head(top)
    table["label"] = [vocabulary.label(c, language) if vocabulary is not None else (c or "—")
                      for c in table.index]
    return table


def change_text(now: int, before: int, language: str) -> str:
    """'+25%' ('+25 %' in Spanish); where there was nothing before, a word: a rise from
    nothing has no percentage (and the documents' fonts have no infinity sign to draw)."""
    from .labels import percent, t

    if before == 0:
        return "—" if now == 0 else t("new", language)
    return percent(round(100.0 * (now - before) / before), language, signed=True)
