"""Checkpoints (DESIGN.md §7): the chief's card signs the audit head at his
unlock and on demand, and the signed envelope is itself an audit record. A
keyholder can rewrite the database, not the chief's signature, so anything
before the last checkpoint that was deleted, edited or reordered shows — to
`audit verify` here, and at unlock through what the cards remember."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop.audit.canonical import format_time
from desktop.audit.chain import VerificationResult
from desktop.domain.audit import AuditRecord
from desktop.domain.envelope import Envelope, EnvelopeType, EnvelopeValue
from desktop.grants.inbox_key import inbox_public
from desktop.ports import SmartCard, UnitOfWork
from desktop.vault.base64_text import b64
from desktop.vault.errors import ChiefCardMismatch
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.signed import SignedEnvelope, parse_signed, sign_now

CHECKPOINT = "audit.checkpoint"
# Summarised by name before the chief signs (DESIGN §7: identity views named).
IDENTITY_VIEW = "lead.identity.view"


@dataclass(frozen=True)
class StoredCheckpoint:
    record: AuditRecord
    signed: SignedEnvelope
    envelope: Envelope


def read_checkpoint(record: AuditRecord) -> StoredCheckpoint | None:
    """The checkpoint a record carries, or None when it is not a readable one."""
    if record.action != CHECKPOINT:
        return None
    try:
        signed = SignedEnvelope.from_json(record.details)
    except (ValueError, TypeError):
        return None
    envelope = parse_signed(signed)
    if envelope is None or envelope.type is not EnvelopeType.CHECKPOINT:
        return None
    return StoredCheckpoint(record, signed, envelope)


def last_checkpoint(tx: UnitOfWork) -> StoredCheckpoint | None:
    record = tx.audit_records.last_of(CHECKPOINT)
    return None if record is None else read_checkpoint(record)


@dataclass(frozen=True)
class CheckpointSummary:
    """What happened since the last checkpoint: shown to the chief when he signs."""

    since_seq: int  # 0: there was none
    records: int
    by_action: tuple[tuple[str, int], ...]
    by_actor: tuple[tuple[str, int], ...]
    identity_views: tuple[AuditRecord, ...]


def summarise(tx: UnitOfWork, since_seq: int, until_seq: int | None = None
              ) -> CheckpointSummary:
    """The records after ``since_seq`` (up to ``until_seq`` included, or the head)."""
    actions: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    views: list[AuditRecord] = []
    for record in tx.audit_records.iterate(since_seq + 1):
        if until_seq is not None and record.seq > until_seq:
            break
        actions[record.action] += 1
        actors[record.actor] += 1
        if record.action == IDENTITY_VIEW:
            views.append(record)
    return CheckpointSummary(
        since_seq, sum(actions.values()), tuple(sorted(actions.items())),
        tuple(sorted(actors.items())), tuple(views),
    )


def witness(
    tx: UnitOfWork,
    card: SmartCard,
    pin: str,
    *,
    vault_id: str,
    roster: VerifiedRoster,
    actor: str,
    reason: str,
    at: datetime,
    extra: Mapping[str, EnvelopeValue] | None = None,
) -> tuple[StoredCheckpoint, CheckpointSummary]:
    """Sign a checkpoint of the current head with ``card`` and append it. The card
    must be a chief's of the current roster: its fresh signature is the proof
    (ChiefCardMismatch otherwise, and nothing is written). ``extra``: more facts
    for the body (an accepted restore names what it abandons)."""
    last = last_checkpoint(tx)
    _report_counter_jump(tx, card, last, actor, vault_id)  # witnessed by this checkpoint
    summary = summarise(tx, last.record.seq if last else 0)
    inbox = inbox_public(tx)  # how viewers learn the inbox key (desktop.grants.inbox)
    head = tx.audit_records.head()

    def build(counter: int) -> Envelope:
        return Envelope(
            type=EnvelopeType.CHECKPOINT, vault_id=vault_id, roster_hash=roster.hash,
            sequence=(last.envelope.sequence + 1) if last else 1,
            audit_head=f"{head.seq}:{head.hash}", previous=last.signed.id if last else "",
            signature_counter=counter, time=format_time(at),
            body={**(extra or {}), "reason": reason, "since": summary.since_seq,
                  "records": summary.records, "inbox": b64(inbox)},
        )

    signed = sign_now(card, pin, build)
    if roster.chief_entry(signed) is None:
        raise ChiefCardMismatch(signed.signer)
    tx.audit.append(actor, CHECKPOINT, f"vault:{vault_id}", signed.to_json())
    record = tx.audit_records.get(tx.audit_records.head().seq)
    assert record is not None
    stored = read_checkpoint(record)
    assert stored is not None
    return stored, summary


# What the chief's card signs besides checkpoints, as the trail records it.
SIGNING_ACTIONS = frozenset({"bag.unseal", "roster.sign", "user.add", "card.replace",
                             "approval.decide",
                             "user.remove", "bag.unseal-refused"})


def _report_counter_jump(tx: UnitOfWork, card: SmartCard, last: StoredCheckpoint | None,
                         actor: str, vault_id: str) -> None:
    """DESIGN §7: a chief-card signature counter ahead of what the trail explains means
    his card signed elsewhere (a forged approval attempted, another program): reported
    in the trail, for his summary. The trail's count is an upper bound (every signing
    action since his last checkpoint), so only a real gap is reported."""
    if last is None:
        return
    info = card.info()
    if last.signed.signer != info.serial:
        return
    before = info.signature_counter
    explained = sum(
        1 for r in tx.audit_records.iterate(last.record.seq + 1) if r.action in SIGNING_ACTIONS
    )
    unexplained = before - last.envelope.signature_counter - explained
    if unexplained > 0:
        tx.audit.append(actor, "card.counter_jump", f"vault:{vault_id}",
                        {"card": info.serial, "unexplained": unexplained})


@dataclass(frozen=True)
class WitnessReport:
    """The checkpoints of a chain: how many verified, the last one, how many records
    follow it unwitnessed, and the first checkpoint that failed (seq, reason)."""

    checkpoints: int
    last: StoredCheckpoint | None
    unwitnessed: int
    problem: tuple[int, str] | None = None


@dataclass(frozen=True)
class AuditVerdict:
    """`audit verify`: the hash chain and its checkpoints together. A chain with no
    checkpoint fails — nothing the chief's card signed vouches for it."""

    chain: VerificationResult
    witnesses: WitnessReport

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.witnesses.problem is None and self.witnesses.checkpoints > 0


def check_witnesses(
    records: Iterable[AuditRecord], vault_id: str, roster: VerifiedRoster
) -> WitnessReport:
    """Every checkpoint record: signed by a chief of the roster it names, for this
    vault, numbered in order, citing the one before, and naming exactly the head of
    the record before it. Stops at the first that fails."""
    count, last, after = 0, None, 0
    previous: AuditRecord | None = None
    origin = roster.origin()  # a refounded vault: the old chain, vouched by its v1
    for record in records:
        if origin is not None and record.seq == origin[0] and record.hash != origin[1]:
            return WitnessReport(count, last, after,
                                 (record.seq, "the chain before the refounding was changed"))
        if record.action == CHECKPOINT and origin is not None and record.seq <= origin[0]:
            last, after = read_checkpoint(record), 0  # vouched by the new chief's v1
            count += 1
        elif record.action == CHECKPOINT:
            problem = _checkpoint_problem(record, previous, last, vault_id, roster)
            if problem is not None:
                return WitnessReport(count, last, after, (record.seq, problem))
            last, after = read_checkpoint(record), 0
            count += 1
        else:
            after += 1
        previous = record
    return WitnessReport(count, last, after)


def _checkpoint_problem(
    record: AuditRecord,
    previous: AuditRecord | None,
    last: StoredCheckpoint | None,
    vault_id: str,
    roster: VerifiedRoster,
) -> str | None:
    stored = read_checkpoint(record)
    if stored is None:
        return "unreadable"
    envelope = stored.envelope
    if envelope.vault_id != vault_id:
        return "another vault"
    if not roster.signer_was_chief(stored.signed, envelope.roster_hash):
        return "not signed by a chief of its roster"
    expected_head = f"{previous.seq}:{previous.hash}" if previous else f"0:{'0' * 64}"
    if envelope.audit_head != expected_head:
        return "the chain before it was changed"
    expected_sequence = (last.envelope.sequence + 1) if last else 1
    if envelope.sequence != expected_sequence or envelope.previous != (
        last.signed.id if last else ""
    ):
        return "a checkpoint before it is missing"
    return None
