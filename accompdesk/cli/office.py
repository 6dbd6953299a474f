"""`accompdesk-cli office get [KEY]` and `office set KEY VALUE`: the office settings the
Office page of the preferences sets, for scripts and for offices without a screen."""

from __future__ import annotations

import sys

from ..domain import office
from ..vault.errors import EXIT_OK, InputRejected, UsageError

_SENTENCES = {
    "not_a_number": "{0} takes a whole number.",
    "out_of_range": "{0} must be between {1} and {2}.",
    "empty": "{0} cannot be empty.",
    "not_a_phone": "'{0}' is not a telephone number (digits, spaces, + and - only).",
    "not_a_locale": "'{0}' is not a locale; write it as es_CO or en_GB.",
    "not_a_format": "'{0}' is not a date format; choose one of {1}.",
    "not_a_zone": "'{0}' is not a time zone; write it as America/Bogota.",
    "not_text": "{0} takes text.",
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
        raise UsageError(f"There is no office setting called {key}; they are: {', '.join(office.EDITABLE)}.")
    return key


def sentence(code: str, args: tuple) -> str:
    shown = [", ".join(a) if isinstance(a, tuple) else a for a in args]
    return _SENTENCES.get(code, "{0} cannot take that value.").format(*shown)


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
        raise InputRejected(sentence("not_a_number", (key,))) from None
    found = office.problem(key, value, zones=available_timezones() if key == "time_zone" else None)
    if found:
        raise InputRejected(sentence(*found))
    with open_vault(args, secrets) as vault:
        settings.save(vault, **{key: value})
    print(f"{key} is now {value!r}." if "\n" not in str(value) else f"{key} is changed.", file=sys.stderr)
    return EXIT_OK
