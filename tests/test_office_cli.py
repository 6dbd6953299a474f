"""`accompdesk-cli office set KEY VALUE` and `office get [KEY]`: what the Office page of the
preferences sets, from the command line; refusals are one sentence and change nothing."""

from __future__ import annotations

import pytest

from accompdesk import cli
from accompdesk.domain.office import EDITABLE
from accompdesk.reports.roster import build_roster
from accompdesk.vault import settings, staff
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.domain.roster import Week
from accompdesk.vault.store import Vault

from .conftest import PASSPHRASE

NO_NUMBER = "[the office has not set its emergency number]"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)


@pytest.fixture
def path(vault):
    vault.close()
    return vault.path


def run(capsys, path, *args) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(path), *[str(a) for a in args]])
    out, err = capsys.readouterr()
    return code, out, err


def stored(path):
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        return settings.load(vault)


GOOD = [("office_name", "Oficina de Barrancabermeja", "Oficina de Barrancabermeja"),
        ("emergency_number", "+57 300 555 0148", "+57 300 555 0148"),
        ("locale", "es_CO", "es_CO"), ("date_format", "dd/mm/yyyy", "dd/mm/yyyy"),
        ("date_format", "", ""), ("time_zone", "America/Bogota", "America/Bogota"),
        ("minimum_team_size", "3", 3),
        ("emergency_protocol", "1. Llamar.\\n2. Avisar.", "1. Llamar.\n2. Avisar."),
        ("letterhead", "Oficina de terreno\\nCalle 50 # 10-20", "Oficina de terreno\nCalle 50 # 10-20"),
        ("checkin_grace_minutes", "45", 45)]


@pytest.mark.parametrize("key, text, value", GOOD)
def test_set_then_get(capsys, path, key, text, value):
    code, _out, err = run(capsys, path, "office", "set", key, text)
    assert (code, "Traceback" in err) == (0, False)
    assert getattr(stored(path), key) == value
    code, out, _ = run(capsys, path, "office", "get", key)
    assert (code, out) == (0, f"{value}\n")


def test_get_lists_every_setting_one_per_line(capsys, path):
    run(capsys, path, "office", "set", "emergency_protocol", "uno\\ndos")
    code, out, _ = run(capsys, path, "office", "get")
    lines = out.splitlines()
    assert code == 0 and [line.split("\t")[0] for line in lines] == list(EDITABLE)
    assert "emergency_protocol\tuno\\ndos" in lines


BAD = [("minimum_team_size", "two", 4, "minimum_team_size takes a whole number."),
       ("minimum_team_size", "0", 4, "minimum_team_size must be between 1 and 10."),
       ("emergency_number", "call Ana", 4, "'call Ana' is not a telephone number (digits, spaces, + and - only)."),
       ("date_format", "dd.mm.yy", 4, "'dd.mm.yy' is not a date format; choose one of dd/mm/yyyy, "
                                      "mm/dd/yyyy, yyyy-mm-dd."),
       ("time_zone", "Bogota", 4, "'Bogota' is not a time zone; write it as America/Bogota."),
       ("locale", "Spanish", 4, "'Spanish' is not a locale; write it as es_CO or en_GB."),
       ("office_name", "  ", 4, "office_name cannot be empty."),
       ("colour", "red", 2, "There is no office setting called colour; they are: " + ", ".join(EDITABLE) + "."),
       ("last_backup_at", "2020", 2, None)]


@pytest.mark.parametrize("key, text, code, sentence", BAD)
def test_refused_values_change_nothing(capsys, path, key, text, code, sentence):
    before = stored(path)
    got, out, err = run(capsys, path, "office", "set", key, text)
    assert got == code and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    if sentence:
        assert err.strip() == sentence
    assert stored(path) == before


def test_a_staff_member_may_read_but_not_set(capsys, path, monkeypatch):
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        staff.add_staff(vault, "equipo", "equipo passphrase", "staff", kdf=FAST_KDF)
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "equipo passphrase")
    code, _out, err = run(capsys, path, "--user", "equipo", "office", "set", "emergency_number", "123 456")
    assert code == 4 and "coordinator" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, path, "--user", "equipo", "office", "get", "minimum_team_size")[:2] == (0, "2\n")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    assert stored(path).emergency_number == ""


def test_the_roster_then_prints_the_offices_number(capsys, path):
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        doc, _ = build_roster(vault, Week(2026, 48))
        assert NO_NUMBER in "\n".join(doc.texts())
    assert run(capsys, path, "office", "set", "emergency_number", "+57 300 555 0148")[0] == 0
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        text = "\n".join(build_roster(vault, Week(2026, 48))[0].texts())
    assert "+57 300 555 0148" in text and NO_NUMBER not in text
