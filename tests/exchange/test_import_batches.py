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


def test_ids_made_in_batches_are_random_version_4_uuids():
    import uuid

    from accompdesk.domain.records import new_ids

    ids = new_ids(5000)
    assert len(ids) == len(set(ids)) == 5000
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    # Every variant digit appears: the two low bits stay random.
    assert {value[19] for value in ids} == set("89ab")
    assert new_ids(0) == []


@pytest.mark.parametrize("start", ["2026-12-31T23:59:59.999990", "2024-02-28T23:59:59.000000",
                                   "2026-06-01T10:00:00.500000"])
def test_each_rows_stamp_is_the_moment_a_microsecond_after_the_one_before(start):
    import datetime as dt

    from accompdesk.vault.repository import _stamps

    moment = dt.datetime.fromisoformat(start)
    stamp = _stamps(moment)
    for index in list(range(30)) + [999_999, 1_000_000, 2_500_017]:
        expected = (moment + dt.timedelta(microseconds=index)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        assert stamp(index) == expected, index


def test_imported_rows_keep_the_files_order_across_a_second(vault, time_machine):
    import datetime as dt

    time_machine.move_to(dt.datetime(2026, 3, 1, 9, 59, 59, 999_990, tzinfo=dt.timezone.utc), tick=False)
    importer.import_file(vault, "incidents", spanish_excel_csv([HEADER] + rows(40)), "x.csv")
    listed = vault.incidents.list(order_by="created_at")
    assert [i.summary for i in listed] == [f"Amenaza número {i}" for i in range(40)]
    assert listed[9].created_at.endswith("59.999999Z") and listed[10].created_at.endswith("00.000000Z")
    assert len({i.id for i in listed}) == 40


def test_the_keys_of_stored_records_are_those_of_the_whole_records(vault):
    """The likely-duplicate check reads only the key's fields of the stored records: the
    keys are the ones whole records give, for every table, deleted records left out."""
    from accompdesk.domain.records import Person
    from accompdesk.exchange import duplicates

    from ..factories import fill_every_type

    ids = fill_every_type(vault)
    vault.persons.add(Person(full_name="Ana Pacheco Gómez"))
    gone = vault.persons.add(Person(full_name="Borrada Pérez"))
    vault.persons.delete(gone.id)
    compared = 0
    for table in duplicates.KEYS:
        if table not in ids:
            continue
        repo = vault.repo(table)
        whole = {}
        for stored in repo.list(with_links=False, order_by="created_at"):
            key = duplicates.key_of(stored)
            if key is not None:
                whole.setdefault(key, stored.id)
        assert duplicates.existing_keys(vault, table, [repo.get(ids[table])]) == whole, table
        assert whole, table
        compared += 1
    assert compared >= 10
    keys = duplicates.existing_keys(vault, "persons", [vault.persons.get(ids["persons"])])
    assert ("ana gomez pacheco",) in keys and not any("borrada" in k[0] for k in keys)
