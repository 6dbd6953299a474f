"""The command line prints, byte for byte, what it printed before errors carried codes,
with the same exit codes: office scripts read these lines."""

from __future__ import annotations

import contextlib
import io

import pytest

from accompdesk import cli

from .failures import CASES, PASSPHRASE, make_vault

# name -> (exit code, standard error), as the command line printed them before errors had codes
# (but for an unknown term, since listed by its labels, which are said in the message's language).
CLI_BEFORE = {
    "wrong passphrase": (3, "The passphrase is not right.\n"),
    "damaged file": (5, "The vault file {dir}/office.vault is damaged: its table of contents cannot be read. It has been left as it is; restore a backup.\n"),
    "empty file": (5, "The vault file {dir}/office.vault is empty: it is damaged. It has been left as it is; restore a backup.\n"),
    "damaged key slots": (5, "The key-slot file is damaged and cannot be read; open the vault with the recovery key.\n"),
    "no key slots": (3, "The key-slot file is missing; open the vault with the recovery key.\n"),
    "no vault": (2, "There is no vault at {dir}/elsewhere.vault; create one with 'accompdesk-cli init'.\n"),
    "vault exists": (2, "There is already a vault at {dir}/office.vault; it was left as it is.\n"),
    "recovery key malformed": (3, "A recovery key is 64 hexadecimal digits (0-9, a-f); this one is not.\n"),
    "recovery key wrong": (3, "The recovery key does not open this vault; check the digits (if they are right, the vault file is damaged).\n"),
    "locked vault": (2, "The vault is busy: another AccompDesk has it open or is changing it (a rekey, a restore, a change of key slots); nothing was changed. Try again when it has finished or been closed.\n"),
    "refused import rows": (4, "The incidents file was rejected: 3 problem(s); nothing was imported.\n  row 3, occurred_on: 2999-01-01 is in the future.\n  row 4, kind: 'volcano' is not a known kind; it is one of: Threat, Attack, Killing, Disappearance, Arbitrary detention, Judicial harassment, Raid, Surveillance, Stigmatisation, Theft of information, Sexual violence, Forced displacement, Torture or ill-treatment, Harassment, Other.\n  row 5, summary: is required.\n"),
    "alert without incident": (2, "An urgent alert needs --incident ID.\n"),
    "alert of no incident": (2, "There is no incident with id 00000000000000000000000000000000.\n"),
    "no such table": (2, "There is no table called volcanoes.\n"),
}


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("ACCOMPDESK_FAST_KDF", "1")
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    for name in ("ACCOMPDESK_RECOVERY_KEY", "ACCOMPDESK_LOCK_TIMEOUT", "ACCOMPDESK_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


def run_case(name: str, folder, monkeypatch) -> tuple[int, str, str]:
    prepare, argv, env = CASES[name]
    path = make_vault(str(folder))
    if prepare:
        prepare(path)
    lock = env.get("lock")
    for key, value in env.items():
        if key != "lock":
            monkeypatch.setenv(key, value)
    args = [a.replace("{dir}", str(folder)) for a in argv]
    if "--vault" not in args:
        args = ["--vault", path, *args]
    out, err = io.StringIO(), io.StringIO()
    with (lock(path) if lock else contextlib.nullcontext()), contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as stop:
            code = stop.code
    return code, out.getvalue().replace(str(folder), "{dir}"), err.getvalue().replace(str(folder), "{dir}")


def test_the_matrix_covers_every_case():
    assert set(CLI_BEFORE) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_command_line_says_what_it_said(name, tmp_path, monkeypatch):
    code, out, err = run_case(name, tmp_path, monkeypatch)
    assert (code, err) == CLI_BEFORE[name]
    assert out == ""
