"""Open chain forms (authority, official, meeting, commitment): one window per record,
kept as encrypted drafts at lock and brought back at unlock, like the other forms.

The window's own form manager knows only the forms of the office-window package;
this one does the same for these four, beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...domain.records import ALL_TYPES, Record, new_id

OBJECT_NAME = "chainForms"


def form_classes() -> dict:
    from .meeting_form import MeetingForm
    from .record_forms import AuthorityForm, CommitmentForm, OfficialForm

    return {f.TABLE: f for f in (AuthorityForm, OfficialForm, MeetingForm, CommitmentForm)}


TABLES = ("authorities", "officials", "meetings", "commitments")


class ChainForms(QObject):
    def __init__(self, host):
        super().__init__(host)
        self.setObjectName(OBJECT_NAME)
        self.host = host
        self.session = host.session
        self.open_forms: dict[tuple[str, str], object] = {}
        self.session.locking.connect(self.keep_drafts_and_close)
        self.session.unlocked.connect(self.restore_drafts)

    # -- opening --------------------------------------------------------------------------

    def open_new(self, table: str, record: Record | None = None):
        """A new record; `record` may come pre-filled (the next step of a ladder, a planned meeting)."""
        record = record if record is not None else ALL_TYPES[table](id=new_id())
        if not record.id:
            record.id = new_id()  # a draft of the unsaved record needs a stable name
        form = self._make(table, record, True)
        self._show(form)
        return form

    def open_record(self, table: str, record_id: str):
        existing = self.open_forms.get((table, record_id))
        if existing is not None:
            self._show(existing)
            return existing
        form = self._make(table, self.session.vault.repo(table).get(record_id), False)
        self._show(form)
        return form

    def open_any(self, table: str, record_id: str) -> None:
        """Chain records here; anything else (incidents, persons) where the window opens it."""
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
        for name in ("open_requested",):
            signal = getattr(form, name, None)
            if signal is not None:
                signal.connect(self.open_any)
        new_requested = getattr(form, "new_requested", None)
        if new_requested is not None:
            new_requested.connect(self.open_new)
        return form

    def _parent_window(self):
        return self.host if hasattr(self.host, "isWindow") else None

    def _show(self, form) -> None:
        form.show()
        form.raise_()
        form.activateWindow()

    def _trash(self, table: str, record_id: str) -> None:
        if hasattr(self.host, "move_to_trash"):
            self.host.move_to_trash(table, [record_id])
        else:
            self.session.vault.repo(table).delete(record_id)
            self.session.notify(table)

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
        if restored and hasattr(self.host, "notify"):
            self.host.notify(self.tr("%n unsaved form(s) of the chain of command came back as typed.", "",
                                     restored))
        return restored


def chain_forms(host) -> ChainForms:
    """The host's chain form opener, made on first use; restores drafts if the vault is open."""
    from . import translations

    translations.ensure()  # a chain form may open (from a search) before any chain area
    found = host.findChild(ChainForms, OBJECT_NAME)
    if found is None:
        found = ChainForms(host)
        if host.session.is_unlocked:
            found.restore_drafts()
    return found
