"""Deciding what happens to a lead: its disposition and routing (Chapter III, Art
59(4), Art 76), and asking the informant to supplement unclear material (Art 18)."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.audit import lead_subject
from desktop.domain.leads import CaseCard, Deadline, Disposition, LeadId, RoutingDecision
from desktop.leads import deadlines as dl
from desktop.leads import validators
from desktop.leads.context import LeadContext
from desktop.leads.corrections import refuse_if_voided
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.leads.routing import DISCIPLINE_INSPECTION_SETTING, check_route, route_level
from desktop.policy import Action


class Dispositions:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def route(self, lead_id: LeadId, disposition: Disposition, target: str, reason: str,
              expected_version: int) -> CaseCard:
        """Decide a lead's disposition (who and when are recorded). Refuses a target that
        is a reported unit (Art 59(4)) and sends own-staff leads to discipline inspection
        (Art 76); clears the 7-day disposition deadline."""
        self._ctx.require(Action.RECORD_LEAD)
        target = validators.check_text("target", target, validators.MEDIUM,
                                       required=disposition in (Disposition.ACCEPT_AND_ROUTE,
                                                                Disposition.TRANSFER))
        reason = validators.check_text("reason", reason, validators.LONG, multiline=True,
                                       required=disposition is Disposition.NO_ACTION)
        now = self._ctx.clock.now()
        with self._ctx.store.transaction() as tx:
            card = tx.leads.get(lead_id)
            refuse_if_voided(card)
            discipline = tx.settings.get(DISCIPLINE_INSPECTION_SETTING)
            if discipline:
                check_route(disposition, target, card.reported_persons, card.about_own_staff,
                            discipline)
            else:
                check_route(disposition, target, card.reported_persons, card.about_own_staff)
            level = route_level(disposition, card.filing_level)
            tx.leads.set_disposition(lead_id, expected_version, now, disposition.status,
                                     disposition)
            tx.lead_routing.add_routing(RoutingDecision(lead_id, disposition, target, level, reason,
                                                        self._ctx.user.id, now))
            tx.lead_deadlines.meet_deadlines(lead_id, dl.DISPOSITION, now)
            tx.audit.append(self._ctx.actor, "lead.route", lead_subject(lead_id), {
                "number": str(card.number), "disposition": disposition.value,
                "target": target, "filing_level": None if level is None else level.value,
            })
            return tx.leads.get(lead_id)

    def request_supplement(self, lead_id: LeadId, asked_at: datetime) -> Deadline:
        """Art 18: the informant was asked to supplement unclear material; the answer is
        due within the supplement rule's limit (7 days by default, configurable)."""
        self._ctx.require(Action.RECORD_LEAD)
        validators.check_not_future("asked_at", asked_at, self._ctx.clock.now())
        with self._ctx.store.transaction() as tx:
            plan = DeadlinePlan(tx.settings.all())
            card = tx.leads.get(lead_id)
            deadline = plan.opened(dl.SUPPLEMENT, lead_id, "", asked_at)
            tx.lead_deadlines.add_deadlines([deadline])
            tx.audit.append(self._ctx.actor, "lead.supplement.request", lead_subject(lead_id),
                            {"number": str(card.number)})
            return deadline

    def supplement_received(self, lead_id: LeadId) -> int:
        """The supplement arrived (record it with add_report); its deadline is met."""
        self._ctx.require(Action.RECORD_LEAD)
        now = self._ctx.clock.now()
        with self._ctx.store.transaction() as tx:
            met = tx.lead_deadlines.meet_deadlines(lead_id, dl.SUPPLEMENT, now)
            tx.audit.append(self._ctx.actor, "lead.supplement.received", lead_subject(lead_id),
                            {"deadlines_met": met})
            return met
