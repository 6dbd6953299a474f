"""What the program says when something is wrong, each sentence under a stable code.

An error (`AccompDeskError`) or a problem with a field carries a code and named
arguments, not a finished sentence. Its English is made here from `ENGLISH`, so the
command line prints exactly what it printed before codes existed (office scripts read
those lines); the window asks `text(language)` and gets the sentence from the labels
catalogue (domain/catalogue.py, context "message"), with no parsing of English.

A `Message` is a `str` (the English sentence) that remembers its code and arguments,
so code that joins, compares or prints messages keeps working unchanged.
"""

from __future__ import annotations

from typing import Any

from . import catalogue

CONTEXT = "message"


class Message(str):
    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> "Message":
        self = super().__new__(cls, ENGLISH[code].format(**params))
        self.code = code
        self.params = params
        return self

    def __reduce__(self):
        return _rebuild, (self.code, self.params)

    def text(self, language: str = "en") -> str:
        """The sentence in `language`; arguments that are messages themselves follow it."""
        params = {k: v.text(language) if isinstance(v, Message) else v for k, v in self.params.items()}
        return catalogue.label(CONTEXT, ENGLISH[self.code], language).format(**params)


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


def text(message: str, language: str = "en") -> str:
    """A message in `language`; a plain string (from outside the program) as it is."""
    return message.text(language) if isinstance(message, Message) else message


class AccompDeskError(Exception):
    """An error the program expects and explains: `str()` is the English sentence."""

    def __init__(self, code: str, /, **params: Any):
        self.message = Message(code, **params)
        super().__init__(self.message)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params

    def text(self, language: str = "en") -> str:
        return self.message.text(language)


# code -> the English sentence, with {named} arguments (str.format; a literal brace is doubled).
ENGLISH: dict[str, str] = {
}
