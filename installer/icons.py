"""The program's icon in the usual sizes, drawn at build time from accompdesk/resources/icons/app.svg.

    python installer/icons.py OUT_DIR

writes OUT_DIR/hicolor/NxN/apps/accompdesk.png (the freedesktop icon theme layout, for
the .desktop entry) and OUT_DIR/accompdesk.ico (for Windows: the executable, the
installer and the Start-menu entry).

app.svg is a line drawing in `currentColor` (the window recolours it to the palette);
a desktop icon has no palette, so it is drawn in white on a rounded blue square, which
reads on light and dark panels alike.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "accompdesk" / "resources" / "icons" / "app.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BACKGROUND = "#1f4e79"
FOREGROUND = "#ffffff"
NAME = "accompdesk"


def render(size: int, svg: Path = SVG):
    """A QImage of the icon, `size` pixels square."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    text = svg.read_text(encoding="utf-8").replace("currentColor", FOREGROUND)
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BACKGROUND))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    # Small sizes keep less margin, so the thin strokes stay visible.
    margin = size * (0.10 if size <= 24 else 0.14)
    renderer.render(painter, QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return image


def write_icons(out_dir: Path) -> list[Path]:
    """Every PNG size in the hicolor layout, and a Windows .ico; returns the files written."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(["icons"])  # noqa: F841 (QPainter needs it)
    out_dir = Path(out_dir)
    written = []
    for size in SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    written.append(write_ico(out_dir / f"{NAME}.ico"))
    return written


def write_ico(target: Path) -> Path:
    """A Windows icon with every size in it (Pillow writes .ico; matplotlib brings Pillow)."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    images = []
    for size in ICO_SIZES:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size).save(buffer, "PNG")
        images.append(Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA"))
    largest = images[-1]
    largest.save(str(target), format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=images[:-1])
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python installer/icons.py OUT_DIR")
    for path in write_icons(Path(sys.argv[1])):
        print(path)
