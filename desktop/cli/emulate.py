"""`leadvault-admin card emulate`: run a virtual OpenPGP card on vpcd in the
foreground until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from desktop.card.emulator import Faults, VirtualCard
from desktop.card.emulator.state import StateFileError
from desktop.card.emulator.vpcd import DEFAULT_PORT, VpcdLink
from desktop.cli import EXIT_FAILURE, EXIT_OK

FAULT_HELP = (
    "not-openpgp | block-pw1 | block-pw3 | drop-on-ins=HEX (e.g. drop-on-ins=2A: pull the "
    "card when that command arrives) | ecdh-full-point (answer ECDH with 04||X||Y) | "
    "refuse-pin-reset (answer VERIFY FF with 6B00, as cards before 3.4); repeatable"
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "emulate",
        help="run a virtual OpenPGP card on vpcd until interrupted",
        description="Connects a virtual OpenPGP card to pcscd's vpcd reader. A missing "
        "state FILE becomes a blank card (PINs 123456 / 12345678).",
    )
    parser.add_argument("--state", type=Path, required=True, metavar="FILE")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="vpcd port (35963)")
    parser.add_argument("--fault", action="append", type=_fault, default=[], help=FAULT_HELP)
    parser.add_argument(
        "--reinsert-after",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="after a drop-on-ins fault, insert the card again after this delay",
    )
    parser.set_defaults(func=run)


def _fault(text: str) -> str:
    name, _, value = text.partition("=")
    flags = ("not-openpgp", "block-pw1", "block-pw3", "ecdh-full-point", "refuse-pin-reset")
    if name in flags and not value:
        return text
    if name == "drop-on-ins":
        try:
            if 0 <= int(value, 16) <= 0xFF:
                return text
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"unknown fault {text!r}: {FAULT_HELP}")


def _apply_faults(card: VirtualCard, faults: list[str]) -> None:
    for fault in faults:
        name, _, value = fault.partition("=")
        if name == "not-openpgp":
            card.faults.not_openpgp = True
        elif name == "ecdh-full-point":
            card.faults.ecdh_full_point = True
        elif name == "refuse-pin-reset":
            card.faults.refuse_pin_reset = True
        elif name == "block-pw1":
            card.block_pin(0x81)
        elif name == "block-pw3":
            card.block_pin(0x83)
        elif name == "drop-on-ins":
            card.faults.drop_on_ins = int(value, 16)
            card.faults.drop_once = False


def run(args: argparse.Namespace) -> int:
    try:
        card = VirtualCard(args.state, faults=Faults())
    except (StateFileError, OSError) as exc:
        print(f"card emulate: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    _apply_faults(card, args.fault)
    stop = threading.Event()

    def interrupt(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    link = VpcdLink(card, args.port, reinsert_after_drop=args.reinsert_after)
    try:
        link.start()
        print(
            f"virtual card {card.serial} on {link.reader} (127.0.0.1:{args.port}); "
            "Ctrl-C to stop",
            flush=True,
        )
        if not link.wait_connected(2):
            print(f"waiting for vpcd on 127.0.0.1:{args.port} (is pcscd running?)", flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        link.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return EXIT_OK
