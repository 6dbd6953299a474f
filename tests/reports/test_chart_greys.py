"""Charts printed in black and white: every series of a chart must be told from every other
by its grey or its stripes (the PDF's vectors carry no hatch pattern)."""

from __future__ import annotations

import itertools
import re

import pytest

from accompdesk.domain import vocab as V
from accompdesk.reports import charts
from accompdesk.reports.briefing import CHART_KINDS, month_series

# CIE L* between two plain greys of one chart: what a black-and-white print tells apart.
MIN_STEP = 25


def lightness(colour: str) -> float:
    """CIE L* of '#rrggbb', worked out here rather than trusted to the module under test."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def _month_chart(language: str):
    import pandas as pd

    # Every kind in two months: the chart has as many series as it ever has.
    kinds = [k for k in V.INCIDENT_KIND.codes for _ in range(2)]
    frame = pd.DataFrame({"kind": kinds, "month": ["2026-01", "2026-02"] * len(V.INCIDENT_KIND.codes)})
    months, series = month_series(frame, language)
    return series, charts.stacked_by_month(months, series, "Incidents by month and kind")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_month_chart_draws_greys_a_print_tells_apart(language):
    """'Other kinds' (#363636) and 'Sexual violence' (#5a5a5a) printed like 'Killing' (#111),
    so a month read as if killings dominated; 'Torture' (#f4f4f4) and 'Surveillance' (#fff)
    were one grey."""
    series, chart = _month_chart(language)
    assert len(series) == CHART_KINDS + 1
    svg = chart.svg().decode()
    # The bars' fills (outlined in black) and the stripes drawn over some of them as lines.
    fills = set(re.findall(r"fill: (#[0-9a-f]{6}); stroke: #000000; stroke-width: 0\.5", svg))
    stripes = re.findall(r'<g id="LineCollection_\d+">', svg)
    steps = sorted((abs(lightness(a) - lightness(b)), a, b) for a, b in itertools.combinations(fills, 2))
    assert steps[0][0] >= MIN_STEP, steps[:3]
    # Every series has a look of its own: a grey, or a grey with stripes.
    assert len(fills) + len(stripes) >= len(series)


@pytest.mark.parametrize("count", range(1, 9))
def test_any_two_series_differ_in_grey_or_in_stripes(count):
    styles = charts.series_styles(count)
    assert len(set(styles)) == count
    for a, b in itertools.combinations(styles, 2):
        if bool(a.stripes) == bool(b.stripes):
            assert abs(lightness(a.fill) - lightness(b.fill)) >= MIN_STEP, (a, b)
    # Stripes stand out from the grey under them.
    assert all(abs(lightness(s.stripes) - lightness(s.fill)) >= 50 for s in styles if s.stripes)
    # The first series, the gravest kind, is the darkest; stacked neighbours stand far apart.
    assert lightness(styles[0].fill) == min(lightness(s.fill) for s in styles)
    assert all(abs(lightness(a.fill) - lightness(b.fill)) >= MIN_STEP or bool(a.stripes) != bool(b.stripes)
               for a, b in zip(styles, styles[1:]))


def test_the_briefing_never_asks_for_more_series_than_there_are_styles():
    # Eight: as many as the chart was always said to take.
    assert CHART_KINDS + 1 <= charts.STYLES_MAX == 8


def test_lightness_is_cie_l_star():
    for colour, expected in (("#000000", 0), ("#ffffff", 100), ("#777777", 50.0), ("#1b1b1b", 10.0)):
        assert lightness(colour) == pytest.approx(expected, abs=0.5)
        assert charts.lightness(colour) == pytest.approx(lightness(colour))
