"""Failed unlock attempts: per slot, growing waits, kept in a file that survives a restart."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time

import pytest

from accompdesk.vault import attempts
from accompdesk.vault.errors import WrongPassphrase
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE, child_clock


def test_each_further_failure_waits_longer_up_to_a_ceiling():
    waits = [attempts.backoff(n) for n in range(0, 14)]
    assert waits[0] == 0 and waits[1] >= 1
    assert all(b >= a for a, b in zip(waits, waits[1:]))
    assert waits[-1] == attempts.MAX_DELAY  # a ceiling: never a lock-out


def test_delays_are_per_slot(vault_path):
    now = time.time()
    for _ in range(3):
        attempts.record_failure(vault_path, "ana", now=now)
    assert attempts.delay_for(vault_path, "ana", now=now) == attempts.backoff(3)
    assert attempts.delay_for(vault_path, "beto", now=now) == 0
    assert attempts.delay_for(vault_path, "ana", now=now + attempts.backoff(3)) == 0


def test_delay_survives_a_new_process(vault, vault_path):
    vault.close()
    script = child_clock() + (
        "import sys\n"
        "from accompdesk.vault import attempts\n"
        "from accompdesk.vault.store import Vault\n"
        "for _ in range(5):\n"
        "    try:\n"
        "        with attempts.guard(sys.argv[1], 'coordinadora'):\n"
        "            Vault.open(sys.argv[1], passphrase='not the passphrase', user='coordinadora')\n"
        "    except attempts.TooSoon:\n"
        "        import time; time.sleep(attempts.delay_for(sys.argv[1], 'coordinadora'))\n"
        "    except Exception as exc:\n"
        "        print(type(exc).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, vault_path], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert attempts.failures(vault_path, "coordinadora") >= 3
    assert attempts.delay_for(vault_path, "coordinadora") > 0
    with pytest.raises(attempts.TooSoon):
        with attempts.guard(vault_path, "coordinadora"):
            Vault.open(vault_path, passphrase=PASSPHRASE, user="coordinadora")


def test_delay_survives_a_reloaded_module(vault_path):
    for _ in range(4):
        attempts.record_failure(vault_path, "ana")
    reloaded = importlib.reload(attempts)
    assert reloaded.failures(vault_path, "ana") == 4
    assert reloaded.delay_for(vault_path, "ana") > 0


def test_file_names_only_slot_users(vault, vault_path):
    add_staff(vault, "visita", "visita passphrase", "viewer", kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase):
        with attempts.guard(vault_path, "visita"):
            Vault.open(vault_path, passphrase="wrong wrong wrong", user="visita")
    data = json.loads(open(attempts.attempts_path(vault_path), encoding="utf-8").read())
    assert set(data["slots"]) == {"visita"}
    assert set(data["slots"]["visita"]) == {"failures", "last"}


def test_success_clears_the_count_and_nothing_is_ever_destroyed(vault, vault_path):
    vault.close()
    before = open(vault_path, "rb").read()
    for _ in range(12):
        attempts.record_failure(vault_path, "coordinadora", now=time.time() - 10_000)
    assert open(vault_path, "rb").read() == before
    with attempts.guard(vault_path, "coordinadora"):
        Vault.open(vault_path, passphrase=PASSPHRASE, user="coordinadora").close()
    assert attempts.failures(vault_path, "coordinadora") == 0


def test_a_damaged_count_file_keeps_no_one_out(vault_path):
    with open(attempts.attempts_path(vault_path), "wb") as fh:
        fh.write(b"{not json")
    assert attempts.delay_for(vault_path, "ana") == 0
    attempts.record_failure(vault_path, "ana")
    assert attempts.failures(vault_path, "ana") == 1


def test_nested_guards_count_once(vault, vault_path):
    vault.close()
    with pytest.raises(WrongPassphrase):
        with attempts.guard(vault_path, "coordinadora"):
            with attempts.guard(vault_path, "coordinadora"):
                Vault.open(vault_path, passphrase="wrong wrong wrong", user="coordinadora")
    assert attempts.failures(vault_path, "coordinadora") == 1
