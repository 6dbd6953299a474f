"""A process killed with SIGKILL in the middle of a large import loses nothing committed
and keeps nothing half-done: the vault opens, verifies, and holds all or none of it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from .conftest import PASSPHRASE

ROWS = 30_000

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _write_big_csv(path, person_id):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("id,summary,occurred_on,kind,place,affected_persons,description\n")
        for i in range(ROWS):
            fh.write(f"{uuid.uuid4()},Amenaza número {i},2025-{1 + i % 12:02d}-{1 + i % 28:02d},threat,"
                     f"Vereda {i % 97},{person_id},\"Descripción larga {i} " + "á" * 200 + "\"\n")


def test_sigkill_mid_import_leaves_all_or_nothing(vault, vault_path, tmp_path):
    person = vault.persons.add(Person(full_name="Víctima ficticia"))
    committed_before = vault.persons.count()
    vault.close()
    csv_path = tmp_path / "incidents.csv"
    _write_big_csv(csv_path, person.id)
    env = dict(os.environ, ACCOMPDESK_PASSPHRASE=PASSPHRASE)
    proc = subprocess.Popen([sys.executable, "-m", "accompdesk.cli", "--vault", vault_path,
                             "import", "incidents", str(csv_path)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = vault_path + "-wal"
    deadline = time.monotonic() + 120
    # Wait until the import is writing its transaction (the WAL grows), then kill it.
    while time.monotonic() < deadline and proc.poll() is None:
        if os.path.exists(wal) and os.path.getsize(wal) > 2_000_000:
            break
        time.sleep(0.01)
    killed_mid_way = proc.poll() is None
    if killed_mid_way:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert killed_mid_way, "the import finished before it could be killed; raise ROWS"

    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        count = again.incidents.count()
        assert count in (0, ROWS)
        assert count == 0  # killed before COMMIT: none of it
        assert again.persons.count() == committed_before
        checks = verify(again)
        assert all(c.ok for c in checks), checks
        assert again.search("Amenaza número") == []
