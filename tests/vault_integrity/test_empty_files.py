"""Only `init` creates a vault (failure 5): an empty, cut-short or header-less vault file
is damaged (exit 5) for every command and every key, and is left byte for byte; an
empty, cut-short or foreign backup is refused by `restore`, as by the restore wizard."""

from __future__ import annotations

import hashlib
import os

import pytest

from accompdesk import cli
from accompdesk.domain.records import Person
from accompdesk.vault.backup import backup
from accompdesk.vault.errors import InputRejected, VaultDamaged
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.restore import restore
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE

ZERO_KEY = " ".join(["0000"] * 16)


def _damage(path: str, how: str, recovery: str) -> None:
    size = os.path.getsize(path)
    if how == "empty":
        open(path, "wb").close()
    elif how == "cut mid-page":
        os.truncate(path, size // 2 + 100)
    elif how == "first page only":
        os.truncate(path, 4096)
    elif how == "shorter than a page":
        os.truncate(path, 1000)
    elif how == "zero-key vault":
        # What the old program left after `--recovery-key` of zeros on an empty file.
        os.unlink(path)
        v, _ = Vault.create(path + ".other", "x", PASSPHRASE, kdf=FAST_KDF)
        v.close()
        import sqlcipher3
        conn = sqlcipher3.connect(path)
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        conn.execute("PRAGMA user_version = 0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("DROP TABLE t")
        conn.execute("VACUUM")
        conn.close()
    else:
        raise ValueError(how)


def _digest(folder: str) -> dict[str, str]:
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith((".lock", ".attempts")):
            continue  # the lock and the wait counts are not the vault
        with open(os.path.join(folder, name), "rb") as fh:
            out[name] = hashlib.sha256(fh.read()).hexdigest()
    return out


DAMAGE = ["empty", "cut mid-page", "first page only", "shorter than a page", "zero-key vault"]
COMMANDS = [["verify"], ["list", "persons"], ["rekey"], ["demo", "--scale", "1"]]
# A vault made under the zero key is only ever tried with it.
CASES = [(how, key) for how in DAMAGE for key in ("passphrase", "recovery key", "zero key")
         if how != "zero-key vault" or key == "zero key"]


@pytest.mark.parametrize("how,key", CASES)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_a_damaged_vault_file_is_exit_5_and_left_as_it_is(how, key, command, new_vault, vault_path,
                                                         monkeypatch, capsys):
    vault, recovery = new_vault
    vault.persons.add(Person(full_name="Registrada"))
    vault.close()
    _damage(vault_path, how, recovery)
    folder = os.path.dirname(vault_path)
    before = _digest(folder)
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", ZERO_KEY if key == "zero key" else recovery)
    argv = ["--vault", vault_path, *command]
    if key != "passphrase":
        argv.append("--recovery-key")
    code = cli.main(argv)
    err = capsys.readouterr().err.strip()
    if key == "zero key" and how == "first page only":
        # Whole pages under a wrong key look like any vault under another key: it is the key
        # that is refused (and nothing is made under it).
        assert code == 3 and "does not open" in err, err
    else:
        assert code == 5, err
        assert "damaged" in err
    assert "\n" not in err
    assert _digest(folder) == before


@pytest.mark.parametrize("how", ["empty", "cut mid-page", "shorter than a page"])
def test_the_open_call_itself_refuses_and_changes_nothing(how, new_vault, vault_path):
    vault, recovery = new_vault
    vault.close()
    _damage(vault_path, how, recovery)
    before = _digest(os.path.dirname(vault_path))
    for kwargs in ({"passphrase": PASSPHRASE}, {"recovery_key": recovery}):
        with pytest.raises(VaultDamaged):
            Vault.open(vault_path, **kwargs)
    assert _digest(os.path.dirname(vault_path)) == before


@pytest.fixture
def office(new_vault, tmp_path):
    vault, recovery = new_vault
    vault.persons.add(Person(full_name="En la copia"))
    usb = tmp_path / "usb"
    usb.mkdir()
    target = backup(vault, str(usb / "copy.vault"))
    vault.close()
    return target, recovery


@pytest.mark.parametrize("how", ["empty", "cut mid-page", "first page only", "shorter than a page"])
@pytest.mark.parametrize("via", ["cli", "service"])
def test_an_empty_or_cut_backup_is_refused_by_restore(how, via, office, vault_path, tmp_path,
                                                      monkeypatch, capsys):
    target, recovery = office
    _damage(target, how, recovery)
    before = _digest(os.path.dirname(target))
    dest = str(tmp_path / "restored.vault")
    if via == "cli":
        monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
        code = cli.main(["--vault", vault_path, "restore", target, dest])
        err = capsys.readouterr().err.strip()
        assert code == 5 and "\n" not in err, err
    else:  # what the restore wizard calls
        with pytest.raises(VaultDamaged):
            restore(target, dest, passphrase=PASSPHRASE, office_path=vault_path)
    assert not [n for n in os.listdir(tmp_path) if n.startswith("restored.vault")
                and not n.endswith(".lock")]
    assert _digest(os.path.dirname(target)) == before


@pytest.mark.parametrize("rekeyed", [False, True], ids=["same key", "office rekeyed since"])
def test_a_backup_of_another_vault_is_refused_by_restore(rekeyed, office, vault_path, tmp_path,
                                                         monkeypatch, capsys):
    own_backup, _recovery = office
    other_path = str(tmp_path / "other" / "other.vault")
    other, _ = Vault.create(other_path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    with other:
        foreign = backup(other, str(tmp_path / "usb" / "foreign.vault"))
    if rekeyed:
        from accompdesk.vault.rekey import rekey
        with Vault.open(vault_path, passphrase=PASSPHRASE) as again:
            rekey(again)
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    code = cli.main(["--vault", vault_path, "restore", foreign, str(tmp_path / "r1.vault")])
    err = capsys.readouterr().err.strip()
    assert code == 4 and "another vault" in err, err
    assert not os.path.exists(tmp_path / "r1.vault")
    with pytest.raises(InputRejected):
        restore(foreign, str(tmp_path / "r2.vault"), passphrase=PASSPHRASE, office_path=vault_path)
    # The office's own backup still restores, with or without a rekey since.
    done = restore(own_backup, str(tmp_path / "r3.vault"), passphrase=PASSPHRASE, office_path=vault_path)
    with done.vault:
        assert [p.full_name for p in done.vault.persons.list()] == ["En la copia"]
