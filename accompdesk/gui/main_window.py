"""The office window: unlock page while locked, the workspace while unlocked.

Locking (Ctrl+L, the menu, or idle time) lets open forms keep what was typed as
encrypted drafts, closes the vault and destroys every widget that showed a record;
the window then shows only the unlock page.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QLabel, QLineEdit, QMainWindow, QStackedWidget,
                               QToolBar, QWidget)

from .common import i18n
from .areas import AREAS
from .common.icons import icon
from .idle import IdleWatcher
from .common.settings import IDLE_LOCK_MINUTES
from .dialogs.unlock import UnlockPage, default_backoff


# PySide6 builds every enum of Qt's own namespace (Qt.Key, Qt.ToolButtonStyle, … about 90
# of them) the first time any is touched, and that was a tenth of the time to the unlock
# window. So the locked window touches none: two values are set by property name (a test
# reads them back as the enums meant), and shortcuts go through setShortcuts(), which,
# unlike setShortcut(), does not make PySide6 look at Qt.Key.
WIDGET_SHORTCUT = 0  # Qt.ShortcutContext.WidgetShortcut
TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon

# What the unlock loads, loaded while the passphrase is typed (one module an event-loop
# turn, so no keystroke waits for it), so that the wait after Enter is the key
# derivation's own. None of it is needed to show the locked window.
PREPARE = ("accompdesk.vault.store", "cryptography.hazmat.primitives.kdf.argon2",
           "cryptography.hazmat.primitives.ciphers.aead", "accompdesk.vault.derived_keys",
           "accompdesk.vault.settings", "accompdesk.vault.drafts", "accompdesk.gui.workspace",
           "accompdesk.gui.common.record_list", "accompdesk.gui.dialogs.backup_reminder",
           "accompdesk.gui.common.worker", "accompdesk.gui.common.messages",
           "accompdesk.gui.record_actions")
PREPARE_AFTER_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, session, settings, *, opener=None, backoff=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self._opener = opener
        self._backoff = backoff
        self.workspace = None
        from .dialogs.safety_actions import SafetyActions

        self.safety = SafetyActions(self, session, settings)
        self.undo_stack = QUndoStack(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle.counting.connect(self._warn_of_lock)
        self.idle.resumed.connect(self._lock_called_off)

        from .common.forms.form_manager import FormManager

        self.forms = FormManager(self)
        self.central = QStackedWidget(self)
        self.setCentralWidget(self.central)
        self.unlock_page: UnlockPage | None = None
        self._build_unlock_page()

        self.user_label = QLabel(self)
        self.vault_label = QLabel(self)
        self.lock_label = QLabel(self)
        for label in (self.user_label, self.vault_label, self.lock_label):
            self.statusBar().addPermanentWidget(label)
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_box.setMinimumWidth(260)
        self.search_box.returnPressed.connect(self.search_now)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.search_now)
        self.search_box.textEdited.connect(lambda _t: self._search_timer.start())
        into_results = QAction(self.search_box)
        into_results.setShortcuts([QKeySequence("Down")])
        into_results.setProperty("shortcutContext", WIDGET_SHORTCUT)
        into_results.triggered.connect(self.enter_search_results)
        self.search_box.addAction(into_results)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        self.addToolBar(self.toolbar)
        self._build_chrome()

        session.unlocked.connect(self._on_unlocked)
        session.locking.connect(self.forms.keep_drafts_and_close)
        session.locked.connect(self._on_locked)
        session.changed.connect(lambda _t: self._update_state())
        self.setWindowIcon(icon("app"))
        from .common.operations import areas as operations

        operations.watch_checkins(self)  # a missed check-in shows whatever area is open
        geometry = settings.layout("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        self._fit_to_screen()
        self._update_state()
        self._to_prepare = list(PREPARE)
        self._preparing = QTimer(self, singleShot=True, interval=PREPARE_AFTER_MS)
        self._preparing.timeout.connect(self._prepare_unlock)
        self._preparing.start()

    def _prepare_unlock(self) -> None:
        if self.session.is_unlocked or not self._to_prepare:
            return
        import importlib

        importlib.import_module(self._to_prepare.pop(0))
        self._preparing.start(0)

    # -- building -----------------------------------------------------------------------

    def _build_unlock_page(self) -> None:
        old = self.unlock_page
        opener, backoff = self._opener, self._backoff
        if opener is None:
            # Counts failed attempts per staff member in a file beside the vault, so
            # that restarting the program does not reset the wait.
            from .dialogs.unlock_attempts import AttemptsOpener

            opener = AttemptsOpener(self.session.path)
            backoff = backoff or opener.backoff
        self.unlock_page = UnlockPage(self.session.path, self, opener=opener,
                                      backoff=backoff or default_backoff)
        self.unlock_page.opened.connect(self.session.unlock_with)
        self.unlock_page.failed.connect(self._unlock_failed)
        self.central.insertWidget(0, self.unlock_page)
        if old is not None:
            self.central.removeWidget(old)
            old.deleteLater()

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        return action

    def _build_chrome(self) -> None:
        """Menus and toolbar; built again when the language changes."""
        self.menuBar().clear()
        self.toolbar.clear()
        SK = QKeySequence.StandardKey
        self.new_incident_action = self._action(self.tr("New &incident"), lambda: self.new_record("incidents"),
                                                QKeySequence(SK.New), "incident")
        self.new_person_action = self._action(self.tr("New &person"), lambda: self.new_record("persons"),
                                              QKeySequence("Ctrl+Shift+P"), "person")
        self.new_organisation_action = self._action(self.tr("New &organisation"),
                                                    lambda: self.new_record("organisations"),
                                                    QKeySequence("Ctrl+Shift+O"), "organisation")
        self.lock_action = self._action(self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"), "lock")
        self.lock_action.setToolTip(self.tr("Lock the window (Ctrl+L)"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence(SK.Quit))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(SK.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(SK.Redo)
        self.redo_action.setIcon(icon("redo"))
        self.find_action = self._action(self.tr("&Find in the whole vault"), self.focus_search,
                                        QKeySequence(SK.Find), "search")
        self.preferences_action = self._action(self.tr("Pre&ferences…"), self.show_preferences,
                                               [QKeySequence(SK.Preferences), QKeySequence("Ctrl+,")],
                                               "preferences")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.export_action = self._action(self.tr("&Export the current list…"), self.export_current_list,
                                          None, "export")
        self.import_action = self._action(self.tr("&Import a spreadsheet…"), self.import_spreadsheet)
        self.duplicates_action = self._action(self.tr("Possible &duplicates"),
                                              lambda: self.show_area("duplicates"))
        self.about_action = self._action(self.tr("&About AccompDesk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_incident_action, self.new_person_action, self.new_organisation_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.duplicates_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.area_actions = []
        for number, area in enumerate(AREAS, start=1):
            action = self._action(area.title, lambda _c=False, k=area.key: self.show_area(k),
                                  area_shortcut(number), area.icon)
            view_menu.addAction(action)
            self.area_actions.append(action)

        self.safety.retranslate()
        self.safety.add_to(self.menuBar().addMenu(self.tr("Va&ult")))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide,
                                         QKeySequence(QKeySequence.StandardKey.HelpContents), None)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

        self.toolbar.addAction(self.new_incident_action)
        self.toolbar.addAction(self.new_person_action)
        self.toolbar.addSeparator()
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_box.setPlaceholderText(self.tr("Search the whole vault (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search the whole vault"))
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addAction(self.lock_action)
        self._update_state()

    # -- lock state ---------------------------------------------------------------------

    @property
    def vault_actions(self) -> list[QAction]:
        return [self.new_incident_action, self.new_person_action, self.new_organisation_action,
                self.lock_action, self.find_action, self.import_action, self.duplicates_action,
                *self.area_actions]

    def _update_state(self) -> None:
        unlocked = self.session.is_unlocked
        for action in self.vault_actions:
            action.setEnabled(unlocked)
        self.search_box.setEnabled(unlocked)
        self.export_action.setEnabled(unlocked and self._current_list() is not None)
        name = os.path.basename(self.session.path)
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", name))
        self.vault_label.setToolTip(self.session.path)
        if unlocked:
            vault = self.session.vault
            from ..domain.vocab import USER_ROLE

            self.user_label.setText(self.tr("%1 (%2)").replace("%1", vault.user)
                                    .replace("%2", USER_ROLE.label(vault.role, i18n.language())))
            self.lock_label.setText(self.tr("Unlocked"))
            self.setWindowTitle(self.tr("AccompDesk — %1").replace("%1", name))
        else:
            self.user_label.setText("")
            self.lock_label.setText(self.tr("Locked"))
            self.setWindowTitle(self.tr("AccompDesk — locked"))

    def lock(self) -> None:
        from .common.worker import HOLD_OFF_LOCK, running_kinds

        if HOLD_OFF_LOCK.intersection(running_kinds()):
            # Not now: the lock waits for the next idle spell once the job has ended.
            self.idle.restart()
            self.notify(self.tr("AccompDesk stays unlocked while the vault is re-encrypted, until "
                                "its new recovery key is kept. Lock it then."))
            return
        self.session.lock()

    def _on_unlocked(self) -> None:
        from .workspace import Workspace

        self.workspace = Workspace(self, self.central)
        self.workspace.area_changed.connect(lambda _key: self._update_state())
        self.central.addWidget(self.workspace)
        last = self.settings.layout("main/area")
        # The area first: shown with no current row, the navigation would build the first
        # area (Defenders) on the way, for nothing.
        self.workspace.show_area(last if last in {a.key for a in AREAS} else "incidents")
        self.central.setCurrentWidget(self.workspace)
        self.idle.set_minutes(self.settings.get(IDLE_LOCK_MINUTES))
        self._update_state()
        restored = self.forms.restore_drafts()
        if restored:
            self.notify(self.tr("%n unsaved form(s) came back as you left them.", "", restored))
        else:
            self.safety.check_backup_reminder()

    def _on_locked(self) -> None:
        self.idle.stop()
        self.undo_stack.clear()
        self._search_timer.stop()
        self.search_box.clear()
        if self.workspace is not None:
            self.settings.set_layout("main/area", self.workspace.current_area or "incidents")
            self.workspace.save_layout()
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        # A new page: the vault may have moved (a restore), and nothing typed stays.
        self._build_unlock_page()
        self.central.setCurrentWidget(self.unlock_page)
        self.unlock_page.reset()
        self._update_state()

    def _unlock_failed(self, exc: BaseException) -> None:
        self.safety.unlock_failed(exc, self.session.path)

    # -- areas and records --------------------------------------------------------------

    def show_area(self, key: str) -> None:
        if self.workspace is not None:
            self.workspace.show_area(key)

    def show_alert_document(self, incident_id: str, alert_id: str = "") -> None:
        from .areas import reports

        reports.show_alert_document(self, incident_id, alert_id)

    def notify(self, text: str, action_text: str = "", action=None) -> None:
        if self.workspace is not None:
            self.workspace.notice.show_message(text, action_text, action)
        else:
            self.statusBar().showMessage(text, 8000)

    def new_record(self, table: str) -> None:
        if self.session.is_unlocked:
            self.forms.open_new(table)

    def edit_record(self, table: str, record_id: str) -> None:
        if self.session.is_unlocked and not _open_elsewhere(self, table, record_id):
            self.forms.open_record(table, record_id)

    def open_record(self, table: str, record_id: str) -> None:
        """A person opens on their page; other records in their form."""
        if not self.session.is_unlocked:
            return
        if table == "persons" and self.workspace is not None:
            self.workspace.view("person").show_person(record_id)
            self.workspace.show_area("person")
        elif not _open_elsewhere(self, table, record_id):
            self.forms.open_record(table, record_id)

    # -- spreadsheets in and out (the exchange package) ----------------------------------

    def _current_list(self):
        from .workspace import LIST_TABLES

        if self.workspace is None or self.workspace.current_area not in LIST_TABLES:
            return None
        return self.workspace.view(self.workspace.current_area)

    def export_current_list(self) -> None:
        view = self._current_list()
        if view is not None:
            self.export_list(view.table)

    def export_list(self, table: str) -> None:
        if self.workspace is None:
            return
        from .dialogs.exchange import open_export_dialog

        view = self.workspace.view(table)
        query = view.model.query
        order_by, descending = view.model.order
        dialog = open_export_dialog(self, self.session.vault, table, columns=view.shown_columns(),
                                    filters=query.filters or None, ranges=query.ranges or None,
                                    text=query.text or None, order_by=order_by, descending=descending)
        # Locking closes it; its close waits for an export being written to end.
        self.session.locking.connect(dialog.close)

    def import_spreadsheet(self) -> None:
        if not self.session.is_unlocked:
            return
        from .dialogs.exchange import open_import_wizard

        current = self._current_list()
        wizard = open_import_wizard(self, self.session.vault, table=current.table if current else None)
        wizard.imported.connect(lambda table, _count: self.session.notify(table))
        self.session.locking.connect(wizard.close)

    def move_to_trash(self, table: str, ids: list[str]) -> None:
        from .common.messages import error_text
        from .record_actions import MoveToTrash, describe

        try:
            self.undo_stack.push(MoveToTrash(self.session, table, ids))
        except Exception as exc:  # noqa: BLE001 - said in one sentence, nothing half-done
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Not moved to the Trash"), error_text(exc))
            return
        self.notify(self.tr("%1 moved to the Trash.").replace("%1", describe(table, len(ids))),
                    self.tr("&Undo"), self.undo_stack.undo)

    def restore_from_trash(self, items: list[tuple[str, str]]) -> None:
        from .common.messages import error_text
        from .record_actions import RestoreFromTrash

        try:
            self.undo_stack.push(RestoreFromTrash(self.session, items))
        except Exception as exc:  # noqa: BLE001
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Not restored"), error_text(exc))
            return
        self.notify(self.tr("%n record(s) restored.", "", len(items)), self.tr("&Undo"),
                    self.undo_stack.undo)

    # -- search -------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.session.is_unlocked:
            self.search_box.setFocus()
            self.search_box.selectAll()

    def search_now(self) -> None:
        self._search_timer.stop()
        if self.workspace is None:
            return
        text = self.search_box.text().strip()
        if not text:
            return
        view = self.workspace.view("search")
        view.search(text)
        self.workspace.show_area("search")

    def enter_search_results(self) -> None:
        """Down in the search box: search now if the pause has not run out, then move into
        the results, where Enter opens one."""
        if self._search_timer.isActive() or (self.workspace and self.workspace.current_area != "search"):
            self.search_now()
        if self.workspace is not None and self.workspace.current_area == "search":
            self.workspace.view("search").enter_results()

    # -- dialogs ------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self, session=self.session)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        if self.session.is_unlocked:
            self.idle.set_minutes(self.settings.get(IDLE_LOCK_MINUTES))
        if dialog.language_changed:
            self.change_language(i18n.resolve(dialog.chosen_language))

    def change_language(self, language: str) -> None:
        if self.workspace is not None:
            # Saved under the language its widths were made for, before the switch.
            self.workspace.save_layout()
        i18n.install(language)
        self._build_chrome()
        self._build_unlock_page()
        if self.workspace is not None:
            area = self.workspace.current_area
            self.central.removeWidget(self.workspace)
            self.workspace.deleteLater()
            from .workspace import Workspace

            self.workspace = Workspace(self, self.central)
            self.central.addWidget(self.workspace)
            self.workspace.show_area(area if area in {a.key for a in AREAS} else "incidents")
            self.central.setCurrentWidget(self.workspace)  # after: see _on_unlocked
        else:
            self.central.setCurrentWidget(self.unlock_page)
        self._update_state()

    def show_guide(self) -> None:
        from .dialogs.guide import GuideDialog

        GuideDialog(self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        QMessageBox.about(self, self.tr("About AccompDesk"), self.tr(
            "<h3>AccompDesk %1</h3><p>The encrypted record and advocacy documents of a "
            "protective-accompaniment field office.</p>").replace("%1", __version__))

    def _warn_of_lock(self, seconds: int) -> None:
        if self.workspace is None:
            return
        from .common.worker import HOLD_OFF_LOCK, running_kinds

        running = running_kinds()
        effects = self._lock_effects()
        held = [kind for kind in running if kind in HOLD_OFF_LOCK]
        if held:  # no lock is coming: say why instead of counting down to one
            self.workspace.notice.show_message(effects[held[0]])
            return
        text = self.tr("No one has used AccompDesk for a while: it locks in %n second(s). "
                       "Press any key to keep working.", "", seconds)
        for kind in running:
            text += " " + effects[kind]
        self.workspace.notice.show_message(text)

    def _lock_effects(self) -> dict[str, str]:
        """What locking does to each kind of job still running (common/worker.py LOCK_KINDS)."""
        return {
            "backup": self.tr("The backup goes on while the window is locked; it is written whole "
                              "or not at all."),
            "restore": self.tr("The restore goes on while the window is locked; its checked copy is "
                               "kept, unused, and the current vault is not changed."),
            "import": self.tr("Locking cancels the import; nothing of it is kept."),
            "export": self.tr("Locking waits for the export to end; the file is written whole."),
            "report": self.tr("Locking cancels the document being made; a file already being saved "
                              "is finished whole."),
            "bundle": self.tr("Locking cancels the bundle; nothing of it is written or applied."),
            "rekey": self.tr("The vault is being re-encrypted: it does not lock until that ends and "
                             "its new recovery key is kept."),
        }

    def _lock_called_off(self) -> None:
        if self.workspace is not None:
            self.workspace.notice.hide()

    def _fit_to_screen(self) -> None:
        """A size saved on a bigger screen, or before the scale factor grew, is cut down
        to the screen the window is on, so that no toolbar button lies past its edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), room.width() - extra_w)
        height = min(self.height(), room.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        left = min(max(frame.left(), room.left()), room.right() - width - extra_w + 1)
        top = min(max(frame.top(), room.top()), room.bottom() - height - extra_h + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def closeEvent(self, event) -> None:
        self.session.lock()  # open forms keep what was typed as drafts
        self.settings.set_layout("main/geometry", self.saveGeometry())
        self.settings.sync()
        self.idle.uninstall()
        super().closeEvent(event)


def area_shortcut(number: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+9 for the first nine areas, Ctrl+Shift+1 … for the rest, so that
    every area (the roster and the Trash too) is a keystroke away."""
    if number <= 9:
        return QKeySequence(f"Ctrl+{number}")
    return QKeySequence(f"Ctrl+Shift+{number - 9}")


def _open_elsewhere(window, table: str, record_id: str) -> bool:
    """Records whose forms live in the chain-of-command or operations packages."""
    from .common import chain
    from .common.operations import areas as operations
    from .common.operations.form_opener import TABLES as OPERATIONS_TABLES

    if table in chain.FORM_TABLES:
        chain.open_record(window, table, record_id)
        return True
    if table in OPERATIONS_TABLES:
        operations.open_record(window, table, record_id)
        return True
    return False
