"""`accompdesk-cli office get [KEY]` and `office set KEY VALUE`: the office settings the
Office page of the preferences sets, for scripts and for offices without a screen."""

from __future__ import annotations

import sys

from ..domain import office
from ..domain.messages import ENGLISH
from ..vault.errors import EXIT_OK, InputRejected, UsageError

# The arguments of each of office.problem's codes; its sentence is "office.setting.<code>".
_PARAMS = {
    "not_a_number": ("setting",),
    "out_of_range": ("setting", "low", "high"),
    "empty": ("setting",),
    "not_a_phone": ("value",),
    "not_a_locale": ("value",),
    "not_a_format": ("value", "choices"),
    "not_a_zone": ("value",),
    "not_text": ("setting",),
}


def add_arguments(office_sub, common) -> None:
    """The settings actions of the `office` group (the group lives in cli/main.py)."""
    keys = ", ".join(office.EDITABLE)
    q = office_sub.add_parser("get", parents=[common], help="print the office settings, or one of them")
    q.add_argument("key", nargs="?", metavar="KEY", help=f"one of: {keys}")
    q.set_defaults(func=cmd_get)
    q = office_sub.add_parser("set", parents=[common], help="change one office setting (coordinators)")
    q.add_argument("key", metavar="KEY", help=f"one of: {keys}")
    q.add_argument("value", metavar="VALUE", help="the new value; '' clears it; \\n starts a new line")
    q.set_defaults(func=cmd_set)


def _known(key: str) -> str:
    if key not in office.EDITABLE:
        raise UsageError("cli_office.there_no_office_setting", key=key, items=', '.join(office.EDITABLE))
    return key


def refused(code: str, args: tuple) -> InputRejected:
    shown = [", ".join(a) if isinstance(a, tuple) else a for a in args]
    if f"office.setting.{code}" not in ENGLISH:
        return InputRejected("office.setting.refused", setting=shown[0])
    # A code office.problem gives, with its arguments named (tests/errors checks every code).
    return InputRejected(f"office.setting.{code}", **dict(zip(_PARAMS[code], shown)))


def cmd_get(args, secrets) -> int:
    from .base import open_vault
    from ..vault import settings

    keys = [_known(args.key)] if args.key else list(office.EDITABLE)
    with open_vault(args, secrets) as vault:
        current = settings.load(vault)
    for key in keys:
        value = getattr(current, key)
        print(value if args.key else f"{key}\t{value}".replace("\n", "\\n"))
    return EXIT_OK


def cmd_set(args, secrets) -> int:
    from zoneinfo import available_timezones

    from .base import open_vault
    from ..vault import settings

    key = _known(args.key)
    try:
        value = office.from_text(key, args.value)
    except ValueError:
        raise InputRejected("office.setting.not_a_number", setting=key) from None
    found = office.problem(key, value, zones=available_timezones() if key == "time_zone" else None)
    if found:
        raise refused(*found)
    with open_vault(args, secrets) as vault:
        settings.save(vault, **{key: value})
    print(f"{key} is now {value!r}." if "\n" not in str(value) else f"{key} is changed.", file=sys.stderr)
    return EXIT_OK
