"""The user guide shipped with the program, in English and Spanish, shown from Help."""

from __future__ import annotations

from importlib import resources


def guide_text(language: str) -> str:
    """The guide in Markdown, in `language` where there is one, else in English."""
    folder = resources.files(__name__)
    for name in (f"guide.{language}.md", "guide.en.md"):
        page = folder / name
        if page.is_file():
            return page.read_text(encoding="utf-8")
    return ""
