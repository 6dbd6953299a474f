"""Which columns each record list shows, by name, and how each one reads a record.

A column either shows a declared field (its header is the field's label in the
user's language) or something computed (its header goes through Qt's translation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ....domain.fields import specs
from ....domain.records import Incident, Organisation, Person, Record
from ..formatting import format_date, format_stamp, format_value
from .. import i18n


@dataclass(frozen=True)
class Column:
    name: str  # a field of the record, or a bookkeeping column
    sql_order: str | None  # the column to ORDER BY; None: this column does not sort
    hidden_by_default: bool = False
    header_source: str = ""  # for computed columns: the untranslated header
    link_table: str | None = None  # for links: the table whose record title is shown

    def header(self, record_type: type[Record]) -> str:
        if self.header_source:
            return QCoreApplication.translate("Columns", self.header_source)
        return specs(record_type)[self.name].label(i18n.language())

    def display(self, record: Record, link_titles: Callable[[str, str], str]) -> str:
        if self.link_table:
            target = getattr(record, self.name)
            return link_titles(self.link_table, target) if target else ""
        value = getattr(record, self.name)
        if self.name == "occurred_on":
            return format_date(value, getattr(record, "date_precision", None))
        if self.name in ("created_at", "updated_at", "deleted_at"):
            return format_stamp(value)
        spec = specs(type(record)).get(self.name)
        return format_value(spec, value) if spec else str(value or "")

    def sort_value(self, record: Record):
        value = getattr(record, self.name)
        if value is None:
            return ""
        return value.isoformat() if hasattr(value, "isoformat") else value


def _field(name: str, *, hidden: bool = False, sortable: bool = True) -> Column:
    return Column(name, name if sortable else None, hidden)


def _link(name: str, table: str, *, hidden: bool = False) -> Column:
    return Column(name, None, hidden, link_table=table)


UPDATED_COLUMN = Column("updated_at", "updated_at", True, header_source=QT_TRANSLATE_NOOP("Columns", "Last changed"))
UPDATED_BY_COLUMN = Column("updated_by", "updated_by", True, header_source=QT_TRANSLATE_NOOP("Columns", "Changed by"))


class PersonColumns:
    NAME, ALIAS, KIND, ORGANISATION, REGION, RISK, STATUS, CONSENT, UPDATED, UPDATED_BY = range(10)
    ALL = (_field("full_name"), _field("alias"), _field("kind"), _link("organisation_id", "organisations"),
           _field("region"), _field("risk_level"), _field("accompaniment_status"),
           _field("consent_level"), UPDATED_COLUMN, UPDATED_BY_COLUMN)


class OrganisationColumns:
    NAME, ALIAS, KIND, REGION, RISK, STATUS, CONSENT, UPDATED, UPDATED_BY = range(9)
    ALL = (_field("name"), _field("alias"), _field("kind"), _field("region"), _field("risk_level"),
           _field("accompaniment_status"), _field("consent_level"), UPDATED_COLUMN, UPDATED_BY_COLUMN)


class IncidentColumns:
    DATE, SUMMARY, KIND, PLACE, REGION, SEVERITY, VERIFICATION, PERPETRATOR, FOLLOW_UP, \
        UPDATED, UPDATED_BY = range(11)
    ALL = (_field("occurred_on"), _field("summary"), _field("kind"), _field("place"), _field("region"),
           _field("severity"), _field("verification"), _field("perpetrator_type"),
           _field("follow_up"), UPDATED_COLUMN, UPDATED_BY_COLUMN)


COLUMNS: dict[str, tuple[Column, ...]] = {
    Person.TABLE: PersonColumns.ALL,
    Organisation.TABLE: OrganisationColumns.ALL,
    Incident.TABLE: IncidentColumns.ALL,
}
