"""Hypothesis: any file, however messy, is imported completely or not at all, and never
makes the importer fail with anything but a readable refusal."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from accompdesk.exchange import importer
from accompdesk.vault.errors import VaultError

from .helpers import office

HEADERS = ["Fecha", "Fecha del hecho (dd/mm/aaaa)", "Resumen", "Tipo", "Tipo de agresión", "Lugar",
           "Región", "Descripción", "Víctimas", "Unidad", "Gravedad", "id", "summary", "occurred_on",
           "kind", "Notas", "", "Columna rara", "¿Denunciado?", "Precisión de la fecha"]
CELLS = ["15/03/2024", "03/04/2024", "03/15/2024", "31/02/2024", "2024-03-15", "15 de marzo de 2024",
         "marzo 2024", "2019", "45366", "ayer", "2099-01-01", "Amenaza", "amenaza", "THREAT", "volcán",
         "Alta", "crítica", "Sí", "no", "quizá", "Ana Pérez Quiñones", "La Profe", "Nadie", "Batallón Ayacucho",
         "Brigada 29; Ministerio de Defensa", "=HYPERLINK(\"x\")", "'=1+1", "+57 300", "-", "@x",
         "línea 1\nlínea 2", "comillas \"dobles\"", "punto; y coma", "coma, aquí", "\t", " ", "",
         "6f1c1a57-1d2b-4a63-9a1c-3a2f0f7e9d10", "no-es-un-id", "R" * 400, "ñ" * 3, "\u200b", "Ω≈ç√"]

# Columns with the values they usually hold, so that many files are mostly right.
GOOD = {
    "Fecha": ["15/03/2024", "1 de marzo de 2023", "2023-12-01", "03/04/2024", "marzo 2022"],
    "Resumen": ["Amenaza a la lideresa", "Seguimiento", "=HYPERLINK(\"x\")", "Allanamiento nocturno"],
    "Tipo": ["Amenaza", "seguimiento", "Allanamiento", "THREAT"],
    "Nombre": ["Ana Pérez Quiñones", "Nueva Persona", "Batallón Nuevo", "Brigada 29"],
    "Víctimas": ["Ana Pérez Quiñones", "La Profe; Luis Ángel Mina", ""],
    "Superior": ["Brigada 29", "Batallón Nuevo", ""],
    "Unidad": ["Batallón Ayacucho", ""],
}


REQUIRED = {"incidents": ["Fecha", "Resumen", "Tipo"], "persons": ["Nombre"], "authorities": ["Nombre"]}


@st.composite
def messy_files(draw, table: str) -> bytes:
    if draw(st.booleans()):
        names = REQUIRED[table] + draw(st.lists(st.sampled_from(list(GOOD)), max_size=3, unique=True))
        names = [n for i, n in enumerate(names) if n not in names[:i]]
        names = draw(st.permutations(names)) + draw(st.lists(st.sampled_from(HEADERS), max_size=2))
    else:
        names = draw(st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8))
    cell = st.one_of(st.sampled_from(CELLS), st.text(max_size=12))
    body = []
    for _ in range(draw(st.integers(0, 12))):
        row = [draw(st.sampled_from(GOOD[n])) if n in GOOD and draw(st.integers(0, 7)) else draw(cell)
               for n in names]
        if draw(st.integers(0, 9)) == 0:
            row = row[:draw(st.integers(0, len(row)))] + draw(st.lists(cell, max_size=2))
        body.append(row)
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    for _ in range(draw(st.integers(0, 2))):
        writer.writerow(["Informe de la oficina"])
    writer.writerow(names)
    writer.writerows(body)
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]))
    return text.encode(encoding, errors="replace")


def _state(vault):
    counts = {t: vault.repo(t).count(include_deleted=True) for t in ("incidents", "persons", "authorities")}
    return counts, [e.hash for e in vault.audit_entries()]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data(), skip=st.booleans(), keep=st.booleans(), dry=st.booleans(),
       table=st.sampled_from(["incidents", "incidents", "persons", "authorities"]))
def test_messy_files_import_all_or_nothing(vault, data, skip, keep, dry, table):
    data = data.draw(messy_files(table))
    if not vault.authorities.count():
        office(vault)
    before = _state(vault)
    try:
        result = importer.import_file(vault, table, data, "messy.csv", dry_run=dry,
                                      options=importer.Options(skip_invalid=skip, keep_duplicates=keep))
    except VaultError as exc:
        event(f"refused: {type(exc).__name__}")
        assert str(exc) and str(exc)[0].isupper()
        assert _state(vault) == before, "a refused file left something behind"
        return
    event(f"imported {'some' if result.created else 'none'}")
    counts, audit = _state(vault)
    if dry:
        assert (counts, audit) == before
    else:
        assert counts[table] == before[0][table] + result.created
        assert vault.verify_audit()[0]
    if not skip:
        assert not [i for i in result.issues if i.severity == "error"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), name=st.sampled_from(["x.csv", "x.xlsx", "x.xls", "x"]))
def test_any_bytes_are_refused_readably_or_read(vault, data, name):
    before = _state(vault)
    try:
        importer.import_file(vault, "incidents", data, name, dry_run=True)
    except VaultError as exc:
        assert str(exc)
    assert _state(vault) == before
