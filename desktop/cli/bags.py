"""``leadvault-admin bags create | add-lead | seal | hand-over | unseal | reseal |
return | void | list | show | cover-sheet | scan``.

Each command unlocks like ``vault unlock-check`` (``--data``, ``--reader``,
LEADVAULT_PASSWORD, LEADVAULT_PIN), does one workflow call and locks again.
``unseal`` is signed by the chief procurator's card: the session's own card
when he is the one logged in (its PIN is LEADVAULT_APPROVER_PIN, or else
LEADVAULT_PIN), or the card in ``--approver-reader`` (LEADVAULT_APPROVER_PIN).
Exit codes: 0 ok, 1 failure (a refused change), 2 usage (e.g. a mistyped
number: the message names the expected check character), 3 authentication
failed (including an unsealing signature that is refused)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop import bootstrap
from desktop.bags.errors import BagWorkflowError, UnsealingRefused
from desktop.bags.scanning import ForgedLabel, OpenedBag, ScanTooLong, UnknownBag
from desktop.bags.service import BagService
from desktop.card.session import OpenPgpSession
from desktop.cli import EXIT_AUTH, EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from desktop.cli.secrets import read_secret
from desktop.cli.vault import guarded, open_card, unlocked, vault_service
from desktop.domain.bag_records import StoredBag
from desktop.domain.bags import BagError, BagState
from desktop.domain.confidential_number import (
    ConfidentialNumber,
    ConfidentialNumberError,
    parse_number,
)
from desktop.domain.printables import PrintableError
from desktop.domain.qr_tag import QrTagError
from desktop.vault.enrollment import sign_approval

Handler = Callable[[argparse.Namespace], int]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, help_text: str, func: Handler, *, number: bool = True
                ) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        if number:
            parser.add_argument("number", metavar="NUMBER", help="the confidential number")
        parser.add_argument(
            "--data", required=True, type=Path, metavar="DIR", help="the vault's data folder"
        )
        parser.add_argument("--reader", help="the acting user's card (default: first card)")
        parser.set_defaults(func=_bag_errors(guarded(func)))
        return parser

    create = command(
        "create", "open a bag and print its new confidential number", create_bag, number=False
    )
    create.add_argument("--lead", action="append", default=[], metavar="LEAD_NUMBER")
    create.add_argument("--items", type=int, default=0, metavar="N")
    create.add_argument("--pages", type=int, default=0, metavar="N")
    create.add_argument("--recipient", help="default: 检察长 (the chief procurator)")

    add_lead = command("add-lead", "put a lead into a draft bag", add_lead_to_bag)
    add_lead.add_argument("--lead", action="append", required=True, metavar="LEAD_NUMBER")

    command("seal", "seal a draft bag", seal_bag)
    hand = command("hand-over", "record that the sealed bag was handed over", hand_over_bag)
    hand.add_argument("--receiver", required=True)
    unseal = command(
        "unseal", "record the unsealing, signed by the chief procurator's card", unseal_bag
    )
    unseal.add_argument(
        "--approver-reader", help="the chief procurator's card (default: the session's card)"
    )
    command("reseal", "reseal an unsealed bag", reseal_bag)
    command("return", "return an unsealed bag to the sender", return_bag)
    void = command("void", "void a draft or sealed bag (its number stays voided)", void_bag)
    void.add_argument("--reason", required=True)
    listing = command("list", "list bags, newest first", list_bags, number=False)
    listing.add_argument("--state", choices=[s.value for s in BagState])
    command("show", "a bag and its events", show_bag)
    cover = command(
        "cover-sheet", "print a new copy of the cover sheet to a PDF file", cover_sheet
    )
    cover.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    labels = command("labels", "print bag labels (each a new copy number) to a PDF", bag_labels)
    labels.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    labels.add_argument("--count", type=int, default=1, metavar="N")
    seals = command("seal-labels", "print seal strips (封条) to a PDF", seal_labels)
    seals.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    seals.add_argument("--count", type=int, default=5, metavar="N")
    register_sheet = command(
        "register", "print the bag register to a PDF", bag_register, number=False
    )
    register_sheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    register_sheet.add_argument("--year", type=int)
    scan = command(
        "scan", "what a scanned line names (a Code 128 number or a QR payload)", scan_line,
        number=False,
    )
    scan.add_argument("text", metavar="TEXT")


# ---------------------------------------------------------------- plumbing


def _say(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(f"error: {text}", file=sys.stderr, flush=True)


def _bag_errors(func: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except ConfidentialNumberError as error:
            _err(f"not a confidential number: {error}")
            return EXIT_USAGE
        except UnsealingRefused as error:
            _err(f"{type(error).__name__}: {error}")
            return EXIT_AUTH
        except (BagWorkflowError, BagError, PrintableError, QrTagError, ScanTooLong) as error:
            _err(f"{type(error).__name__}: {error}")
            return EXIT_FAILURE

    run.__name__ = func.__name__
    return run


@contextlib.contextmanager
def _bags(args: argparse.Namespace) -> Iterator[tuple[BagService, OpenPgpSession]]:
    """Unlock, yield the bag workflows (and the open card), lock."""
    password = read_secret("LEADVAULT_PASSWORD", "Password: ")
    pin = read_secret("LEADVAULT_PIN", "PIN: ")
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        yield bootstrap.cli_bags(vault, session), card


def _number(args: argparse.Namespace) -> ConfidentialNumber:
    return parse_number(args.number)


def _line(stored: StoredBag) -> str:
    bag = stored.bag
    return (
        f"{bag.number}  {bag.state.value:<11}  to {bag.recipient}  "
        f"leads {len(bag.lead_numbers)}  items {bag.items}  pages {bag.pages}"
    )


# ---------------------------------------------------------------- commands


def create_bag(args: argparse.Namespace) -> int:
    if args.items < 0 or args.pages < 0:
        _err("--items and --pages are not negative")
        return EXIT_USAGE
    with _bags(args) as (bags, _):
        options = {} if args.recipient is None else {"recipient": args.recipient}
        stored = bags.create(args.lead, args.items, args.pages, **options)
    _say(str(stored.bag.number))
    return EXIT_OK


def add_lead_to_bag(args: argparse.Namespace) -> int:
    number = _number(args)
    with _bags(args) as (bags, _):
        for lead in args.lead:
            bags.add_lead(number, lead)
    _say(f"{number}: {len(args.lead)} lead(s) added")
    return EXIT_OK


Change = Callable[[BagService, ConfidentialNumber, argparse.Namespace], StoredBag]


def _transition(change: Change) -> Callable[[argparse.Namespace], int]:
    """A command that unlocks, moves one bag along and prints its new line."""

    def run(args: argparse.Namespace) -> int:
        number = _number(args)
        with _bags(args) as (bags, _):
            stored = change(bags, number, args)
        _say(_line(stored))
        return EXIT_OK

    return run


seal_bag = _transition(lambda bags, number, _: bags.seal(number))
hand_over_bag = _transition(lambda bags, number, args: bags.hand_over(number, args.receiver))
reseal_bag = _transition(lambda bags, number, _: bags.reseal(number))
return_bag = _transition(lambda bags, number, _: bags.return_to_sender(number))
void_bag = _transition(lambda bags, number, args: bags.void(number, args.reason))


def unseal_bag(args: argparse.Namespace) -> int:
    number = _number(args)
    own_card = args.approver_reader is None or args.approver_reader == args.reader
    approver_pin = None if own_card else read_secret(
        "LEADVAULT_APPROVER_PIN", "Chief procurator's PIN: "
    )
    with contextlib.ExitStack() as stack:
        bags, approver = stack.enter_context(_bags(args))
        if approver_pin is None:  # the chief unseals in his own session, with his own card
            approver_pin = os.environ.get("LEADVAULT_APPROVER_PIN") or read_secret(
                "LEADVAULT_PIN", "PIN: "
            )
        else:
            approver = stack.enter_context(open_card(args.approver_reader))
        request = bags.prepare_unsealing(number)
        approval = sign_approval(approver, approver_pin, request.record)
        stored = bags.unseal(number, approval)
    _say(_line(stored))
    _say(f"unsealing signed by card {approval.approver_serial}, "
         f"audit head {request.audit_head.short}")
    return EXIT_OK


def list_bags(args: argparse.Namespace) -> int:
    states = None if args.state is None else [BagState(args.state)]
    with _bags(args) as (bags, _):
        listed = bags.list_bags(states)
    for stored in listed:
        _say(_line(stored))
    return EXIT_OK


def show_bag(args: argparse.Namespace) -> int:
    number = _number(args)
    with _bags(args) as (bags, _):
        stored = bags.get(number)
        events = bags.events(number)
        copies = bags.copies(number)
    _say(_line(stored))
    if stored.bag.lead_numbers:
        _say(f"leads: {' '.join(stored.bag.lead_numbers)}")
    for item in events:
        event = item.event
        details = " ".join(f"{k}={v}" for k, v in event.details)
        _say(f"  v{item.version} {event.at:%Y-%m-%d %H:%M} {event.action.value} by {event.actor}"
             f"{' ' + details if details else ''}")
    for copy in copies:
        _say(f"  copy {copy.copy_number} {copy.document.value} {copy.printed_at:%Y-%m-%d %H:%M}")
    return EXIT_OK


def _pdf_path(args: argparse.Namespace) -> bool:
    if args.out.suffix.lower() != ".pdf":
        _err("--out names a .pdf file")
        return False
    return True


def cover_sheet(args: argparse.Namespace) -> int:
    number = _number(args)
    if not _pdf_path(args):
        return EXIT_USAGE
    with _bags(args) as (bags, _):
        sheet, pdf = bags.print_cover_sheet(number, bootstrap.renderers().cover_sheet)
    args.out.write_bytes(pdf)
    _say(f"{number} copy {sheet.copy_number} -> {args.out} ({len(pdf)} bytes)")
    return EXIT_OK


def bag_labels(args: argparse.Namespace) -> int:
    number = _number(args)
    if not _pdf_path(args):
        return EXIT_USAGE
    with _bags(args) as (bags, _):
        sheet, pdf = bags.print_bag_labels(number, bootstrap.renderers().bag_labels, args.count)
    args.out.write_bytes(pdf)
    copies = " ".join(str(label.copy_number) for label in sheet.labels)
    _say(f"{number} copies {copies} -> {args.out} ({len(pdf)} bytes)")
    return EXIT_OK


def seal_labels(args: argparse.Namespace) -> int:
    number = _number(args)
    if not _pdf_path(args):
        return EXIT_USAGE
    with _bags(args) as (bags, _):
        sheet, pdf = bags.print_seal_labels(number, bootstrap.renderers().seal_labels, args.count)
    args.out.write_bytes(pdf)
    _say(f"{number} {sheet.count} seal strips -> {args.out} ({len(pdf)} bytes)")
    return EXIT_OK


def bag_register(args: argparse.Namespace) -> int:
    if not _pdf_path(args):
        return EXIT_USAGE
    with _bags(args) as (bags, _):
        sheet, pdf = bags.print_register(bootstrap.renderers().register, args.year)
    args.out.write_bytes(pdf)
    _say(f"register: {len(sheet.rows)} bags, copy {sheet.copy_number} -> {args.out}")
    return EXIT_OK


def scan_line(args: argparse.Namespace) -> int:
    with _bags(args) as (bags, _):
        outcome = bags.open_scanned(args.text)
    if isinstance(outcome, OpenedBag):
        _say(_line(StoredBag(outcome.bag, outcome.version)))
        return EXIT_OK
    if isinstance(outcome, UnknownBag):
        _err(f"no bag {outcome.number} in this vault")
        return EXIT_FAILURE
    assert isinstance(outcome, ForgedLabel)
    _err(f"FORGED LABEL: the QR tag of {outcome.number} copy {outcome.copy_number} "
         "was not made by this vault (recorded in the audit log)")
    return EXIT_FAILURE
