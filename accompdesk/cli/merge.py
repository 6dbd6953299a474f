"""`accompdesk-cli duplicates` and `accompdesk-cli merge`: one person, one record.

    duplicates TABLE [--min-score S] [--format text|csv] [--limit N]
    duplicates TABLE --not-same ID1 ID2        remember that two records are two
    merge TABLE KEEP_ID OTHER_ID [--take FIELD=other ...] [--wider-consent] [--dry-run]
    merge undo MERGE_ID
    merge history TABLE ID
"""

from __future__ import annotations

import csv
import sys

from ..vault.errors import EXIT_OK, InputRejected, UsageError

MERGE_TABLES = "persons, organisations, authorities, officials"


def add_arguments(sub, parents) -> None:
    p = sub.add_parser("duplicates", parents=parents,
                       help="list records that are probably the same person, organisation, authority or official")
    p.add_argument("table", metavar="TABLE", help=MERGE_TABLES)
    p.add_argument("--min-score", type=float, default=None, metavar="S",
                   help="from 0 to 1 (default 0.85)")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N pairs")
    p.add_argument("--not-same", nargs=2, metavar=("ID1", "ID2"),
                   help="remember that these two records are different, so they are not proposed again")
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("merge", parents=parents,
                       help="merge two records into one (TABLE KEEP_ID OTHER_ID), or 'undo MERGE_ID'")
    p.add_argument("words", nargs="+", metavar="TABLE KEEP_ID OTHER_ID | undo MERGE_ID | history TABLE ID")
    p.add_argument("--take", action="append", metavar="FIELD=other",
                   help="take this field's value from the other record (repeatable)")
    p.add_argument("--wider-consent", action="store_true",
                   help="keep the wider consent of the two (coordinators only)")
    p.add_argument("--dry-run", action="store_true", help="show what would stay, change nothing")
    p.set_defaults(func=cmd_merge)


def cmd_duplicates(args, secrets) -> int:
    from .base import open_vault
    from ..domain.dedupe import DEFAULT_MIN_SCORE
    from ..services import dedupe

    min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
    if args.limit is not None and args.limit < 1:
        raise UsageError("cli_merge.limit_whole_number_at")
    with open_vault(args, secrets) as vault:
        if args.not_same:
            first, second = args.not_same
            fresh = dedupe.not_same(vault, args.table, first, second)
            print(f"{first} and {second} are two records; they will not be proposed again."
                  if fresh else f"{first} and {second} were already marked as two records.")
            return EXIT_OK
        pairs = dedupe.pairs(vault, args.table, min_score, args.limit)
    if args.format == "csv":
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(["score", "name_score", "id_1", "name_1", "id_2", "name_2", "reasons"])
        for p in pairs:
            out.writerow([f"{p.score:.2f}", f"{p.name_score:.2f}", p.a.id, p.a.title, p.b.id, p.b.title,
                          "; ".join(p.reasons)])
        return EXIT_OK
    for p in pairs:
        print(f"{p.score:.2f}  {p.a.id}  {p.a.title}")
        print(f"      {p.b.id}  {p.b.title}")
        print(f"      {'; '.join(p.reasons)}")
    print(f"{len(pairs)} possible duplicate pair(s) in {args.table} at score {min_score:.2f} or more."
          + (" Merge with 'accompdesk-cli merge TABLE KEEP_ID OTHER_ID', or mark two records with "
             "--not-same ID1 ID2." if pairs else ""), file=sys.stderr if args.format == "csv" else sys.stdout)
    return EXIT_OK


def cmd_merge(args, secrets) -> int:
    from .base import open_vault
    from ..domain.validation import ValidationError
    from ..services import merging

    words = args.words
    if words[0] == "undo":
        if len(words) != 2:
            raise UsageError("cli_merge.undo_takes_one_merge")
        with open_vault(args, secrets) as vault:
            merge = merging.undo(vault, words[1])
        print(f"Undid the merge {words[1]}: {merge['merged_id']} is its own record again, and every "
              f"link it had is back.")
        return EXIT_OK
    if words[0] == "history":
        if len(words) != 3:
            raise UsageError("cli_merge.history_takes_table_record")
        with open_vault(args, secrets) as vault:
            found = merging.history(vault, words[1], words[2])
        for m in found:
            state = f" (undone {m['undone_at'][:10]})" if m["undone_at"] else ""
            print(f"{m['id']}  {m['merged_at'][:16]}  {m['merged_by']}: {m['merged_id']} into {m['kept_id']}{state}")
            for f in m["fields"]:
                print(f"    {f['field']}: kept '{f['kept']}', other '{f['other']}' -> {f['chosen']}")
        if not found:
            print("No merges.")
        return EXIT_OK
    if len(words) != 3:
        raise UsageError("cli_merge.merge_takes_table_two")
    table, keep_id, other_id = words
    take = merging.parse_take(args.take)
    with open_vault(args, secrets) as vault:
        plan = merging.plan(vault, table, keep_id, other_id, take, wider_consent=args.wider_consent)
        for c in plan.choices:
            if c.differs:
                stays = "kept" if c.chosen == merging.KEPT else "other"
                note = f" ({c.note})" if c.note else ""
                print(f"  {c.field}: '{_shown(c.value)}' stays (from the {stays} record){note}; "
                      f"'{_shown(c.other if c.chosen == merging.KEPT else c.kept)}' goes to the history")
        if args.dry_run:
            print("Dry run: nothing was merged.")
            return EXIT_OK
        try:
            merge_id = merging.merge(vault, plan)
        except ValidationError as exc:
            raise InputRejected("cli_merge.merged_record_would_not",
                                [(0, p.field, p.message) for p in exc.problems], exc=exc) from None
    print(f"Merged {other_id} into {keep_id} (merge {merge_id}). "
          f"Undo with: accompdesk-cli merge undo {merge_id}")
    return EXIT_OK


def _shown(value) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"
