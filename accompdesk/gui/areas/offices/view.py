"""The Offices area: who this office is, whom it trusts, bundles out and in, conflicts.

Making and receiving a bundle run on the exchange worker (its own connection, its own
transaction): a cancel rolls everything back. A bundle is always previewed first (a dry
run that is rolled back) and applied only when the person says so.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QMessageBox, QProgressBar, QPushButton, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...common import i18n
from ...common.formatting import format_count
from ...common.icons import icon
from ...common.messages import error_text
from .jobs import make_job, receive_job

AUDIENCES = ("internal", "diplomatic", "public")


class OfficesView(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.worker = None
        # Locking closes the vault: a bundle being made or applied is cancelled and rolled back first.
        self.session.locking.connect(self.stop)
        self.pending: bytes | None = None  # a previewed bundle waiting for "Apply"
        self.last_result: dict | None = None

        title = QLabel(self.tr("Offices"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)

        me_box = QGroupBox(self.tr("This office"), self)
        self.name_label = QLabel(me_box)
        self.fingerprint_label = QLabel(me_box)
        self.fingerprint_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint of this office"))
        self.card_button = QPushButton(icon("export"), self.tr("Save the &card…"), me_box)
        self.card_button.clicked.connect(self.save_card_dialog)
        me_layout = QVBoxLayout(me_box)
        me_layout.addWidget(self.name_label)
        me_layout.addWidget(QLabel(self.tr("Fingerprint (read it to the other office over the phone):"), me_box))
        me_layout.addWidget(self.fingerprint_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card_button)
        me_layout.addLayout(row)

        peers_box = QGroupBox(self.tr("Trusted offices"), self)
        self.peers = QTableWidget(0, 5, peers_box)
        self.peers.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Audience"), self.tr("Last bundle sent"),
                                              self.tr("Last bundle received"), self.tr("Fingerprint")])
        self._table(self.peers, self.tr("Trusted offices"))
        self.add_button = QPushButton(icon("add"), self.tr("&Add an office…"), peers_box)
        self.add_button.clicked.connect(self.add_peer_dialog)
        self.remove_button = QPushButton(icon("remove"), self.tr("&Stop trusting"), peers_box)
        self.remove_button.clicked.connect(self.remove_selected_peer)
        coordinator = session.vault.role == "coordinator"
        self.add_button.setVisible(coordinator)
        self.remove_button.setVisible(coordinator)
        self.send_button = QPushButton(icon("save"), self.tr("&Make a bundle for…"), peers_box)
        self.send_button.clicked.connect(self.make_bundle_dialog)
        self.receive_button = QPushButton(icon("open"), self.tr("&Receive a bundle…"), peers_box)
        self.receive_button.clicked.connect(self.receive_dialog)
        peer_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button):
            peer_buttons.addWidget(b)
        peer_buttons.addStretch(1)
        peer_buttons.addWidget(self.send_button)
        peer_buttons.addWidget(self.receive_button)
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.peers)
        peers_layout.addLayout(peer_buttons)

        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("&Apply this bundle"), self)
        self.apply_button.clicked.connect(self.apply_pending)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.clicked.connect(self.discard_pending)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self.discard_button)
        preview_row.addWidget(self.apply_button)

        conflicts_box = QGroupBox(self.tr("Open conflicts"), self)
        self.conflicts = QTableWidget(0, 5, conflicts_box)
        self.conflicts.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("This office"),
                                                  self.tr("Other office"), self.tr("Raised")])
        self._table(self.conflicts, self.tr("Open conflicts"))
        self.keep_mine_button = QPushButton(self.tr("Keep &mine"), conflicts_box)
        self.keep_mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"), conflicts_box)
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.no_conflicts = QLabel(self.tr("No open conflicts: every office's changes are in force."), conflicts_box)
        self.no_conflicts.setWordWrap(True)  # a short window wraps it rather than scrolling sideways
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.no_conflicts)
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.keep_mine_button)
        conflict_buttons.addWidget(self.keep_theirs_button)
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflicts)
        conflicts_layout.addLayout(conflict_buttons)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)
        status_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(me_box)
        layout.addWidget(peers_box, 1)
        layout.addLayout(preview_row)
        layout.addWidget(conflicts_box, 1)
        layout.addLayout(status_row)
        self._set_busy(False)
        self._show_pending(None)
        self.refresh()

    def _table(self, table: QTableWidget, name: str) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAccessibleName(name)
        # The tables take the height there is, down to a few rows, and ask for no more: the
        # area's wrapped labels size it by preferred heights, and two tables' worth of
        # preferred height pushed the buttons below a laptop screen at 150 %.
        policy = table.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        table.setSizePolicy(policy)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 3 * table.fontMetrics().height())

    # -- reading --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.running()

    def refresh(self) -> None:
        from ....services import offices

        vault = self.session.vault
        me = offices.identity(vault)
        self.name_label.setText(self.tr("Name: %1").replace("%1", me.name))
        self.fingerprint_label.setText(me.fingerprint)
        found = offices.peers(vault)
        self.peers.setRowCount(len(found))
        for row, peer in enumerate(found):
            for col, text in enumerate((peer.name, peer.audience, _when(peer.last_sent_at, self.tr("never")),
                                        _when(peer.last_received_at, self.tr("never")), peer.fingerprint)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, peer.name)
                self.peers.setItem(row, col, item)
        open_ = offices.conflicts(vault)
        self.conflicts.setRowCount(len(open_))
        for row, c in enumerate(open_):
            theirs = "; ".join(f"{who}: {value}" for who, value in c.theirs)
            for col, text in enumerate((f"{c.record_title} ({c.table})", c.field_label, c.mine, theirs,
                                        _when(c.raised_at, ""))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.conflicts.setItem(row, col, item)
        self.no_conflicts.setVisible(not open_)
        has_peers = bool(found)
        self.send_button.setEnabled(has_peers and not self.busy)
        self.receive_button.setEnabled(has_peers and not self.busy)
        self.remove_button.setEnabled(has_peers and not self.busy)
        self.keep_mine_button.setEnabled(bool(open_))
        self.keep_theirs_button.setEnabled(bool(open_))

    def selected_peer(self) -> str | None:
        items = self.peers.selectedItems()
        if items:
            return items[0].data(Qt.ItemDataRole.UserRole)
        return self.peers.item(0, 0).data(Qt.ItemDataRole.UserRole) if self.peers.rowCount() == 1 else None

    # -- card and peers --------------------------------------------------------------------

    def save_card_dialog(self) -> None:
        from ....services import offices

        name = offices.identity(self.session.vault).name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save this office's card"),
                                              os.path.join(os.path.expanduser("~"), f"{name}.card"),
                                              self.tr("Office cards (*.card)"))
        if path:
            self.save_card(path)

    def save_card(self, path: str) -> bool:
        from ....services import offices
        from ....vault.fsutil import atomic_write

        try:
            atomic_write(path, offices.card(self.session.vault).encode("utf-8"))
        except Exception as exc:  # noqa: BLE001 - one sentence for the person
            self._error(exc)
            return False
        self.status.setText(self.tr("Saved the card to %1.").replace("%1", path))
        return True

    def add_peer_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The other office's card"), os.path.expanduser("~"),
                                              self.tr("Office cards (*.card)"))
        if not path:
            return
        audience, ok = QInputDialog.getItem(self, self.tr("Audience"),
                                            self.tr("What may this office receive?"), list(AUDIENCES), 0, False)
        if ok:
            self.add_peer(path, audience)

    def add_peer(self, path: str, audience: str, name: str | None = None):
        from ....services import offices

        try:
            with open(path, "rb") as fh:
                text = fh.read().decode("utf-8", errors="replace")
            peer = offices.add_peer(self.session.vault, text, audience, name)
        except Exception as exc:  # noqa: BLE001
            self._error(exc)
            return None
        self.refresh()
        self.status.setText(self.tr("Trusted %1. Read its fingerprint to them over the phone: %2")
                            .replace("%1", peer.name).replace("%2", peer.fingerprint))
        return peer

    def remove_selected_peer(self) -> None:
        from ....services import offices

        name = self.selected_peer()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Stop trusting"),
                                      self.tr("Stop trusting %1? Its bundles will be refused.").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                offices.remove_peer(self.session.vault, name)
            except Exception as exc:  # noqa: BLE001
                self._error(exc)
            self.refresh()

    # -- bundles ---------------------------------------------------------------------------

    def make_bundle_dialog(self) -> None:
        name = self.selected_peer()
        if name is None:
            names = [self.peers.item(r, 0).text() for r in range(self.peers.rowCount())]
            name, ok = QInputDialog.getItem(self, self.tr("Make a bundle"), self.tr("For which office?"),
                                            names, 0, False)
            if not ok:
                return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle for %1").replace("%1", name),
                                              os.path.join(os.path.expanduser("~"), "bundle.adx"),
                                              self.tr("Bundles (*.adx)"))
        if path:
            self.make_bundle(name, path)

    def make_bundle(self, peer_name: str, path: str) -> None:
        if not path.lower().endswith(".adx"):
            path += ".adx"
        self._start(make_job(peer_name, path), self._made, self.tr("Making the bundle…"))

    def _made(self, outcome) -> None:
        name, changes, records, size = outcome
        self._set_busy(False)
        self.refresh()
        self.status.setText(self.tr("Bundle for %1 written: %2 changes, %3 records, %4 bytes.")
                            .replace("%1", name).replace("%2", str(changes)).replace("%3", str(records))
                            .replace("%4", format_count(size)))

    def receive_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive a bundle"), os.path.expanduser("~"),
                                              self.tr("Bundles (*.adx)"))
        if path:
            self.preview_file(path)

    def preview_file(self, path: str) -> None:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            self._error(exc)
            return
        self.pending = data
        self._start(receive_job(data, dry_run=True), self._previewed, self.tr("Checking the bundle…"))

    def _previewed(self, summary: dict) -> None:
        self._set_busy(False)
        self.last_result = summary
        self._show_pending(summary)
        self.status.setText(self.tr("Nothing has changed yet: apply the bundle or discard it."))

    def _show_pending(self, summary: dict | None) -> None:
        shown = summary is not None
        for w in (self.preview, self.apply_button, self.discard_button):
            w.setVisible(shown)
        if not shown:
            self.pending = None
            return
        self.preview.setText(describe(summary))

    def apply_pending(self) -> None:
        if self.pending is None:
            return
        data = self.pending
        self._start(receive_job(data, dry_run=False), self._applied, self.tr("Applying the bundle…"))

    def discard_pending(self) -> None:
        self._show_pending(None)
        self.status.setText(self.tr("The bundle was not applied; nothing changed."))

    def _applied(self, summary: dict) -> None:
        self._set_busy(False)
        self.last_result = summary
        self._show_pending(None)
        self.refresh()
        for table in {t for t, *_ in summary["tables"]}:
            self.session.notify(table)
        self.status.setText(describe(summary))

    # -- conflicts -------------------------------------------------------------------------

    def resolve_selected(self, keep: str) -> bool:
        from ....services import offices

        items = self.conflicts.selectedItems()
        if not items and self.conflicts.rowCount() == 1:
            items = [self.conflicts.item(0, 0)]
        if not items:
            self.status.setText(self.tr("Choose a conflict first."))
            return False
        conflict_id = items[0].data(Qt.ItemDataRole.UserRole)
        try:
            offices.resolve(self.session.vault, conflict_id, keep=keep)
        except Exception as exc:  # noqa: BLE001
            self._error(exc)
            return False
        self.refresh()
        self.status.setText(self.tr("Resolved; the decision travels with the next bundles."))
        return True

    # -- the worker ------------------------------------------------------------------------

    def _start(self, job, done, text: str) -> None:
        from ...common.worker import Worker

        if self.busy:
            return
        self.worker = Worker(job, self, own_vault=self.session.vault, kind="bundle")
        self.worker.succeeded.connect(done)
        self.worker.failed.connect(self._failed)
        self.worker.progressed.connect(self._progressed)
        self._set_busy(True)
        self.status.setText(text)
        self.worker.start()

    def _progressed(self, phase: str, done: int, total: int) -> None:
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for b in (self.send_button, self.receive_button, self.apply_button, self.add_button, self.remove_button):
            b.setEnabled(not busy)
        if not busy:
            self.progress.setRange(0, 0)

    def cancel(self) -> None:
        if self.busy:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _failed(self, exc) -> None:
        from ....services.offices import Cancelled

        self._set_busy(False)
        self._show_pending(None)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was applied."))
        else:
            self._error(exc)
        self.refresh()

    def _error(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc, self.session.vault.user))

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()


def _when(stamp: str | None, never: str) -> str:
    if not stamp:
        return never
    return stamp[:16].replace("T", " ")


def table_name(table: str) -> str:
    """A table as the navigation names it ("Defenders"), in the window's language."""
    from .. import BY_KEY

    area = BY_KEY.get(table)
    return area.title if area is not None else table


def describe(summary: dict) -> str:
    # Spelled out in full for lupdate, under the view's context (a tr() outside a class has none).
    verb = QCoreApplication.translate("OfficesView", "would change") if summary["dry_run"] \
        else QCoreApplication.translate("OfficesView", "changed")
    lines = [QCoreApplication.translate("OfficesView", "Bundle %1 from %2 %3:").replace("%1", str(summary["bundle"]))
             .replace("%2", summary["peer"]).replace("%3", verb)]
    for table, created, updated, deleted in summary["tables"]:
        lines.append(QCoreApplication.translate("OfficesView", "%1: %2 new, %3 updated, %4 deleted")
                     .replace("%1", table_name(table)).replace("%2", str(created))
                     .replace("%3", str(updated)).replace("%4", str(deleted)))
    if not summary["tables"]:
        lines.append(QCoreApplication.translate("OfficesView", "nothing"))
    if summary["conflicts"]:
        lines.append(QCoreApplication.translate("OfficesView", "%1 conflicts (the value here stays in force until "
                                                               "someone decides)")
                     .replace("%1", str(len(summary["conflicts"]))))
    # Sentences with their codes: said in the window's language, as the roster prints them.
    lines += [said.text(i18n.language()) for said in summary.get("aliases", [])]
    return "\n".join(lines)
