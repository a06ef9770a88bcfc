"""Correcting a case card and voiding a lead (Art 16: the report events stay exactly as
received; the card is corrected openly). Every change is versioned, says why, and
keeps the changed fields' previous values in the card's history with who and when.
A voided lead stays in the register with its reason, never deleted."""

from __future__ import annotations

import json

from desktop.domain.audit import lead_subject
from desktop.domain.lead_errors import EditConflict
from desktop.domain.leads import (
    CardChange,
    CardChangeKind,
    CaseCard,
    CaseCardEdit,
    LeadId,
    LeadStatus,
    filing_level,
)
from desktop.leads import validators
from desktop.leads.context import LeadContext
from desktop.leads.errors import InvalidField, LeadVoided, Problem
from desktop.policy import Action

_EDITABLE = ("category", "summary", "reported_persons", "storage_location",
             "about_own_staff")


def refuse_if_voided(card: CaseCard) -> None:
    if card.status is LeadStatus.VOIDED:
        raise LeadVoided(str(card.number))


def _plain(card: CaseCard | CaseCardEdit, field: str) -> object:
    value = getattr(card, field)
    if field == "category":
        return value.value
    if field == "reported_persons":
        return [[p.name, p.unit, p.post, p.rank.value, p.region] for p in value]
    return value


def _reason(reason: str) -> str:
    return validators.check_text("reason", reason, validators.LONG, required=True,
                                 multiline=True)


class Corrections:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def edit_card(self, lead_id: LeadId, edit: CaseCardEdit) -> CaseCard:
        """Save the corrected card; EditConflict if someone saved it since
        `edit.version`; InvalidField("reason") without a reason, ("fields") when
        nothing changed."""
        ctx = self._ctx
        ctx.require(Action.RECORD_LEAD)
        validators.validate_persons(edit.reported_persons)
        summary = validators.check_text("summary", edit.summary, validators.LONG,
                                        multiline=True)
        location = validators.check_text("storage_location", edit.storage_location,
                                         validators.MEDIUM)
        reason = _reason(edit.reason)
        now = ctx.clock.now()
        with ctx.store.transaction() as tx:
            card = tx.leads.get(lead_id)
            refuse_if_voided(card)
            if card.version != edit.version:
                raise EditConflict(str(card.number), edit.version, card.version)
            wanted = CaseCardEdit(edit.version, edit.category, summary,
                                  edit.reported_persons, location, edit.about_own_staff)
            changed = tuple(f for f in _EDITABLE if _plain(card, f) != _plain(wanted, f))
            if not changed:
                raise InvalidField("fields", Problem.REQUIRED)
            tx.leads.update_card(
                lead_id, edit.version, now, category=edit.category, summary=summary,
                persons=edit.reported_persons, storage_location=location,
                about_own_staff=edit.about_own_staff,
                filing_level=filing_level([p.rank for p in edit.reported_persons]),
            )
            tx.lead_lists.reindex([lead_id])
            saved = tx.leads.get(lead_id)
            tx.leads.add_change(CardChange(
                lead_id, saved.version, CardChangeKind.EDIT, reason, changed,
                json.dumps({f: _plain(card, f) for f in changed}, ensure_ascii=False),
                ctx.user.id, ctx.user.name, now))
            tx.audit.append(ctx.actor, "lead.edit", lead_subject(lead_id), {
                "number": str(saved.number), "version": saved.version,
                "fields": list(changed), "persons": len(saved.reported_persons),
            })
            return saved

    def void(self, lead_id: LeadId, reason: str, expected_version: int) -> CaseCard:
        """The lead was recorded in error: it is kept, marked void with the reason, and
        its open deadlines end."""
        ctx = self._ctx
        ctx.require(Action.RECORD_LEAD)
        reason = _reason(reason)
        now = ctx.clock.now()
        with ctx.store.transaction() as tx:
            card = tx.leads.get(lead_id)
            refuse_if_voided(card)
            tx.leads.void(lead_id, expected_version, now)
            closed = tx.lead_deadlines.close_open(lead_id, now)
            saved = tx.leads.get(lead_id)
            tx.leads.add_change(CardChange(
                lead_id, saved.version, CardChangeKind.VOID, reason, ("status",),
                json.dumps({"status": card.status.value}), ctx.user.id, ctx.user.name, now))
            tx.audit.append(ctx.actor, "lead.void", lead_subject(lead_id), {
                "number": str(saved.number), "version": saved.version,
                "deadlines_closed": closed,
            })
            return saved
