"""Printing the roster from the window: the platform's print preview, landscape, A4 or
Letter, one week per page, and saving it as PDF or Word.

The page is the reports layer's roster document (reports/roster.py), redacted the same
way as the files, drawn through a QTextDocument so that Qt's printing does the rest:
the printed roster and the PDF say the same.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from ....reports.model import Heading, Note, PageBreak, Paragraph, Table, TitleBlock
from ...common import i18n
from ...common.messages import error_text
from ...common.save_places import ask_save_path, offer_to_open

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


translate = QCoreApplication.translate


def roster_document(vault, weeks, *, internal: bool, language: str, page_size: str):
    """The roster as it will print: built, redacted and checked like the files."""
    from ....reports.export import WithheldNameFound, prepare
    from ....reports.roster import build_roster

    doc, redactor = build_roster(vault, weeks, internal=internal, language=language, page_size=page_size)
    doc = prepare(doc, redactor)
    found = sorted({name for text in doc.texts() for name in redactor.find_withheld(text)})
    if found:
        raise WithheldNameFound("roster", "print", found, ["page"])
    return doc


def _runs(runs) -> str:
    out = []
    for r in runs:
        text = html.escape(r.text).replace("\n", "<br/>")
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def document_html(doc) -> str:
    """The roster document as HTML for QTextDocument: black on white, ruled tables."""
    e = html.escape
    page_head = f'<p align="center" style="font-size:8pt;"><b>{e(doc.classification)}</b></p>'
    page_foot = f'<p style="font-size:7pt;">{e(doc.office)} · {doc.date.isoformat()}</p>'
    parts = [page_head]
    for block in doc.blocks:
        if isinstance(block, PageBreak):
            parts.append(page_foot)
            parts.append('<div style="page-break-before: always;"></div>' + page_head)
        elif isinstance(block, TitleBlock):
            parts.append(f'<h1 style="font-size:17pt;">{e(block.title)}</h1>')
            if block.subtitle:
                parts.append(f'<p style="font-size:11pt;">{e(block.subtitle)}</p>')
            for label, value in block.facts:
                parts.append(f"<p><b>{e(label)}:</b> {e(value)}</p>")
        elif isinstance(block, Heading):
            parts.append(f"<h2>{e(block.text)}</h2>")
        elif isinstance(block, Paragraph):
            size = {"lead": "12pt", "small": "8pt"}.get(block.style, "9pt")
            parts.append(f'<p style="font-size:{size};">{_runs(block.runs)}</p>')
        elif isinstance(block, Note):
            title = f"<b>{e(block.title)}</b><br/>" if block.title else ""
            parts.append('<table border="1" cellspacing="0" cellpadding="6" width="100%" '
                         f'style="border-collapse:collapse; border-color:#000; border-style:solid;"><tr><td>'
                         f'{title}{_runs(block.runs)}'
                         "</td></tr></table><p></p>")
        elif isinstance(block, Table):
            parts.append(_table_html(block))
    parts.append(page_foot)
    return "".join(parts)


def _table_html(block: Table) -> str:
    e = html.escape
    weights = block.widths or [1] * len(block.header)
    total = float(sum(weights))
    widths = [f"{100 * w / total:.1f}%" for w in weights]
    head = "".join(f'<th align="left" width="{widths[i]}" bgcolor="#d9d9d9">{e(h)}</th>'
                   for i, h in enumerate(block.header))
    rows = "".join("<tr>" + "".join(f"<td>{e(str(v)).replace(chr(10), '<br/>')}</td>" for v in row) + "</tr>"
                   for row in block.rows)
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" '
            f'style="border-collapse:collapse; border-color:#000; border-style:solid; font-size:8pt;">'
            f"<thead><tr>{head}</tr></thead>"
            f"{rows}</table>")


def text_document(doc) -> QTextDocument:
    text = QTextDocument()
    font = QFont()
    font.setPointSizeF(9)
    text.setDefaultFont(font)
    text.setHtml(document_html(doc))
    return text


def roster_printer(page_size: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = QPageLayout(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
                         QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)
    printer.setDocName("roster")
    return printer


def paint(doc, printer: QPrinter) -> None:
    """Lay the roster out on the printer's page, whose margins are the only ones."""
    text = text_document(doc)
    page = printer.pageRect(QPrinter.Unit.Inch)
    # A document with a page size is printed as laid out (in 1/96 inch), not with Qt's
    # extra 2 cm margins and page numbers; each week already says whose and when.
    text.setPageSize(QSizeF(page.width() * 96, page.height() * 96))
    frame = text.rootFrame().frameFormat()
    frame.setMargin(0)
    text.rootFrame().setFrameFormat(frame)
    text.print_(printer)


def preview_dialog(doc, page_size: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    printer = roster_printer(page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.roster_printer = printer  # the dialog does not own it; without this Python frees it
    dialog.setWindowTitle(translate("RosterPrinting", "Print the roster"))
    dialog.paintRequested.connect(lambda p: paint(doc, p))
    return dialog


class RosterPrinting:
    """What the planning view's print and save buttons do, for the week it shows."""

    def __init__(self, session, settings, parent: QWidget):
        self.session = session
        self.settings = settings
        self.parent = parent

    def page_size(self) -> str:
        return self.settings.page_size() if self.settings is not None else "A4"

    def _confirm_internal(self, internal: bool) -> bool:
        if not internal:
            return True
        answer = QMessageBox.warning(
            self.parent, translate("RosterPrinting", "A roster with full names"),
            translate("RosterPrinting", "This roster names the people accompanied in full. It must not leave the "
                           "office; volunteers carry the roster with aliases."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Ok

    def document(self, week, internal: bool):
        return roster_document(self.session.vault, week, internal=internal, language=i18n.language(),
                               page_size=self.page_size())

    def preview(self, week, internal: bool) -> QPrintPreviewDialog | None:
        if not self._confirm_internal(internal):
            return None
        try:
            doc = self.document(week, internal)
        except Exception as exc:  # noqa: BLE001 - one sentence; nothing printed
            QMessageBox.warning(self.parent, translate("RosterPrinting", "Not printed"), error_text(exc))
            return None
        return preview_dialog(doc, self.page_size(), self.parent)

    def save(self, week, internal: bool, path: str | None = None) -> str | None:
        from ....reports.roster import export_roster

        if not self._confirm_internal(internal):
            return None
        asked = path is None
        if asked:
            path = ask_save_path(self.parent, self.settings, translate("RosterPrinting", "Save the roster"),
                                 f"roster-{week}.pdf", translate("RosterPrinting", "PDF (*.pdf);;Word (*.docx)"))
        if not path:
            return None
        fmt = "docx" if path.lower().endswith(".docx") else "pdf"
        try:
            export_roster(self.session.vault, week, fmt, path, internal=internal, language=i18n.language(),
                          page_size=self.page_size())
        except Exception as exc:  # noqa: BLE001 - one sentence; nothing half-written is kept
            QMessageBox.warning(self.parent, translate("RosterPrinting", "Not saved"), error_text(exc))
            return None
        if asked:
            offer_to_open(self.parent, path)
        return path
