"""Office bundles: an age file encrypted to one office, signed by the sender.

Inside the age encryption:

    b"ADXB" | format (1 byte) | manifest length (4) | manifest (JSON)
            | payload length (8) | payload (JSON, zlib) | Ed25519 signature (64) | zero padding

The signature covers a domain tag and the SHA-256 of manifest and payload; the manifest
names the sender and the recipient, so a bundle re-encrypted for a third office still
names the first. Outside the encryption there is only age's header (an ephemeral key and
a MAC): no office, person or count. The padding rounds the plaintext up to 16 KiB so the
file's size says little about how many changes it carries.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass

from ..domain.messages import AccompDeskError

MAGIC = b"ADXB"
FORMAT = 1
PAD = 16 * 1024
_TAG = b"accompdesk bundle v1\0"


class BundleError(AccompDeskError):
    """Why a bundle cannot be used; `reason` says which kind of refusal, the code which sentence."""

    def __init__(self, reason: str, code: str, /, **params):
        super().__init__(code, **params)
        self.reason = reason


def _signed(manifest: bytes, payload: bytes) -> bytes:
    return _TAG + hashlib.sha256(manifest).digest() + hashlib.sha256(payload).digest()


def seal(manifest: dict, payload: dict | bytes, sign_private: bytes, age_recipient: str) -> bytes:
    """`payload` is a dict, or its JSON already encoded (UTF-8)."""
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from pyrage import x25519

    head = json.dumps(manifest, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    if isinstance(payload, dict):
        payload = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    body = zlib.compress(payload, 6)
    signature = Ed25519PrivateKey.from_private_bytes(sign_private).sign(_signed(head, body))
    inner = b"".join([MAGIC, bytes([FORMAT]), struct.pack(">I", len(head)), head,
                      struct.pack(">Q", len(body)), body, signature])
    inner += b"\0" * (-len(inner) % PAD)
    return pyrage.encrypt(inner, [x25519.Recipient.from_str(age_recipient)])


@dataclass
class Envelope:
    manifest: dict
    head: bytes
    body: bytes
    signature: bytes

    def verify(self, sign_public: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(sign_public).verify(self.signature, _signed(self.head, self.body))
        except InvalidSignature:
            return False
        return True

    def payload(self) -> dict:
        try:
            data = json.loads(zlib.decompress(self.body))
        except (zlib.error, ValueError, UnicodeDecodeError):
            raise BundleError("damaged", "exchange.bundle.contents_unreadable") from None
        if not isinstance(data, dict):
            raise BundleError("damaged", "exchange.bundle.contents_unreadable")
        return data


def open_sealed(data: bytes, age_identity: str) -> Envelope:
    """Decrypt and take apart; the signature is checked by the caller, who knows the peers."""
    import pyrage
    from pyrage import x25519

    try:
        inner = pyrage.decrypt(data, [x25519.Identity.from_str(age_identity)])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BundleError("recipient", "exchange.bundle.for_another_office") from None
        raise BundleError("damaged", "exchange.bundle.damaged_or_incomplete") from None
    except Exception:  # noqa: BLE001 - anything pyrage raises on a foreign file is "not a bundle"
        raise BundleError("damaged", "exchange.bundle.not_a_bundle") from None
    damaged = BundleError("damaged", "exchange.bundle.contents_do_not_hold")
    if len(inner) < 5 or inner[:4] != MAGIC:
        raise damaged
    if inner[4] > FORMAT:
        raise BundleError("future", "exchange.bundle.newer")
    try:
        at = 5
        (head_len,) = struct.unpack_from(">I", inner, at)
        at += 4
        head = inner[at:at + head_len]
        at += head_len
        (body_len,) = struct.unpack_from(">Q", inner, at)
        at += 8
        body = inner[at:at + body_len]
        at += body_len
        signature = inner[at:at + 64]
        at += 64
    except struct.error:
        raise damaged from None
    if len(head) != head_len or len(body) != body_len or len(signature) != 64 or inner[at:].strip(b"\0"):
        raise damaged
    try:
        manifest = json.loads(head)
    except (ValueError, UnicodeDecodeError):
        raise damaged from None
    if not isinstance(manifest, dict):
        raise damaged
    return Envelope(manifest, head, body, signature)
