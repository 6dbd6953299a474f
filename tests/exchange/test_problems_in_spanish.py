"""An import's problems are codes with their Spanish, so the window says them in Spanish:
dates that do not exist, and terms outside a vocabulary listed by their labels."""

from __future__ import annotations

from accompdesk.domain import vocab
from accompdesk.exchange import importer

from .helpers import spanish_excel_csv
from .test_import_spanish import HEADER, good_rows


def _problems(vault, planted: dict[int, str]) -> dict[tuple[int, str], str]:
    rows = good_rows(6)
    for index, line in planted.items():
        rows[index] = line
    checked = importer.examine(vault, importer.prepare(vault, "incidents", spanish_excel_csv([HEADER] + rows),
                                                       "incidentes.csv"))
    return {(i.row, i.field): i.message for i in checked.errors}


def test_dates_that_are_not_dates_are_said_in_spanish(vault):
    said = _problems(vault, {0: "31/02/2023;Fecha imposible;Amenaza;x;Cauca;d;Ejército;Alta",
                             1: "ayer;Sin fecha;Amenaza;x;Cauca;d;Ejército;Alta",
                             2: "03/15/2023;Mes primero;Amenaza;x;Cauca;d;Ejército;Alta",
                             3: "15/03/2023 25:61;Hora imposible;Amenaza;x;Cauca;d;Ejército;Alta"})
    impossible, unreadable, month = said[(2, "occurred_on")], said[(3, "occurred_on")], said[(4, "occurred_on")]
    assert impossible == "'31/02/2023' is not a date that exists."
    assert impossible.text("es") == "'31/02/2023' no es una fecha que exista."
    assert unreadable.text("es") == "'ayer' no es una fecha (escríbala como 15/03/2024 o 2024-03-15)."
    assert month.text("es").startswith("'03/15/2023' no tiene mes 15 leída con el día primero")
    assert "--month-first" in month.text("es")


def test_an_unknown_term_lists_the_labels_in_the_messages_language(vault):
    said = _problems(vault, {0: "15/03/2023;Tipo raro;Qxzqxz;x;Cauca;d;Ejército;Alta"})
    message = said[(2, "kind")]
    labels = [vocab.INCIDENT_KIND.label(code) for code in vocab.INCIDENT_KIND.codes]
    spanish = [vocab.INCIDENT_KIND.label(code, "es") for code in vocab.INCIDENT_KIND.codes]
    assert message == f"'Qxzqxz' is not a known kind; it is one of: {', '.join(labels)}."
    assert message.text("es") == f"'Qxzqxz' no es un valor conocido de «tipo»; es uno de: {', '.join(spanish)}."
    assert "judicial_harassment" not in message and "Judicial harassment" in message
    # Every label listed is accepted as the term it names, as its code is.
    for code, label in zip(vocab.INCIDENT_KIND.codes, spanish):
        assert vocab.INCIDENT_KIND.match(label).code == code
        assert vocab.INCIDENT_KIND.match(code).code == code
