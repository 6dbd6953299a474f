"""The unlock page: choose the staff member, type the passphrase (or the recovery key).

It reads only the key-slot file (staff names) until the vault opens; opening runs
off the GUI thread because Argon2 takes about half a second on purpose. Each
failure makes the next try wait longer.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QSizePolicy, QStackedWidget,
                               QVBoxLayout, QWidget)

from ..common.icons import icon

if TYPE_CHECKING:
    from ..common.worker import Worker


def default_backoff(failures: int) -> int:
    """Seconds to wait after the n-th failure in a row: 1, 2, 4, 8 … up to a minute."""
    return 0 if failures <= 0 else min(60, 2 ** (failures - 1))


def staff_names(path: str) -> tuple[list[str], str | None]:
    """Names offered at unlock, and a sentence if the key-slot file cannot be read."""
    from ...vault.errors import VaultError
    from ...vault.keyslots import SlotFile

    try:
        return SlotFile.load(path + ".keys").users, None
    except VaultError as exc:
        from ..common.messages import error_text

        return [], error_text(exc)


def _open_vault(path: str, **kwargs):
    from ...vault.store import Vault

    return Vault.open(path, **kwargs)


class UnlockPage(QWidget):
    opened = Signal(object)  # the open Vault
    failed = Signal(object)  # the exception, for a window that shows more (a damaged vault)

    def __init__(self, path: str, parent: QWidget | None = None, *,
                 opener: Callable[..., object] | None = None,
                 backoff: Callable[[int], int] = default_backoff):
        super().__init__(parent)
        self.path = path
        self._opener = opener or (lambda **kw: _open_vault(path, **kw))
        self.backoff = backoff
        self.failures = 0
        self._wait_left = 0
        self._call: Worker | None = None
        self._pending_user: str | None = None
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        self._build()
        self.reload_staff()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        card = QFrame(self)
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(520)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        logo = QLabel(card)
        logo.setPixmap(icon("app").pixmap(48, 48))
        title = QLabel(self.tr("AccompDesk"), card)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)

        self.state_label = QLabel(self.tr("The vault is locked."), card)
        self.path_label = QLabel(os.path.basename(self.path), card)
        self.path_label.setToolTip(self.path)
        self.path_label.setForegroundRole(self.path_label.foregroundRole())
        self.path_label.setEnabled(False)

        # Passphrase mode
        self.staff = QComboBox(card)
        self.staff.setAccessibleName(self.tr("Staff member"))
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.submit)
        self.passphrase.textChanged.connect(self._update_button)
        passphrase_form = QFormLayout()
        staff_label = QLabel(self.tr("&Staff member:"), card)
        staff_label.setBuddy(self.staff)
        passphrase_label = QLabel(self.tr("&Passphrase:"), card)
        passphrase_label.setBuddy(self.passphrase)
        passphrase_form.addRow(staff_label, self.staff)
        passphrase_form.addRow(passphrase_label, self.passphrase)
        passphrase_page = QWidget(card)
        passphrase_page.setLayout(passphrase_form)
        passphrase_form.setContentsMargins(0, 0, 0, 0)

        # Recovery key mode
        self.recovery = QLineEdit(card)
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("0000 0000 0000 …")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.recovery.setFont(mono)
        self.recovery.returnPressed.connect(self.submit)
        self.recovery.textChanged.connect(self._update_button)
        recovery_form = QFormLayout()
        recovery_form.setContentsMargins(0, 0, 0, 0)
        recovery_label = QLabel(self.tr("Recovery &key:"), card)
        recovery_label.setBuddy(self.recovery)
        recovery_form.addRow(recovery_label, self.recovery)
        recovery_hint = QLabel(self.tr("The 64 digits printed when the vault was created. "
                                       "Spaces do not matter."), card)
        recovery_hint.setWordWrap(True)
        recovery_form.addRow(recovery_hint)
        recovery_page = QWidget(card)
        recovery_page.setLayout(recovery_form)

        self.modes = QStackedWidget(card)
        self.modes.addWidget(passphrase_page)
        self.modes.addWidget(recovery_page)
        self.modes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.error = QLabel(card)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.error.hide()

        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()

        self.unlock_button = QPushButton(icon("unlock"), self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.mode_button = QPushButton(self.tr("Use the &recovery key instead"), card)
        self.mode_button.setFlat(True)
        self.mode_button.clicked.connect(self.toggle_mode)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addLayout(heading)
        inner.addWidget(self.state_label)
        inner.addWidget(self.path_label)
        inner.addSpacing(8)
        inner.addWidget(self.modes)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.passphrase)

    def reload_staff(self) -> None:
        names, problem = staff_names(self.path)
        self.staff.clear()
        self.staff.addItems(names)
        if problem:
            self.show_error(problem)
            if self.recovery_mode is False:
                self.toggle_mode()
        self._update_button()

    # -- state --------------------------------------------------------------------------

    @property
    def recovery_mode(self) -> bool:
        return self.modes.currentIndex() == 1

    def toggle_mode(self) -> None:
        to_recovery = not self.recovery_mode
        self.modes.setCurrentIndex(1 if to_recovery else 0)
        self.mode_button.setText(self.tr("Use a &passphrase instead") if to_recovery
                                 else self.tr("Use the &recovery key instead"))
        (self.recovery if to_recovery else self.passphrase).setFocus()
        self._update_button()

    def show_error(self, text: str) -> None:
        if text and not self.error.styleSheet():
            # Styled when first needed: a style sheet costs milliseconds to set up, and
            # most unlocks show no error.
            self.error.setStyleSheet("color: palette(highlighted-text); background: #b3261e; "
                                     "padding: 6px; border-radius: 4px;")
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _working(self) -> bool:
        return self._call is not None

    def _update_button(self) -> None:
        typed = self.recovery.text().strip() if self.recovery_mode else self.passphrase.text()
        ready = bool(typed) and not self._working() and self._wait_left == 0
        self.unlock_button.setEnabled(ready)
        if self._wait_left:
            self.unlock_button.setText(self.tr("Try again in %n s", "", self._wait_left))
        else:
            self.unlock_button.setText(self.tr("&Unlock"))

    def reset(self) -> None:
        """Shown again after a lock: empty fields, no old error."""
        self.passphrase.clear()
        self.recovery.clear()
        self.show_error("")
        self.reload_staff()
        self.passphrase.setFocus()

    # -- unlocking ----------------------------------------------------------------------

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self.recovery_mode:
            kwargs = {"recovery_key": self.recovery.text()}
            user = None
        else:
            user = self.staff.currentText() or None
            kwargs = {"passphrase": self.passphrase.text(), "user": user}
        self.show_error("")
        self.busy.show()
        self.modes.setEnabled(False)
        from PySide6.QtCore import Qt  # not before: see WIDGET_SHORTCUT in main_window

        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        opener = self._opener  # the worker thread must not touch this widget
        from ..common.worker import Worker  # modules loaded when first needed: see PREPARE

        call = Worker(lambda: opener(**kwargs), self)
        # Bound methods, not lambdas holding the page: when the call is deleted, its
        # connections must not be what keeps the page (its parent) alive.
        call.succeeded.connect(self._succeeded)
        call.failed.connect(self._failed)
        self._pending_user = user
        self._call = call
        self._update_button()
        call.start()

    def _finish_call(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.busy.hide()
        self.modes.setEnabled(True)
        if self._call is not None:
            self._call.deleteLater()
        self._call = None

    def _succeeded(self, vault) -> None:
        self._finish_call()
        self.failures = 0
        self.passphrase.clear()
        self.recovery.clear()
        self._update_button()
        self.opened.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        user = self._pending_user
        self._finish_call()
        self.failures += 1
        from ..common.messages import error_text

        self.show_error(error_text(exc, user))
        self._wait_left = self.backoff(self.failures)
        if self._wait_left:
            self._countdown.start()
        self._update_button()
        field = self.recovery if self.recovery_mode else self.passphrase
        field.selectAll()
        field.setFocus()
        self.failed.emit(exc)

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
        self._update_button()
