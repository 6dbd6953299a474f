"""Column widths that never break a header inside a word ("Severit/y")."""

from __future__ import annotations


def fit_widths(header: list[str], widths: list[float], font: str, size: float, padding: float) -> list[float]:
    """The widths (points) with each column at least as wide as its header's longest word.

    What a narrow column needs is taken from the columns with room to spare, in
    proportion to that room; if there is not enough room anywhere, the widths stay."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    need = [max([stringWidth(w, font, size) for w in h.split()] or [0]) + 2 * padding + 1 for h in header]
    short = sum(max(0.0, n - w) for n, w in zip(need, widths))
    if short <= 0:
        return list(widths)
    spare = [max(0.0, w - n) for n, w in zip(need, widths)]
    room = sum(spare)
    if room < short:
        return list(widths)
    return [max(w, n) if n > w else w - short * s / room for n, w, s in zip(need, widths, spare)]
