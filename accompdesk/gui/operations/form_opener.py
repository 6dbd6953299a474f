"""Open operations forms (volunteer, accompaniment, alert, check-in schedule): one window
per record, kept as encrypted drafts at lock and brought back at unlock, like the
window's own forms. The window's form manager knows only its own tables; this one
does the same for these, beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...domain.records import ALL_TYPES, Record, new_id

OBJECT_NAME = "operationsForms"
TABLES = ("volunteers", "accompaniments", "alerts", "checkin_schedules")


def form_classes() -> dict:
    from .record_forms import FORMS

    return FORMS


class OperationsForms(QObject):
    def __init__(self, host):
        super().__init__(host)
        self.setObjectName(OBJECT_NAME)
        self.host = host
        self.session = host.session
        self.open_forms: dict[tuple[str, str], object] = {}
        self.session.locking.connect(self.keep_drafts_and_close)
        self.session.unlocked.connect(self.restore_drafts)

    def open_new(self, table: str, record: Record | None = None):
        """A new record; `record` may come pre-filled (a day and volunteer of the plan)."""
        if record is None:
            record = ALL_TYPES[table](id=new_id())
            if table == "alerts":  # an alert is recorded as it is raised
                from ...vault.roster import office_now, office_zone

                record.activated_at = office_now(office_zone(self.session.vault))
        if not record.id:
            record.id = new_id()  # a draft of the unsaved record needs a stable name
        return self._show(self._make(table, record, True))

    def open_record(self, table: str, record_id: str):
        existing = self.open_forms.get((table, record_id))
        if existing is not None:
            return self._show(existing)
        return self._show(self._make(table, self.session.vault.repo(table).get(record_id), False))

    def open_any(self, table: str, record_id: str) -> None:
        """Operations records here; anything else where the window opens it."""
        if table in TABLES:
            self.open_record(table, record_id)
        elif hasattr(self.host, "open_record"):
            self.host.open_record(table, record_id)

    def _make(self, table: str, record: Record, is_new: bool):
        form = form_classes()[table](self.session, record, is_new=is_new, parent=self._parent_window())
        key = (table, record.id)
        self.open_forms[key] = form
        form.closed.connect(lambda _form, key=key: self.open_forms.pop(key, None))
        form.moved_to_trash.connect(self._trash)
        form.open_requested.connect(self.open_any)
        document = getattr(form, "alert_document_requested", None)
        if document is not None and hasattr(self.host, "show_alert_document"):
            document.connect(self.host.show_alert_document)
        return form

    def _parent_window(self):
        return self.host if hasattr(self.host, "isWindow") else None

    @staticmethod
    def _show(form):
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def _trash(self, table: str, record_id: str) -> None:
        if hasattr(self.host, "move_to_trash"):
            self.host.move_to_trash(table, [record_id])
        else:
            self.session.vault.repo(table).delete(record_id)
            self.session.notify(table)

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
        from ...vault.drafts import drafts

        restored = 0
        for draft in drafts(self.session.vault):
            if draft.form not in TABLES or not draft.record_id:
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
        return restored


def operations_forms(host) -> OperationsForms:
    """The host's operations form opener, made on first use; restores drafts if the vault is open."""
    found = host.findChild(OperationsForms, OBJECT_NAME)
    if found is None:
        found = OperationsForms(host)
        if host.session.is_unlocked:
            found.restore_drafts()
    return found
