"""The command line: exit codes, one-sentence errors, nothing modified on refusal, round trips."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys

import pytest

from accompdesk import cli
from accompdesk.domain.records import CSV_TYPES, Person
from accompdesk.vault.store import Vault

from .conftest import PASSPHRASE
from .factories import fill_every_type


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)
    monkeypatch.delenv("ACCOMPDESK_NEW_PASSPHRASE", raising=False)


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def digests(folder) -> dict[str, str]:
    return {name: hashlib.sha256(open(os.path.join(folder, name), "rb").read()).hexdigest()
            for name in sorted(os.listdir(folder)) if not name.endswith(("-wal", "-shm", ".attempts"))}


def one_sentence(err: str) -> None:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err


def test_init_prints_the_recovery_key_once_and_it_opens_the_vault(capsys, tmp_path, monkeypatch):
    path = tmp_path / "v.vault"
    code, out, _ = run(capsys, "--vault", path, "init", "--user", "Ana María")
    assert code == 0
    groups = re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    with Vault.open(str(path), recovery_key=groups) as vault:
        assert vault.users.list()[0].name == "Ana María"
        assert vault.users.list()[0].role == "coordinator"
    monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", groups)
    code, out, err = run(capsys, "--vault", path, "--recovery-key", "verify")
    assert code == 0 and "audit" in out


def test_recovery_key_flag_reads_the_key_when_given_no_value(capsys, tmp_path, monkeypatch):
    path = tmp_path / "v.vault"
    _, out, _ = run(capsys, "--vault", path, "init")
    key = re.search(r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out).group(1)
    monkeypatch.delenv("ACCOMPDESK_PASSPHRASE")
    monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", key)
    assert run(capsys, "--vault", path, "--recovery-key", "verify")[0] == 0
    assert run(capsys, "--vault", path, "verify", "--recovery-key")[0] == 0


@pytest.fixture
def made(vault, vault_path):
    vault.persons.add(Person(full_name="Persona de prueba"))
    for i in range(300):  # enough pages that damage lands inside records
        vault.persons.add(Person(full_name=f"Relleno {i}", notes="x" * 400))
    vault.close()
    return vault_path


def test_wrong_passphrase_exit_3_one_sentence_nothing_modified(capsys, made, monkeypatch):
    before = digests(os.path.dirname(made))
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "wrong passphrase!")
    code, _, err = run(capsys, "--vault", made, "verify")
    assert code == 3
    one_sentence(err)
    assert digests(os.path.dirname(made)) == before


def test_passphrase_from_stdin(capsys, made, monkeypatch):
    monkeypatch.delenv("ACCOMPDESK_PASSPHRASE")
    import io
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code, out, _ = run(capsys, "--vault", made, "--passphrase-stdin", "search", "prueba")
    assert code == 0 and "Persona de prueba" in out


def test_missing_slot_file_exit_3(capsys, made):
    os.unlink(made + ".keys")
    code, _, err = run(capsys, "--vault", made, "verify")
    assert code == 3
    one_sentence(err)
    assert "recovery key" in err


def test_damaged_slot_file_exit_5_and_left_as_is(capsys, made):
    with open(made + ".keys", "r+b") as fh:
        fh.seek(40)
        fh.write(b"\x00garbage")
    before = digests(os.path.dirname(made))
    code, _, err = run(capsys, "--vault", made, "verify")
    assert code == 5
    one_sentence(err)
    assert digests(os.path.dirname(made)) == before


def test_truncated_database_exit_5_nothing_modified(capsys, made):
    size = os.path.getsize(made)
    with open(made, "r+b") as fh:
        fh.truncate(size // 2)
    before = digests(os.path.dirname(made))
    code, _, err = run(capsys, "--vault", made, "verify")
    assert code == 5
    assert "Traceback" not in err
    assert digests(os.path.dirname(made)) == before


@pytest.mark.parametrize("where", [0.02, 0.5, 0.9])
def test_bit_flipped_database_exit_5_nothing_modified(capsys, made, where):
    size = os.path.getsize(made)
    offset = max(40, int(size * where))
    with open(made, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x01]))
    before = digests(os.path.dirname(made))
    code, _, err = run(capsys, "--vault", made, "verify")
    assert code == 5, err
    assert "Traceback" not in err
    assert digests(os.path.dirname(made)) == before


def test_usage_errors_exit_2(capsys, made):
    assert run(capsys, "--vault", made, "export", "nonsense", "-o", "x.csv")[0] == 2
    with pytest.raises(SystemExit) as info:
        cli.main(["frobnicate"])
    assert info.value.code == 2
    one_sentence(capsys.readouterr().err)
    code, _, err = run(capsys, "--vault", str(made) + ".missing", "verify")
    assert code == 2
    one_sentence(err)


def test_import_rejected_exit_4_with_rows_and_nothing_written(capsys, vault, vault_path, tmp_path):
    vault.close()
    bad = tmp_path / "incidents.csv"
    bad.write_text("id,summary,occurred_on,kind\n,Bien,2025-01-02,threat\n,Futuro,2999-01-01,threat\n"
                   ",Mal tipo,2025-01-02,volcano\n", encoding="utf-8")
    code, _, err = run(capsys, "--vault", vault_path, "import", "incidents", bad)
    assert code == 4
    assert "row 3, occurred_on" in err and "row 4, kind" in err
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.incidents.count() == 0


def test_dry_run_changes_nothing(capsys, vault, vault_path, tmp_path):
    vault.close()
    good = tmp_path / "persons.csv"
    good.write_text("id,full_name\n,Uno\n,Dos\n", encoding="utf-8")
    code, out, _ = run(capsys, "--vault", vault_path, "import", "persons", good, "--dry-run")
    assert code == 0 and "Would import 2" in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.count() == 0


def test_round_trip_of_every_record_type(capsys, vault, vault_path, tmp_path):
    fill_every_type(vault)
    vault.close()
    first = {}
    for table in CSV_TYPES:
        out = tmp_path / f"{table}.csv"
        assert run(capsys, "--vault", vault_path, "export", table, "--format", "csv", "-o", out)[0] == 0
        first[table] = out.read_bytes()
        assert len(first[table].splitlines()) >= 2, table
    other = tmp_path / "other.vault"
    assert run(capsys, "--vault", other, "init", "--user", "segunda")[0] == 0
    for table in CSV_TYPES:  # dependency order
        code, _, err = run(capsys, "--vault", other, "import", table, tmp_path / f"{table}.csv")
        assert code == 0, err
    for table in CSV_TYPES:
        out = tmp_path / f"{table}-again.csv"
        run(capsys, "--vault", other, "export", table, "-o", out)
        assert out.read_bytes() == first[table], table
    assert "Xochiquetzal Ñañez Фёдоровна".encode() in first["persons"]


def test_reimport_updates_by_id(capsys, vault, vault_path, tmp_path):
    person = vault.persons.add(Person(full_name="Nombre viejo"))
    vault.close()
    f = tmp_path / "p.csv"
    f.write_text(f"id,full_name\n{person.id},Nombre nuevo\n", encoding="utf-8")
    code, out, _ = run(capsys, "--vault", vault_path, "import", "persons", f)
    assert code == 0 and "1 updated" in out
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert again.persons.get(person.id).full_name == "Nombre nuevo"
        assert again.persons.count() == 1


def test_chain_of_command_imports_in_any_row_order(capsys, vault, vault_path, tmp_path):
    vault.close()
    ids = ["6f1c1a57-1d2b-4a63-9a1c-3a2f0f7e9d1%d" % i for i in range(3)]
    f = tmp_path / "a.csv"
    f.write_text("id,name,superior_id\n"
                 f"{ids[0]},Batallón,{ids[1]}\n{ids[1]},Brigada,{ids[2]}\n{ids[2]},Ejército,\n",
                 encoding="utf-8")
    code, _, err = run(capsys, "--vault", vault_path, "import", "authorities", f)
    assert code == 0, err
    with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
        assert [a.name for a in again.authorities.chain_above(ids[0])] == ["Batallón", "Brigada", "Ejército"]


def test_user_commands(capsys, vault, vault_path, monkeypatch):
    vault.close()
    monkeypatch.setenv("ACCOMPDESK_NEW_PASSPHRASE", "segunda passphrase")
    assert run(capsys, "--vault", vault_path, "user", "add", "Segunda", "--role", "viewer")[0] == 0
    code, out, _ = run(capsys, "--vault", vault_path, "user", "list")
    assert "Segunda\tviewer" in out
    code, out, _ = run(capsys, "--vault", vault_path, "user", "remove", "Segunda")
    assert code == 0 and re.search(r"(?:[0-9a-f]{4} ){15}[0-9a-f]{4}", out)
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "segunda passphrase")
    assert run(capsys, "--vault", vault_path, "--user", "Segunda", "verify")[0] == 3


def test_no_traceback_from_the_installed_command(tmp_path):
    env = dict(os.environ, ACCOMPDESK_PASSPHRASE="whatever passphrase", ACCOMPDESK_FAST_KDF="1")
    result = subprocess.run([sys.executable, "-m", "accompdesk.cli", "--vault", str(tmp_path / "none.vault"),
                             "verify"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
