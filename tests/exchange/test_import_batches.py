"""What a big import does to go faster keeps what it stores: the collector paused while it
runs and running again after it, whether it ends well or not."""

from __future__ import annotations

import gc

import pytest

from accompdesk.exchange import importer
from accompdesk.vault.errors import InputRejected

from .helpers import spanish_excel_csv

HEADER = "Fecha del hecho;Resumen;Tipo de agresión;Lugar;Región;Descripción;Gravedad"


def rows(n: int, bad: int | None = None) -> list[str]:
    return [f"{1 + i % 28:02d}/03/2023;Amenaza número {i};{'Amenazas raras' if i == bad else 'Amenaza'};"
            f"Vereda {i};Cauca;Relato {i};Alta" for i in range(n)]


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.parametrize("how", ["at once", "in steps"])
def test_the_collector_is_paused_while_an_import_runs_and_runs_after_it(vault, collector_on, how):
    seen = []

    def progress(stage, _done, _total):
        seen.append((stage, gc.isenabled()))

    data = spanish_excel_csv([HEADER] + rows(30))
    if how == "at once":
        result = importer.import_file(vault, "incidents", data, "incidentes.csv", progress=progress)
    else:
        plan = importer.prepare(vault, "incidents", data, "incidentes.csv")
        checked = importer.examine(vault, plan, progress=progress)
        result = importer.write(vault, checked, progress=progress)
    assert result.created == 30 and vault.incidents.count() == 30
    assert {stage for stage, _ in seen} == {"checking", "writing"}
    assert not any(enabled for _, enabled in seen)
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_rejected_file(vault, collector_on):
    with pytest.raises(InputRejected):
        importer.import_file(vault, "incidents", spanish_excel_csv([HEADER] + rows(5, bad=2)), "x.csv")
    assert gc.isenabled() and vault.incidents.count() == 0
