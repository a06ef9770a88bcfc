"""The acts a signed decision allows, recorded against the lead (DESIGN.md §6, issue
11): a handwriting examination of an anonymous letter (Art 59(5)), a clarification
(Arts 71–75, which opens its deadline from the rules in the deadline table), a reward
(Arts 66–70, with its amount and basis). Each spends the decision and writes its
record in one transaction; without a valid decision nothing is written and the
refusal is audited."""

from __future__ import annotations

from desktop.approvals.service import ApprovalMissing, ApprovalService
from desktop.domain.approvals import RequestKind
from desktop.domain.leads import LeadId
from desktop.leads import deadlines as dl
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import Clock
from desktop.vault.session import Session

MAX_TEXT = 200


class ActInvalid(ValueError):
    def __init__(self, problem: str) -> None:
        super().__init__(f"not recorded: {problem}")
        self.problem = problem


class ApprovedActs:
    def __init__(self, session: Session, clock: Clock) -> None:
        self._session = session
        self._clock = clock
        self._approvals = ApprovalService(session, clock)

    def handwriting(self, subject: str, examiner: str) -> None:
        examiner = examiner.strip()
        if not examiner or len(examiner) > 60:
            raise ActInvalid("examiner")
        self._record(RequestKind.HANDWRITING, subject, "lead.handwriting",
                     {"examiner": examiner})

    def reward(self, subject: str, amount_yuan: int, basis: str) -> None:
        basis = basis.strip()
        if not 0 < amount_yuan <= 10_000_000 or not basis or len(basis) > MAX_TEXT:
            raise ActInvalid("amount" if not 0 < amount_yuan <= 10_000_000 else "basis")
        self._record(RequestKind.REWARD, subject, "lead.reward",
                     {"amount_yuan": amount_yuan, "basis": basis})

    def clarification(self, subject: str, after_review: bool) -> None:
        """Opens the clarification deadline (one month after the preliminary
        investigation, or ten working days after a review: Art 72)."""
        self._record(RequestKind.CLARIFICATION, subject, "lead.clarification",
                     {"after_review": after_review}, after_review=after_review)

    def _record(self, kind: RequestKind, subject: str, action: str,
                details: dict[str, str | int | bool], *, after_review: bool | None = None
                ) -> None:
        s = self._session
        if not allowed(s.role, Action.RECORD_LEAD):
            raise NotPermitted(Action.RECORD_LEAD, s.role)
        try:
            with s.store.transaction() as tx:
                used = self._approvals.require(tx, kind, subject)
                if after_review is not None:
                    now = self._clock.now()
                    code = dl.CLARIFY_AFTER_REVIEW if after_review else (
                        dl.CLARIFY_AFTER_INVESTIGATION)
                    plan = DeadlinePlan(tx.settings.all())
                    lead_id = LeadId(int(subject.partition(":")[2]))
                    tx.lead_deadlines.add_deadlines([plan.opened(code, lead_id, subject, now)])
                tx.audit.append(s.actor, action, subject,
                                {**details, "request": f"request:{used.request.id}"})
        except ApprovalMissing as refusal:
            self._approvals.refused(refusal)
            raise
