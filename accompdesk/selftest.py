"""`accompdesk --self-test`: is this installation whole?

Run by CI on the built bundle, and by staff on an office machine after installing.
It creates a vault in a temporary folder, writes and reads back a record of every
type, renders a briefing as PDF and as Word, loads every Designer form and the
Spanish translations, and prints one line per check:

    ok  name
    FAIL name: reason

It exits 0 only if every check passed. Qt draws offscreen (unless QT_QPA_PLATFORM
names another platform), so no window opens and no display is needed. Nothing is
written outside the temporary folder, and the folder is removed at the end whatever
happened: the sample records are fictional, but the rule is the office's rule.

`accompdesk --self-test` dispatches here before any GUI module is imported: the Qt
platform is chosen when the first QApplication is made, so none may exist yet (a test
that already has an offscreen one shares it). This module imports nothing heavy at
import time. It finds resources as the program does (accompdesk/resources,
through importlib.resources), from the source tree, a wheel or a PyInstaller bundle.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import pkgutil
import secrets
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from .domain import clock

PREFIX = "accompdesk-selftest-"
USER = "Self-test coordinator"
# A word that is in the records and must never appear in the vault file's bytes.
MARKER = "Quetzalcóatl-Selftest-7319"
LANGUAGES = ("es",)  # the translations that must ship besides English
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
FORM_BASES = ("QWidget", "QDialog", "QWizard", "QWizardPage", "QMainWindow")


class Skipped(Exception):
    """A check that cannot run because one it needs has failed: counted as a failure."""


class Report:
    def __init__(self, out=None, also=None):
        self.out = out
        self.also = also
        self.passed = 0
        self.failed: list[str] = []

    def line(self, text: str) -> None:
        for attr in ("out", "also"):
            stream = getattr(self, attr)
            if stream is None:
                continue
            try:
                stream.write(text + "\n")
                stream.flush()
            except (OSError, ValueError):  # the reader went away: finish, and clean up
                setattr(self, attr, None)

    def check(self, name: str, func, *args):
        """Run one check; returns its result, or None when it failed."""
        try:
            result = func(*args)
        except Skipped as exc:
            self._fail(name, f"not run: {exc}")
            return None
        except Exception as exc:  # a self-test reports every failure and goes on
            self._fail(name, _reason(exc))
            if os.environ.get("ACCOMPDESK_SELFTEST_TRACEBACK"):
                self.line(traceback.format_exc().rstrip())
            return None
        detail = result if isinstance(result, str) and result else ""
        self.passed += 1
        self.line(f"ok  {name}" + (f" ({detail})" if detail else ""))
        return result if result is not None else True

    def _fail(self, name: str, reason: str) -> None:
        self.failed.append(name)
        self.line(f"FAIL {name}: {reason}")


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or "(no message)"
    if len(text) > 300:
        text = text[:297] + "..."
    return f"{type(exc).__name__}: {text}"


@dataclasses.dataclass
class Context:
    folder: Path
    passphrase: str = dataclasses.field(default_factory=lambda: secrets.token_urlsafe(24))
    vault: object = None
    written: dict = dataclasses.field(default_factory=dict)  # table -> list of stored records
    write_errors: dict = dataclasses.field(default_factory=dict)  # table -> reason
    attachment: tuple | None = None  # (id, bytes)
    app: object = None

    @property
    def vault_path(self) -> str:
        return str(self.folder / "selftest.vault")

    def need_vault(self):
        if self.vault is None:
            raise Skipped("the vault did not open")
        return self.vault


# -- the checks ---------------------------------------------------------------------------

def check_environment() -> str:
    if getattr(sys, "frozen", False):
        where = "bundle"
    else:
        # An installed wheel lives in site-packages; anything else is a checkout.
        where = "installed" if "site-packages" in Path(__file__).parts else "source tree"
    return f"Python {sys.version.split()[0]}, {where}, {sys.platform}"


def check_modules() -> str:
    """Every module of the package imports: in a bundle, none was left behind."""
    import accompdesk

    failures, count = [], 0
    for info in pkgutil.walk_packages(accompdesk.__path__, "accompdesk.",
                                      onerror=lambda name: failures.append(f"{name} (package)")):
        if info.name.endswith("__main__"):
            continue
        try:
            __import__(info.name)
            count += 1
        except Exception as exc:
            failures.append(f"{info.name} ({_reason(exc)})")
    if failures:
        raise ImportError("; ".join(failures))
    if count < 10:
        raise ImportError(f"only {count} modules found: the package is incomplete")
    return f"{count} modules"


def check_resources() -> str:
    from .reports.fonts import fonts_dir
    from .resources import guide_dir, resource_dir

    folder = resource_dir()
    for needed in (folder / "icons" / "app.svg", guide_dir() / "guide.en.md", guide_dir() / "guide.es.md"):
        if not needed.is_file():
            raise FileNotFoundError(f"{needed} is missing")
    fonts_dir()
    return str(folder)


def check_vault_create(ctx: Context) -> str:
    from .vault.keyslots import FAST_KDF
    from .vault.store import Vault

    # A throwaway vault: the weakest key derivation the vault allows is enough here.
    ctx.vault, _recovery = Vault.create(ctx.vault_path, USER, ctx.passphrase, kdf=FAST_KDF)
    row = ctx.vault.conn.execute("PRAGMA cipher_version").fetchone()
    return f"SQLCipher {row[0]}" if row and row[0] else ""


def write_samples(ctx: Context) -> None:
    """One record of every type, linked to each other as an office would link them."""
    from .domain.records import ALL_TYPES

    vault = ctx.need_vault()
    samples = sample_records(clock.today())
    ids: dict[str, list[str]] = {}
    order = list(samples) + [t for t in ALL_TYPES if t not in samples]
    for key in order:
        table = key.split(":")[0]
        try:
            if key in samples:
                record = samples[key](ids)
            else:
                record = generic_record(ALL_TYPES[table], ids)
            if table == "attachments":
                data = ("Nota de la reunión — " + MARKER + "\n").encode("utf-8")
                stored = vault.attachments.add_file(record.owner_table, record.owner_id,
                                                    record.filename, data, record.media_type)
                ctx.attachment = (stored.id, data)
            else:
                stored = vault.repo(table).add(record)
        except Exception as exc:
            ctx.write_errors.setdefault(table, f"write: {_reason(exc)}")
            continue
        ids.setdefault(table, []).append(stored.id)
        ctx.written.setdefault(table, []).append(stored)
    # The creator's user record was written by Vault.create.
    if "users" in ctx.written:
        ctx.written["users"] = vault.users.list()


def sample_records(today: dt.date) -> dict:
    """Builders of fictional records, in the order their links need (table[:n] -> builder)."""
    from .domain import records as R

    recent = today - dt.timedelta(days=40)
    now = clock.local_now().replace(microsecond=0)
    first = lambda ids, table: ids[table][0]  # noqa: E731
    return {
        "organisations": lambda ids: R.Organisation(
            name=f"Asociación Wayuu {MARKER}", alias="Asociación del norte",
            kind="indigenous_organisation", region="La Guajira", risk_level="high",
            checkin_protocol="Llamar a las 18:00", consent_level="diplomatic",
            contact="Carrera 4 # 5-6", notes="Ficticia: creada por la autoprueba."),
        "persons": lambda ids: R.Person(
            full_name="Xochitl Ñañez Фёдоровна", alias="La maestra", kind="indigenous_leader",
            organisation_id=first(ids, "organisations"), region="Cauca", risk_level="extreme",
            consent_level="internal", contact="+57 300 000 0000",
            notes="محمد الجزائري es su abogado; 김민지 coordina; अनीता ayuda; דוד traduce."),
        "persons:2": lambda ids: R.Person(full_name="Tóez Yuce", kind="community_leader",
                                          consent_level="public", region="Cauca"),
        "authorities": lambda ids: R.Authority(name="Ministerio de Defensa", kind="ministry",
                                               level="national", territory="Nacional"),
        "authorities:2": lambda ids: R.Authority(
            name="Batallón de prueba", kind="battalion", level="local",
            superior_id=first(ids, "authorities"), territory="Norte del Cauca"),
        "officials": lambda ids: R.Official(
            full_name="Coronel Émile Ødegård", authority_id=ids["authorities"][-1],
            position="Comandante", start_on=today - dt.timedelta(days=400)),
        "volunteers": lambda ids: R.Volunteer(
            full_name="Ingrid Þórsdóttir", nationalities="Iceland; Norway", languages="es, en",
            team="Cauca", arrival_on=today - dt.timedelta(days=100),
            departure_on=today + dt.timedelta(days=200), status="in_field"),
        "incidents": lambda ids: R.Incident(
            summary=f"Amenaza contra la maestra {MARKER}", occurred_on=recent,
            place="Vereda El Tóez", region="Cauca", kind="threat",
            affected_persons=list(ids["persons"]), affected_person_roles=["victim", "witness"],
            affected_organisations=[first(ids, "organisations")],
            affected_organisation_roles=["target"], perpetrator_type="army",
            perpetrator_authority_id=ids["authorities"][-1],
            perpetrator_description="Dos hombres en uniforme", verification="verified",
            severity="high", description="Xochitl Ñañez Фёдоровна recibió una amenaza.\n" + "ñ" * 200,
            reported=True, reported_to="Fiscalía"),
        "meetings": lambda ids: R.Meeting(
            held_on=recent + dt.timedelta(days=10), authority_id=ids["authorities"][-1],
            place="Base militar", purpose="Plantear la amenaza", officials=list(ids["officials"]),
            volunteers=list(ids["volunteers"]), delegation="Coordinadora y una voluntaria",
            incidents=list(ids["incidents"]), persons=[first(ids, "persons")],
            organisations=[first(ids, "organisations")]),
        "commitments": lambda ids: R.Commitment(
            meeting_id=first(ids, "meetings"), text="Investigar la amenaza",
            due_on=today + dt.timedelta(days=30), status="pending"),
        "accompaniments": lambda ids: R.Accompaniment(
            person_id=first(ids, "persons"), kind="court_hearing", place="Juzgado municipal",
            starts_at=now + dt.timedelta(days=3), ends_at=now + dt.timedelta(days=3, hours=6),
            volunteers=list(ids["volunteers"]), status="planned"),
        "checkins": lambda ids: R.CheckIn(
            organisation_id=first(ids, "organisations"), scheduled_at=now - dt.timedelta(hours=3),
            done_at=now - dt.timedelta(hours=2), outcome="all_well", notes="Todo tranquilo"),
        "checkin_schedules": lambda ids: R.CheckInSchedule(
            person_id=first(ids, "persons"), frequency="daily", at_time="18:00"),
        "alerts": lambda ids: R.Alert(
            incident_id=first(ids, "incidents"), activated_at=now - dt.timedelta(days=30),
            alerted="Red de emergencia", response="La embajada llamó.", status="closed"),
        "users": lambda ids: R.User(name="Self-test viewer", role="viewer"),
        "attachments": lambda ids: R.Attachment(
            owner_table="incidents", owner_id=first(ids, "incidents"), filename="nota.txt",
            media_type="text/plain"),
    }


def generic_record(record_type, ids: dict[str, list[str]]):
    """A record of a type the samples above do not know yet, from its field declarations.

    A best effort, so that a new type is at least tried: required texts say "Self-test",
    links point at the first record of their table. A type whose texts have a format
    (a time, a code) fails here, with the validation message: give it a sample above.
    """
    from .domain.fields import specs

    values = {}
    now = clock.local_now().replace(microsecond=0) - dt.timedelta(hours=1)
    for name, spec in specs(record_type).items():
        if spec.kind == "text":
            values[name] = "Self-test"[:spec.max_len] if spec.required else ""
        elif spec.kind == "vocab":
            default = getattr(record_type, "__dataclass_fields__")[name].default
            values[name] = default if default in (spec.vocab or ()) else spec.vocab.codes[0]
        elif spec.kind == "date":
            values[name] = now.date() if spec.required else None
        elif spec.kind == "datetime":
            values[name] = now if spec.required else None
        elif spec.kind == "link":
            values[name] = (ids.get(spec.target) or [None])[0]
        elif spec.kind == "int":
            values[name] = spec.minimum if spec.required else None
    return record_type(**values)


def check_vault_encrypted(ctx: Context) -> str:
    vault = ctx.need_vault()
    vault.close()
    ctx.vault = None
    for path in (ctx.vault_path, ctx.vault_path + "-wal", ctx.vault_path + ".keys"):
        if not os.path.exists(path):
            continue
        data = Path(path).read_bytes()
        if data.startswith(b"SQLite format 3"):
            raise AssertionError(f"{os.path.basename(path)} is a plain SQLite file")
        for word in (MARKER, "Ñañez", "Фёдоровна"):
            if word.encode("utf-8") in data:
                raise AssertionError(f"{os.path.basename(path)} holds record text in the clear")
    return f"{os.path.getsize(ctx.vault_path)} bytes"


def check_vault_reopen(ctx: Context) -> str:
    from .vault.store import Vault

    ctx.vault = Vault.open(ctx.vault_path, passphrase=ctx.passphrase, user=USER)
    ok, message = ctx.vault.verify_audit()
    if not ok:
        raise AssertionError(f"audit chain: {message}")
    return "audit chain intact"


def check_record(ctx: Context, table: str) -> str:
    """The records of `table` read back from the reopened vault exactly as written."""
    from .vault.rows import digest

    if table in ctx.write_errors:
        raise AssertionError(ctx.write_errors[table])
    vault = ctx.need_vault()
    written = ctx.written.get(table)
    if not written:
        raise AssertionError("nothing was written")
    repo = vault.repo(table)
    for record in written:
        again = repo.get(record.id)
        if digest(again) != digest(record):
            changed = [f.name for f in dataclasses.fields(record)
                       if getattr(record, f.name) != getattr(again, f.name)]
            raise AssertionError(f"record {record.id} came back changed ({', '.join(changed)})")
    if table == "attachments" and ctx.attachment:
        attachment_id, data = ctx.attachment
        if vault.attachments.read(attachment_id) != data:
            raise AssertionError("the attachment's bytes came back changed")
    return f"{len(written)} read back"


def check_search(ctx: Context) -> str:
    vault = ctx.need_vault()
    hits = vault.search(MARKER)
    if not hits:
        raise AssertionError(f"full-text search did not find {MARKER!r}")
    return f"{len(hits)} hits"


def render_briefing(ctx: Context, fmt: str) -> str:
    from .reports.briefing import BriefingOptions, build_briefing
    from .reports.data import default_period
    from .reports.export import render

    vault = ctx.need_vault()
    options = BriefingOptions(recipient="Embassy of Norway", period=default_period(),
                              audience="diplomatic", language="es")
    document, view = build_briefing(vault, options)
    data = render(document, fmt, view.redactor)
    if fmt == "pdf":
        if not data.startswith(b"%PDF-") or b"/Font" not in data:
            raise AssertionError("the PDF has no header or no fonts")
        if b"/Image" not in data:  # the charts, drawn by matplotlib
            raise AssertionError("the PDF has no charts")
    else:
        import io
        import zipfile

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            body = z.read("word/document.xml").decode("utf-8")
        if "Ñañez" in body:  # internal consent: a diplomatic briefing must not name her
            raise AssertionError("the Word file names a person whose consent is internal")
    return f"{len(data) // 1024} KiB"


def check_qt(ctx: Context) -> str:
    import importlib

    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")
    from PySide6.QtWidgets import QApplication

    ctx.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "accompdesk"])
    from PySide6 import __version__

    return f"Qt {__version__}, platform {ctx.app.platformName()}"


def need_app(ctx: Context):
    if ctx.app is None:
        raise Skipped("Qt did not start")
    return ctx.app


def check_icons(ctx: Context) -> str:
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from .resources import resource_dir

    need_app(ctx)
    files = sorted((resource_dir() / "icons").glob("*.svg"))
    if not files:
        raise FileNotFoundError("no icons")
    bad = []
    for path in files:
        svg = path.read_text(encoding="utf-8").replace("currentColor", "#000000")
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        image = QImage(32, 32, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, 32, 32))
        painter.end()
        if not renderer.isValid() or all(image.pixelColor(x, y).alpha() == 0
                                          for x in range(32) for y in range(32)):
            bad.append(path.name)
    if bad:
        raise AssertionError(f"did not draw: {', '.join(bad)}")
    return f"{len(files)} icons"


def form_classes() -> list[tuple[str, type]]:
    """Every generated `Ui_*` class in accompdesk.gui and its subpackages' ui packages."""
    import importlib

    import accompdesk.gui as gui

    found = []
    for info in pkgutil.walk_packages(gui.__path__, "accompdesk.gui."):
        parts = info.name.split(".")
        if len(parts) < 2 or parts[-2] != "ui" or not parts[-1].startswith("ui_"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if attr.startswith("Ui_") and isinstance(value, type) and value.__module__ == info.name:
                found.append((info.name.rsplit(".", 1)[1], value))
    return sorted(found, key=lambda item: item[0])


def check_form(ctx: Context, form_class) -> str:
    """setupUi on a fresh widget of the form's top-level class.

    A generated module does not say which class its form is made for (QWidget, QDialog,
    QWizard...), and a bundle has no .ui files to ask, so the classes are tried in turn:
    a form made for a QWizard calls addPage, which a plain QWidget lacks.
    """
    from PySide6 import QtWidgets

    need_app(ctx)
    first_error = None
    for base in FORM_BASES:
        widget = getattr(QtWidgets, base)()  # no parent: gone with the last reference
        try:
            form_class().setupUi(widget)
            count = len(widget.findChildren(QtWidgets.QWidget))
        except AttributeError as exc:
            first_error = first_error or exc
            continue
        if count == 0:
            raise AssertionError("the form has no widgets")
        return f"{base}, {count} widgets"
    raise first_error


def translation_files(language: str) -> list[Path]:
    from .resources import translations_dir

    folder = translations_dir()
    main = folder / f"accompdesk_{language}.qm"
    others = sorted(p for p in folder.glob(f"*_{language}.qm") if p != main)
    return [main, *others]


def check_translation(ctx: Context, path: Path) -> str:
    from PySide6.QtCore import QTranslator

    need_app(ctx)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing")
    translator = QTranslator()
    if not translator.load(str(path)):
        raise AssertionError(f"Qt cannot load {path}")
    if translator.isEmpty():
        raise AssertionError(f"{path.name} holds no translations")
    return f"{path.stat().st_size // 1024} KiB"


def check_qt_translation(ctx: Context, language: str) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    need_app(ctx)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(f"qtbase_{language}", folder) or translator.isEmpty():
        raise FileNotFoundError(f"qtbase_{language}.qm is not in {folder}: Qt's own dialogs "
                                "would stay in English")
    return ""


def check_cleanup(folder: Path) -> str:
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        raise OSError(f"{folder} could not be removed")
    return ""


# -- running --------------------------------------------------------------------------------

def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="accompdesk --self-test",
                                     description="Check that this AccompDesk installation works.")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--report", metavar="FILE",
                        help="also write the report to FILE (for the windowed program on Windows, "
                             "which has no console)")
    args, _unknown = parser.parse_known_args(argv)
    return args


def run(argv: list[str]) -> int:
    """`accompdesk --self-test [--report FILE]`; argv[0] is the program name. 0 if all passed."""
    args = parse_args(list(argv[1:]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    also = open(args.report, "w", encoding="utf-8") if args.report else None  # noqa: SIM115
    try:
        return _run(Report(_console(), also))
    finally:
        if also is not None:
            also.close()


def _console():
    """Standard output, if there is one, writing UTF-8 whatever the console's code page."""
    out = sys.stdout
    if out is None:  # the windowed build on Windows
        return None
    try:
        out.reconfigure(errors="replace")
    except (AttributeError, ValueError):
        pass
    return out


def _run(report: Report) -> int:
    from .domain.records import ALL_TYPES

    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    ctx = Context(folder)
    try:
        report.check("environment", check_environment)
        report.check("modules", check_modules)
        report.check("resources", check_resources)
        report.check("vault create", check_vault_create, ctx)
        report.check("records write", lambda: _write(ctx))
        report.check("vault encrypted on disk", check_vault_encrypted, ctx)
        report.check("vault reopen", check_vault_reopen, ctx)
        for table in ALL_TYPES:
            report.check(f"record {table}", check_record, ctx, table)
        report.check("search", check_search, ctx)
        report.check("briefing pdf", render_briefing, ctx, "pdf")
        report.check("briefing docx", render_briefing, ctx, "docx")
        report.check("qt", check_qt, ctx)
        report.check("icons", check_icons, ctx)
        forms = report.check("forms found", _forms_found)
        for name, form_class in forms or []:
            report.check(f"form {name}", check_form, ctx, form_class)
        for language in LANGUAGES:
            for path in translation_files(language):
                report.check(f"translation {path.stem}", check_translation, ctx, path)
            report.check(f"translation qtbase_{language}", check_qt_translation, ctx, language)
    except Exception as exc:  # a bug in the self-test itself still gives a report
        report._fail("self-test", _reason(exc))
    finally:
        if ctx.vault is not None:
            try:
                ctx.vault.close()
            except Exception:
                pass
            ctx.vault = None
        report.check("cleanup", check_cleanup, folder)
    total = report.passed + len(report.failed)
    if report.failed:
        report.line(f"{len(report.failed)} of {total} checks failed: {', '.join(report.failed)}")
        return 1
    report.line(f"all {total} checks passed")
    return 0


def _write(ctx: Context) -> str:
    write_samples(ctx)
    count = sum(len(v) for v in ctx.written.values())
    if ctx.write_errors:
        raise AssertionError("; ".join(f"{t}: {r}" for t, r in ctx.write_errors.items()))
    return f"{count} records in {len(ctx.written)} tables"


def _forms_found() -> list:
    forms = form_classes()
    if not forms:
        raise AssertionError("no generated form modules (accompdesk/gui/**/ui/ui_*.py)")
    return forms


if __name__ == "__main__":
    sys.exit(run(sys.argv))
