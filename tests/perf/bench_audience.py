"""The audience rules over the big vault: what the final scan adds to a one-year briefing.

Figures: the whole one-year briefing (build, redact, render, scan) in PDF and Word, and
the final scan alone (every part of the finished file read for withheld names and their
forms), against a baseline measured in the same run: the same briefing rendered without
the scan. The target for the whole briefing is 3 s.
"""

from __future__ import annotations

import datetime as dt

from accompdesk.vault.store import Vault

from . import vaults
from .harness import Figure, median, timed


def scan(scale: int, repeat: int) -> list[Figure]:
    from accompdesk.reports.briefing import BriefingOptions, build_briefing
    from accompdesk.reports.data import Period
    from accompdesk.reports.export import docx_parts_text, prepare

    path, _ = vaults.ensure(scale)
    vault = Vault.open(path, passphrase=vaults.PASSPHRASE)
    today = dt.date.today()
    figures = []
    try:
        for audience in ("public", "diplomatic"):
            options = BriefingOptions(recipient="Embassy of Norway", audience=audience,
                                      period=Period(today - dt.timedelta(days=364), today))
            document, view = build_briefing(vault, options)
            withheld = len(view.withheld_ids)
            for fmt in ("pdf", "docx"):
                prepared = prepare(document, view.redactor)
                if fmt == "pdf":
                    from accompdesk.reports.pdf import render_pdf

                    _data, printed = render_pdf(prepared)
                    parts = ["\n\n".join(dict.fromkeys(printed))]
                    unscanned = lambda: render_pdf(prepare(document, view.redactor))  # noqa: E731
                else:
                    from accompdesk.reports.word import render_docx

                    data = render_docx(prepared)
                    parts = None
                    unscanned = lambda: render_docx(prepare(document, view.redactor))  # noqa: E731

                def final_scan():
                    texts = parts if parts is not None else docx_parts_text(data).values()
                    assert not [n for t in texts for n in view.redactor.find_withheld(t)]

                scan_samples = timed(final_scan, repeat=repeat, warmup=1)
                whole = timed(lambda: _whole(vault, options, fmt), repeat=max(3, repeat // 2), warmup=1)
                base = timed(unscanned, repeat=max(3, repeat // 2), warmup=1)
                figures.append(Figure(
                    f"final scan, one-year briefing {fmt}, {audience}", median(scan_samples), "s", median(base),
                    "render without scan", note=f"{withheld:,} withheld; {scale:,} incidents"))
                figures.append(Figure(
                    f"whole briefing with scan, {fmt}, {audience}", median(whole), "s", median(base),
                    "render without scan", target="<= 3 s", met=median(whole) <= 3.0))
        # What reading every record through the field declarations costs the briefing.
        from accompdesk.reports.audience_view import AudienceView
        from accompdesk.reports.briefing import gather

        options = BriefingOptions(recipient="Embassy of Norway", audience="public",
                                  period=Period(today - dt.timedelta(days=364), today))
        view = AudienceView(vault, "public")
        declared = timed(lambda: gather(view.records, options), repeat=max(3, repeat // 2), warmup=1)
        raw = timed(lambda: gather(vault, options), repeat=max(3, repeat // 2), warmup=1)
        figures.append(Figure("one-year facts read through the declarations, public", median(declared), "s",
                              median(raw), "the same facts from the raw vault"))
    finally:
        vault.close()
    return figures


def _whole(vault, options, fmt: str) -> None:
    from accompdesk.reports.briefing import build_briefing
    from accompdesk.reports.export import render

    document, view = build_briefing(vault, options)
    render(document, fmt, view.redactor)


BENCHMARKS = {"audience_scan": lambda a: scan(a.scale, a.repeat)}
