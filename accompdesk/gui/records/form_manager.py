"""Open form windows: one per record, kept as drafts at lock and brought back at unlock."""

from __future__ import annotations

from PySide6.QtCore import QObject

# The record types (dataclasses, slow to build) load at the first form, after the unlock,
# so that the unlock window comes up sooner.


class FormManager(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.open_forms: dict[tuple[str, str], object] = {}

    def _make(self, table: str, record, is_new: bool):
        from .forms import FORMS

        form = FORMS[table](self.session, record, is_new=is_new, parent=self.window_)
        key = (table, record.id)
        self.open_forms[key] = form
        form.closed.connect(lambda _form, key=key: self.open_forms.pop(key, None))
        form.moved_to_trash.connect(lambda t, i: self.window_.move_to_trash(t, [i]))
        return form

    def open_new(self, table: str):
        from .forms import FORMS

        if table not in FORMS:
            return None
        from ...domain.records import ALL_TYPES, new_id

        # The id is chosen now, so that a draft of the unsaved record has a stable name.
        record = ALL_TYPES[table](id=new_id())
        form = self._make(table, record, True)
        self._show(form)
        return form

    def open_record(self, table: str, record_id: str):
        from .forms import FORMS

        if table not in FORMS:
            return None
        existing = self.open_forms.get((table, record_id))
        if existing is not None:
            self._show(existing)
            return existing
        record = self.session.vault.repo(table).get(record_id)
        form = self._make(table, record, False)
        self._show(form)
        return form

    def _show(self, form) -> None:
        form.show()
        form.raise_()
        form.activateWindow()

    def keep_drafts_and_close(self) -> None:
        """Called while the vault is still open, just before it locks."""
        for form in list(self.open_forms.values()):
            if form.is_dirty:
                try:
                    form.keep_draft()
                except Exception:  # noqa: BLE001 - locking must not be stopped by a draft
                    pass
            form.close_silently()
        self.open_forms.clear()

    def restore_drafts(self) -> int:
        from ...domain.records import ALL_TYPES, new_id
        from ...vault.drafts import drafts
        from .forms import FORMS

        restored = 0
        for draft in drafts(self.session.vault):
            if draft.form not in FORMS or not draft.record_id:
                continue
            repo = self.session.vault.repo(draft.form)
            is_new = bool(draft.payload.get("new")) or not repo.exists(draft.record_id, include_deleted=False)
            if is_new:
                record = ALL_TYPES[draft.form](id=draft.record_id)
                if repo.exists(draft.record_id):
                    record.id = new_id()  # the record went to the Trash meanwhile: keep both
            else:
                record = repo.get(draft.record_id)
            form = self._make(draft.form, record, is_new)
            form.apply_draft(draft.payload, draft.id)
            self._show(form)
            restored += 1
        return restored
