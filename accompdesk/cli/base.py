"""What every command shares: where passphrases come from, opening the vault, the
parser that answers a usage error with one sentence."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ..domain.messages import Message
from ..vault.errors import EXIT_USAGE, NoKey, UsageError

ENV_PASSPHRASE = "ACCOMPDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "ACCOMPDESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "ACCOMPDESK_RECOVERY_KEY"
ENV_FAST_KDF = "ACCOMPDESK_FAST_KDF"  # tests only: Argon2id at OWASP's floor, never below
READ_KEY = object()  # --recovery-key: read the key like a passphrase, never from argv
RECOVERY_KEY_NOT_IN_ARGV = Message("cli.recovery_key_not_in_argv", env=ENV_RECOVERY_KEY)

TABLES_HELP = ("persons, organisations, incidents, authorities, officials, meetings, commitments, "
               "volunteers, accompaniments, checkins, alerts")


class Secrets:
    """Where passphrases come from: standard input, the environment, or a prompt."""

    def __init__(self, from_stdin: bool):
        self._lines: list[str] | None = None
        self.from_stdin = from_stdin

    def _stdin_line(self, index: int) -> str | None:
        if self._lines is None:
            self._lines = sys.stdin.read().splitlines() if self.from_stdin else []
        return self._lines[index] if index < len(self._lines) else None

    def _get(self, index: int, env: str, prompt: str, confirm: bool = False,
             what: str = "passphrase") -> str:
        if self.from_stdin:
            line = self._stdin_line(index)
            if line is None:
                raise NoKey("cli.standard_input_ended_before", what=what)
            return line
        if os.environ.get(env):
            return os.environ[env]
        if not sys.stdin.isatty():
            raise NoKey("cli.no_type_at_terminal", what=what, env=env)
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise UsageError("cli.two_s_are_not", what=what)
        return first

    def passphrase(self, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
        return self._get(0, ENV_PASSPHRASE, prompt, confirm)

    def new_passphrase(self, prompt: str = "New passphrase: ") -> str:
        return self._get(1, ENV_NEW_PASSPHRASE, prompt, confirm=True)

    def recovery_key(self) -> str:
        return self._get(0, ENV_RECOVERY_KEY, "Recovery key: ", what="recovery key")


def kdf():
    from ..vault.keyslots import FAST_KDF, calibrate

    return FAST_KDF if os.environ.get(ENV_FAST_KDF) == "1" else calibrate()


def vault_path(args) -> str:
    from ..vault.paths import default_vault_path

    path = os.path.abspath(args.vault) if args.vault else default_vault_path()
    if os.path.isdir(path):
        # Not "no key slots" nor "already a vault": the path names a folder.
        raise UsageError("cli.vault_is_folder", path=path, example=os.path.join(path, "office.vault"))
    return path


def recovery_key(args, secrets: Secrets) -> str | None:
    """The recovery key, read like a passphrase when --recovery-key is given, or None."""
    if args.recovery_key is None:
        return None
    if args.recovery_key is not READ_KEY:
        raise UsageError("cli.recovery_key_not_in_argv", env=ENV_RECOVERY_KEY)
    return secrets.recovery_key()


def open_vault(args, secrets: Secrets, *, exclusive: bool = False):
    """The vault, open; `exclusive` for whole-vault commands, which wait for the vault alone."""
    from ..vault.store import Vault

    path = vault_path(args)
    key = recovery_key(args, secrets)
    if key is not None:
        return Vault.open(path, recovery_key=key, exclusive=exclusive)
    # Checked here too, so that nobody is asked for a passphrase for a vault that is not there.
    from ..vault.store import exists
    if not exists(path):
        from ..vault.errors import VaultNotFound
        raise VaultNotFound("cli.there_no_vault_at", path=path)
    return Vault.open(path, passphrase=secrets.passphrase(), user=args.user, exclusive=exclusive)


class Formatter(argparse.HelpFormatter):
    def _format_args(self, action, default_metavar):
        # --recovery-key accepts a value only to refuse it; help shows it as a plain flag.
        if action.dest == "recovery_key":
            return ""
        return super()._format_args(action, default_metavar)

    def _format_action_invocation(self, action):
        return super()._format_action_invocation(action).rstrip()

    def _format_usage(self, *args, **kwargs):
        return super()._format_usage(*args, **kwargs).replace("--recovery-key ]", "--recovery-key]")


class Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        # One sentence, as for every other error; --help has the full usage.
        self.exit(EXIT_USAGE, f"{self.prog}: {one_sentence(message)} See '{self.prog} --help'.\n")


def common_options() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS,
                        help="the vault file (default: the user data folder)")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="the staff member whose key slot to use")
    common.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="read the passphrase from the first line of standard input")
    # nargs="?" only so that a value given here is caught and refused with a sentence.
    common.add_argument("--recovery-key", nargs="?", const=READ_KEY, metavar="", default=argparse.SUPPRESS,
                        help="open with the recovery key instead of a passphrase: typed at the "
                             "prompt, the first line of standard input with --passphrase-stdin, "
                             f"or {ENV_RECOVERY_KEY}; never on the command line")
    return common


def one_sentence(message: str) -> str:
    message = " ".join(str(message).split())
    return message if message.endswith((".", "?", "!")) else message + "."


def delimiter(value: str | None) -> str | None:
    if value is None:
        return None
    named = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "bar": "|", "pipe": "|"}
    value = named.get(value.lower(), value)
    if value not in (",", ";", "\t", "|"):
        raise UsageError("cli.delimiter_one_comma_semicolon")
    return value


def print_new_recovery_key(recovery: str) -> None:
    # Printed before the vault changes over: if the program dies after the swap, the
    # office already holds the key that opens it.
    print("New recovery key (write it down; it replaces the old one once the vault has changed "
          "over, and is shown only once):")
    print(f"  {recovery}", flush=True)
