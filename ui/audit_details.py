"""An audit record's details and subject in plain words: each key named in the user's
language, codes as their labels, yes/no for flags, UTC times in local time; a lead
as its number, a bag as its confidential number. A key without words yet is shown
as it is, never dropped."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    Disposition,
    FilingLevel,
    LeadStatus,
    ReplyForm,
    ReportKind,
)
from ui.i18n import per_language
from ui.leads.history_words import changed_field_label, reply_form_label
from ui.leads.labels import (
    category_label,
    channel_label,
    disposition_label,
    filing_level_label,
    status_label,
)

translate = QCoreApplication.translate
_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def _make_key_words() -> dict[str, str]:
    return {
        "number": translate("AuditDetails", "lead"),
        "version": translate("AuditDetails", "version"),
        "fields": translate("AuditDetails", "fields changed"),
        "persons": translate("AuditDetails", "reported persons"),
        "report": translate("AuditDetails", "report"),
        "reports": translate("AuditDetails", "reports"),
        "channel": translate("AuditDetails", "channel"),
        "kind": translate("AuditDetails", "kind"),
        "anonymous": translate("AuditDetails", "anonymous"),
        "sealed_fields": translate("AuditDetails", "identity fields sealed"),
        "duplicates": translate("AuditDetails", "possible repeats"),
        "adds_new": translate("AuditDetails", "brings new content"),
        "report_count": translate("AuditDetails", "reports in all"),
        "disposition": translate("AuditDetails", "disposition"),
        "target": translate("AuditDetails", "to"),
        "filing_level": translate("AuditDetails", "filing level"),
        "form": translate("AuditDetails", "form"),
        "deadlines_met": translate("AuditDetails", "deadlines met"),
        "deadlines_closed": translate("AuditDetails", "deadlines closed"),
        "level": translate("AuditDetails", "level"),
        "factors": translate("AuditDetails", "factors"),
        "measures": translate("AuditDetails", "measures"),
        "review_on": translate("AuditDetails", "review on"),
        "request": translate("AuditDetails", "request"),
        "urgent": translate("AuditDetails", "urgent"),
        "step": translate("AuditDetails", "step"),
        "document": translate("AuditDetails", "document"),
        "copy": translate("AuditDetails", "copy No."),
        "copies": translate("AuditDetails", "copy No."),
        "printer": translate("AuditDetails", "printer"),
        "reason": translate("AuditDetails", "reason"),
        "rows": translate("AuditDetails", "rows"),
        "classification": translate("AuditDetails", "classification"),
        "export": translate("AuditDetails", "to a file"),
        "overdue": translate("AuditDetails", "overdue only"),
        "status": translate("AuditDetails", "status"),
        "category": translate("AuditDetails", "category"),
        "received_from": translate("AuditDetails", "received from"),
        "received_to": translate("AuditDetails", "received to"),
        "query_length": translate("AuditDetails", "query length"),
        "terms": translate("AuditDetails", "terms"),
        "results": translate("AuditDetails", "results"),
        "year": translate("AuditDetails", "year"),
        "month": translate("AuditDetails", "month"),
        "attachment": translate("AuditDetails", "attachment"),
        "size": translate("AuditDetails", "size (bytes)"),
        "media_type": translate("AuditDetails", "file type"),
        "sha256": translate("AuditDetails", "SHA-256 fingerprint"),
        "same_file_elsewhere": translate("AuditDetails", "same file in other leads"),
        "source": translate("AuditDetails", "source"),
        "count": translate("AuditDetails", "count"),
        "user_name": translate("AuditDetails", "user"),
        "role": translate("AuditDetails", "role"),
        "interfaces": translate("AuditDetails", "network interfaces"),
        "checked": translate("AuditDetails", "records checked"),
        "ok": translate("AuditDetails", "intact"),
        "first_break": translate("AuditDetails", "first break"),
        "recipient": translate("AuditDetails", "recipient"),
        "state": translate("AuditDetails", "state"),
        "bag": translate("AuditDetails", "bag"),
        "lead": translate("AuditDetails", "lead"),
        "unit_name": translate("AuditDetails", "unit"),
        "unit_code": translate("AuditDetails", "unit code"),
        "at": translate("AuditDetails", "at"),
        "card": translate("AuditDetails", "card"),
        "header_backup_used": translate("AuditDetails", "key file backup used"),
        # the trust root: rosters, checkpoints, cards that remember
        "envelope": translate("AuditDetails", "signed record"),
        "signature": translate("AuditDetails", "signature"),
        "signer": translate("AuditDetails", "signed by card"),
        "roster": translate("AuditDetails", "roster"),
        "roster_version": translate("AuditDetails", "roster version"),
        "approved_by": translate("AuditDetails", "approved by card"),
        "table_role": translate("AuditDetails", "role in the user table"),
        "roster_role": translate("AuditDetails", "role on the roster"),
        "slot_role": translate("AuditDetails", "role the key slot claims"),
        "card_memory": translate("AuditDetails", "card's record"),
        "checkpoint_overdue": translate("AuditDetails", "checkpoint overdue"),
        "checkpoints": translate("AuditDetails", "checkpoints"),
        "unwitnessed": translate("AuditDetails", "records after the last checkpoint"),
        "bad_checkpoint": translate("AuditDetails", "checkpoint that fails"),
        "unexplained": translate("AuditDetails", "signatures not in the trail"),
        "clock": translate("AuditDetails", "clock"),
        "last_record": translate("AuditDetails", "last record"),
        "generation": translate("AuditDetails", "key generation"),
        "from_vault": translate("AuditDetails", "succeeds vault"),
        "into_vault": translate("AuditDetails", "succeeded by vault"),
        "origin": translate("AuditDetails", "old vault and its last checkpoint"),
        "witness": translate("AuditDetails", "witness"),
        "approve": translate("AuditDetails", "approved"),
        "why": translate("AuditDetails", "why"),
        "hours": translate("AuditDetails", "hours"),
        "subjects": translate("AuditDetails", "subjects"),
        "examiner": translate("AuditDetails", "examined by"),
        "amount_yuan": translate("AuditDetails", "amount (yuan)"),
        "basis": translate("AuditDetails", "basis"),
        "after_review": translate("AuditDetails", "after a review"),
        "backup": translate("AuditDetails", "backup"),
        "bytes": translate("AuditDetails", "bytes"),
        "head": translate("AuditDetails", "audit head"),
        "grants": translate("AuditDetails", "grants included"),
        "made_at": translate("AuditDetails", "backup made on"),
        "restored_at": translate("AuditDetails", "restored"),
        "note_matches": translate("AuditDetails", "restore note matches the trail"),
        "seq": translate("AuditDetails", "entry number"),
        "via": translate("AuditDetails", "filed through"),
        "package": translate("AuditDetails", "grant package"),
        "scope": translate("AuditDetails", "parts granted"),
        "files": translate("AuditDetails", "files"),
        "action": translate("AuditDetails", "act"),
        "records": translate("AuditDetails", "records"),
        "matched": translate("AuditDetails", "records matching"),
        "filter": translate("AuditDetails", "filters"),
        "value": translate("AuditDetails", "new value"),
        "holidays": translate("AuditDetails", "public holidays"),
        "workdays": translate("AuditDetails", "exchanged workdays"),
        "amount": translate("AuditDetails", "amount"),
        "unit": translate("AuditDetails", "unit"),
        "length": translate("AuditDetails", "length (characters)"),
        "signed_by": translate("AuditDetails", "signed by"),
        "signed_head": translate("AuditDetails", "audit record signed over"),
        "rolled_forward": translate("AuditDetails", "finished after an interruption"),
        "recovery_key": translate("AuditDetails", "recovery key"),
        "first_for_old_vault": translate("AuditDetails", "first roster of an older vault"),
        "viewers_converted": translate("AuditDetails", "viewers given grant keys"),
        "code_id": translate("AuditDetails", "recovery code id"),
        "problem": translate("AuditDetails", "problem"),
        "demo": translate("AuditDetails", "demonstration vault"),
        "development": translate("AuditDetails", "development vault"),
        "argon2_memory_kib": translate("AuditDetails", "key derivation memory (KiB)"),
        "argon2_time_cost": translate("AuditDetails", "key derivation passes"),
        "first_user": translate("AuditDetails", "first user"),
        "used_code_id": translate("AuditDetails", "recovery code used"),
        "new_code_id": translate("AuditDetails", "new recovery code"),
        "after_recovery": translate("AuditDetails", "after a recovery"),
        "refounded": translate("AuditDetails", "vault founded anew"),
        "source_sha256": translate("AuditDetails", "source file's SHA-256 fingerprint"),
        "first": translate("AuditDetails", "first lead"),
        "last": translate("AuditDetails", "last lead"),
        "abandoned_seq": translate("AuditDetails", "abandoned checkpoint"),
        "checkpoint": translate("AuditDetails", "checkpoint record"),
        "with_key": translate("AuditDetails", "contents checked with the key"),
        "lost_records_at_least": translate("AuditDetails", "records lost, at least"),
    }


_key_words = per_language("AuditDetails", "fields changed", _make_key_words)


def _code(enum: type, label: Callable[..., str]) -> Callable[[str], str]:
    def words(value: str) -> str:
        try:
            return label(enum(value))
        except ValueError:
            return value
    return words


def _reason(value: str) -> str:
    """Lock reasons are codes; a reason the user wrote is shown as written."""
    return {
        "idle": translate("AuditDetails", "idle"),
        "manual": translate("AuditDetails", "locked by hand"),
        "card-removed": translate("AuditDetails", "card removed"),
        "card-swap": translate("AuditDetails", "card swap not finished"),
        "not-permitted": translate("AuditDetails", "not permitted"),
        "no-approval": translate("AuditDetails", "no approval"),
        "medium-full": translate("AuditDetails", "medium full"),
        "read-only": translate("AuditDetails", "medium read-only"),
        "medium-lost": translate("AuditDetails", "medium failed or removed"),
        "damaged": translate("AuditDetails", "does not match its manifest"),
        "another-vault": translate("AuditDetails", "of another vault"),
        "check-failed": translate("AuditDetails", "failed its check"),
        "not-a-backup": translate("AuditDetails", "not a backup"),
    }.get(value, value)


def _kind(value: str) -> str:
    return {ReportKind.REPORT.value: translate("AuditDetails", "report"),
            ReportKind.SURRENDER.value: translate("AuditDetails", "surrender")}.get(value, value)


def _via(value: str) -> str:
    return {"outbox": translate("AuditDetails", "the viewer's signed outbox")}.get(value, value)


def _scope(value: str) -> str:
    from ui.approvals.words import scope_words  # the approvals screens' words

    return scope_words(value)


_CODES: dict[str, Callable[[str], str]] = {
    "channel": _code(Channel, channel_label),
    "disposition": _code(Disposition, disposition_label),
    "filing_level": _code(FilingLevel, filing_level_label),
    "status": _code(LeadStatus, status_label),
    "category": _code(CrimeCategory, category_label),
    "form": _code(ReplyForm, reply_form_label),
    "kind": _kind,
    "reason": _reason,
    "fields": changed_field_label,
    "scope": _scope,
    "via": _via,
}


def local_time(text: str) -> str:
    """A stored UTC time ("…Z") as the workstation's local time, to the second."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _value(key: str, value: object) -> str:
    if value is None:
        return "—"
    if key == "envelope":  # the base64 pieces of a signed record: its size, not its bytes
        return translate("AuditDetails", "kept (%1 pieces)").replace(
            "%1", str(len(value) if isinstance(value, list) else 1))
    if key == "signature" and isinstance(value, str):
        return value[:16] + "…"
    if isinstance(value, bool):
        return translate("AuditDetails", "yes") if value else translate("AuditDetails", "no")
    if isinstance(value, list):
        separator = translate("Leads", ", ")
        return separator.join(_value(key, item) for item in value)
    if isinstance(value, dict):
        return detail_words(json.dumps(value))
    text = str(value)
    if isinstance(value, str):
        if key in _CODES:
            return _CODES[key](text)
        if _TIME.match(text):
            return local_time(text)
    return text


def detail_words(details: str) -> str:
    """'{"adds_new": true, "channel": "phone"}' → 'brings new content: yes; channel: Phone'."""
    try:
        parsed = json.loads(details) if details else {}
    except ValueError:
        return details
    if not isinstance(parsed, dict):
        return details
    keys = _key_words()
    pair = translate("AuditDetails", "%1: %2")
    parts = [pair.replace("%1", keys.get(k, k)).replace("%2", _value(k, v))
             for k, v in parsed.items()]
    return translate("AuditDetails", "; ").join(parts)


def subject_words(subject: str) -> str:
    """'lead:2026-00012' → 'Lead 2026-00012'; 'bag:…' → 'Bag …'; a name stays a name."""
    kind, _, rest = subject.partition(":")
    if not rest:
        return subject
    words = {
        "lead": translate("AuditDetails", "Lead %1"),
        "report": translate("AuditDetails", "Report of lead %1"),
        "bag": translate("AuditDetails", "Bag %1"),
        "bags": translate("AuditDetails", "Bag register %1"),
        "leads": translate("AuditDetails", "Leads %1"),
        "user": translate("AuditDetails", "User %1"),
    }.get(kind)
    return subject if words is None else words.replace("%1", rest)
