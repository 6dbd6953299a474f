"""Every list opens with each column at least as wide as its name, in both languages:
the Spanish names are longer ("Vencimiento de la visa", "Movido a la papelera"), and
fixed widths made for the English ones cut them off."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QStyle, QTableView

from accompdesk.domain.records import Incident
from accompdesk.gui.common import i18n
from tests.gui.fixtures.window import qt_warnings_fail, private_settings, settings, session  # noqa: F401 - fixtures used by name


def cut_names(view: QTableView) -> dict[str, tuple[int, int]]:
    """Columns (but the last, which takes the rest) narrower than their name and margins,
    and the sort arrow on the sorted one."""
    header, model = view.horizontalHeader(), view.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    last = max(shown, key=header.visualIndex)
    cut = {}
    for i in shown:
        name = model.headerData(i, header.orientation())
        needed = header.fontMetrics().horizontalAdvance(name) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == i:
            needed += arrow + margin
        if i != last and header.sectionSize(i) < needed:
            cut[name] = (header.sectionSize(i), needed)
    return cut


def _shown(session, settings, qtbot, area):
    """The window unlocked on `area`, and that area's table."""
    from accompdesk.gui.main_window import MainWindow

    window = MainWindow(session, settings, backoff=lambda _n: 0)
    qtbot.addWidget(window)
    window.show()
    window._on_unlocked()
    window.show_area(area)
    view = window.workspace.view(area).findChild(QTableView)
    return window, view


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("area", ["persons", "organisations", "incidents", "volunteers", "alerts", "trash"])
def test_no_column_name_is_cut_off(vault, session, settings, qtbot, area, language):
    gone = vault.incidents.add(Incident(summary="Amenaza", occurred_on=dt.date(2026, 3, 5), kind="threat"))
    vault.incidents.delete(gone.id)
    i18n.install(language)
    window, view = _shown(session, settings, qtbot, area)
    assert cut_names(view) == {}


@pytest.mark.parametrize("area", ["persons", "volunteers", "alerts"])
def test_widths_kept_in_english_widen_to_the_spanish_names(vault, session, settings, qtbot, area):
    """Widths remembered while the window spoke English are restored after a switch to
    Spanish; those narrower than their Spanish names grow, one the person widened stays."""
    i18n.install("en")
    window, view = _shown(session, settings, qtbot, area)
    header = view.horizontalHeader()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    widened = shown[0]
    header.resizeSection(widened, 400)
    window.change_language("es")
    view = window.workspace.view(area).findChild(QTableView)
    assert cut_names(view) == {}
    assert view.horizontalHeader().sectionSize(widened) == 400
