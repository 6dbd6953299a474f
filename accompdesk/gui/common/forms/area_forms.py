"""Record forms: one window per record, kept as encrypted drafts at lock and brought back
at unlock. The window's own forms and each area's (the chain of command, operations)
name their form classes; the rest is here."""

from __future__ import annotations

from PySide6.QtCore import QObject

# The record types (dataclasses, slow to build) load at the first form, after the unlock,
# so that the unlock window comes up sooner.


class AreaForms(QObject):
    OBJECT_NAME = ""

    def __init__(self, host, *, follow_session: bool = True):
        """`follow_session`: keep drafts at lock and restore them at unlock by itself
        (the window calls those for its own forms, to tell the person what came back)."""
        super().__init__(host)
        self.setObjectName(self.OBJECT_NAME)
        self.host = host
        self.session = host.session
        self.open_forms: dict[tuple[str, str], object] = {}
        if follow_session:
            self.session.locking.connect(self.keep_drafts_and_close)
            self.session.unlocked.connect(self.restore_drafts)

    def form_classes(self) -> dict:
        """Table -> form class of the records this opener handles."""
        raise NotImplementedError

    # -- opening --------------------------------------------------------------------------

    def prefill(self, table: str, record) -> None:
        """Hook: what a brand-new record of `table` starts with."""

    def open_new(self, table: str, record=None):
        """A new record; `record` may come pre-filled (a ladder's next step, a day of the plan)."""
        from ....domain.records import ALL_TYPES, new_id

        if table not in self.form_classes():
            return None
        if record is None:
            record = ALL_TYPES[table](id=new_id())
            self.prefill(table, record)
        if not record.id:
            record.id = new_id()  # a draft of the unsaved record needs a stable name
        return self._show(self._make(table, record, True))

    def open_record(self, table: str, record_id: str):
        if table not in self.form_classes():
            return None
        existing = self.open_forms.get((table, record_id))
        if existing is not None:
            return self._show(existing)
        return self._show(self._make(table, self.session.vault.repo(table).get(record_id), False))

    def open_any(self, table: str, record_id: str) -> None:
        """This area's records here; anything else where the window opens it."""
        if table in self.form_classes():
            self.open_record(table, record_id)
        else:
            self.host.open_record(table, record_id)

    def connect_form(self, form) -> None:
        """Hook: the area's own signals of a form just made."""

    def _make(self, table: str, record, is_new: bool):
        form = self.form_classes()[table](self.session, record, is_new=is_new, parent=self._parent_window())
        key = (table, record.id)
        self.open_forms[key] = form
        form.closed.connect(lambda _form, key=key: self.open_forms.pop(key, None))
        form.moved_to_trash.connect(self._trash)
        signal = getattr(form, "open_requested", None)
        if signal is not None:
            signal.connect(self.open_any)
        self.connect_form(form)
        return form

    def _parent_window(self):
        return self.host

    @staticmethod
    def _show(form):
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _trash(self, table: str, record_id: str) -> None:
        self.host.move_to_trash(table, [record_id])

    # -- the lock -------------------------------------------------------------------------

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
        from ....domain.records import ALL_TYPES, new_id
        from ....vault.drafts import drafts

        restored = 0
        for draft in drafts(self.session.vault):
            if draft.form not in self.form_classes() or not draft.record_id:
                continue
            if any(key[1] == draft.record_id for key in self.open_forms):
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
        if restored:
            self.drafts_restored(restored)
        return restored

    def drafts_restored(self, count: int) -> None:
        """Hook: tell the person their unsaved forms came back."""
