"""Exchange tests: the command line with a fast key derivation and the test passphrase
(the same fixtures as the import and export dialogs' tests)."""

from tests.gui.fixtures.exchange import _cli_env, qt_warnings_fail  # noqa: F401 - fixtures used by name
