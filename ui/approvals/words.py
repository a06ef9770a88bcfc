"""Request kinds, scopes and states in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def kind_words(kind: str) -> str:
    return {
        "view-lead": translate("Approvals", "View a lead"),
        "see-identity": translate("Approvals", "See an informant's identity"),
        "export-informant-document": translate(
            "Approvals", "Export a document naming an informant"),
        "handwriting-examination": translate("Approvals", "Handwriting examination"),
        "clarification": translate("Approvals", "Clarification"),
        "reward": translate("Approvals", "Reward"),
        "change-setting": translate("Approvals", "Change a setting"),
        "enroll-user": translate("Approvals", "Enrol a user"),
        "remove-user": translate("Approvals", "Remove a user"),
    }.get(kind, kind)


LEAD_KINDS = ("view-lead", "see-identity", "export-informant-document",
              "handwriting-examination", "clarification", "reward")


def scope_words(scope: str) -> str:
    return {
        "case-card": translate("Approvals", "case card"),
        "report-texts": translate("Approvals", "report texts"),
        "attachments": translate("Approvals", "attachments"),
        "identity": translate("Approvals", "identity"),
    }.get(scope, scope)


SCOPES = ("case-card", "report-texts", "attachments", "identity")


def state_words(state: str) -> str:
    return {
        "pending": translate("Approvals", "Pending"),
        "approved": translate("Approvals", "Approved"),
        "refused": translate("Approvals", "Refused"),
        "used": translate("Approvals", "Used"),
        "revoked": translate("Approvals", "Revoked"),
    }.get(state, state)
