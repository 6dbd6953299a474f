"""Reports area tests: the same Qt set-up as the window's tests (offscreen, a fresh real
vault each, settings in a temporary file, any Qt warning fails the test)."""

from tests.gui.conftest import private_settings, qt_warnings_fail, session, settings, window  # noqa: F401
