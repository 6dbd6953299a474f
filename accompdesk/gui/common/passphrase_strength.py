"""A rough passphrase strength hint: length and variety, with repeats and sequences
counted down. It is a hint for the person choosing, not a security guarantee."""

from __future__ import annotations

import math
import re

from ...vault.keyslots import MIN_PASSPHRASE

LEVELS = ("too_short", "weak", "fair", "strong", "very_strong")


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"\d", passphrase) else 0
    pool += 33 if re.search(r"[^\w\s]|_", passphrase) else 0
    pool += 1 if " " in passphrase else 0
    pool += 50 if re.search(r"[^\x00-\x7f]", passphrase) else 0
    # Each character that repeats the previous one, or continues a run like abc/123, adds little.
    effective = 0.0
    for i, ch in enumerate(passphrase):
        if i and (ch == passphrase[i - 1] or ord(ch) - ord(passphrase[i - 1]) in (1, -1)):
            effective += 0.25
        else:
            effective += 1
    return effective * math.log2(max(pool, 2))


def level(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        return "too_short"
    bits = estimate_bits(passphrase)
    if bits < 45:
        return "weak"
    if bits < 65:
        return "fair"
    if bits < 90:
        return "strong"
    return "very_strong"
