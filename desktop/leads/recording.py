"""Recording leads: a new lead, a repeat report merged into one, the duplicate check
(corrections of the case card: desktop.leads.corrections). The rows a new lead makes
are built by NewLeadBuilder, which the bulk import (desktop.leads.bulk_import) uses
for each of its rows too: one copy of the rules."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from desktop.domain.audit import lead_subject
from desktop.domain.leads import (
    CaseCard,
    Deadline,
    Disposition,
    DuplicateCandidate,
    FilingLevel,
    LeadId,
    LeadNumber,
    LeadStatus,
    NewReport,
    Report,
    ReportedPerson,
    ReportId,
    filing_level,
    is_real_name,
)
from desktop.leads import deadlines as dl
from desktop.leads import identity, validators
from desktop.leads.context import LeadContext
from desktop.leads.corrections import refuse_if_voided
from desktop.leads.deadline_plan import DeadlinePlan
from desktop.leads.errors import InvalidField, ValidationFailed
from desktop.leads.model import Created, NewLead
from desktop.leads.pseudonym import new_pseudonym_code
from desktop.leads.random_pool import Random
from desktop.leads.search_text import search_text
from desktop.policy import Action


def validate_lead(lead: NewLead, now: datetime) -> NewLead:
    """The lead with its report normalized; ValidationFailed lists every problem."""
    problems: list[InvalidField] = []
    _category, persons, report, summary, location, _own_staff = lead
    try:
        validators.validate_persons(persons)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    if summary:  # an empty optional field has nothing to check
        try:
            validators.check_text("summary", summary, validators.LONG, multiline=True)
        except InvalidField as problem:
            problems.append(problem)
    if location:
        try:
            validators.check_text("storage_location", location, validators.MEDIUM)
        except InvalidField as problem:
            problems.append(problem)
    try:
        report = validators.validate_report(report, now)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    if problems:
        raise ValidationFailed(tuple(problems))
    stripped_summary, stripped_location = summary.strip(), location.strip()
    if (report is lead.report and stripped_summary == summary
            and stripped_location == location):
        return lead  # already normal
    return lead._replace(report=report, summary=stripped_summary,
                         storage_location=stripped_location)


def stored_report(report: NewReport, report_id: ReportId, lead_id: LeadId, has_identity: bool,
                  new_content: bool, recorded_by: int, recorded_at: datetime,
                  random: Random = os.urandom) -> Report:
    """The report as stored, with a fresh pseudonym code; its identity is stored apart,
    sealed (`has_identity` says whether there is any)."""
    # Unpacked at once and made positionally, in Report's field order: an import stores
    # 10,000s, and 25 attribute reads and keywords a row cost more than the rest of it.
    (channel, received_at, original_text, kind, summary, identity, acknowledged, staff,
     read_back, signed, consent, items, postmark, origin, envelope_kept, reference,
     illegible_reason, false_accusation_notice) = report
    return Report(
        report_id, lead_id, kind, channel, received_at, original_text, summary,
        is_real_name(identity, acknowledged), new_pseudonym_code(random), acknowledged,
        staff, read_back, signed, consent, items, postmark, origin, envelope_kept,
        reference, has_identity, new_content, recorded_by, recorded_at, illegible_reason,
        false_accusation_notice,
    )


def number_year(received_at: datetime) -> int:
    """Lead numbers count per year of receipt, in China time."""
    return received_at.astimezone(dl.CHINA).year


class NewLeadRows(NamedTuple):
    card: CaseCard
    wrapped_key: bytes  # the lead's identity key, wrapped by IK
    report: Report
    sealed: dict[str, bytes]  # identity field -> ciphertext
    deadlines: list[Deadline]


class NewLeadBuilder:
    """The rows of a new lead, checked already (validate_lead): case card, wrapped lead
    key, first report with its sealed identity, deadlines. Raises IdentityKeyMissing
    when the session holds no identity key."""

    def __init__(self, ik: bytes | bytearray | None, user_id: int, now: datetime,
                 plan: DeadlinePlan, random: Random = os.urandom) -> None:
        """`random`: where keys, nonces and codes come from (a bulk import: its pool)."""
        self._random = random
        self._wrap = identity.lead_key_wrapper(ik, random)
        self._user_id = user_id
        self._now = now
        self._plan = plan
        # A register names a few rank combinations: each filing level is worked out once.
        self._levels: dict[tuple[str, ...], FilingLevel] = {}

    def build(self, lead: NewLead, lead_id: LeadId, report_id: ReportId, number: LeadNumber,
              disposition: Disposition | None = None) -> NewLeadRows:
        """`disposition`: decided before the lead was recorded (an import)."""
        now = self._now
        category, persons, report, summary, location, own_staff = lead
        received = report.received_at
        # Keyed by the ranks' codes: an Enum member's hash is Python code.
        ranks = tuple([p.rank._value_ for p in persons])
        level = self._levels.get(ranks)
        if level is None:
            level = self._levels[ranks] = filing_level(tuple([p.rank for p in persons]))
        # Positional, in CaseCard's field order (see stored_report).
        card = CaseCard(
            lead_id, number,
            LeadStatus.RECEIVED if disposition is None else disposition.status,
            category, summary, persons, None if disposition is None else disposition.value,
            level, own_staff, location, 1, received, received, self._user_id, now, now, 1,
        )
        random = self._random
        lead_key = identity.new_lead_key(random)
        sealed = identity.encrypt_identity(lead_key, lead_id, report_id, report.identity, random)
        stored = stored_report(report, report_id, lead_id, bool(sealed), True, self._user_id,
                               now, random)
        deadlines = self._plan.for_new_lead(stored, None if disposition is None else now)
        return NewLeadRows(card, self._wrap(lead_id, lead_key), stored, sealed, deadlines)


class Recording:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def create(self, lead: NewLead) -> Created:
        ctx = self._ctx
        ctx.require(Action.RECORD_LEAD)
        now = ctx.clock.now()
        checked = validate_lead(lead, now)
        with ctx.store.transaction() as tx:
            builder = NewLeadBuilder(ctx.ik, ctx.user.id, now, DeadlinePlan(tx.settings.all()))
            lead_id = tx.leads.next_lead_id()
            report_id = tx.lead_reports.next_report_id()
            number = tx.leads.reserve_numbers(number_year(checked.report.received_at))[0]
            duplicates = tuple(tx.leads.candidates(checked.reported_persons))
            made = builder.build(checked, lead_id, report_id, number)
            tx.leads.add_leads([(made.card, made.wrapped_key)])
            tx.lead_reports.add_reports([(made.report, made.sealed)])
            tx.lead_deadlines.add_deadlines(made.deadlines)
            tx.lead_lists.add_index([(lead_id, search_text(made.card, [made.report]))])
            tx.audit.append(ctx.actor, "lead.create", lead_subject(lead_id), {
                "number": str(number), "channel": made.report.channel.value,
                "kind": made.report.kind.value, "anonymous": not made.report.real_name,
                "sealed_fields": len(made.sealed), "duplicates": len(duplicates),
            })
            return Created(tx.leads.get(lead_id), made.report, duplicates)

    def add_report(self, lead_id: LeadId, report: NewReport, new_content: bool) -> Report:
        """A repeat report merged into the lead: one more report event on the case card,
        counted; `new_content` says whether it brings anything new (Chapter III)."""
        ctx = self._ctx
        ctx.require(Action.RECORD_LEAD)
        now = ctx.clock.now()
        checked = validators.validate_report(report, now)
        with ctx.store.transaction() as tx:
            plan = DeadlinePlan(tx.settings.all())
            card = tx.leads.get(lead_id)
            refuse_if_voided(card)
            lead_key = identity.unwrap_lead_key(ctx.ik, lead_id, tx.leads.wrapped_key(lead_id))
            report_id = tx.lead_reports.next_report_id()
            sealed = identity.encrypt_identity(lead_key, lead_id, report_id, checked.identity)
            stored = stored_report(checked, report_id, lead_id, bool(sealed), new_content,
                                   ctx.user.id, now)
            tx.lead_reports.add_reports([(stored, sealed)])
            tx.leads.count_report(lead_id, stored.received_at, now)
            tx.lead_deadlines.add_deadlines(plan.for_report(stored))
            tx.lead_lists.reindex([lead_id])
            tx.audit.append(ctx.actor, "lead.report.add", lead_subject(lead_id), {
                "number": str(card.number), "report": stored.id,
                "channel": stored.channel.value, "kind": stored.kind.value,
                "anonymous": not stored.real_name, "adds_new": new_content,
                "report_count": card.report_count + 1,
            })
            return stored

    def duplicates(self, persons: Iterable[ReportedPerson]) -> list[DuplicateCandidate]:
        """Leads that are likely the same (same reported person and unit), for the entry
        form to offer a merge before a new lead is created."""
        self._ctx.require(Action.RECORD_LEAD)
        with self._ctx.store.reading() as tx:
            return tx.leads.candidates(list(persons))
