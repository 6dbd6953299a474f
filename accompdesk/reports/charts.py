"""Charts: drawn once with matplotlib, as SVG for the PDF (vectors) and PNG for Word.

Printed in black and white, colours vanish: series differ by grey level and stripes.
Every chart carries its title and axis titles; the document's caption under it carries
the source line. Labels come from the vocabularies, region names and month names only,
never from free text about people, and the alt text repeats them for a screen reader.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable

from . import fonts

DPI = 200
# Series are told apart by grey and by stripes drawn as plain lines: svglib, which brings
# the SVG into the PDF, draws no pattern fill (a hatched bar arrives empty). Four greys far
# apart in lightness (CIE L*), each plain and then striped, make eight styles; two plain
# series, or two striped ones, differ by at least 25 in L*. The first series (the gravest
# kind) is the darkest, and stacked neighbours stand far apart.
_TONES = {"black": 10.0, "dark": 48.0, "light": 74.0, "white": 100.0}  # L*
# (tone, striped) of each series in order, for a chart of up to eight.
_STYLES = [("black", False), ("white", False), ("dark", False), ("white", True),
           ("light", False), ("black", True), ("light", True), ("dark", True)]
STYLES_MAX = len(_STYLES)


@dataclass(frozen=True)
class SeriesStyle:
    fill: str
    stripes: str  # the colour of its vertical stripes; "" for none


def lightness(colour: str) -> float:
    """CIE L* (0 black, 100 white) of an sRGB colour written '#rrggbb'."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return 116 * y ** (1 / 3) - 16 if y > (6 / 29) ** 3 else y * (29 / 3) ** 3


def _grey(l_star: float) -> str:
    y = ((l_star + 16) / 116) ** 3 if l_star > 8 else l_star / (29 / 3) ** 3
    v = 12.92 * y if y <= 0.0031308 else 1.055 * y ** (1 / 2.4) - 0.055
    level = max(0, min(255, round(v * 255)))
    return f"#{level:02x}{level:02x}{level:02x}"


def series_styles(count: int) -> list[SeriesStyle]:
    """The look of each of `count` series, in the series' order (past STYLES_MAX, again
    from the first: callers group the rest before that)."""
    out = []
    for tone, striped in (_STYLES[i % STYLES_MAX] for i in range(count)):
        level = _TONES[tone]
        # Stripes contrast with the fill: white on the dark tones, black on the light ones.
        out.append(SeriesStyle(_grey(level), ("#ffffff" if level < 50 else "#000000") if striped else ""))
    return out


_STRIPES = (-0.25, -0.125, 0.0, 0.125, 0.25)  # in a bar 0.75 wide, from its middle


@dataclass
class Chart:
    png: Callable[[], bytes]  # each drawn when asked for
    svg: Callable[[], bytes]
    size_cm: tuple[float, float]
    alt: str


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    folder = fonts.fonts_dir()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        path = str(folder / name)
        if path not in {f.fname for f in font_manager.fontManager.ttflist}:
            font_manager.fontManager.addfont(path)
    # Text as text in the SVG: svglib draws it in the PDF's own embedded Noto Sans, far faster than outlines.
    plt.rcParams.update({"font.family": "Noto Sans", "font.size": 8, "axes.edgecolor": "black",
                         "hatch.linewidth": 0.6, "svg.fonttype": "none", "svg.hashsalt": "accompdesk",
                         "pdf.fonttype": 42, "axes.spines.top": False, "axes.spines.right": False,
                         "axes.titlesize": 9, "axes.titleweight": "bold", "axes.labelsize": 8})
    return plt


class _Lazy:
    """One format of the chart, drawn the first time a renderer asks for it: the PDF takes
    the SVG, Word the bitmap, and neither pays for the other."""

    def __init__(self, build, fmt: str):
        self.build = build
        self.fmt = fmt
        self.data = b""

    def __call__(self) -> bytes:
        if not self.data:
            plt = _pyplot()
            fig = self.build(plt)
            try:
                out = io.BytesIO()
                if self.fmt == "png":
                    # The fastest deflate: a chart of flat greys barely shrinks further.
                    fig.savefig(out, format="png", dpi=DPI, facecolor="white",
                                metadata={"Software": "AccompDesk"}, pil_kwargs={"compress_level": 1})
                else:
                    fig.savefig(out, format="svg", facecolor="white",
                                metadata={"Creator": "AccompDesk", "Date": None})
                self.data = out.getvalue()
            finally:
                plt.close(fig)
        return self.data


def _finish(build, alt: str, width_cm: float, height_cm: float) -> Chart:
    # The figure keeps the size it is given (measured margins fit the labels inside),
    # so the size is known before anything is drawn.
    return Chart(_Lazy(build, "png"), _Lazy(build, "svg"), (width_cm, height_cm), alt)


def stacked_by_month(months: list[str], series: dict[str, list[int]], title: str = "",
                     xlabel: str = "", ylabel: str = "", width_cm: float = 16,
                     height_cm: float = 7.5) -> Chart:
    """Bars per month, stacked by kind (at most STYLES_MAX series; the caller groups the rest)."""
    def build(plt):
        fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54))
        from matplotlib.collections import LineCollection
        from matplotlib.legend_handler import HandlerTuple
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        bottoms = [0] * len(months)
        positions = list(range(len(months)))
        styles = series_styles(len(series))
        handles = []
        for style, (label, values) in zip(styles, series.items()):
            ax.bar(positions, values, bottom=bottoms, color=style.fill, edgecolor="black", linewidth=0.5,
                   width=0.75)
            key = Patch(facecolor=style.fill, edgecolor="black", linewidth=0.5)
            if style.stripes:
                # Plain lines, not a hatch: they reach the PDF's vectors.
                ax.add_collection(LineCollection(
                    [[(x + dx, b), (x + dx, b + v)] for x, b, v in zip(positions, bottoms, values) if v
                     for dx in _STRIPES], colors=style.stripes, linewidths=0.6))
                handles.append(((key, Line2D([], [], linestyle="none", marker="|", markersize=5,
                                             markeredgewidth=0.6, color=style.stripes)), label))
            else:
                handles.append((key, label))
            bottoms = [b + v for b, v in zip(bottoms, values)]
        ax.set_xticks(positions)
        step = max(1, len(months) // 12)
        ax.set_xticklabels([m if i % step == 0 else "" for i, m in enumerate(months)],
                           rotation=45, ha="right")
        ax.yaxis.grid(True, color="#c0c0c0", linewidth=0.4)
        ax.set_axisbelow(True)
        _titles(ax, title, xlabel, ylabel)
        if series:
            ax.legend([h for h, _label in handles], [label for _h, label in handles], fontsize=7,
                      frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), numpoints=4,
                      handler_map={tuple: HandlerTuple(ndivide=1, pad=0)})
        shown = [m for m in ax.get_xticklabels() if m.get_text()]
        widest_month = max((_inches(m.get_text(), 8) for m in shown), default=0.0)
        first_month = _inches(shown[0].get_text(), 8) if shown else 0.0
        top_value = max((sum(v) for v in zip(*series.values())), default=0)
        left = _line(8) + _SPACE + _inches(f"{top_value * 1.1:.0f}", 8) + _TICK
        _place(fig, left=max(left, _DIAGONAL * first_month - 0.1),
               right=_legend_width(list(series), 7),
               bottom=_DIAGONAL * (widest_month + _line(8)) + _TICK + _line(8) + _SPACE,
               top=_line(9) + _TITLE_PAD)
        return fig

    totals = ", ".join(f"{label} {sum(values)}" for label, values in series.items())
    alt = f"{title}: {months[0]} – {months[-1]}; {totals}." if months else title
    return _finish(build, alt, width_cm, height_cm)


def paired_bars(labels: list[str], now: list[int], before: list[int], legend: tuple[str, str],
                title: str = "", xlabel: str = "", width_cm: float = 16) -> Chart:
    """Two bars per label: this period (dark) against the previous one (light)."""
    height_cm = max(4.5, 1.6 + 0.7 * len(labels))

    def build(plt):
        fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54))
        positions = list(range(len(labels)))[::-1]
        ax.barh([p + 0.2 for p in positions], now, height=0.38, color="#404040", edgecolor="black",
                linewidth=0.5, label=legend[0])
        ax.barh([p - 0.2 for p in positions], before, height=0.38, color="#e6e6e6",
                edgecolor="black", linewidth=0.5, label=legend[1])
        ax.set_yticks(positions)
        ax.set_yticklabels(labels)
        ax.xaxis.grid(True, color="#c0c0c0", linewidth=0.4)
        ax.set_axisbelow(True)
        _titles(ax, title, xlabel, "")
        ax.legend(fontsize=7, frameon=False, loc="lower right")
        _place(fig, left=_widest(labels, 8) + _TICK, right=0.2,
               bottom=_line(8) + _TICK + _line(8) + _SPACE, top=_line(9) + _TITLE_PAD)
        return fig

    alt = f"{title}: " + "; ".join(f"{label} {a} ({b})" for label, a, b in zip(labels, now, before)) + "."
    return _finish(build, alt, width_cm, height_cm)


def horizontal_bars(labels: list[str], values: list[int], title: str = "", xlabel: str = "",
                    width_cm: float = 16, height_cm: float | None = None) -> Chart:
    height_cm = height_cm or max(4.0, 1.6 + 0.6 * len(labels))

    def build(plt):
        fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54))
        positions = list(range(len(labels)))[::-1]
        bars = ax.barh(positions, values, color="#707070", edgecolor="black", linewidth=0.5, height=0.65)
        ax.set_yticks(positions)
        ax.set_yticklabels(labels)
        for bar, value in zip(bars, values):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value}",
                    va="center", fontsize=7)
        ax.xaxis.grid(True, color="#c0c0c0", linewidth=0.4)
        ax.set_axisbelow(True)
        _titles(ax, title, xlabel, "")
        _place(fig, left=_widest(labels, 8) + _TICK, right=_widest([f" {v}" for v in values], 7) + 0.1,
               bottom=_line(8) + _TICK + _line(8) + _SPACE, top=_line(9) + _TITLE_PAD)
        return fig

    alt = f"{title}: " + "; ".join(f"{label} {value}" for label, value in zip(labels, values)) + "."
    return _finish(build, alt, width_cm, height_cm)


# Margins are measured, not searched for: matplotlib's constrained layout draws every
# label once more to find its extent, which cost a third of each chart's time. The chart's
# text is Noto Sans, whose widths reportlab knows.
_TICK = 0.14  # inches: tick mark, its pad and a hair
_SPACE = 0.06
_TITLE_PAD = 0.14
_DIAGONAL = 0.7072  # month labels at 45 degrees


def _inches(text: str, size: float, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, fonts.face(fonts.MAIN, bold=bold), size) / 72


def _widest(texts: list[str], size: float) -> float:
    return max((_inches(t, size) for t in texts), default=0.0)


def _line(size: float) -> float:
    return size * 1.25 / 72


def _legend_width(labels: list[str], size: float) -> float:
    # matplotlib's legend: handle 2 em, its pad 0.8 em, border pads 0.5 em each side.
    return (3.8 * size / 72 + _widest(labels, size)) if labels else 0.15


def _place(fig, *, left: float, right: float, bottom: float, top: float) -> None:
    """The axes inside margins given in inches."""
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=min(left / width, 0.6), right=max(1 - right / width, 0.65),
                        bottom=min(bottom / height, 0.6), top=max(1 - top / height, 0.65))


def _titles(ax, title: str, xlabel: str, ylabel: str) -> None:
    if title:
        ax.set_title(title, loc="left")
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)


def png_size_cm(png: bytes) -> tuple[float, float]:
    """Width and height of a PNG at the print resolution it was drawn for."""
    import struct

    width, height = struct.unpack(">II", png[16:24])
    return width / DPI * 2.54, height / DPI * 2.54
