"""The office window: time to the unlock window against a bare PySide6 window, and the
incident list over the demo vault (first page, deep scroll, sort, filters, search)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time

from .harness import Figure, median, p95, timed
from . import vaults

BARE_WINDOW = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1180, 760); w.show()
QTimer.singleShot(0, lambda: (print(json.dumps({"shown": True}), flush=True), app.exit(0)))
app.exec()
"""


def _time_child(args: list[str], env: dict) -> float:
    """Seconds from starting a new Python process to its first window being on screen."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    for line in proc.stdout:
        if '"shown"' in line:
            elapsed = time.perf_counter() - start
            proc.wait(30)
            return elapsed
    proc.wait(30)
    raise RuntimeError(f"{args} never showed a window")


def window_start(scale: int, repeat: int) -> list[Figure]:
    path, _ = vaults.ensure(scale)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   ACCOMPDESK_SETTINGS=os.path.join(folder, "settings.ini"))
        bare, ours = [], []
        for _ in range(repeat + 1):  # alternate, so both see the same disk cache and load
            bare.append(_time_child(["-c", BARE_WINDOW], env))
            ours.append(_time_child(["-m", "accompdesk.app", "--startup-probe", "--vault", path], env))
        bare, ours = bare[1:], ours[1:]
    return [Figure("window: launch to unlock window", median(ours), "s", median(bare), "bare QMainWindow",
                   p95=p95(ours), target="<= 1.5x", met=median(ours) <= 1.5 * median(bare),
                   note="new process each time; pandas, matplotlib, reportlab, docx not loaded")]


# The peak resident set since exec: ru_maxrss would keep the forking parent's peak.
PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

UNLOCK_CHILD = PEAK + """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import accompdesk.gui  # noqa: F401
from accompdesk.gui.main_window import MainWindow
from accompdesk.gui.session import Session
from accompdesk.gui.common.settings import open_settings
from accompdesk.vault.store import Vault
path, passphrase, scroll = sys.argv[1], sys.argv[2], sys.argv[3] == "scroll"
session = Session(path)
window = MainWindow(session, open_settings())
window.resize(1280, 800)
window.show()
app.processEvents()
start = time.perf_counter()
vault = Vault.open(path, passphrase=passphrase)
session.unlock_with(vault)
window.show_area("incidents")
app.processEvents()
unlocked = time.perf_counter() - start
if scroll:
    from PySide6.QtWidgets import QTableView
    for view in window.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 1000:
            for fraction in (0.25, 0.5, 0.75, 1.0):
                view.scrollTo(view.model().index(int(view.model().rowCount() * fraction) - 1, 0))
                app.processEvents()
print(json.dumps({"unlocked": unlocked, "rss_mb": peak_mb()}), flush=True)
"""

BARE_RSS = PEAK + """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(json.dumps({"rss_mb": peak_mb()}), flush=True)
"""


def _child_json(args: list[str], env: dict) -> dict:
    import json
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no result from {args[:2]}: {out.stderr[-400:]}")


def unlock_and_memory(scale: int, repeat: int) -> list[Figure]:
    from accompdesk.vault.keyslots import SlotFile

    path, _ = vaults.ensure(scale)
    slot = SlotFile.load(path + ".keys").slots[0]
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   ACCOMPDESK_SETTINGS=os.path.join(folder, "settings.ini"))
        unlocks = [_child_json(["-c", UNLOCK_CHILD, path, vaults.PASSPHRASE, "no"], env)["unlocked"]
                   for _ in range(max(3, repeat // 2))]
        memory = [_child_json(["-c", UNLOCK_CHILD, path, vaults.PASSPHRASE, "scroll"], env)["rss_mb"]
                  for _ in range(2)]
        bare = [_child_json(["-c", BARE_RSS], env)["rss_mb"] for _ in range(2)]
    kdf = timed(lambda: slot.kdf.derive(vaults.PASSPHRASE), repeat=3)
    return [Figure(f"unlock: passphrase to main window with the incident list ({scale:,})", median(unlocks), "s",
                   median(kdf), "Argon2id of the slot alone", target="<= Argon2id + 0.3 s",
                   met=median(unlocks) <= median(kdf) + 0.3,
                   note=f"{median(unlocks) - median(kdf):+.2f} s beyond Argon2id"),
            Figure(f"memory: window with {scale:,} incidents listed and scrolled", max(memory), "MB",
                   median(bare), "bare QMainWindow", target="<= 250 MB", met=max(memory) <= 250,
                   note="peak resident set")]


def incident_list(scale: int, repeat: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - models need one
    import accompdesk.gui  # noqa: F401 - applies the PySide6 6.12 guard
    from accompdesk.gui.common.models.columns import IncidentColumns
    from accompdesk.gui.common.models.record_table import Query, RecordTableModel
    from accompdesk.gui.common.models.sort_proxy import SqlSortProxy
    from accompdesk.vault.store import Vault

    path, _ = vaults.ensure(scale)
    vault = Vault.open(path, passphrase=vaults.PASSPHRASE)
    figures = []
    try:
        repo = vault.incidents
        # Baseline: one page straight from the repository, no model.
        base = median(timed(lambda: repo.list(order_by="occurred_on", descending=True, limit=200,
                                               with_links=False), repeat=repeat))

        def opened():
            model = RecordTableModel(vault, "incidents")
            model.index(0, IncidentColumns.SUMMARY).data()
            return model

        model = opened()
        count = model.rowCount()
        proxy = SqlSortProxy()
        proxy.setSourceModel(model)

        def add(name, fn, target_s=0.1):
            samples = timed(fn, repeat=repeat)
            figures.append(Figure(f"list: {name}", median(samples) * 1000, "ms", base * 1000,
                                  "repository page of 200",
                                  p95=p95(samples) * 1000, target=f"<= {target_s * 1000:.0f} ms",
                                  met=median(samples) <= target_s,
                                  note=f"{count:,} incidents"))

        add("open (count + first page)", opened, 0.3)
        middle, last = count // 2, count - 1

        def deep_scroll():
            model._pages.clear()
            model.index(middle, IncidentColumns.SUMMARY).data()
            model.index(last, IncidentColumns.SUMMARY).data()
        add("scroll to middle and end (2 pages)", deep_scroll, 0.3)

        def sort_by(column, order):
            def run():
                proxy.sort(column, order)
                proxy.index(0, IncidentColumns.SUMMARY).data()
            return run
        add("sort by summary (first page)", sort_by(IncidentColumns.SUMMARY, Qt.SortOrder.AscendingOrder), 0.3)
        add("sort by date again (first page)", sort_by(IncidentColumns.DATE, Qt.SortOrder.DescendingOrder), 0.3)

        def filtered(query):
            def run():
                model.set_query(query)
                model.index(0, IncidentColumns.SUMMARY).data()
            return run
        year = dt.date.today().year
        # The target for filtering and search as you type: 50 ms.
        add("filter kind = threat", filtered(Query(filters={"kind": "threat"})), 0.05)
        add("filter kind + severity + one year", filtered(Query(
            filters={"kind": "threat", "severity": "high"},
            ranges={"occurred_on": (dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31))})), 0.05)
        add("search as you type: 'am' (two letters)", filtered(Query(text="am")), 0.05)
        add("search as you type: a name, 'rub'", filtered(Query(text="rub")), 0.05)
        add("search as you type: 'amenaza'", filtered(Query(text="amenaza")), 0.05)
        add("search as you type: 'amenaza vereda'", filtered(Query(text="amenaza vereda")), 0.05)
        model.set_query(Query())
    finally:
        vault.close()
    return figures


BENCHMARKS = {
    "window-start": lambda a: window_start(a.scale, min(a.repeat, 5)),
    "list": lambda a: incident_list(a.scale, a.repeat),
    "unlock-window": lambda a: unlock_and_memory(a.scale, a.repeat),
}
