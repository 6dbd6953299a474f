"""Wrong passphrases: one waiting queue per slot, the same with or without --user, and a
wrong try never locks the command line out."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from accompdesk import cli
from accompdesk.vault import attempts
from accompdesk.vault.errors import WrongPassphrase
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE

START = dt.datetime(2031, 2, 3, 10, 0, tzinfo=dt.timezone.utc)
SECOND = "second passphrase here"


@pytest.fixture
def two_staff(vault, vault_path):
    add_staff(vault, "segundo", SECOND, "staff", kdf=FAST_KDF)
    vault.close()
    return vault_path


def _cli(capsys, monkeypatch, path, passphrase, user):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", passphrase)
    monkeypatch.delenv("ACCOMPDESK_RECOVERY_KEY", raising=False)
    args = ["--vault", path] + (["--user", user] if user else []) + ["list", "persons"]
    code = cli.main(args)
    return code, capsys.readouterr().err


@pytest.mark.parametrize("wrong_user", [None, "coordinadora", "segundo"])
@pytest.mark.parametrize("right_user", [None, "coordinadora"])
def test_one_wrong_passphrase_never_locks_the_command_line_out(
        capsys, monkeypatch, two_staff, wrong_user, right_user):
    with time_machine.travel(START, tick=False) as clock:
        code, err = _cli(capsys, monkeypatch, two_staff, "wrong passphrase!!", wrong_user)
        assert code == 3 and "not right" in err
        clock.shift(attempts.MAX_DELAY + 1)
        code, err = _cli(capsys, monkeypatch, two_staff, PASSPHRASE, right_user)
        assert code == 0, err
        assert "internal error" not in err
        # and again: the count was cleared without tripping over itself
        code, err = _cli(capsys, monkeypatch, two_staff, PASSPHRASE, right_user)
        assert code == 0, err


def _wrong(path, user):
    with pytest.raises(WrongPassphrase):
        with attempts.guard(path, user):
            Vault.open(path, passphrase="not it at all!!", user=user)


@pytest.mark.parametrize("pattern", [
    (None, None, None, None),
    ("coordinadora",) * 4,
    (None, "coordinadora", None, "coordinadora"),
    ("coordinadora", None, "coordinadora", None),
])
def test_a_guess_costs_the_same_with_or_without_user(two_staff, pattern):
    with time_machine.travel(START, tick=False) as clock:
        for user in pattern:
            _wrong(two_staff, user)
            clock.shift(attempts.MAX_DELAY + 1)
        # Four guesses at the coordinator's slot, however they were named: one queue.
        assert attempts.failures(two_staff, "coordinadora") == 4
        clock.shift(-(attempts.MAX_DELAY + 1))
        named = attempts.delay_for(two_staff, "coordinadora")
        nameless = attempts.delay_for(two_staff, None)
        assert named == attempts.backoff(4)
        assert nameless >= named
        with pytest.raises(attempts.TooSoon):
            with attempts.guard(two_staff, "coordinadora"):
                Vault.open(two_staff, passphrase=PASSPHRASE, user="coordinadora")
        with pytest.raises(attempts.TooSoon):
            with attempts.guard(two_staff, None):
                Vault.open(two_staff, passphrase=PASSPHRASE)


def test_a_nameless_success_starts_every_queue_again(two_staff):
    with time_machine.travel(START, tick=False) as clock:
        _wrong(two_staff, None)
        assert attempts.failures(two_staff, "segundo") == 1
        clock.shift(5)
        Vault.open(two_staff, passphrase=SECOND).close()
        assert attempts.failures(two_staff, "segundo") == 0
        assert attempts.failures(two_staff, "coordinadora") == 0
        assert attempts.delay_for(two_staff, None) == 0


def test_a_named_success_clears_only_that_slot(two_staff):
    with time_machine.travel(START, tick=False) as clock:
        _wrong(two_staff, "segundo")
        clock.shift(5)
        Vault.open(two_staff, passphrase=PASSPHRASE, user="coordinadora").close()
        assert attempts.failures(two_staff, "segundo") == 1
