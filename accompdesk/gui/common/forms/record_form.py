"""A record's form window: a Designer layout, bound to the record's fields.

Edits are undoable while the form is open; problems show next to their field as
soon as the field is left wrong (and all of them on Save); what was typed survives
a lock as an encrypted draft in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QWhatsThis, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget)

from ....domain import codec
from ....domain.records import Record
from ....domain.validation import ValidationError
from .. import i18n
from ..icons import icon
from ..messages import error_text, problem_text
from .binder import FieldBinder
from .undo import SetField

AUTOSAVE_MS = 60_000


class RecordForm(QWidget):
    TABLE = ""
    UI_CLASS: type | None = None

    saved = Signal(str, str)  # table, record id
    closed = Signal(object)
    moved_to_trash = Signal(str, str)

    def __init__(self, session, record: Record, *, is_new: bool, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.repo = session.vault.repo(self.TABLE)
        self.record = record
        self.is_new = is_new
        self.draft_id: str | None = None
        self._from_draft = False
        self._silent_close = False
        self._touched: set[str] = set()
        self._show_all = False

        self.body = QWidget(self)
        self.ui = self.UI_CLASS()
        self.ui.setupUi(self.body)
        self.undo_stack = QUndoStack(self)
        self.binder = FieldBinder(self.ui, type(record), session, i18n.language(), self)
        self.binder.edited.connect(self._edited)
        attachments = getattr(self.ui, "attachments", None)
        if attachments is not None:
            attachments.configure(session, self.TABLE)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.hide()

        self.undo_button = self._tool_button("undo", self.tr("Undo"), self.undo_stack.undo)
        self.redo_button = self._tool_button("redo", self.tr("Redo"), self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("Undo %1").replace("%1", text) if text else ""))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_button.setToolTip(self.tr("Redo %1").replace("%1", text) if text else ""))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.trash_button = QPushButton(icon("trash"), self.tr("Move to Tras&h"), self)
        self.trash_button.clicked.connect(self.move_to_trash)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.close)
        self.save_button = QPushButton(icon("save"), self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        # Shift+F1, or this button and then a field, explains the fields that have help.
        self.whats_this_button = QToolButton(self)
        self.whats_this_button.setDefaultAction(QWhatsThis.createAction(self))
        self.whats_this_button.setAutoRaise(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.whats_this_button)
        buttons.addStretch(1)
        buttons.addWidget(self.trash_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self._install_shortcuts()
        self._assign_mnemonics()
        self._validate_timer = QTimer(self, singleShot=True, interval=300)
        self._validate_timer.timeout.connect(self.validate)
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._autosave_draft)
        self._autosave.start()

        self.binder.load(record)
        if attachments is not None:
            attachments.set_owner(None if is_new else record.id)
        self._update_title()
        self.resize(720, 600)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """A subclass's own strings, else RecordForm's: Qt's tr() looks only under the
        subclass's name (IncidentForm), where the strings of this class are not."""
        # (Not the empty context: Qt reads that as "any context".)
        untranslated = QCoreApplication.translate("RecordForm:untranslated", text, disambiguation, n)
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if translated != untranslated or cls is RecordForm:
                return translated
        return untranslated

    # -- building -----------------------------------------------------------------------

    def _tool_button(self, icon_name: str, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setAccessibleName(text)
        button.setToolTip(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _assign_mnemonics(self) -> None:
        # Alt+S saves and Alt+H moves to the Trash; the buttons outside the tabs and the
        # tabs themselves answer on every page; the rest is free per tab, since only the
        # controls on the visible tab answer their letters.
        tabs = getattr(self.ui, "tabs", None)
        window_wide = {"s", "h"}
        for button in self.findChildren(QAbstractButton):
            if tabs is None or not tabs.isAncestorOf(button):
                window_wide |= _letters(button.text())
        if tabs is None:
            _repick_buttons(self.findChildren(QAbstractButton), set(window_wide))
            self.binder.assign_mnemonics(set(window_wide))
            return
        for i in range(tabs.count()):
            text = _repick(tabs.tabText(i), window_wide)
            tabs.setTabText(i, text)
            window_wide |= _letters(text)
        for i in range(tabs.count()):
            page = tabs.widget(i)
            taken = set(window_wide)
            _repick_buttons(page.findChildren(QAbstractButton), taken)
            names = [n for n, b in self.binder.bindings.items() if page.isAncestorOf(b.widget)]
            self.binder.assign_mnemonics(taken, names)

    def _install_shortcuts(self) -> None:
        from PySide6.QtGui import QAction

        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Cancel, self.close)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Text fields keep Ctrl+Z for themselves; they hand it to the form's stack instead,
        # so one undo history covers every field.
        for editor in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit) + \
                self.findChildren(QAbstractSpinBox):
            editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                               (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
                if event.matches(keys):
                    event.accept()
                    if kind == QEvent.Type.KeyPress:
                        slot()
                    return True
        return super().eventFilter(watched, event)

    # -- titles -------------------------------------------------------------------------

    def noun(self) -> str:
        raise NotImplementedError

    def new_title(self) -> str:
        raise NotImplementedError

    def _update_title(self) -> None:
        title = self.record.title if not self.is_new else self.new_title()
        self.heading.setText(title if not self.is_new else self.new_title())
        self.setWindowTitle(f"{'*' if self.is_dirty else ''}{title} — {self.noun()}")
        self.trash_button.setVisible(not self.is_new)

    # -- editing ------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._from_draft or not self.undo_stack.isClean()

    def _edited(self, name: str, old, new) -> None:
        label = self.binder.specs[name].label(i18n.language())
        self.undo_stack.push(SetField(self, name, old, new, label))
        self._touched.add(name)
        self._validate_timer.start()
        self._update_title()

    def apply_field(self, name: str, value) -> None:
        """Undo and redo: set the field, and show where it is."""
        self.binder.apply(name, value)
        self.reveal(name)
        self._touched.add(name)
        self._validate_timer.start()
        # Called by undo and redo while the stack moves; the title follows on the next turn.
        QTimer.singleShot(0, self, self._update_title)

    def current_record(self) -> Record:
        return self.binder.record(self.record)

    def validate(self) -> list[tuple[str | None, str]]:
        """Show problems next to their fields: the touched ones, or all after a Save."""
        self._validate_timer.stop()
        try:
            found = self.repo.problems(self.current_record())
        except Exception as exc:  # noqa: BLE001 - shown, never raised out of a timer
            found = []
            self.summary.setText(error_text(exc))
        problems: dict[str, str] = {}
        unplaced: list[str] = []
        for problem in found:
            name = self.binder.field_for_problem(problem.field)
            message = problem_text(problem.message)
            if name is None:
                unplaced.append(f"{problem.field}: {message}")
            elif name not in problems:
                problems[name] = self.binder.named(name, message)
        for name, message in self.form_problems().items():
            if name in self.binder.bindings and name not in problems:
                problems[name] = self.binder.named(name, message)
        # Text that is not a date beats what the record then lacks; the field says it beside itself.
        typed = self.binder.typing_problems()
        problems.update(typed)
        for name in self.binder.bindings:
            shown = name in problems and name not in typed and (self._show_all or name in self._touched)
            self.binder.show_problem(name, problems[name] if shown else None)
        if self._show_all and (problems or unplaced):
            text = self.tr("%n problem(s) to fix before saving; each is marked below its field.", "",
                           len(problems) + len(unplaced))
            if unplaced:
                text += " " + " ".join(unplaced)
            self.summary.setText(text)
            self.summary.show()
        else:
            self.summary.hide()
        return [(n, m) for n, m in problems.items()] + [(None, m) for m in unplaced]

    def form_problems(self) -> dict[str, str]:
        """Hook: problems the form finds against the rest of the vault (a taken alias), by field."""
        return {}

    # -- saving -------------------------------------------------------------------------

    def save(self) -> bool:
        self._show_all = True
        problems = self.validate()
        if problems:
            if problems[0][0] is not None:
                self.reveal(problems[0][0])
            return False
        record = self.current_record()
        try:
            stored = self.repo.add(record) if self.is_new else self.repo.update(record)
        except ValidationError:
            self.validate()
            return False
        except Exception as exc:  # noqa: BLE001 - one sentence, the form stays as typed
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        was_new = self.is_new
        self.record, self.is_new = stored, False
        self.binder.load(stored)
        self.undo_stack.setClean()
        self._from_draft = False
        self._discard_draft()
        if was_new and getattr(self.ui, "attachments", None) is not None:
            self.ui.attachments.set_owner(stored.id)
        self._update_title()
        self.session.notify(self.TABLE)
        self.saved.emit(self.TABLE, stored.id)
        return True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.is_new and not getattr(self, "_shown_once", False):
            self._shown_once = True
            first = next((n for n, b in self.binder.bindings.items() if b.widget.isEnabled()), None)
            if first is not None:
                self.reveal(first)  # a new record starts where typing starts

    def reveal(self, name: str) -> None:
        """Show the field's tab and put the cursor in it."""
        widget = self.binder.bindings[name].widget
        tabs = getattr(self.ui, "tabs", None)
        if tabs is not None:
            for i in range(tabs.count()):
                if tabs.widget(i).isAncestorOf(widget):
                    tabs.setCurrentIndex(i)
        widget.setFocus()

    def move_to_trash(self) -> None:
        if self.is_new:
            return
        self._silent_close = True
        self._discard_draft()
        self.moved_to_trash.emit(self.TABLE, self.record.id)
        self.close()

    # -- drafts -------------------------------------------------------------------------

    def draft_payload(self) -> dict:
        values = self.binder.values()
        fields = self.binder.specs
        return {"new": self.is_new,
                "values": {name: codec.to_text(fields[name], value) for name, value in values.items()}}

    def apply_draft(self, payload: dict, draft_id: str) -> None:
        fields = self.binder.specs
        record = self.binder.record(self.record)
        for name, text in (payload.get("values") or {}).items():
            if name in fields:
                try:
                    setattr(record, name, codec.from_text(fields[name], text))
                except codec.FieldValueError:
                    continue  # a value the form cannot show any more is left as it was
        self.binder.load(record)
        self.draft_id = draft_id
        self._from_draft = True
        self._update_title()

    def keep_draft(self) -> None:
        from ....vault.drafts import save_draft

        draft = save_draft(self.session.vault, self.TABLE, self.draft_payload(), self.record.id)
        self.draft_id = draft.id

    def _autosave_draft(self) -> None:
        if self.is_dirty and self.session.is_unlocked:
            try:
                self.keep_draft()
            except Exception:  # noqa: BLE001 - the next lock tries again; typing goes on
                pass

    def _discard_draft(self) -> None:
        if self.draft_id and self.session.is_unlocked:
            from ....vault.drafts import discard_draft

            discard_draft(self.session.vault, self.draft_id)
        self.draft_id = None

    # -- closing ------------------------------------------------------------------------

    def close_silently(self) -> None:
        self._silent_close = True
        self.close()

    def closeEvent(self, event) -> None:
        if not self._silent_close and self.is_dirty:
            answer = QMessageBox.question(
                self, self.tr("Save the changes?"),
                self.tr("“%1” has changes that are not saved.").replace(
                    "%1", self.record.title if not self.is_new else self.new_title()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or \
                    (answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self._discard_draft()
        elif not self._silent_close:
            self._discard_draft()
        self._autosave.stop()
        self.closed.emit(self)
        super().closeEvent(event)


def _letters(text: str) -> set[str]:
    """The Alt+letter of a control's text, if it has one."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return {plain[at + 1].casefold()} if 0 <= at < len(plain) - 1 else set()


def _repick(text: str, taken: set[str]) -> str:
    """`text` with an Alt+letter not in `taken`: its own if free, else its first free letter."""
    own = _letters(text)
    if own and not own & taken:
        return text
    plain = text.replace("&", "")
    for i, ch in enumerate(plain):
        if ch.isalpha() and ch.casefold() not in taken:
            return plain[:i] + "&" + plain[i:]
    return plain


def _repick_buttons(buttons, taken: set[str]) -> None:
    for button in buttons:
        if not button.text():
            continue
        text = _repick(button.text(), taken)
        if text != button.text():
            button.setText(text)
        taken |= _letters(text)
