"""Charts: drawn once with matplotlib to PNG, then placed alike in Word and PDF.

Printed in black and white, colours vanish: series differ by grey level and hatching.
Labels come from the vocabularies and month names only, never from free text, so a
chart can carry no name that the withheld-name scan would not see.
"""

from __future__ import annotations

import io

from . import fonts

DPI = 200
_GREYS = ["#202020", "#f0f0f0", "#808080", "#ffffff", "#b0b0b0", "#505050"]
_HATCHES = ["", "///", "", "...", "xxx", "\\\\\\"]


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
    plt.rcParams.update({"font.family": "Noto Sans", "font.size": 8, "axes.edgecolor": "black",
                         "hatch.linewidth": 0.6, "svg.fonttype": "none",
                         "pdf.fonttype": 42, "axes.spines.top": False, "axes.spines.right": False})
    return plt


def _png(fig) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, bbox_inches="tight", facecolor="white",
                metadata={"Software": "AccompDesk"})
    return out.getvalue()


def stacked_by_month(months: list[str], series: dict[str, list[int]], title: str = "",
                     width_cm: float = 16, height_cm: float = 7.5) -> bytes:
    """Bars per month, stacked by kind (at most six series; the caller groups the rest)."""
    # The title goes in the document's caption, where the redactor and scan read it.
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54))
    try:
        bottoms = [0] * len(months)
        positions = list(range(len(months)))
        for i, (label, values) in enumerate(series.items()):
            ax.bar(positions, values, bottom=bottoms, label=label, color=_GREYS[i % 6],
                   hatch=_HATCHES[i % 6], edgecolor="black", linewidth=0.5, width=0.75)
            bottoms = [b + v for b, v in zip(bottoms, values)]
        ax.set_xticks(positions)
        step = max(1, len(months) // 12)
        ax.set_xticklabels([m if i % step == 0 else "" for i, m in enumerate(months)],
                           rotation=45, ha="right")
        ax.yaxis.grid(True, color="#c0c0c0", linewidth=0.4)
        ax.set_axisbelow(True)
        if series:
            ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return _png(fig)
    finally:
        plt.close(fig)


def horizontal_bars(labels: list[str], values: list[int], title: str = "",
                    width_cm: float = 16, height_cm: float | None = None) -> bytes:
    plt = _pyplot()
    height_cm = height_cm or max(4.0, 1.0 + 0.6 * len(labels))
    fig, ax = plt.subplots(figsize=(width_cm / 2.54, height_cm / 2.54))
    try:
        positions = list(range(len(labels)))[::-1]
        bars = ax.barh(positions, values, color="#707070", edgecolor="black", linewidth=0.5, height=0.65)
        ax.set_yticks(positions)
        ax.set_yticklabels(labels)
        for bar, value in zip(bars, values):
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value}",
                    va="center", fontsize=7)
        ax.xaxis.grid(True, color="#c0c0c0", linewidth=0.4)
        ax.set_axisbelow(True)
        return _png(fig)
    finally:
        plt.close(fig)


def png_size_cm(png: bytes) -> tuple[float, float]:
    """Width and height of a PNG at the print resolution it was drawn for."""
    import struct

    width, height = struct.unpack(">II", png[16:24])
    return width / DPI * 2.54, height / DPI * 2.54
