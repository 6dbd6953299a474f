"""Attachments: files kept encrypted inside the vault, checked by SHA-256 when read."""

from __future__ import annotations

import hashlib

from ..domain.records import ALL_TYPES, Attachment
from .errors import UsageError, VaultDamaged
from .repository import Repository

MAX_BYTES = 100 * 1024 * 1024


class AttachmentRepository(Repository[Attachment]):
    def add_file(self, owner_table: str, owner_id: str, filename: str, data: bytes,
                 media_type: str = "") -> Attachment:
        if owner_table not in ALL_TYPES:
            raise UsageError("vault.attachments.there_no_table_called", owner_table=owner_table)
        self.vault.repo(owner_table).get(owner_id)
        if len(data) > MAX_BYTES:
            raise UsageError("vault.attachments.larger_than_mb", filename=filename, limit=MAX_BYTES // (1024 * 1024))
        record = Attachment(owner_table=owner_table, owner_id=owner_id, filename=filename,
                            media_type=media_type, size=len(data),
                            sha256=hashlib.sha256(data).hexdigest())
        with self.vault.transaction():
            record = self.add(record)
            self.conn.execute("INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)",
                              (record.id, data))
        return record

    def read(self, attachment_id: str) -> bytes:
        record = self.get(attachment_id)
        row = self.conn.execute("SELECT data FROM attachment_blobs WHERE attachment_id = ?",
                                (attachment_id,)).fetchone()
        data = bytes(row[0]) if row else b""
        if hashlib.sha256(data).hexdigest() != record.sha256:
            raise VaultDamaged("vault.attachments.attachment_does_not_match", filename=record.filename)
        return data

    def for_record(self, owner_table: str, owner_id: str) -> list[Attachment]:
        return self.list(filters={"owner_table": owner_table, "owner_id": owner_id})
