"""The office identity and its trusted peers.

Each vault is one office. It has a name, an X25519 key pair (an age identity) on which
bundles for it are encrypted, and an Ed25519 key pair with which it signs the bundles
it sends. The private halves live in the vault's own tables, so a rekey, which
re-encrypts the file, leaves them as they are. A peer is trusted by its public card,
after two people read the fingerprint to each other.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

from . import audit
from .clock import now_utc
from .errors import InputRejected, UsageError

AUDIENCES = ("internal", "diplomatic", "public")
CARD_FORMAT = 1


@dataclass(frozen=True)
class Identity:
    office_id: str
    name: str
    age_identity: str
    age_recipient: str
    sign_private: bytes
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office_id, self.age_recipient, self.sign_public)


@dataclass(frozen=True)
class Peer:
    office_id: str
    name: str
    audience: str
    age_recipient: str
    sign_public: bytes
    added_at: str
    removed_at: str | None
    bundles_sent: int
    last_sent_at: str | None
    last_bundle_received: int
    last_received_at: str | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office_id, self.age_recipient, self.sign_public)


def fingerprint(office_id: str, age_recipient: str, sign_public: bytes) -> str:
    """160 bits in eight groups of four letters and digits (base32: no 0/O or 1/I to
    confuse), short enough to read over a phone line."""
    body = b"accompdesk office v1\0" + office_id.encode() + b"\0" + age_recipient.encode() + b"\0" + sign_public
    text = base64.b32encode(hashlib.sha256(body).digest()[:20]).decode()
    return " ".join(text[i:i + 4] for i in range(0, 32, 4))


# -- this office --------------------------------------------------------------------------

def ensure_identity(conn, default_name: str, upgraded_by: str | None = None) -> bool:
    """Make the identity if the vault has none (a new vault, or the first open after the
    migration that added the tables). Returns True when it was made now. An upgrade is
    audited in the name of whoever opened the vault; a new vault's "create vault" entry
    already says how it began.

    The records already there enter the change log as this office's, in the same
    transaction, so that the first bundle carries them.
    """
    if conn.execute("SELECT 1 FROM office_identity").fetchone():
        return False
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    from . import changelog

    age = x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    private = signing.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = signing.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    office_id = os.urandom(16).hex()
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM office_identity").fetchone():
            conn.execute("ROLLBACK")  # another program made it a moment ago
            return False
        conn.execute("INSERT INTO office_identity (id, office_id, name, age_identity, age_recipient, "
                     "sign_private, sign_public, created_at) VALUES (1,?,?,?,?,?,?,?)",
                     (office_id, _clean_name(default_name), str(age), str(age.to_public()),
                      private, public, now_utc()))
        changelog.baseline(conn, office_id)
        if upgraded_by is not None:
            audit.append(conn, upgraded_by, "make office identity", "vault", "", "", "",
                         fingerprint(office_id, str(age.to_public()), public))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return True


def identity(conn) -> Identity:
    row = conn.execute("SELECT office_id, name, age_identity, age_recipient, sign_private, sign_public "
                       "FROM office_identity").fetchone()
    if row is None:
        raise UsageError("vault.office.vault_has_no_office")
    return Identity(row[0], row[1], row[2], row[3], bytes(row[4]), bytes(row[5]))


def rename(vault, name: str) -> None:
    vault.require("coordinator")
    name = _clean_name(name)
    with vault.transaction():
        vault.conn.execute("UPDATE office_identity SET name = ?", (name,))
        audit.append(vault.conn, vault.user, "rename office", "vault", "", "", "", name)


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UsageError("vault.office.office_needs_name")
    if len(name) > 100:
        raise UsageError("vault.office.office_name_has_at")
    return name


def card(conn) -> str:
    """The public card: name, both public keys and the fingerprint, as JSON text."""
    me = identity(conn)
    return json.dumps({"accompdesk_office_card": CARD_FORMAT, "office_id": me.office_id,
                       "name": me.name, "age_recipient": me.age_recipient,
                       "sign_public": base64.b64encode(me.sign_public).decode(),
                       "fingerprint": me.fingerprint}, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Card:
    office_id: str
    name: str
    age_recipient: str
    sign_public: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office_id, self.age_recipient, self.sign_public)


def read_card(text: str) -> Card:
    """A card as written by `card`; anything else is refused in one sentence."""
    from pyrage import x25519

    try:
        data = json.loads(text)
        if not isinstance(data, dict) or "accompdesk_office_card" not in data:
            raise ValueError
        if data["accompdesk_office_card"] > CARD_FORMAT:
            raise InputRejected("vault.office.office_card_was_written")
        found = Card(str(data["office_id"]), _clean_name(str(data["name"])), str(data["age_recipient"]),
                     base64.b64decode(data["sign_public"], validate=True))
        x25519.Recipient.from_str(found.age_recipient)
        if len(found.sign_public) != 32 or len(found.office_id) != 32:
            raise ValueError
        int(found.office_id, 16)
    except InputRejected:
        raise
    except Exception:  # noqa: BLE001 - whatever a foreign file makes the parsers raise
        raise InputRejected("vault.office.file_not_accompdesk_office") from None
    if "fingerprint" in data and data["fingerprint"] != found.fingerprint:
        raise InputRejected("vault.office.office_card_s_fingerprint")
    return found


# -- peers ----------------------------------------------------------------------------------

_PEER_COLUMNS = ("office_id, name, audience, age_recipient, sign_public, added_at, removed_at, "
                 "bundles_sent, last_sent_at, last_bundle_received, last_received_at")


def _peer(row) -> Peer:
    return Peer(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6], row[7], row[8], row[9], row[10])


def peers(conn, *, include_removed: bool = False) -> list[Peer]:
    sql = f"SELECT {_PEER_COLUMNS} FROM peers"
    if not include_removed:
        sql += " WHERE removed_at IS NULL"
    return [_peer(r) for r in conn.execute(sql + " ORDER BY name")]


def peer_by_name(conn, name: str) -> Peer:
    row = conn.execute(f"SELECT {_PEER_COLUMNS} FROM peers WHERE name = ? AND removed_at IS NULL",
                       (" ".join(name.split()),)).fetchone()
    if row is None:
        raise UsageError("vault.office.there_no_trusted_office", name=name)
    return _peer(row)


def peer_by_id(conn, office_id: str) -> Peer | None:
    """The trusted (not removed) peer with this office id, or None."""
    row = conn.execute(f"SELECT {_PEER_COLUMNS} FROM peers WHERE office_id = ? AND removed_at IS NULL",
                       (office_id,)).fetchone()
    return _peer(row) if row else None


def add_peer(vault, found: Card, audience: str, name: str | None = None) -> Peer:
    vault.require("coordinator")
    if audience not in AUDIENCES:
        raise UsageError("vault.office.audience_one", items=', '.join(AUDIENCES))
    name = _clean_name(name or found.name)
    conn = vault.conn
    if found.office_id == identity(conn).office_id:
        raise InputRejected("vault.office.office_s_own_card")
    if peer_by_id(conn, found.office_id):
        raise InputRejected("vault.office.office_already_trusted_remove")
    if conn.execute("SELECT 1 FROM peers WHERE name = ? AND removed_at IS NULL", (name,)).fetchone():
        raise InputRejected("vault.office.there_already_trusted_office", name=name)
    stamp = now_utc()
    with vault.transaction():
        # A removed peer trusted again starts afresh: its old key may be the reason it was removed.
        conn.execute("DELETE FROM peers WHERE office_id = ?", (found.office_id,))
        conn.execute("INSERT INTO peers (office_id, name, audience, age_recipient, sign_public, added_at, "
                     "added_by) VALUES (?,?,?,?,?,?,?)",
                     (found.office_id, name, audience, found.age_recipient, found.sign_public, stamp,
                      vault.user))
        conn.execute("INSERT INTO known_offices (office_id, name) VALUES (?, ?) ON CONFLICT(office_id) "
                     "DO UPDATE SET name = excluded.name", (found.office_id, name))
        audit.append(conn, vault.user, "add peer", "peers", found.office_id, "", "",
                     f"{name} ({audience}) {found.fingerprint}")
    return peer_by_name(conn, name)


def remove_peer(vault, name: str) -> Peer:
    vault.require("coordinator")
    found = peer_by_name(vault.conn, name)
    with vault.transaction():
        vault.conn.execute("UPDATE peers SET removed_at = ? WHERE office_id = ?", (now_utc(), found.office_id))
        audit.append(vault.conn, vault.user, "remove peer", "peers", found.office_id, "", "",
                     f"{found.name} {found.fingerprint}")
    return found


def office_names(conn) -> dict[str, str]:
    """Every office this vault has heard of (peers and origins relayed by them), by id."""
    names = dict(conn.execute("SELECT office_id, name FROM known_offices"))
    me = conn.execute("SELECT office_id, name FROM office_identity").fetchone()
    if me:
        names[me[0]] = me[1]
        # This office after a restore writes as a new origin (changelog.new_epoch), still itself.
        for (origin,) in conn.execute("SELECT origin FROM office_epochs"):
            names[origin] = me[1]
    return names
