"""A pause of Python's cycle collector over one big job: a document or an import.

Such a job makes hundreds of thousands of small objects (records, rows, frames) that
hold no cycles and are freed by their reference counts. The cycle collector would
still walk them again and again as they accumulate: a fifth of a one-year briefing's
time went there. Paused, nothing is leaked; the few cycles made meanwhile are
collected when the collector runs again after the job.

Jobs may overlap (a document in a worker while the window imports): the collector
runs again only when the last of them ends.
"""

from __future__ import annotations

import functools
import gc
import threading
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

_lock = threading.Lock()
_depth = 0
_was_enabled = True

F = TypeVar("F", bound=Callable)


@contextmanager
def collection_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def paused(function: F) -> F:
    """`function` runs with the collector paused (see `collection_paused`)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with collection_paused():
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
