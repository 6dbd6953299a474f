"""The concurrency matrix: every pair of {import, record edit, rekey, user add, user remove,
backup, restore, verify}, run as two real programs on one vault, started together and
one after the other. Nothing either of them said it committed is lost, each ends with
a clear result (no traceback, no internal error), and the vault verifies after.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
import time

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault.backup import backup
from accompdesk.vault.keyslots import FAST_KDF, SlotFile, format_recovery_key
from accompdesk.vault.staff import add_staff, list_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE
from .conftest import TRIED

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX process handling")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ROWS = 500
PERSONS = 20
IN_BACKUP = 12
STAFF_PASSPHRASE = "staff member passphrase"
KINDS = ("import", "edit", "rekey", "user add", "user remove", "backup", "restore", "verify")
# Started together, or the second program 0.3 s into the first one's work.
DELAYS = (0.0, 0.3)
WAITING = "Waiting for another AccompDesk to finish with the vault…"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("office")
    path = str(root / "office.vault")
    vault, recovery = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    with vault:
        for who in ("quitar-a", "quitar-b"):
            add_staff(vault, who, STAFF_PASSPHRASE, kdf=FAST_KDF)
        for i in range(IN_BACKUP):
            vault.persons.add(Person(full_name=f"Persona {i}"))
        os.makedirs(root / "usb")
        backup(vault, str(root / "usb" / "copy.vault"))
        for i in range(IN_BACKUP, PERSONS):
            vault.persons.add(Person(full_name=f"Persona {i}"))
    for tag in ("a", "b"):
        with open(root / f"import-{tag}.csv", "w", encoding="utf-8") as fh:
            fh.write("id,full_name\n")
            for i in range(ROWS):
                fh.write(f",Importada-{tag} {i}\n")
    return {"root": str(root), "recovery": recovery}


def _command(kind: str, root: str, tag: str) -> list[str]:
    cli = [sys.executable, "-m", "accompdesk.cli", "--vault", os.path.join(root, "office.vault")]
    return {
        "import": cli + ["import", "persons", os.path.join(root, f"import-{tag}.csv")],
        "edit": [sys.executable, "-m", "tests.vault_integrity.actor", "edit",
                 os.path.join(root, "office.vault"), f"Editada-{tag}"],
        "rekey": cli + ["rekey"],
        "user add": cli + ["user", "add", f"nueva-{tag}"],
        "user remove": cli + ["user", "remove", f"quitar-{tag}"],
        "backup": cli + ["backup", os.path.join(root, "usb", f"backup-{tag}.vault")],
        "restore": cli + ["restore", os.path.join(root, "usb", "copy.vault"),
                          os.path.join(root, f"restored-{tag}.vault")],
        "verify": cli + ["verify"],
    }[kind]


def _start(kind: str, root: str, tag: str) -> subprocess.Popen:
    env = dict(os.environ, ACCOMPDESK_PASSPHRASE=PASSPHRASE, ACCOMPDESK_NEW_PASSPHRASE=STAFF_PASSPHRASE,
               ACCOMPDESK_FAST_KDF="1")
    return subprocess.Popen(_command(kind, root, tag), cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _run_pair(first: str, second: str, delay: float, root: str) -> list[tuple[str, str, int, str, str]]:
    a = _start(first, root, "a")
    time.sleep(delay)
    b = _start(second, root, "b")
    results = []
    for kind, tag, proc in ((first, "a", a), (second, "b", b)):
        out, err = proc.communicate(timeout=300)
        results.append((kind, tag, proc.returncode, out, err))
    return results


def _printed_keys(out: str) -> list[str]:
    return re.findall(r"^  ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})$", out, flags=re.MULTILINE)


def _check(results, root, recovery):
    for kind, tag, code, out, err in results:
        said = f"{kind} ({tag}) exit {code}: {out!r} {err!r}"
        assert code == 0, said
        assert "Traceback" not in err and "internal error" not in err, said
        assert [line for line in err.splitlines() if line != WAITING] == [], said
    path = os.path.join(root, "office.vault")
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        checks = verify(vault)
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
        key = vault.raw_key
        names = [p.full_name for p in vault.persons.list(limit=None)]
        notes = {p.full_name: p.notes for p in vault.persons.list(limit=None)}
        staff = list_staff(vault)
    # Every key slot there is opens the vault's one key; nobody active lost their slot.
    slots = SlotFile.load(path + ".keys")
    for slot in slots.slots:
        assert slot.unlock(PASSPHRASE if slot.user == "coordinadora" else STAFF_PASSPHRASE) == key
    assert [m.name for m in staff if not m.has_slot] == []
    printed = [k for _kind, _tag, _code, out, _err in results for k in _printed_keys(out)]
    assert format_recovery_key(key) in (printed or [recovery])
    with Vault.open(path, recovery_key=format_recovery_key(key)) as by_recovery:
        assert by_recovery.persons.count() == len(names)
    for kind, tag, _code, out, _err in results:
        if kind == "import":
            assert f"Imported {ROWS} persons" in out
            assert sum(n.startswith(f"Importada-{tag} ") for n in names) == ROWS
        elif kind == "edit":
            assert notes.get(f"Editada-{tag}") == "v9", out
        elif kind == "user add":
            assert f"nueva-{tag}" in slots.users
        elif kind == "user remove":
            assert f"quitar-{tag}" not in slots.users
        elif kind == "backup":
            copy_path = os.path.join(root, "usb", f"backup-{tag}.vault")
            with Vault.open(copy_path, passphrase=PASSPHRASE) as copy:
                assert all(c.ok for c in verify(copy))
                assert PERSONS <= copy.persons.count() <= len(names)
        elif kind == "restore":
            with Vault.open(os.path.join(root, f"restored-{tag}.vault"), passphrase=PASSPHRASE) as copy:
                assert copy.persons.count() == IN_BACKUP
        elif kind == "verify":
            assert "FAIL" not in out
    assert sum(not n.startswith(("Importada-", "Editada-")) for n in names) == PERSONS


PAIRS = list(itertools.combinations_with_replacement(KINDS, 2))


@pytest.mark.slow
@pytest.mark.parametrize("first,second", PAIRS, ids=[f"{a}+{b}" for a, b in PAIRS])
def test_two_programs_at_once_lose_nothing(first, second, template, tmp_path):
    runs = 0
    # Together, then the other one first: each order and each timing for every pair.
    for delay, (a, b) in zip(DELAYS, ((first, second), (second, first))):
        root = str(tmp_path / f"{a}-{b}-{delay}".replace(" ", "_"))
        shutil.copytree(template["root"], root)
        results = _run_pair(a, b, delay, root)
        try:
            _check(results, root, template["recovery"])
        except AssertionError as exc:
            raise AssertionError(f"{a} then {b} after {delay} s: {exc}") from None
        runs += 1
        shutil.rmtree(root)
    TRIED[f"pair {first}+{second}"] = runs
