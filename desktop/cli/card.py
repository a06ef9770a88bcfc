"""``leadvault-admin card list | provision | selftest``: OpenPGP cards through
PC/SC. PINs come from LEADVAULT_PIN / LEADVAULT_ADMIN_PIN, never argv."""

from __future__ import annotations

import argparse
import sys

from desktop import bootstrap
from desktop.app.card_selftest import run_selftest
from desktop.card import pcsc
from desktop.card.errors import (
    CardError,
    CardServiceUnavailable,
    InvalidPinLength,
    NotAnOpenPgpCard,
    PinBlocked,
    WrongPin,
)
from desktop.card.model import Algorithm, CardInfo, KeySlot
from desktop.card.session import OpenPgpSession
from desktop.cli import EXIT_AUTH, EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from desktop.cli.secrets import MissingSecret, read_secret

ALGORITHMS = {
    "p256": (Algorithm.P256_ECDSA, Algorithm.P256_ECDH),
    "curve25519": (Algorithm.ED25519, Algorithm.X25519),
}
_PIN_NAMES = {0x81: "PIN", 0x82: "PIN", 0x83: "admin PIN"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("list", help="list readers and the OpenPGP cards in them")
    listing.set_defaults(func=list_cards)

    provision = commands.add_parser(
        "provision",
        help="generate the signature and decryption keys on a card (LEADVAULT_ADMIN_PIN)",
        description="Sets the algorithm attributes, generates the signature and decryption "
        "keys, writes their OpenPGP fingerprints and creation times, the cardholder name "
        "and the PIN-for-every-signature policy. The admin PIN comes from "
        "LEADVAULT_ADMIN_PIN (or a prompt on a terminal).",
    )
    provision.add_argument("--reader", metavar="NAME", help="default: the first card found")
    provision.add_argument("--name", required=True, help="cardholder name (at most 39 bytes)")
    provision.add_argument("--algorithm", choices=sorted(ALGORITHMS), default="p256")
    provision.set_defaults(func=provision_card)

    selftest = commands.add_parser(
        "selftest",
        help="verify the PIN (LEADVAULT_PIN), sign and check, ECDH round trip",
    )
    selftest.add_argument("--reader", metavar="NAME", help="default: the first card found")
    selftest.set_defaults(func=selftest_card)


def _say(text: str) -> None:
    print(text, flush=True)


def _fail(error: CardError) -> int:
    """Print a card error; the exit code for it."""
    if isinstance(error, WrongPin):
        name = _PIN_NAMES.get(error.reference, "PIN")
        print(f"wrong {name}: {error.remaining} tries remaining", file=sys.stderr)
        return EXIT_AUTH
    if isinstance(error, PinBlocked):
        name = _PIN_NAMES.get(error.reference, "PIN")
        print(f"the {name} is blocked", file=sys.stderr)
        return EXIT_AUTH
    if isinstance(error, InvalidPinLength):
        print(f"the PIN must have {error.minimum} to {error.maximum} characters", file=sys.stderr)
        return EXIT_AUTH
    print(f"error: {type(error).__name__}: {error}", file=sys.stderr)
    return EXIT_FAILURE


def _fingerprint(value: bytes | None) -> str:
    if value is None:
        return "[none]"
    text = value.hex().upper()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def _describe(info: CardInfo) -> list[str]:
    status = info.pin_status
    rows = [
        ("serial", info.serial),
        ("manufacturer", f"{info.manufacturer_name} ({info.manufacturer:04X})"),
        ("version", f"{info.version[0]}.{info.version[1]}"),
        ("cardholder", info.cardholder_name or "[not set]"),
        (
            "PIN retries",
            f"PIN {status.pw1_retries}, reset code {status.rc_retries}, "
            f"admin PIN {status.pw3_retries}",
        ),
        (
            "signature PIN",
            "needed for every signature" if status.pw1_valid_for_one_signature else "once",
        ),
        ("signatures", str(info.signature_counter)),
    ]
    for slot, label in ((KeySlot.SIG, "signature key"), (KeySlot.DEC, "decryption key")):
        algorithm = info.algorithms.get(slot)
        kind = algorithm.value if algorithm else "unsupported"
        rows.append((label, f"{_fingerprint(info.fingerprints.get(slot))} ({kind})"))
    return [f"  {label + ':':16}{value}" for label, value in rows]


def list_cards(args: argparse.Namespace) -> int:
    try:
        states = pcsc.reader_states()
    except CardError as error:
        return _fail(error)
    if not states:
        _say("no reader")
        return EXIT_OK
    for state in states:
        _say(f"{state.reader}:")
        if not state.present:
            _say("  no card")
            continue
        try:
            session = _open(state.reader)
        except CardServiceUnavailable as error:
            return _fail(error)
        except CardError as error:
            _say(f"  card not readable: {type(error).__name__}: {error}")
            continue
        try:
            for line in _describe(session.info()):
                _say(line)
        except NotAnOpenPgpCard:
            _say(f"  not an OpenPGP card (ATR {state.atr.hex().upper()})")
        except CardError as error:
            _say(f"  card not readable: {type(error).__name__}: {error}")
        finally:
            session.close()
    return EXIT_OK


def _open(reader: str | None) -> OpenPgpSession:
    return bootstrap.cli_cards().open(reader)


def provision_card(args: argparse.Namespace) -> int:
    try:
        admin_pin = read_secret("LEADVAULT_ADMIN_PIN", "Admin PIN: ")
    except MissingSecret as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if len(args.name.encode("utf-8")) > 39:
        print("error: the cardholder name holds at most 39 bytes", file=sys.stderr)
        return EXIT_USAGE
    sig_algorithm, dec_algorithm = ALGORITHMS[args.algorithm]
    try:
        session = _open(args.reader)
    except CardError as error:
        return _fail(error)
    from desktop.app.cards import provision

    try:
        provision(
            session, args.name, admin_pin=admin_pin, algorithms=(sig_algorithm, dec_algorithm)
        )
        info = session.info()
    except CardError as error:
        return _fail(error)
    finally:
        session.close()
    _say(f"provisioned card {info.serial} ({args.algorithm}):")
    for line in _describe(info):
        _say(line)
    return EXIT_OK


def selftest_card(args: argparse.Namespace) -> int:
    try:
        pin = read_secret("LEADVAULT_PIN", "PIN: ")
    except MissingSecret as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        session = _open(args.reader)
    except CardError as error:
        return _fail(error)
    try:
        return _selftest(session, pin)
    finally:
        session.close()


def _report(name: str, passed: bool, detail: str) -> None:
    if name == "card":
        _say(f"card: {detail}")
    elif passed:
        _say(f"{name}: ok{' — ' + detail if detail else ''}")
    else:
        _say(f"{name}: FAILED{' (' + detail + ')' if detail else ''}")


def _selftest(session: OpenPgpSession, pin: str) -> int:
    try:
        passed = run_selftest(session, pin, _report)
    except CardError as error:
        return _fail(error)
    if not passed:
        return EXIT_FAILURE
    _say("selftest passed")
    return EXIT_OK
