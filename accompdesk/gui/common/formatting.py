"""Field values as people read them, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTimeZone

from ...domain.fields import FieldSpec, specs
from . import i18n


def field_label(record_type: type, name: str) -> str:
    return specs(record_type)[name].label(i18n.language())


def vocab_label(spec: FieldSpec, code: str | None) -> str:
    if not code:
        return ""
    return spec.vocab.label(code, i18n.language())


def format_date(value: dt.date | None, precision: str | None = None) -> str:
    if value is None:
        return ""
    if precision == "month":
        # "March 2024" / "marzo de 2024": the day is not known.
        return QLocale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")
    text = value.isoformat()
    if precision == "approximate":
        return QCoreApplication.translate("Formatting", "about %1").replace("%1", text)
    return text


def format_count(n: int) -> str:
    """A whole number as the window's language writes it: 15,020 in English, 15.020 in Spanish
    (where 1,502 would read as one and a half)."""
    return QLocale().toString(int(n))


def format_stamp(stamp: str | None) -> str:
    """A vault timestamp (UTC ISO) in local time, to the minute."""
    if not stamp:
        return ""
    moment = QDateTime.fromString(stamp.rstrip("Z")[:19], "yyyy-MM-ddTHH:mm:ss")
    moment.setTimeZone(QTimeZone.utc())
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def format_value(spec: FieldSpec, value) -> str:
    if value is None or value == "":
        return ""
    if spec.kind == "vocab":
        return vocab_label(spec, value)
    if spec.kind == "date":
        return value.isoformat()
    if spec.kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M")
    if spec.kind == "bool":
        return QCoreApplication.translate("Formatting", "Yes") if value else \
            QCoreApplication.translate("Formatting", "No")
    if spec.kind == "text" and spec.multiline:
        return " ".join(str(value).split())
    return str(value)


ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
