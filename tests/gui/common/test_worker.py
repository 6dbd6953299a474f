"""The one Worker: signals from Qt's pool threads arrive in the GUI thread, in order."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from accompdesk.gui.common.worker import Worker

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
