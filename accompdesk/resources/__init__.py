"""Icons, fonts, translations, Designer forms and the user guide, shipped inside the package.

Found beside this module (or else through importlib.resources), so the same call works
in the source tree, in an installed wheel and in the PyInstaller bundle (which collects this folder as
`accompdesk/resources`). The window, the reports and the self-test all ask here;
`ACCOMPDESK_RESOURCES` points at another folder of the same shape (tests use it to
try a copy with a file missing).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def _candidates() -> list[Path]:
    found = []
    override = os.environ.get("ACCOMPDESK_RESOURCES")
    if override:
        found.append(Path(override))
    # Qt and reportlab need real file names: the package is always unpacked on disk
    # (pip, the source tree and PyInstaller all lay it out as files), so this module's own
    # folder is it; importlib.resources (slower to load, before the unlock window) is asked
    # only if that folder is not there.
    found.append(Path(__file__).parent)
    if not (found[-1] / "icons").is_dir():
        from importlib.resources import files

        found.append(Path(str(files(__name__))))
    return found


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("AccompDesk cannot find its icons and translations "
                            f"(looked in {', '.join(str(c) for c in _candidates())}); reinstall AccompDesk.")


def icon_file(name: str) -> Path:
    return resource_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return resource_dir() / "translations"


def fonts_dir() -> Path:
    return resource_dir() / "fonts"


def forms_dir() -> Path:
    """The Designer .ui files the window's forms are compiled from."""
    return resource_dir() / "forms"


def labels_dir() -> Path:
    """The catalogue of document and domain labels: <language>.po and its compiled .mo."""
    return resource_dir() / "labels"


def guide_dir() -> Path:
    """The user guide, one Markdown file per language (guide.<lang>.md)."""
    return resource_dir() / "guide"
