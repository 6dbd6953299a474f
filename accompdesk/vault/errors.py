"""The errors the vault reports to people: declared in domain/errors.py (the pure rules
raise them too), named here for the code that reads and writes the store."""

from ..domain.errors import (  # noqa: F401
    EXIT_OK, EXIT_USAGE, EXIT_KEY, EXIT_REJECTED, EXIT_DAMAGED, VaultError, UsageError,
    VaultNotFound, VaultExists, WrongPassphrase, NoKey, VaultDamaged, VaultBusy, VaultReplaced,
    SlotFileDamaged, SchemaTooNew, RecordNotFound, InputRejected, PermissionDenied,
)
