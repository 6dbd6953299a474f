"""The labels of the documents and the domain come from one catalogue, and its Spanish is complete."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from accompdesk.domain import catalogue, dates, records, vocab
from accompdesk.exchange import export
from accompdesk.domain.fields import specs
from accompdesk.reports import labels, roster
from tools.labels import compile_mo, mo_file, po_file, read_po, wanted

ROOT = Path(__file__).resolve().parents[1]


def test_every_label_the_code_asks_for_has_its_spanish():
    _header, entries = read_po(po_file("es"))
    in_po = {e.key: e for e in entries}
    asked = {e.key for e in wanted()}
    assert sorted(asked - set(in_po)) == [], "run python -m tools.labels, then translate"
    assert sorted(set(in_po) - asked) == [], "run python -m tools.labels: the catalogue holds gone labels"
    assert [e.key for e in entries if not e.translated] == []
    assert [e.key for e in entries if e.fuzzy] == []
    assert len(entries) > 600


def test_no_entry_appears_twice():
    _header, entries = read_po(po_file("es"))
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys))


def test_the_compiled_catalogue_matches_its_source():
    header, entries = read_po(po_file("es"))
    assert compile_mo(header, entries) == mo_file("es").read_bytes(), "run python -m tools.labels"


def test_placeholders_survive_translation():
    _header, entries = read_po(po_file("es"))
    import re

    def holes(text):
        return sorted(re.findall(r"%[sd]|\{[^}]*\}", text))

    for e in entries:
        for translated in e.strings:
            assert holes(translated) == holes(e.msgid), (e.context, e.msgid, translated)


# Each row: what the code asks, in English and in Spanish. The contexts keep apart words
# that are one in English and two in Spanish.
@pytest.mark.parametrize("asked, english, spanish", [
    (lambda lang: vocab.INCIDENT_KIND.label("killing", lang), "Killing", "Asesinato"),
    (lambda lang: vocab.RISK_LEVEL.label("high", lang), "High", "Alto"),
    (lambda lang: vocab.SEVERITY.label("high", lang), "High", "Alta"),
    (lambda lang: vocab.COUNTRY.label("NO", lang), "Norway", "Noruega"),
    (lambda lang: specs(records.Person)["full_name"].label(lang), "Full name", "Nombre completo"),
    (lambda lang: labels.t("kept", lang), "Kept", "Cumplidos"),
    (lambda lang: labels.kind_count("killing", 1, lang), "1 killing", "1 asesinato"),
    (lambda lang: labels.kind_count("killing", 19212, lang), "19,212 killings", "19.212 asesinatos"),
    (lambda lang: labels.kind_count("surveillance", 4, lang), "Surveillance: 4", "Seguimiento: 4"),
    (lambda lang: labels.long_date(dt.date(2032, 2, 29), lang), "29 February 2032", "29 de febrero de 2032"),
    (lambda lang: labels.month_label("2025-09", lang), "Sep 2025", "sep 2025"),
    (lambda lang: labels.page_of(2, 9, lang), "page 2 of 9", "página 2 de 9"),
    (lambda lang: labels.join_words(["a", "b", "c"], lang), "a, b and c", "a, b y c"),
    (lambda lang: labels.classification("diplomatic", lang, "Embajada de Noruega" if lang == "es"
                                        else "Embassy of Norway"),
     "Confidential — prepared for the Embassy of Norway", "Confidencial — preparado para la Embajada de Noruega"),
    (lambda lang: labels.classification("internal", lang), "Internal — does not leave the office",
     "Uso interno — no sale de la oficina"),
    (lambda lang: roster.day_label(dt.date(2032, 2, 29), lang), "Sun 29", "dom 29"),
    (lambda lang: dates.spelled(dt.date(2026, 11, 28), lang), "Saturday 28 November 2026",
     "sábado 28 de noviembre de 2026"),
    (lambda lang: export.header_for("persons", "updated_at", lang), "Last changed", "Último cambio"),
    (lambda lang: export.audience_banner("public", lang).split(".")[0], "Audience: Public", "Audiencia: Público"),
    (lambda lang: roster.week_label(roster.Week.of(dt.date(2032, 2, 29)), lang), "23–29 Feb 2032",
     "23–29 feb 2032"),
])
def test_english_and_spanish_from_the_one_catalogue(asked, english, spanish):
    assert asked("en") == english
    assert asked("es") == spanish
    # Any other language reads in English, as it did before the catalogue.
    assert asked("fr") == english


def test_a_spanish_label_still_matches_its_term():
    # Importing a spreadsheet written in Spanish finds codes by their Spanish labels.
    assert vocab.INCIDENT_KIND.match("amenaza").code == "threat"
    assert vocab.COUNTRY.match("Noruega").code == "NO"
    assert vocab.COUNTRY.match("Kingdom of Norway").code == "NO"


def test_a_label_missing_from_the_catalogue_reads_in_english():
    assert catalogue.label("report", "A sentence no catalogue holds", "es") == "A sentence no catalogue holds"


def _branches_on_spanish(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # `"es" if language == "es" else "en"` only names the language; it chooses no words.
    naming = {id(node.test) for node in ast.walk(tree) if isinstance(node, ast.IfExp)
              and {getattr(node.body, "value", None), getattr(node.orelse, "value", None)} == {"es", "en"}}
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Compare) and id(node) not in naming
            and any(isinstance(c, ast.Constant) and c.value == "es" for c in node.comparators)]


@pytest.mark.parametrize("module", ["domain/vocab.py", "domain/fields.py", "domain/countries.py", "domain/dates.py",
                                    "exchange/export.py",
                                    "domain/records.py", "reports/roster.py"])
def test_label_modules_do_not_branch_on_the_language(module):
    assert _branches_on_spanish(ROOT / "accompdesk" / module) == []


def test_reports_labels_branch_only_for_grammar():
    # with_article chooses among Spanish articles: grammar, not a label.
    path = ROOT / "accompdesk" / "reports" / "labels.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    branching = {f.name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
                 and any(isinstance(n, ast.Compare) and any(isinstance(c, ast.Constant) and c.value == "es"
                                                            for c in n.comparators) for n in ast.walk(f))}
    assert branching == {"with_article"}
