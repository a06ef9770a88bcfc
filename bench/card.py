"""APDU round trip: the virtual card through pcscd + vpcd against the same
card in-process, in one run.

    .venv/bin/python bench/card.py [--iterations N] [--port 35963]

Sends GET DATA C4 (PW status, 7 bytes back) N times over each path after a
SELECT and prints the medians, the 95th percentiles and their ratio. The
design target is under 2 ms per APDU through pcscd. Needs pcscd with the
vpcd reader (scripts/with-services.sh starts it); holds the same per-port
lock as the e2e tests so it never steals their reader.
"""

from __future__ import annotations

import argparse
import fcntl
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.card import pcsc
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.emulator.vpcd import DEFAULT_PORT, VpcdLink, reader_name
from desktop.card.errors import CardError
from desktop.card.session import OpenPgpSession
from desktop.card.transport import Transport

GET_PW_STATUS = bytes.fromhex("00CA00C400")
TARGET_SECONDS = 0.002


@contextmanager
def port_lock(port: int) -> Iterator[None]:
    with Path(f"/tmp/leadvault-vpcd-{port}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # waits for a running e2e test
        yield


def round_trips(transport: Transport, iterations: int) -> tuple[list[float], list[float]]:
    """(raw transport round trips, OpenPgpSession.pin_status() calls)."""
    session = OpenPgpSession(transport)
    session.select()
    for _ in range(20):  # warm up caches and the socket path
        transport.send_and_receive(GET_PW_STATUS)
    raw = []
    for _ in range(iterations):
        start = time.perf_counter()
        _, sw = transport.send_and_receive(GET_PW_STATUS)
        raw.append(time.perf_counter() - start)
        if sw != 0x9000:
            raise SystemExit(f"GET DATA C4 answered {sw:04X}")
    full = []
    for _ in range(iterations):
        start = time.perf_counter()
        session.pin_status()
        full.append(time.perf_counter() - start)
    return raw, full


def wait_presence(reader: str, present: bool, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(s.reader == reader and s.present for s in pcsc.reader_states()) is present:
            return
        time.sleep(0.02)
    raise SystemExit(f"pcscd did not see a card {'in' if present else 'leave'} {reader!r}")


def measure_through_pcscd(reader: str, iterations: int) -> tuple[list[float], list[float]]:
    try:
        transport = pcsc.connect(reader)
    except CardError as error:
        raise SystemExit(f"cannot connect through pcscd: {error}") from error
    try:
        return round_trips(transport, iterations)
    finally:
        transport.close()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=2000)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args()

    card = VirtualCard()
    local_runs = round_trips(InProcessTransport(card), args.iterations)

    with port_lock(args.port):
        # The previous user of the port may have just left: let pcscd see it go.
        wait_presence(reader_name(args.port), False)
        with VpcdLink(card, args.port) as link:
            if not link.wait_connected(10):
                raise SystemExit(f"vpcd is not listening on 127.0.0.1:{args.port}")
            wait_presence(link.reader, True)
            remote_runs = measure_through_pcscd(link.reader, args.iterations)

    (local, local_session), (remote, remote_session) = local_runs, remote_runs
    local_median, remote_median = statistics.median(local), statistics.median(remote)
    print(f"APDU round trip, GET DATA C4, {args.iterations} iterations each")
    print(
        f"  in-process:   median {local_median * 1e6:8.1f} µs   "
        f"p95 {percentile(local, 0.95) * 1e6:8.1f} µs"
    )
    print(
        f"  pcscd + vpcd: median {remote_median * 1e6:8.1f} µs   "
        f"p95 {percentile(remote, 0.95) * 1e6:8.1f} µs"
    )
    print(f"  ratio pcscd/in-process: {remote_median / local_median:.1f}x")
    session_local = statistics.median(local_session)
    session_remote = statistics.median(remote_session)
    print(
        f"  OpenPgpSession.pin_status(): in-process {session_local * 1e6:.1f} µs, "
        f"pcscd {session_remote * 1e6:.1f} µs, ratio {session_remote / session_local:.1f}x"
    )
    met = remote_median < TARGET_SECONDS
    print(f"  target < {TARGET_SECONDS * 1e3:.0f} ms through pcscd: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
