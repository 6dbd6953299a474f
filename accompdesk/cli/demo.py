"""`demo`: fill a vault with fictional data."""

from __future__ import annotations

from ..vault.errors import EXIT_OK
from .base import Secrets, open_vault


def cmd_demo(args, secrets: Secrets) -> int:
    from ..services.demo import fill_demo

    with open_vault(args, secrets) as vault:
        counts = fill_demo(vault, args.scale, seed=args.seed)
    print(", ".join(f"{n} {t}" for t, n in counts.items()))
    return EXIT_OK


def add_arguments(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="fill the vault with fictional data")
    p.add_argument("--scale", type=int, default=1000, metavar="N", help="about N incidents")
    p.add_argument("--seed", type=int, default=2026)
    p.set_defaults(func=cmd_demo)
