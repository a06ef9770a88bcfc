"""``leadvault-admin grants list | open``: a viewer's grants (DESIGN §6). Each
command unlocks his grant key (LEADVAULT_PASSWORD, LEADVAULT_PIN); `open` signs an
outbox entry with his card before it shows anything. Identities are shown only on
screen in LeadVault, never on a terminal whose scroll-back could keep them."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from desktop import bootstrap
from desktop.app.clock import SystemClock
from desktop.card.session import OpenPgpSession
from desktop.cli import EXIT_FAILURE, EXIT_OK
from desktop.cli.vault import _acting_secrets, _err, _say, guarded, open_card, vault_service
from desktop.domain.grants import PackageInvalid
from desktop.grants.inbox import InboxUnavailable
from desktop.grants.viewer import GrantExpired, GrantNotFound, ViewerGrants


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("--data", required=True, type=Path, metavar="DIR")
        parser.add_argument("--reader")
        return parser

    command("list", "the unexpired grants addressed to you").set_defaults(func=list_grants)
    opened = command("open", "open a grant read-only (recorded in your outbox first)")
    opened.add_argument("id")
    opened.set_defaults(func=open_grant)


@contextlib.contextmanager
def viewer_grants(args: argparse.Namespace, pin: str, password: str
                  ) -> Iterator[tuple[ViewerGrants, OpenPgpSession]]:
    vault = vault_service(args.data)
    with open_card(args.reader) as card:
        session = vault.unlock_viewer(card, password, pin)
        store = bootstrap.grants_store(args.data)
        try:
            yield ViewerGrants(session, store, SystemClock()), card
        finally:
            store.close()
            session.lock()


def refusal(error: Exception) -> str | None:
    """The words for a grant's refusals (None: not one of them)."""
    if isinstance(error, GrantExpired):
        return f"the grant {error.package_id} has expired / 授权已过期"
    if isinstance(error, GrantNotFound):
        return f"no grant {error.package_id} for you / 没有该授权"
    if isinstance(error, PackageInvalid):
        return f"the grant package is refused ({error.why}) / 授权包无效"
    if isinstance(error, InboxUnavailable):
        return ("the chief procurator has not yet signed a checkpoint this store can trust;"
                " ask him to unlock LeadVault once / 尚无可信的收件密钥")
    return None


@guarded
def list_grants(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    with viewer_grants(args, pin, password) as (grants, _):
        for g in grants.granted():
            asked = g.request
            what = f"{' '.join(asked.leads)} {','.join(asked.scope)}" if asked else "-"
            _say(f"{g.package_id}  until {g.expires_at}  {what}")
    return EXIT_OK


@guarded
def open_grant(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    with viewer_grants(args, pin, password) as (grants, card):
        try:
            opened = grants.open(args.id, card, pin)
        except (GrantExpired, GrantNotFound, PackageInvalid, InboxUnavailable) as error:
            _err(f"refused: {refusal(error)}")
            return EXIT_FAILURE
        lead = opened.lead
        _say(f"lead {lead.number}  status {lead.status}  category {lead.category}")
        _say(f"granted: {', '.join(lead.scope)}  until {opened.expires_at}")
        _say(f"summary: {lead.summary}")
        _say(f"reported: {'; '.join(lead.reported)}")
        _say(f"reports: {lead.report_count}")
        for report in lead.reports:
            if report.text:
                _say(f"  {report.received_at} {report.channel}: {report.text}")
        for attachment in lead.attachments:
            _say(f"  attachment {attachment.file_name} ({attachment.size} bytes)")
        if opened.identity_granted:
            _say("identities: granted; shown only on screen in LeadVault")
    return EXIT_OK
