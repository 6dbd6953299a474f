"""`accompdesk-cli`: the vault's services without a window.

Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, 4 input rejected
(with a per-row report), 5 vault damaged. Errors are one sentence on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .vault.errors import (EXIT_DAMAGED, EXIT_KEY, EXIT_OK, EXIT_REJECTED, EXIT_USAGE,
                           InputRejected, NoKey, UsageError, VaultError)

ENV_PASSPHRASE = "ACCOMPDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "ACCOMPDESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "ACCOMPDESK_RECOVERY_KEY"
ENV_FAST_KDF = "ACCOMPDESK_FAST_KDF"  # tests only: Argon2id at OWASP's floor, never below
_READ = object()  # --recovery-key given without a value: read it like a passphrase

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

    def _get(self, index: int, env: str, prompt: str, confirm: bool = False) -> str:
        if self.from_stdin:
            line = self._stdin_line(index)
            if line is None:
                raise NoKey("Standard input ended before the passphrase.")
            return line
        if os.environ.get(env):
            return os.environ[env]
        if not sys.stdin.isatty():
            raise NoKey(f"No passphrase: type it at a terminal, pass it on standard input with "
                        f"--passphrase-stdin, or set {env}.")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise UsageError("The two passphrases are not the same.")
        return first

    def passphrase(self, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
        return self._get(0, ENV_PASSPHRASE, prompt, confirm)

    def new_passphrase(self, prompt: str = "New passphrase: ") -> str:
        return self._get(1, ENV_NEW_PASSPHRASE, prompt, confirm=True)

    def recovery_key(self) -> str:
        if self.from_stdin:
            line = self._stdin_line(0)
            if line is None:
                raise NoKey("Standard input ended before the recovery key.")
            return line
        if os.environ.get(ENV_RECOVERY_KEY):
            return os.environ[ENV_RECOVERY_KEY]
        if not sys.stdin.isatty():
            raise NoKey(f"No recovery key: type it at a terminal, pass it on standard input with "
                        f"--passphrase-stdin, or set {ENV_RECOVERY_KEY}.")
        return getpass.getpass("Recovery key: ")


def _kdf():
    from .vault.keyslots import FAST_KDF, calibrate

    return FAST_KDF if os.environ.get(ENV_FAST_KDF) == "1" else calibrate()


def _vault_path(args) -> str:
    from .vault.paths import default_vault_path

    return os.path.abspath(args.vault) if args.vault else default_vault_path()


def open_vault(args, secrets: Secrets):
    from .vault.store import Vault

    path = _vault_path(args)
    if args.recovery_key is not None:
        key = secrets.recovery_key() if args.recovery_key is _READ else args.recovery_key
        return Vault.open(path, recovery_key=key)
    if not os.path.exists(path) and not os.path.exists(path + ".keys"):
        from .vault.errors import VaultNotFound
        raise VaultNotFound(f"There is no vault at {path}; create one with 'accompdesk-cli init'.")
    return Vault.open(path, passphrase=secrets.passphrase(), user=args.user)


# -- commands ------------------------------------------------------------------------------

def cmd_init(args, secrets: Secrets) -> int:
    from .vault.store import Vault

    # --user names the first staff member here, a coordinator (default: this account's name).
    user = args.user or getpass.getuser()
    passphrase = secrets.passphrase("Passphrase for the new vault: ", confirm=True)
    vault, recovery = Vault.create(_vault_path(args), user, passphrase, kdf=_kdf())
    vault.close()
    print(f"Created the vault {vault.path} with {user} as coordinator.")
    print("Recovery key (write it down and keep it apart from this computer; it is shown only once):")
    print(f"  {recovery}")
    return EXIT_OK


def cmd_demo(args, secrets: Secrets) -> int:
    try:
        from .vault.demo import fill_demo
    except ImportError:
        raise UsageError("This build has no demo data generator.") from None
    with open_vault(args, secrets) as vault:
        counts = fill_demo(vault, args.scale, seed=args.seed)
    print(", ".join(f"{n} {t}" for t, n in counts.items()))
    return EXIT_OK


def cmd_import(args, secrets: Secrets) -> int:
    from .exchange.canonical import import_csv

    try:
        with open(args.file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror}.") from None
    with open_vault(args, secrets) as vault:
        result = import_csv(vault, args.table, data, dry_run=args.dry_run)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {result.created + result.updated} {args.table}: {result.created} new, "
          f"{result.updated} updated.")
    return EXIT_OK


def cmd_export(args, secrets: Secrets) -> int:
    from .exchange.canonical import export_csv
    from .vault.fsutil import atomic_write
    import io

    if args.format != "csv":
        raise UsageError("The canonical export writes csv; use --format csv.")
    with open_vault(args, secrets) as vault:
        # The canonical file names everyone: an internal export, a coordinator's act.
        vault.require("coordinator")
        buffer = io.StringIO()
        count = export_csv(vault, args.table, buffer, include_deleted=args.include_deleted)
        data = buffer.getvalue().encode("utf-8")
        if args.output == "-":
            sys.stdout.write(buffer.getvalue())
        else:
            atomic_write(args.output, data)
        vault.record_audit("export", args.table, detail=f"canonical csv, internal, {count} records")
    if args.output != "-":
        print(f"Exported {count} {args.table} to {args.output} (internal: it names everyone).",
              file=sys.stderr)
    return EXIT_OK


def cmd_search(args, secrets: Secrets) -> int:
    from .vault.repository import NOUNS

    with open_vault(args, secrets) as vault:
        hits = vault.search(args.text, limit=args.limit)
    for hit in hits:
        print(f"{NOUNS.get(hit.record_table, hit.record_table)}\t{hit.record_id}\t{hit.title}")
    if not hits:
        print("Nothing found.", file=sys.stderr)
    return EXIT_OK


def cmd_backup(args, secrets: Secrets) -> int:
    from .vault.backup import backup

    with open_vault(args, secrets) as vault:
        target = backup(vault, args.dest)
    print(f"Backup written and verified: {target} (with {os.path.basename(target)}.keys)")
    return EXIT_OK


def cmd_verify(args, secrets: Secrets) -> int:
    from .vault.verify import verify

    with open_vault(args, secrets) as vault:
        checks = verify(vault)
    for check in checks:
        print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.message}")
    failed = [c for c in checks if not c.ok]
    if failed:
        print(f"The vault failed {len(failed)} check(s): {failed[0].message}.", file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def cmd_rekey(args, secrets: Secrets) -> int:
    from .vault.rekey import rekey

    with open_vault(args, secrets) as vault:
        recovery = rekey(vault)
    print("The vault has a new key; every staff member's passphrase still opens it.")
    print("New recovery key (the old one no longer works; shown only once):")
    print(f"  {recovery}")
    return EXIT_OK


def cmd_user(args, secrets: Secrets) -> int:
    from .vault import staff

    with open_vault(args, secrets) as vault:
        if args.user_command == "list":
            for member in staff.list_staff(vault):
                print(f"{member.name}\t{member.role}\t{'key slot' if member.has_slot else 'no key slot'}")
        elif args.user_command == "add":
            passphrase = secrets.new_passphrase(f"Passphrase for {args.name}: ")
            staff.add_staff(vault, args.name, passphrase, args.role, kdf=_kdf())
            print(f"Added {args.name} ({args.role}).")
        elif args.user_command == "remove":
            recovery = staff.remove_staff(vault, args.name)
            print(f"Removed {args.name}'s key slot and rekeyed the vault.")
            print("New recovery key (the old one no longer works; shown only once):")
            print(f"  {recovery}")
        elif args.user_command == "passwd":
            name = args.name or vault.user
            old = None
            if name == vault.user:
                old = secrets.passphrase() if not secrets.from_stdin else secrets._stdin_line(0)
            staff.change_passphrase(vault, name, secrets.new_passphrase(), old_passphrase=old,
                                    kdf=_kdf())
            print(f"Changed the passphrase of {name}.")
    return EXIT_OK


def cmd_list(args, secrets: Secrets) -> int:
    with open_vault(args, secrets) as vault:
        repo = vault.repo(args.table)
        for record in repo.list(limit=args.limit, with_links=False):
            print(f"{record.id}\t{record.title}")
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # One sentence, as for every other error; --help has the full usage.
        self.exit(EXIT_USAGE, f"{self.prog}: {_sentence(message)} See '{self.prog} --help'.\n")


def _common() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--vault", metavar="PATH", default=argparse.SUPPRESS,
                        help="the vault file (default: the user data folder)")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="the staff member whose key slot to use")
    common.add_argument("--passphrase-stdin", action="store_true", default=argparse.SUPPRESS,
                        help="read the passphrase from the first line of standard input")
    common.add_argument("--recovery-key", nargs="?", const=_READ, metavar="KEY", default=argparse.SUPPRESS,
                        help="open with the recovery key instead of a passphrase "
                             "(given here, or read like a passphrase)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="accompdesk-cli", parents=[common],
        description="AccompDesk without a window: the encrypted vault, imports, exports, backups.",
        epilog="Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, "
               "4 input rejected, 5 vault damaged.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    p = sub.add_parser("init", parents=[common], help="create a new vault and print its recovery key")
    p.set_defaults(func=cmd_init, needs_vault=False)

    p = sub.add_parser("demo", parents=[common], help="fill the vault with fictional data")
    p.add_argument("--scale", type=int, default=1000, metavar="N", help="about N incidents")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("import", parents=[common], help="import a canonical CSV file (all or nothing)")
    p.add_argument("table", metavar="TABLE", help=TABLES_HELP)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="check the file and change nothing")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export a table as canonical CSV")
    p.add_argument("table", metavar="TABLE", help=TABLES_HELP)
    p.add_argument("--format", default="csv", choices=["csv"])
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write, or - for stdout")
    p.add_argument("--include-deleted", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("list", parents=[common], help="list the records of a table")
    p.add_argument("table", metavar="TABLE")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", parents=[common], help="search the whole vault")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("dest", metavar="DEST", help="a folder (or a file name) for the backup")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("verify", parents=[common], help="check encryption, structure, audit chain, key slots")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("rekey", parents=[common], help="re-encrypt under a new key; prints the new recovery key")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("user", parents=[common], help="staff members and their key slots")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=_Parser)
    q = user_sub.add_parser("list", parents=[common], help="list staff members")
    q = user_sub.add_parser("add", parents=[common], help="add a staff member (they type their passphrase)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", default="staff", choices=["coordinator", "staff", "viewer"])
    q = user_sub.add_parser("remove", parents=[common], help="remove a staff member and rekey")
    q.add_argument("name", metavar="NAME")
    q = user_sub.add_parser("passwd", parents=[common], help="change a passphrase")
    q.add_argument("name", metavar="NAME", nargs="?")
    p.set_defaults(func=cmd_user)

    _add_plugin_commands(sub)
    return parser


def _add_plugin_commands(sub) -> None:
    """Commands defined beside the services they drive (reports)."""
    try:
        from .reports import commands as report_commands
    except ImportError:
        return
    report_commands.add_arguments(sub)


def _fix_recovery_key(argv: list[str], commands: set[str]) -> list[str]:
    # `--recovery-key verify` must not take the command name as the key.
    out = list(argv)
    for i, token in enumerate(out[:-1]):
        if token == "--recovery-key" and out[i + 1] in commands:
            out[i] = "--recovery-key=" + "\x00read"
    return out


def _sentence(message: str) -> str:
    message = " ".join(str(message).split())
    return message if message.endswith((".", "?", "!")) else message + "."


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # noqa: SLF001
    args = parser.parse_args(_fix_recovery_key(sys.argv[1:] if argv is None else argv, commands))
    for name, default in (("vault", None), ("user", None), ("passphrase_stdin", False),
                          ("recovery_key", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.recovery_key == "\x00read":
        args.recovery_key = _READ
    secrets = Secrets(args.passphrase_stdin)
    try:
        if args.command == "report":
            from .reports import commands as report_commands
            with open_vault(args, secrets) as vault:
                return report_commands.run(args, vault)
        return args.func(args, secrets)
    except InputRejected as exc:
        print(_sentence(str(exc)), file=sys.stderr)
        for row, field, message in exc.report[:200]:
            where = f"row {row}" + (f", {field}" if field else "")
            print(f"  {where}: {message}", file=sys.stderr)
        if len(exc.report) > 200:
            print(f"  … and {len(exc.report) - 200} more.", file=sys.stderr)
        return EXIT_REJECTED
    except VaultError as exc:
        print(_sentence(str(exc)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Stopped; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: never a traceback on a user's screen
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    import sqlcipher3

    if isinstance(exc, sqlcipher3.OperationalError) and "locked" in str(exc).lower():
        print("The vault is busy: another AccompDesk is writing to it; try again in a moment.",
              file=sys.stderr)
        return 1
    if isinstance(exc, sqlcipher3.DatabaseError):
        print("The vault is damaged: part of it cannot be read. Nothing was changed; "
              "run 'accompdesk-cli verify' or restore a backup.", file=sys.stderr)
        return EXIT_DAMAGED
    if isinstance(exc, OSError):
        print(_sentence(f"The system refused: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    if os.environ.get("ACCOMPDESK_DEBUG") == "1":
        raise exc
    # The message of an unexpected error may quote record text, so only its kind is shown.
    print(f"AccompDesk hit an internal error ({type(exc).__name__}); nothing was changed. "
          "Set ACCOMPDESK_DEBUG=1 to see the details.", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
