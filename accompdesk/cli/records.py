"""`import`, `export`, `list`, `search`: records in and out of the vault."""

from __future__ import annotations

import os
import sys

from ..vault.errors import EXIT_OK, InputRejected, UsageError
from .base import TABLES_HELP, Secrets, delimiter, open_vault


def cmd_import(args, secrets: Secrets) -> int:
    """Canonical and foreign files alike: read, map, check, then import (or not)."""
    from ..exchange import importer, profiles
    from ..exchange.report import write_report

    try:
        with open(args.file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise UsageError("cli.cannot_read", file=args.file, strerror=exc.strerror) from None
    if args.report and not os.path.isdir(os.path.dirname(os.path.abspath(args.report))):
        raise UsageError("cli.folder_for_report_does", report=args.report)
    if args.report and os.path.isdir(args.report):
        # Checked before the import: the report is written after it, too late to refuse.
        raise UsageError("cli.report_is_folder", report=args.report)
    with open_vault(args, secrets) as vault:
        profile = profiles.load(vault, args.profile) if args.profile else None
        options = importer.Options(month_first=args.month_first or bool(profile and profile.month_first),
                                   skip_invalid=args.skip_invalid, keep_duplicates=args.keep_duplicates)
        plan = importer.prepare(vault, args.table, data, args.file, maps=args.map or [],
                                profile=profile, encoding=args.encoding,
                                delimiter=delimiter(args.delimiter), sheet=args.sheet,
                                matches=args.match or [], value_maps=args.map_value or [])
        if args.dry_run or args.show_mapping:
            _print_plan(plan, args.file)
        from ..exchange.mapping import refuse_twins
        try:
            refuse_twins(plan.mapping, plan.sheet.header_row)
        except InputRejected as exc:
            if args.report:
                write_report(vault, args.report, [importer.Issue(row, column, message)
                                                  for row, column, message in exc.report],
                             table=args.table, source=plan.filename)
            raise
        if args.save_profile is not None:  # an empty name is refused, not ignored
            # The mapping stands on its own: it is worth keeping even if rows are refused.
            profiles.save(vault, profiles.from_mapping(
                args.save_profile, plan.mapping, encoding=args.encoding,
                delimiter=delimiter(args.delimiter), month_first=options.month_first,
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
        from ..vault.repository import NOUNS
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
    from ..vault.fsutil import atomic_write

    fmt = args.format or ("xlsx" if args.output.lower().endswith(".xlsx") else "csv")
    if args.audience is None:
        if args.columns or args.language:
            raise UsageError("cli.columns_language_need_audience")
        with open_vault(args, secrets) as vault:
            # The canonical file names everyone: an internal export, a coordinator's act.
            vault.require("coordinator")
            from ..exchange.canonical import export_csv, export_xlsx
            if fmt == "xlsx":
                if args.output == "-":
                    raise UsageError("cli.workbook_cannot_go_standard")
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
    from ..exchange.export import export_table

    if args.output == "-":
        raise UsageError("cli.export_for_audience_goes")
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    from ..domain.disclosure import WithheldSummary

    summary = WithheldSummary(args.audience)
    with open_vault(args, secrets) as vault:
        count = export_table(vault, args.table, args.output, fmt=fmt, audience=args.audience,
                             language=args.language or "en", columns=columns,
                             include_deleted=args.include_deleted,
                             delimiter=delimiter(args.delimiter) or ",", summary=summary)
    print(f"Exported {count} {args.table} to {args.output} ({args.audience}: names withheld "
          "below that audience).", file=sys.stderr)
    # In the language the table was asked in, as its field names are.
    print(summary.text(args.language or "en"), file=sys.stderr)
    return EXIT_OK


def cmd_list(args, secrets: Secrets) -> int:
    with open_vault(args, secrets) as vault:
        repo = vault.repo(args.table)
        for record in repo.list(limit=args.limit, with_links=False):
            print(f"{record.id}\t{record.title}")
    return EXIT_OK


def cmd_search(args, secrets: Secrets) -> int:
    from ..vault.repository import NOUNS

    with open_vault(args, secrets) as vault:
        hits = vault.search(args.text, limit=args.limit)
    for hit in hits:
        print(f"{NOUNS.get(hit.record_table, hit.record_table)}\t{hit.record_id}\t{hit.title}")
    if not hits:
        print("Nothing found.", file=sys.stderr)
    return EXIT_OK


def add_arguments(sub, common) -> None:
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
