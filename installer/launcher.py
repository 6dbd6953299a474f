"""The bundle's entry point: both `AccompDesk` (windowed) and `AccompDesk-console` run this.

`--self-test` goes straight to `accompdesk.selftest` before any GUI module is imported,
as `accompdesk/app.py` does for the installed `accompdesk` command, so that the check of
a bundle never depends on the window's own start-up code. Everything else is the
`accompdesk` command itself.
"""

import sys


def main() -> int:
    if "--self-test" in sys.argv[1:]:
        from accompdesk.selftest import run

        return run(sys.argv)
    from accompdesk.app import main as app_main

    return app_main(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
