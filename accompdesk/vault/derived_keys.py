"""Keys derived from the database key (HKDF-SHA256), one per purpose.

They give nothing to anyone who holds the database key (the recovery key is that
key); they make an edit by someone who does not, or by a tool that does not know
AccompDesk, show as an edit: a recomputed plain hash, a slot file from elsewhere.
"""

from __future__ import annotations

AUDIT_CHAIN = b"accompdesk-audit-chain-v1"
SLOT_FILE_MAC = b"accompdesk-keyslots-mac-v1"


def derive(raw_key: bytes, purpose: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(raw_key)


def audit_key(raw_key: bytes) -> bytes:
    return derive(raw_key, AUDIT_CHAIN)


def slot_file_key(raw_key: bytes) -> bytes:
    return derive(raw_key, SLOT_FILE_MAC)
