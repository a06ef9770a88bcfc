"""What the database says about a header: who may still come in, and which
recovery code is the current one.

The header's MAC proves that whoever wrote a header held the DEK, not that it
is the latest header: an old copy put back (or the `.bak` read after a damaged
`vault.keys`) still verifies while the DEK is unchanged. Removals, card
replacements and recoveries are recorded in the database in the same
transaction as the header change, so the database is the authority: a slot of
a removed user or a retired card opens nothing, and only the code issued last
recovers. (Only a rekey makes such a slot cryptographically useless too.)"""

from __future__ import annotations

from desktop.domain.storage import NotFound
from desktop.domain.users import UserId
from desktop.ports import UnitOfWork
from desktop.vault.header import SlotMeta

RECOVERY_CODE_SETTING = "vault.recovery_code_id"
USER_REMOVED = "user_removed"
CARD_RETIRED = "card_retired"
CARD_DIFFERS = "card_differs"


def revoked_reason(tx: UnitOfWork, meta: SlotMeta) -> str | None:
    """Why the database no longer lets this slot in, or None.

    A slot the database does not know yet (a header saved whose transaction
    then failed to commit) is left to the existing checks: refusing it would
    lock out a user whose enrollment merely lost its commit."""
    try:
        user = tx.users.get(UserId(int(meta.user_id)))
    except (NotFound, ValueError):
        return None
    if not user.active:
        return USER_REMOVED
    card = tx.cards.find(meta.card.serial)
    if card is None:
        return None
    if not card.active:
        return CARD_RETIRED
    if (card.user_id, card.signature.public_key, card.decryption.public_key) != (
        user.id,
        meta.card.sig_public,
        meta.card.dec_public,
    ):
        return CARD_DIFFERS
    return None


def current_recovery_code_id(tx: UnitOfWork) -> str | None:
    """The id of the recovery code issued last (None: no record of any)."""
    stored = tx.settings.get(RECOVERY_CODE_SETTING)
    if stored is not None:
        return stored
    # Vaults made before the setting existed: the audit log names every code issued.
    latest: str | None = None
    for record in tx.audit_records.iterate():
        if record.action == "recovery.issue":
            latest = _text(record.details.get("code_id"))
        elif record.action == "vault.recover":
            latest = _text(record.details.get("new_code_id"))
    return latest


def record_recovery_code(tx: UnitOfWork, code_id: str) -> None:
    tx.settings.set(RECOVERY_CODE_SETTING, code_id)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
