"""The check report as a file: every problem and note by row and column, for the person
who fixes the spreadsheet. Written only where the user asks, atomically, formula-safe."""

from __future__ import annotations

import csv
import io
import os

from ..vault.errors import UsageError
from ..vault.fsutil import atomic_write
from .cells import neutralise

HEADER = ["row", "column", "field", "severity", "message"]


def report_csv(issues) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for issue in issues:
        writer.writerow([issue.row, neutralise(issue.column), issue.field, issue.severity,
                         neutralise(issue.message)])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def write_report(vault, path: str, issues, *, table: str, source: str = "") -> int:
    """Write the report; audited, since its messages quote the file and name records."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise UsageError("exchange.report.folder_does_not_exist", folder=folder)
    issues = list(issues)
    atomic_write(path, report_csv(issues))
    detail = f"import check report; {len(issues)} lines; file={os.path.basename(path)}"
    if source:
        detail += f"; checked={source}"
    vault.record_audit("export", table, detail=detail)
    return len(issues)
