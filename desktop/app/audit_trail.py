"""The audit trail as the chief procurator's audit screen reads and checks it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.app.audit_extracts import ExtractWords, approve_export, build_extract, entries
from desktop.app.audit_facts import AuditCheck, AuditEntry, AuditPage, CheckpointFacts
from desktop.app.facts import Progress
from desktop.domain.audit import user_subject
from desktop.domain.audit_query import AuditFilter, PageAt

if TYPE_CHECKING:
    from desktop.app.cards import CardAccess
    from desktop.domain.audit_extract import AuditExtract
    from desktop.domain.witness_sheet import WitnessSheet
    from desktop.vault.checkpoints import CheckpointSummary, StoredCheckpoint
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


class AuditTrail:
    """desktop.app.ports.AuditPort."""

    def __init__(
        self,
        vault: VaultService,
        session: Session,
        cards: CardAccess | None = None,
        render_sheet: Callable[[WitnessSheet], bytes] | None = None,
        unit: tuple[str, str] = ("", ""),
        render_extract: Callable[[AuditExtract], bytes] | None = None,
    ) -> None:
        self._vault = vault
        self._session = session
        self._cards = cards
        self._render_sheet = render_sheet
        self._unit = unit  # (name, code)
        self._render_extract = render_extract

    def tail(self, count: int) -> list[AuditEntry]:
        return list(self.page(AuditFilter(), PageAt.NEWEST, 0, count).entries)

    def page(self, where: AuditFilter, at: PageAt = PageAt.NEWEST, seq: int = 0,
             size: int = 100) -> AuditPage:
        """One page of the records ``where`` selects, newest first; whether there are
        older and newer ones beyond it. Keyset paging: as quick at the first record of
        a million as at the head."""
        rows, names = self._vault.audit_page(self._session, where, at, seq, size + 1)
        more = len(rows) > size
        if at in (PageAt.NEWER, PageAt.OLDEST):
            rows = rows[1:] if more else rows  # the extra one is the newest
            has_newer, has_older = more, at is PageAt.NEWER
        else:
            rows = rows[:size]
            has_older, has_newer = more, at is PageAt.OLDER
        return AuditPage(tuple(entries(rows, names)), has_older, has_newer)

    def people(self) -> list[tuple[str, str]]:
        """(audit id, name) of every user ever enrolled, for the "by" filter."""
        with self._session.store.reading() as tx:
            return [(user_subject(u.id), u.name) for u in tx.users.list(include_removed=True)]

    def subject_of(self, typed: str) -> str:
        """What the chief typed as a subject, as the audit names it: a lead's number
        ("2026-00012") becomes "lead:12"; anything else is taken as an audit id."""
        from desktop.domain.lead_errors import LeadError
        from desktop.domain.leads import LeadNumber

        typed = typed.strip()
        try:
            number = LeadNumber.parse(typed)
        except ValueError:
            return typed
        with self._session.store.reading() as tx:
            try:
                return f"lead:{tx.leads.by_number(number).id}"
            except LeadError:
                return typed

    def extract(self, where: AuditFilter, words: ExtractWords) -> bytes:
        """The printed extract of the records ``where`` selects (a PDF, paper only)."""
        if self._render_extract is None:
            raise LookupError("no layout for the audit extract")
        return self._render_extract(build_extract(
            self._vault, self._session, where, words, self._unit, self.last_checkpoint(),
            dict(self.people())))

    def export_extract(self, where: AuditFilter, words: ExtractWords) -> bytes:
        """The extract for a file: only with the chief's approval of EXPORT_AUDIT for
        this very selection (ExportNotApproved and an audited refusal otherwise)."""
        approve_export(self._session, where)
        return self.extract(where, words)

    def verify(self, progress: Progress | None = None) -> AuditCheck:
        verdict = self._vault.check_audit(self._session, progress)  # checked and recorded
        brk = verdict.chain.first_break
        witnesses = verdict.witnesses
        return AuditCheck(
            checked=verdict.chain.checked,
            first_break=brk.seq if brk else None,
            reason=str(getattr(brk.reason, "value", brk.reason)) if brk else None,
            checkpoints=witnesses.checkpoints,
            last_checkpoint=witnesses.last.record.seq if witnesses.last else None,
            unwitnessed=witnesses.unwitnessed,
            bad_checkpoint=witnesses.problem[0] if witnesses.problem else None,
            checkpoint_problem=witnesses.problem[1] if witnesses.problem else None,
        )

    def sign_checkpoint(self, reader: str, pin: str) -> CheckpointFacts:
        """The chief's card signs a checkpoint now (and remembers it); refused for any
        card the roster does not name as a chief's."""
        from desktop.card.errors import NoCard

        if self._cards is None:
            raise NoCard()
        with self._cards.session(reader) as card:
            stored = self._vault.sign_checkpoint(self._session, card, pin)
        facts = self._vault.checkpoint_facts(self._session, stored.record.seq)
        assert facts is not None
        return _facts(*facts)

    def last_checkpoint(self) -> CheckpointFacts | None:
        facts = self._vault.checkpoint_facts(self._session)
        return None if facts is None else _facts(*facts)

    def witness_sheet(self, record_seq: int, action_words: Callable[[str], str]) -> bytes:
        """The one-page witness sheet of the checkpoint at ``record_seq`` (a PDF)."""
        import hashlib
        from datetime import UTC

        from desktop.audit.canonical import parse_time
        from desktop.domain.witness_sheet import WitnessSheet

        found = self._vault.checkpoint_facts(self._session, record_seq)
        if found is None or self._render_sheet is None:
            raise LookupError(f"no checkpoint at record {record_seq}")
        stored, summary = found
        envelope, roster = stored.envelope, self._session.roster
        assert roster is not None
        signed_by = roster.current.active_entry_for_card(stored.signed.signer)
        version = next((r.version for h, r in roster.versions if h == envelope.roster_hash), 0)
        seq_text, _, head_hash = envelope.audit_head.partition(":")
        fingerprint = hashlib.sha256(stored.signed.signature).hexdigest()[:32]
        sheet = WitnessSheet(
            unit_name=self._unit[0], unit_code=self._unit[1], vault_id=envelope.vault_id,
            checkpoint_number=envelope.sequence, record_seq=stored.record.seq,
            record_hash=stored.record.hash, head_seq=int(seq_text), head_hash=head_hash,
            signed_at=parse_time(envelope.time).replace(tzinfo=UTC).astimezone(),
            signer_name=signed_by.name if signed_by else "",
            signer_card=stored.signed.signer,
            signature_fingerprint=" ".join(
                fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4)
            ),
            envelope_id=stored.signed.id, roster_version=version,
            records_witnessed=summary.records,
            by_action=tuple((action_words(a), n) for a, n in summary.by_action),
            identity_views=len(summary.identity_views),
            reason=str(envelope.body.get("reason", "")),
            origin=roster.versions[0][1].origin if envelope.body.get("reason") == "refound"
            else "",
        )
        return self._render_sheet(sheet)


def _facts(stored: StoredCheckpoint, summary: CheckpointSummary) -> CheckpointFacts:
    return CheckpointFacts(
        record_seq=stored.record.seq,
        number=stored.envelope.sequence,
        time=stored.envelope.time,
        signer_card=stored.signed.signer,
        records=summary.records,
        by_action=summary.by_action,
        identity_views=len(summary.identity_views),
    )
