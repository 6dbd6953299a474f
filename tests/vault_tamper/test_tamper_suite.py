"""The tamper suite: someone holding the recovery key edits the vault in plain sqlcipher3,
or someone edits or swaps the key-slot file; `accompdesk-cli verify` names each with exit 5."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from contextlib import contextmanager
import shutil
import subprocess
import sys

import pytest
import sqlcipher3

from accompdesk import cli
from accompdesk.domain.records import Incident, Person
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.delenv("ACCOMPDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


@pytest.fixture
def office(tmp_path):
    """A vault with a few records, closed; (path, recovery key, ids)."""
    path = str(tmp_path / "office.vault")
    vault, recovery = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    ana = vault.persons.add(Person(full_name="Ana Quintero", consent_level="internal"))
    beto = vault.persons.add(Person(full_name="Beto Ríos", consent_level="diplomatic"))
    vault.incidents.add(Incident(summary="Amenaza", occurred_on=dt.date(2024, 5, 6), kind="threat",
                                 affected_persons=[ana.id], affected_person_roles=["victim"]))
    beto.region = "Norte"
    vault.persons.update(beto)
    vault.close()
    return path, recovery, {"ana": ana.id, "beto": beto.id}


@contextmanager
def raw(path: str, recovery: str):
    """The vault as any SQLCipher 4 tool opens it with the recovery key (closed after)."""
    conn = sqlcipher3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{recovery.replace(' ', '')}'\"")
        yield conn
    finally:
        conn.close()


def verify_cli(capsys, monkeypatch, path, *, recovery: str | None = None, passphrase: str | None = None):
    if recovery is not None:
        monkeypatch.setenv("ACCOMPDESK_RECOVERY_KEY", recovery)
        args = ["--vault", path, "--recovery-key", "verify"]
    else:
        monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", passphrase or PASSPHRASE)
        args = ["--vault", path, "verify"]
    code = cli.main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def failed_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("FAIL")]


@pytest.mark.parametrize("how", ["recovery", "passphrase"])
def test_an_untouched_vault_verifies(capsys, monkeypatch, office, how):
    path, recovery, _ids = office
    code, out, err = verify_cli(capsys, monkeypatch, path,
                                recovery=recovery if how == "recovery" else None)
    assert code == 0, out + err
    assert "records" in out and "audit head" in out and "sealed for this vault" in out


# -- the record -------------------------------------------------------------------------------

@pytest.mark.parametrize("column, value", [
    ("consent_level", "public"), ("full_name", "Otro Nombre"), ("region", "Sur"), ("notes", "x"),
])
@pytest.mark.parametrize("who", ["ana", "beto"])
def test_a_row_edited_directly_is_named_with_its_field(capsys, monkeypatch, office, column, value, who):
    path, recovery, ids = office
    with raw(path, recovery) as conn:
        conn.execute(f"UPDATE persons SET {column} = ? WHERE id = ?", (value, ids[who]))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    [line] = failed_lines(out)
    assert line.startswith("FAIL records:")
    assert f"persons record {ids[who]}" in line and f"(field: {column})" in line


def test_a_row_added_restored_or_removed_directly_is_named(capsys, monkeypatch, office):
    path, recovery, ids = office
    with raw(path, recovery) as conn:
        conn.execute("DELETE FROM incidents__affected_persons")
        conn.execute("DELETE FROM incidents")
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert "removed outside AccompDesk" in failed_lines(out)[0]

    with raw(path, recovery) as conn:
        row = conn.execute("SELECT * FROM persons WHERE id = ?", (ids["ana"],)).fetchone()
        conn.execute("INSERT INTO persons VALUES (" + ",".join("?" * len(row)) + ")",
                     ("11111111-1111-4111-8111-111111111111", *row[1:]))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5 and "11111111-1111-4111-8111-111111111111 has no audit entry" in out


def test_a_live_record_whose_last_entry_deleted_it_is_named(capsys, monkeypatch, office):
    path, recovery, ids = office
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        vault.persons.delete(ids["beto"])
    with raw(path, recovery) as conn:
        conn.execute("UPDATE persons SET deleted_at = NULL WHERE id = ?", (ids["beto"],))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5 and f"persons record {ids['beto']} is live, but audit entry" in out


# -- the audit log ---------------------------------------------------------------------------

def _plain_hash(row) -> str:
    """What the chain was before it had a key: SHA-256 of the entry's fields."""
    seq, at, user, action, table, record_id, before, after, detail, prev = row
    body = json.dumps([seq, at, user, action, table, record_id, before, after, detail, prev],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _recompute_plain(conn, start: int) -> None:
    rows = conn.execute("SELECT seq, at, user, action, record_table, record_id, before_digest, "
                        "after_digest, detail FROM audit_log WHERE seq >= ? ORDER BY seq", (start,)).fetchall()
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (start - 1,)).fetchone()
    prev = prev[0] if prev else "0" * 64
    for row in rows:
        new = _plain_hash((*row, prev))
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, new, row[0]))
        prev = new


@pytest.mark.parametrize("seq", [1, 3, 5])
@pytest.mark.parametrize("drop_meta", [False, True])
def test_an_audit_entry_edited_with_the_chain_recomputed_is_named(capsys, monkeypatch, office, seq,
                                                                 drop_meta):
    path, recovery, _ids = office
    with raw(path, recovery) as conn:
        conn.execute("UPDATE audit_log SET user = 'mallory' WHERE seq = ?", (seq,))
        _recompute_plain(conn, seq)
        if drop_meta:  # as if the log had never been keyed: it must not be re-chained for them
            conn.execute("DELETE FROM meta WHERE key = 'audit_chain'")
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert f"FAIL audit: audit entry {seq} (" in out and "has been altered" in out


@pytest.mark.parametrize("removed", [1, 2, 4])
def test_the_last_audit_entries_removed_are_noticed(capsys, monkeypatch, office, removed):
    path, recovery, _ids = office
    with raw(path, recovery) as conn:
        count = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (count - removed,))
    for how in ("recovery", "passphrase"):
        code, out, _err = verify_cli(capsys, monkeypatch, path,
                                     recovery=recovery if how == "recovery" else None)
        assert code == 5
        assert (f"FAIL audit head: audit entry {count - removed + 1} is missing: the key-slot file "
                f"records {count} entries") in out


# -- the key-slot file ------------------------------------------------------------------------

def test_a_slot_file_from_another_vault_is_named(capsys, monkeypatch, office, tmp_path):
    path, recovery, _ids = office
    other = str(tmp_path / "other" / "office.vault")
    Vault.create(other, "coordinadora", PASSPHRASE, kdf=FAST_KDF)[0].close()
    shutil.copy(other + ".keys", path + ".keys")
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert "FAIL key slots: The key-slot file does not match this vault" in out
    # With the passphrase, the other vault's slot opens but its key does not open this one.
    code, _out, err = verify_cli(capsys, monkeypatch, path)
    assert code == 3 and "does not open the current vault" in err


def _edit_slot_file(path: str, change) -> None:
    data = json.loads(open(path + ".keys", encoding="utf-8").read())
    change(data)
    with open(path + ".keys", "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2)


def _flip_hex(text: str) -> str:
    # Always a change: a random hash or salt starts with "0" one time in sixteen.
    return ("1" if text[0] == "0" else "0") + text[1:]


def _flip_b64(text: str) -> str:
    return ("B" if text[5] != "B" else "C").join((text[:5], text[6:]))


@pytest.mark.parametrize("where", [
    "iterations", "memory", "salt", "public_key", "created_at", "head_count", "head_hash",
    "vault_salt", "user_order",
])
def test_a_slot_file_changed_after_it_was_sealed_is_named(capsys, monkeypatch, office, where):
    path, recovery, _ids = office
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        from accompdesk.vault.staff import add_staff
        add_staff(vault, "segundo", "second passphrase!", kdf=FAST_KDF)

    def change(data):
        slot = data["slots"][0]
        if where == "iterations":
            slot["kdf"]["iterations"] += 1
        elif where == "memory":
            slot["kdf"]["memory_kib"] += 1024
        elif where == "salt":
            slot["kdf"]["salt"] = _flip_b64(slot["kdf"]["salt"])
        elif where == "public_key":
            slot["public_key"] = _flip_b64(slot["public_key"])
        elif where == "created_at":
            slot["created_at"] = slot["created_at"].replace("2", "3", 1)
        elif where == "head_count":
            data["audit_head"]["count"] -= 1
        elif where == "head_hash":
            data["audit_head"]["hash"] = _flip_hex(data["audit_head"]["hash"])
        elif where == "vault_salt":
            data["vault_salt"] = _flip_hex(data["vault_salt"])
        elif where == "user_order":
            data["slots"].reverse()

    _edit_slot_file(path, change)
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert "FAIL key slots: The key-slot file does not match this vault" in out


@pytest.mark.parametrize("offset", [0.25, 0.5, 0.75])
def test_a_flipped_byte_in_the_slot_file_is_named(capsys, monkeypatch, office, offset):
    path, recovery, _ids = office
    data = bytearray(open(path + ".keys", "rb").read())
    at = int(len(data) * offset)
    data[at] ^= 0x01
    open(path + ".keys", "wb").write(bytes(data))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    [line] = [ln for ln in failed_lines(out) if ln.startswith("FAIL key slots")]
    assert "key-slot file" in line


@pytest.mark.parametrize("field, value", [("iterations", 1_000_000), ("memory_kib", 64 * 1024 * 1024),
                                          ("lanes", 4096)])
def test_argon2_parameters_beyond_the_ceiling_are_refused_with_a_sentence(
        capsys, monkeypatch, office, field, value):
    path, recovery, _ids = office
    _edit_slot_file(path, lambda data: data["slots"][0]["kdf"].__setitem__(field, value))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert "FAIL key slots" in out
    # The passphrase goes to that slot: refused before any key derivation is started.
    code, _out, err = verify_cli(capsys, monkeypatch, path)
    assert code == 5
    assert "beyond any AccompDesk sets" in err and len(err.strip().splitlines()) == 1


def test_argon2_passes_of_a_million_do_not_hang_the_command(office, tmp_path):
    path, _recovery, _ids = office
    _edit_slot_file(path, lambda data: data["slots"][0]["kdf"].__setitem__("iterations", 1_000_000))
    env = {**os.environ, "ACCOMPDESK_PASSPHRASE": PASSPHRASE, "ACCOMPDESK_FAST_KDF": "1"}
    # The timeout only stops a hang from stalling the suite; the refusal needs no derivation.
    done = subprocess.run([sys.executable, "-m", "accompdesk.cli", "--vault", path, "verify"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 5
    assert "beyond any AccompDesk sets" in done.stderr


# -- the database file ------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["recovery", "passphrase"])
def test_an_emptied_vault_file_is_named(capsys, monkeypatch, office, how):
    path, recovery, _ids = office
    for sidecar in (path + "-wal", path + "-shm"):
        if os.path.exists(sidecar):
            os.unlink(sidecar)
    open(path, "wb").close()
    code, out, err = verify_cli(capsys, monkeypatch, path, recovery=recovery if how == "recovery" else None)
    assert code == 5, out + err
    assert "Traceback" not in err


def test_several_fields_edited_at_once_are_all_named(capsys, monkeypatch, office):
    path, recovery, ids = office
    with raw(path, recovery) as conn:
        conn.execute("UPDATE persons SET consent_level = 'public', region = 'Sur', updated_by = 'x' "
                     "WHERE id = ?", (ids["ana"],))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert f"persons record {ids['ana']}" in out
    assert "(fields: consent_level, region, updated_by)" in out


def test_a_link_removed_directly_is_named_as_the_owners_field(capsys, monkeypatch, office):
    path, recovery, _ids = office
    with raw(path, recovery) as conn:
        incident = conn.execute("SELECT id FROM incidents").fetchone()[0]
        conn.execute("DELETE FROM incidents__affected_persons")
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert f"incidents record {incident}" in out and "affected_persons" in out


def test_changes_made_through_accompdesk_never_look_like_tampering(capsys, monkeypatch, office):
    """Every path that writes records leaves each one fitting its last audit entry: the
    purge of a linked person (its links go with it), delete and restore, batches."""
    path, recovery, ids = office
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        vault.persons.delete(ids["beto"])
        vault.persons.restore(ids["beto"])
        vault.persons.add_many([Person(full_name=f"Lote {i}") for i in range(30)])
        vault.persons.purge(ids["ana"])  # linked from the incident
        [incident] = vault.incidents.list()
        assert incident.affected_persons == []
    code, out, err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 0, out + err
    assert "FAIL" not in out


@pytest.mark.parametrize("how", ["replaced", "removed"])
def test_an_attached_file_replaced_or_removed_directly_is_named(capsys, monkeypatch, office, how):
    path, recovery, ids = office
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        attachment = vault.attachments.add_file("persons", ids["ana"], "carta.txt", b"la carta original")
    with raw(path, recovery) as conn:
        if how == "replaced":
            conn.execute("UPDATE attachment_blobs SET data = ? WHERE attachment_id = ?",
                         (b"otra carta", attachment.id))
        else:
            conn.execute("DELETE FROM attachment_blobs WHERE attachment_id = ?", (attachment.id,))
    code, out, _err = verify_cli(capsys, monkeypatch, path, recovery=recovery)
    assert code == 5
    assert f"attachments record {attachment.id} holds a file that does not match" in out
