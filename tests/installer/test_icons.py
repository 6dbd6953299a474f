"""The program's icon, drawn from accompdesk/resources/icons/app.svg in every size."""

from __future__ import annotations

from PIL import Image

from .helpers import load

icons = load("icons")


def test_every_size_and_the_windows_icon(qapp, tmp_path):
    written = icons.write_icons(tmp_path)
    for size in icons.SIZES:
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "accompdesk.png"
        assert png in written
        with Image.open(png) as image:
            assert image.size == (size, size)
            assert image.mode == "RGBA"
            # The corner is transparent (rounded square), the middle is drawn.
            assert image.getpixel((0, 0))[3] < 64
            assert image.getpixel((size // 2, size // 2))[3] == 255
    with Image.open(tmp_path / "accompdesk.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in icons.ICO_SIZES}
