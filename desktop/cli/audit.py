"""``leadvault-admin audit verify | show``: recompute the hash chain and report
the first break; list the newest records (no identity or content is in them).
Both unlock the vault (LEADVAULT_PASSWORD, LEADVAULT_PIN) and lock it again."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from desktop.cli.vault import _acting_secrets, _say, guarded, open_card, unlocked, vault_service
from desktop.cli.verdict import describe_verdict


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser("verify", help="recompute the audit chain")
    verify.add_argument("--data", required=True, type=Path, metavar="DIR")
    verify.add_argument("--reader")
    verify.set_defaults(func=verify_audit)

    show = commands.add_parser("show", help="print audit records, oldest first")
    show.add_argument("--data", required=True, type=Path, metavar="DIR")
    show.add_argument("--reader")
    show.add_argument("--last", type=int, metavar="N", help="only the newest N records")
    show.set_defaults(func=show_audit)


@guarded
def verify_audit(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        verdict = vault.check_audit(session)
    for line in describe_verdict(verdict):
        _say(line)
    return EXIT_OK if verdict.ok else EXIT_FAILURE


@guarded
def show_audit(args: argparse.Namespace) -> int:
    if args.last is not None and args.last < 1:
        _say("--last needs a positive number")
        return EXIT_USAGE
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        records = vault.audit_records(session, args.last)
    for r in records:
        details = json.dumps(dict(r.details), ensure_ascii=False, sort_keys=True)
        _say(f"{r.seq:>6}  {r.time}  {r.actor:<10} {r.action:<24} {r.subject:<14} {details}")
    return EXIT_OK
