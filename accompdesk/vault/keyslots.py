"""Key slots: the vault's raw key, wrapped once per staff member (as LUKS does).

Each slot holds an X25519 key pair. The private key is sealed with AES-256-GCM under
a key derived from the staff member's passphrase with Argon2id; the vault's raw key
is sealed with AES-256-GCM under a key agreed with the slot's public key. The extra
step lets a coordinator rekey the vault and re-wrap every remaining slot without
knowing anyone else's passphrase; a removed member's private key then unwraps
nothing current. A wrong passphrase fails the GCM tag of the private key, so it is
told apart from a damaged database before SQLCipher is touched.

The file is JSON beside the vault (`<vault>.keys`); it names staff members (to offer
them at unlock) and nothing else about the record. Writes are atomic.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# cryptography is imported in the functions that seal and open slots: reading the staff
# names for the unlock window (SlotFile.load) needs none of it, and it is slow to load.

from .errors import NoKey, SlotFileDamaged, UsageError, WrongPassphrase
from .fsutil import atomic_write

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

FORMAT = "accompdesk-keyslots"
VERSION = 1
RAW_KEY_BYTES = 32

# OWASP's floor for Argon2id is 19 MiB and 2 passes; nothing weaker is accepted.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
DEFAULT_KDF = {"memory_kib": 128 * 1024, "iterations": 3, "lanes": 4}
# Tests and the demo may ask for the floor to keep runs short; never below it.
FAST_KDF = {"memory_kib": MIN_MEMORY_KIB, "iterations": MIN_ITERATIONS, "lanes": 1}
MIN_PASSPHRASE = 10
# A slot read from disk may ask for no more than this: an edited slot file must not make
# the unlock hang or exhaust memory (4 GiB, 64 passes, 64 lanes is far beyond calibrate()).
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def derive(self, passphrase: str) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(salt=self.salt, length=32, iterations=self.iterations, lanes=self.lanes,
                        memory_cost=self.memory_kib).derive(passphrase.encode("utf-8"))

    def check_strength(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.lanes < 1:
            raise SlotFileDamaged("vault.keyslots.key_slot_asks_for")
        if (self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS
                or self.lanes > MAX_LANES):
            raise SlotFileDamaged("vault.keyslots.key_slot_asks_for_2", passes=self.iterations,
                                  mib=self.memory_kib // 1024, lanes=self.lanes, max_passes=MAX_ITERATIONS,
                                  max_mib=MAX_MEMORY_KIB // 1024, max_lanes=MAX_LANES)


def calibrate(target_seconds: float = 0.5) -> dict:
    """Argon2id parameters that take about `target_seconds` on this machine.

    Time grows linearly with passes after a fixed cost of filling the memory, so
    two probes (1 and 3 passes) give both and the pass count follows.
    """
    params = dict(DEFAULT_KDF)

    def probe(passes: int) -> float:
        start = time.perf_counter()
        KdfParams(params["memory_kib"], passes, params["lanes"], os.urandom(16)).derive("calibration")
        return time.perf_counter() - start

    one, three = probe(1), probe(3)
    per_pass = max((three - one) / 2, 1e-3)
    fixed = max(one - per_pass, 0.0)
    params["iterations"] = max(MIN_ITERATIONS, min(20, round((target_seconds - fixed) / per_pass)))
    return params


@dataclass
class Slot:
    user: str
    kdf: KdfParams
    public_key: bytes
    sealed_private: dict  # nonce, ciphertext
    wrapped_key: dict  # ephemeral, nonce, ciphertext
    created_at: str

    def to_json(self) -> dict:
        return {
            "user": self.user,
            "kdf": {"name": "argon2id", "memory_kib": self.kdf.memory_kib,
                    "iterations": self.kdf.iterations, "lanes": self.kdf.lanes,
                    "salt": _b64(self.kdf.salt)},
            "public_key": _b64(self.public_key),
            "sealed_private": self.sealed_private,
            "wrapped_key": self.wrapped_key,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Slot":
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id":
            raise ValueError("unknown kdf")
        slot = cls(
            user=str(data["user"]),
            kdf=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]),
                          _unb64(kdf["salt"])),
            public_key=_unb64(data["public_key"]),
            sealed_private={k: str(data["sealed_private"][k]) for k in ("nonce", "ciphertext")},
            wrapped_key={k: str(data["wrapped_key"][k]) for k in ("ephemeral", "nonce", "ciphertext")},
            created_at=str(data.get("created_at", "")),
        )
        for blob in (*slot.sealed_private.values(), *slot.wrapped_key.values()):
            _unb64(blob)
        return slot

    # -- the two layers -------------------------------------------------------------

    def _private_aad(self) -> bytes:
        return b"accompdesk-slot-private-v1|" + self.user.encode("utf-8")

    def _wrap_aad(self) -> bytes:
        return b"accompdesk-slot-key-v1|" + self.user.encode("utf-8") + b"|" + self.public_key

    def unlock(self, passphrase: str) -> bytes:
        """The vault's raw key; WrongPassphrase if the passphrase does not open this slot."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.kdf.check_strength()
        sealing_key = self.kdf.derive(passphrase)
        try:
            private_bytes = AESGCM(sealing_key).decrypt(
                _unb64(self.sealed_private["nonce"]), _unb64(self.sealed_private["ciphertext"]),
                self._private_aad())
        except InvalidTag:
            raise WrongPassphrase("vault.keyslots.passphrase_not_right_for") from None
        private = X25519PrivateKey.from_private_bytes(private_bytes)
        try:
            return _open_for(private, self.wrapped_key, self._wrap_aad())
        except InvalidTag:
            raise SlotFileDamaged("vault.keyslots.key_slot_damaged_open", user=self.user) from None

    def rewrap(self, raw_key: bytes) -> None:
        """Wrap a new raw key for this slot, with no passphrase needed."""
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

        self.wrapped_key = _seal_for(X25519PublicKey.from_public_bytes(self.public_key), raw_key,
                                     self._wrap_aad())

    @classmethod
    def create(cls, user: str, passphrase: str, raw_key: bytes, kdf: dict | None = None) -> "Slot":
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        # Without explicit parameters, calibrate: about half a second on this machine.
        params = dict(kdf or calibrate())
        kdf_params = KdfParams(params["memory_kib"], params["iterations"], params["lanes"], os.urandom(16))
        kdf_params.check_strength()
        private = X25519PrivateKey.generate()
        public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        slot = cls(user=user, kdf=kdf_params, public_key=public, sealed_private={}, wrapped_key={},
                   created_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        nonce = os.urandom(12)
        private_bytes = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())
        sealed = AESGCM(kdf_params.derive(passphrase)).encrypt(nonce, private_bytes, slot._private_aad())
        slot.sealed_private = {"nonce": _b64(nonce), "ciphertext": _b64(sealed)}
        slot.rewrap(raw_key)
        return slot


def _agreed_key(shared: bytes, ephemeral: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral,
                info=b"accompdesk-slot-wrap-v1").derive(shared)


def _seal_for(public: X25519PublicKey, raw_key: bytes, aad: bytes) -> dict:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                                           serialization.PublicFormat.Raw)
    key = _agreed_key(ephemeral.exchange(public), ephemeral_public)
    nonce = os.urandom(12)
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce),
            "ciphertext": _b64(AESGCM(key).encrypt(nonce, raw_key, aad))}


def _open_for(private: X25519PrivateKey, wrapped: dict, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral_public = _unb64(wrapped["ephemeral"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    raw = AESGCM(_agreed_key(shared, ephemeral_public)).decrypt(
        _unb64(wrapped["nonce"]), _unb64(wrapped["ciphertext"]), aad)
    if len(raw) != RAW_KEY_BYTES:
        raise InvalidTag()
    return raw


@dataclass
class SlotFile:
    path: str
    slots: list[Slot] = field(default_factory=list)
    # The seal (see the functions at the end of this module): the audit log's head and the
    # database file's salt, under a MAC with a key derived from the database key.
    audit_head: dict | None = None
    vault_salt: str = ""
    mac: str = ""
    signed: dict | None = field(default=None, repr=False)  # what the MAC covers, as read
    seal_key: bytes | None = field(default=None, repr=False)  # the raw key, when saving sealed

    @classmethod
    def load(cls, path: str) -> "SlotFile":
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except FileNotFoundError:
            raise NoKey("vault.keyslots.key_slot_file_missing") from None
        return cls.parse(path, raw)

    @classmethod
    def parse(cls, path: str, raw: bytes) -> "SlotFile":
        """The slot file `path` from its bytes `raw` (read earlier, at a moment of its own)."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise SlotFileDamaged("vault.keyslots.key_slot_file_damaged") from None
        try:
            if data.get("format") != FORMAT:
                raise ValueError
            if int(data.get("version", 0)) > VERSION:
                raise SlotFileDamaged("vault.keyslots.key_slot_file_was")
            slots = [Slot.from_json(s) for s in data["slots"]]
            head = data.get("audit_head")
            if head is not None:
                head = {"count": int(head["count"]), "hash": str(head["hash"])}
            salt, mac = str(data.get("vault_salt", "")), str(data.get("mac", ""))
        except SlotFileDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise SlotFileDamaged("vault.keyslots.key_slot_file_damaged") from None
        signed = {k: v for k, v in data.items() if k != "mac"}
        return cls(path, slots, audit_head=head, vault_salt=salt, mac=mac, signed=signed)

    def save(self) -> None:
        """Write the file; sealed when `seal_key` is set, otherwise without a seal (the
        vault seals it again at its next audited change or open)."""
        payload = {"format": FORMAT, "version": VERSION, "slots": [s.to_json() for s in self.slots]}
        if self.seal_key is not None:
            if self.audit_head is not None:
                payload["audit_head"] = self.audit_head
            if self.vault_salt:
                payload["vault_salt"] = self.vault_salt
            payload["mac"] = seal_mac(self.seal_key, payload)
        atomic_write(self.path, json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8") + b"\n")

    def keep_seal(self, raw_key: bytes) -> None:
        """Save sealed again, with the head and salt as read, when the file as read was
        sealed under `raw_key`: a slot change that a crash cuts off from its commit then
        never leaves a file that `verify` would call unsealed (the head only trails the
        log). A file without a good seal stays as it is, the evidence `verify` shows."""
        if self.mac and self.audit_head is not None and seal_problem(self, raw_key) is None:
            self.seal_key = raw_key

    @property
    def users(self) -> list[str]:
        return [s.user for s in self.slots]

    def find(self, user: str) -> Slot:
        for slot in self.slots:
            if slot.user == user:
                return slot
        raise NoKey("vault.keyslots.there_no_key_slot", user=user)

    def unlock(self, passphrase: str, user: str | None = None) -> tuple[str, bytes]:
        """(user, raw key). Without a user, each slot is tried in turn."""
        if not self.slots:
            raise NoKey("vault.keyslots.key_slot_file_holds")
        candidates = [self.find(user)] if user else self.slots
        refused: SlotFileDamaged | None = None
        for slot in candidates:
            try:
                return slot.user, slot.unlock(passphrase)
            except WrongPassphrase:
                continue
            except SlotFileDamaged as exc:
                # One edited slot must not keep the others out of a nameless unlock.
                refused = refused or exc
                continue
        if refused is not None:
            raise refused
        if user:
            raise WrongPassphrase("vault.keyslots.passphrase_not_right_for_user", user=user)
        raise WrongPassphrase("vault.keyslots.passphrase_not_right")

    def add(self, user: str, passphrase: str, raw_key: bytes, kdf: dict | None = None) -> Slot:
        if user in self.users:
            raise UsageError("vault.keyslots.already_has_key_slot", user=user)
        check_passphrase(passphrase)
        slot = Slot.create(user, passphrase, raw_key, kdf)
        self.slots.append(slot)
        return slot


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError("vault.keyslots.passphrase_needs_at_least", minimum=MIN_PASSPHRASE)


def format_recovery_key(raw_key: bytes) -> str:
    """The raw key as 64 hex digits in groups of four, easy to copy by hand."""
    hexed = raw_key.hex()
    return " ".join(hexed[i:i + 4] for i in range(0, len(hexed), 4))


def parse_recovery_key(text: str) -> bytes:
    digits = re.sub(r"[\s\-:]", "", text or "")
    if not re.fullmatch(r"[0-9a-fA-F]{64}", digits):
        raise NoKey("vault.keyslots.recovery_key_64_hexadecimal")
    return bytes.fromhex(digits)


# -- the seal: a MAC under a key derived from the database key --------------------------------
#
# Kept apart from the slots themselves: a slot is opened with a passphrase before the
# database key is known; the seal can only be checked after. It covers every byte that
# means something (the canonical JSON of all but the MAC), the audit log's head, and the
# salt of the database file the slots were last written for.

SEAL_BROKEN = ("The key-slot file does not match this vault: its seal is wrong, so it was "
               "changed or damaged after AccompDesk wrote it, or it belongs to another vault.")
SEAL_MISSING = "The key-slot file carries no seal."


def _canonical(payload: dict) -> bytes:
    body = {k: v for k, v in payload.items() if k != "mac"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_mac(raw_key: bytes, payload: dict) -> str:
    import hashlib
    import hmac

    from .derived_keys import slot_file_key

    return hmac.new(slot_file_key(raw_key), _canonical(payload), hashlib.sha256).hexdigest()


def seal_problem(slots: SlotFile, raw_key: bytes) -> str | None:
    """None when the file is sealed under `raw_key`, else the sentence that says why not."""
    import hmac

    if not slots.mac:
        return SEAL_MISSING
    if not hmac.compare_digest(seal_mac(raw_key, slots.signed or {}), slots.mac):
        return SEAL_BROKEN
    return None


def database_salt(vault_path: str) -> str:
    """The first 16 bytes of an SQLCipher file: its random salt, new with every file that
    rekey writes, so a slot file written for another file of this vault is told apart."""
    try:
        with open(vault_path, "rb") as fh:
            return fh.read(16).hex()
    except OSError:
        return ""


def reseal(keys_path: str, raw_key: bytes, head: tuple[int, str], salt: str) -> bool:
    """Write `head` and `salt` into the slot file and seal it; True if it wrote.

    A file whose seal is wrong is left as it is: it is the evidence `verify` shows.
    A head never goes back (two writers may finish in either order).
    This is a read-modify-write of the slot file, run after every audited commit by a
    vault holding only the shared side of the vault lock: it runs under the slot file's
    own lock, and slot changes run with the vault held exclusively (see `locking`).
    """
    from .locking import slot_file_lock

    if not os.path.exists(keys_path):
        return False
    with slot_file_lock(keys_path):
        try:
            slots = SlotFile.load(keys_path)
        except (OSError, NoKey, SlotFileDamaged):
            return False
        if slots.mac and seal_problem(slots, raw_key) is not None:
            return False
        count, last = head
        kept = slots.audit_head or {"count": -1, "hash": ""}
        if slots.mac and kept["count"] >= count and slots.vault_salt == salt:
            return False
        if kept["count"] < count:
            slots.audit_head = {"count": count, "hash": last}
        slots.vault_salt = salt
        slots.seal_key = raw_key
        slots.save()
        return True


def write_sealed_copy(keys_path: str, dest: str, raw_key: bytes, head: tuple[int, str], salt: str,
                      data: bytes | None = None) -> None:
    """The slot file for a copy of the vault (a backup): its manifest, sealed, naming the
    copy's audit head and database salt. `data`: the slot file as read at the copy's
    moment (else it is read now). A slot file whose seal is wrong is copied as it is, so
    the copy shows the same evidence."""
    from .fsutil import atomic_write

    if data is None:
        with open(keys_path, "rb") as fh:
            data = fh.read()
    slots = SlotFile.parse(keys_path, data)
    if slots.mac and seal_problem(slots, raw_key) is not None:
        atomic_write(dest, data)
        return
    slots.path = dest
    slots.audit_head = {"count": head[0], "hash": head[1]}
    slots.vault_salt = salt
    slots.seal_key = raw_key
    slots.save()
