"""Bad input through the command line, case by case: every command that reads a file
(import of each table as CSV and XLSX, receive, restore, peer add, import profiles) and
the vault itself, on real vaults made with `init` and `demo`.

The promise each case checks: the exit code says what happened (0 done, 2 usage error,
3 wrong passphrase or no key, 4 input rejected, 5 vault damaged), standard error is one
sentence (and, for a rejected file, its per-row report) and never a traceback, and a
refusal changes nothing: every table's rows, the audit head and the files beside the
vault are as they were.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import unicodedata
import zipfile
from dataclasses import dataclass, field
from typing import Callable

import pytest

from accompdesk.exchange import bundle
from accompdesk.vault import audit, locking
from accompdesk.vault import office as offices
from accompdesk.domain.errors import EXIT_DAMAGED, EXIT_KEY, EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from accompdesk.vault.store import Vault

from .helpers import PASSPHRASE, cli_env, recovery_key_of, run, table_digests

TABLES = ("persons", "organisations", "incidents", "authorities", "officials", "meetings", "commitments",
          "volunteers", "accompaniments", "checkins", "alerts")
USER = "coordinadora"
PERSONS = "id,full_name,alias,region,consent_level\n"


# -- the offices every case starts from ----------------------------------------------------------

@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Made once: 'office' (init + demo) with canonical CSV and XLSX of every table and a
    backup; 'north' and 'south' trusting each other, and 'other', which only north trusts;
    the bundles between them."""
    folder = tmp_path_factory.mktemp("template")
    with cli_env():
        office = str(folder / "office.vault")
        KEYS["office"] = recovery_key_of(_ok("--vault", office, "init", "--user", USER))
        _ok("--vault", office, "demo", "--scale", "20")  # enough for an alert
        for table in TABLES:
            for ext in ("csv", "xlsx"):
                _ok("--vault", office, "export", table, "-o", folder / f"{table}.{ext}")
        os.mkdir(folder / "backups")
        _ok("--vault", office, "backup", folder / "backups" / "office-backup.vault")
        for name in ("north", "south", "other", "stranger"):
            KEYS[name] = recovery_key_of(_ok("--vault", folder / f"{name}.vault", "init", "--user", USER))
            _ok("--vault", folder / f"{name}.vault", "office", "card", "-o", folder / f"{name}.card")
        for me, peer in (("north", "south"), ("south", "north"), ("north", "other"), ("other", "south"),
                         ("stranger", "south")):
            _ok("--vault", folder / f"{me}.vault", "peer", "add", folder / f"{peer}.card",
                "--audience", "internal")
        _ok("--vault", folder / "north.vault", "demo", "--scale", "2")
        _ok("--vault", folder / "north.vault", "send", "south", "-o", folder / "north-south.adx")
        _ok("--vault", folder / "north.vault", "send", "other", "-o", folder / "north-other.adx")
        _ok("--vault", folder / "stranger.vault", "send", "south", "-o", folder / "stranger-south.adx")
    with Vault.open(str(folder / "north.vault"), recovery_key=KEYS["north"]) as north:
        me, south = offices.identity(north.conn), offices.peer_by_name(north.conn, "south")
        FORGER.update(office_id=me.office_id, sign_private=me.sign_private, recipient=south.office_id,
                      age_recipient=south.age_recipient)
    return folder


KEYS: dict[str, str] = {}  # office -> its recovery key, which opens its copies without a passphrase
FORGER: dict = {}  # north's signing key and south's address: bundles no AccompDesk would make


def _ok(*args) -> str:
    code, out, err = run(*args)
    assert code == EXIT_OK, (args, out, err)
    return out


@dataclass
class Ctx:
    """One case's folder: a copy of the template's office (and of south) to work on."""
    folder: str
    template: str
    vault: str = ""
    south: str = ""
    env: dict = field(default_factory=dict)
    hold: Callable | None = None  # a context manager held while the command runs

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name)

    def write(self, name: str, data: bytes | str) -> str:
        path = self.path(name)
        with open(path, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def source(self, name: str) -> bytes:
        with open(os.path.join(self.template, name), "rb") as fh:
            return fh.read()


def _copy_vault(src: str, dst: str) -> None:
    for suffix in ("", ".keys"):
        with open(src + suffix, "rb") as fh, open(dst + suffix, "wb") as out:
            out.write(fh.read())


def _snapshot(ctx: Ctx) -> dict:
    """What a refusal must leave as it was: each vault's tables and audit head where it
    opens, its bytes where it does not, and the names of the files in the folder."""
    names = os.listdir(ctx.folder)
    # A vault's lock, attempts and log files come and go with it; beside no vault they are leftovers.
    folder = sorted(n for n in names
                    if not (n.endswith((".lock", ".attempts", "-wal", "-shm")) and _beside_a_vault(n, names)))
    out: dict = {"files": folder}
    for path, key in ((ctx.vault, KEYS["office"]), (ctx.south, KEYS["south"])):
        if not os.path.isfile(path):
            continue
        try:
            # The recovery key: a case's wrong passphrase makes the next one wait.
            with Vault.open(path, recovery_key=key) as vault:
                out[path] = (table_digests(vault), audit.head(vault.conn))
        except Exception:  # noqa: BLE001 - a vault the case damaged on purpose: its bytes, then
            out[path] = _bytes(path)
    for name in folder:
        if name.endswith((".vault", ".keys")) and os.path.join(ctx.folder, name) not in out:
            out[name] = _bytes(os.path.join(ctx.folder, name))
    return out


def _beside_a_vault(name: str, names: list[str]) -> bool:
    for suffix in (".keys.lock", ".lock", ".attempts", "-wal", "-shm"):
        if name.endswith(suffix):
            return name[:-len(suffix)] in names
    return False


def _bytes(path: str) -> dict:
    found = {}
    for p in (path, path + ".keys"):
        if os.path.isfile(p):
            with open(p, "rb") as fh:
                found[p] = hashlib.sha256(fh.read()).hexdigest()
    return found


def assert_said_in_one_sentence(code: int, err: str) -> None:
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "a refusal says why"
    assert lines[0][:1].strip() and lines[0].rstrip().endswith((".", "?", "!")), err
    if code == EXIT_REJECTED:
        # The sentence, then the report: one indented line per problem.
        assert all(line.startswith("  ") for line in lines[1:]), err
    else:
        assert len(lines) == 1, err


# -- files to read -------------------------------------------------------------------------------

def _canonical_rows(ctx: Ctx, table: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(ctx.source(f"{table}.csv").decode("utf-8-sig"), newline="")))


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def _cut_in_row(ctx: Ctx, table: str) -> bytes:
    """The canonical file cut short in the middle of its last row, after two cells."""
    rows = _canonical_rows(ctx, table)
    assert len(rows) >= 2 and len(rows[0]) > 3
    text = _csv(rows[:-1]) + _csv([rows[-1][:2]]).rstrip("\r\n") + ","
    return text.encode("utf-8")


def _cut_in_quotes(ctx: Ctx, table: str) -> bytes:
    rows = _canonical_rows(ctx, table)
    return (_csv(rows[:-1]) + rows[-1][0] + ',"' + "Cut short in the mid").encode("utf-8")


def _twin_header(ctx: Ctx, table: str) -> bytes:
    """The canonical file with its second column twice, the copy holding other values."""
    rows = _canonical_rows(ctx, table)
    out = [rows[0] + [rows[0][1]]] + [row + ["another value"] for row in rows[1:]]
    return _csv(out).encode("utf-8")


def _header_only(ctx: Ctx, table: str) -> bytes:
    return _csv(_canonical_rows(ctx, table)[:1]).encode("utf-8")


def _xlsx_cut(ctx: Ctx, table: str) -> bytes:
    data = ctx.source(f"{table}.xlsx")
    return data[:len(data) // 2]


def _xlsx(rows: list[list]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for row in book.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as a partner's file may hold
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_header_only(ctx: Ctx, table: str) -> bytes:
    return _xlsx(_canonical_rows(ctx, table)[:1])


def _xlsx_twin_header(ctx: Ctx, table: str) -> bytes:
    rows = _canonical_rows(ctx, table)
    return _xlsx([rows[0] + [rows[0][1]]] + [row + ["another value"] for row in rows[1:]])


def _not_a_zip(ctx: Ctx, table: str) -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("hello.txt", "not a workbook")
    return archive.getvalue()


# name -> (file name, what it holds, extra arguments, exit code)
TABLE_FILES = {
    "csv cut short in a row": ("{t}.csv", _cut_in_row, [], EXIT_REJECTED),
    "csv cut short in a row, dry run": ("{t}.csv", _cut_in_row, ["--dry-run"], EXIT_REJECTED),
    "csv cut short in quotes": ("{t}.csv", _cut_in_quotes, [], EXIT_REJECTED),
    "csv header only": ("{t}.csv", _header_only, [], EXIT_REJECTED),
    "csv twin header": ("{t}.csv", _twin_header, [], EXIT_REJECTED),
    "csv twin header, dry run": ("{t}.csv", _twin_header, ["--dry-run"], EXIT_REJECTED),
    "xlsx cut short": ("{t}.xlsx", _xlsx_cut, [], EXIT_REJECTED),
    "xlsx cut short, dry run": ("{t}.xlsx", _xlsx_cut, ["--dry-run"], EXIT_REJECTED),
    "xlsx header only": ("{t}.xlsx", _xlsx_header_only, [], EXIT_REJECTED),
    "xlsx twin header": ("{t}.xlsx", _xlsx_twin_header, [], EXIT_REJECTED),
    "xlsx not a workbook": ("{t}.xlsx", _not_a_zip, [], EXIT_REJECTED),
}

# One persons file each: name -> (file name, bytes, extra arguments, exit code)
GARBAGE = bytes((i * 7919 + 13) % 256 for i in range(6000))
PERSON_FILES = {
    "zero bytes": ("p.csv", b"", [], EXIT_REJECTED),
    "blank lines only": ("p.csv", b"\r\n \r\n\t\r\n", [], EXIT_REJECTED),
    "binary garbage": ("p.csv", GARBAGE, [], EXIT_REJECTED),
    "binary garbage as xlsx": ("p.xlsx", GARBAGE, [], EXIT_REJECTED),
    "old excel": ("p.xls", b"\xd0\xcf\x11\xe0" + GARBAGE, [], EXIT_REJECTED),
    "huge single line": ("p.csv", (PERSONS + ",Ana " + "x" * 300_000 + ",,,\r\n").encode(), [], EXIT_REJECTED),
    "huge line without header": ("p.csv", b"a" * 1_000_000, [], EXIT_REJECTED),
    "nul inside a cell": ("p.csv", (PERSONS + ",Ana\x00Mar\u00eda,,,\r\n").encode(), [], EXIT_REJECTED),
    "escape codes inside a cell": ("p.csv", (PERSONS + ",Ana \x1b[2J\x07,,,\r\n").encode(), [], EXIT_REJECTED),
    "vertical tab in a region": ("p.csv", (PERSONS + ",Ana,,Alto\x0bYarumal,\r\n").encode(), [], EXIT_REJECTED),
    "utf-16 that is not": ("p.csv", b"\xff\xfe\x00\xd8" + b"x", [], EXIT_REJECTED),
    "missing required column": ("p.csv", b"alias,region\r\nCeiba,Alto\r\n", [], EXIT_REJECTED),
    "more cells than the header": ("p.csv", b"full_name,region\r\nAna,Alto,extra,cells\r\n", [], EXIT_REJECTED),
    "id that is not a uuid": ("p.csv", b"id,full_name\r\nnot-a-uuid,Ana\r\n", [], EXIT_REJECTED),
    "twin header": ("p.csv", "Nombre,Nombre,Región\r\nAna,Mar\u00eda,Alto\r\n".encode(), [], EXIT_REJECTED),
    "cut short after a quote": ("p.csv", (PERSONS + ',"Ana Mar').encode(), [], EXIT_REJECTED),
    "cut short in a row": ("p.csv", (PERSONS + ",Ana,Ceiba").encode(), [], EXIT_REJECTED),
    "header only": ("p.csv", PERSONS.encode(), [], EXIT_REJECTED),
    "header only, dry run": ("p.csv", PERSONS.encode(), ["--dry-run"], EXIT_REJECTED),
    "a value under no header": ("p.csv", b"full_name,region,,\r\nAna,Alto,,extra\r\n", [], EXIT_REJECTED),
    "more cells than the header, xlsx": ("p.xlsx", lambda ctx, table: _xlsx([["full_name", "region"],
                                                                            ["Ana", "Alto", None, "extra"]]),
                                         [], EXIT_REJECTED),
}

# Files that are awkward but right: imported, each value as the file holds it.
NAMES = ["\u0645\u062d\u0645\u062f \u0639\u0628\u062f \u0627\u0644\u0644\u0647",  # Arabic
         "\u0938\u0941\u0928\u0940\u0924\u093e \u0926\u0947\u0935\u0940",  # Devanagari
         "\u738b\u5c0f\u660e",  # CJK
         "Ame\u0301lie Mu\u0308ller",  # combining marks
         '=HYPERLINK("http://example.invalid/?x","Ver")',  # formula injection: kept as text
         "+57 Rosa", "@Lucho", "-Kike-"]
GOOD_FILES = {
    "utf-16 with bom": ("p.csv", (PERSONS + "".join(f",{n} uno,,,\r\n" for n in NAMES[:3])).encode("utf-16"),
                        [n + " uno" for n in NAMES[:3]]),
    "utf-8 with bom": ("p.csv", b"\xef\xbb\xbf" + (PERSONS + ",Ana Bom,,,\r\n").encode(), ["Ana Bom"]),
    "mixed line endings": ("p.csv", (PERSONS + ",Ana Uno,,,\r\n,Ana Dos,,,\n,Ana Tres,,,\r").encode(),
                           ["Ana Uno", "Ana Dos", "Ana Tres"]),
    "scripts and combining marks": ("p.csv", _csv([["full_name", "region"]] + [[n, n] for n in NAMES]).encode(),
                                    NAMES),
    "xlsx scripts and formulas as text": ("p.xlsx", b"", NAMES),
    "extra columns": ("p.csv", b"full_name,zzz,region,yyy\r\nAna Extra,1,Alto,2\r\n", ["Ana Extra"]),
}


# -- the cases ---------------------------------------------------------------------------------

@dataclass
class Case:
    build: Callable[[Ctx], list]   # the arguments after --vault, given the case's folder
    code: int
    south: bool = False            # run against south (the receiving office) instead of office
    root_reads_anyway: bool = False
    says: str = ""                 # words the sentence must hold, where a wrong one was said before


def _import_case(name_fmt, maker, extra, code, table):
    def build(ctx: Ctx):
        data = maker(ctx, table) if callable(maker) else maker
        return ["import", table, ctx.write(name_fmt.format(t=table), data), *extra]
    return Case(build, code)


CASES: dict[str, Case] = {}
for _table in TABLES:
    for _name, (_file, _maker, _extra, _code) in TABLE_FILES.items():
        CASES[f"import {_table}: {_name}"] = _import_case(_file, _maker, _extra, _code, _table)
for _name, (_file, _data, _extra, _code) in PERSON_FILES.items():
    CASES[f"import persons: {_name}"] = _import_case(_file, _data, _extra, _code, "persons")
# A value beyond the header's names is refused by row and column, from a CSV as from a workbook.
for _name in ("more cells than the header", "more cells than the header, xlsx", "a value under no header"):
    CASES[f"import persons: {_name}"].says = "row 2, #" + ("3" if _name == "more cells than the header" else "4")


def _unreadable(ctx: Ctx) -> str:
    path = ctx.write("locked.csv", "full_name\r\nAna\r\n")
    os.chmod(path, 0)
    return path


def _under_a_file(ctx: Ctx) -> str:
    return os.path.join(ctx.write("plain.txt", "x"), "p.csv")


PATHS = {
    "a path that does not exist": lambda ctx: ctx.path("nowhere.csv"),
    "a folder instead of a file": lambda ctx: ctx.folder,
    "a path under a plain file": _under_a_file,
    "an unreadable file": _unreadable,
}
for _name, _where in PATHS.items():
    CASES[f"import: {_name}"] = Case(lambda ctx, w=_where: ["import", "persons", w(ctx)], EXIT_USAGE,
                                     root_reads_anyway=_name == "an unreadable file")
    CASES[f"receive: {_name}"] = Case(lambda ctx, w=_where: ["receive", w(ctx)], EXIT_REJECTED, south=True,
                                      root_reads_anyway=_name == "an unreadable file")
    CASES[f"peer add: {_name}"] = Case(lambda ctx, w=_where: ["peer", "add", w(ctx), "--audience", "internal"],
                                       EXIT_REJECTED, south=True, root_reads_anyway=_name == "an unreadable file")

# Options that say the wrong thing, on a foreign spreadsheet.
FOREIGN = "Nombre,C\u00e9dula,Regi\u00f3n,Gravedad\r\nAna P\u00e9rez,123,Alto,3\r\n"
OPTIONS = {
    "--match without =": ["--match", "C\u00e9dula"],
    "--match without a column": ["--match", "=id_number"],
    "--match without a field": ["--match", "C\u00e9dula="],
    "--match of no column": ["--match", "Pasaporte=id_number"],
    "--match of no field": ["--match", "C\u00e9dula=shoe_size"],
    "--match on the id": ["--match", "C\u00e9dula=id"],
    "--match of column #0": ["--match", "#0=id_number"],
    "--match of column #99": ["--match", "#99=id_number"],
    "--map without =": ["--map", "Nombre"],
    "--map of no field": ["--map", "Nombre=shoe_size"],
    "--map of no column": ["--map", "Apellido=full_name"],
    "--map two columns to one field": ["--map", "Nombre=full_name", "--map", "C\u00e9dula=full_name"],
    "--map-value without a value": ["--map-value", "Regi\u00f3n"],
    "--map-value without a code": ["--map-value", "Regi\u00f3n:3="],
    "--map-value without a column": ["--map-value", ":3=high"],
    "--map-value of a free-text column": ["--map-value", "Nombre:3=high"],
    "--map-value of no column": ["--map-value", "Riesgo:3=high"],
    "--map-value to no code": ["--map-value", "Gravedad:3=volcanic"],
    "--encoding unknown": ["--encoding", "klingon"],
    "--delimiter unknown": ["--delimiter", "xx"],
    "--sheet of a csv": ["--sheet", "Hoja1"],
    "--profile unknown": ["--profile", "Mensual"],
    "--save-profile with a bell": ["--save-profile", "Mensual\x07"],
    "--save-profile too long": ["--save-profile", "M" * 61],
    "--save-profile empty": ["--save-profile", ""],
    "--report in no folder": ["--report", "{dir}/nowhere/report.csv"],
    "--report onto a folder": ["--report", "{dir}"],
    "--month-first=yes": ["--month-first=yes"],
}
for _name, _extra in OPTIONS.items():
    CASES[f"import option: {_name}"] = Case(
        lambda ctx, e=_extra: ["import", "persons", ctx.write("foreign.csv", FOREIGN),
                               *[a.replace("{dir}", ctx.folder) for a in e]], EXIT_USAGE)
CASES["import option: --map-value on incidents"] = Case(
    lambda ctx: ["import", "incidents", ctx.write("i.csv", "Resumen,Fecha,Tipo,Gravedad\r\nAmenaza,02/01/2024,"
                                                          "amenaza,3\r\n"), "--map-value", "Gravedad:3=volcanic"],
    EXIT_USAGE)
CASES["import option: a table that does not exist"] = Case(
    lambda ctx: ["import", "volcanoes", ctx.write("foreign.csv", FOREIGN)], EXIT_USAGE)
CASES["import option: --sheet not in the workbook"] = Case(
    lambda ctx: ["import", "persons", ctx.write("p.xlsx", ctx.source("persons.xlsx")), "--sheet", "Hoja9"],
    EXIT_USAGE)


def _profile_of_incidents(ctx: Ctx) -> list:
    with Vault.open(ctx.vault, passphrase=PASSPHRASE, user=USER) as vault:
        from accompdesk.exchange import profiles
        from accompdesk.exchange.mapping import suggest
        profiles.save(vault, profiles.from_mapping("Incidentes", suggest("incidents", ["Resumen"])))
    return ["import", "persons", ctx.write("foreign.csv", FOREIGN), "--profile", "Incidentes"]


def _damaged_profile(ctx: Ctx) -> list:
    with Vault.open(ctx.vault, passphrase=PASSPHRASE, user=USER) as vault:
        from accompdesk.vault import import_profiles
        import_profiles.save(vault, "Roto", "persons", '{"table": "persons", "columns": [1, 2')
    return ["import", "persons", ctx.write("foreign.csv", FOREIGN), "--profile", "Roto"]


CASES["import profile: made for another table"] = Case(_profile_of_incidents, EXIT_USAGE)
CASES["import profile: damaged"] = Case(_damaged_profile, EXIT_USAGE)


# -- bundles -------------------------------------------------------------------------------------

def _bundle(ctx: Ctx) -> bytes:
    return ctx.source("north-south.adx")


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


BUNDLES = {
    "empty": lambda ctx: b"",
    "not age": lambda ctx: b"Hola, esto no es un paquete.\n" * 40,
    "binary garbage": lambda ctx: GARBAGE,
    "an office card": lambda ctx: ctx.source("north.card"),
    "for another office": lambda ctx: ctx.source("north-other.adx"),
    "from an office not trusted": lambda ctx: ctx.source("stranger-south.adx"),
    "only the age header": lambda ctx: _bundle(ctx)[:120],
    "cut in half": lambda ctx: _bundle(ctx)[:len(_bundle(ctx)) // 2],
    "last bytes missing": lambda ctx: _bundle(ctx)[:-1],
    "one bit changed in the header": lambda ctx: _flip(_bundle(ctx), 40),
    "one bit changed in the body": lambda ctx: _flip(_bundle(ctx), len(_bundle(ctx)) // 2),
    "one bit changed at the end": lambda ctx: _flip(_bundle(ctx), len(_bundle(ctx)) - 1),
    "bytes appended": lambda ctx: _bundle(ctx) + b"\0" * 64,
}
for _name, _maker in BUNDLES.items():
    for _dry in ([], ["--dry-run"]):
        CASES[f"receive: {_name}{', dry run' if _dry else ''}"] = Case(
            lambda ctx, m=_maker, d=_dry: ["receive", ctx.write("b.adx", m(ctx)), *d], EXIT_REJECTED, south=True)


def _replayed(ctx: Ctx) -> list:
    path = ctx.write("b.adx", _bundle(ctx))
    code, out, err = run("--vault", ctx.south, "receive", path)
    assert code == EXIT_OK, err
    return ["receive", path]


CASES["receive: the same bundle twice"] = Case(_replayed, EXIT_REJECTED, south=True)


def _signed(changes=(), attachments=None, **manifest) -> bytes:
    """A bundle signed by north, whom south trusts, holding what its program would never send."""
    head = {"format": bundle.FORMAT, "bundle": 1, "sender": FORGER["office_id"], "sender_name": "north",
            "recipient": FORGER["recipient"], "audience": "internal", "made_at": "2024-05-02T10:00:00Z",
            "vector": {FORGER["office_id"]: len(changes)}, "mirror_ack": {},
            "offices": {FORGER["office_id"]: "north"}, "counts": {"changes": len(changes)}, **manifest}
    payload = {"changes": [[FORGER["office_id"], i + 1, table, record_id, values, {}, "2024-05-02T10:00:00Z"]
                           for i, (table, record_id, values) in enumerate(changes)],
               "mirror": [], "attachments": attachments or {}}
    return bundle.seal(head, payload, FORGER["sign_private"], FORGER["age_recipient"])


_PID = "5b0e8f55-1f5c-4c1e-9d3a-0c2b7e6a4f10"
SIGNED = {
    "a consent outside its vocabulary": [("persons", _PID, {"full_name": "Ana", "consent_level": "everyone"})],
    "a date that is not one": [("incidents", _PID, {"summary": "Amenaza", "kind": "threat",
                                                    "occurred_on": "last tuesday"})],
    "a list where a name goes": [("persons", _PID, {"full_name": ["Ana", "Mar\u00eda"]})],
    "a number where a name goes": [("persons", _PID, {"full_name": 1234})],
    "a record id that is not one": [("persons", "not-an-id", {"full_name": "Ana"})],
    "a link that is not an id": [("persons", _PID, {"full_name": "Ana", "organisation_id": "Org"})],
    "a list of links that is text": [("incidents", _PID, {"summary": "Amenaza", "kind": "threat",
                                                          "occurred_on": "2024-05-01", "affected_persons": "Ana"})],
}
for _name, _changes in SIGNED.items():
    CASES[f"receive: signed, with {_name}"] = Case(
        lambda ctx, c=_changes: ["receive", ctx.write("b.adx", _signed(c))], EXIT_REJECTED, south=True)
CASES["receive: signed, with counts that are not numbers"] = Case(
    lambda ctx: ["receive", ctx.write("b.adx", _signed(vector={"x": "many"}))], EXIT_REJECTED, south=True)
_AID = "7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"
CASES["receive: signed, with an attachment that is not base64"] = Case(
    lambda ctx: ["receive", ctx.write("b.adx", _signed(
        [("persons", _PID, {"full_name": "Ana Adjunta"}),
         ("attachments", _AID, {"owner_table": "persons", "owner_id": _PID, "filename": "foto.jpg",
                                "size": 3, "sha256": "0" * 64})],
        attachments={_AID: "!!! not base64 !!!"}))], EXIT_REJECTED, south=True)
CASES["receive: signed, numbered true"] = Case(
    lambda ctx: ["receive", ctx.write("b.adx", _signed(bundle=True))], EXIT_REJECTED, south=True)


def test_a_signed_bundle_of_sound_values_is_received(ctx):
    """The forger's bundles differ from the refused ones only in what they hold."""
    changes = [("persons", _PID, {"full_name": "Ana Firmada", "consent_level": "internal"})]
    with cli_env():
        code, out, err = run("--vault", ctx.south, "receive", ctx.write("b.adx", _signed(changes)))
    assert code == EXIT_OK, err
    assert "persons: 1 new" in out


# -- office cards --------------------------------------------------------------------------------

def _card(ctx: Ctx, **changes) -> str:
    card = json.loads(ctx.source("other.card"))
    card.update(changes)
    return json.dumps(card)


CARDS = {
    "empty": lambda ctx: b"",
    "binary garbage": lambda ctx: GARBAGE,
    "not json": lambda ctx: "office: other\n",
    "a json list": lambda ctx: "[1, 2]",
    "cut short": lambda ctx: ctx.source("other.card")[:60],
    "a bundle": lambda ctx: _bundle(ctx),
    "fingerprint altered": lambda ctx: _card(ctx, fingerprint="AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH"),
    "from a newer program": lambda ctx: _card(ctx, accompdesk_office_card=99),
    "format as text": lambda ctx: _card(ctx, accompdesk_office_card="1"),
    "recipient not age": lambda ctx: _card(ctx, age_recipient="age1notakey"),
    "signing key not base64": lambda ctx: _card(ctx, sign_public="!!!"),
    "signing key short": lambda ctx: _card(ctx, sign_public="AAAA"),
    "office id not hex": lambda ctx: _card(ctx, office_id="zz" * 16),
    "blank name": lambda ctx: _card(ctx, name="   "),
    "name of 5000 letters": lambda ctx: _card(ctx, name="N" * 5000),
    "utf-16": lambda ctx: ctx.source("other.card").decode("utf-8").encode("utf-16"),
    "this office's own": lambda ctx: ctx.source("south.card"),
    "an office already trusted": lambda ctx: ctx.source("north.card"),
}
for _name, _maker in CARDS.items():
    CASES[f"peer add: {_name}"] = Case(
        lambda ctx, m=_maker: ["peer", "add", ctx.write("c.card", m(ctx)), "--audience", "internal"],
        EXIT_REJECTED, south=True)
CASES["peer add: a name already taken"] = Case(
    lambda ctx: ["peer", "add", ctx.write("c.card", ctx.source("other.card")), "--audience", "internal",
                 "--name", "north"], EXIT_REJECTED, south=True)


# -- restore -------------------------------------------------------------------------------------

def _backup(ctx: Ctx, damage=None, keys: bool = True) -> str:
    path = ctx.path("office-backup.vault")
    src = os.path.join(ctx.template, "backups", "office-backup.vault")
    with open(src, "rb") as fh:
        data = fh.read()
    ctx.write("office-backup.vault", damage(data) if damage else data)
    if keys:
        with open(src + ".keys", "rb") as fh:
            ctx.write("office-backup.vault.keys", fh.read())
    return path


def _other_vault(ctx: Ctx) -> str:
    _copy_vault(os.path.join(ctx.template, "north.vault"), ctx.path("north-copy.vault"))
    return ctx.path("north-copy.vault")


RESTORES = {
    "a backup cut in half": (lambda ctx: _backup(ctx, lambda d: d[:len(d) // 2]), EXIT_DAMAGED),
    "an empty backup": (lambda ctx: _backup(ctx, lambda d: b""), EXIT_DAMAGED),
    "a backup without its key slots": (lambda ctx: _backup(ctx, keys=False), EXIT_USAGE),
    "a backup that does not exist": (lambda ctx: ctx.path("nowhere.vault"), EXIT_USAGE),
    "a folder as the backup": (lambda ctx: ctx.folder, EXIT_USAGE),
    "a backup of another vault": (_other_vault, EXIT_REJECTED),
    # Whole pages, so only the key can tell: its key-slot file, written with it, was sealed for
    # other first bytes, and that key does not open it. Not a wrong key (exit 3): damage.
    "a backup of random bytes": (lambda ctx: _backup(ctx, lambda d: os.urandom(len(d))), EXIT_DAMAGED),
}
for _name, (_where, _code) in RESTORES.items():
    CASES[f"restore: {_name}"] = Case(lambda ctx, w=_where: ["restore", w(ctx), ctx.path("restored.vault")], _code)
CASES["restore: a backup of random bytes"].says = "damaged or was replaced"


def _restore_with_a_wrong_passphrase(ctx: Ctx) -> list:
    ctx.env["ACCOMPDESK_PASSPHRASE"] = "not the passphrase"
    return ["restore", _backup(ctx), ctx.path("restored.vault")]


CASES["restore: a wrong passphrase"] = Case(_restore_with_a_wrong_passphrase, EXIT_KEY)  # a wrong key stays 3
CASES["restore: onto the vault itself"] = Case(lambda ctx: ["restore", _backup(ctx), ctx.vault], EXIT_USAGE)
CASES["restore: into no folder"] = Case(
    lambda ctx: ["restore", _backup(ctx), ctx.path("nowhere/restored.vault")], EXIT_USAGE)


# -- the vault itself ----------------------------------------------------------------------------

def _vault_case(prepare, env=None, command=("import", "persons", "{dir}/ok.csv")):
    def build(ctx: Ctx):
        ctx.write("ok.csv", "full_name,region\r\nAna Bien,Alto\r\n")
        result = prepare(ctx) if prepare else None
        ctx.env.update(env or {})
        args = [a.replace("{dir}", ctx.folder) for a in command]
        return [*(result or []), *args]
    return build


def _truncate_vault(ctx: Ctx):
    with open(ctx.vault, "r+b") as fh:
        fh.truncate(os.path.getsize(ctx.vault) // 2)


def _empty_vault(ctx: Ctx):
    open(ctx.vault, "wb").close()


def _vault_is_folder(ctx: Ctx):
    os.mkdir(ctx.path("folder.vault"))
    return ["--vault", ctx.path("folder.vault")]


def _keys_garbled(ctx: Ctx):
    with open(ctx.vault + ".keys", "r+b") as fh:
        fh.seek(40)
        fh.write(b"\x00garbage")


def _keys_gone(ctx: Ctx):
    os.unlink(ctx.vault + ".keys")


def _random_vault(ctx: Ctx):
    with open(ctx.vault, "r+b") as fh:
        fh.write(os.urandom(os.path.getsize(ctx.vault)))


def _held_by_rekey(ctx: Ctx):
    ctx.hold = lambda: locking.vault_lock(ctx.vault, locking.EXCLUSIVE, timeout=0)


VAULTS = {
    "wrong passphrase": (None, {"ACCOMPDESK_PASSPHRASE": "not the passphrase"}, EXIT_KEY),
    "no such staff member": (lambda ctx: ["--user", "nadie"], None, EXIT_KEY),
    "vault file cut in half": (_truncate_vault, None, EXIT_DAMAGED),
    "vault file empty": (_empty_vault, None, EXIT_DAMAGED),
    "key slots garbled": (_keys_garbled, None, EXIT_DAMAGED),
    # Whole pages of random bytes look like a vault file of another key, as a rekeyed file
    # beside an old copy of its key-slot file does (tests/vault_tamper: exit 3): the bytes
    # cannot tell the two apart, and the recovery key, as said, can.
    "vault file of random bytes": (_random_vault, None, EXIT_KEY),
    "key slots gone": (_keys_gone, None, EXIT_KEY),
    "no vault there": (lambda ctx: ["--vault", ctx.path("nowhere.vault")], None, EXIT_USAGE),
    "vault path is a folder": (_vault_is_folder, None, EXIT_USAGE),
    "vault busy with a rekey": (_held_by_rekey, {"ACCOMPDESK_LOCK_TIMEOUT": "0"}, EXIT_USAGE),
    "recovery key malformed": (lambda ctx: ["--recovery-key"], {"ACCOMPDESK_RECOVERY_KEY": "12 34"}, EXIT_KEY),
}
for _name, (_prepare, _env, _code) in VAULTS.items():
    CASES[f"vault: {_name}"] = Case(_vault_case(_prepare, _env), _code)
    CASES[f"vault: {_name}, receive"] = Case(
        _vault_case(_prepare, _env, ("receive", "{dir}/ok.csv")), _code)


@contextlib.contextmanager
def _writing(path: str):
    """Another program in the middle of a write transaction on the vault."""
    with Vault.open(path, recovery_key=KEYS["office"]) as other:
        other.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.conn.execute("ROLLBACK")


def _held_by_a_writer(ctx: Ctx):
    ctx.hold = lambda: _writing(ctx.vault)


# SQLite's own wait (five seconds) comes first: the one slow case of the matrix.
CASES["vault: busy with another writer"] = Case(_vault_case(_held_by_a_writer), EXIT_USAGE)
CASES["vault: init onto a folder"] = Case(lambda ctx: (os.mkdir(ctx.path("folder.vault")),
                                                       ["--vault", ctx.path("folder.vault"), "init"])[1],
                                          EXIT_USAGE, says="is a folder")
for _name in ("vault: vault file of random bytes", "vault: vault file of random bytes, receive"):
    CASES[_name].says = "open the vault with the recovery key"
for _name in ("vault: vault path is a folder", "vault: vault path is a folder, receive"):
    CASES[_name].says = "is a folder"



# -- running them --------------------------------------------------------------------------------

@pytest.fixture
def ctx(template, tmp_path) -> Ctx:
    here = Ctx(str(tmp_path), str(template))
    here.vault = here.path("office.vault")
    _copy_vault(os.path.join(here.template, "office.vault"), here.vault)
    here.south = here.path("south.vault")
    _copy_vault(os.path.join(here.template, "south.vault"), here.south)
    return here


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_refused_in_one_sentence_and_changes_nothing(name, ctx):
    case = CASES[name]
    with cli_env() as env:
        args = case.build(ctx)
        if case.root_reads_anyway and os.geteuid() == 0:
            pytest.skip("the superuser reads a file whatever its permissions")
        for key, value in ctx.env.items():
            env.setenv(key, value)
        if "--vault" not in args:
            args = ["--vault", ctx.south if case.south else ctx.vault, *args]
        before = _snapshot(ctx)
        if ctx.hold is not None:
            with ctx.hold():
                code, out, err = run(*args)
        else:
            code, out, err = run(*args)
        for key in ctx.env:
            env.delenv(key, raising=False)
        assert code == case.code, (code, err)
        assert_said_in_one_sentence(code, err)
        assert case.says in err
        assert _snapshot(ctx) == before


# -- what is awkward but right -------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(GOOD_FILES))
def test_awkward_files_import_every_value_as_written(name, ctx):
    file_name, data, names = GOOD_FILES[name]
    if file_name.endswith(".xlsx"):
        data = _xlsx([["full_name", "region"]] + [[n, n] for n in names])
    with cli_env():
        code, out, err = run("--vault", ctx.vault, "import", "persons", ctx.write(file_name, data))
        assert code == EXIT_OK, err
        with Vault.open(ctx.vault, passphrase=PASSPHRASE, user=USER) as vault:
            stored = {p.full_name for p in vault.persons.list()}
        assert {unicodedata.normalize("NFC", n) for n in names} <= stored
        # A name that a spreadsheet would run goes out as text again.
        code, out, err = run("--vault", ctx.vault, "export", "persons", "-o", "-")
        assert code == EXIT_OK, err
    exported = {row[1] for row in csv.reader(io.StringIO(out))}
    for n in names:
        n = unicodedata.normalize("NFC", n)
        assert (("'" + n) if n[:1] in "=+-@" else n) in exported


def test_the_matrix_covers_every_table_and_every_reader():
    for table in TABLES:
        assert {n.split(": ", 1)[1] for n in CASES if n.startswith(f"import {table}:")} >= set(TABLE_FILES)
    commands = {CASES[n].build.__name__ for n in CASES}
    assert commands  # every case is built by a function
    for prefix in ("import:", "import option:", "import profile:", "receive:", "peer add:", "restore:",
                   "vault:"):
        assert any(n.startswith(prefix) for n in CASES), prefix


@pytest.mark.parametrize("choice, aka", [("#2=aka", "Mar\u00eda"), ("#2=-", "")])
def test_a_twin_column_imports_once_said_what_it_holds(choice, aka, ctx):
    path = ctx.write("p.csv", "Nombre,Nombre,Regi\u00f3n\r\nAna Gemela,Mar\u00eda,Alto\r\n")
    with cli_env():
        code, out, err = run("--vault", ctx.vault, "import", "persons", path, "--map", choice)
        assert code == EXIT_OK, err
        with Vault.open(ctx.vault, passphrase=PASSPHRASE, user=USER) as vault:
            found = [p for p in vault.persons.list() if p.full_name == "Ana Gemela"]
    assert len(found) == 1 and found[0].aka == aka


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
def test_a_card_saved_by_an_editor_that_adds_a_bom_is_trusted(encoding, ctx):
    """Notepad saves UTF-8 with a byte-order mark; the card is the same card."""
    text = ctx.source("other.card").decode("utf-8")
    with cli_env():
        code, out, err = run("--vault", ctx.south, "peer", "add", ctx.write("c.card", text.encode(encoding)),
                             "--audience", "internal")
    assert code == EXIT_OK, err
    assert "Trusted other" in out


def test_a_refused_twin_column_is_in_the_report_asked_for(ctx):
    path = ctx.write("p.csv", "Nombre,Nombre,Regi\u00f3n\r\nAna Gemela,Mar\u00eda,Alto\r\n")
    with cli_env():
        code, out, err = run("--vault", ctx.vault, "import", "persons", path, "--report", ctx.path("r.csv"))
    assert code == EXIT_REJECTED, err
    with open(ctx.path("r.csv"), encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["row", "column", "field", "severity", "message"]
    assert rows[1][:2] == ["1", "Nombre"] and "#2" in rows[1][4]


@pytest.mark.parametrize("language", [None, "en", "es"])
def test_what_an_export_withheld_is_said_in_one_language(language, ctx):
    """The table's language (--language, English without it) is the summary's, head and
    field names alike: it said 'Withheld for the public audience: Fields left out:
    También conocido/a como…'."""
    asked = ["--language", language] if language else []
    with cli_env():
        code, out, err = run("--vault", ctx.vault, "export", "persons", "--audience", "public",
                             "-o", ctx.path("p.csv"), *asked)
    assert code == EXIT_OK, err
    summary = err.strip().splitlines()[-1]
    if language == "es":
        assert summary.startswith("Retenido para la audiencia «Público»: "), summary
        assert "Campos omitidos: " in summary and "Notas" in summary
        assert "Withheld" not in summary and "Fields" not in summary and "Notes" not in summary
    else:
        assert summary.startswith("Withheld for the public audience: "), summary
        assert "Fields left out: " in summary and "Notes" in summary
        assert "Campos" not in summary and "Notas" not in summary and "También" not in summary


def test_what_a_document_withheld_is_said_in_its_language(ctx):
    with cli_env():
        code, out, err = run("--vault", ctx.vault, "report", "stats", "--audience", "public", "--lang", "es",
                             "--from", "1990-01-01", "--to", "2090-12-31", "-o", ctx.path("s.pdf"))
    assert code == EXIT_OK, err
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("Retenido para la audiencia «Público»: "), summary
    assert "Withheld" not in summary and "Fields" not in summary
