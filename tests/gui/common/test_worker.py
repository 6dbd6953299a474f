"""The one Worker: signals from Qt's pool threads arrive in the GUI thread, in order."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread

import accompdesk.gui
from accompdesk.gui.common.worker import Handover, Worker, percent

STEPS = 50


def _gui_thread() -> QThread:
    return QCoreApplication.instance().thread()


def test_two_hundred_workers_reporting_fast_deliver_everything_in_order_in_the_gui_thread(qtbot):
    seen: dict[int, list[tuple[str, int, int]]] = {}
    outcomes: dict[int, object] = {}
    wrong_thread: list[int] = []
    workers = []
    for n in range(200):
        seen[n] = []

        def run(report, n=n):
            for i in range(STEPS):
                report(f"phase {n}", i + 1, STEPS)
            return n * 2

        holder: dict = {}
        worker = Worker(lambda holder=holder, run=run: run(holder["report"]))
        holder["report"] = worker._progress  # the same path an own-vault job's `progress` takes

        def on_progress(phase, done, total, n=n):
            if QThread.currentThread() is not _gui_thread():
                wrong_thread.append(n)
            seen[n].append((phase, done, total))

        def on_done(value, n=n):
            if QThread.currentThread() is not _gui_thread():
                wrong_thread.append(n)
            outcomes[n] = value

        worker.progressed.connect(on_progress)
        worker.succeeded.connect(on_done)
        worker.failed.connect(lambda exc, n=n: outcomes.__setitem__(n, exc))
        workers.append(worker)
    for worker in workers:
        worker.start()
    for worker in workers:
        assert worker.wait(60)
    qtbot.waitUntil(lambda: len(outcomes) == 200, timeout=60_000)

    assert wrong_thread == []
    assert outcomes == {n: n * 2 for n in range(200)}
    for n in range(200):
        assert seen[n] == [(f"phase {n}", i + 1, STEPS) for i in range(STEPS)]
    assert all(not worker.running() for worker in workers)
    assert threading.active_count() < 50  # pool threads, not one Python thread per worker


def _in_gui_thread() -> bool:
    return QThread.currentThread() is _gui_thread()


def _write_audit_until_cancelled(vault, progress, cancelled, started: threading.Event):
    """An own-vault job that changes the vault inside its transaction and stops only when cancelled."""
    with vault.transaction():
        for n in range(10_000):
            vault.record_audit("note", "vault", "", f"written by a job {n}")
            progress("writing", n + 1, 10_000)
            if n == 5:
                started.set()
            if cancelled():
                raise RuntimeError("cancelled")
            started.wait(0.001)
    return "not cancelled"


def test_cancelling_a_job_on_its_own_vault_leaves_the_vault_unchanged(vault, qtbot):
    from tests.exchange.helpers import vault_state

    before = vault_state(vault)
    started = threading.Event()
    worker = Worker(lambda v, progress, cancelled: _write_audit_until_cancelled(v, progress, cancelled, started),
                    own_vault=vault)
    with qtbot.waitSignal(worker.failed, timeout=60_000) as failed:
        worker.start()
        assert started.wait(60)
        assert worker.running()
        worker.cancel()
    assert worker.cancelled and not worker.running()
    assert str(failed.args[0]) == "cancelled"
    assert vault_state(vault) == before
    assert vault.verify_audit()[0]


def test_stop_waits_for_the_rollback_and_emits_nothing_more(vault, qtbot):
    from tests.exchange.helpers import vault_state

    before = vault_state(vault)
    started = threading.Event()
    worker = Worker(lambda v, progress, cancelled: _write_audit_until_cancelled(v, progress, cancelled, started),
                    own_vault=vault)
    emitted: list = []
    worker.failed.connect(emitted.append)
    worker.succeeded.connect(emitted.append)
    worker.start()
    assert started.wait(60)
    worker.stop()
    assert vault_state(vault) == before
    qtbot.wait(50)  # let the queued outcome arrive, if it were going to be shown
    assert emitted == [] and not worker.running()


@pytest.mark.parametrize("error", [ValueError("a bad row"), OSError("disk full"), KeyError("office")])
def test_an_exception_in_the_job_reaches_failed_in_the_gui_thread(qtbot, error):
    def job():
        raise error
    worker = Worker(job)
    threads = []
    worker.failed.connect(lambda _exc: threads.append(_in_gui_thread()))
    with qtbot.waitSignal(worker.failed, timeout=60_000) as failed, \
            qtbot.assertNotEmitted(worker.succeeded):
        worker.start()
    assert failed.args[0] is error
    assert threads == [True]
    assert worker.done


def test_an_own_vault_job_reports_progress_and_its_result_on_a_connection_of_its_own(vault, qtbot):
    def job(v, progress, cancelled):
        for n in range(3):
            progress("counting", n + 1, 3)
        return (v is not vault, v.user, v.role, cancelled())
    worker = Worker(job, own_vault=vault)
    seen = []
    worker.progressed.connect(lambda *args: seen.append((args, _in_gui_thread())))
    with qtbot.waitSignal(worker.succeeded, timeout=60_000) as done:
        worker.start()
    assert done.args[0] == (True, vault.user, vault.role, False)
    assert seen == [((("counting", n + 1, 3)), True) for n in range(3)]


@pytest.mark.parametrize("expected", [1000, 0])
def test_the_size_of_the_file_being_written_is_reported_as_progress(qtbot, tmp_path, expected):
    target = str(tmp_path / "backup.partial")
    seen_half = threading.Event()

    def job():
        with open(target, "wb") as f:
            f.write(b"x" * 500)
        seen_half.wait(60)
        return "written"
    worker = Worker(job, watch_file=lambda: target, expected_bytes=expected)
    seen = []

    def progressed(phase, done, total):
        seen.append((phase, done, total, _in_gui_thread()))
        if total == 0 or done == 500:
            seen_half.set()
    worker.progressed.connect(progressed)
    with qtbot.waitSignal(worker.succeeded, timeout=60_000):
        worker.start()
    assert seen_half.is_set()
    if expected:
        assert ("size", 500, 1000, True) in seen
        assert percent(500, 1000) == 50
    else:
        assert set(seen) == {("size", 0, 0, True)}
        assert percent(0, 0) == -1


def test_a_handover_reaches_the_gui_thread_and_the_work_goes_on_once_taken(qtbot):
    handover = Handover()
    steps = []

    def job():
        steps.append("before")
        handover.give("the new recovery key")
        steps.append("after")
        return "rekeyed"
    worker = Worker(job, handover=handover)
    threads = []
    worker.handed.connect(lambda _value: threads.append(_in_gui_thread()))
    with qtbot.waitSignal(worker.handed, timeout=60_000) as handed:
        worker.start()
    assert handed.args == ["the new recovery key"] and threads == [True]
    assert not worker.wait(0.2)  # the work waits for a person to keep the key
    assert steps == ["before"] and worker.running()
    with qtbot.waitSignal(worker.succeeded, timeout=60_000) as done:
        handover.taken()
    assert done.args == ["rekeyed"] and steps == ["before", "after"]


POLLING = re.compile(r"is_alive\(|isRunning\(|isFinished\(|threading\.Thread\(")


def test_no_window_module_polls_a_thread_with_a_timer():
    root = Path(accompdesk.gui.__file__).parent
    offenders = []
    for path in sorted(root.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "QTimer" in text and POLLING.search(text):
            offenders.append(str(path.relative_to(root)))
        if "threading.Thread(" in text:
            offenders.append(str(path.relative_to(root)))
    assert offenders == []
    assert "QTimer" not in (root / "common" / "worker.py").read_text(encoding="utf-8")
