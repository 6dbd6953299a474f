"""Files on disk: the vault and everything beside it is its owner's alone (umask 077 from
the start of either program), and backups clean up what their crashed forerunners left."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from accompdesk.domain.records import Person
from accompdesk.vault import locking
from accompdesk.vault.backup import backup
from accompdesk.vault.store import Vault

from ..conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_every_file_the_command_line_makes_is_private(tmp_path):
    """A umask of 022, as most desktops have: the files used to come out 0644."""
    vault_path = str(tmp_path / "office" / "office.vault")
    script = (
        "import os, sys\n"
        "os.umask(0o022)\n"
        "from accompdesk import cli\n"
        "from accompdesk.vault.store import Vault\n"
        "argv = sys.argv[1:]\n"
        "for command in (['init', '--user', 'coordinadora', '--passphrase-stdin'], ['verify'],\n"
        "                ['backup', argv[1]]):\n"
        "    os.environ['ACCOMPDESK_PASSPHRASE'] = 'correct horse battery staple'\n"
        "    if command[0] == 'init':\n"
        "        import io; sys.stdin = io.StringIO('correct horse battery staple\\n')\n"
        "    assert cli.main(['--vault', argv[0], *command]) == 0, command\n"
        "v = Vault.open(argv[0], passphrase='correct horse battery staple')\n"
        "modes = {n: oct(os.stat(os.path.join(os.path.dirname(argv[0]), n)).st_mode & 0o777)\n"
        "         for n in os.listdir(os.path.dirname(argv[0]))}\n"
        "print(modes)\n"
        "v.close()\n")
    usb = tmp_path / "usb"
    usb.mkdir()
    os.makedirs(os.path.dirname(vault_path))
    env = dict(os.environ, ACCOMPDESK_FAST_KDF="1")
    proc = subprocess.run([sys.executable, "-c", script, vault_path, str(usb)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    import ast
    modes = ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    # While the vault is open its log and index exist too.
    for name in ("office.vault", "office.vault-wal", "office.vault-shm", "office.vault.keys",
                 "office.vault.lock"):
        assert modes[name] == "0o600", (name, modes)
    assert set(modes.values()) == {"0o600"}, modes
    for name in os.listdir(usb):
        assert _mode(usb / name) == 0o600, name


def test_the_attempts_file_is_private(vault, vault_path):
    vault.close()
    from accompdesk.vault.errors import WrongPassphrase
    old = os.umask(0o022)
    try:
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, passphrase="not the right one at all")
    finally:
        os.umask(old)
    assert _mode(vault_path + ".attempts") == 0o600


@pytest.mark.parametrize("entry", ["accompdesk.cli", "accompdesk.app"])
def test_both_programs_set_a_private_umask_before_anything_else(entry):
    # Each program's entry point, with the real work replaced by a report of the umask.
    script = (
        "import os, sys\n"
        "os.umask(0o022)\n"
        f"import {entry} as entry\n"
        "seen = []\n"
        "if entry.__name__.endswith('app'):\n"
        "    import accompdesk.gui.main as gm\n"
        "    gm.run = lambda args, argv: seen.append(os.umask(0o077)) or 0\n"
        "    entry.main(['accompdesk'])\n"
        "else:\n"
        "    # the module that holds main() (accompdesk.cli is a package: cli/main.py)\n"
        "    home = sys.modules[entry.main.__module__]\n"
        "    home.build_parser = lambda: (_ for _ in ()).throw(SystemExit(seen.append(os.umask(0o077))))\n"
        "    try:\n"
        "        entry.main(['verify'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(oct(seen[0]))\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0o77"


def test_a_backup_clears_what_crashed_backups_left(vault, tmp_path):
    vault.persons.add(Person(full_name="Respaldada"))
    usb = tmp_path / "usb"
    usb.mkdir()
    stale = usb / "office-backup-20250101-101010.vault.partial"
    leftovers = [stale, usb / (stale.name + "-journal"), usb / "office-backup-20250101-101010.vault.keys",
                 usb / ".office-backup-20250101-101010.vault.keys.tmp-abc123"]
    for path in leftovers:
        path.write_bytes(b"cut short")
    # Another program's backup in progress holds its partial: it is left alone.
    busy = usb / "office-backup-20250202-020202.vault.partial"
    busy.write_bytes(b"being written")
    fd = os.open(busy, os.O_RDWR)
    assert locking._try(fd, locking.EXCLUSIVE)
    # Files that are not this vault's backups are not touched.
    unrelated = [usb / "notes.txt", usb / "other-backup-20250101-101010.vault.partial"]
    for path in unrelated:
        path.write_bytes(b"not ours")
    try:
        target = backup(vault, str(usb))
    finally:
        locking._release(fd)
        os.close(fd)
    assert sorted(os.listdir(usb)) == sorted([os.path.basename(target), os.path.basename(target) + ".keys",
                                              busy.name, *(p.name for p in unrelated)])
    with Vault.open(target, passphrase=PASSPHRASE) as copy:
        assert copy.persons.count() == 1


def test_a_failed_backup_leaves_nothing(vault, tmp_path, monkeypatch):
    from accompdesk.vault import backup as backup_module

    usb = tmp_path / "usb"
    usb.mkdir()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "atomic_rename", full_disk)
    with pytest.raises(OSError):
        backup(vault, str(usb))
    assert os.listdir(usb) == []
