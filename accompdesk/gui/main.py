"""`accompdesk`: parse the command line, start Qt, show the wizard or the unlock page.

Only what the unlock page needs is imported before the vault is open; reports and
exchange (pandas, matplotlib, reportlab, python-docx) load later, where they are used.
"""

from __future__ import annotations

import argparse
import os
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="accompdesk", description="The AccompDesk office window.")
    parser.add_argument("--vault", metavar="PATH", help="the vault file (default: in the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a new demo vault of fictional data in a temporary folder")
    parser.add_argument("--demo-scale", type=int, default=300, metavar="N", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render the main window on the demo vault (or --vault) to a PNG and exit")
    parser.add_argument("--view", default="incidents", metavar="NAME",
                        help="with --screenshot: which view to show (see --view list)")
    parser.add_argument("--lang", choices=("en", "es"), help="the language of the window")
    # For measurements and tests: exit as soon as the first window is on screen, saying
    # which heavy libraries were loaded by then (none should be, before the unlock).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


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

    from .settings import APPLICATION, ORGANISATION

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
    from . import crash

    crash.install(lambda: session.vault if session.is_unlocked else None,
                  lambda: window if window.isVisible() else None)


def run(argv: list[str]) -> int:
    args = parse_args(list(argv[1:]))
    if args.screenshot:
        from .screenshot import take_screenshot

        return take_screenshot(args)

    app = make_application(argv)
    from . import i18n
    from .settings import LANGUAGE, open_settings

    settings = open_settings()
    i18n.install(args.lang or i18n.resolve(settings.get(LANGUAGE)))

    from .icons import icon
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
        from .wizard import FirstRunWizard

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


if __name__ == "__main__":
    sys.exit(run(sys.argv))
