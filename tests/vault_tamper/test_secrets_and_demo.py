"""--recovery-key never takes the key from argv; demo never mixes fictional people into a
real record and leaves nothing when stopped; an old copy of a slot file is exit 3."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys

import pytest

from accompdesk import cli
from accompdesk.domain.records import Organisation, Person
from accompdesk.services.demo import fill_demo
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

from ..conftest import PASSPHRASE

FIXED_DAY = dt.date(2025, 6, 30)


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digests(folder) -> dict[str, str]:
    return {name: hashlib.sha256(open(os.path.join(folder, name), "rb").read()).hexdigest()
            for name in sorted(os.listdir(folder)) if not name.endswith(("-wal", "-shm"))}


@pytest.fixture
def made(new_vault, vault_path):
    vault, recovery = new_vault
    vault.persons.add(Person(full_name="Persona real"))
    vault.close()
    return vault_path, recovery


# -- --recovery-key ---------------------------------------------------------------------------

@pytest.mark.parametrize("shape", [
    ["--recovery-key", "{key}", "verify"],
    ["--recovery-key={key}", "verify"],
    ["verify", "--recovery-key", "{key}"],
    ["list", "--recovery-key", "{key}", "persons"],
    ["--recovery-key", "{key}", "user", "list"],
    ["restore", "--recovery-key", "{key}", "{backup}", "{dest}"],
])
def test_a_recovery_key_on_the_command_line_is_refused_with_a_sentence(capsys, made, tmp_path, shape):
    path, recovery = made
    packed = recovery.replace(" ", "")
    before = digests(os.path.dirname(path))
    args = [a.format(key=packed, backup=path, dest=tmp_path / "restored.vault") for a in shape]
    code, out, err = run(capsys, "--vault", path, *args)
    assert code == 2
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err
    assert "--recovery-key takes no value" in err
    for where in ("prompt", "--passphrase-stdin", "ACCOMPDESK_RECOVERY_KEY"):
        assert where in err
    assert packed not in err and packed not in out  # the key is not repeated back
    assert digests(os.path.dirname(path)) == before
    assert not os.path.exists(tmp_path / "restored.vault")


@pytest.mark.parametrize("source", ["env", "stdin"])
def test_the_recovery_key_comes_from_the_environment_or_standard_input(
        capsys, made, monkeypatch, source):
    path, recovery = made
    monkeypatch.delenv("ACCOMPDESK_PASSPHRASE")
    if source == "env":
        monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", recovery)
        code, out, err = run(capsys, "--vault", path, "--recovery-key", "verify")
    else:
        monkeypatch.setattr(sys, "stdin", io.StringIO(recovery + "\n"))
        code, out, err = run(capsys, "--vault", path, "--passphrase-stdin", "--recovery-key", "verify")
    assert code == 0, err
    assert "FAIL" not in out


def test_help_shows_the_flag_without_a_value(capsys):
    with pytest.raises(SystemExit):
        cli.main(["verify", "--help"])
    out = capsys.readouterr().out
    assert "[--recovery-key]" in out
    assert "never on the command line" in " ".join(out.split())


# -- demo -------------------------------------------------------------------------------------

def test_demo_refuses_a_vault_with_real_records_and_changes_nothing(capsys, made):
    path, _recovery = made
    before = digests(os.path.dirname(path))
    code, _out, err = run(capsys, "--vault", path, "demo", "--scale", "5")
    assert code == 2
    assert "records the demo did not make" in err and len(err.strip().splitlines()) == 1
    after = digests(os.path.dirname(path))
    assert {k: v for k, v in after.items() if not k.endswith(".attempts")} == \
        {k: v for k, v in before.items() if not k.endswith(".attempts")}


@pytest.mark.parametrize("real", [Person(full_name="Real"), Organisation(name="Real")],
                         ids=["person", "organisation"])
def test_demo_runs_again_on_its_own_data_but_not_once_real_records_join(vault, real):
    fill_demo(vault, 10, today=FIXED_DAY)
    counts = fill_demo(vault, 10, seed=7, today=FIXED_DAY)  # its own records: fine
    assert counts["incidents"] == 10
    vault.repo_for(real).add(real)
    total = vault.persons.count() + vault.organisations.count()
    from accompdesk.vault.errors import UsageError
    with pytest.raises(UsageError, match="records the demo did not make"):
        fill_demo(vault, 10, today=FIXED_DAY)
    assert vault.persons.count() + vault.organisations.count() == total


def test_demo_stopped_part_way_leaves_nothing(vault):
    def stop(done, total):
        if done > 0:
            raise KeyboardInterrupt
    entries = vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(KeyboardInterrupt):
        fill_demo(vault, 40, progress=stop, today=FIXED_DAY)
    for table in ("persons", "organisations", "authorities", "incidents"):
        assert vault.repo(table).count(include_deleted=True) == 0, table
    assert vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == entries
    assert all(c.ok for c in verify(vault))


def test_demo_killed_part_way_leaves_nothing(vault, vault_path):
    vault.close()
    script = (
        "import os, sys, datetime\n"
        "from accompdesk.vault.store import Vault\n"
        "from accompdesk.services.demo import fill_demo\n"
        "v = Vault.open(sys.argv[1], passphrase=sys.argv[2])\n"
        "def die(done, total):\n"
        "    if done > 0:\n"
        "        os._exit(9)\n"
        "fill_demo(v, 40, progress=die, today=datetime.date(2025, 6, 30))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, vault_path, PASSPHRASE],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 9, done.stderr
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        for table in ("persons", "organisations", "authorities", "officials", "incidents"):
            assert again.repo(table).count(include_deleted=True) == 0, table
        assert all(c.ok for c in verify(again)), verify(again)


# -- an old copy of a slot file --------------------------------------------------------------

@pytest.mark.parametrize("how", ["named", "nameless"])
def test_a_removed_members_old_slot_file_is_exit_3_not_damage(capsys, vault, vault_path, monkeypatch, how):
    add_staff(vault, "saliente", "saliente passphrase", kdf=FAST_KDF)
    shutil.copy(vault_path + ".keys", vault_path + ".stolen")
    remove_staff(vault, "saliente")
    vault.close()
    shutil.copy(vault_path + ".stolen", vault_path + ".keys")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "saliente passphrase")
    user = ["--user", "saliente"] if how == "named" else []
    code, _out, err = run(capsys, "--vault", vault_path, *user, "verify")
    assert code == 3
    assert "This key slot does not open the current vault" in err
    assert len(err.strip().splitlines()) == 1


def test_a_damaged_database_is_still_exit_5_with_its_own_slot_file(capsys, vault, vault_path):
    for i in range(200):
        vault.persons.add(Person(full_name=f"Relleno {i}", notes="x" * 300))
    vault.close()
    data = bytearray(open(vault_path, "rb").read())
    for at in range(100, 4096, 7):  # the first page, after the salt: the key check fails
        data[at] ^= 0xFF
    open(vault_path, "wb").write(bytes(data))
    code, _out, err = run(capsys, "--vault", vault_path, "verify")
    assert code == 5 and "does not open the current vault" not in err


def test_recovery_key_output_of_init_still_opens(capsys, tmp_path, monkeypatch):
    path = tmp_path / "v.vault"
    code, out, _ = run(capsys, "--vault", path, "init")
    key = re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", key)
    assert run(capsys, "--vault", path, "--recovery-key", "verify")[0] == 0
