"""Two vaults made with `accompdesk-cli init` exchange bundles both ways from the command
line; conflicts are listed and resolved; every refusal is exit 4, one sentence, and the
vault unchanged table by table."""

from __future__ import annotations

import datetime as dt
import os
import re

import pytest

from accompdesk import cli
from accompdesk.domain.records import Incident
from accompdesk.exchange import bundle
from accompdesk.vault import office
from accompdesk.vault.store import Vault

from .helpers import PASSPHRASE, table_digests


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> None:
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err


@pytest.fixture
def offices3(tmp_path, capsys):
    """Vaults north, south and other, made by `init`; north and south trust each other."""
    paths = {}
    for name in ("north", "south", "other"):
        paths[name] = str(tmp_path / f"{name}.vault")
        assert run(capsys, "--vault", paths[name], "init", "--user", "coordinadora")[0] == 0
        code, out, _ = run(capsys, "--vault", paths[name], "office", "card", "-o", tmp_path / f"{name}.card")
        assert code == 0 and "Fingerprint:" in out
    for me, peer in (("north", "south"), ("south", "north")):
        code, out, _ = run(capsys, "--vault", paths[me], "peer", "add", tmp_path / f"{peer}.card",
                           "--audience", "internal")
        assert code == 0
        card_fp = re.search(r"Fingerprint: ([A-Z2-7 ]+)", out).group(1).strip()
        code, shown, _ = run(capsys, "--vault", paths[peer], "office", "show")
        assert f"Fingerprint: {card_fp}" in shown  # what one reads is what the other sees
    return paths


def _digests(path):
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as v:
        return table_digests(v)


def test_office_show_prints_groups_readable_over_the_phone(offices3, capsys):
    code, out, _ = run(capsys, "--vault", offices3["north"], "office", "show")
    assert code == 0
    assert re.fullmatch(r"Office: north\nFingerprint: (?:[A-Z2-7]{4} ){7}[A-Z2-7]{4}\n", out)


def test_two_init_vaults_exchange_both_ways_and_resolve_a_conflict(offices3, tmp_path, capsys):
    north, south = offices3["north"], offices3["south"]
    with Vault.open(north, passphrase=PASSPHRASE, user="coordinadora") as v:
        rid = v.incidents.add(Incident(summary="Threat by phone", occurred_on=dt.date(2024, 1, 9),
                                       kind="threat", place="Toribío")).id
        v.attachments.add_file("incidents", rid, "photo.jpg", b"\xff\xd8 not really a jpeg")
    code, out, _ = run(capsys, "--vault", north, "send", "south", "-o", tmp_path / "n1.adx")
    assert code == 0 and "1 attachments" in out
    code, out, _ = run(capsys, "--vault", south, "receive", tmp_path / "n1.adx", "--dry-run")
    assert code == 0 and "incidents: 1 new" in out and "would change" in out
    assert run(capsys, "--vault", south, "list", "incidents")[1] == ""  # a dry run changed nothing
    code, out, _ = run(capsys, "--vault", south, "receive", tmp_path / "n1.adx")
    assert code == 0 and "incidents: 1 new" in out and "attachments: 1 files" in out
    with Vault.open(south, passphrase=PASSPHRASE, user="coordinadora") as v:
        [att] = v.attachments.for_record("incidents", rid)
        assert v.attachments.read(att.id) == b"\xff\xd8 not really a jpeg"
        record = v.incidents.get(rid)
        record.place = "Jambaló"
        v.incidents.update(record)
    with Vault.open(north, passphrase=PASSPHRASE, user="coordinadora") as v:
        record = v.incidents.get(rid)
        record.place = "Caldono"
        v.incidents.update(record)
    assert run(capsys, "--vault", south, "send", "north", "-o", tmp_path / "s1.adx")[0] == 0
    assert run(capsys, "--vault", north, "send", "south", "-o", tmp_path / "n2.adx")[0] == 0
    code, out, _ = run(capsys, "--vault", north, "receive", tmp_path / "s1.adx", "--dry-run")
    assert code == 0 and f"incidents {rid} place" in out
    assert run(capsys, "--vault", north, "receive", tmp_path / "s1.adx")[0] == 0
    assert run(capsys, "--vault", south, "receive", tmp_path / "n2.adx")[0] == 0
    for path, mine, theirs in ((north, "Caldono", "south: Jambaló"), (south, "Jambaló", "north: Caldono")):
        code, out, _ = run(capsys, "--vault", path, "conflicts")
        assert code == 0 and f"mine: {mine}" in out and f"theirs: {theirs}" in out
    conflict_id = run(capsys, "--vault", north, "conflicts")[1].split("\t")[0]
    code, _, err = run(capsys, "--vault", north, "conflicts", "resolve", conflict_id)
    assert code == 2
    one_sentence(err)
    assert run(capsys, "--vault", north, "conflicts", "resolve", conflict_id, "--keep", "theirs")[0] == 0
    assert run(capsys, "--vault", north, "send", "south", "-o", tmp_path / "n3.adx")[0] == 0
    assert run(capsys, "--vault", south, "receive", tmp_path / "n3.adx")[0] == 0
    for path in (north, south):
        assert run(capsys, "--vault", path, "conflicts")[1] == "No open conflicts.\n"
        with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as v:
            assert v.incidents.get(rid).place == "Jambaló"
        code, out, err = run(capsys, "--vault", path, "verify")
        assert code == 0, out + err
    code, out, _ = run(capsys, "--vault", north, "peer", "list")
    assert code == 0 and out.startswith("south\tinternal\tsent 2") and "received 2" in out


def test_only_a_coordinator_adds_or_removes_peers_and_each_change_is_audited(offices3, tmp_path, capsys,
                                                                            monkeypatch):
    north = offices3["north"]
    monkeypatch.setenv("ACCOMPDESK_NEW_PASSPHRASE", "another good passphrase")
    assert run(capsys, "--vault", north, "user", "add", "staffer", "--role", "staff")[0] == 0
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "another good passphrase")
    before = _digests_as(north, "staffer", "another good passphrase")
    for args in (("peer", "add", tmp_path / "other.card", "--audience", "internal"), ("peer", "remove", "south")):
        code, _, err = run(capsys, "--vault", north, "--user", "staffer", *args)
        assert code == 4
        one_sentence(err)
    assert _digests_as(north, "staffer", "another good passphrase") == before
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--vault", north, "peer", "remove", "south")[0] == 0
    with Vault.open(north, passphrase=PASSPHRASE, user="coordinadora") as v:
        actions = [e.action for e in v.audit_entries(record_table="peers")]
    assert actions == ["add peer", "remove peer"]


def _digests_as(path, user, passphrase):
    with Vault.open(path, passphrase=passphrase, user=user) as v:
        return table_digests(v)


# -- refusals ---------------------------------------------------------------------------------

def _a_bundle(capsys, paths, tmp_path, name="n.adx"):
    with Vault.open(paths["north"], passphrase=PASSPHRASE, user="coordinadora") as v:
        v.incidents.add(Incident(summary="Raid on the office", occurred_on=dt.date(2024, 4, 4), kind="raid"))
    assert run(capsys, "--vault", paths["north"], "send", "south", "-o", tmp_path / name)[0] == 0
    return tmp_path / name


def _refused(capsys, path, bundle_path, expect: str):
    before = _digests(path)
    code, out, err = run(capsys, "--vault", path, "receive", bundle_path)
    assert code == 4, (out, err)
    one_sentence(err)
    assert re.search(expect, err, re.IGNORECASE), err
    assert "Traceback" not in err
    assert _digests(path) == before


def _regions(data: bytes) -> dict[str, int]:
    header_end = data.index(b"\n---") + 4
    mac_end = data.index(b"\n", header_end)
    return {"magic": 3, "stanza": data.index(b"X25519") + 10, "mac": mac_end - 5, "nonce": mac_end + 5,
            "first chunk": mac_end + 40, "middle": len(data) // 2, "last byte": len(data) - 1}


@pytest.mark.parametrize("region", ["magic", "stanza", "mac", "nonce", "first chunk", "middle", "last byte"])
def test_a_bundle_tampered_in_any_region_is_refused(offices3, tmp_path, capsys, region):
    path = _a_bundle(capsys, offices3, tmp_path)
    data = bytearray(path.read_bytes())
    data[_regions(bytes(data))[region]] ^= 0x20
    path.write_bytes(bytes(data))
    _refused(capsys, offices3["south"], path, r"damaged|another office|not an AccompDesk bundle")


@pytest.mark.parametrize("keep", [0, 30, 200, "half", -1])
def test_a_truncated_bundle_is_refused(offices3, tmp_path, capsys, keep):
    path = _a_bundle(capsys, offices3, tmp_path)
    data = path.read_bytes()
    cut = len(data) // 2 if keep == "half" else (len(data) - 1 if keep == -1 else keep)
    path.write_bytes(data[:cut])
    _refused(capsys, offices3["south"], path, r"damaged|incomplete|not an AccompDesk bundle")


def test_a_bundle_for_another_office_is_refused(offices3, tmp_path, capsys):
    paths = offices3
    assert run(capsys, "--vault", paths["north"], "peer", "add", tmp_path / "other.card",
               "--audience", "internal")[0] == 0
    assert run(capsys, "--vault", paths["north"], "send", "other", "-o", tmp_path / "o.adx")[0] == 0
    _refused(capsys, paths["south"], tmp_path / "o.adx", "another office")


def test_a_bundle_signed_for_another_office_but_encrypted_to_this_one_is_refused(offices3, tmp_path, capsys):
    paths = offices3
    with Vault.open(paths["north"], passphrase=PASSPHRASE, user="coordinadora") as v:
        me = office.identity(v.conn)
    with Vault.open(paths["other"], passphrase=PASSPHRASE, user="coordinadora") as v:
        other = office.identity(v.conn)
    with Vault.open(paths["south"], passphrase=PASSPHRASE, user="coordinadora") as v:
        south = office.identity(v.conn)
    manifest = {"format": 1, "bundle": 1, "sender": me.office_id, "recipient": other.office_id, "vector": {},
                "mirror_ack": {}, "offices": {}, "made_at": "2026-01-01T00:00:00Z", "audience": "internal"}
    (tmp_path / "x.adx").write_bytes(bundle.seal(manifest, {"changes": []}, me.sign_private, south.age_recipient))
    _refused(capsys, paths["south"], tmp_path / "x.adx", "for another office")


def test_a_forged_signature_is_refused(offices3, tmp_path, capsys):
    paths = offices3
    with Vault.open(paths["north"], passphrase=PASSPHRASE, user="coordinadora") as v:
        me = office.identity(v.conn)
    with Vault.open(paths["south"], passphrase=PASSPHRASE, user="coordinadora") as v:
        south = office.identity(v.conn)
    manifest = {"format": 1, "bundle": 1, "sender": me.office_id, "recipient": south.office_id, "vector": {},
                "mirror_ack": {}, "offices": {}, "made_at": "2026-01-01T00:00:00Z", "audience": "internal"}
    (tmp_path / "f.adx").write_bytes(bundle.seal(manifest, {"changes": []}, os.urandom(32), south.age_recipient))
    _refused(capsys, paths["south"], tmp_path / "f.adx", "signature")


@pytest.mark.parametrize("what", ["format", "field"])
def test_a_bundle_from_a_future_version_is_refused(offices3, tmp_path, capsys, what):
    paths = offices3
    with Vault.open(paths["north"], passphrase=PASSPHRASE, user="coordinadora") as v:
        me = office.identity(v.conn)
    with Vault.open(paths["south"], passphrase=PASSPHRASE, user="coordinadora") as v:
        south = office.identity(v.conn)
    manifest = {"format": 2 if what == "format" else 1, "bundle": 1, "sender": me.office_id,
                "recipient": south.office_id, "vector": {}, "mirror_ack": {}, "offices": {},
                "made_at": "2026-01-01T00:00:00Z", "audience": "internal"}
    change = [me.office_id, 1, "incidents", "0b0c2a0e-7f5d-4e0b-9a53-2c1d1e0f1a2b", {"hovercraft": "full"}, {},
              "2026-01-01T00:00:00Z"]
    (tmp_path / "v.adx").write_bytes(bundle.seal(manifest, {"changes": [change]}, me.sign_private,
                                                 south.age_recipient))
    _refused(capsys, paths["south"], tmp_path / "v.adx", "newer AccompDesk")


def test_a_bundle_from_an_unknown_office_is_refused(offices3, tmp_path, capsys):
    paths = offices3
    assert run(capsys, "--vault", paths["other"], "peer", "add", tmp_path / "south.card",
               "--audience", "internal")[0] == 0
    assert run(capsys, "--vault", paths["other"], "send", "south", "-o", tmp_path / "u.adx")[0] == 0
    _refused(capsys, paths["south"], tmp_path / "u.adx", "does not trust")


def test_a_bundle_from_a_removed_peer_is_refused(offices3, tmp_path, capsys):
    path = _a_bundle(capsys, offices3, tmp_path)
    assert run(capsys, "--vault", offices3["south"], "peer", "remove", "north")[0] == 0
    _refused(capsys, offices3["south"], path, "does not trust")


def test_a_replay_and_an_older_bundle_after_a_newer_one_are_refused(offices3, tmp_path, capsys):
    first = _a_bundle(capsys, offices3, tmp_path, "1.adx")
    second = _a_bundle(capsys, offices3, tmp_path, "2.adx")
    assert run(capsys, "--vault", offices3["south"], "receive", second)[0] == 0
    _refused(capsys, offices3["south"], second, "already received")
    _refused(capsys, offices3["south"], first, "already received")


@pytest.mark.parametrize("content", [b"", b"hello", b"age-encryption.org/v1\n-> X25519 abc\n--- xyz\n"])
def test_a_file_that_is_no_bundle_is_refused(offices3, tmp_path, capsys, content):
    (tmp_path / "junk.adx").write_bytes(content)
    _refused(capsys, offices3["south"], tmp_path / "junk.adx", r"not an AccompDesk bundle|damaged")


def test_nothing_outside_the_encryption_names_an_office_or_a_count(offices3, tmp_path, capsys):
    path = _a_bundle(capsys, offices3, tmp_path)
    data = path.read_bytes()
    header = data[:data.index(b"\n---") + 60]
    for word in (b"north", b"south", b"Raid", b"incidents", b"changes"):
        assert word not in data
    assert header.startswith(b"age-encryption.org/v1\n-> X25519 ")
    # The plaintext is padded to 16 KiB and age adds a random-length stanza to its header, so
    # a bundle of one change and one of ten are the same size give or take that noise.
    one = len(_a_bundle(capsys, offices3, tmp_path, "one.adx").read_bytes())
    with Vault.open(offices3["north"], passphrase=PASSPHRASE, user="coordinadora") as v:
        for i in range(9):
            v.incidents.add(Incident(summary=f"Threat {i}", occurred_on=dt.date(2024, 4, 4), kind="threat"))
    ten = len(_a_bundle(capsys, offices3, tmp_path, "ten.adx").read_bytes())
    assert 16 * 1024 < one < 17 * 1024 and 16 * 1024 < ten < 17 * 1024
