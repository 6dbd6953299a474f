"""Printing the roster from the window: the platform's print preview, landscape, A4 or
Letter, one week per page, and saving it as PDF or Word.

What prints is the registry's roster PDF itself (services/documents.py: built, withheld,
rendered and scanned as the saved file and `accompdesk-cli report roster` are), laid on
the printer's pages as images of its pages: there is no third renderer, so the printed
roster and the PDF cannot say different things.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from ....services import documents
from ...common import i18n
from ...common.messages import error_text
from ...common.save_places import ask_save_path, offer_to_open

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
PRINT_DPI = 300  # the pages' images: sharp on paper, and a busy week stays a few MB


translate = QCoreApplication.translate


def roster_request(weeks, *, internal: bool, language: str, page_size: str, fmt: str = "pdf"):
    weeks = weeks if isinstance(weeks, (list, tuple)) else [weeks]
    return documents.Request("roster", audience="internal" if internal else None, language=language,
                             page_size=page_size, fmt=fmt, weeks=[str(w) for w in weeks])


def roster_pdf(vault, weeks, *, internal: bool, language: str, page_size: str) -> bytes:
    """The roster as it will print: the registry's PDF, withheld and scanned like the files."""
    data, _built, _kind = documents.render(vault, roster_request(weeks, internal=internal, language=language,
                                                                 page_size=page_size))
    return data


def roster_printer(page_size: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # The PDF's pages carry their own margins: the printer adds none.
    layout = QPageLayout(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
                         QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)
    printer.setFullPage(True)
    printer.setDocName("roster")
    return printer


def page_images(pdf: bytes, dpi: int = PRINT_DPI) -> list[QImage]:
    """Every page of the PDF as an image (PDFium draws them; the file's fonts are embedded)."""
    import pypdfium2
    import pypdfium2.raw as pdfium

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            # Black on white with grey rules: one byte a pixel prints the same, four times lighter.
            bitmap = page.render(scale=dpi / 72, grayscale=True, force_bitmap_format=pdfium.FPDFBitmap_Gray)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_Grayscale8)
            images.append(image.copy())  # the bitmap's memory goes with the page
            page.close()
    finally:
        document.close()
    return images


def paint(pdf: bytes, printer: QPrinter) -> None:
    """Lay each page of the roster's PDF on one page of the printer, whole and upright."""
    painter = QPainter(printer)
    try:
        for i, image in enumerate(page_images(pdf)):
            if i:
                printer.newPage()
            area = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(area.x() + (area.width() - width) / 2, area.y() + (area.height() - height) / 2,
                                     width, height), image)
    finally:
        painter.end()


def preview_dialog(pdf: bytes, page_size: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    printer = roster_printer(page_size)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.roster_printer = printer  # the dialog does not own it; without this Python frees it
    dialog.setWindowTitle(translate("RosterPrinting", "Print the roster"))
    dialog.paintRequested.connect(lambda p: paint(pdf, p))
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

    def document(self, week, internal: bool) -> bytes:
        """The registry's roster PDF that prints."""
        return roster_pdf(self.session.vault, week, internal=internal, language=i18n.language(),
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
            documents.make(self.session.vault, roster_request(week, internal=internal, language=i18n.language(),
                                                              page_size=self.page_size(), fmt=fmt), path)
        except Exception as exc:  # noqa: BLE001 - one sentence; nothing half-written is kept
            QMessageBox.warning(self.parent, translate("RosterPrinting", "Not saved"), error_text(exc))
            return None
        if asked:
            offer_to_open(self.parent, path)
        return path
