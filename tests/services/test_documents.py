"""The document registry (services/documents.py): every document declared once, and both
faces, the command line and the window, making it through the same pipeline."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import io
import pathlib

import pytest

from accompdesk.cli import main
from accompdesk.reports.export import docx_parts_text
from accompdesk.services import documents
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault
from tests.reports.office_data import PERIOD_END, PERIOD_START, TODAY, fill_office

PASSPHRASE = "correct horse battery staple"
PACKAGE = pathlib.Path(documents.__file__).resolve().parents[1]
WEEK = "%d-W%02d" % (TODAY - dt.timedelta(days=20)).isocalendar()[:2]


@pytest.fixture
def office(tmp_path, monkeypatch):
    path = str(tmp_path / "office.vault")
    vault, _ = Vault.create(path, "coordinadora", PASSPHRASE, kdf=FAST_KDF)
    ids = fill_office(vault)
    vault.close()
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", PASSPHRASE)
    return path, ids


def _opened(path):
    return Vault.open(path, passphrase=PASSPHRASE)


def test_the_registry_declares_every_document_once():
    assert documents.DOCUMENTS == ("briefing", "alert", "stats", "roster", "audit-log")
    # The roster comes as PDF and Word wherever it is made (the window's list once said none).
    assert documents.FORMATS["roster"] == ("pdf", "docx")
    assert documents.FORMATS["stats"] == ("pdf", "docx", "xlsx")
    assert documents.FORMATS["audit-log"] == ("pdf",)
    assert documents.DEFAULT_AUDIENCE == {"briefing": "diplomatic", "alert": "diplomatic", "stats": "public",
                                          "roster": "public", "audit-log": "internal"}


def _assigned_names(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


@pytest.mark.parametrize("face", ["cli/report.py", "gui/areas/reports/work.py", "gui/areas/reports/view.py",
                                  "gui/areas/roster/printing.py", "gui/dialogs/audit_log.py"])
def test_no_face_keeps_its_own_list_of_documents_or_formats(face):
    path = PACKAGE / face
    assert not _assigned_names(path) & {"FORMATS", "DOCUMENTS", "DEFAULT_AUDIENCE"}, face
    imported = {alias.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom) for alias in node.names}
    # ... nor renders or writes a document itself.
    assert not imported & {"render_pdf", "render_docx", "atomic_write", "export", "export_roster",
                           "build_briefing", "build_alert", "build_stats", "build_roster", "QTextDocument"}, face


def test_the_window_offers_the_registry_formats(qtbot, session, settings):
    from accompdesk.gui.areas.reports.view import ReportsView

    class Window:
        pass

    window = Window()
    window.session, window.settings = session, settings
    view = ReportsView(window)
    qtbot.addWidget(view)
    offered = [view.ui.documentCombo.itemData(i) for i in range(view.ui.documentCombo.count())]
    assert offered == ["briefing", "alert", "stats", "roster"]
    for document in ("briefing", "alert", "stats"):
        view._fill_formats(document)
        combo = view.ui.formatCombo
        assert tuple(combo.itemData(i) for i in range(combo.count())) == documents.FORMATS[document]


class Calls:
    """Every request that reaches the registry's pipeline, and every document model it
    renders; the pipeline then runs as it is."""

    def __init__(self, monkeypatch):
        from accompdesk.reports import export

        self.requests: list[documents.Request] = []
        self.models: list = []
        real_make, real_render = documents.make, export.render

        def make(vault, request, path, *args, **kwargs):
            self.requests.append(dataclasses.replace(request, placeholder_hint=""))
            return real_make(vault, request, path, *args, **kwargs)

        def render(document, fmt, redactor):
            self.models.append(export.prepare(document, redactor))
            return real_render(document, fmt, redactor)
        monkeypatch.setattr(documents, "make", make)
        monkeypatch.setattr(export, "render", render)


def _content(value):
    """A document model as plain values: a chart is the bytes its renderer drew."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple((f.name, _content(getattr(value, f.name)))
                                            for f in dataclasses.fields(value)))
    if isinstance(value, (list, tuple)):
        return tuple(_content(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _content(v)) for k, v in value.items()))
    if callable(value) and hasattr(value, "data"):
        return value.data
    return value


def _text(data: bytes, fmt: str) -> str:
    if fmt == "pdf":
        import pypdf

        return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    return docx_parts_text(data)["word/document.xml"]


def _window_save(vault, request, path):
    from accompdesk.gui.areas.reports.work import save_job

    return save_job(request, path)(vault, lambda *_a: None, lambda: False)


@pytest.mark.parametrize("document, fmt, argv, request_fields", [
    ("briefing", "pdf", ["--recipient", "Embassy of Norway", "--allow-placeholders", "--audience", "internal"],
     {"recipient": "Embassy of Norway", "allow_placeholders": True, "audience": "internal"}),
    ("stats", "docx", ["--lang", "es"], {"language": "es", "audience": "public"}),
    ("stats", "xlsx", [], {"audience": "public"}),
])
def test_the_command_line_and_the_window_make_the_same_document(office, tmp_path, monkeypatch, document, fmt,
                                                                argv, request_fields):
    path, _ids = office
    calls = Calls(monkeypatch)
    period = ["--from", PERIOD_START.isoformat(), "--to", PERIOD_END.isoformat()]
    by_cli = tmp_path / f"cli.{fmt}"
    assert main(["--vault", path, "report", document, *period, *argv, "--format", fmt, "-o", str(by_cli)]) == 0
    by_window = tmp_path / f"window.{fmt}"
    request = documents.Request(document, fmt=fmt, start=PERIOD_START, end=PERIOD_END, **request_fields)
    with _opened(path) as vault:
        assert _window_save(vault, request, str(by_window)) == by_window.stat().st_size
        exports = vault.audit_entries(action="export")
    # Both faces handed the pipeline the same request, and the files say the same.
    assert len(calls.requests) == 2
    cli_request, window_request = calls.requests
    assert dataclasses.replace(cli_request, audience=cli_request.audience or "public") == window_request
    if fmt == "xlsx":
        import openpyxl

        books = [openpyxl.load_workbook(p) for p in (by_cli, by_window)]
        assert [list(s.values) for s in books[0]] == [list(s.values) for s in books[1]]
    else:
        # The document each face rendered, as its audience reads it, is the same to the byte.
        assert len(calls.models) == 2 and _content(calls.models[0]) == _content(calls.models[1])
        assert _text(by_cli.read_bytes(), fmt) == _text(by_window.read_bytes(), fmt)
    # One audit entry each, in the same words but the file's name.
    details = [e.detail.replace("cli.", "F.").replace("window.", "F.") for e in exports[-2:]]
    assert details[0] == details[1] and f"format={fmt}" in details[0]


def test_the_roster_saved_from_the_window_is_the_command_lines(office, tmp_path, monkeypatch, qtbot):
    from accompdesk.gui.areas.roster.printing import RosterPrinting
    from accompdesk.domain.roster import Week

    path, _ids = office
    calls = Calls(monkeypatch)
    for fmt in ("pdf", "docx"):
        by_cli = tmp_path / f"cli.{fmt}"
        assert main(["--vault", path, "report", "roster", "--week", WEEK, "-o", str(by_cli)]) == 0
        with _opened(path) as vault:
            session = type("Session", (), {"vault": vault})()
            saved = RosterPrinting(session, None, None).save(Week.parse(WEEK), False, str(tmp_path / f"w.{fmt}"))
        assert saved == str(tmp_path / f"w.{fmt}")
        assert _text(by_cli.read_bytes(), fmt) == _text((tmp_path / f"w.{fmt}").read_bytes(), fmt)
        assert "Vereda El Cedro" in _text(by_cli.read_bytes(), fmt)
        assert _content(calls.models[-2]) == _content(calls.models[-1])
    assert [r.weeks for r in calls.requests] == [[WEEK]] * 4
    assert [r.fmt for r in calls.requests] == ["pdf", "pdf", "docx", "docx"]


def test_the_audit_log_from_the_command_line(office, tmp_path, capsys):
    path, _ids = office
    target = tmp_path / "log.pdf"
    assert main(["--vault", path, "report", "audit-log", "--action", "create", "--table", "persons",
                 "--lang", "es", "-o", str(target)]) == 0
    out = capsys.readouterr().out
    with _opened(path) as vault:
        created = vault.audit_entries(action="create", record_table="persons")
        last = vault.audit_entries(action="export")[-1]
    assert f"Wrote {target} (audit log, {len(created)} entries," in out
    assert last.record_table == "audit_log" and f"{len(created)} entries" in last.detail
    assert "document=audit log" in last.detail and "audience=internal" in last.detail
    text = " ".join(_text(target.read_bytes(), "pdf").split())
    assert "Registro de auditoría" in text and "Acción creado" in text and "Tipo de registro Persona defensora" in text
    assert "la cadena está intacta" in text
    assert oct(target.stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("argv, code, message", [
    (["--audience", "public"], 2, "internal audience only"),
    (["--format", "docx"], 2, "comes as pdf"),
    (["--from", "2026-03-02", "--to", "2026-03-01"], 2, "after it ends"),
])
def test_the_audit_log_refuses_what_it_cannot_be(office, tmp_path, capsys, argv, code, message):
    path, _ids = office
    target = tmp_path / "log.pdf"
    with _opened(path) as vault:
        before = len(vault.audit_entries())
    assert main(["--vault", path, "report", "audit-log", *argv, "-o", str(target)]) == code
    assert message in capsys.readouterr().err
    assert not target.exists()
    with _opened(path) as vault:
        assert len(vault.audit_entries()) == before


def test_only_a_coordinator_exports_the_audit_log(office, tmp_path, capsys, monkeypatch):
    from accompdesk.vault.staff import add_staff

    path, _ids = office
    with Vault.open(path, passphrase=PASSPHRASE, exclusive=True) as vault:
        add_staff(vault, "equipo", "equipo passphrase", "staff", kdf=FAST_KDF)
    monkeypatch.setenv("ACCOMPDESK_PASSPHRASE", "equipo passphrase")
    assert main(["--vault", path, "--user", "equipo", "report", "audit-log", "-o", str(tmp_path / "x.pdf")]) != 0
    assert "coordinator" in capsys.readouterr().err.lower()
    assert not (tmp_path / "x.pdf").exists()


def test_the_window_and_the_command_line_list_the_same_audit_entries(office, tmp_path, monkeypatch, qtbot, gui):
    from accompdesk.gui.dialogs.audit_log import AuditLogDialog

    path, _ids = office
    calls = Calls(monkeypatch)
    with _opened(path) as vault:
        dialog = AuditLogDialog(vault)
        qtbot.addWidget(dialog)
        dialog.select_filter("action", "create")
        dialog.export_to(str(tmp_path / "window.pdf"))
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert main(["--vault", path, "report", "audit-log", "--action", "create", "-o", str(tmp_path / "cli.pdf")]) == 0
    window_request, cli_request = calls.requests
    assert window_request.entries_filter == cli_request.entries_filter == {"action": "create"}
    with _opened(path) as vault:
        tables = [documents.build(vault, r).document.blocks[-1] for r in (window_request, cli_request)]
    assert tables[0].header == tables[1].header and tables[0].rows == tables[1].rows
    assert len(tables[0].rows) > 5


@pytest.mark.parametrize("audience", [None, "internal", "public", "diplomatic"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_roster_names_the_office_it_is_asked_to_name(office, tmp_path, audience, fmt):
    """`report roster --office "Oficina Norte"` printed the office name of the settings in
    the footer and the file's author: the registry handed the roster no office, as it does
    to every other document."""
    from accompdesk.vault import settings

    path, _ids = office
    with _opened(path) as vault:
        settings.save(vault, office_name="Oficina de la configuración")
        target = tmp_path / f"roster.{fmt}"
        documents.make(vault, documents.Request("roster", audience=audience, fmt=fmt, weeks=[WEEK],
                                                office="Oficina Norte"), str(target))
        # Without a name given, the settings' name, as before.
        default = documents.build(vault, documents.Request("roster", audience=audience, weeks=[WEEK]))
    data = target.read_bytes()
    text = _text(data, fmt) if fmt == "pdf" else "\n".join(docx_parts_text(data).values())
    assert "Oficina Norte" in text and "Oficina de la configuración" not in text
    if fmt == "pdf":
        import pypdf

        assert pypdf.PdfReader(io.BytesIO(data)).metadata.author == "Oficina Norte"
    else:
        import docx

        assert docx.Document(io.BytesIO(data)).core_properties.author == "Oficina Norte"
    assert default.document.office == "Oficina de la configuración"
