"""`accompdesk-cli`: the parser of every command group, and the one place that turns
an error into a sentence and an exit code.

Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, 4 input rejected
(with a per-row report), 5 vault damaged. Errors are one sentence on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..vault.errors import EXIT_DAMAGED, EXIT_REJECTED, EXIT_USAGE, InputRejected, VaultError
from . import demo, followups, merge, office, offices, records, report, vault
from .base import READ_KEY, RECOVERY_KEY_NOT_IN_ARGV, Secrets, common_options, Parser, one_sentence, open_vault


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = Parser(
        prog="accompdesk-cli", parents=[common],
        description="AccompDesk without a window: the encrypted vault, imports, exports, backups.",
        epilog="Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, "
               "4 input rejected, 5 vault damaged.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=Parser)
    # The order here is the order `--help` lists the commands in.
    vault.add_init(sub, common)
    demo.add_arguments(sub, common)
    records.add_arguments(sub, common)  # import, export, list, search
    vault.add_backup_restore(sub, common)
    followups.add_arguments(sub, common)
    vault.add_keys(sub, common)  # verify, rekey, user

    p = sub.add_parser("office", parents=[common], help="this office: its settings, identity card and fingerprint")
    office_sub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True, parser_class=Parser)
    office.add_arguments(office_sub, common)  # get, set
    offices.add_office_actions(office_sub, common)  # card, show, rename
    offices.add_arguments(sub, common, Parser)  # peer, send, receive, conflicts
    merge.add_arguments(sub, parents=[common])  # duplicates, merge
    report.add_arguments(sub, parents=[common])
    return parser


def _fix_recovery_key(argv: list[str], commands: set[str]) -> list[str]:
    # `--recovery-key verify` must not take the command name as the key.
    out = list(argv)
    for i, token in enumerate(out[:-1]):
        if token == "--recovery-key" and out[i + 1] in commands:
            out[i] = "--recovery-key=" + "\x00read"
    return out


def main(argv: list[str] | None = None) -> int:
    from ..vault import locking
    from ..vault.fsutil import private_umask

    # Before any file is made: the vault, its logs, backups and exports are the user's alone.
    private_umask()
    locking.waiting_notice = lambda sentence: print(sentence, file=sys.stderr, flush=True)
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001
    args = parser.parse_args(_fix_recovery_key(sys.argv[1:] if argv is None else argv, commands))
    for name, default in (("vault", None), ("user", None), ("passphrase_stdin", False),
                          ("recovery_key", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.recovery_key == "\x00read":
        args.recovery_key = READ_KEY
    secrets = Secrets(args.passphrase_stdin)
    if args.recovery_key is not None and args.recovery_key is not READ_KEY:
        # Refused before anything is opened or read; the value itself is not repeated.
        print(RECOVERY_KEY_NOT_IN_ARGV, file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "report":
            with open_vault(args, secrets) as opened:
                return report.run(args, opened)
        return args.func(args, secrets)
    except InputRejected as exc:
        print(one_sentence(str(exc)), file=sys.stderr)
        for row, field, message in exc.report[:200]:
            where = f"row {row}" + (f", {field}" if field else "")
            print(f"  {where}: {message}", file=sys.stderr)
        if len(exc.report) > 200:
            print(f"  … and {len(exc.report) - 200} more.", file=sys.stderr)
        return EXIT_REJECTED
    except VaultError as exc:
        print(one_sentence(str(exc)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: never a traceback on a user's screen
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    import sqlcipher3

    if isinstance(exc, sqlcipher3.OperationalError) and "locked" in str(exc).lower():
        print("The vault is busy: another AccompDesk is writing to it; nothing was changed. "
              "Try again in a moment.", file=sys.stderr)
        return EXIT_USAGE  # as for a whole-vault operation that waited too long
    if isinstance(exc, sqlcipher3.DatabaseError):
        print("The vault is damaged: part of it cannot be read. Nothing was changed; "
              "run 'accompdesk-cli verify' or restore a backup.", file=sys.stderr)
        return EXIT_DAMAGED
    if isinstance(exc, OSError):
        print(one_sentence(f"The system refused: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    if os.environ.get("ACCOMPDESK_DEBUG") == "1":
        raise exc
    # The message of an unexpected error may quote record text, so only its kind is shown.
    print(f"AccompDesk hit an internal error ({type(exc).__name__}); nothing was changed. "
          "Set ACCOMPDESK_DEBUG=1 to see the details.", file=sys.stderr)
    return 1
