"""``leadvault-admin numbers check NUMBER``: validate a confidential number typed
back by hand. Needs no unlock: the check character is all it looks at."""

from __future__ import annotations

import argparse

from desktop.cli import EXIT_FAILURE, EXIT_OK
from desktop.domain.confidential_number import ConfidentialNumberError, parse_number


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check a confidential number (UUUUUU-YYYY-NNNNNN-C) by its check character",
    )
    check.add_argument("number", metavar="NUMBER", help="the number as written or scanned")
    check.set_defaults(func=_check)


def _check(args: argparse.Namespace) -> int:
    try:
        number = parse_number(args.number)
    except ConfidentialNumberError as error:
        print(f"invalid: {error}")
        return EXIT_FAILURE
    print(f"valid: {number}")
    print(f"  unit code:       {number.unit_code}")
    print(f"  year:            {number.year}")
    print(f"  serial:          {number.serial:06d}")
    print(f"  check character: {number.check_character}")
    return EXIT_OK
