"""Chain-of-command tests that need no window: the window tests' fixtures, from tests/gui/fixtures."""

from tests.gui.fixtures.chain import qt_warnings_fail, gui, session, office, settings, window, areas, forms  # noqa: F401 - fixtures used by name
