"""Moving records to the Trash and back, as undoable commands of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

class RecordCounts(QObject):
    """Counted nouns with their plural forms. (lupdate finds plurals only in tr() of a
    QObject class, not in QCoreApplication.translate.)"""

    def describe(self, table: str, count: int) -> str:
        if table == "persons":
            return self.tr("%n person(s)", "", count)
        if table == "organisations":
            return self.tr("%n organisation(s)", "", count)
        if table == "incidents":
            return self.tr("%n incident(s)", "", count)
        return str(count)

    def restore(self, count: int) -> str:
        return self.tr("restore %n record(s)", "", count)


def describe(table: str, count: int) -> str:
    """"3 incidents", in the user's language and with its plural."""
    return RecordCounts().describe(table, count)


class MoveToTrash(QUndoCommand):
    def __init__(self, session, table: str, ids: list[str]):
        super().__init__(QCoreApplication.translate("RecordActions", "move %1 to the Trash")
                         .replace("%1", describe(table, len(ids))))
        self.session, self.table, self.ids = session, table, list(ids)

    def redo(self) -> None:
        repo = self.session.vault.repo(self.table)
        with self.session.vault.transaction():
            for record_id in self.ids:
                repo.delete(record_id)
        self.session.notify(self.table)

    def undo(self) -> None:
        _restore(self.session, self.table, self.ids)


class RestoreFromTrash(QUndoCommand):
    def __init__(self, session, items: list[tuple[str, str]]):
        super().__init__(RecordCounts().restore(len(items)))
        self.session, self.items = session, list(items)

    def redo(self) -> None:
        for table in sorted({t for t, _ in self.items}):
            _restore(self.session, table, [i for t, i in self.items if t == table])

    def undo(self) -> None:
        vault = self.session.vault
        with vault.transaction():
            for table, record_id in self.items:
                vault.repo(table).delete(record_id)
        for table in sorted({t for t, _ in self.items}):
            self.session.notify(table)


def _restore(session, table: str, ids: list[str]) -> None:
    repo = session.vault.repo(table)
    with session.vault.transaction():
        for record_id in ids:
            repo.restore(record_id)
    session.notify(table)
