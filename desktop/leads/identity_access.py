"""Seeing informant identities: an explicit, audited act. A role that may not see
identities, or a session without the identity key, is refused and the refusal is
committed to the audit trail before it is raised."""

from __future__ import annotations

from desktop.domain.audit import lead_subject
from desktop.domain.leads import InformantIdentity, LeadNumber, ReportId
from desktop.leads import identity
from desktop.leads.context import LeadContext
from desktop.leads.errors import IdentityKeyMissing
from desktop.policy import Action, NotPermitted, allowed


class IdentityAccess:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def view_identity(self, report_id: ReportId) -> InformantIdentity:
        """The informant identity of one report: an explicit, audited act. Refused (and
        the refusal audited) for roles that may not see identities or hold no IK."""
        refused = not self._ctx.may_view_identity()
        with self._ctx.store.transaction() as tx:
            report = tx.lead_reports.report(report_id)
            subject = lead_subject(report.lead_id)
            if refused:
                tx.audit.append(self._ctx.actor, "lead.identity.refused", subject,
                                {"report": report_id, "role": self._ctx.role.value})
            else:
                key = identity.unwrap_lead_key(self._ctx.ik, report.lead_id,
                                               tx.leads.wrapped_key(report.lead_id))
                shown = identity.decrypt_identity(key, report.lead_id, report_id,
                                                  tx.lead_reports.identity_fields(report_id))
                tx.audit.append(self._ctx.actor, "lead.identity.view", subject,
                                {"report": report_id})
                return shown
        # The refusal is committed to the audit trail before it is raised.
        if not allowed(self._ctx.role, Action.VIEW_IDENTITY):
            raise NotPermitted(Action.VIEW_IDENTITY, self._ctx.role)
        raise IdentityKeyMissing("this session holds no identity key")

    def identities(self, number: LeadNumber) -> dict[ReportId, InformantIdentity]:
        """Every informant identity of one lead (the identity panel); one audit record.
        A role that may not see identities is refused, and the refusal audited, before
        anything else about the lead is read."""
        refused = not self._ctx.may_view_identity()
        with self._ctx.store.transaction() as tx:
            card = tx.leads.by_number(number)
            subject = lead_subject(card.id)
            if refused:
                tx.audit.append(self._ctx.actor, "lead.identity.refused", subject,
                                {"number": str(number), "role": self._ctx.role.value})
            else:
                key = identity.unwrap_lead_key(self._ctx.ik, card.id, tx.leads.wrapped_key(card.id))
                shown = {
                    r.id: identity.decrypt_identity(key, card.id, r.id,
                                                    tx.lead_reports.identity_fields(r.id))
                    for r in tx.lead_reports.reports(card.id) if r.has_identity
                }
                tx.audit.append(self._ctx.actor, "lead.identity.view", subject,
                                {"number": str(number), "reports": sorted(shown)})
                return shown
        if not allowed(self._ctx.role, Action.VIEW_IDENTITY):
            raise NotPermitted(Action.VIEW_IDENTITY, self._ctx.role)
        raise IdentityKeyMissing("this session holds no identity key")
