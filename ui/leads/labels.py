"""Words for the leads register's codes, field names and typed errors (the core
speaks in codes; only ui/ turns them into the user's language)."""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    Disposition,
    FilingLevel,
    LeadStatus,
    Rank,
)
from desktop.leads.deadlines import CHINA
from desktop.leads.errors import InvalidField, Problem
from ui.messages import describe_error

translate = QCoreApplication.translate


def status_label(status: LeadStatus) -> str:
    return {
        LeadStatus.RECEIVED: translate("Leads", "Awaiting disposition"),
        LeadStatus.ROUTED: translate("Leads", "Routed"),
        LeadStatus.TRANSFERRED: translate("Leads", "Transferred"),
        LeadStatus.PRELIMINARY_CHECK: translate("Leads", "Preliminary check"),
        LeadStatus.FILED_UPWARD: translate("Leads", "Filed upward"),
        LeadStatus.CLOSED: translate("Leads", "No action"),
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
    }[problem.problem]


def describe_lead_error(error: BaseException) -> str:
    name = type(error).__name__
    if name == "RoutedToReportedUnit":
        return translate(
            "Leads",
            "Refused: %1 is a unit reported in this lead. Materials may not be passed to the "
            "reported person's unit (Art 59(4)).",
        ).replace("%1", str(getattr(error, "unit", "")))
    if name == "MustGoToDisciplineInspection":
        return translate(
            "Leads", "A lead about our own staff goes to %1 (Art 76).",
        ).replace("%1", str(getattr(error, "required", "")))
    if name == "NotPermitted":
        return translate("Leads", "Your role may not do this.")
    if name == "IdentityKeyMissing":
        return translate("Leads", "This session holds no identity key.")
    if name == "EditConflict":
        return translate("Leads", "Someone else saved this lead meanwhile. Reopen it and retry.")
    if name == "AttachmentTooLarge":
        return translate("Leads", "The file is larger than the limit of %1 MB.").replace(
            "%1", str(int(getattr(error, "limit", 0)) // (1024 * 1024)))
    if name == "UnknownFileType":
        return translate("Leads", "Files of this type are not accepted.")
    if name == "DisguisedFile":
        return translate("Leads", "The file's name does not match its content: refused.")
    if name == "DuplicateAttachment":
        return translate("Leads", "This lead already holds exactly this file.")
    if name == "ValidationFailed":
        return translate("Leads", "Some fields need attention: see the marks next to them.")
    if isinstance(error, InvalidField):
        return problem_text(error)
    return describe_error(error)
