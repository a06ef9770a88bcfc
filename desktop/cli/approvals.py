"""``leadvault-admin approvals request | list | show | decide | revoke``: requests to
the chief procurator and his decisions, with the same checks as the GUI. Each command
unlocks the vault (LEADVAULT_PASSWORD, LEADVAULT_PIN); `decide` signs with the chief's
card in that same reader, after the same PIN."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import bootstrap
from desktop.app.clock import SystemClock
from desktop.approvals.service import ApprovalService, UnknownSubject
from desktop.cli import EXIT_FAILURE, EXIT_OK
from desktop.cli.vault import (
    _acting_secrets,
    _err,
    _say,
    guarded,
    open_card,
    unlocked,
    vault_service,
)
from desktop.domain.approvals import RequestKind, RequestState, Scope, StoredRequest
from desktop.domain.audit import lead_subject
from desktop.domain.lead_errors import LeadError
from desktop.domain.leads import LeadNumber
from desktop.domain.roles import Role
from desktop.vault.session import Session

STATES = {
    "pending": (RequestState.PENDING,),
    "decided": (RequestState.APPROVED, RequestState.REFUSED, RequestState.USED,
                RequestState.REVOKED),
    "all": tuple(RequestState),
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("--data", required=True, type=Path, metavar="DIR")
        parser.add_argument("--reader")
        return parser

    request = command("request", "file a request to the chief procurator")
    request.add_argument("--kind", required=True, choices=[k.value for k in RequestKind])
    request.add_argument("--lead", action="append", default=[], metavar="LEAD_NUMBER")
    request.add_argument("--subject", action="append", default=[],
                         help="user:ID or setting:NAME for those kinds")
    request.add_argument("--scope", default="", help="comma-separated: "
                         + ", ".join(s.value for s in Scope))
    request.add_argument("--reason", required=True)
    request.add_argument("--hours", type=int, default=24, help="the expiry asked for")
    request.add_argument("--on-behalf", default="", help="the department filed for")
    request.set_defaults(func=file_request)

    listed = command("list", "requests: the chief sees all, anyone else his own")
    listed.add_argument("--state", choices=sorted(STATES), default="pending")
    listed.set_defaults(func=list_requests)

    decide = command("decide", "the chief's card signs a decision (his PIN)")
    decide.add_argument("id", type=int)
    answer = decide.add_mutually_exclusive_group(required=True)
    answer.add_argument("--approve", action="store_true")
    answer.add_argument("--refuse", action="store_true")
    decide.add_argument("--scope", help="a narrower scope than asked (comma-separated)")
    decide.add_argument("--hours", type=int, help="a shorter expiry than asked")
    decide.set_defaults(func=decide_request)

    show = command("show", "one request, its decision and whether the decision verifies")
    show.add_argument("id", type=int)
    show.set_defaults(func=show_request)

    revoke = command("revoke", "the chief revokes an approval")
    revoke.add_argument("id", type=int)
    revoke.set_defaults(func=revoke_request)


def _scope(text: str | None) -> tuple[Scope, ...]:
    return tuple(Scope(part.strip()) for part in (text or "").split(",") if part.strip())


def _is_viewer(args: argparse.Namespace) -> bool:
    """Whether the card in the reader is a viewer's (his requests go to his outbox)."""
    vault = vault_service(args.data)
    with open_card(args.reader) as card:
        serial = card.info().serial
    return any(s == serial and not Role(r).holds_vault_keys for _, r, s in vault.info().users)


def _viewer_request(args: argparse.Namespace, password: str, pin: str) -> int:
    from desktop.cli.grants import refusal, viewer_grants
    from desktop.grants.inbox import InboxUnavailable

    with viewer_grants(args, pin, password) as (grants, card):
        try:
            mine = grants.request(RequestKind(args.kind), args.lead, _scope(args.scope),
                                  args.reason, args.hours, card, pin)
        except InboxUnavailable as error:
            _err(f"refused: {refusal(error)}")
            return EXIT_FAILURE
    _say(f"request {mine.seq} filed in your outbox ({mine.kind}); the chief procurator sees"
         f" it after the next keyholder unlock; its grant will be {mine.package_id}")
    return EXIT_OK


@guarded
def file_request(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    if _is_viewer(args):
        return _viewer_request(args, password, pin)
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        leads = bootstrap.cli_leads(session)
        subjects = []
        for number in args.lead:
            try:
                subjects.append(lead_subject(leads.lead_id(LeadNumber.parse(number))))
            except (LeadError, ValueError):
                raise UnknownSubject(f"lead:{number}") from None
        stored = ApprovalService(session, SystemClock()).file(
            RequestKind(args.kind), (*subjects, *args.subject), _scope(args.scope),
            args.reason, args.hours, args.on_behalf,
        )
    _say(f"request {stored.id} filed ({stored.request.kind.value}), hash {stored.request.hash}")
    return EXIT_OK


@guarded
def list_requests(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    if _is_viewer(args):
        from desktop.cli.grants import viewer_grants

        with viewer_grants(args, pin, password) as (grants, _):
            for mine in grants.my_requests():
                _say(f"{mine.seq:>5}  {mine.state:<8}  {mine.kind:<26}  {' '.join(mine.leads)}"
                     f"  scope={','.join(mine.scope)}  {mine.hours}h  {mine.filed_at}")
        return EXIT_OK
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        for stored in ApprovalService(session, SystemClock()).listed(STATES[args.state]):
            _say(_line(stored))
    return EXIT_OK


@guarded
def decide_request(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        decided = ApprovalService(session, SystemClock()).decide(
            args.id, card, pin, approve=args.approve,
            scope=_scope(args.scope) if args.scope else None, hours=args.hours,
        )
        issued = _after_decision(session, args.id, decided.decision.approve)
    for package_id in issued:
        _say(f"grant {package_id} sealed to the viewer who asked")
    verdict = "approved" if decided.decision.approve else "refused"
    until = f" until {decided.decision.expires_at}" if decided.decision.approve else ""
    _say(f"request {args.id} {verdict}{until}, signed by card {decided.signer}")
    return EXIT_OK


@guarded
def revoke_request(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        ApprovalService(session, SystemClock()).revoke(args.id)
        _after_decision(session, args.id, False)
    _say(f"request {args.id} revoked")
    return EXIT_OK


def _after_decision(session: Session, request_id: int, approved: bool) -> list[str]:
    from desktop.grants.upkeep import after_decision

    store = bootstrap.grants_store(session.data_dir)
    try:
        return after_decision(session, store, SystemClock(), request_id, approved)
    finally:
        store.close()


@guarded
def show_request(args: argparse.Namespace) -> int:
    from desktop.approvals.service import RequestNotFound, verify_decision
    from desktop.audit.canonical import format_time
    from desktop.vault.signed import SignedEnvelope

    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        mine = [s for s in ApprovalService(session, SystemClock()).listed(tuple(RequestState))
                if s.id == args.id]
        if not mine:
            raise RequestNotFound(args.id)
        stored = mine[0]
        with session.store.reading() as tx:
            found = tx.approvals.decision(stored.id)
        _say(_line(stored))
        _say(f"reason: {stored.request.reason}")
        _say(f"hash: {stored.request.hash}")
        if found is None:
            _say("decision: none yet")
            return EXIT_OK
        signed = SignedEnvelope(*found)
        assert session.roster is not None
        verdict = verify_decision(signed, stored, session.roster, session.vault_id, (),
                                  format_time(SystemClock().now()))
        body = signed.envelope().body
        _say(f"decision {signed.id}: approve={body.get('approve')} scope={body.get('scope')}"
             f" until {body.get('expires_at') or '-'}, card {signed.signer}")
        _say("verifies: yes" if not isinstance(verdict, str) else f"verifies: no ({verdict})")
    return EXIT_OK


def _line(stored: StoredRequest) -> str:
    r = stored.request
    scope = ",".join(s.value for s in r.scope) or "-"
    return (f"{stored.id:>5}  {stored.state.value:<8}  {r.kind.value:<26}  "
            f"{' '.join(r.subjects)}  scope={scope}  {r.hours}h  by {r.requester}  {r.filed_at}")
