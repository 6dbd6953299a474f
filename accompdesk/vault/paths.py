"""Where the vault lives when no path is given."""

from __future__ import annotations

import os

import platformdirs

APP_NAME = "AccompDesk"
VAULT_FILE = "office.vault"


def default_vault_path() -> str:
    override = os.environ.get("ACCOMPDESK_VAULT")
    if override:
        return os.path.abspath(override)
    return os.path.join(platformdirs.user_data_dir(APP_NAME, appauthor=False), VAULT_FILE)
