"""Bundles between offices: the first bundle of a whole demo vault and a weekly bundle of
about 500 changes, made and received, each against age encryption alone of the same
plaintext measured in the same run."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import zlib

from accompdesk.vault.keyslots import FAST_KDF
from accompdesk.vault.store import Vault

from . import vaults
from .harness import Figure, median, timed


def _once(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _inner(data: bytes, identity: str) -> bytes:
    """The payload's JSON as the bundle carries it, before compression: what a plain
    encrypted dump of the same changes would be."""
    from accompdesk.exchange import bundle

    return zlib.decompress(bundle.open_sealed(data, identity).body)


def _age_alone(inner: bytes, recipient: str, repeat: int) -> float:
    import pyrage
    from pyrage import x25519

    r = x25519.Recipient.from_str(recipient)
    return median(timed(lambda: pyrage.encrypt(inner, [r]), repeat=repeat, warmup=0))


def bundles(scale: int, repeat: int) -> list[Figure]:
    from accompdesk.services import offices
    from accompdesk.vault import office

    path, _ = vaults.ensure(scale)
    folder = tempfile.mkdtemp(prefix="accompdesk-bundles-")
    try:
        work = os.path.join(folder, "team.vault")
        for suffix in ("", ".keys"):
            shutil.copy(path + suffix, work + suffix)
        team = Vault.open(work, passphrase=vaults.PASSPHRASE)
        project, _ = Vault.create(os.path.join(folder, "project.vault"), "bench", "benchmark passphrase",
                                  kdf=FAST_KDF)
        offices.add_peer(team, offices.card(project), "internal", "project")
        offices.add_peer(project, offices.card(team), "internal", "team")
        out, made = _once(lambda: offices.make_bundle(team, "project", everything=True))
        pid = office.identity(project.conn)
        inner = _inner(out.data, pid.age_identity)
        base = _age_alone(inner, pid.age_recipient, 1)
        _, received = _once(lambda: offices.receive(project, out.data))
        figures = [
            Figure(f"bundle: first, whole vault ({scale:,} incidents), make", made, "s", base,
                   "age alone, same JSON", note=f"{out.changes:,} changes, {len(out.data) / 1e6:.1f} MB file, "
                                                 f"{len(inner) / 1e6:.1f} MB of JSON inside"),
            Figure(f"bundle: first, whole vault ({scale:,} incidents), receive", received, "s", base,
                   "age alone, same JSON", note="into an empty vault, one transaction"),
        ]
        back = offices.make_bundle(project, "team")  # acknowledges the first bundle
        offices.receive(team, back.data)
        incidents = team.incidents.list(limit=500, with_links=False)

        def edit_here():
            with team.transaction():
                for i, record in enumerate(incidents):
                    record.place = f"{record.place} (checked {i})"
                    team.incidents.update(record)
        _, edited = _once(edit_here)
        weekly = []
        week_out = None

        def make_week():
            nonlocal week_out
            week_out = offices.make_bundle(team, "project")
            weekly.append(week_out)
        samples = timed(make_week, repeat=repeat, warmup=0)
        ids = [r.id for r in incidents]

        def read_and_seal():
            # The floor for a weekly bundle: read the same records, write them as JSON, age.
            import json

            import pyrage
            from pyrage import x25519

            from accompdesk.vault.changelog import field_values
            rows = [field_values(r) for r in team.incidents.list(filters={"id": ids})]
            pyrage.encrypt(json.dumps(rows).encode(), [x25519.Recipient.from_str(pid.age_recipient)])
        base = median(timed(read_and_seal, repeat=repeat, warmup=1))
        _, received = _once(lambda: offices.receive(project, weekly[-1].data))
        figures += [
            Figure("bundle: weekly, ~500 changes, make", median(samples), "s", base, "read same records + age",
                   note=f"{week_out.changes} changes, {len(week_out.data) / 1e3:.0f} kB file"),
            Figure("bundle: weekly, ~500 changes, receive", received, "s", edited, "same 500 edits made here",
                   note="each change merged field by field, indexed and audited"),
        ]
        team.close()
        project.close()
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


BENCHMARKS = {"bundles": lambda a: bundles(a.scale, a.repeat)}
