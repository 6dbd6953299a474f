"""Offscreen Qt with English strings and private settings for the window tests here;
any Qt warning fails the test. The same fixtures as the safety tests, not a copy."""

from __future__ import annotations

from tests.gui.fixtures.safety import gui, qt_warnings_fail  # noqa: F401 - fixtures used by name
