"""A second program editing records, as the window does: `python -m tests.vault_integrity.actor
edit VAULT NAME` adds a person and saves ten changes to them, one transaction each.

It answers as the command line does: one sentence and the exit code of the error.
"""

from __future__ import annotations

import os
import sys

EDITS = 10


def main(argv: list[str]) -> int:
    from accompdesk.domain.records import Person
    from accompdesk.vault.errors import VaultError
    from accompdesk.vault.fsutil import private_umask
    from accompdesk.vault.store import Vault

    private_umask()
    _command, path, name = argv
    try:
        with Vault.open(path, passphrase=os.environ["ACCOMPDESK_PASSPHRASE"]) as vault:
            person = vault.persons.add(Person(full_name=name, notes="v0"))
            for i in range(1, EDITS):
                person.notes = f"v{i}"
                person = vault.persons.update(person)
    except VaultError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    print(f"Edited {name} v{EDITS - 1}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
