"""The meeting form: the Designer layout bound like every record form, plus the lists of
officials, volunteers, incidents, persons and organisations, and the commitments made.

The shared binder has no widget for a plain list of links, so this form binds those
lists itself and gives each change to the same undo stack and drafts as every field.
"""

from __future__ import annotations


from PySide6.QtCore import Signal

from ....domain import codec
from ....domain.records import Commitment, Meeting, new_id
from ...common import i18n
from ...common.chain.record_forms import ChainRecordForm
from .ui.ui_meeting_form import Ui_MeetingForm
from ....domain import clock

LINKS = {"officials": "officials_list", "volunteers": "volunteers_list", "incidents": "incidents_list",
         "persons": "persons_list", "organisations": "organisations_list"}


class MeetingForm(ChainRecordForm):
    TABLE = "meetings"
    UI_CLASS = Ui_MeetingForm
    open_requested = Signal(str, str)  # table, id: a record to show in its own form
    new_requested = Signal(str, object)  # table, the record to start from (a commitment, an official…)

    def __init__(self, session, record: Meeting, *, is_new: bool, parent=None):
        self._links: dict[str, object] = {}
        self._link_values: dict[str, list[str]] = {}
        super().__init__(session, record, is_new=is_new, parent=parent)
        ui, language = self.ui, i18n.language()
        for name, widget_name in LINKS.items():
            editor = getattr(ui, widget_name)
            spec = self.binder.specs[name]
            getattr(ui, f"{name}_label").setText(spec.label(language))
            editor.setAccessibleName(spec.label(language))
            editor.configure(session) if name == "officials" else editor.configure(session, spec.target)
            editor.value_changed.connect(lambda name=name: self._link_edited(name))
            if name != "officials":
                editor.open_requested.connect(self.open_requested)
            self._links[name] = editor
        ui.officials_list.new_official_requested.connect(self._new_official)
        ui.commitments.configure(session)
        ui.commitments.add_requested.connect(self.add_commitment)
        ui.commitments.open_requested.connect(self.open_requested)
        ui.plan_next_button.clicked.connect(self.plan_next)
        self.binder.edited.connect(lambda _name, _old, _new: self._update_context())
        self._load_links(record)
        ui.commitments.set_meeting(None if is_new else record.id)
        self.saved.connect(lambda _table, record_id: ui.commitments.set_meeting(record_id))

    def noun(self) -> str:
        return self.tr("Meeting")

    def new_title(self) -> str:
        return self.tr("New meeting")

    # -- the lists of links ---------------------------------------------------------------

    def _load_links(self, record: Meeting) -> None:
        for name, editor in self._links.items():
            editor.set_value(list(getattr(record, name)))
            self._link_values[name] = list(getattr(record, name))
        self._update_context()

    def _update_context(self) -> None:
        self.ui.officials_list.set_context(self.binder.value("authority_id"), self.binder.value("held_on"))

    def _link_edited(self, name: str) -> None:
        old, new = self._link_values[name], self._links[name].value()
        if old != new:
            self._link_values[name] = list(new)
            self._edited(name, old, new)

    def apply_field(self, name: str, value) -> None:
        if name not in self._links:
            super().apply_field(name, value)
            self._update_context()
            return
        self._links[name].set_value(list(value))
        self._link_values[name] = list(value)
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(self._links[name]):
                tabs.setCurrentIndex(i)
        self._links[name].setFocus()
        self._touched.add(name)
        self._validate_timer.start()

    def current_record(self) -> Meeting:
        record = super().current_record()
        for name, editor in self._links.items():
            setattr(record, name, editor.value())
        return record

    def draft_payload(self) -> dict:
        payload = super().draft_payload()
        for name, editor in self._links.items():
            payload["values"][name] = codec.to_text(self.binder.specs[name], editor.value())
        return payload

    def apply_draft(self, payload: dict, draft_id: str) -> None:
        super().apply_draft(payload, draft_id)
        values = payload.get("values") or {}
        for name, editor in self._links.items():
            if name in values:
                try:
                    ids = codec.from_text(self.binder.specs[name], values[name])
                except codec.FieldValueError:
                    continue
                editor.set_value(ids)
                self._link_values[name] = list(ids)
        self._update_context()

    # -- what a meeting starts --------------------------------------------------------------

    def add_commitment(self) -> None:
        """A commitment belongs to a saved meeting: save this one first, then start it."""
        if (self.is_new or self.is_dirty) and not self.save():
            return
        self.new_requested.emit("commitments", Commitment(id=new_id(), meeting_id=self.record.id))

    def _new_official(self, authority_id: str) -> None:
        from ....domain.records import Official

        self.new_requested.emit("officials", Official(id=new_id(), authority_id=authority_id))

    def plan_next(self) -> None:
        """A planned meeting with the same authority and subjects, following this one."""
        if (self.is_new or self.is_dirty) and not self.save():
            return
        current = self.record
        day = current.next_meeting_on
        planned = Meeting(id=new_id(), held_on=day if day and day >= clock.today() else None,
                          authority_id=current.authority_id, place=current.place, status="planned",
                          purpose=self.tr("Follow-up: %1").replace("%1", current.purpose)[:300],
                          incidents=list(current.incidents), persons=list(current.persons),
                          organisations=list(current.organisations), follows_meeting_id=current.id)
        self.new_requested.emit("meetings", planned)
