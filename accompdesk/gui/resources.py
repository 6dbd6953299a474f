"""Where icons and translations are: in a PyInstaller bundle, an installed package,
or the source tree.

The source tree keeps them in the top-level `resources/` (DESIGN.md); an installed
wheel carries them as the `accompdesk/resources` package directory.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # accompdesk/


def _candidates() -> list[Path]:
    found = []
    override = os.environ.get("ACCOMPDESK_RESOURCES")
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(_PACKAGE_ROOT / "resources")
    found.append(_PACKAGE_ROOT.parent / "resources")
    return found


@lru_cache(maxsize=1)
def resource_dir() -> Path:
    for candidate in _candidates():
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError("AccompDesk cannot find its icons and translations "
                            f"(looked in {', '.join(str(c) for c in _candidates())}).")


def icon_file(name: str) -> Path:
    return resource_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return resource_dir() / "translations"
