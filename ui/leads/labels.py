"""Words for the leads register's codes, field names and typed errors (the core
speaks in codes; only ui/ turns them into the user's language)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain import lead_errors as stored_errors
from desktop.domain.leads import (
    AssistanceStep,
    Channel,
    CrimeCategory,
    Disposition,
    FilingLevel,
    LeadStatus,
    Rank,
    RiskLevel,
)
from desktop.leads import errors as lead_errors
from desktop.leads.deadlines import CHINA
from desktop.leads.errors import InvalidField, Problem
from desktop.leads.importer import ImportRejected
from ui.i18n import sentences
from ui.messages import ErrorWords, describe_error, words_for

translate = QCoreApplication.translate


def status_label(status: LeadStatus) -> str:
    return {
        LeadStatus.RECEIVED: translate("Leads", "Awaiting disposition"),
        LeadStatus.ROUTED: translate("Leads", "Routed"),
        LeadStatus.TRANSFERRED: translate("Leads", "Transferred"),
        LeadStatus.PRELIMINARY_CHECK: translate("Leads", "Preliminary check"),
        LeadStatus.FILED_UPWARD: translate("Leads", "Filed upward"),
        LeadStatus.CLOSED: translate("Leads", "No action"),
        LeadStatus.VOIDED: translate("Leads", "Void"),
    }[status]


def category_label(category: CrimeCategory) -> str:
    return {
        CrimeCategory.EMBEZZLEMENT_BRIBERY: translate("Leads", "Embezzlement and bribery"),
        CrimeCategory.DERELICTION: translate("Leads", "Dereliction of duty"),
        CrimeCategory.RIGHTS_INFRINGEMENT: translate("Leads", "Infringement of rights"),
        CrimeCategory.OTHER: translate("Leads", "Other"),
    }[category]


def channel_label(channel: Channel) -> str:
    return {
        Channel.VISIT: translate("Leads", "Visit"),
        Channel.LETTER: translate("Leads", "Letter"),
        Channel.FAX: translate("Leads", "Fax"),
        Channel.PHONE: translate("Leads", "Phone"),
        Channel.EMAIL: translate("Leads", "E-mail"),
        Channel.WEBSITE: translate("Leads", "Website (12309)"),
        Channel.ORAL: translate("Leads", "Oral"),
    }[channel]


def rank_label(rank: Rank) -> str:
    return {
        Rank.UNKNOWN: translate("Leads", "Unknown"),
        Rank.SECTION_OR_BELOW: translate("Leads", "Section level or below"),
        Rank.COUNTY_DIVISION: translate("Leads", "County or division level"),
        Rank.BUREAU_DEPARTMENT: translate("Leads", "Bureau or department level"),
        Rank.PROVINCIAL_MINISTERIAL: translate("Leads", "Provincial or ministerial level"),
    }[rank]


def filing_level_label(level: FilingLevel) -> str:
    return {
        FilingLevel.LOCAL: translate("Leads", "This procuratorate"),
        FilingLevel.PROVINCIAL_CENTRE: translate("Leads", "Provincial reporting centre"),
        FilingLevel.SPP: translate("Leads", "Supreme People's Procuratorate"),
    }[level]


def disposition_label(disposition: Disposition) -> str:
    return {
        Disposition.ACCEPT_AND_ROUTE: translate("Leads", "Accept and route to a department"),
        Disposition.TRANSFER: translate("Leads", "Transfer to another authority"),
        Disposition.PRELIMINARY_CHECK: translate("Leads", "Preliminary check"),
        Disposition.FILE_UPWARD: translate("Leads", "File upward"),
        Disposition.NO_ACTION: translate("Leads", "No action"),
    }[disposition]


def deadline_label(rule: str) -> str:
    return {
        "disposition": translate("Leads", "Disposition"),
        "visit-reply": translate("Leads", "Reply after a visit"),
        "reply": translate("Leads", "Reply to a real-name informant"),
        "supplement": translate("Leads", "Supplementary material"),
        "clarify-after-investigation": translate("Leads", "Clarification after investigation"),
        "clarify-after-review": translate("Leads", "Clarification after review"),
        "assistance": translate("Leads", "Assistance request"),
    }.get(rule, rule)


def risk_label(level: RiskLevel) -> str:
    return {
        RiskLevel.LOW: translate("Leads", "Low"),
        RiskLevel.MEDIUM: translate("Leads", "Medium"),
        RiskLevel.HIGH: translate("Leads", "High"),
    }[level]


def step_label(step: AssistanceStep) -> str:
    return {
        AssistanceStep.FACTS_ASCERTAINED: translate("Leads", "Facts ascertained"),
        AssistanceStep.REPORTED_TO_CHIEF: translate("Leads", "Reported to the chief procurator"),
        AssistanceStep.POLICE_NOTIFIED: translate("Leads", "Police notified"),
        AssistanceStep.JUDICIAL_POLICE_MEASURES: translate(
            "Leads", "Judicial police measures taken"),
    }[step]


def when(moment: datetime | None) -> str:
    """A time as the centre reads it (China Standard Time)."""
    return "" if moment is None else moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(CHINA).strftime("%Y-%m-%d")


_INDEX = re.compile(r"\[(\d+)\]")


def field_base(field: str) -> str:
    """'reported_persons[0].name' → 'reported_persons.name' (how the form keys fields)."""
    return _INDEX.sub("", field)


def problem_text(problem: InvalidField) -> str:
    limit = "" if problem.limit is None else str(problem.limit)
    return {
        Problem.REQUIRED: translate("Leads", "Required."),
        Problem.TOO_LONG: translate("Leads", "Too long (at most %1 characters).").replace(
            "%1", limit),
        Problem.CONTROL_CHARACTER: translate("Leads", "Contains characters that are not allowed."),
        Problem.BAD_FORMAT: translate("Leads", "Not in the expected form."),
        Problem.BAD_CHECK_CHARACTER: translate(
            "Leads", "The last character does not match: the ID number is mistyped."),
        Problem.BAD_BIRTH_DATE: translate(
            "Leads", "The birth date in the ID number is impossible."),
        Problem.IN_THE_FUTURE: translate("Leads", "Lies in the future."),
        Problem.TOO_FEW_STAFF: translate(
            "Leads", "A visit is received by at least %1 staff members.").replace("%1", limit),
        Problem.NOT_ALLOWED: translate("Leads", "Not allowed for this channel."),
        Problem.UNKNOWN_VALUE: translate("Leads", "Unknown value."),
        Problem.BEFORE_REPORT: translate("Leads", "Lies before the report it answers."),
        Problem.DUPLICATE: translate("Leads", "A date is given twice."),
        Problem.OUTSIDE_YEAR: translate("Leads", "A date lies outside the chosen year."),
        Problem.NO_SUCH_DIVISION: translate(
            "Leads", "No such administrative division (first six digits): the ID number is "
            "mistyped."),
    }[problem.problem]


def field_label(field: str) -> str:
    """A core field name ('reported_persons[1].name') in the user's words."""
    base = field_base(field)
    words = {
        "reason": translate("Leads", "Reason"),
        "summary": translate("Leads", "Summary"),
        "storage_location": translate("Leads", "Materials kept at"),
        "reported_persons": translate("Leads", "Reported persons"),
        "reported_persons.name": translate("Leads", "Reported person's name"),
        "reported_persons.unit": translate("Leads", "Reported person's unit"),
        "reported_persons.post": translate("Leads", "Reported person's post"),
        "reported_persons.region": translate("Leads", "Reported person's region"),
        "replied_at": translate("Leads", "Replied at"),
        "place": translate("Leads", "Place"),
        "participants": translate("Leads", "Participants"),
        "content": translate("Leads", "Content"),
        "informant_view": translate("Leads", "Informant's reaction"),
        "unreachable_reason": translate("Leads", "Why no reply was possible"),
        "original_text": translate("Leads", "Report text (as received)"),
        "received_at": translate("Leads", "Received at"),
        "postmark_date": translate("Leads", "Postmark date"),
        "postmark_illegible_reason": translate("Leads", "Why the postmark is illegible"),
        "target": translate("Leads", "To"),
        "measures": translate("Leads", "Measures"),
        "responsible": translate("Leads", "Responsible"),
        "review_on": translate("Leads", "Review on"),
        "factors": translate("Leads", "Risk factors"),
        "note": translate("Leads", "Note"),
        "asked_at": translate("Leads", "Asked at"),
        "at": translate("Leads", "Done at"),
        "request": translate("Leads", "Request"),
        "holidays": translate("Leads", "Public holidays"),
        "workdays": translate("Leads", "Weekend days worked in exchange"),
        "department": translate("Leads", "Discipline inspection department"),
        "amount": translate("Leads", "Amount"),
        "deadline": translate("Leads", "Deadline"),
        "channel": translate("Leads", "Channel"),
        "category": translate("Leads", "Category"),
        "informant.name": translate("Leads", "Informant's name"),
        "informant.id_number": translate("Leads", "Informant's ID number"),
        "informant.phones": translate("Leads", "Informant's phone"),
        "informant.unit": translate("Leads", "Informant's unit"),
        "informant.address": translate("Leads", "Informant's address"),
    }
    return words.get(base, base)


def problem_sentence(error: BaseException) -> str:
    """An error of a dialog: each wrong field named with its problem."""
    if isinstance(error, InvalidField) and error.field == "fields":
        return translate("Leads", "Nothing was changed: correct a field first.")
    problems = (error.problems if isinstance(error, lead_errors.ValidationFailed)
                else (error,) if isinstance(error, InvalidField) else ())
    if not problems:
        return describe_lead_error(error)
    return sentences(*(translate("Leads", "%1: %2").replace("%1", field_label(p.field))
                       .replace("%2", problem_text(p)) for p in problems))


LEAD_ERROR_WORDS: ErrorWords = {
    lead_errors.RoutedToReportedUnit: lambda e: translate(
        "Leads",
        "Refused: %1 is a unit reported in this lead. Materials may not be passed to the "
        "reported person's unit (Art 59(4)).",
    ).replace("%1", str(getattr(e, "unit", ""))),
    lead_errors.RoutedToReportedPerson: lambda e: translate(
        "Leads",
        "Refused: the target names %1, a person reported in this lead. Materials may not be "
        "passed to a reported person (Art 59(4)).",
    ).replace("%1", str(getattr(e, "name", ""))),
    lead_errors.MustGoToDisciplineInspection: lambda e: translate(
        "Leads", "A lead about our own staff goes to %1 (Art 76).",
    ).replace("%1", str(getattr(e, "required", ""))),
    lead_errors.IdentityKeyMissing: lambda e: translate(
        "Leads", "This session holds no identity key."),
    stored_errors.EditConflict: lambda e: translate(
        "Leads", "Someone else saved this lead meanwhile. Reopen it and retry."),
    lead_errors.AttachmentTooLarge: lambda e: translate(
        "Leads", "The file is larger than the limit of %1 MB."
    ).replace("%1", str(int(getattr(e, "limit", 0)) // (1024 * 1024))),
    lead_errors.UnknownFileType: lambda e: translate(
        "Leads", "Files of this type are not accepted."),
    lead_errors.DisguisedFile: lambda e: translate(
        "Leads", "The file's name does not match its content: refused."),
    lead_errors.DuplicateAttachment: lambda e: translate(
        "Leads", "This lead already holds exactly this file."),
    lead_errors.ValidationFailed: lambda e: translate(
        "Leads", "Some fields need attention: see the marks next to them."),
    lead_errors.InvalidField: problem_text,
    stored_errors.LeadNotFound: lambda e: translate(
        "Leads", "There is no lead %1 in the register.").replace("%1", str(getattr(e, "lead", ""))),
    stored_errors.ReportNotFound: lambda e: translate(
        "Leads", "That report is no longer in the register. Reopen the lead."),
    stored_errors.AttachmentNotFound: lambda e: translate(
        "Leads", "That attachment is no longer in the register. Reopen the lead."),
    lead_errors.IdentityCorrupt: lambda e: translate(
        "Leads",
        "The informant's identity could not be decrypted: it was altered or moved. "
        "Nothing is shown. Report this to the chief procurator."),
    lead_errors.NotRealName: lambda e: translate(
        "Leads", "Replies, risk assessments and protection apply only to real-name reports."),
    lead_errors.LeadVoided: lambda e: translate(
        "Leads", "Lead %1 is void: nothing more can be recorded on it."
    ).replace("%1", str(getattr(e, "lead_number", ""))),
    lead_errors.NothingToPrint: lambda e: translate(
        "Leads", "There is nothing to print for that period. No copy number was spent."),
    lead_errors.AssistanceStepOutOfOrder: lambda e: translate(
        "Leads", "This step of the assistance needs an earlier step first: %1."
    ).replace("%1", _step_words(str(getattr(e, "missing", "")))),
    ImportRejected: lambda e: translate(
        "Leads", "Nothing was imported: the file has %1 problem(s)."
    ).replace("%1", str(len(getattr(e, "problems", ())))),
    stored_errors.LeadError: lambda e: translate(
        "Leads", "The leads register refused the change. Nothing was changed."),
}


def _step_words(code: str) -> str:
    try:
        return step_label(AssistanceStep(code))
    except ValueError:
        return code


def describe_lead_error(error: BaseException) -> str:
    words = words_for(error, LEAD_ERROR_WORDS)
    return words if words is not None else describe_error(error)
