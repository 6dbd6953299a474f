"""A state machine over the vault's keys: unlock, wrong passphrases (with and without
--user), lock, staff added and removed, rekey, the recovery key. After every step the
keys that should open the vault do, and the others do not.

Argon2id runs at OWASP's floor (FAST_KDF) as in every test; examples and steps are
bounded so the machine runs in a few dozen seconds.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile

import time_machine
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from accompdesk.domain.records import Person
from accompdesk.vault import attempts
from accompdesk.vault.errors import NoKey, WrongPassphrase
from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.rekey import rekey
from accompdesk.vault.staff import add_staff, remove_staff
from accompdesk.vault.store import Vault
from accompdesk.vault.verify import verify

COORDINATOR = "coordinadora"
POOL = ("ana", "beto", "carla")
START = dt.datetime(2031, 2, 3, 10, 0, tzinfo=dt.timezone.utc)


def passphrase_of(name: str, generation: int = 0) -> str:
    return f"{name} passphrase {generation:03d}"


class VaultKeys(RuleBasedStateMachine):
    @initialize()
    def create(self):
        self.clock = time_machine.travel(START, tick=False)
        self.traveller = self.clock.start()
        self.folder = tempfile.mkdtemp(prefix="keys-machine-")
        self.path = os.path.join(self.folder, "office.vault")
        vault, self.recovery = Vault.create(self.path, COORDINATOR, passphrase_of(COORDINATOR), kdf=FAST_KDF)
        vault.persons.add(Person(full_name="Persona de prueba"))
        vault.close()
        self.staff = {COORDINATOR: passphrase_of(COORDINATOR)}
        self.removed: dict[str, str] = {}
        self.old_recovery: list[str] = []
        self.session: Vault | None = None
        self.generation = 0
        self.checked = 0

    def teardown(self):
        if getattr(self, "session", None) is not None:
            self.session.close()
        if getattr(self, "clock", None) is not None:
            self.clock.stop()
        import shutil
        shutil.rmtree(getattr(self, "folder", ""), ignore_errors=True)

    # -- helpers ----------------------------------------------------------------------------

    def _after_any_wait(self):
        # Each wrong try makes the next wait; the machine waits it out on its own clock.
        self.traveller.shift(attempts.MAX_DELAY + 1)

    def _open(self, **kwargs) -> Vault:
        self._after_any_wait()
        with attempts.guard(self.path, attempts.RECOVERY if "recovery_key" in kwargs else kwargs.get("user")):
            return Vault.open(self.path, **kwargs)

    def _coordinator(self) -> Vault:
        if self.session is None:
            self.session = self._open(passphrase=self.staff[COORDINATOR], user=COORDINATOR)
        return self.session

    # -- rules ------------------------------------------------------------------------------

    @rule(data=st.data(), named=st.booleans())
    def unlock(self, data, named):
        name = data.draw(st.sampled_from(sorted(self.staff)))
        vault = self._open(passphrase=self.staff[name], user=name if named else None)
        try:
            assert vault.user == name
            assert vault.persons.count() == 1
        finally:
            vault.close()

    @rule(data=st.data(), named=st.booleans())
    def wrong_passphrase(self, data, named):
        name = data.draw(st.sampled_from(sorted(self.staff)))
        try:
            self._open(passphrase=self.staff[name] + " typo", user=name if named else None).close()
        except WrongPassphrase:
            # The guess counts against that member's queue whether or not it named them.
            assert attempts.delay_for(self.path, name) > 0
            assert attempts.delay_for(self.path, None) > 0
            return
        raise AssertionError("a wrong passphrase opened the vault")

    @rule()
    def lock(self):
        if self.session is not None:
            self.session.close()
            self.session = None

    @precondition(lambda self: len(self.staff) < 1 + len(POOL))
    @rule(data=st.data())
    def add_user(self, data):
        name = data.draw(st.sampled_from([n for n in POOL if n not in self.staff]))
        self.generation += 1
        passphrase = passphrase_of(name, self.generation)
        add_staff(self._coordinator(), name, passphrase, "staff", kdf=FAST_KDF)
        self.staff[name] = passphrase
        self.removed.pop(name, None)

    @precondition(lambda self: len(self.staff) > 1)
    @rule(data=st.data())
    def remove_user(self, data):
        name = data.draw(st.sampled_from(sorted(n for n in self.staff if n != COORDINATOR)))
        new = remove_staff(self._coordinator(), name)
        self.old_recovery.append(self.recovery)
        self.recovery = new
        self.removed[name] = self.staff.pop(name)

    @rule()
    def rekey(self):
        new = rekey(self._coordinator())
        self.old_recovery.append(self.recovery)
        self.recovery = new

    @rule()
    def recovery_open(self):
        vault = self._open(recovery_key=self.recovery)
        try:
            assert vault.persons.count() == 1
        finally:
            vault.close()

    # -- what must hold after every step ----------------------------------------------------

    @invariant()
    def the_right_keys_open_and_the_wrong_ones_do_not(self):
        if not hasattr(self, "path"):
            return
        vault = self._open(recovery_key=self.recovery)
        try:
            failed = [c for c in verify(vault) if not c.ok]
            assert not failed, failed
        finally:
            vault.close()
        for old in self.old_recovery[-2:]:
            try:
                self._open(recovery_key=old).close()
            except NoKey:
                continue
            raise AssertionError("a recovery key from before a rekey still opens the vault")
        for name, passphrase in self.removed.items():
            try:
                self._open(passphrase=passphrase, user=name).close()
            except NoKey:
                continue
            raise AssertionError(f"{name} was removed and still opens the vault")
        # One current member a step (Argon2id is the slow part): every one in turn, with and
        # without naming them.
        names = sorted(self.staff)
        name = names[self.checked % len(names)]
        self.checked += 1
        vault = self._open(passphrase=self.staff[name], user=name if self.checked % 2 else None)
        assert vault.user == name
        vault.close()
        try:
            self._open(passphrase=self.staff[name] + "!", user=name).close()
        except WrongPassphrase:
            pass
        else:
            raise AssertionError("a wrong passphrase opened the vault")


VaultKeys.TestCase.settings = settings(max_examples=4, stateful_step_count=7, deadline=None,
                                       suppress_health_check=[HealthCheck.too_slow,
                                                              HealthCheck.filter_too_much])
test_vault_keys = VaultKeys.TestCase
