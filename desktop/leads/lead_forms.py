"""The forms of the Provisions printed from one lead (Arts 14, 55; CPL Art 111): the
rights notice, the visit transcript, the items-received list, the reply record and
the reply letter. They name the informant, so they need the identity permission and
key; each copy is issued, audited and rendered in one transaction (as
desktop.leads.printing does for the registers) — the print is the audited act."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from desktop.domain.audit import lead_subject
from desktop.domain.documents import DocumentKind
from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import (
    Channel,
    InformantIdentity,
    LeadId,
    Reply,
    ReplyForm,
    Report,
    ReportId,
)
from desktop.domain.printables import (
    ClassificationMark,
    CopyNumber,
    EnvelopeLabel,
    InvestigationAssignment,
    ItemsReceived,
    ReceivedItem,
    ReplyLetter,
    ReplyRecord,
    RightsNotice,
    TranscriptEntry,
    VisitTranscript,
)
from desktop.leads import deadlines as dl
from desktop.leads import identity, validators
from desktop.leads.context import LeadContext
from desktop.leads.errors import IdentityKeyMissing, InvalidField, NotRealName, Problem
from desktop.policy import Action, NotPermitted, allowed
from desktop.ports import UnitOfWork

_PARAGRAPHS = re.compile(r"\n\s*\n|\n")


def _local(moment: datetime) -> datetime:
    """Forms print China time, without a zone."""
    return moment.astimezone(dl.CHINA).replace(tzinfo=None)


def _gender(id_number: str) -> str:
    """GB 11643: the sequence code's last digit is odd for men, even for women."""
    digit = id_number[16:17] if len(id_number) == 18 else id_number[14:15]
    return "" if not digit.isdigit() else ("男" if int(digit) % 2 else "女")


class LeadForms:
    def __init__(self, ctx: LeadContext) -> None:
        self._ctx = ctx

    def _require(self, export: bool) -> None:
        ctx = self._ctx
        ctx.require(Action.PRINT)
        if export:
            ctx.require(Action.EXPORT)
        if not allowed(ctx.role, Action.VIEW_IDENTITY):
            raise NotPermitted(Action.VIEW_IDENTITY, ctx.role)
        if ctx.ik is None:
            raise IdentityKeyMissing("this session holds no identity key")

    def _report(self, tx: UnitOfWork, report_id: ReportId) -> tuple[Report, InformantIdentity]:
        report = tx.lead_reports.report(report_id)
        if not report.real_name:
            raise NotRealName(report_id)
        key = identity.unwrap_lead_key(self._ctx.ik, report.lead_id,
                                       tx.leads.wrapped_key(report.lead_id))
        return report, identity.decrypt_identity(key, report.lead_id, report_id,
                                                 tx.lead_reports.identity_fields(report_id))

    def _print(self, tx: UnitOfWork, kind: DocumentKind, lead_id: LeadId,
               report_id: ReportId, classification: ClassificationMark | None, export: bool
               ) -> CopyNumber:
        ctx = self._ctx
        subject = lead_subject(lead_id)
        copy = tx.bags.issue_copy(kind, subject, ctx.clock.now(), ctx.actor)
        tx.audit.append(ctx.actor, "lead.print", subject, {
            "document": kind.value, "copy": str(copy.copy_number), "export": export,
            "report": report_id, "number": str(tx.leads.get(lead_id).number),
            "classification": None if classification is None else str(classification),
        })
        return copy.copy_number

    def _reply(self, tx: UnitOfWork, lead_id: LeadId, index: int, form: ReplyForm) -> Reply:
        replies = [r for r in tx.lead_protection.replies(lead_id) if r.form is form]
        if not 0 <= index < len(replies):
            raise InvalidField("reply", Problem.UNKNOWN_VALUE)
        return replies[index]

    def rights_notice(self, unit_name: str, report_id: ReportId,
                      classification: ClassificationMark,
                      render: Callable[[RightsNotice], bytes], *, export: bool = False
                      ) -> tuple[RightsNotice, bytes]:
        """Arts 8-9, with the CPL Art 111 notice when it was given for this report."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            report, _who = self._report(tx, report_id)
            copy = self._print(tx, DocumentKind.RIGHTS_NOTICE, report.lead_id, report_id,
                               classification, export)
            notice = RightsNotice(unit_name, self._ctx.clock.now().astimezone(dl.CHINA).date(),
                                  report.false_accusation_notice, copy, classification)
            return notice, render(notice)

    def visit_transcript(self, unit_name: str, report_id: ReportId,
                         classification: ClassificationMark,
                         render: Callable[[VisitTranscript], bytes], *, export: bool = False
                         ) -> tuple[VisitTranscript, bytes]:
        """The transcript of a visit: the report text as recorded, the informant's
        particulars, for signing and fingerprinting (the place is written by hand)."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            report, who = self._report(tx, report_id)
            if report.channel not in (Channel.VISIT, Channel.ORAL):
                raise InvalidField("channel", Problem.NOT_ALLOWED)
            copy = self._print(tx, DocumentKind.VISIT_TRANSCRIPT, report.lead_id, report_id,
                               classification, export)
            at = _local(report.received_at)
            transcript = VisitTranscript(
                unit_name=unit_name, lead_number=str(tx.leads.get(report.lead_id).number),
                started_at=at, ended_at=at, place="", receiving_staff=report.receiving_staff,
                recorder=self._ctx.user.name, informant_name=who.name,
                informant_gender=_gender(who.id_number), informant_id_number=who.id_number,
                informant_unit=who.unit, informant_address=who.address,
                informant_phone="、".join(who.phones),
                recording_consent=report.consent_to_record,
                entries=(TranscriptEntry("答", report.original_text),), copy_number=copy,
                classification=classification)
            return transcript, render(transcript)

    def items_received(self, unit_name: str, report_id: ReportId,
                       classification: ClassificationMark,
                       render: Callable[[ItemsReceived], bytes], *, export: bool = False
                       ) -> tuple[ItemsReceived, bytes]:
        self._require(export)
        with self._ctx.store.transaction() as tx:
            report, who = self._report(tx, report_id)
            if not report.items_received:
                raise InvalidField("items_received", Problem.REQUIRED)
            copy = self._print(tx, DocumentKind.ITEMS_RECEIVED, report.lead_id, report_id,
                               classification, export)
            items = ItemsReceived(
                unit_name=unit_name, lead_number=str(tx.leads.get(report.lead_id).number),
                received_at=_local(report.received_at), informant_name=who.name,
                receiving_staff=report.receiving_staff,
                items=tuple(ReceivedItem(i.description, i.quantity, 0)
                            for i in report.items_received),
                copy_number=copy, classification=classification)
            return items, render(items)

    def reply_record(self, unit_name: str, lead_id: LeadId, index: int,
                     classification: ClassificationMark,
                     render: Callable[[ReplyRecord], bytes], *, export: bool = False
                     ) -> tuple[ReplyRecord, bytes]:
        """The record of the `index`-th oral reply of the lead (Art 55)."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            reply = self._reply(tx, lead_id, index, ReplyForm.ORAL)
            _report, who = self._report(tx, reply.report_id)
            copy = self._print(tx, DocumentKind.REPLY_RECORD, lead_id, reply.report_id,
                               classification, export)
            record = ReplyRecord(
                unit_name=unit_name, lead_number=str(tx.leads.get(lead_id).number),
                replied_at=_local(reply.replied_at), place=reply.place,
                staff=reply.participants, informant_name=who.name, content=reply.content,
                informant_view=reply.informant_view, recorder=self._ctx.user.name,
                copy_number=copy, classification=classification)
            return record, render(record)

    def reply_letter(self, unit_name: str, lead_id: LeadId, index: int,
                     classification: ClassificationMark,
                     render: Callable[[ReplyLetter], bytes], *, export: bool = False
                     ) -> tuple[ReplyLetter, bytes]:
        """The `index`-th reply letter of the lead, from the template (Art 55)."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            reply = self._reply(tx, lead_id, index, ReplyForm.LETTER)
            report, who = self._report(tx, reply.report_id)
            if report.lead_id != lead_id:
                raise ReportNotFound(reply.report_id)
            copy = self._print(tx, DocumentKind.REPLY_LETTER, lead_id, reply.report_id,
                               classification, export)
            letter = ReplyLetter(
                unit_name=unit_name, addressee=who.name or "举报人",
                paragraphs=tuple(p.strip() for p in _PARAGRAPHS.split(reply.content)
                                 if p.strip()),
                dated=reply.replied_at.astimezone(dl.CHINA).date(), copy_number=copy,
                classification=classification)
            return letter, render(letter)

    def envelope_label(self, report_id: ReportId, recipient_postcode: str,
                       return_address: str, return_postcode: str,
                       render: Callable[[EnvelopeLabel], bytes], *, export: bool = False
                       ) -> tuple[EnvelopeLabel, bytes]:
        """A plain label for the letter to the informant (Art 56): his name and address,
        a return address that does not name the procuratorate (RevealingReturnAddress).
        The copy is numbered and audited; the label itself carries no mark."""
        self._require(export)
        with self._ctx.store.transaction() as tx:
            report, who = self._report(tx, report_id)
            if not who.address.strip():
                raise InvalidField("informant.address", Problem.REQUIRED)
            label = EnvelopeLabel(who.name or "举报人", who.address, recipient_postcode.strip(),
                                  return_address.strip(), return_postcode.strip())
            copy = self._print(tx, DocumentKind.ENVELOPE_LABEL, report.lead_id, report_id,
                               None, export)
            label = replace(label, copy_number=copy)
            return label, render(label)

    def investigation_assignment(
        self, unit_name: str, lead_id: LeadId, department: str, assignee: str, task: str,
        due_on: date, approved_by: str, approved_on: date,
        classification: ClassificationMark,
        render: Callable[[InvestigationAssignment], bytes], *, export: bool = False,
    ) -> tuple[InvestigationAssignment, bytes]:
        """The assignment sheet for investigators: the pseudonym code of the first
        report, never an identity (Art 59(5)); needs no identity permission."""
        ctx = self._ctx
        ctx.require(Action.VIEW_LEAD)
        ctx.require(Action.PRINT)
        if export:
            ctx.require(Action.EXPORT)
        for field, value in (("department", department), ("assignee", assignee),
                             ("task", task), ("approved_by", approved_by)):
            validators.check_text(field, value, validators.MEDIUM, required=True)
        with ctx.store.transaction() as tx:
            card = tx.leads.get(lead_id)
            first = tx.lead_reports.reports(lead_id)[0]
            subject = lead_subject(lead_id)
            copy = tx.bags.issue_copy(DocumentKind.INVESTIGATION_ASSIGNMENT, subject,
                                      ctx.clock.now(), ctx.actor)
            tx.audit.append(ctx.actor, "lead.print", subject, {
                "document": DocumentKind.INVESTIGATION_ASSIGNMENT.value,
                "copy": str(copy.copy_number), "export": export, "number": str(card.number),
                "classification": str(classification)})
            sheet = InvestigationAssignment(
                unit_name=unit_name, lead_number=str(card.number),
                pseudonym_code=first.pseudonym_code, category=card.category.value,
                received_on=card.first_received_at.astimezone(dl.CHINA).date(),
                real_name_report=any(r.real_name for r in tx.lead_reports.reports(lead_id)),
                department=department.strip(), assignee=assignee.strip(), task=task.strip(),
                due_on=due_on, approved_by=approved_by.strip(), approved_on=approved_on,
                copy_number=copy.copy_number, classification=classification)
            return sheet, render(sheet)
