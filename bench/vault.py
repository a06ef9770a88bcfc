"""Unlock cost, split into its parts, against Argon2id alone (issue 3, target ≤ 1.2);
then the storage benchmark (SQLCipher against plain SQLite, target ≤ 1.3).

    scripts/with-services.sh .venv/bin/python -m bench.vault [--unlocks 5] [--rows 100000]

A vault with calibrated Argon2id parameters is created in a temporary folder,
its chief procurator's virtual card is put on vpcd and reached through pcscd
(as a real card would be), the machine secret sits in the Secret Service.
Each unlock is timed in total and by part: Argon2id, card (every APDU
exchange, including VERIFY and PSO:DECIPHER), unwrap (HKDF + AES-GCM), database
open (SQLCipher key, integrity check, migrations, audit head) and the rest
(header read, keyring, audit records). The baseline is Argon2id alone with
the same parameters, measured in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import vault_storage
from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.card import pcsc
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.provision import provision
from desktop.card.emulator.vpcd import DEFAULT_PORT, VpcdLink, reader_name
from desktop.card.session import OpenPgpSession
from desktop.vault import kdf, service
from desktop.vault.keyring_store import DemoKeyStore, OsKeyStore
from desktop.vault.service import VaultService

PIN = "123456"
PASSWORD = "bench password"
TARGET = 1.2


class _Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class Parts:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, part: str, elapsed: float) -> None:
        self.seconds[part] = self.seconds.get(part, 0.0) + elapsed


def _timed(parts: Parts, part: str, func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            parts.add(part, time.perf_counter() - start)

    return wrapper


class _TimedTransport:
    """Times every exchange with the card (through pcscd)."""

    def __init__(self, inner: pcsc.PcscTransport, parts: Parts) -> None:
        self._inner = inner
        self._parts = parts

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        start = time.perf_counter()
        try:
            return self._inner.send_and_receive(apdu)
        finally:
            self._parts.add("card", time.perf_counter() - start)

    def exclusive(self) -> contextlib.AbstractContextManager[None]:
        return self._inner.exclusive()

    def reset(self) -> None:
        self._inner.reset()

    def close(self) -> None:
        self._inner.close()


@contextlib.contextmanager
def _instrumented(parts: Parts) -> Iterator[None]:
    """Wrap the functions the unlock path calls, by module attribute."""
    patches = [
        (service.kdf, "derive", "argon2id"),
        (service.slot_crypto, "slot_kek", "unwrap"),
        (service.slot_crypto, "open_slot", "unwrap"),
    ]
    originals = [(module, name, getattr(module, name)) for module, name, _ in patches]
    for module, name, part in patches:
        setattr(module, name, _timed(parts, part, getattr(module, name)))
    try:
        yield
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


class _TimedStores:
    def __init__(self, inner: SqlCipherStoreFactory, parts: Parts) -> None:
        self._inner = inner
        self._parts = parts

    def create(self, path: Path, dek: bytes) -> Any:
        return self._inner.create(path, dek)

    def open(self, path: Path, dek: bytes, verify_integrity: bool = True) -> Any:
        start = time.perf_counter()
        try:
            return self._inner.open(path, dek, verify_integrity)
        finally:
            self._parts.add("db open", time.perf_counter() - start)


@contextlib.contextmanager
def _card_on_vpcd(card: VirtualCard, port: int) -> Iterator[str]:
    reader = reader_name(port)
    with Path(f"/tmp/leadvault-vpcd-{port}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # waits for a running e2e test
        link = VpcdLink(card, port)
        link.start()
        try:
            if not link.wait_connected(5.0):
                raise SystemExit(f"could not reach vpcd on port {port}: is pcscd running?")
            deadline = time.monotonic() + 10
            while not any(s.reader == reader and s.present for s in pcsc.reader_states()):
                if time.monotonic() > deadline:
                    raise SystemExit(f"pcscd did not see the virtual card in {reader!r}")
                time.sleep(0.02)
            yield reader
        finally:
            link.stop()


def _key_store() -> tuple[Any, bool]:
    try:
        return OsKeyStore(), False
    except Exception as error:  # no Secret Service: measure with the demo store, say so
        print(f"note: {error}; using the in-memory demo keyring")
        return DemoKeyStore(), True


def _fill(session: Any, records: int) -> None:
    """A vault in use: ``records`` audited writes (the database grows ~220 bytes each)."""
    for start in range(0, records, 1000):
        with session.store.transaction() as tx:
            for n in range(start, min(records, start + 1000)):
                tx.audit.append(session.actor, "bench.write", f"lead:{n}", {"n": n})


def bench_unlock(unlocks: int, port: int, records: int = 0) -> float:
    keys, demo = _key_store()
    params = kdf.calibrate()
    print(
        f"argon2id calibrated: {params.memory_kib} KiB, {params.time_cost} passes, "
        f"{params.parallelism} lane"
    )
    with (
        tempfile.TemporaryDirectory() as tmp,
        _card_on_vpcd(_provisioned(Path(tmp)), port) as reader,
    ):
        data = Path(tmp) / "vault"
        parts = Parts()
        stores = _TimedStores(SqlCipherStoreFactory(_Clock(), AuditLog), parts)
        vault = VaultService(data, stores, keys, _Clock())
        card = OpenPgpSession(_TimedTransport(pcsc.connect(reader), parts))
        session, created = vault.create(
            unit_code="110000",
            unit_name="bench",
            user_name="chief",
            card=card,
            pin=PIN,
            password=PASSWORD,
            kdf_params=params,
            demo=demo,
            development=True,  # the virtual card is a test card
        )
        vault_id = created.vault_id
        _fill(session, records)
        vault.lock(session)
        size = (data / "vault.db").stat().st_size / 1e6
        print(
            f"vault.db: {size:.1f} MB ({records} extra audit records); every unlock runs "
            "SQLCipher's cipher_integrity_check and quick_check over the whole file"
        )
        totals: list[float] = []
        per_part: dict[str, list[float]] = {}
        baseline: list[float] = []
        try:
            for _ in range(unlocks):
                # Baseline and unlock alternate so both see the same machine load.
                start = time.perf_counter()
                kdf.derive(PASSWORD.encode(), b"\x00" * 16, params)
                baseline.append(time.perf_counter() - start)
                parts.seconds.clear()
                with _instrumented(parts):
                    start = time.perf_counter()
                    session = vault.unlock(card, PASSWORD, PIN)
                    total = time.perf_counter() - start
                vault.lock(session)
                totals.append(total)
                for name in ("argon2id", "card", "unwrap", "db open"):
                    per_part.setdefault(name, []).append(parts.seconds.get(name, 0.0))
                per_part.setdefault("other", []).append(total - sum(parts.seconds.values()))
        finally:
            card.close()
            with contextlib.suppress(Exception):
                keys.delete(vault_id)
    median_total = statistics.median(totals)
    print(f"unlock, median of {unlocks} (virtual card through pcscd, Secret Service):")
    for name, values in per_part.items():
        value = statistics.median(values)
        print(f"  {name:<10}{value * 1000:9.1f} ms  {value / median_total:6.1%}")
    print(f"  {'total':<10}{median_total * 1000:9.1f} ms")
    # The machine is shared: the fastest run of each side is the least disturbed one.
    print(
        f"argon2id alone (baseline), fastest: {min(baseline) * 1000:.1f} ms; "
        f"unlock, fastest: {min(totals) * 1000:.1f} ms"
    )
    ratio = min(totals) / min(baseline)
    inside = statistics.median(t / a for t, a in zip(totals, per_part["argon2id"], strict=True))
    print(
        f"ratio unlock / argon2id alone: {ratio:.2f} (target <= {TARGET}); "
        f"within each unlock, total / its argon2id part: {inside:.2f}"
    )
    return ratio


def _provisioned(folder: Path) -> VirtualCard:
    card = VirtualCard(folder / "card.json")
    provision(card, "Bench")
    return card


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--unlocks", type=int, default=5)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument(
        "--records", type=int, default=0, help="audit records to write first (a vault in use)"
    )
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-storage", action="store_true")
    args = parser.parse_args()
    bench_unlock(args.unlocks, args.port, args.records)
    if not args.skip_storage:
        print()
        vault_storage._report(vault_storage.run(args.rows, args.batch, args.repeat))


if __name__ == "__main__":
    main()
