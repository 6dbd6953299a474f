"""The user guide shipped with the program (accompdesk/resources/guide), in English and
Spanish, shown from Help."""

from __future__ import annotations

from ...resources import guide_dir


def guide_text(language: str) -> str:
    """The guide in Markdown, in `language` where there is one, else in English."""
    folder = guide_dir()
    for name in (f"guide.{language}.md", "guide.en.md"):
        page = folder / name
        if page.is_file():
            return page.read_text(encoding="utf-8")
    return ""
