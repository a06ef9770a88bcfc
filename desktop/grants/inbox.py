"""The inbox key as viewers find it: the last checkpoint the chief's card signed,
copied into grants.db by keyholder sessions. A viewer seals nothing until that
checkpoint verifies under a chief of his roster, so a key planted in grants.db by
someone else (another viewer who wants to read requests) is refused."""

from __future__ import annotations

import json

from desktop.domain.canonical import canonical_json
from desktop.domain.envelope import EnvelopeType
from desktop.ports import GrantsStore, UnitOfWork
from desktop.vault import checkpoints
from desktop.vault.base64_text import unb64
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.signed import SignedEnvelope, parse_signed

INBOX_META = "inbox"


class InboxUnavailable(Exception):
    """No inbox key a viewer can trust yet: the chief has not signed a checkpoint
    since grants began, or what grants.db holds does not verify."""


def publish(tx: UnitOfWork, grants: GrantsStore) -> None:
    """Copy the last checkpoint carrying the inbox key into grants.db."""
    last = checkpoints.last_checkpoint(tx)
    if last is None or "inbox" not in last.envelope.body:
        return
    data = canonical_json(last.signed.to_json())
    if grants.meta(INBOX_META) != data:
        grants.set_meta(INBOX_META, data)


def verified_inbox(grants: GrantsStore, roster: VerifiedRoster, vault_id: str) -> bytes:
    data = grants.meta(INBOX_META)
    if data is None:
        raise InboxUnavailable()
    try:
        signed = SignedEnvelope.from_json(json.loads(data))
    except (ValueError, TypeError):
        raise InboxUnavailable() from None
    envelope = parse_signed(signed)
    if (envelope is None or envelope.type is not EnvelopeType.CHECKPOINT
            or envelope.vault_id != vault_id
            or not roster.signer_was_chief(signed, envelope.roster_hash)):
        raise InboxUnavailable()
    try:
        return unb64(envelope.body.get("inbox"), 32)
    except ValueError:
        raise InboxUnavailable() from None
