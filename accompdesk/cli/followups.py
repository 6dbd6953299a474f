"""`followups`: commitments overdue and due soon, meetings to hold, grave incidents not escalated."""

from __future__ import annotations

import sys

from ..vault.errors import EXIT_OK
from .base import Secrets, open_vault


def cmd_followups(args, secrets: Secrets) -> int:
    from ..domain.chain import followup_rows
    from ..vault.chain import followup_board

    with open_vault(args, secrets) as vault:
        header, rows = followup_rows(followup_board(vault), overdue_only=args.overdue)
    if args.format == "csv":
        import csv

        from ..exchange.cells import neutralise
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(header)
        writer.writerows([[neutralise(cell) for cell in row] for row in rows])
    else:
        for row in rows:
            print("\t".join(row))
    return EXIT_OK


def add_arguments(sub, common) -> None:
    p = sub.add_parser("followups", parents=[common],
                       help="commitments overdue and due soon, meetings to hold, grave incidents not escalated")
    p.add_argument("--overdue", action="store_true", help="only what is overdue")
    p.add_argument("--format", choices=("text", "csv"), default="text")
    p.set_defaults(func=cmd_followups)
