"""`accompdesk`: the one entry point of the program.

The installed `accompdesk` command, `python -m accompdesk.app` and the PyInstaller
bundle (which freezes this file as its script, hence the absolute imports) all start
here. `--self-test` goes to accompdesk.selftest before any GUI module is imported: the
Qt platform is chosen when the first QApplication is made, so none may exist yet.
Everything else starts the window (accompdesk.gui.main).
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a throwaway vault, print one line per check, and exit")
    # For measurements and tests: exit as soon as the first window is on screen, saying
    # which heavy libraries were loaded by then (none should be, before the unlock).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    from accompdesk.vault.fsutil import private_umask

    # Before any file is made (settings, logs, the vault and its sidecars): the user's alone.
    private_umask()
    if "--self-test" in argv[1:]:
        # The self-test reads its own options (--report FILE) from argv.
        from accompdesk.selftest import run as self_test

        return self_test(argv)
    args = parse_args(list(argv[1:]))
    from accompdesk.gui.main import run

    return run(args, argv)


if __name__ == "__main__":
    sys.exit(main())
