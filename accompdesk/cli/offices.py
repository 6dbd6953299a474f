"""`accompdesk-cli office card|show|rename`, `peer add|list|remove`, `send`, `receive`,
`conflicts`: the exchange between offices from the command line."""

from __future__ import annotations

import os

from ..vault.errors import EXIT_OK, InputRejected, UsageError


def _open(args, secrets):
    from .base import open_vault

    return open_vault(args, secrets)


def _write(path: str, data: bytes) -> None:
    from ..vault.fsutil import atomic_write

    atomic_write(os.path.abspath(path), data)


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InputRejected("cli_offices.there_no_file", path=path) from None
    except IsADirectoryError:
        raise InputRejected("cli_offices.folder_not_file", path=path) from None
    except OSError as exc:  # unreadable, a path through a plain file, …: not a traceback
        raise InputRejected("cli_offices.cannot_read", path=path, strerror=exc.strerror or exc) from None


# -- office ---------------------------------------------------------------------------------

def cmd_office_card(args, secrets) -> int:
    from ..services import offices

    with _open(args, secrets) as vault:
        text = offices.card(vault)
        me = offices.identity(vault)
    _write(args.output, text.encode("utf-8"))
    print(f"Wrote the card of {me.name} to {args.output}.")
    print(f"Fingerprint: {me.fingerprint}")
    return EXIT_OK


def cmd_office_show(args, secrets) -> int:
    from ..services import offices

    with _open(args, secrets) as vault:
        me = offices.identity(vault)
    print(f"Office: {me.name}")
    print(f"Fingerprint: {me.fingerprint}")
    return EXIT_OK


def cmd_office_rename(args, secrets) -> int:
    from ..vault import office

    with _open(args, secrets) as vault:
        office.rename(vault, args.name)
    print(f"This office is now called {' '.join(args.name.split())}; give the peers a new card.")
    return EXIT_OK


def add_office_actions(office_sub, common) -> None:
    """The identity actions of the `office` group (settings actions live beside them)."""
    q = office_sub.add_parser("card", parents=[common], help="write this office's public card")
    q.add_argument("-o", "--output", required=True, metavar="FILE.card")
    q.set_defaults(func=cmd_office_card)
    q = office_sub.add_parser("show", parents=[common], help="this office's name and fingerprint")
    q.set_defaults(func=cmd_office_show)
    q = office_sub.add_parser("rename", parents=[common], help="change this office's name (coordinator)")
    q.add_argument("name", metavar="NAME")
    q.set_defaults(func=cmd_office_rename)


# -- peers, bundles, conflicts -------------------------------------------------------------------

def cmd_peer(args, secrets) -> int:
    from ..services import offices

    with _open(args, secrets) as vault:
        if args.peer_command == "add":
            text = _read(args.card)
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError:
                raise InputRejected("cli_offices.file_not_accompdesk_office") from None
            peer = offices.add_peer(vault, text, args.audience, args.name)
            print(f"Trusted {peer.name} ({peer.audience}).")
            print(f"Fingerprint: {peer.fingerprint}")
            print("Read it to them over the phone; if it differs from what they read, run "
                  f"'accompdesk-cli peer remove {peer.name}'.")
        elif args.peer_command == "list":
            for peer in offices.peers(vault):
                print(f"{peer.name}\t{peer.audience}\tsent {peer.last_sent_at or 'never'}\t"
                      f"received {peer.last_received_at or 'never'}\t{peer.fingerprint}")
        else:
            peer = offices.remove_peer(vault, args.name)
            print(f"{peer.name} is no longer trusted; its bundles will be refused.")
    return EXIT_OK


def cmd_send(args, secrets) -> int:
    from ..services import offices

    with _open(args, secrets) as vault:
        out = offices.make_bundle(vault, args.peer, everything=args.all)
        _write(args.output, out.data)
    print(f"Wrote a bundle for {out.peer.name} to {args.output}: {out.changes} changes, {out.records} records, "
          f"{out.attachments} attachments ({len(out.data):,} bytes).")
    return EXIT_OK


def cmd_receive(args, secrets) -> int:
    from ..services import offices

    data = _read(args.file)
    with _open(args, secrets) as vault:
        got = offices.receive(vault, data, dry_run=args.dry_run)
        a = got.applied
        verb = "would change" if args.dry_run else "changed"
        print(f"Bundle {got.manifest['bundle']} from {got.peer.name} ({got.peer.audience}) {verb}:")
        tables = sorted(set(a.created) | set(a.updated) | set(a.deleted) | set(a.merged))
        for table in tables:
            merged = f", {a.merged[table]} merge(s) made or undone as the sender did" if a.merged.get(table) else ""
            print(f"  {table}: {a.created.get(table, 0)} new, {a.updated.get(table, 0)} updated, "
                  f"{a.deleted.get(table, 0)} deleted{merged}")
        if not tables:
            print("  nothing")
        if got.attachments:
            print(f"  attachments: {got.attachments} files")
        if a.conflicts:
            print(f"Conflicts {'it would raise' if args.dry_run else 'raised'} (the value here stays in force):")
            for table, rid, name in a.conflicts:
                print(f"  {table} {rid} {name}")
        if a.skipped:
            print(f"  {a.skipped} changes wait for earlier ones from another office.")
        if got.alias_clashes:
            print(f"Aliases {'it would make' if args.dry_run else 'now'} shared (the roster prints them apart):")
            for said in got.alias_clashes:
                print(f"  {said}")
    return EXIT_OK


def cmd_conflicts(args, secrets) -> int:
    from ..services import offices

    with _open(args, secrets) as vault:
        if getattr(args, "conflicts_command", None) == "resolve":
            if args.keep is None and args.value is None:
                raise UsageError("cli_offices.say_which_value_keep")
            offices.resolve(vault, args.id, keep=args.keep, value=args.value)
            print(f"Resolved conflict {args.id}; the decision travels with the next bundles.")
            return EXIT_OK
        found = offices.conflicts(vault)
        for c in found:
            theirs = "; ".join(f"{who}: {value}" for who, value in c.theirs)
            print(f"{c.id}\t{c.table}\t{c.record_title}\t{c.field_label}\tmine: {c.mine}\ttheirs: {theirs}\t"
                  f"{c.raised_at}")
        if not found:
            print("No open conflicts.")
    return EXIT_OK


def add_arguments(sub, common, parser_class) -> None:
    p = sub.add_parser("peer", parents=[common], help="offices this one trusts (add, list, remove)")
    peer_sub = p.add_subparsers(dest="peer_command", metavar="ACTION", required=True, parser_class=parser_class)
    q = peer_sub.add_parser("add", parents=[common], help="trust an office by its card (coordinator)")
    q.add_argument("card", metavar="FILE.card")
    q.add_argument("--audience", required=True, choices=["internal", "diplomatic", "public"])
    q.add_argument("--name", metavar="NAME", help="what this office calls it (default: its own name)")
    peer_sub.add_parser("list", parents=[common], help="the trusted offices")
    q = peer_sub.add_parser("remove", parents=[common], help="stop trusting an office (coordinator)")
    q.add_argument("name", metavar="NAME")
    p.set_defaults(func=cmd_peer)

    p = sub.add_parser("send", parents=[common], help="write an encrypted bundle for a peer")
    p.add_argument("peer", metavar="PEER")
    p.add_argument("-o", "--output", required=True, metavar="FILE.adx")
    p.add_argument("--all", action="store_true", help="every change, not only those the peer has not acknowledged")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("receive", parents=[common], help="check and apply a bundle from a peer")
    p.add_argument("file", metavar="FILE.adx")
    p.add_argument("--dry-run", action="store_true", help="print what would change and the conflicts; change nothing")
    p.set_defaults(func=cmd_receive)

    p = sub.add_parser("conflicts", parents=[common], help="open conflicts between offices; resolve one")
    c_sub = p.add_subparsers(dest="conflicts_command", metavar="ACTION", parser_class=parser_class)
    q = c_sub.add_parser("resolve", parents=[common], help="settle one conflict")
    q.add_argument("id", type=int, metavar="ID")
    group = q.add_mutually_exclusive_group()
    group.add_argument("--keep", choices=["mine", "theirs"])
    group.add_argument("--value", metavar="TEXT")
    p.set_defaults(func=cmd_conflicts)
