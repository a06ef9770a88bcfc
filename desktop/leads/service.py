"""The leads workflows the screens and the CLI call (no Qt, no SQL).

Each public method is one database transaction together with its audit record(s).
Audit details hold ids, codes, counts and flags: never an identity, never report
text, never a search query (only its length). A refused identity view is audited too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import NamedTuple, cast

from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    AttachmentId,
    AttachmentInfo,
    CaseCard,
    CaseCardEdit,
    Channel,
    CrimeCategory,
    Deadline,
    Disposition,
    DuplicateCandidate,
    FilingLevel,
    InformantIdentity,
    LeadId,
    LeadNumber,
    LeadRow,
    LeadStatus,
    NewReport,
    ProtectionPlan,
    Rank,
    Reply,
    ReplyForm,
    Report,
    ReportedPerson,
    ReportId,
    RiskAssessment,
    RiskLevel,
    RoutingDecision,
    filing_level,
)
from desktop.domain.printables import (
    ClassificationMark,
    CopyNumber,
    RepeatReportNotice,
    RepeatReportRow,
)
from desktop.domain.roles import Role
from desktop.domain.users import User
from desktop.leads import deadlines as dl
from desktop.leads import files, identity, validators
from desktop.leads.collector import cycle_collector_paused
from desktop.leads.errors import (
    AssistanceStepOutOfOrder,
    DuplicateAttachment,
    IdentityCorrupt,
    IdentityKeyMissing,
    InvalidField,
    NotPermitted,
    NotRealName,
    Problem,
    ValidationFailed,
)
from desktop.leads.pseudonym import new_pseudonym_code
from desktop.leads.routing import DISCIPLINE_INSPECTION_SETTING, check_route, route_level
from desktop.leads.search_text import search_text
from desktop.policy import Action, Grant, allowed
from desktop.ports import Clock, Store, UnitOfWork


class NewLead(NamedTuple):
    category: CrimeCategory
    reported_persons: tuple[ReportedPerson, ...]
    report: NewReport
    summary: str = ""
    storage_location: str = ""
    about_own_staff: bool = False


@dataclass(frozen=True)
class Created:
    card: CaseCard
    report: Report
    duplicates: tuple[DuplicateCandidate, ...]  # other leads about the same person and unit


@dataclass(frozen=True)
class LeadView:
    card: CaseCard
    reports: tuple[Report, ...]
    attachments: tuple[AttachmentInfo, ...]
    routing: tuple[RoutingDecision, ...]
    replies: tuple[Reply, ...]
    risks: tuple[RiskAssessment, ...]
    plans: tuple[ProtectionPlan, ...]
    assistance: tuple[AssistanceRequest, ...]
    deadlines: tuple[Deadline, ...]


@dataclass(frozen=True)
class Attached:
    info: AttachmentInfo
    same_file_on: tuple[LeadId, ...]  # other leads that already hold these exact bytes


def validate_lead(lead: NewLead, now: datetime) -> NewLead:
    """The lead with its report normalized; ValidationFailed lists every problem."""
    problems: list[InvalidField] = []
    try:
        validators.validate_persons(lead.reported_persons)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    for field, value, limit, multiline in (
        ("summary", lead.summary, validators.LONG, True),
        ("storage_location", lead.storage_location, validators.MEDIUM, False),
    ):
        if value:  # an empty optional field has nothing to check
            try:
                validators.check_text(field, value, limit, multiline=multiline)
            except InvalidField as problem:
                problems.append(problem)
    report = lead.report
    try:
        report = validators.validate_report(lead.report, now)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    if problems:
        raise ValidationFailed(tuple(problems))
    summary, location = lead.summary.strip(), lead.storage_location.strip()
    if report is lead.report and (summary, location) == (lead.summary, lead.storage_location):
        return lead  # already normal
    return lead._replace(report=report, summary=summary, storage_location=location)


def _stored_report(report: NewReport, report_id: ReportId, lead_id: LeadId, real_name: bool,
                   has_identity: bool, new_content: bool, recorded_by: int,
                   recorded_at: datetime) -> Report:
    """The report as stored, with a fresh pseudonym code; its identity is stored apart,
    sealed (`has_identity` says whether there is any)."""
    return Report(
        id=report_id, lead_id=lead_id, kind=report.kind, channel=report.channel,
        received_at=report.received_at, original_text=report.original_text,
        summary=report.summary, real_name=real_name,
        pseudonym_code=new_pseudonym_code(), acknowledged=report.acknowledged,
        receiving_staff=report.receiving_staff,
        transcript_read_back=report.transcript_read_back,
        transcript_signed=report.transcript_signed,
        consent_to_record=report.consent_to_record,
        items_received=report.items_received, postmark_date=report.postmark_date,
        origin=report.origin, envelope_kept=report.envelope_kept,
        reference=report.reference, has_identity=has_identity, new_content=new_content,
        recorded_by=recorded_by, recorded_at=recorded_at,
    )


def _china_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), dl.CHINA)


def lead_subject(lead_id: LeadId) -> str:
    return f"lead:{lead_id}"


class LeadService:
    """The leads register as one user sees it. `ik` is the session's identity key (None
    for staff); `grants` are the verified grants of a staff member."""

    def __init__(self, store: Store, clock: Clock, user: User,
                 ik: bytes | bytearray | None, grants: Iterable[Grant] = ()) -> None:
        self._store = store
        self._clock = clock
        self._user = user
        self._ik = ik
        self._grants = tuple(grants)

    @property
    def actor(self) -> str:
        return f"user:{self._user.id}"

    @property
    def role(self) -> Role:
        return self._user.role

    # ------------------------------------------------------------ permissions
    def _require(self, action: Action, lead_id: LeadId | None = None) -> None:
        subject = None if lead_id is None else lead_subject(lead_id)
        if not allowed(self.role, action, subject, self._grants):
            raise NotPermitted(self.role.value, action.value)

    def may_view_identity(self) -> bool:
        return allowed(self.role, Action.VIEW_IDENTITY) and self._ik is not None

    # ------------------------------------------------------------ recording
    def create(self, lead: NewLead) -> Created:
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
        report = validate_lead(lead, now).report
        with self._store.transaction() as tx:
            rules, calendar = self._deadline_rules(tx)
            lead_id = tx.leads.next_lead_id()
            number = tx.leads.reserve_numbers(report.received_at.astimezone(dl.CHINA).year)[0]
            lead_key = identity.new_lead_key()
            card = CaseCard(
                id=lead_id, number=number, status=LeadStatus.RECEIVED, category=lead.category,
                summary=lead.summary.strip(), reported_persons=lead.reported_persons,
                disposition=None, filing_level=filing_level([p.rank for p in
                                                             lead.reported_persons]),
                about_own_staff=lead.about_own_staff,
                storage_location=lead.storage_location.strip(), report_count=1,
                first_received_at=report.received_at, last_received_at=report.received_at,
                created_by=self._user.id, created_at=now, updated_at=now, version=1,
            )
            duplicates = tuple(tx.leads.candidates(lead.reported_persons))
            tx.leads.add_leads([(card, identity.wrap_lead_key(self._ik, lead_id, lead_key))])
            stored, sealed = self._report(tx, lead_id, lead_key, report, new_content=True,
                                          now=now)
            tx.lead_reports.add_reports([(stored, sealed)])
            tx.lead_deadlines.add_deadlines(self._deadlines_for(card, stored, rules, calendar))
            tx.lead_lists.add_index([(lead_id, search_text(card, [stored]))])
            tx.audit.append(self.actor, "lead.create", lead_subject(lead_id), {
                "number": str(number), "channel": stored.channel.value,
                "kind": stored.kind.value, "anonymous": not stored.real_name,
                "sealed_fields": len(sealed), "duplicates": len(duplicates),
            })
            return Created(tx.leads.get(lead_id), stored, duplicates)

    def _report(self, tx: UnitOfWork, lead_id: LeadId, lead_key: bytes, report: NewReport,
                *, new_content: bool, now: datetime) -> tuple[Report, dict[str, bytes]]:
        report_id = tx.lead_reports.next_report_id()
        sealed = identity.encrypt_identity(lead_key, lead_id, report_id, report.identity)
        return _stored_report(report, report_id, lead_id, report.real_name, bool(sealed),
                              new_content, self._user.id, now), sealed

    def _deadline_rules(self, tx: UnitOfWork) -> tuple[dict[str, dl.DeadlineRule],
                                                        dl.WorkCalendar]:
        settings = tx.settings.all()
        return dl.rules_from_settings(settings), dl.WorkCalendar.from_settings(settings)

    def _deadlines_for(self, card: CaseCard | None, report: Report,
                       rules: Mapping[str, dl.DeadlineRule], calendar: dl.WorkCalendar,
                       due: Callable[[dl.DeadlineRule, datetime], datetime] | None = None
                       ) -> list[Deadline]:
        """The disposition deadline of a new lead; a reply deadline for a real-name report
        (15 days after a visit, Art 55; the centre's reply rule otherwise, Art 54)."""
        out = []
        start = report.received_at
        if card is not None:
            rule = rules[dl.DISPOSITION]
            out.append(Deadline(report.lead_id, rule.code, "", start,
                                dl.due_at(rule, start, calendar) if due is None
                                else due(rule, start), None))
        if report.real_name:
            rule = rules[dl.VISIT_REPLY if report.channel is Channel.VISIT else dl.REPLY]
            out.append(Deadline(report.lead_id, rule.code, f"report:{report.id}", start,
                                dl.due_at(rule, start, calendar) if due is None
                                else due(rule, start), None))
        return out

    def import_leads(self, rows: list[tuple[NewLead, Disposition | None]], source: str
                     ) -> list[LeadNumber]:
        """Leads already checked by desktop.leads.importer, in one transaction (all or
        nothing) with bulk inserts. A row with a disposition was decided before the import:
        its disposition deadline counts as met and no reply deadline is opened."""
        self._require(Action.RECORD_LEAD)
        if self._ik is None:
            raise IdentityKeyMissing("this session holds no identity key")
        # The collector resumes only once _import_leads's lists are freed: resuming
        # while they live would walk every one of them once more.
        with cycle_collector_paused():
            return self._import_leads(rows, source, self._ik)

    def _import_leads(self, rows: list[tuple[NewLead, Disposition | None]], source: str,
                      ik: bytes | bytearray) -> list[LeadNumber]:
        now = self._clock.now()
        with self._store.transaction() as tx:
            rules, calendar = self._deadline_rules(tx)
            next_lead, next_report = tx.leads.next_lead_id(), tx.lead_reports.next_report_id()
            # The ids as one list each: LeadId()/ReportId() are calls, 20,000 of them.
            lead_ids = cast(list[LeadId], list(range(next_lead, next_lead + len(rows))))
            report_ids = cast(list[ReportId], list(range(next_report, next_report + len(rows))))
            # A register holds many rows per day and a few ranks: the year of each
            # receipt time, each due date and each filing level is worked out once.
            year_of: dict[datetime, int] = {}
            years: dict[int, int] = {}
            for lead, _ in rows:
                received = lead.report.received_at
                year = year_of.get(received)
                if year is None:
                    year = year_of[received] = received.astimezone(dl.CHINA).year
                years[year] = years.get(year, 0) + 1
            numbers = {year: iter(tx.leads.reserve_numbers(year, count))
                       for year, count in sorted(years.items())}
            due_memo: dict[tuple[str, datetime], datetime] = {}

            def due(rule: dl.DeadlineRule, start: datetime) -> datetime:
                key = (rule.code, start)
                found = due_memo.get(key)
                if found is None:
                    found = due_memo[key] = dl.due_at(rule, start, calendar)
                return found

            levels: dict[tuple[Rank, ...], FilingLevel] = {}
            cards: list[tuple[CaseCard, bytes]] = []
            reports: list[tuple[Report, dict[str, bytes]]] = []
            deadlines: list[Deadline] = []
            next_due: dict[LeadId, datetime] = {}
            index: list[tuple[LeadId, str]] = []
            assigned: list[LeadNumber] = []
            wrap = identity.lead_key_wrapper(ik)
            user_id = self._user.id
            # The deadlines _deadlines_for gives a new lead, worked out inline: the rule
            # looked up once, not per row (an import makes 10,000s of these).
            disposition_rule = rules[dl.DISPOSITION]
            reply_rule = {channel: rules[dl.VISIT_REPLY if channel is Channel.VISIT
                                          else dl.REPLY] for channel in Channel}
            received_status = LeadStatus.RECEIVED
            new_lead_key, encrypt_identity = identity.new_lead_key, identity.encrypt_identity
            for lead_id, report_id, (lead, disposition) in zip(lead_ids, report_ids, rows,
                                                                strict=True):
                report = lead.report
                received = report.received_at
                number = next(numbers[year_of[received]])
                lead_key = new_lead_key()
                persons = lead.reported_persons
                ranks = tuple([p.rank for p in persons])
                level = levels.get(ranks)
                if level is None:
                    level = levels[ranks] = filing_level(ranks)
                card = CaseCard(
                    id=lead_id, number=number,
                    status=received_status if disposition is None else disposition.status,
                    category=lead.category, summary=lead.summary, reported_persons=persons,
                    disposition=None if disposition is None else disposition.value,
                    filing_level=level, about_own_staff=lead.about_own_staff,
                    storage_location=lead.storage_location, report_count=1,
                    first_received_at=received, last_received_at=received,
                    created_by=user_id, created_at=now, updated_at=now, version=1,
                )
                sealed = encrypt_identity(lead_key, lead_id, report_id, report.identity)
                real_name = report.real_name
                stored = _stored_report(report, report_id, lead_id, real_name, bool(sealed),
                                        True, user_id, now)
                cards.append((card, wrap(lead_id, lead_key)))
                reports.append((stored, sealed))
                disposition_due = due(disposition_rule, received)
                if disposition is not None:
                    # Decided before the import: the disposition deadline is met, and
                    # no reply deadline is opened.
                    deadlines.append(Deadline(lead_id, disposition_rule.code, "", received,
                                              disposition_due, now))
                else:
                    deadlines.append(Deadline(lead_id, disposition_rule.code, "", received,
                                              disposition_due, None))
                    first_due = disposition_due
                    if real_name:
                        rule = reply_rule[report.channel]
                        reply_due = due(rule, received)
                        deadlines.append(Deadline(lead_id, rule.code, f"report:{report_id}",
                                                  received, reply_due, None))
                        first_due = min(first_due, reply_due)
                    next_due[lead_id] = first_due
                index.append((lead_id, search_text(card, (stored,))))
                assigned.append(number)
            tx.leads.add_leads(cards, next_due)
            tx.lead_reports.add_reports(reports)
            tx.lead_deadlines.add_deadlines(deadlines, refresh=False)
            tx.lead_lists.add_index(index)
            tx.audit.append(self.actor, "lead.import", "", {
                "rows": len(rows), "source_sha256": source,
                "first": str(min(assigned)) if assigned else None,
                "last": str(max(assigned)) if assigned else None,
            })
            return assigned

    def add_report(self, lead_id: LeadId, report: NewReport, new_content: bool) -> Report:
        """A repeat report merged into the lead: one more report event on the case card,
        counted; `new_content` says whether it brings anything new (Chapter III)."""
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
        checked = validators.validate_report(report, now)
        with self._store.transaction() as tx:
            rules, calendar = self._deadline_rules(tx)
            card = tx.leads.get(lead_id)
            lead_key = identity.unwrap_lead_key(self._ik, lead_id, tx.leads.wrapped_key(lead_id))
            stored, sealed = self._report(tx, lead_id, lead_key, checked,
                                          new_content=new_content, now=now)
            tx.lead_reports.add_reports([(stored, sealed)])
            tx.leads.count_report(lead_id, stored.received_at, now)
            tx.lead_deadlines.add_deadlines(self._deadlines_for(None, stored, rules, calendar))
            tx.lead_lists.reindex([lead_id])
            tx.audit.append(self.actor, "lead.report.add", lead_subject(lead_id), {
                "number": str(card.number), "report": stored.id,
                "channel": stored.channel.value, "kind": stored.kind.value,
                "anonymous": not stored.real_name, "adds_new": new_content,
                "report_count": card.report_count + 1,
            })
            return stored

    def duplicates(self, persons: Iterable[ReportedPerson]) -> list[DuplicateCandidate]:
        """Leads that are likely the same (same reported person and unit), for the entry
        form to offer a merge before a new lead is created."""
        self._require(Action.RECORD_LEAD)
        with self._store.reading() as tx:
            return tx.leads.candidates(list(persons))

    def edit_card(self, lead_id: LeadId, edit: CaseCardEdit) -> CaseCard:
        """Save the case card; EditConflict if someone saved it since `edit.version`."""
        self._require(Action.RECORD_LEAD)
        validators.validate_persons(edit.reported_persons)
        summary = validators.check_text("summary", edit.summary, validators.LONG,
                                        multiline=True)
        location = validators.check_text("storage_location", edit.storage_location,
                                         validators.MEDIUM)
        now = self._clock.now()
        with self._store.transaction() as tx:
            tx.leads.update_card(
                lead_id, edit.version, now, category=edit.category, summary=summary,
                persons=edit.reported_persons, storage_location=location,
                about_own_staff=edit.about_own_staff,
                filing_level=filing_level([p.rank for p in edit.reported_persons]),
            )
            tx.lead_lists.reindex([lead_id])
            card = tx.leads.get(lead_id)
            tx.audit.append(self.actor, "lead.edit", lead_subject(lead_id), {
                "number": str(card.number), "version": card.version,
                "persons": len(card.reported_persons),
            })
            return card

    # ------------------------------------------------------------ reading
    def lead_id(self, number: LeadNumber) -> LeadId:
        self._require(Action.VIEW_LEAD)
        with self._store.reading() as tx:
            return tx.leads.by_number(number).id

    def view(self, lead_id: LeadId) -> LeadView:
        self._require(Action.VIEW_LEAD, lead_id)
        with self._store.transaction() as tx:
            card = tx.leads.get(lead_id)
            view = LeadView(
                card=card, reports=tuple(tx.lead_reports.reports(lead_id)),
                attachments=tuple(tx.lead_attachments.attachments(lead_id)),
                routing=tuple(tx.lead_routing.routing(lead_id)),
                replies=tuple(tx.lead_protection.replies(lead_id)),
                risks=tuple(tx.lead_protection.risks(lead_id)),
                plans=tuple(tx.lead_protection.plans(lead_id)),
                assistance=tuple(tx.lead_protection.assistance(lead_id)),
                deadlines=tuple(tx.lead_deadlines.deadlines(lead_id)),
            )
            tx.audit.append(self.actor, "lead.view", lead_subject(lead_id),
                            {"number": str(card.number)})
            return view

    def view_identity(self, report_id: ReportId) -> InformantIdentity:
        """The informant identity of one report: an explicit, audited act. Refused (and
        the refusal audited) for roles that may not see identities or hold no IK."""
        refused = not self.may_view_identity()
        with self._store.transaction() as tx:
            report = tx.lead_reports.report(report_id)
            subject = lead_subject(report.lead_id)
            if refused:
                tx.audit.append(self.actor, "lead.identity.refused", subject,
                                {"report": report_id, "role": self.role.value})
            else:
                key = identity.unwrap_lead_key(self._ik, report.lead_id,
                                               tx.leads.wrapped_key(report.lead_id))
                shown = identity.decrypt_identity(key, report.lead_id, report_id,
                                                  tx.lead_reports.identity_fields(report_id))
                tx.audit.append(self.actor, "lead.identity.view", subject,
                                {"report": report_id})
                return shown
        # The refusal is committed to the audit trail before it is raised.
        if not allowed(self.role, Action.VIEW_IDENTITY):
            raise NotPermitted(self.role.value, Action.VIEW_IDENTITY.value)
        raise IdentityKeyMissing("this session holds no identity key")

    def identities(self, number: LeadNumber) -> dict[ReportId, InformantIdentity]:
        """Every informant identity of one lead (the identity panel); one audit record.
        A role that may not see identities is refused, and the refusal audited, before
        anything else about the lead is read."""
        refused = not self.may_view_identity()
        with self._store.transaction() as tx:
            card = tx.leads.by_number(number)
            subject = lead_subject(card.id)
            if refused:
                tx.audit.append(self.actor, "lead.identity.refused", subject,
                                {"number": str(number), "role": self.role.value})
            else:
                key = identity.unwrap_lead_key(self._ik, card.id, tx.leads.wrapped_key(card.id))
                shown = {
                    r.id: identity.decrypt_identity(key, card.id, r.id,
                                                    tx.lead_reports.identity_fields(r.id))
                    for r in tx.lead_reports.reports(card.id) if r.has_identity
                }
                tx.audit.append(self.actor, "lead.identity.view", subject,
                                {"number": str(number), "reports": sorted(shown)})
                return shown
        if not allowed(self.role, Action.VIEW_IDENTITY):
            raise NotPermitted(self.role.value, Action.VIEW_IDENTITY.value)
        raise IdentityKeyMissing("this session holds no identity key")

    def page(self, *, before_id: int | None = None, limit: int = 200,
             status: LeadStatus | None = None, category: CrimeCategory | None = None,
             overdue: bool = False, channel: Channel | None = None,
             received_from: date | None = None, received_to: date | None = None,
             ) -> Sequence[LeadRow]:
        """A page of the list, newest first (keyset paging: before_id = last row's id).
        channel: of the first report; received_from/received_to: days (inclusive, China
        time) of the first report. Opening the list (the first page) is audited;
        scrolling on is not."""
        self._require(Action.VIEW_LEAD)
        start = None if received_from is None else _china_midnight(received_from)
        end = None if received_to is None else _china_midnight(received_to + timedelta(days=1))
        overdue_at = self._clock.now() if overdue else None
        if before_id is not None:
            with self._store.reading() as tx:
                return tx.lead_lists.page(before_id=before_id, limit=limit, status=status,
                                     category=category, channel=channel,
                                     overdue_at=overdue_at, received_from=start,
                                     received_before=end)
        with self._store.transaction() as tx:
            rows = tx.lead_lists.page(limit=limit, status=status, category=category,
                                 channel=channel, overdue_at=overdue_at,
                                 received_from=start, received_before=end)
            tx.audit.append(self.actor, "lead.list", "", {
                "overdue": overdue, "status": None if status is None else status.value,
                "category": None if category is None else category.value,
                "channel": None if channel is None else channel.value,
                "received_from": None if received_from is None else received_from.isoformat(),
                "received_to": None if received_to is None else received_to.isoformat(),
                "rows": len(rows),
            })
            return rows

    def search(self, query: str, limit: int = 500) -> list[LeadRow]:
        """Case cards and report text (never identities). The audit keeps the query's
        length and term count only: a query may well be a name."""
        self._require(Action.VIEW_LEAD)
        validators.check_text("query", query, validators.MEDIUM)
        with self._store.transaction() as tx:
            rows = tx.lead_lists.search(query, limit)
            tx.audit.append(self.actor, "lead.search", "", {
                "query_length": len(query), "terms": len(query.split()), "results": len(rows),
            })
            return rows

    def dashboard(self, days_ahead: int = 7) -> dict[str, dict[str, int]]:
        """Counts for the dashboard charts: leads by status, category and report channel;
        open deadlines by rule, overdue and due within `days_ahead` days. Codes only."""
        self._require(Action.VIEW_LEAD)
        now = self._clock.now()
        with self._store.reading() as tx:
            return tx.lead_lists.counts(now, now + timedelta(days=days_ahead))

    def overdue(self) -> list[LeadRow]:
        return list(self.page(overdue=True, limit=100_000))

    def repeat_report_notice(self, unit_name: str, year: int, month: int,
                             copy_number: CopyNumber, classification: ClassificationMark,
                             issued_on: date) -> RepeatReportNotice:
        """The monthly repeat-report notice to the departments (Chapter III) as data for
        printing/: lead numbers, pseudonym codes, category codes, counts; no identity,
        no report text, no reported person. `category` holds the code (ui/ and
        printing/ own the Chinese label)."""
        self._require(Action.VIEW_LEAD)
        start = datetime(year, month, 1, tzinfo=dl.CHINA)
        end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dl.CHINA)
        with self._store.transaction() as tx:
            rows = tuple(
                RepeatReportRow(lead_number=number, pseudonym_code=code, category=category,
                                department=department, reports_this_month=this_month,
                                reports_total=total, latest_on=latest, new_content=new)
                for number, code, category, department, this_month, total, latest, new
                in tx.lead_lists.repeat_rows(start, end)
            )
            tx.audit.append(self.actor, "lead.notice.repeat", "", {
                "year": year, "month": month, "rows": len(rows),
                "copy": str(copy_number),
            })
        return RepeatReportNotice(unit_name=unit_name, year=year, month=month, rows=rows,
                                  copy_number=copy_number, classification=classification,
                                  issued_on=issued_on)

    # ------------------------------------------------------------ attachments
    def attach(self, lead_id: LeadId, file_name: str, content: bytes,
               report_id: ReportId | None = None) -> Attached:
        self._require(Action.RECORD_LEAD)
        validators.check_text("file_name", file_name, validators.MEDIUM, required=True)
        now = self._clock.now()
        with self._store.transaction() as tx:
            limit_text = tx.settings.get(files.LIMIT_SETTING)
            checked = files.check_file(
                file_name, content, int(limit_text) if limit_text else files.DEFAULT_LIMIT
            )
            card = tx.leads.get(lead_id)
            same = tx.lead_attachments.attachments_with_hash(checked.sha256)
            for existing in same:
                if existing.lead_id == lead_id:
                    raise DuplicateAttachment(existing.id, str(card.number))
            if report_id is not None and tx.lead_reports.report(report_id).lead_id != lead_id:
                raise ReportNotFound(report_id)
            key = identity.unwrap_lead_key(self._ik, lead_id, tx.leads.wrapped_key(lead_id))
            info = tx.lead_attachments.add_attachment(
                lead_id, report_id, checked.file_name, checked.media_type, checked.size,
                checked.sha256, identity.seal_blob(key, lead_id, checked.sha256, content),
                self._user.id, now,
            )
            tx.audit.append(self.actor, "lead.attachment.add", lead_subject(lead_id), {
                "attachment": info.id, "media_type": info.media_type, "size": info.size,
                "sha256": info.sha256, "same_file_elsewhere": len(same),
            })
            return Attached(info, tuple(a.lead_id for a in same))

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytes]:
        """The file's bytes for the in-app viewer (never an outside program); audited."""
        with self._store.transaction() as tx:
            info = tx.lead_attachments.attachment(attachment_id)
            self._require(Action.VIEW_LEAD, info.lead_id)
            key = identity.unwrap_lead_key(self._ik, info.lead_id,
                                           tx.leads.wrapped_key(info.lead_id))
            content = identity.open_blob(key, info.lead_id, info.sha256,
                                         tx.lead_attachments.attachment_content(attachment_id))
            if hashlib.sha256(content).hexdigest() != info.sha256:
                raise IdentityCorrupt("attachment content does not match its hash")
            tx.audit.append(self.actor, "lead.attachment.open", lead_subject(info.lead_id),
                            {"attachment": attachment_id})
            return info, content

    # ------------------------------------------------------------ routing
    def route(self, lead_id: LeadId, disposition: Disposition, target: str, reason: str,
              expected_version: int) -> CaseCard:
        """Decide a lead's disposition (who and when are recorded). Refuses a target that
        is a reported unit (Art 59(4)) and sends own-staff leads to discipline inspection
        (Art 76); clears the 7-day disposition deadline."""
        self._require(Action.RECORD_LEAD)
        target = validators.check_text("target", target, validators.MEDIUM,
                                       required=disposition in (Disposition.ACCEPT_AND_ROUTE,
                                                                Disposition.TRANSFER))
        reason = validators.check_text("reason", reason, validators.LONG, multiline=True,
                                       required=disposition is Disposition.NO_ACTION)
        now = self._clock.now()
        with self._store.transaction() as tx:
            card = tx.leads.get(lead_id)
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
                                                 self._user.id, now))
            tx.lead_deadlines.meet_deadlines(lead_id, dl.DISPOSITION, now)
            tx.audit.append(self.actor, "lead.route", lead_subject(lead_id), {
                "number": str(card.number), "disposition": disposition.value,
                "target": target, "filing_level": None if level is None else level.value,
            })
            return tx.leads.get(lead_id)

    # ------------------------------------------------------------ replies, protection
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
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
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
        with self._store.transaction() as tx:
            self._real_name_report(tx, reply.lead_id, reply.report_id)
            tx.lead_protection.add_reply(replace(reply, recorded_by=self._user.id), now)
            subject = f"report:{reply.report_id}"
            met = tx.lead_deadlines.meet_deadlines(reply.lead_id, dl.VISIT_REPLY, now, subject)
            met += tx.lead_deadlines.meet_deadlines(reply.lead_id, dl.REPLY, now, subject)
            tx.audit.append(self.actor, "lead.reply", lead_subject(reply.lead_id), {
                "report": reply.report_id, "form": reply.form.value, "deadlines_met": met,
            })

    def request_supplement(self, lead_id: LeadId, asked_at: datetime) -> Deadline:
        """Art 18: the informant was asked to supplement unclear material; the answer is
        due within the supplement rule's limit (7 days by default, configurable)."""
        self._require(Action.RECORD_LEAD)
        validators.check_not_future("asked_at", asked_at, self._clock.now())
        with self._store.transaction() as tx:
            rules, calendar = self._deadline_rules(tx)
            card = tx.leads.get(lead_id)
            rule = rules[dl.SUPPLEMENT]
            deadline = Deadline(lead_id, rule.code, "", asked_at,
                                dl.due_at(rule, asked_at, calendar), None)
            tx.lead_deadlines.add_deadlines([deadline])
            tx.audit.append(self.actor, "lead.supplement.request", lead_subject(lead_id),
                            {"number": str(card.number)})
            return deadline

    def supplement_received(self, lead_id: LeadId) -> int:
        """The supplement arrived (record it with add_report); its deadline is met."""
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
        with self._store.transaction() as tx:
            met = tx.lead_deadlines.meet_deadlines(lead_id, dl.SUPPLEMENT, now)
            tx.audit.append(self.actor, "lead.supplement.received", lead_subject(lead_id),
                            {"deadlines_met": met})
            return met

    def assess_risk(self, lead_id: LeadId, report_id: ReportId, level: RiskLevel,
                    factors: tuple[str, ...], note: str = "") -> RiskAssessment:
        """Art 61: every real-name report gets a risk assessment (level and factors)."""
        self._require(Action.RECORD_LEAD)
        for i, factor in enumerate(factors):
            validators.check_text(f"factors[{i}]", factor, validators.MEDIUM, required=True)
        validators.check_text("note", note, validators.LONG, multiline=True)
        now = self._clock.now()
        risk = RiskAssessment(lead_id, report_id, level, factors, note, self._user.id, now)
        with self._store.transaction() as tx:
            self._real_name_report(tx, lead_id, report_id)
            tx.lead_protection.add_risk(risk)
            tx.audit.append(self.actor, "lead.risk", lead_subject(lead_id),
                            {"report": report_id, "level": level.value,
                             "factors": len(factors)})
        return risk

    def unassessed_reports(self) -> list[tuple[LeadId, ReportId]]:
        self._require(Action.RECORD_LEAD)
        with self._store.reading() as tx:
            return tx.lead_protection.reports_without_risk_assessment()

    def plan_protection(self, lead_id: LeadId, measures: tuple[str, ...], responsible: str,
                        review_on: date) -> ProtectionPlan:
        self._require(Action.RECORD_LEAD)
        if not measures:
            raise InvalidField("measures", Problem.REQUIRED)
        for i, measure in enumerate(measures):
            validators.check_text(f"measures[{i}]", measure, validators.MEDIUM, required=True)
        validators.check_text("responsible", responsible, validators.SHORT, required=True)
        now = self._clock.now()
        if review_on < now.astimezone(dl.CHINA).date():
            raise InvalidField("review_on", Problem.BAD_FORMAT)
        plan = ProtectionPlan(lead_id, measures, responsible.strip(), review_on,
                              self._user.id, now)
        with self._store.transaction() as tx:
            tx.leads.get(lead_id)
            tx.lead_protection.add_plan(plan)
            tx.audit.append(self.actor, "lead.protection", lead_subject(lead_id),
                            {"measures": len(measures), "review_on": review_on.isoformat()})
        return plan

    def request_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                           received_at: datetime) -> AssistanceRequest:
        """Art 62: an informant asks for help; due "promptly" (24 hours by default)."""
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
        validators.check_not_future("received_at", received_at, now)
        summary = validators.check_text("summary", summary, validators.LONG, multiline=True)
        with self._store.transaction() as tx:
            rules, calendar = self._deadline_rules(tx)
            tx.leads.get(lead_id)
            request_id = tx.lead_protection.add_assistance(lead_id, urgent, summary, received_at,
                                                 self._user.id)
            rule = rules[dl.ASSISTANCE]
            tx.lead_deadlines.add_deadlines([Deadline(
                lead_id, rule.code, f"assistance:{request_id}", received_at,
                dl.due_at(rule, received_at, calendar), None)])
            tx.audit.append(self.actor, "lead.assistance", lead_subject(lead_id),
                            {"request": request_id, "urgent": urgent})
            found = tx.lead_protection.assistance_request(request_id)
            assert found is not None
            return found

    def assistance_step(self, request_id: int, step: AssistanceStep, at: datetime
                        ) -> AssistanceRequest:
        """Record when a step happened. Facts → chief → police, in that order; judicial
        police measures come first on the urgent path, after the chief otherwise."""
        self._require(Action.RECORD_LEAD)
        now = self._clock.now()
        validators.check_not_future("at", at, now)
        with self._store.transaction() as tx:
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
            tx.audit.append(self.actor, "lead.assistance.step", lead_subject(request.lead_id),
                            {"request": request_id, "step": step.value,
                             "urgent": request.urgent})
            found = tx.lead_protection.assistance_request(request_id)
            assert found is not None
            return found

    def open_urgent_assistance(self) -> list[AssistanceRequest]:
        """Urgent requests the police have not yet acted on: the banner that cannot be
        missed."""
        self._require(Action.VIEW_LEAD)
        with self._store.reading() as tx:
            return [
                r for r in tx.lead_protection.assistance()
                if r.urgent and AssistanceStep.POLICE_NOTIFIED not in r.steps
                and AssistanceStep.JUDICIAL_POLICE_MEASURES not in r.steps
            ]
