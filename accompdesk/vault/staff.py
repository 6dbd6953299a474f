"""Staff members: a key slot each, and a user record for the audit log and the role.

Roles are an office rule enforced by these services; they are not encryption: every
slot opens the same vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.records import User
from ..domain.vocab import USER_ROLE
from .errors import UsageError
from .keyslots import Slot, SlotFile, check_passphrase
from .rekey import rekey


@dataclass(frozen=True)
class StaffMember:
    name: str
    role: str
    has_slot: bool


def list_staff(vault) -> list[StaffMember]:
    slots = set(SlotFile.load(vault.keys_path).users)
    users = {u.name: u.role for u in vault.users.list()}
    names = sorted(set(users) | slots, key=str.casefold)
    return [StaffMember(n, users.get(n, "viewer"), n in slots) for n in names]


def add_staff(vault, name: str, passphrase: str, role: str = "staff", *, kdf: dict | None = None) -> None:
    vault.require("coordinator")
    name = (name or "").strip()
    if not name:
        raise UsageError("vault.staff.staff_member_needs_name")
    if role not in USER_ROLE:
        raise UsageError("vault.staff.role_one", items=', '.join(USER_ROLE.codes))
    check_passphrase(passphrase)
    # The slot file is read, changed and written with the vault held alone, so two
    # changes at once cannot each write the file without the other's slot.
    with vault.exclusive():
        slots = SlotFile.load(vault.keys_path)
        with vault.transaction():
            existing = vault.users.list(filters={"name": name}, include_deleted=True)
            if existing:
                user = existing[0]
                if user.deleted_at:
                    vault.users.restore(user.id)
                user.role = role
                vault.users.update(user)
            else:
                vault.users.add(User(name=name, role=role))
            slots.add(name, passphrase, vault.raw_key, kdf)
            slots.keep_seal(vault.raw_key)
            slots.save()  # last: if it fails, the user record is rolled back with it


def remove_staff(vault, name: str, *, before_swap=None) -> str:
    """Remove a member's slot and rekey, so a copy of their slot opens nothing current.
    Returns the new recovery key (handed to `before_swap` first, see rekey)."""
    vault.require("coordinator")
    if name == vault.user:
        raise UsageError("vault.staff.you_cannot_remove_your")
    return rekey(vault, drop_user=name, before_swap=before_swap)


def change_passphrase(vault, name: str, new_passphrase: str, *, old_passphrase: str | None = None,
                      kdf: dict | None = None) -> None:
    """Your own passphrase (with the old one), or anyone's when you are a coordinator."""
    check_passphrase(new_passphrase)
    with vault.exclusive():
        slots = SlotFile.load(vault.keys_path)
        slot = slots.find(name)
        if name == vault.user:
            if old_passphrase is None:
                raise UsageError("vault.staff.type_your_current_passphrase")
            slot.unlock(old_passphrase)
        else:
            vault.require("coordinator")
        slots.slots[slots.slots.index(slot)] = Slot.create(name, new_passphrase, vault.raw_key, kdf)
        with vault.transaction():
            vault.record_audit("change passphrase", "users", detail=name)
            slots.keep_seal(vault.raw_key)
            slots.save()  # last: if it fails, the audit entry is rolled back with it
