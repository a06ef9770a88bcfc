"""Audit action codes (vault.unlock, lead.create, …) in the user's language; a
code without words yet is shown as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import per_language

translate = QCoreApplication.translate


def action_words(code: str) -> str:
    return _words().get(code, code)


def action_codes() -> list[tuple[str, str]]:
    """(code, words) of every action the view has words for, by their words: the
    audit view's action filter."""
    return sorted(_words().items(), key=lambda item: item[1])


def _make_words() -> dict[str, str]:
    return {
        "vault.create": translate("AuditActions", "vault created"),
        "vault.unlock": translate("AuditActions", "unlocked"),
        "vault.unlock_failed": translate("AuditActions", "failed unlocks"),
        "vault.unlock_refused": translate("AuditActions", "unlock refused"),
        "vault.lock": translate("AuditActions", "locked"),
        "vault.recover": translate("AuditActions", "recovered with the recovery code"),
        "vault.rekey": translate("AuditActions", "keys renewed"),
        "vault.rekey_done": translate("AuditActions", "key renewal completed"),
        "vault.slot_rewrap": translate("AuditActions", "key slot renewed"),
        "vault.stale_slot_dropped": translate("AuditActions", "old key slot removed"),
        "vault.header_fallback": translate("AuditActions", "key file backup used"),
        "recovery.issue": translate("AuditActions", "recovery code issued"),
        "backup.create": translate("AuditActions", "backup made"),
        "backup.failed": translate("AuditActions", "backup failed"),
        "backup.verify": translate("AuditActions", "backup checked"),
        "backup.restore": translate("AuditActions", "vault restored from a backup"),
        "backup.restore_accepted": translate(
            "AuditActions", "older backup accepted by the chief procurator"),
        "recovery.print": translate("AuditActions", "recovery sheet printed"),
        "user.add": translate("AuditActions", "user enrolled"),
        "user.remove": translate("AuditActions", "user removed"),
        "user.password_change": translate("AuditActions", "password changed"),
        "card.replace": translate("AuditActions", "card replaced"),
        "card.pin_unblocked": translate("AuditActions", "card PIN unblocked with the admin PIN"),
        "settings.change": translate("AuditActions", "setting changed"),
        "draft.save": translate("AuditActions", "draft saved at lock"),
        "draft.restore": translate("AuditActions", "draft restored"),
        "audit.verify": translate("AuditActions", "audit chain verified"),
        "audit.checkpoint": translate("AuditActions", "checkpoint signed by the chief"),
        "audit.extract": translate("AuditActions", "audit extract printed"),
        "audit.export": translate("AuditActions", "audit extract exported"),
        "roster.sign": translate("AuditActions", "roster signed by the chief"),
        "roster.cache_mismatch": translate("AuditActions", "user list differs from the roster"),
        "roster.unlisted_slot": translate("AuditActions", "key slot not on the roster"),
        "clock.confirmed": translate("AuditActions", "clock date confirmed by the chief"),
        "vault.refound": translate("AuditActions", "vault refounded"),
        "approval.request": translate("AuditActions", "request filed"),
        "approval.decide": translate("AuditActions", "request decided by the chief"),
        "approval.revoke": translate("AuditActions", "approval revoked"),
        "approval.use": translate("AuditActions", "approval used"),
        "approval.refused": translate("AuditActions", "refused for want of approval"),
        "grant.issue": translate("AuditActions", "grant sealed to a viewer"),
        "grant.open": translate("AuditActions", "grant opened by the viewer"),
        "grant.identity": translate("AuditActions", "identity in a grant viewed"),
        "grant.print": translate("AuditActions", "grant printed by the viewer"),
        "grant.delete": translate("AuditActions", "grant deleted"),
        "grant.outbox-gap": translate("AuditActions", "gap in a viewer's outbox"),
        "grant.outbox-refused": translate("AuditActions", "viewer's outbox entry refused"),
        "grant.request-invalid": translate("AuditActions", "viewer's request not accepted"),
        "grant.counter-jump": translate("AuditActions", "viewer's card signed elsewhere"),
        "lead.handwriting": translate("AuditActions", "handwriting examination recorded"),
        "lead.clarification": translate("AuditActions", "clarification recorded"),
        "lead.reward": translate("AuditActions", "reward recorded"),
        "document.print-refused": translate("AuditActions", "print refused"),
        "card.memory_missing": translate("AuditActions", "card's checkpoint record wiped"),
        "card.counter_jump": translate(
            "AuditActions", "chief's card signed elsewhere"
        ),
        "roster.recovery_key_mismatch": translate(
            "AuditActions", "recovery key not on the roster"
        ),
        "workstation.lock": translate("AuditActions", "screen locked"),
        "workstation.air_gap_breach": translate("AuditActions", "network connection detected"),
        "lead.create": translate("AuditActions", "lead recorded"),
        "lead.edit": translate("AuditActions", "lead edited"),
        "lead.view": translate("AuditActions", "lead viewed"),
        "lead.list": translate("AuditActions", "register listed"),
        "lead.search": translate("AuditActions", "register searched"),
        "lead.route": translate("AuditActions", "lead disposed"),
        "lead.import": translate("AuditActions", "leads imported"),
        "lead.identity.view": translate("AuditActions", "informant identity viewed"),
        "lead.identity.refused": translate("AuditActions", "informant identity refused"),
        "lead.report.add": translate("AuditActions", "report added"),
        "lead.attachment.add": translate("AuditActions", "attachment added"),
        "lead.attachment.open": translate("AuditActions", "attachment opened"),
        "lead.reply": translate("AuditActions", "reply recorded"),
        "lead.risk": translate("AuditActions", "risk assessed"),
        "lead.protection": translate("AuditActions", "protection recorded"),
        "lead.assistance": translate("AuditActions", "assistance requested"),
        "lead.assistance.step": translate("AuditActions", "assistance step"),
        "lead.supplement.request": translate("AuditActions", "supplement requested"),
        "lead.supplement.received": translate("AuditActions", "supplement received"),
        "lead.notice.repeat": translate("AuditActions", "repeat-report notice"),
        "lead.void": translate("AuditActions", "lead voided"),
        "lead.print": translate("AuditActions", "lead document printed"),
        "document.print": translate("AuditActions", "copies sent to the printer"),
        "document.print-failed": translate("AuditActions", "printing failed"),
        "document.discard": translate("AuditActions", "unused copy discarded"),
        "document.export": translate("AuditActions", "exported to a file"),
        "document.export-refused": translate("AuditActions", "export refused"),
        "bag.scan-forged": translate("AuditActions", "forged label scanned"),
        "bag.create": translate("AuditActions", "bag created"),
        "bag.add-lead": translate("AuditActions", "lead put in bag"),
        "bag.add-material": translate("AuditActions", "materials put in bag"),
        "bag.seal": translate("AuditActions", "bag sealed"),
        "bag.hand-over": translate("AuditActions", "bag handed over"),
        "bag.unseal": translate("AuditActions", "bag unsealed"),
        "bag.unseal-refused": translate("AuditActions", "unsealing refused"),
        "bag.reseal": translate("AuditActions", "bag resealed"),
        "bag.return-to-sender": translate("AuditActions", "bag returned"),
        "bag.void": translate("AuditActions", "bag voided"),
        "bag.print": translate("AuditActions", "printed"),
        "bag.scan": translate("AuditActions", "label scanned"),
    }


_words = per_language("AuditActions", "unlocked", _make_words)
