"""The unlock opener that counts failed attempts per key slot across restarts.

MainWindow and UnlockPage take an `opener` and a `backoff`; these two come from
one `AttemptsOpener`, so the wait the page shows is the one kept in the vault's
`.attempts` file, and a restart does not reset it.
"""

from __future__ import annotations

from typing import Callable

from ...vault import attempts


class AttemptsOpener:
    def __init__(self, path: "str | Callable[[], str]"):
        self._path = path if callable(path) else (lambda: path)
        self.last_user: str | None = None

    @property
    def path(self) -> str:
        return self._path()

    def __call__(self, **kwargs):
        """Runs off the GUI thread (in UnlockPage's BackgroundCall): no Qt here."""
        from ...vault.store import Vault

        user = attempts.RECOVERY if kwargs.get("recovery_key") is not None else kwargs.get("user")
        self.last_user = user
        with attempts.guard(self.path, user):
            return Vault.open(self.path, **kwargs)

    def backoff(self, _failures: int) -> int:
        """Seconds the page waits after a failure: what the attempts file says."""
        return attempts.delay_for(self.path, self.last_user)
