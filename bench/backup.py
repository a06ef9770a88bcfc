"""Backups (issue 13): a backup of a vault with 100,000 leads and 1 GB of attachments
against a plain file copy of the same bytes, fsynced, on the same file system
(target ≤ 1.5). The backup includes everything it does before it says done: the
snapshot, the header, the manifest, the copy's SHA-256 and page HMACs, the reopened
copy's checks (the audit chain and its checkpoints, the head).

A session's first backup checks every page's HMAC (``leadvault-admin backup create``
does this); once a whole-file check — the app's pass after unlock, or a backup — has
authenticated every page, a backup checks the pages written since (db.page_ledger).
The first is reported on its own; the ratio is of the later ones (the app's case).

    .venv/bin/python -m bench.backup [--leads 100000] [--attachments-mb 1024]

(The audit view's half of this file — issue 13 item 4 — lives in its own function.)
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path


@dataclass(frozen=True)
class BackupBench:
    leads: int
    attachments_mb: int
    size: int  # bytes copied (vault.db + vault.keys)
    backup: float  # median seconds, every page authenticated earlier in the session
    plain: float
    first: float  # seconds of the session's first backup (every page checked)

    @property
    def ratio(self) -> float:
        return self.backup / self.plain


def _plain_copy(sources: list[Path], target: Path) -> None:
    """The baseline: the same files copied as they are, fsynced (what a careful copy
    to removable media must do too)."""
    target.mkdir()
    for source in sources:
        with source.open("rb") as src, (target / source.name).open("xb") as dst:
            shutil.copyfileobj(src, dst, 4 * 1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run_backup(leads: int = 100_000, attachments_mb: int = 1024, rounds: int = 5,
               directory: Path | None = None) -> BackupBench:
    from bench.leads import _generate
    from desktop.backup.service import Backups
    from tests.unit.backup_support import backups
    from tests.unit.test_witness_rules import Site

    with tempfile.TemporaryDirectory(dir=directory) as tmp:
        site = Site(Path(tmp) / "vault")
        session = site.unlock(site.clerk, "clerk pw")
        try:
            service = site.leads(session)
            _generate(service, session.store, leads, leads, random.Random(13))  # type: ignore[arg-type]
            first = service.page(limit=attachments_mb)
            for n in range(attachments_mb):  # 1 MiB scans spread over the leads
                service.attach(first[n % len(first)].id, f"scan{n}.pdf",
                               b"%PDF-" + os.urandom(1024 * 1024 - 5))
        finally:
            site.vault.lock(session)
        site.vault.lock(site.unlock(site.chief, "chief pw"))  # a checkpoint over it all
        data = site.vault.data_dir
        sources = [data / "vault.db", data / "vault.keys"]
        medium = Path(tmp) / "usb"
        medium.mkdir()
        session = site.unlock(site.clerk, "clerk pw")
        ours: list[float] = []
        plain: list[float] = []
        size = 0
        try:
            worker: Backups = backups(site)
            start = time.perf_counter()
            shutil.rmtree(worker.create(session, medium).folder)  # checks every page
            first = time.perf_counter() - start
            for n in range(rounds):  # alternating, so both see the same machine state
                site.clock.moment += timedelta(seconds=1)  # a new backup name
                start = time.perf_counter()
                result = worker.create(session, medium)
                ours.append(time.perf_counter() - start)
                size = result.manifest.size
                shutil.rmtree(result.folder)
                session.store.database.checkpoint()  # type: ignore[attr-defined]
                start = time.perf_counter()
                _plain_copy(sources, medium / f"plain{n}")
                plain.append(time.perf_counter() - start)
                shutil.rmtree(medium / f"plain{n}")
        finally:
            site.vault.lock(session)
        return BackupBench(leads, attachments_mb, size, statistics.median(ours),
                           statistics.median(plain), first)


def _report_backup(bench: BackupBench) -> None:
    print(f"backup of {bench.leads:,} leads and {bench.attachments_mb} MiB of attachments "
          f"({bench.size / 2**20:,.0f} MiB)")
    print(f"  backup (copy, hash and pages written since checked): {bench.backup:8.2f} s")
    print(f"  plain copy of the same files, fsynced:               {bench.plain:8.2f} s")
    print(f"  the session's first backup (every page's HMAC):      {bench.first:8.2f} s")
    print(f"  ratio: {bench.ratio:.2f} (target ≤ 1.5); the first backup's: "
          f"{bench.first / bench.plain:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--attachments-mb", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    _report_backup(run_backup(args.leads, args.attachments_mb, args.rounds, args.dir))


if __name__ == "__main__":
    main()
