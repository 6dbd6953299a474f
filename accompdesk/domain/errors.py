"""Errors reported to people, each with the command line's exit code.

They live in the domain so that the pure rules (a week that does not exist, a move
that makes no sense) refuse in the same words and codes as the store does; the vault
re-exports them as `vault.errors`. Anything else that escapes is a bug; the CLI and
GUI say so in one sentence too, but these are the ones that are expected and explained.
Each is raised with a code and named arguments (domain/messages.py): the command line
prints the English sentence, the window the one in its language.
"""

from __future__ import annotations

from typing import Any

from .messages import AccompDeskError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_KEY = 3
EXIT_REJECTED = 4
EXIT_DAMAGED = 5


class VaultError(AccompDeskError):
    exit_code = EXIT_USAGE


class UsageError(VaultError):
    exit_code = EXIT_USAGE


class VaultNotFound(VaultError):
    exit_code = EXIT_USAGE


class VaultExists(VaultError):
    exit_code = EXIT_USAGE


class WrongPassphrase(VaultError):
    exit_code = EXIT_KEY


class NoKey(VaultError):
    exit_code = EXIT_KEY


class VaultDamaged(VaultError):
    exit_code = EXIT_DAMAGED


class VaultBusy(VaultError):
    """Another AccompDesk holds the vault for a whole-vault operation longer than we wait."""
    exit_code = EXIT_USAGE


class VaultReplaced(VaultError):
    """The file this connection opened was re-encrypted or restored over by someone else."""
    exit_code = EXIT_USAGE


class SlotFileDamaged(VaultDamaged):
    pass


class SchemaTooNew(VaultError):
    exit_code = EXIT_DAMAGED


class RecordNotFound(VaultError):
    exit_code = EXIT_REJECTED


class InputRejected(VaultError):
    """Input that was refused as a whole; `report` lists (row, field, message)."""
    exit_code = EXIT_REJECTED

    def __init__(self, code: str, report: list[tuple[int, str, str]] | None = None, /, **params: Any):
        super().__init__(code, **params)
        self.report = report or []


class PermissionDenied(VaultError):
    exit_code = EXIT_REJECTED
