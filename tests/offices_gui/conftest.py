"""Offices area tests: the window's Qt set-up (offscreen, a fresh real vault, settings in a
temporary file, any Qt warning fails the test)."""

from tests.gui.conftest import private_settings, qt_warnings_fail, session, settings, window  # noqa: F401
