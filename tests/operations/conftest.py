"""Operations tests that need no window: the operations window tests' fixtures, from tests/gui/fixtures."""

from tests.gui.fixtures.operations import qt_warnings_fail, private_settings, settings, session, office_week, made_on  # noqa: F401 - fixtures used by name
