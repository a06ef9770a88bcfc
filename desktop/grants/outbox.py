"""A viewer's outbox (DESIGN §6): every request and every act on a grant is first an
entry signed by his card — numbered, chained to his previous entry by its id, with
the card's signature counter — sealed to the keyholders' inbox key and written to
grants.db, before anything is shown. Keyholders take the entries into the audit
chain at their next unlock (desktop.grants.intake)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime

from desktop.audit.canonical import format_time
from desktop.domain.canonical import canonical_json
from desktop.domain.envelope import Envelope, EnvelopeType, EnvelopeValue
from desktop.domain.grants import inbox_info
from desktop.grants.sealing import seal
from desktop.ports import GrantsStore, SmartCard
from desktop.vault.session import ViewerSession
from desktop.vault.signed import sign_now


class NotThisViewersCard(Exception):
    """The card in the reader is not the one this viewer unlocked with."""


def package_id_for(vault_id: str, sender: str, seq: int) -> str:
    """A request's package id: the viewer finds the grant his request became without
    opening anything; it names nothing but the outbox entry already in clear."""
    digest = hashlib.sha256(f"LeadVault/1 package\0{vault_id}\0{sender}\0{seq}".encode())
    return digest.hexdigest()[:32]


def append(grants: GrantsStore, session: ViewerSession, card: SmartCard, pin: str,
           inbox: bytes, body: Mapping[str, EnvelopeValue], at: datetime,
           mine: bytes | None = None) -> int:
    """Sign and store the next entry; its sequence number."""
    if card.info().serial != session.card_serial:
        raise NotThisViewersCard()
    head = grants.outbox_head(session.slot_id)
    seq = head[0] + 1 if head else 1

    def build(counter: int) -> Envelope:
        return Envelope(
            type=EnvelopeType.OUTBOX, vault_id=session.vault_id,
            roster_hash=session.roster.hash, sequence=seq, audit_head="",
            previous=head[1] if head else "", signature_counter=counter,
            time=format_time(at), body={**body, "actor": session.actor},
        )

    signed = sign_now(card, pin, build)
    sealed = seal(canonical_json(signed.to_json()), inbox,
                  inbox_info(session.vault_id, session.slot_id))
    grants.append_outbox(session.slot_id, seq, signed.id, sealed, mine)
    return seq
