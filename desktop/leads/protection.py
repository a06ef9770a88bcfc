"""What a real-name informant is owed: replies (Arts 54-56), risk assessments (Art
61), protection plans and assistance requests (Art 62) with their deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from desktop.domain.audit import lead_subject, report_subject
from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    LeadId,
    LeadNumber,
    ProtectionPlan,
    Reply,
    ReplyForm,
    Report,
    ReportId,
    RiskAssessment,
    RiskLevel,
)
from desktop.leads import deadlines as dl
from desktop.leads import validators
from desktop.leads.context import LeadContext
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.leads.errors import (
    AssistanceStepOutOfOrder,
    InvalidField,
    NotRealName,
    Problem,
)
from desktop.policy import Action
from desktop.ports import UnitOfWork


class Protection:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def _real_name_report(self, tx: UnitOfWork, lead_id: LeadId, report_id: ReportId
                          ) -> Report:
        report = tx.lead_reports.report(report_id)
        if report.lead_id != lead_id:
            raise ReportNotFound(report_id)
        if not report.real_name:
            raise NotRealName(report_id)
        return report

    def reply(self, reply: Reply) -> None:
        """Record a reply to a real-name informant (Arts 54-56): an oral reply needs place,
        participants and content; a letter its content; "unreachable" its reason."""
        self._ctx.require(Action.RECORD_LEAD)
        now = self._ctx.clock.now()
        c = validators.check_text
        c("place", reply.place, validators.MEDIUM)
        c("content", reply.content, validators.LONG, multiline=True,
          required=reply.form is not ReplyForm.UNREACHABLE)
        c("informant_view", reply.informant_view, validators.LONG, multiline=True)
        c("unreachable_reason", reply.unreachable_reason, validators.LONG, multiline=True,
          required=reply.form is ReplyForm.UNREACHABLE)
        if reply.form is ReplyForm.ORAL:
            c("place", reply.place, validators.MEDIUM, required=True)
            if not reply.participants:
                raise InvalidField("participants", Problem.REQUIRED)
        for i, name in enumerate(reply.participants):
            c(f"participants[{i}]", name, validators.SHORT, required=True)
        validators.check_not_future("replied_at", reply.replied_at, now)
        with self._ctx.store.transaction() as tx:
            report = self._real_name_report(tx, reply.lead_id, reply.report_id)
            if reply.replied_at < report.received_at:
                raise InvalidField("replied_at", Problem.BEFORE_REPORT)
            tx.lead_protection.add_reply(replace(reply, recorded_by=self._ctx.user.id), now)
            subject = report_subject(reply.report_id)
            met = tx.lead_deadlines.meet_deadlines(reply.lead_id, dl.VISIT_REPLY, now, subject)
            met += tx.lead_deadlines.meet_deadlines(reply.lead_id, dl.REPLY, now, subject)
            tx.audit.append(self._ctx.actor, "lead.reply", lead_subject(reply.lead_id), {
                "report": reply.report_id, "form": reply.form.value, "deadlines_met": met,
            })

    def assess_risk(self, lead_id: LeadId, report_id: ReportId, level: RiskLevel,
                    factors: tuple[str, ...], note: str = "") -> RiskAssessment:
        """Art 61: every real-name report gets a risk assessment (level and factors)."""
        self._ctx.require(Action.RECORD_LEAD)
        for i, factor in enumerate(factors):
            validators.check_text(f"factors[{i}]", factor, validators.MEDIUM, required=True)
        validators.check_text("note", note, validators.LONG, multiline=True)
        now = self._ctx.clock.now()
        risk = RiskAssessment(lead_id, report_id, level, factors, note, self._ctx.user.id, now)
        with self._ctx.store.transaction() as tx:
            self._real_name_report(tx, lead_id, report_id)
            tx.lead_protection.add_risk(risk)
            tx.audit.append(self._ctx.actor, "lead.risk", lead_subject(lead_id),
                            {"report": report_id, "level": level.value,
                             "factors": len(factors)})
        return risk

    def unassessed_reports(self) -> list[tuple[LeadId, ReportId]]:
        self._ctx.require(Action.RECORD_LEAD)
        with self._ctx.store.reading() as tx:
            return tx.lead_protection.reports_without_risk_assessment()

    def plan_protection(self, lead_id: LeadId, measures: tuple[str, ...], responsible: str,
                        review_on: date) -> ProtectionPlan:
        self._ctx.require(Action.RECORD_LEAD)
        if not measures:
            raise InvalidField("measures", Problem.REQUIRED)
        for i, measure in enumerate(measures):
            validators.check_text(f"measures[{i}]", measure, validators.MEDIUM, required=True)
        validators.check_text("responsible", responsible, validators.SHORT, required=True)
        now = self._ctx.clock.now()
        if review_on < now.astimezone(dl.CHINA).date():
            raise InvalidField("review_on", Problem.BAD_FORMAT)
        plan = ProtectionPlan(lead_id, measures, responsible.strip(), review_on,
                              self._ctx.user.id, now)
        with self._ctx.store.transaction() as tx:
            tx.leads.get(lead_id)
            tx.lead_protection.add_plan(plan)
            tx.audit.append(self._ctx.actor, "lead.protection", lead_subject(lead_id),
                            {"measures": len(measures), "review_on": review_on.isoformat()})
        return plan

    def request_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                           received_at: datetime) -> AssistanceRequest:
        """Art 62: an informant asks for help; due "promptly" (24 hours by default)."""
        self._ctx.require(Action.RECORD_LEAD)
        now = self._ctx.clock.now()
        validators.check_not_future("received_at", received_at, now)
        summary = validators.check_text("summary", summary, validators.LONG, multiline=True)
        with self._ctx.store.transaction() as tx:
            plan = DeadlinePlan(tx.settings.all())
            tx.leads.get(lead_id)
            request_id = tx.lead_protection.add_assistance(lead_id, urgent, summary, received_at,
                                                           self._ctx.user.id)
            tx.lead_deadlines.add_deadlines([plan.opened(
                dl.ASSISTANCE, lead_id, f"assistance:{request_id}", received_at)])
            tx.audit.append(self._ctx.actor, "lead.assistance", lead_subject(lead_id),
                            {"request": request_id, "urgent": urgent})
            found = tx.lead_protection.assistance_request(request_id)
            assert found is not None
            return found

    def assistance_step(self, request_id: int, step: AssistanceStep, at: datetime
                        ) -> AssistanceRequest:
        """Record when a step happened. Facts → chief → police, in that order; judicial
        police measures come first on the urgent path, after the chief otherwise."""
        self._ctx.require(Action.RECORD_LEAD)
        now = self._ctx.clock.now()
        validators.check_not_future("at", at, now)
        with self._ctx.store.transaction() as tx:
            request = tx.lead_protection.assistance_request(request_id)
            if request is None:
                raise InvalidField("request", Problem.UNKNOWN_VALUE)
            needs = {
                AssistanceStep.REPORTED_TO_CHIEF: AssistanceStep.FACTS_ASCERTAINED,
                AssistanceStep.POLICE_NOTIFIED: AssistanceStep.REPORTED_TO_CHIEF,
            }
            if not request.urgent:
                needs[AssistanceStep.JUDICIAL_POLICE_MEASURES] = AssistanceStep.REPORTED_TO_CHIEF
            required = needs.get(step)
            if required is not None and required not in request.steps:
                raise AssistanceStepOutOfOrder(step.value, required.value)
            if at < request.received_at:
                raise InvalidField("at", Problem.BAD_FORMAT)
            tx.lead_protection.set_assistance_step(request_id, step, at)
            if step in (AssistanceStep.REPORTED_TO_CHIEF, AssistanceStep.JUDICIAL_POLICE_MEASURES):
                tx.lead_deadlines.meet_deadlines(request.lead_id, dl.ASSISTANCE, now,
                                                 f"assistance:{request_id}")
            tx.audit.append(self._ctx.actor, "lead.assistance.step", lead_subject(request.lead_id),
                            {"request": request_id, "step": step.value,
                             "urgent": request.urgent})
            found = tx.lead_protection.assistance_request(request_id)
            assert found is not None
            return found

    def open_urgent_assistance(self) -> list[AssistanceRequest]:
        """Urgent requests the police have not yet acted on: the banner that cannot be
        missed."""
        return [request for _number, request in self.urgent_assistance()]

    def urgent_assistance(self) -> list[tuple[LeadNumber, AssistanceRequest]]:
        """The same, each with its lead's number (the banner names the lead)."""
        self._ctx.require(Action.VIEW_LEAD)
        with self._ctx.store.reading() as tx:
            return [
                (tx.leads.get(r.lead_id).number, r) for r in tx.lead_protection.assistance()
                if r.urgent and AssistanceStep.POLICE_NOTIFIED not in r.steps
                and AssistanceStep.JUDICIAL_POLICE_MEASURES not in r.steps
            ]
