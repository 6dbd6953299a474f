"""Safety tests that need no window: the safety window tests' fixtures, from tests/gui/fixtures."""

from tests.gui.fixtures.safety import qt_warnings_fail, gui, settings  # noqa: F401 - fixtures used by name
