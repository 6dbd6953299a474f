"""The window's start, called by accompdesk.app (the one entry point, which reads the
command line): start Qt, show the wizard or the unlock page.

Only what the unlock page needs is imported before the vault is open; reports and
exchange (pandas, matplotlib, reportlab, python-docx) load later, where they are used.
"""

from __future__ import annotations

import argparse
import os
import sys


HEAVY = ("pandas", "matplotlib", "reportlab", "docx", "openpyxl", "numpy")


def _probe_when_shown(window) -> None:
    import json

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def report() -> None:
        print(json.dumps({"shown": window.isVisible(), "title": window.windowTitle(),
                          "heavy": sorted(m for m in HEAVY if m in sys.modules)}), flush=True)
        QApplication.instance().exit(0)

    QTimer.singleShot(0, report)


def make_application(argv: list[str]):
    from PySide6.QtWidgets import QApplication

    from .common.settings import APPLICATION, ORGANISATION

    app = QApplication.instance() or QApplication(argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("AccompDesk")
    app.setDesktopFileName("accompdesk")
    return app


def _close_on_signals(app) -> None:
    """SIGTERM or Ctrl+C close the windows as Quit does: forms kept as drafts, vault locked,
    a demo vault removed. Python sees signals only when it runs, hence the timer."""
    import signal

    from PySide6.QtCore import QTimer

    def close(*_args) -> None:
        app.closeAllWindows()
        app.quit()

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, close)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _install_excepthook(session, window) -> None:
    from .common import crash

    crash.install(lambda: session.vault if session.is_unlocked else None,
                  lambda: window if window.isVisible() else None)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    if args.screenshot:
        from .screenshot import take_screenshot

        return take_screenshot(args)

    app = make_application(argv)
    from .common import i18n
    from .common.settings import LANGUAGE, open_settings

    settings = open_settings()
    i18n.install(args.lang or i18n.resolve(settings.get(LANGUAGE)))

    from .common.icons import icon
    from .main_window import MainWindow
    from .session import Session

    app.setWindowIcon(icon("app"))
    _close_on_signals(app)
    if args.demo:
        from .demo import open_demo_vault

        demo = open_demo_vault(scale=args.demo_scale)
        session = Session(demo.vault.path)
        window = MainWindow(session, settings)
        _install_excepthook(session, window)
        window.show()
        session.unlock_with(demo.vault)
        window.notify(demo.message())
        app.aboutToQuit.connect(demo.remove)
        return app.exec()

    from ..vault.paths import default_vault_path

    path = os.path.abspath(args.vault) if args.vault else default_vault_path()
    session = Session(path)
    window = MainWindow(session, settings)
    _install_excepthook(session, window)
    if not os.path.exists(path) and not os.path.exists(path + ".keys"):
        from .dialogs.first_run import FirstRunWizard

        wizard = FirstRunWizard(path)
        if args.startup_probe:
            wizard.show()
            _probe_when_shown(wizard)
            return app.exec()
        if wizard.exec() != FirstRunWizard.DialogCode.Accepted or wizard.vault is None:
            return 0
        window.show()
        session.unlock_with(wizard.vault)
    else:
        window.show()
        if args.startup_probe:
            _probe_when_shown(window)
    return app.exec()
