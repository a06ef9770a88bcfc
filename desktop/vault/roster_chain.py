"""The roster chain in the header: v1 self-signed by the founding chief, each vN
signed by a chief of v(N−1) (DESIGN.md §6). Verified at every unlock before any
role is believed; changed only through ``propose`` + a chief card's signature."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desktop.audit.canonical import format_time
from desktop.domain.audit import AuditHead
from desktop.domain.envelope import Envelope, EnvelopeType
from desktop.domain.roles import Role
from desktop.domain.roster import Roster, RosterEntry, RosterInvalid
from desktop.ports import SmartCard
from desktop.vault.base64_text import b64
from desktop.vault.header import EnrolledCard
from desktop.vault.signed import SignedEnvelope, parse_signed, sign_now, signed_by


@dataclass(frozen=True)
class VerifiedRoster:
    """The current roster and every earlier version, each checked."""

    current: Roster
    hash: str  # the id of the current version's envelope
    versions: tuple[tuple[str, Roster], ...] = field(repr=False)

    def by_hash(self, roster_hash: str) -> Roster | None:
        return next((r for h, r in self.versions if h == roster_hash), None)

    def knows(self, roster_hash: str) -> bool:
        return any(h == roster_hash for h, _ in self.versions)

    def signer_was_chief(self, signed: SignedEnvelope, roster_hash: str) -> bool:
        """Whether a chief of the version ``roster_hash`` signed ``signed``."""
        roster = self.by_hash(roster_hash)
        return roster is not None and any(signed_by(signed, e) for e in roster.chiefs())

    def origin(self) -> tuple[int, str] | None:
        """For a vault made by `vault refound`: the (seq, hash) of the old vault's last
        checkpoint record, which the new chief's v1 vouches for."""
        text = self.versions[0][1].origin
        if not text:
            return None
        _, _, head = text.partition(" ")
        seq, _, digest = head.partition(":")
        return (int(seq), digest) if seq.isdigit() else None

    def founder(self) -> RosterEntry:
        """The chief who signed v1 (the key pinned in the keyring at `vault init`)."""
        chiefs = self.versions[0][1].chiefs()
        return next((e for e in chiefs if not e.backup), chiefs[0])

    def chief_entry(self, signed: SignedEnvelope) -> RosterEntry | None:
        """The current chief whose card signed ``signed`` (a chief powers check)."""
        return next((e for e in self.current.chiefs() if signed_by(signed, e)), None)


def entry_for(slot_id: str, name: str, role: Role, card: EnrolledCard,
              *, backup: bool = False, grant_public: bytes = b"") -> RosterEntry:
    return RosterEntry(
        slot_id=slot_id, name=name, role=role, card_serial=card.serial,
        sig_algorithm=card.sig_algorithm, sig_public=b64(card.sig_public),
        dec_public=b64(card.dec_public), backup=backup,
        grant_public=b64(grant_public) if grant_public else "",
    )


def roster_envelope(
    vault_id: str, roster: Roster, previous: str, head: AuditHead, at: datetime
) -> Callable[[int], Envelope]:
    """The envelope of ``roster`` for a card to sign (its counter filled in then)."""

    def build(counter: int) -> Envelope:
        return Envelope(
            type=EnvelopeType.ROSTER, vault_id=vault_id, roster_hash=previous,
            sequence=roster.version, audit_head=f"{head.seq}:{head.hash}", previous=previous,
            signature_counter=counter, time=format_time(at), body=roster.body(),
        )

    return build


def sign_roster(card: SmartCard, pin: str, vault_id: str, roster: Roster, previous: str,
                head: AuditHead, at: datetime) -> SignedEnvelope:
    return sign_now(card, pin, roster_envelope(vault_id, roster, previous, head, at))


def verify_roster_chain(
    chain: Sequence[SignedEnvelope], vault_id: str, founder_key: str | None
) -> VerifiedRoster:
    """The verified current roster, or RosterInvalid saying what is wrong.
    ``founder_key`` (base64 signature key pinned at `vault init`) binds v1 to the
    chief who founded this vault; None only where no pin exists yet."""
    if not chain:
        raise RosterInvalid("there is no signed roster")
    versions: list[tuple[str, Roster]] = []
    previous: Roster | None = None
    previous_id = ""
    for signed in chain:
        envelope = parse_signed(signed)
        if envelope is None or envelope.type is not EnvelopeType.ROSTER:
            raise RosterInvalid("a roster version is not a roster envelope")
        if envelope.vault_id != vault_id:
            raise RosterInvalid("a roster version names another vault")
        roster = Roster.from_body(envelope.body)
        expected_version = 1 if previous is None else previous.version + 1
        if roster.version != expected_version or envelope.sequence != roster.version:
            raise RosterInvalid(f"version {roster.version} follows {expected_version - 1}")
        if envelope.previous != previous_id or envelope.roster_hash != previous_id:
            raise RosterInvalid(f"version {roster.version} does not cite the one before it")
        signers = roster.chiefs() if previous is None else previous.chiefs()
        if not any(signed_by(signed, e) for e in signers):
            who = "its own chief" if previous is None else "a chief of the version before"
            raise RosterInvalid(f"version {roster.version} is not signed by {who}")
        if previous is None and founder_key is not None and not any(
            e.sig_public == founder_key and signed_by(signed, e) for e in signers
        ):
            raise RosterInvalid("version 1 is not signed by the founding chief's card")
        if not roster.chiefs():
            raise RosterInvalid(f"version {roster.version} names no chief procurator")
        previous, previous_id = roster, signed.id
        versions.append((previous_id, roster))
    assert previous is not None
    return VerifiedRoster(previous, previous_id, tuple(versions))
