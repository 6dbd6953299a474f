"""Field declarations: one description of each field drives validation, storage and CSV.

Record dataclasses declare their fields with the helpers below; the vault, the
canonical CSV and (later) the forms read the same `FieldSpec` from the dataclass
field's metadata, so a field is described once.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, TypeVar, cast

from . import catalogue
from .vocab import Vocabulary

_F = TypeVar("_F", bound=Callable[..., Any])


def cache_per_type(function: _F) -> _F:
    """functools.cache for a function of a record class, keeping its signature for the
    type checker, which takes a class of (unhashable) dataclasses for unhashable."""
    return cast(_F, functools.cache(function))


SHORT = 200
LONG = 20_000
# The audiences a field may reach, narrowest first (the codes of vocab.AUDIENCE).
INTERNAL, DIPLOMATIC, PUBLIC = "internal", "diplomatic", "public"


@dataclass(frozen=True)
class FieldSpec:
    kind: str  # text, vocab, date, datetime, link, links, bool, int
    label_en: str  # other languages come from the labels catalogue, context "field"
    required: bool = False
    max_len: int = SHORT
    multiline: bool = False
    vocab: Vocabulary | None = None
    target: str | None = None  # table a link points to
    role_field: str | None = None  # for links with a role: the parallel list of role codes
    past_only: bool = False  # a date that cannot lie in the future
    searchable: bool = False  # goes into the full-text index
    minimum: int | None = None
    maximum: int | None = None
    # The widest audience the field may reach (public, diplomatic, internal); None means
    # undeclared, and an undeclared field never leaves the office. See domain.disclosure.
    audience: str | None = None
    # What narrows it for one record: "consent" (the record's own consent level: names of
    # a person or organisation), "whereabouts" (internal when the record lies ahead or
    # its subject is withheld), or a table whose title field it follows ("volunteers":
    # a delegation is as wide as its members' names).
    rule: str | None = None

    CONTEXT: ClassVar[str] = "field"

    def label(self, language: str = "en") -> str:
        return catalogue.label(self.CONTEXT, self.label_en, language)

    @property
    def label_es(self) -> str:
        return self.label("es")

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary of a vocab or roles field; a field of another kind has none."""
        if self.vocab is None:
            raise TypeError(f"the field {self.label_en!r} has no vocabulary")
        return self.vocab


def _field(spec: FieldSpec, default: Any = None, factory: Any = None):
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata={"spec": spec})
    return dataclasses.field(default=default, metadata={"spec": spec})


# Every helper takes `audience` (the widest audience the field may reach) and `rule`
# (what narrows it for one record); see FieldSpec.

def text(en: str, *, required: bool = False, max_len: int = SHORT,
         multiline: bool = False, searchable: bool = False, audience: str | None = None,
         rule: str | None = None):
    return _field(FieldSpec("text", en, required=required, max_len=max_len,
                            multiline=multiline, searchable=searchable, audience=audience,
                            rule=rule), default="")


def vocab(en: str, vocabulary: Vocabulary, default: str | None, *, required: bool = True,
          audience: str | None = None, rule: str | None = None):
    return _field(FieldSpec("vocab", en, required=required, vocab=vocabulary, audience=audience,
                            rule=rule), default=default)


def date(en: str, *, required: bool = False, past_only: bool = False,
         audience: str | None = None, rule: str | None = None):
    return _field(FieldSpec("date", en, required=required, past_only=past_only,
                            audience=audience, rule=rule))


def datetime_(en: str, *, required: bool = False, past_only: bool = False,
              audience: str | None = None, rule: str | None = None):
    return _field(FieldSpec("datetime", en, required=required, past_only=past_only,
                            audience=audience, rule=rule))


def link(en: str, target: str, *, required: bool = False, audience: str | None = None,
         rule: str | None = None):
    return _field(FieldSpec("link", en, required=required, target=target, audience=audience,
                            rule=rule))


def links(en: str, target: str, *, role_field: str | None = None,
          audience: str | None = None, rule: str | None = None):
    return _field(FieldSpec("links", en, target=target, role_field=role_field,
                            audience=audience, rule=rule), factory=list)


def roles(en: str, vocabulary: Vocabulary, *, audience: str | None = None,
          rule: str | None = None):
    """Role codes parallel to a `links` field; stored in the same link table."""
    return _field(FieldSpec("roles", en, vocab=vocabulary, audience=audience, rule=rule),
                  factory=list)


def boolean(en: str, default: bool = False, *, audience: str | None = None,
            rule: str | None = None):
    return _field(FieldSpec("bool", en, audience=audience, rule=rule), default=default)


def integer(en: str, *, default: int | None = None, minimum: int | None = None,
            maximum: int | None = None, required: bool = False, audience: str | None = None,
            rule: str | None = None):
    return _field(FieldSpec("int", en, required=required, minimum=minimum, maximum=maximum,
                            audience=audience, rule=rule), default=default)


@cache_per_type
def specs(record_type: type) -> dict[str, FieldSpec]:
    """The declared (user-facing) fields of a record type, in declaration order.

    Cached: it is asked for every field of every row of an import. Callers must not
    change the dict they get.
    """
    return {f.name: f.metadata["spec"] for f in dataclasses.fields(record_type) if "spec" in f.metadata}
