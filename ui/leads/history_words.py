"""One line each for a lead's history: the case card's corrections and void, and the
replies to its informants (what the lead view lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.leads import CardChange, CardChangeKind, Reply, ReplyForm
from ui.leads.labels import when

translate = QCoreApplication.translate


def changed_field_label(field: str) -> str:
    return {
        "category": translate("Leads", "Category"),
        "summary": translate("Leads", "Summary"),
        "reported_persons": translate("Leads", "Reported persons"),
        "storage_location": translate("Leads", "Materials kept at"),
        "about_own_staff": translate("Leads", "About our own staff"),
        "status": translate("Leads", "Status"),
    }.get(field, field)


def list_words(items: list[str]) -> str:
    return translate("Leads", ", ").join(items)


def change_line(change: CardChange) -> str:
    if change.kind is CardChangeKind.VOID:
        what = translate("Leads", "Voided")
    else:
        what = translate("Leads", "Corrected %1").replace(
            "%1", list_words([changed_field_label(f) for f in change.fields]))
    return translate("Leads", "%1 · %2 · %3 · reason: %4").replace(
        "%1", when(change.changed_at)).replace("%2", change.changed_by_name).replace(
        "%3", what).replace("%4", change.reason)


def reply_form_label(form: ReplyForm) -> str:
    return {
        ReplyForm.ORAL: translate("Leads", "Oral reply"),
        ReplyForm.LETTER: translate("Leads", "Reply letter"),
        ReplyForm.UNREACHABLE: translate("Leads", "Informant unreachable"),
    }[form]


def reply_line(reply: Reply) -> str:
    parts = [when(reply.replied_at), reply_form_label(reply.form)]
    if reply.form is ReplyForm.ORAL:
        parts.append(translate("Leads", "at %1 with %2").replace("%1", reply.place).replace(
            "%2", list_words(list(reply.participants))))
    if reply.content:
        parts.append(reply.content)
    if reply.informant_view:
        parts.append(translate("Leads", "informant's reaction: %1").replace(
            "%1", reply.informant_view))
    if reply.unreachable_reason:
        parts.append(translate("Leads", "reason: %1").replace("%1", reply.unreachable_reason))
    return " · ".join(parts)
