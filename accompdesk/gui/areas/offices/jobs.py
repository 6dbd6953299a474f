"""What the Offices area runs on the worker: plain values in, plain values out."""

from __future__ import annotations

from ....vault.fsutil import atomic_write


def make_job(peer_name: str, path: str, everything: bool = False):
    def job(vault, progress, cancelled):
        from ....services import offices

        progress("make", 0, 1)
        out = offices.make_bundle(vault, peer_name, everything=everything,
                                  progress=lambda done, total: progress("make", done, total))
        if cancelled():
            raise offices.Cancelled()  # nothing written; only the bundle counter moved on
        atomic_write(path, out.data)
        return out.peer.name, out.changes, out.records, len(out.data)
    return job


def receive_job(data: bytes, dry_run: bool):
    def job(vault, progress, cancelled):
        from ....services import offices

        got = offices.receive(vault, data, dry_run=dry_run, cancelled=cancelled,
                              progress=lambda done, total: progress("apply", done, total))
        return summary(got)
    return job


def summary(got) -> dict:
    a = got.applied
    tables = sorted(set(a.created) | set(a.updated) | set(a.deleted))
    return {"peer": got.peer.name, "bundle": got.manifest["bundle"], "dry_run": got.dry_run,
            "tables": [(t, a.created.get(t, 0), a.updated.get(t, 0), a.deleted.get(t, 0)) for t in tables],
            "conflicts": list(a.conflicts), "attachments": got.attachments,
            "aliases": list(got.alias_clashes)}
