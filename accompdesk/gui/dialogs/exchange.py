"""Spreadsheets in and out in the window: the import wizard and the list export dialog.

The main window opens them with the vault it has open:

    from accompdesk.gui.dialogs.exchange import open_import_wizard, open_export_dialog

    open_import_wizard(parent, vault, table="incidents")           # File > Import spreadsheet…
    open_export_dialog(parent, vault, "incidents", columns=[...],  # a list's "Export…"
                       filters=query.filters, ranges=query.ranges, text=query.text)

Both are self-contained: they read and write through `accompdesk.exchange`, run the
slow part off the GUI thread on their own connection, and say what happened.
"""

from __future__ import annotations


def open_import_wizard(parent, vault, table: str | None = None):
    """Show the import wizard (modeless); returns it. Its `imported(table, count)` signal
    tells the window which list to refresh."""
    from .import_wizard import ImportWizard

    wizard = ImportWizard(vault, table=table, parent=parent)
    wizard.show()
    return wizard


def open_export_dialog(parent, vault, table: str, *, columns: list[str] | None = None,
                       filters: dict | None = None, ranges: dict | None = None, text: str | None = None,
                       order_by: str | None = None, descending: bool = False,
                       audience: str | None = None):
    """Show the export dialog for a list as it is filtered and shown; returns it.
    `columns` are field names (bookkeeping ones such as updated_at too), in the list's order."""
    from .export_dialog import ExportDialog

    dialog = ExportDialog(vault, table, columns=columns, filters=filters, ranges=ranges, text=text,
                          order_by=order_by, descending=descending, audience=audience, parent=parent)
    dialog.show()
    return dialog
