"""`init`, `backup`, `restore`, `verify`, `rekey`, `user`: the vault itself and the staff who hold its keys."""

from __future__ import annotations

import getpass
import os
import sys

from ..vault.errors import EXIT_DAMAGED, EXIT_OK
from .base import Secrets, kdf, Parser, print_new_recovery_key, recovery_key, vault_path, open_vault


def cmd_init(args, secrets: Secrets) -> int:
    from ..vault.store import Vault

    # --user names the first staff member here, a coordinator (default: this account's name).
    user = args.user or getpass.getuser()
    passphrase = secrets.passphrase("Passphrase for the new vault: ", confirm=True)
    vault, recovery = Vault.create(vault_path(args), user, passphrase, kdf=kdf())
    vault.close()
    print(f"Created the vault {vault.path} with {user} as coordinator.")
    print("Recovery key (write it down and keep it apart from this computer; it is shown only once):")
    print(f"  {recovery}")
    return EXIT_OK


def cmd_backup(args, secrets: Secrets) -> int:
    from ..vault.backup import backup

    with open_vault(args, secrets) as vault:
        target = backup(vault, args.dest)
    print(f"Backup written and verified: {target} (with {os.path.basename(target)}.keys)")
    return EXIT_OK


def cmd_restore(args, secrets: Secrets) -> int:
    from ..vault.restore import restore

    key = recovery_key(args, secrets)
    office = vault_path(args)
    done = restore(args.backup, args.dest, recovery_key=key,
                   passphrase=None if key else secrets.passphrase(), user=args.user,
                   office_path=office if os.path.isfile(office) else None)
    with done.vault:
        for check in done.checks:
            print(f"ok   {check.name}: {check.message}")
    print(f"Restored into {os.path.abspath(args.dest)}; the backup was not changed.")
    return EXIT_OK


def cmd_verify(args, secrets: Secrets) -> int:
    from ..vault.verify import verify

    with open_vault(args, secrets) as vault:
        checks = verify(vault)
    for check in checks:
        print(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.message}")
    failed = [c for c in checks if not c.ok]
    if failed:
        print(f"The vault failed {len(failed)} check(s): {failed[0].message}.", file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def cmd_rekey(args, secrets: Secrets) -> int:
    from ..vault.rekey import rekey

    with open_vault(args, secrets, exclusive=True) as vault:
        rekey(vault, before_swap=print_new_recovery_key)
    print("The vault has a new key; every staff member's passphrase still opens it, "
          "and the old recovery key no longer does.")
    return EXIT_OK


def cmd_user(args, secrets: Secrets) -> int:
    from ..vault import staff

    whole_vault = args.user_command in ("add", "remove", "passwd")
    with open_vault(args, secrets, exclusive=whole_vault) as vault:
        if args.user_command == "list":
            for member in staff.list_staff(vault):
                print(f"{member.name}\t{member.role}\t{'key slot' if member.has_slot else 'no key slot'}")
        elif args.user_command == "add":
            passphrase = secrets.new_passphrase(f"Passphrase for {args.name}: ")
            staff.add_staff(vault, args.name, passphrase, args.role, kdf=kdf())
            print(f"Added {args.name} ({args.role}).")
        elif args.user_command == "remove":
            staff.remove_staff(vault, args.name, before_swap=print_new_recovery_key)
            print(f"Removed {args.name}'s key slot and rekeyed the vault; the old recovery key "
                  "no longer opens it.")
        elif args.user_command == "passwd":
            name = args.name or vault.user
            old = None
            if name == vault.user:
                old = secrets.passphrase() if not secrets.from_stdin else secrets._stdin_line(0)
            staff.change_passphrase(vault, name, secrets.new_passphrase(), old_passphrase=old,
                                    kdf=kdf())
            print(f"Changed the passphrase of {name}.")
    return EXIT_OK


def add_init(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new vault and print its recovery key")
    p.set_defaults(func=cmd_init, needs_vault=False)


def add_backup_restore(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="write a verified encrypted backup")
    p.add_argument("dest", metavar="DEST", help="a folder (or a file name) for the backup")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup into a new file and verify it (the backup is not changed)")
    p.add_argument("backup", metavar="BACKUP", help="the backup's .vault file")
    p.add_argument("dest", metavar="DEST", help="a folder or a new file name for the restored vault")
    p.set_defaults(func=cmd_restore)


def add_keys(sub, common) -> None:
    p = sub.add_parser("verify", parents=[common], help="check encryption, structure, audit chain, key slots")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("rekey", parents=[common], help="re-encrypt under a new key; prints the new recovery key")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("user", parents=[common], help="staff members and their key slots")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True, parser_class=Parser)
    q = user_sub.add_parser("list", parents=[common], help="list staff members")
    q = user_sub.add_parser("add", parents=[common], help="add a staff member (they type their passphrase)")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--role", default="staff", choices=["coordinator", "staff", "viewer"])
    q = user_sub.add_parser("remove", parents=[common], help="remove a staff member and rekey")
    q.add_argument("name", metavar="NAME")
    q = user_sub.add_parser("passwd", parents=[common], help="change a passphrase")
    q.add_argument("name", metavar="NAME", nargs="?")
    p.set_defaults(func=cmd_user)
