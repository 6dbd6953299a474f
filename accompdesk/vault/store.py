"""The vault: one SQLCipher file and its key-slot file, opened by a staff member."""

from __future__ import annotations

import os
from contextlib import contextmanager

import sqlcipher3

from ..domain.records import ALL_TYPES, Record, User
from ..domain.vocab import USER_ROLE
from . import attempts, audit, office, search
from .clock import now_utc
from . import journal
from .connection import DoesNotDecrypt, check_file_shape, connect, transaction
from .errors import (NoKey, PermissionDenied, UsageError, VaultBusy, VaultDamaged, VaultError,
                     VaultExists, VaultNotFound, VaultReplaced)
from .keyslots import (SlotFile, database_salt, format_recovery_key, parse_recovery_key, reseal,
                       seal_problem)
from .locking import EXCLUSIVE, SHARED, VaultLock
from .migrations import LATEST, migrate, version
from .repository import AuthorityRepository, CommitmentRepository, Repository
from .attachments import AttachmentRepository

RECOVERY_USER = "recovery key"
_REPOSITORIES: dict[str, type[Repository]] = {
    "authorities": AuthorityRepository, "commitments": CommitmentRepository, "attachments": AttachmentRepository}


def keys_path(path: str) -> str:
    return path + ".keys"


def exists(path: str) -> bool:
    """Whether there is a vault at `path` (or one that a half-done restore is moving there)."""
    return os.path.exists(path) or os.path.exists(keys_path(path)) or journal.pending(path)


def _file_id(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


class Vault:
    IntegrityError = sqlcipher3.IntegrityError

    def __init__(self, path: str, conn, raw_key: bytes, user: str, role: str, lock=None):
        self.path = path
        self.conn = conn
        self._raw_key = raw_key
        self.user = user
        self.role = role
        self._savepoints = 0
        self._repos: dict[str, Repository] = {}
        # The OS lock on <vault>.lock this vault holds while open (None: a private copy).
        self._lock = lock
        self._exclusive_depth = 0
        self._file_id = _file_id(path) if lock is not None else None
        self._sealed_head: tuple[int, str] | None = None

    # -- creating and opening ---------------------------------------------------------

    @classmethod
    def create(cls, path: str, user: str, passphrase: str, *, kdf: dict | None = None) -> tuple["Vault", str]:
        """A new vault with its first (coordinator) slot; returns it and the recovery key."""
        path = os.path.abspath(path)
        user = (user or "").strip()
        if not user:
            raise UsageError("vault.store.staff_member_needs_name")
        if os.path.exists(path) or os.path.exists(keys_path(path)):
            raise VaultExists("vault.store.there_already_vault_at", path=path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        lock = VaultLock(path)
        lock.acquire(EXCLUSIVE)
        if os.path.exists(path) or os.path.exists(keys_path(path)):
            lock.close()  # another init got there first
            raise VaultExists("vault.store.there_already_vault_at", path=path)
        raw_key = os.urandom(32)
        slots = SlotFile(keys_path(path))
        conn = None
        try:
            slots.add(user, passphrase, raw_key, kdf)
            conn = connect(path, raw_key, create=True)
            os.chmod(path, 0o600)
            migrate(conn)
            vault = cls(path, conn, raw_key, user, "coordinator", lock)
            with vault.transaction():
                stamp = now_utc()
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                 [("vault_id", os.urandom(16).hex()), ("created_at", stamp),
                                  audit.meta_row()])
                audit.append(conn, user, "create vault", "vault", "", "", "")
            office.ensure_identity(conn, os.path.splitext(os.path.basename(path))[0])
            vault.users.add(User(name=user, role="coordinator"))
            count, last = audit.head(conn)
            slots.audit_head = {"count": count, "hash": last}
            slots.vault_salt = database_salt(path)
            slots.seal_key = raw_key
            slots.save()
            lock.acquire(SHARED)
        except BaseException:
            if conn is not None:
                conn.close()
            for leftover in (path, path + "-wal", path + "-shm", keys_path(path)):
                if os.path.exists(leftover):
                    os.unlink(leftover)
            lock.close()
            raise
        return vault, format_recovery_key(raw_key)

    @classmethod
    def open(cls, path: str, *, passphrase: str | None = None, user: str | None = None,
             recovery_key: str | None = None, exclusive: bool = False) -> "Vault":
        """Open with a passphrase or the recovery key. The vault holds the shared side of
        its OS lock while open; `exclusive` holds the other side, for a whole-vault
        operation that should not wait for its turn after opening."""
        path = os.path.abspath(path)
        if not exists(path):
            raise VaultNotFound("vault.store.there_no_vault_at", path=path)
        # Read before the guard: a mistyped format is not a guess, so it makes no one wait.
        recovered = parse_recovery_key(recovery_key) if recovery_key is not None else None
        lock = VaultLock(path)
        try:
            # A half-done rekey or restore is put right first, and that needs the vault alone.
            lock.acquire(EXCLUSIVE if exclusive or journal.pending(path) else SHARED)
            if lock.mode == SHARED and journal.pending(path):
                lock.acquire(EXCLUSIVE)
            elif lock.mode == SHARED and journal.temp_leftovers(path):
                # Leftovers of a cut-short write go only if nobody else has the vault open
                # (theirs may be a write in progress); otherwise a later open clears them.
                try:
                    lock.acquire(EXCLUSIVE, timeout=0)
                except VaultBusy:
                    lock.acquire(SHARED)
            if lock.mode == EXCLUSIVE:
                journal.recover(path)
                if not exists(path):
                    raise VaultNotFound("vault.store.there_no_vault_at", path=path)
            # Each wrong key makes the next try of that slot wait longer, across restarts.
            slot = attempts.RECOVERY if recovered is not None else user
            with attempts.guard(path, slot):
                vault = cls._open_unguarded(path, passphrase=passphrase, user=user,
                                            recovered=recovered, lock=lock)
                attempts.opened_as(vault.user)
            if not exclusive and lock.mode == EXCLUSIVE:
                try:
                    lock.acquire(SHARED)
                except BaseException:
                    vault.close()
                    raise
            return vault
        except BaseException:
            lock.close()
            raise

    @classmethod
    def _open_unguarded(cls, path: str, *, passphrase: str | None, user: str | None,
                        recovered: bytes | None, lock) -> "Vault":
        if os.path.isfile(path):
            # Only `init` creates a vault: an empty or cut-short file is damaged, whatever key.
            check_file_shape(path)
        if recovered is not None:
            raw_key = recovered
            who = RECOVERY_USER
        else:
            if passphrase is None:
                raise NoKey("vault.store.passphrase_or_recovery_key")
            who, raw_key = SlotFile.load(keys_path(path)).unlock(passphrase, user)
        if not os.path.isfile(path):
            raise VaultDamaged("vault.store.vault_file_missing_only", path=path)
        try:
            conn = connect(path, raw_key)
        except DoesNotDecrypt:
            if recovered is not None:
                raise NoKey("vault.store.recovery_key_does_not") from None
            if _slot_file_is_for_another_file(path, raw_key):
                raise NoKey("vault.store.key_slot_does_not") from None
            raise
        try:
            if version(conn) < LATEST and lock.mode != EXCLUSIVE:
                # Migrations change the whole schema: no other AccompDesk may have it open.
                opened = _file_id(path)
                lock.acquire(EXCLUSIVE)
                if _file_id(path) != opened:
                    raise VaultReplaced("vault.store.another_accompdesk_re_encrypted_2")
            migrate(conn)
            if not _sealed_with_head(path, raw_key):
                # A log chained before the key existed; a sealed head means it was already
                # keyed, so a missing meta row is not taken as leave to re-chain it.
                audit.upgrade(conn)
            office.ensure_identity(conn, os.path.splitext(os.path.basename(path))[0], upgraded_by=who)
            role = "coordinator"
            if who != RECOVERY_USER:
                row = conn.execute("SELECT role FROM users WHERE name = ? AND deleted_at IS NULL",
                                   (who,)).fetchone()
                role = row[0] if row else "viewer"
        except sqlcipher3.DatabaseError:
            conn.close()
            raise VaultDamaged("vault.store.vault_damaged_tables_cannot") from None
        except BaseException:
            conn.close()
            raise
        vault = cls(path, conn, raw_key, who, role, lock)
        vault._seal_slot_file()
        return vault

    @classmethod
    def second_connection(cls, path: str, raw_key: bytes, user: str, role: str) -> "Vault":
        """The same vault on a connection of its own (for a worker thread), holding the
        shared side of the lock like any open vault, so no rekey swaps the file under it."""
        lock = VaultLock(path)
        lock.acquire(SHARED)
        try:
            return cls(path, connect(path, raw_key), raw_key, user, role, lock)
        except BaseException:
            lock.close()
            raise

    def _seal_slot_file(self) -> None:
        """Keep the audit head and the database's salt in the sealed slot file.

        Called after every committed change and at open. A slot file that cannot be
        written, or whose seal is wrong, is left alone: the change is committed, and
        `verify` reports the slot file.
        """
        head = audit.head(self.conn)
        if head == self._sealed_head:
            return
        try:
            reseal(self.keys_path, self._raw_key, head, database_salt(self.path))
        except (OSError, VaultError):
            return
        self._sealed_head = head

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        self._raw_key = b""
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # -- the OS lock --------------------------------------------------------------------

    def check_current(self) -> None:
        """Refuse to write through a connection whose file was swapped away (by a rekey or
        restore of another AccompDesk while this one waited for its lock)."""
        if self._file_id is None:
            return
        if self._lock is not None and self._lock.mode is None:
            self._lock.acquire(SHARED)
        try:
            current = _file_id(self.path)
        except FileNotFoundError:
            current = None
        if current != self._file_id:
            raise VaultReplaced("vault.store.another_accompdesk_re_encrypted")

    @contextmanager
    def exclusive(self):
        """Hold the vault alone for a whole-vault operation (waiting for others to close it)."""
        if self._lock is None:
            yield
            return
        if self._lock.mode == EXCLUSIVE:
            self._exclusive_depth += 1
            try:
                yield
            finally:
                self._exclusive_depth -= 1
            return
        if self.conn is not None and self.conn.in_transaction:
            raise RuntimeError("a whole-vault operation cannot start inside a transaction")
        try:
            self._lock.acquire(EXCLUSIVE)
        except BaseException:
            self._reacquire_shared()
            raise
        try:
            self.check_current()
            yield
        finally:
            self._reacquire_shared()

    def _reacquire_shared(self) -> None:
        if self._lock is None:
            return
        try:
            self._lock.acquire(SHARED)
        except VaultError:
            pass  # the next write waits for it again (check_current)

    def swapped(self, conn, raw_key: bytes) -> None:
        """After this vault's own rekey: the new file, its connection and key."""
        self.conn = conn
        self._raw_key = raw_key
        self._file_id = _file_id(self.path)
        self._sealed_head = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def keys_path(self) -> str:
        return keys_path(self.path)

    @property
    def raw_key(self) -> bytes:
        return self._raw_key

    # -- transactions and roles ---------------------------------------------------------

    @contextmanager
    def transaction(self):
        """One logical change. Nested calls become savepoints inside the outer transaction."""
        if not self.conn.in_transaction:
            self.check_current()
            with transaction(self.conn):
                yield self.conn
            self._seal_slot_file()
            return
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        else:
            self.conn.execute(f"RELEASE {name}")
        finally:
            self._savepoints -= 1

    def require(self, role: str) -> None:
        """Roles are an office rule enforced by the services, not by encryption."""
        if USER_ROLE.rank(self.role) < USER_ROLE.rank(role):
            raise PermissionDenied("vault.store.needs_role", label=USER_ROLE.label(role).lower(), user=self.user,
                                   label2=USER_ROLE.label(self.role).lower())

    # -- repositories -------------------------------------------------------------------

    def repo(self, table: str) -> Repository:
        if table not in ALL_TYPES:
            raise UsageError("vault.store.there_no_table_called", table=table)
        if table not in self._repos:
            cls = _REPOSITORIES.get(table, Repository)
            self._repos[table] = cls(self, ALL_TYPES[table])
        return self._repos[table]

    def repo_for(self, record: Record) -> Repository:
        return self.repo(record.TABLE)

    persons = property(lambda self: self.repo("persons"))
    organisations = property(lambda self: self.repo("organisations"))
    incidents = property(lambda self: self.repo("incidents"))
    authorities = property(lambda self: self.repo("authorities"))
    officials = property(lambda self: self.repo("officials"))
    meetings = property(lambda self: self.repo("meetings"))
    commitments = property(lambda self: self.repo("commitments"))
    volunteers = property(lambda self: self.repo("volunteers"))
    accompaniments = property(lambda self: self.repo("accompaniments"))
    checkins = property(lambda self: self.repo("checkins"))
    alerts = property(lambda self: self.repo("alerts"))
    users = property(lambda self: self.repo("users"))
    attachments = property(lambda self: self.repo("attachments"))

    def search(self, text: str, *, tables: list[str] | None = None, limit: int = 100,
               with_linked: bool = False):
        hits = search.search(self.conn, text, tables=tables, limit=limit)
        return search.linked(self.conn, hits) if with_linked else hits

    def record_audit(self, action: str, record_table: str = "vault", record_id: str = "",
                     detail: str = "") -> None:
        """An audit entry for an act that changes no record (an export, a backup)."""
        with self.transaction():
            audit.append(self.conn, self.user, action, record_table, record_id, "", "", detail)

    def audit_entries(self, **filters):
        return audit.entries(self.conn, **filters)

    def verify_audit(self) -> tuple[bool, str]:
        """The chain and its head (kept in the sealed slot file): the first entry that does
        not fit, or how many fit."""
        from .verify import audit_and_head

        return audit_and_head(self)

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


def _slot_file_is_for_another_file(path: str, raw_key: bytes) -> bool:
    """A sealed slot file that opened with a passphrase but whose key does not open the
    database: if it was sealed for another database file, it is an old copy (exit 3),
    not damage (exit 5)."""
    try:
        slots = SlotFile.load(keys_path(path))
    except VaultError:
        return False
    if not slots.vault_salt or seal_problem(slots, raw_key) is not None:
        return False
    current = database_salt(path)
    return bool(current) and current != slots.vault_salt


def _sealed_with_head(path: str, raw_key: bytes) -> bool:
    try:
        slots = SlotFile.load(keys_path(path))
    except VaultError:
        return False
    return slots.audit_head is not None and seal_problem(slots, raw_key) is None
