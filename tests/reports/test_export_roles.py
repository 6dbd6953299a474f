"""The reports service refuses an export wider than the user's role, whatever asks for it."""

from __future__ import annotations

import os

import pytest

from accompdesk.domain.records import Person
from accompdesk.reports.briefing import BriefingOptions, build_briefing
from accompdesk.reports.export import export
from accompdesk.vault.errors import PermissionDenied
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.staff import add_staff
from accompdesk.vault.store import Vault


@pytest.mark.parametrize("role, audience, allowed", [
    ("viewer", "public", True), ("viewer", "diplomatic", False),
    ("staff", "diplomatic", True), ("staff", "internal", False), ("coordinator", "internal", True)])
def test_export_follows_the_role(vault, vault_path, tmp_path, role, audience, allowed):
    vault.persons.add(Person(full_name="Persona interna", consent_level="internal"))
    add_staff(vault, "otra", "otra passphrase", role, kdf=FAST_KDF)
    vault.close()
    with Vault.open(vault_path, passphrase="otra passphrase") as other:
        document, view = build_briefing(other, BriefingOptions(audience=audience))
        target = str(tmp_path / "b.pdf")
        if allowed:
            assert export(other, document, "pdf", target, view.redactor) > 0
        else:
            with pytest.raises(PermissionDenied):
                export(other, document, "pdf", target, view.redactor)
            assert not os.path.exists(target)
