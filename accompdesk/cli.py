"""`accompdesk-cli`: the vault's services without a window.

Exit codes: 0 done, 2 usage error, 3 wrong passphrase or no key, 4 input rejected
(with a per-row report), 5 vault damaged. Errors are one sentence on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from .vault.errors import (EXIT_DAMAGED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE,
                           InputRejected, NoKey, UsageError, VaultError)

ENV_PASSPHRASE = "ACCOMPDESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "ACCOMPDESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "ACCOMPDESK_RECOVERY_KEY"
ENV_FAST_KDF = "ACCOMPDESK_FAST_KDF"  # tests only: Argon2id at OWASP's floor, never below
_READ = object()  # --recovery-key: read the key like a passphrase, never from argv
RECOVERY_KEY_NOT_IN_ARGV = (
    "--recovery-key takes no value: a key typed on the command line is seen by anyone "
    "who lists processes and stays in the shell history. Give --recovery-key alone, then "
    f"type the key at the prompt, pass it as the first line of standard input with "
    f"--passphrase-stdin, or set {ENV_RECOVERY_KEY}.")

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
                raise NoKey(f"Standard input ended before the {what}.")
            return line
        if os.environ.get(env):
            return os.environ[env]
        if not sys.stdin.isatty():
            raise NoKey(f"No {what}: type it at a terminal, pass it on standard input with "
                        f"--passphrase-stdin, or set {env}.")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise UsageError(f"The two {what}s are not the same.")
        return first

    def passphrase(self, prompt: str = "Passphrase: ", confirm: bool = False) -> str:
        return self._get(0, ENV_PASSPHRASE, prompt, confirm)

    def new_passphrase(self, prompt: str = "New passphrase: ") -> str:
        return self._get(1, ENV_NEW_PASSPHRASE, prompt, confirm=True)

    def recovery_key(self) -> str:
        return self._get(0, ENV_RECOVERY_KEY, "Recovery key: ", what="recovery key")


def _kdf():
    from .vault.keyslots import FAST_KDF, calibrate

    return FAST_KDF if os.environ.get(ENV_FAST_KDF) == "1" else calibrate()


def _vault_path(args) -> str:
    from .vault.paths import default_vault_path

    return os.path.abspath(args.vault) if args.vault else default_vault_path()


def _recovery_key(args, secrets: Secrets) -> str | None:
    """The recovery key, read like a passphrase when --recovery-key is given, or None."""
    if args.recovery_key is None:
        return None
    if args.recovery_key is not _READ:
        raise UsageError(RECOVERY_KEY_NOT_IN_ARGV)
    return secrets.recovery_key()


def open_vault(args, secrets: Secrets, *, exclusive: bool = False):
    """The vault, open; `exclusive` for whole-vault commands, which wait for the vault alone."""
    from .vault.store import Vault

    path = _vault_path(args)
    key = _recovery_key(args, secrets)
    if key is not None:
        return Vault.open(path, recovery_key=key, exclusive=exclusive)
    # Checked here too, so that nobody is asked for a passphrase for a vault that is not there.
    from .vault.store import exists
    if not exists(path):
        from .vault.errors import VaultNotFound
        raise VaultNotFound(f"There is no vault at {path}; create one with 'accompdesk-cli init'.")
    return Vault.open(path, passphrase=secrets.passphrase(), user=args.user, exclusive=exclusive)


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
    from .vault.demo import fill_demo

    with open_vault(args, secrets) as vault:
        counts = fill_demo(vault, args.scale, seed=args.seed)
    print(", ".join(f"{n} {t}" for t, n in counts.items()))
    return EXIT_OK


def cmd_import(args, secrets: Secrets) -> int:
    """Canonical and foreign files alike: read, map, check, then import (or not)."""
    from .exchange import importer, profiles
    from .exchange.report import write_report

    try:
        with open(args.file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror}.") from None
    if args.report and not os.path.isdir(os.path.dirname(os.path.abspath(args.report))):
        raise UsageError(f"The folder for the report {args.report} does not exist.")
    with open_vault(args, secrets) as vault:
        profile = profiles.load(vault, args.profile) if args.profile else None
        options = importer.Options(month_first=args.month_first or bool(profile and profile.month_first),
                                   skip_invalid=args.skip_invalid, keep_duplicates=args.keep_duplicates)
        plan = importer.prepare(vault, args.table, data, args.file, maps=args.map or [],
                                profile=profile, encoding=args.encoding,
                                delimiter=_delimiter(args.delimiter), sheet=args.sheet,
                                matches=args.match or [], value_maps=args.map_value or [])
        if args.dry_run or args.show_mapping:
            _print_plan(plan, args.file)
        if args.save_profile:
            # The mapping stands on its own: it is worth keeping even if rows are refused.
            profiles.save(vault, profiles.from_mapping(
                args.save_profile, plan.mapping, encoding=args.encoding,
                delimiter=_delimiter(args.delimiter), month_first=options.month_first,
                value_maps=plan.value_maps, match=plan.match_fields))
            print(f"Saved the mapping as the import profile {' '.join(args.save_profile.split())}.")
        checked = None
        try:
            checked = importer.examine(vault, plan, options)
            result = importer.write(vault, checked, dry_run=args.dry_run)
        except InputRejected as exc:
            if args.report:
                issues = checked.issues if checked is not None else [
                    importer.Issue(row, column, message) for row, column, message in exc.report]
                write_report(vault, args.report, issues, table=args.table, source=plan.filename)
            raise
        if args.report:
            write_report(vault, args.report, result.issues, table=args.table, source=plan.filename)
    verb = "Would import" if args.dry_run else "Imported"
    line = (f"{verb} {result.created + result.updated} {args.table}: {result.created} new, "
            f"{result.updated} updated.")
    if result.unchanged:
        line += f" {result.unchanged} row(s) matched a record and change nothing."
    if args.dry_run and result.matches:
        from .vault.repository import NOUNS
        noun = NOUNS.get(args.table, args.table)
        shown = result.matches[:500]
        print("Row by row:")
        for match in shown:
            print(f"  {match.describe(noun)}")
        if len(result.matches) > len(shown):
            print(f"  … and {len(result.matches) - len(shown)} more rows.")
    if result.skipped_duplicates:
        line += (f" {result.skipped_duplicates} likely duplicate(s) skipped "
                 "(--keep-duplicates imports them).")
    if result.skipped_invalid:
        line += f" {result.skipped_invalid} row(s) with problems skipped."
    print(line)
    notes = result.issues
    if notes and (args.dry_run or args.skip_invalid):
        shown = notes[:50]
        print("Problems and notes:")
        for issue in shown:
            where = f"row {issue.row}" + (f", {issue.column}" if issue.column else "")
            print(f"  {where}: {issue.message}")
        if len(notes) > len(shown):
            print(f"  … and {len(notes) - len(shown)} more" +
                  ("; the report lists them all." if args.report else "; --report FILE.csv lists them all."))
    elif notes:
        print(f"{len(notes)} note(s) about the file" +
              (f" are in {args.report}." if args.report else "; --dry-run or --report FILE.csv shows them."))
    return EXIT_OK


def _delimiter(value: str | None) -> str | None:
    if value is None:
        return None
    named = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t", "bar": "|", "pipe": "|"}
    value = named.get(value.lower(), value)
    if value not in (",", ";", "\t", "|"):
        raise UsageError("The delimiter is one of: comma, semicolon, tab, bar.")
    return value


def _print_plan(plan, filename: str) -> None:
    sheet = plan.sheet
    print(f"File: {os.path.basename(filename)} ({sheet.describe()}).")
    for note in sheet.notes:
        print(f"  Note: {note}.")
    print("Mapping used (column -> field):")
    for line in plan.mapping.describe():
        print(f"  {line}")
    if plan.match_fields:
        print(f"Rows update the record with the same {' and '.join(plan.match_fields)}; the rest are new.")
    for name, values in plan.value_maps.items():
        print(f"Values of {name}: " + ", ".join(f"{k} -> {v}" for k, v in values.items()))
    for header, values in plan.scale_suggestions.items():
        options = " ".join(f'--map-value "{header}:{k}={v}"' for k, v in values.items())
        print(f"Note: {header} holds numbers; a suggested reading: {options}")


def cmd_export(args, secrets: Secrets) -> int:
    """Without --audience: the canonical machine file (ids, codes; internal). With it:
    a table for people, through the audience rules."""
    from .vault.fsutil import atomic_write

    fmt = args.format or ("xlsx" if args.output.lower().endswith(".xlsx") else "csv")
    if args.audience is None:
        if args.columns or args.language:
            raise UsageError("--columns and --language need --audience (a table for people).")
        with open_vault(args, secrets) as vault:
            # The canonical file names everyone: an internal export, a coordinator's act.
            vault.require("coordinator")
            from .exchange.canonical import export_csv, export_xlsx
            if fmt == "xlsx":
                if args.output == "-":
                    raise UsageError("A workbook cannot go to standard output; give a file name.")
                data, count = export_xlsx(vault, args.table, include_deleted=args.include_deleted)
            else:
                import io
                buffer = io.StringIO()
                count = export_csv(vault, args.table, buffer, include_deleted=args.include_deleted)
                data = buffer.getvalue().encode("utf-8")
            if args.output == "-":
                sys.stdout.write(data.decode("utf-8"))
            else:
                atomic_write(args.output, data)
            vault.record_audit("export", args.table,
                               detail=f"canonical {fmt}, internal, {count} records")
        if args.output != "-":
            print(f"Exported {count} {args.table} to {args.output} (internal: it names everyone).",
                  file=sys.stderr)
        return EXIT_OK
    from .exchange.export import export_table

    if args.output == "-":
        raise UsageError("An export for an audience goes to a file; give one with -o.")
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    from .domain.disclosure import WithheldSummary

    summary = WithheldSummary(args.audience)
    with open_vault(args, secrets) as vault:
        count = export_table(vault, args.table, args.output, fmt=fmt, audience=args.audience,
                             language=args.language or "en", columns=columns,
                             include_deleted=args.include_deleted,
                             delimiter=_delimiter(args.delimiter) or ",", summary=summary)
    print(f"Exported {count} {args.table} to {args.output} ({args.audience}: names withheld "
          "below that audience).", file=sys.stderr)
    print(summary.text(), file=sys.stderr)
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


def cmd_restore(args, secrets: Secrets) -> int:
    from .vault.restore import restore

    key = _recovery_key(args, secrets)
    office = _vault_path(args)
    done = restore(args.backup, args.dest, recovery_key=key,
                   passphrase=None if key else secrets.passphrase(), user=args.user,
                   office_path=office if os.path.isfile(office) else None)
    with done.vault:
        for check in done.checks:
            print(f"ok   {check.name}: {check.message}")
    print(f"Restored into {os.path.abspath(args.dest)}; the backup was not changed.")
    return EXIT_OK


def cmd_followups(args, secrets: Secrets) -> int:
    from .vault.chain import followup_board, followup_rows

    with open_vault(args, secrets) as vault:
        header, rows = followup_rows(followup_board(vault), overdue_only=args.overdue)
    if args.format == "csv":
        import csv

        from .exchange.cells import neutralise
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[neutralise(cell) for cell in row] for row in rows])
    else:
        for row in rows:
            print("\t".join(row))
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

    with open_vault(args, secrets, exclusive=True) as vault:
        rekey(vault, before_swap=_print_new_recovery_key)
    print("The vault has a new key; every staff member's passphrase still opens it, "
          "and the old recovery key no longer does.")
    return EXIT_OK


def _print_new_recovery_key(recovery: str) -> None:
    # Printed before the vault changes over: if the program dies after the swap, the
    # office already holds the key that opens it.
    print("New recovery key (write it down; it replaces the old one once the vault has changed "
          "over, and is shown only once):")
    print(f"  {recovery}", flush=True)


def cmd_user(args, secrets: Secrets) -> int:
    from .vault import staff

    whole_vault = args.user_command in ("add", "remove", "passwd")
    with open_vault(args, secrets, exclusive=whole_vault) as vault:
        if args.user_command == "list":
            for member in staff.list_staff(vault):
                print(f"{member.name}\t{member.role}\t{'key slot' if member.has_slot else 'no key slot'}")
        elif args.user_command == "add":
            passphrase = secrets.new_passphrase(f"Passphrase for {args.name}: ")
            staff.add_staff(vault, args.name, passphrase, args.role, kdf=_kdf())
            print(f"Added {args.name} ({args.role}).")
        elif args.user_command == "remove":
            staff.remove_staff(vault, args.name, before_swap=_print_new_recovery_key)
            print(f"Removed {args.name}'s key slot and rekeyed the vault; the old recovery key "
                  "no longer opens it.")
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

class _Formatter(argparse.HelpFormatter):
    def _format_args(self, action, default_metavar):
        # --recovery-key accepts a value only to refuse it; help shows it as a plain flag.
        if action.dest == "recovery_key":
            return ""
        return super()._format_args(action, default_metavar)

    def _format_action_invocation(self, action):
        return super()._format_action_invocation(action).rstrip()

    def _format_usage(self, *args, **kwargs):
        return super()._format_usage(*args, **kwargs).replace("--recovery-key ]", "--recovery-key]")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

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
    # nargs="?" only so that a value given here is caught and refused with a sentence.
    common.add_argument("--recovery-key", nargs="?", const=_READ, metavar="", default=argparse.SUPPRESS,
                        help="open with the recovery key instead of a passphrase: typed at the "
                             "prompt, the first line of standard input with --passphrase-stdin, "
                             f"or {ENV_RECOVERY_KEY}; never on the command line")
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

    p = sub.add_parser("import", parents=[common],
                       help="import a CSV or XLSX file, canonical or as offices write them")
    p.add_argument("table", metavar="TABLE", help=TABLES_HELP)
    p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    p.add_argument("--dry-run", action="store_true",
                   help="check the file, print the mapping and every problem, change nothing")
    p.add_argument("--map", action="append", metavar="COLUMN=field",
                   help="fill a field from a column (repeatable); COLUMN=- leaves a column out")
    p.add_argument("--match", action="append", metavar="COLUMN=field",
                   help="update the record whose field equals the column (repeatable: all must be equal); "
                        "create the rest")
    p.add_argument("--map-value", action="append", metavar="COLUMN:VALUE=code",
                   help="read a value of a column as a code, as in \"Gravedad:3=high\" (repeatable)")
    p.add_argument("--profile", metavar="NAME", help="use a saved mapping")
    p.add_argument("--save-profile", metavar="NAME", help="save the mapping used under a name")
    p.add_argument("--show-mapping", action="store_true", help="print the mapping used")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and report the rest (default: one bad row rejects all)")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="import rows that look like records already there (default: report and skip)")
    p.add_argument("--report", metavar="FILE.csv",
                   help="write every problem and note by row and column to a CSV file")
    p.add_argument("--encoding", metavar="ENC", help="utf-8, utf-16, windows-1252 or latin-1 "
                                                     "(default: detected)")
    p.add_argument("--delimiter", metavar="D", help="comma, semicolon, tab or bar (default: detected)")
    p.add_argument("--sheet", metavar="NAME", help="the worksheet of an .xlsx file (default: the first)")
    p.add_argument("--month-first", action="store_true",
                   help="read numeric dates month first (03/15/2024); the default is day first")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common],
                       help="export a table: canonical, or for an audience (CSV or XLSX)")
    p.add_argument("table", metavar="TABLE", help=TABLES_HELP)
    p.add_argument("--format", choices=["csv", "xlsx"], help="default: from the file name, else csv")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the file to write, or - for stdout (canonical csv only)")
    p.add_argument("--audience", choices=["public", "diplomatic", "internal"],
                   help="a table for people: labels and names, withheld below this audience "
                        "(without it: the canonical file, ids and codes, internal)")
    p.add_argument("--language", choices=["en", "es"], help="headers and labels (with --audience)")
    p.add_argument("--columns", metavar="a,b,c", help="the fields to export, in order (with --audience)")
    p.add_argument("--delimiter", metavar="D", help="for csv with --audience: comma (default), "
                                                    "semicolon, tab or bar")
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

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup into a new file and verify it (the backup is not changed)")
    p.add_argument("backup", metavar="BACKUP", help="the backup's .vault file")
    p.add_argument("dest", metavar="DEST", help="a folder or a new file name for the restored vault")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("followups", parents=[common],
                       help="commitments overdue and due soon, meetings to hold, grave incidents not escalated")
    p.add_argument("--overdue", action="store_true", help="only what is overdue")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(func=cmd_followups)

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

    p = sub.add_parser("office", parents=[common], help="this office: its settings, identity card and fingerprint")
    office_sub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True, parser_class=_Parser)
    from . import cli_office, cli_offices
    cli_office.add_arguments(office_sub, common)  # get, set
    cli_offices.add_office_actions(office_sub, common)  # card, show, rename
    cli_offices.add_arguments(sub, common, _Parser)  # peer, send, receive, conflicts

    _add_plugin_commands(sub, common)
    return parser


def _add_plugin_commands(sub, common) -> None:
    """Commands defined beside the services they drive (reports, merges)."""
    from . import cli_merge
    from .reports import commands as report_commands

    cli_merge.add_arguments(sub, parents=[common])
    report_commands.add_arguments(sub, parents=[common])


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
    from .vault import locking
    from .vault.fsutil import private_umask

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
        args.recovery_key = _READ
    secrets = Secrets(args.passphrase_stdin)
    if args.recovery_key is not None and args.recovery_key is not _READ:
        # Refused before anything is opened or read; the value itself is not repeated.
        print(RECOVERY_KEY_NOT_IN_ARGV, file=sys.stderr)
        return EXIT_USAGE
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
        print("The vault is busy: another AccompDesk is writing to it; nothing was changed. "
              "Try again in a moment.", file=sys.stderr)
        return EXIT_USAGE  # as for a whole-vault operation that waited too long
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
