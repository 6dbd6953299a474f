"""`accompdesk-cli duplicates` and `accompdesk-cli merge`: exit codes, output, nothing changed on refusal."""

from __future__ import annotations

import csv
import io
import re

import pytest

from accompdesk import cli
from accompdesk.domain.records import Person
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE
from .test_merge import table_digests


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)


def run(capsys, *args):
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(vault, vault_path):
    a = vault.persons.add(Person(full_name="Ana Milena Pacheco Gómez", region="Cauca", consent_level="public"))
    b = vault.persons.add(Person(full_name="Pacheco, Ana M.", region="Cauca", consent_level="diplomatic"))
    vault.persons.add(Person(full_name="Jorge Ríos Muñoz", region="Nariño"))
    vault.close()
    return vault_path, a.id, b.id


def test_duplicates_lists_the_pair_in_text_and_csv(capsys, office):
    path, a, b = office
    code, out, _ = run(capsys, "--vault", path, "duplicates", "persons")
    assert code == 0
    assert a in out and b in out and "Jorge" not in out
    assert "1 possible duplicate pair(s) in persons" in out
    code, out, _ = run(capsys, "--vault", path, "duplicates", "persons", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and {rows[0]["id_1"], rows[0]["id_2"]} == {a, b}
    assert float(rows[0]["score"]) >= 0.85
    code, out, _ = run(capsys, "--vault", path, "duplicates", "persons", "--format", "csv", "--min-score", "0.99")
    assert list(csv.DictReader(io.StringIO(out))) == []


def test_not_same_is_remembered(capsys, office):
    path, a, b = office
    code, out, _ = run(capsys, "--vault", path, "duplicates", "persons", "--not-same", a, b)
    assert code == 0 and "will not be proposed again" in out
    code, out, _ = run(capsys, "--vault", path, "duplicates", "persons")
    assert a not in out and "0 possible duplicate pair(s)" in out


def test_merge_and_undo_from_the_command_line(capsys, office):
    path, a, b = office
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        before = table_digests(vault)
    code, out, err = run(capsys, "--vault", path, "merge", "persons", a, b, "--take", "full_name=other")
    assert code == 0, err
    merge_id = re.search(r"merge undo (\S+)", out).group(1)
    assert "consent_level: 'diplomatic' stays" in out
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        kept = vault.persons.get(a)
        assert kept.full_name == "Pacheco, Ana M." and kept.consent_level == "diplomatic"
        assert vault.persons.count() == 2
    code, out, _ = run(capsys, "--vault", path, "merge", "history", "persons", a)
    assert code == 0 and "full_name: kept 'Ana Milena Pacheco Gómez', other 'Pacheco, Ana M.' -> other" in out
    code, out, err = run(capsys, "--vault", path, "merge", "undo", merge_id)
    assert code == 0, err
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        assert table_digests(vault) == before


@pytest.mark.parametrize("args, code, words", [
    (["merge", "persons", "A", "A"], 2, "itself"),
    (["merge", "persons", "KEEP", "00000000-0000-4000-8000-000000000000"], 4, "no person"),
    (["merge", "volunteers", "KEEP", "OTHER"], 2, "not in volunteers"),
    (["merge", "persons", "KEEP", "OTHER", "--take", "colour=other"], 2, "no field called colour"),
    (["merge", "persons", "KEEP", "OTHER", "--take", "full_name"], 2, "FIELD=other"),
    (["merge", "persons", "KEEP"], 2, "two ids"),
    (["merge", "undo"], 2, "one merge id"),
    (["merge", "undo", "nope"], 4, "no merge"),
    (["duplicates", "incidents"], 2, "not in incidents"),
    (["duplicates", "persons", "--min-score", "7"], 2, "from 0 to 1"),
    (["duplicates", "persons", "--not-same", "KEEP", "KEEP"], 2, "two different ids"),
])
def test_refusals_are_one_sentence_and_change_nothing(capsys, office, args, code, words):
    path, a, b = office
    args = [{"KEEP": a, "OTHER": b}.get(x, x) for x in args]
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        before = table_digests(vault)
    got, out, err = run(capsys, "--vault", path, *args)
    assert got == code, err
    assert words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        assert table_digests(vault) == before


def test_wider_consent_kept_by_a_coordinator(capsys, office):
    path, a, b = office
    code, out, err = run(capsys, "--vault", path, "merge", "persons", a, b, "--wider-consent")
    assert code == 0, err
    assert "the wider consent, kept by a coordinator" in out
    with Vault.open(path, passphrase=PASSPHRASE, user="coordinadora") as vault:
        assert vault.persons.get(a).consent_level == "public"
