"""`accompdesk`: starts the office window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    from .vault.fsutil import private_umask

    # Before any file is made (settings, logs, the vault and its sidecars): the user's alone.
    private_umask()
    if "--self-test" in argv[1:]:
        # Before any GUI module: the self-test makes its own offscreen QApplication.
        from .selftest import run as self_test

        return self_test(argv)
    from .gui.main import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
