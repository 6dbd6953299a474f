"""Re-parenting authorities as an undoable step of the window: a drop in the tree is
easy to make by mistake, so the notice that confirms it offers Undo."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand


class Reparent(QUndoCommand):
    def __init__(self, session, before: list[tuple[str, str | None]], superior_id: str | None):
        from ...common.chain.text import plural_texts

        super().__init__(plural_texts().move_authorities(len(before)))
        self.session, self.before, self.superior_id = session, list(before), superior_id
        self._done = True  # the drop already made the change; the first redo() does nothing

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply([(aid, self.superior_id) for aid, _old in self.before])

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, pairs: list[tuple[str, str | None]]) -> None:
        vault = self.session.vault
        with vault.transaction():
            for authority_id, superior_id in pairs:
                record = vault.authorities.get(authority_id)
                record.superior_id = superior_id
                vault.authorities.update(record)
        self.session.notify("authorities")
