"""Documents: the briefing for one year over the big vault, the weekly roster.

Baseline: the same number of pages of plain text laid out by the same library
(reportlab, python-docx) with no vault, no redaction and no charts — what any
document of that size costs here.
"""

from __future__ import annotations

import datetime as dt
import io

from accompdesk.vault.store import Vault

from . import vaults
from .harness import Figure, median, timed, timed_cpu


def _bare_pdf(pages: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    from reportlab.lib.styles import getSampleStyleSheet

    style = getSampleStyleSheet()["BodyText"]
    story = []
    for _ in range(pages):
        story.extend(Paragraph("Texto de relleno para medir la maquetación. " * 12, style) for _ in range(8))
        story.append(PageBreak())
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)


def _bare_docx(pages: int) -> None:
    import docx

    document = docx.Document()
    for _ in range(pages * 8):
        document.add_paragraph("Texto de relleno para medir la maquetación. " * 12)
    document.save(io.BytesIO())


def briefing(scale: int, repeat: int) -> list[Figure]:
    from accompdesk.reports.briefing import BriefingOptions, build_briefing
    from accompdesk.reports.data import Period
    from accompdesk.reports.export import render

    path, _ = vaults.ensure(scale)
    vault = Vault.open(path, passphrase=vaults.PASSPHRASE)
    today = dt.date.today()
    options = BriefingOptions(recipient="Embassy of Norway", audience="diplomatic",
                              period=Period(today - dt.timedelta(days=364), today),
                              context="The office's context. " * 40,
                              requests="Raise the gravest cases.\nVisit the region.\nA public statement.")
    figures = []
    try:
        for fmt, bare in (("pdf", _bare_pdf), ("docx", _bare_docx)):
            sizes = []

            def one():
                # Everything a saved briefing costs: the view, the facts, the document, the
                # withholding, the rendering and the final scan for withheld names.
                document, view = build_briefing(vault, options)
                sizes.append(len(render(document, fmt, view.redactor)))

            wall, cpu = timed_cpu(one, repeat=max(3, repeat // 2), warmup=1)
            pages = 18  # about what the one-year briefing runs to (annexes included)
            base_wall, base_cpu = timed_cpu(lambda: bare(pages), repeat=max(3, repeat // 2), warmup=1)
            figures.append(Figure(f"briefing, one year of {scale:,} incidents, {fmt}", median(wall), "s",
                                  median(base_wall), f"{pages} bare pages, same library", target="<= 3 s",
                                  met=median(wall) <= 3.0, note=f"{sizes[-1] // 1024} KiB"))
            figures.append(Figure(f"briefing, one year of {scale:,} incidents, {fmt}, CPU", median(cpu), "s",
                                  median(base_cpu), f"{pages} bare pages, same library", target="<= 3 s",
                                  met=median(cpu) <= 3.0, note="process time: what a quiet machine waits"))
    finally:
        vault.close()
    return figures


def roster(scale: int, repeat: int) -> list[Figure]:
    from accompdesk.reports.roster import render_roster
    from accompdesk.domain.roster import Week

    path, _ = vaults.ensure(scale)
    vault = Vault.open(path, passphrase=vaults.PASSPHRASE)
    week = Week.of(dt.date.today()).shifted(1)
    try:
        samples = timed(lambda: render_roster(vault, week, "pdf"), repeat=repeat, warmup=1)
        base = timed(lambda: _bare_pdf(1), repeat=repeat, warmup=1)
    finally:
        vault.close()
    return [Figure("weekly roster PDF", median(samples), "s", median(base), "1 bare page, same library",
                   target="<= 0.5 s", met=median(samples) <= 0.5)]


BENCHMARKS = {
    "briefing": lambda a: briefing(a.scale, a.repeat),
    "roster": lambda a: roster(a.scale, a.repeat),
}
