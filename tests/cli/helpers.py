"""The command line run in-process, with the environment the tests give it."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator

import pytest

from accompdesk import cli

from ..offices.helpers import PASSPHRASE, table_digests

__all__ = ["PASSPHRASE", "cli_env", "recovery_key_of", "run", "table_digests"]


@contextlib.contextmanager
def cli_env() -> Iterator[pytest.MonkeyPatch]:
    """Argon2id at its floor, the passphrase in the environment, no other key or wait."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ACCOMPDESK_FAST_KDF", "1")
        env.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
        for name in ("ACCOMPDESK_RECOVERY_KEY", "ACCOMPDESK_NEW_PASSPHRASE", "ACCOMPDESK_LOCK_TIMEOUT",
                     "ACCOMPDESK_DEBUG", "ACCOMPDESK_VAULT"):
            env.delenv(name, raising=False)
        yield env


def run(*args) -> tuple[int, str, str]:
    """(exit code, standard output, standard error) of `accompdesk-cli ARGS`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code
    return code, out.getvalue(), err.getvalue()


def recovery_key_of(init_output: str) -> str:
    return re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", init_output).group(1)
