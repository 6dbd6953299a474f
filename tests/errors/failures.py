"""Real failures, each made on a real vault: the command line's and the window's matrix."""

from __future__ import annotations

import os
from contextlib import contextmanager

from accompdesk.domain.records import Person
from accompdesk.vault import locking
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

PASSPHRASE = "correct horse battery staple"
BAD_ROWS = ("id,summary,occurred_on,kind\n,Bien,2025-01-02,threat\n,Futuro,2999-01-01,threat\n"
            ",Mal tipo,2025-01-02,volcano\n,,2025-01-02,threat\n")


def make_vault(folder) -> str:
    path = os.path.join(folder, "office.vault")
    vault, _key = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    vault.persons.add(Person(full_name="Persona de prueba"))
    for i in range(40):
        vault.persons.add(Person(full_name=f"Relleno {i}", notes="x" * 400))
    vault.close()
    return path


def _truncate(path):
    with open(path, "r+b") as fh:
        fh.truncate(os.path.getsize(path) // 2)


def _empty(path):
    open(path, "wb").close()


def _garble_slots(path):
    with open(path + ".keys", "r+b") as fh:
        fh.seek(40)
        fh.write(b"\x00garbage")


def _drop_slots(path):
    os.unlink(path + ".keys")


def _bad_csv(path):
    with open(os.path.join(os.path.dirname(path), "incidents.csv"), "w", encoding="utf-8") as fh:
        fh.write(BAD_ROWS)


@contextmanager
def _held(path):
    with locking.vault_lock(path, locking.EXCLUSIVE, timeout=0):
        yield


# name -> (what to do to the vault first, the command line, a lock held meanwhile)
CASES = {
    "wrong passphrase": (None, ["verify"], {"ACCOMPDESK_PASSPHRASE": "wrong passphrase!"}),
    "damaged file": (_truncate, ["verify"], {}),
    "empty file": (_empty, ["verify"], {}),
    "damaged key slots": (_garble_slots, ["verify"], {}),
    "no key slots": (_drop_slots, ["verify"], {}),
    "no vault": (None, ["--vault", "{dir}/elsewhere.vault", "verify"], {}),
    "vault exists": (None, ["init", "--user", "Ana"], {}),
    "recovery key malformed": (None, ["verify", "--recovery-key"], {"ACCOMPDESK_RECOVERY_KEY": "1234"}),
    "recovery key wrong": (None, ["verify", "--recovery-key"], {"ACCOMPDESK_RECOVERY_KEY": "ab" * 32}),
    "locked vault": (None, ["rekey"], {"lock": _held, "ACCOMPDESK_LOCK_TIMEOUT": "0"}),
    "refused import rows": (_bad_csv, ["import", "incidents", "{dir}/incidents.csv"], {}),
    "alert without incident": (None, ["report", "alert", "-o", "{dir}/a.pdf"], {}),
    "alert of no incident": (None, ["report", "alert", "--incident", "0" * 32, "-o", "{dir}/a.pdf"], {}),
    "no such table": (None, ["list", "volcanoes"], {}),
}
