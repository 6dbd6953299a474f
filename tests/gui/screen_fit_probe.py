"""Run as a script under a given QT_SCALE_FACTOR and offscreen screen size: opens the main
window after a size saved on a much bigger screen and prints, as JSON, where each toolbar
control and the window lie against the screen's available area."""

from __future__ import annotations

import json
import os
import sys
import tempfile

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QToolButton


def main() -> None:
    folder = tempfile.mkdtemp()
    os.environ["ACCOMPDESK_SETTINGS"] = os.path.join(folder, "settings.ini")
    app = QApplication(sys.argv[:1])
    from accompdesk.gui.main_window import MainWindow
    from accompdesk.gui.session import Session
    from accompdesk.gui.common.settings import open_settings
    from accompdesk.vault.keyslots import FAST_KDF
    from accompdesk.vault.store import Vault

    vault, _ = Vault.create(os.path.join(folder, "office.vault"), "coordinadora", "correct horse battery staple",
                            kdf=FAST_KDF)
    settings = open_settings()
    if "es" in sys.argv[1:]:
        from accompdesk.gui.common import i18n

        i18n.install("es")
    big = QMainWindow()
    big.setGeometry(QRect(60, 60, 2600, 1700))
    settings.set_layout("main/geometry", big.saveGeometry())
    session = Session(vault.path)
    session.unlock_with(vault)
    window = MainWindow(session, settings, backoff=lambda _n: 0)
    window.show()
    window._on_unlocked()
    for _ in range(10):
        app.processEvents()
    room = app.primaryScreen().availableGeometry()

    def box(widget) -> list[int]:
        r = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        return [r.x(), r.y(), r.width(), r.height()]

    buttons = window.toolbar.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
    controls = {b.defaultAction().text().replace("&", ""): (b.isVisible(), box(b))
                for b in buttons if b.defaultAction() is not None and b.defaultAction().isVisible()}
    controls["search"] = (window.search_box.isVisible(), box(window.search_box))
    frame = window.frameGeometry()
    seen = {"room": [room.x(), room.y(), room.width(), room.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "controls": controls}
    areas = [a for a in ("checkins", "roster", "offices", "incidents", "persons") if a in sys.argv[1:]]
    if areas:
        seen["area"] = area_buttons(app, window, areas[0])
    print(json.dumps(seen))
    window.close()
    vault.close()


def area_buttons(app, window, area: str) -> dict:
    """An area's buttons against the part of the area in view (its scroll area's
    viewport): a button outside it is reached only by scrolling."""
    from PySide6.QtWidgets import QAbstractButton

    window.show_area(area)
    for _ in range(10):
        app.processEvents()
    view = window.workspace.view(area)
    viewport = view.parentWidget()
    shown = QRect(QPoint(0, 0), viewport.size())
    buttons = {}
    for button in view.findChildren(QAbstractButton):
        if not button.isVisibleTo(view) or not button.text():
            continue
        r = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
        buttons[button.objectName() or button.text().replace("&", "")] = [r.x(), r.y(), r.width(), r.height()]
    return {"viewport": [shown.x(), shown.y(), shown.width(), shown.height()], "buttons": buttons}


if __name__ == "__main__":
    main()
