"""Which role may do what: one table that services and buttons both read.

Roles are an office rule, not encryption. Every key slot unwraps the same raw key
and so opens the whole vault; a viewer with the SQLCipher tools and their own
passphrase can read everything. The services below refuse what a role may not do
so that day-to-day work follows the office's rules and the audit log shows who
did what; trust in the people who hold a slot is still what protects the record.
"""

from __future__ import annotations

from ..domain.vocab import USER_ROLE
from .errors import PermissionDenied, UsageError

AUDIENCES = ("public", "diplomatic", "internal")

# The widest audience each role may export for.
EXPORT_AUDIENCES = {
    "viewer": ("public",),
    "staff": ("public", "diplomatic"),
    "coordinator": ("public", "diplomatic", "internal"),
}

# The least role each act needs.
ACTIONS = {
    "read": "viewer",
    "edit": "staff",
    "backup": "staff",
    "manage staff": "coordinator",
    "rekey": "coordinator",
    "purge": "coordinator",
    "restore": "coordinator",
    "office settings": "coordinator",
    "export audit log": "coordinator",
}


def audiences_for(role: str) -> tuple[str, ...]:
    return EXPORT_AUDIENCES.get(role, ())


def may_export(role: str, audience: str) -> bool:
    if audience not in AUDIENCES:
        raise UsageError("vault.roles.audience_one", items=', '.join(AUDIENCES))
    return audience in audiences_for(role)


def require_export(vault, audience: str) -> None:
    """Refuse an export for an audience wider than the user's role allows."""
    if not may_export(vault.role, audience):
        role = USER_ROLE.label(vault.role).lower()
        if audience == "internal":
            raise PermissionDenied("vault.roles.may_not_export_internal", role=role, audience=audience)
        raise PermissionDenied("vault.roles.may_not_export", role=role, audience=audience)


def may(role: str, action: str) -> bool:
    needed = ACTIONS.get(action)
    if needed is None:
        raise UsageError("vault.roles.there_no_act_called", action=action)
    return USER_ROLE.rank(role) >= USER_ROLE.rank(needed) if role in USER_ROLE.codes else False


def require(vault, action: str) -> None:
    if not may(vault.role, action):
        vault.require(ACTIONS[action])  # raises with the vault's own sentence
