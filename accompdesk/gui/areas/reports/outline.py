"""The document model as an outline: headings, and the first line of what follows them.

A preview that needs no file: the PDF cannot be drawn inside the window without QtPdf,
and a temporary file would put record contents on disk in plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

FIRST_LINE = 240


def first_line(text: str) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= FIRST_LINE else line[:FIRST_LINE - 1].rstrip() + "…"


def _runs(runs) -> str:
    return "".join(r.text for r in runs)


def fill(tree: QTreeWidget, document) -> None:
    """Replace the tree's items with the outline of `document` (already redacted)."""
    from ....reports import model as M

    tree.clear()
    top = QTreeWidgetItem(tree, [first_line(document.title)])
    top.setToolTip(0, document.classification)
    if document.classification:
        QTreeWidgetItem(top, [first_line(document.classification)])
    withheld = getattr(document, "withheld_summary", "")
    if withheld:
        item = QTreeWidgetItem(top, [first_line(withheld)])
        item.setToolTip(0, withheld)
    section = top
    for block in document.blocks:
        if isinstance(block, M.TitleBlock):
            for label, value in block.facts:
                QTreeWidgetItem(top, [first_line(f"{label}: {value}")])
        elif isinstance(block, M.Heading):
            parent = top if block.level <= 1 or section is top else section
            item = QTreeWidgetItem(parent, [first_line(block.text)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            if block.level <= 1:
                section = item
        elif isinstance(block, M.Paragraph):
            text = _runs(block.runs)
            if text.strip():
                QTreeWidgetItem(section, [first_line(text)])
        elif isinstance(block, M.Note):
            text = (block.title + ": " if block.title else "") + _runs(block.runs)
            QTreeWidgetItem(section, [first_line(text)])
        elif isinstance(block, M.Table):
            words = QCoreApplication.translate("ReportOutline", "Table: %1 rows (%2)").replace("%1", str(len(block.rows))).replace(
                "%2", ", ".join(block.header))
            if block.caption:
                words = block.caption + " — " + words
            QTreeWidgetItem(section, [first_line(words)])
        elif isinstance(block, M.Image):
            QTreeWidgetItem(section, [first_line(QCoreApplication.translate("ReportOutline", "Chart: %1").replace("%1", block.caption or block.alt))])
        elif isinstance(block, M.PageBreak):
            continue
    _tooltips(tree.invisibleRootItem())
    tree.expandAll()


def _tooltips(item: QTreeWidgetItem) -> None:
    for i in range(item.childCount()):
        child = item.child(i)
        if not child.toolTip(0):
            child.setToolTip(0, child.text(0))
        _tooltips(child)
