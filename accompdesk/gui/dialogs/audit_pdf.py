"""The filtered audit log as a PDF document, for accountability.

Built on the reports layer's document model, rendered and written by its export
(which writes atomically and records the export in the log itself). The log names
staff and record identifiers, never record contents; it is still an internal
document, since it shows who worked on what and when.
"""

from __future__ import annotations


from .audit_model import action_label, record_label
from ..common.safety_texts import tr
from ...domain import clock


def build(entries: list, *, office: str, language: str, filters: list[tuple[str, str]],
          chain: str, exported_by: str, page_size: str = "A4"):
    from ...reports.labels import classification
    from ...reports.model import Document, Table, TitleBlock
    from ..common.formatting import format_stamp

    title = tr("Audit log")
    facts = [(tr("Exported by"), exported_by), (tr("Date"), clock.today().isoformat()),
             (tr("Entries"), str(len(entries))), (tr("Chain"), chain)]
    facts += filters
    doc = Document(kind="audit log", title=title, classification=classification("internal", language),
                   office=office, audience="internal", language=language, page_size=page_size,
                   landscape=True)
    doc.add(TitleBlock(title, office, facts))
    rows = [[str(e.seq), format_stamp(e.at), e.user, action_label(e.action),
             record_label(e.record_table, e.record_id), e.record_id, e.detail] for e in entries]
    doc.add(Table([tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Identifier"),
                   tr("Detail")], rows, widths=[0.6, 1.5, 1.3, 1.6, 1.5, 2.6, 2.6], numeric=[0]))
    return doc


def export(vault, document, path: str) -> int:
    """Write the PDF; refused unless the role may make internal exports."""
    from ...domain.audience import Redactor
    from ...reports.export import export as write_document
    from ...vault import roles

    roles.require(vault, "export audit log")
    roles.require_export(vault, "internal")
    # Internal: everyone may be named, so the redactor withholds no one.
    return write_document(vault, document, "pdf", path, Redactor([], document.language),
                          table="audit_log", detail=f"{len(document.blocks[-1].rows)} entries")
