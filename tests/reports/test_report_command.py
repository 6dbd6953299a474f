"""`accompdesk-cli report …` end to end: files written, exit codes, audit entries."""

from __future__ import annotations

import pytest

from accompdesk.cli import main
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from .office_data import INTERNAL_NAMES, PERIOD_END, PERIOD_START, fill_office

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def office_path(tmp_path, monkeypatch):
    path = str(tmp_path / "office.vault")
    vault, _ = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    ids = fill_office(vault)
    vault.close()
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    return path, ids


def test_report_commands_write_files_and_audit(office_path, tmp_path, capsys):
    path, ids = office_path
    period = ["--from", PERIOD_START.isoformat(), "--to", PERIOD_END.isoformat()]
    runs = [
        ["report", "briefing", "--recipient", "Embassy of Norway", *period, "--region", "cañaveral",
         "--format", "pdf", "--allow-placeholders", "-o", str(tmp_path / "b.pdf")],
        ["report", "briefing", "--recipient", "Embajada de Noruega", "--lang", "es", "--paper", "letter",
         *period, "--audience", "public", "--allow-placeholders", "-o", str(tmp_path / "b.docx")],
        ["report", "alert", "--incident", ids["main_incident"], "--audience", "public",
         "--format", "docx", "-o", str(tmp_path / "a.docx")],
        ["report", "stats", *period, "--format", "xlsx", "-o", str(tmp_path / "s.xlsx")],
    ]
    for argv in runs:
        assert main(["--vault", path, *argv]) == 0, capsys.readouterr().err
        assert (tmp_path / argv[-1].rsplit("/", 1)[1]).stat().st_size > 1000
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        details = [e.detail for e in vault.audit_entries(action="export")]
    assert len(details) == 4
    assert "document=briefing" in details[0] and "audience=diplomatic" in details[0]
    assert "regions=cañaveral" in details[0]
    assert "audience=public" in details[1] and "document=alert" in details[2]
    assert not any(name in " ".join(details) for name in INTERNAL_NAMES)


@pytest.mark.parametrize("argv, message", [
    (["report", "alert", "-o", "x.pdf"], "needs --incident"),
    (["report", "alert", "--incident", "00000000-0000-0000-0000-000000000000", "-o", "x.pdf"], "no incident"),
    (["report", "stats", "--from", "2025-02-30", "--to", "2025-03-01", "-o", "x.pdf"], "not a date"),
    (["report", "stats", "--from", "2025-03-01", "-o", "x.pdf"], "both --from and --to"),
    (["report", "stats", "-o", "x.txt"], "--format pdf"),
    (["report", "briefing", "--format", "xlsx", "-o", "x.xlsx"], "pdf or docx"),
    (["report", "briefing", "--allow-placeholders", "-o", "/nonexistent-folder/x.pdf"], "does not exist"),
])
def test_report_command_refuses_bad_input(office_path, tmp_path, monkeypatch, capsys, argv, message):
    path, _ids = office_path
    monkeypatch.chdir(tmp_path)
    assert main(["--vault", path, *argv]) == 2
    assert message in capsys.readouterr().err


def test_unknown_audience_is_a_usage_error(office_path, capsys):
    path, _ids = office_path
    with pytest.raises(SystemExit) as exit_:
        main(["--vault", path, "report", "stats", "--audience", "press", "-o", "x.pdf"])
    assert exit_.value.code == 2


def test_briefing_refuses_placeholders_with_exit_4_naming_the_empty_parts(office_path, tmp_path, capsys):
    path, _ids = office_path
    target = tmp_path / "b.pdf"
    assert main(["--vault", path, "report", "briefing", "--recipient", "Embassy of Norway",
                 "-o", str(target)]) == 4
    err = capsys.readouterr().err
    assert "the context and the list of requests are still placeholders" in err
    assert "--allow-placeholders" in err and err.count("\n") == 1 and not target.exists()
    context = tmp_path / "context.txt"
    context.write_text("Contexto de la oficina: la situación empeoró.", encoding="utf-8")
    assert main(["--vault", path, "report", "briefing", "--recipient", "Embassy of Norway",
                 "--context", str(context), "-o", str(target)]) == 4
    assert "the list of requests is still a placeholder" in capsys.readouterr().err
    requests = tmp_path / "requests.txt"
    requests.write_text("Raise the case of the brigade.\n\nVisit Cañaveral.\n", encoding="utf-8")
    assert main(["--vault", path, "report", "briefing", "--recipient", "Amigos en Oslo", "--country", "NO",
                 "--context", str(context), "--requests", str(requests), "-o", str(target)]) == 0
    import pypdf

    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(target)).pages).split())
    assert "1. Raise the case of the brigade. 2. Visit Cañaveral." in text
    assert "Contexto de la oficina: la situación empeoró." in text
    # One volunteer in the field is Norwegian (typed "Norway; Iceland"), one French.
    assert "with 2 volunteers in the field. 1 of them is a national of Norway." in text


def test_an_unknown_country_code_is_a_usage_error(office_path, capsys):
    path, _ids = office_path
    with pytest.raises(SystemExit) as exit_:
        main(["--vault", path, "report", "briefing", "--country", "XX", "-o", "x.pdf"])
    assert exit_.value.code == 2
    assert "XX is not an ISO 3166 country code" in capsys.readouterr().err
