"""Typed errors → plain words in the user's language.

Words are chosen by the error's type: the class itself and then its bases, so a
family sentence (a card, vault or storage error) covers a subclass added later,
and a class that merely shares a name with one below gets no borrowed words.
Feature screens keep their own tables (ui/leads/labels.py, ui/bags/words.py,
ui/printing/words.py, ui/wizard_messages.py) and fall back to this one."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from desktop.card.errors import WrongPin

translate = QCoreApplication.translate
ErrorWords = Mapping[type[BaseException], Callable[[Any], str]]

class Messages(QObject):
    """The messages with a count. pyside6-lupdate marks a string as plural only in a
    self.tr(text, "", n) call (QCoreApplication.translate with a variable count is
    missed or taken as singular), so these go through a QObject whose class name is
    their context, "Messages"."""

    def wrong_pin(self, remaining: int) -> str:
        return self.tr("Wrong PIN. %n more wrong PIN(s) will block the card.", "", remaining)

    def throttled(self, seconds: int) -> str:
        return self.tr("Too many failed attempts. Wait %n second(s) and try again.", "",
                       seconds)


_COUNTED = Messages()


def _remaining(error: WrongPin) -> str:
    return _COUNTED.wrong_pin(int(getattr(error, "remaining", 0)))


def _database_corrupt(error: BaseException) -> str:  # raised by the vault and by db alike
    return translate(
        "Messages", "The vault database is damaged. Nothing was changed; restore a backup."
    )


@functools.cache
def _approval_why(why: str) -> str:
    return {
        "none": translate("Messages", "none was given"),
        "expired": translate("Messages", "it has expired"),
        "scope": translate("Messages", "it does not cover this"),
        "signature": translate("Messages", "its signature does not verify"),
    }.get(why, why)


def error_words() -> ErrorWords:
    """The core's error classes and their words. Built at the first error, not at
    start-up: naming the classes loads their modules (the unlock screen must be quick)."""
    from desktop.app.users import LastClerk, NotYourCard, StillYourCard
    from desktop.approvals import service as approvals
    from desktop.approvals.acts import ActInvalid
    from desktop.audit import errors as audit_errors
    from desktop.card import errors as card_errors
    from desktop.domain import storage as storage_errors
    from desktop.domain.approvals import ApprovalInvalidRequest
    from desktop.domain.envelope import MalformedEnvelope
    from desktop.domain.grants import PackageInvalid
    from desktop.domain.roster import RosterInvalid
    from desktop.grants import viewer as grant_viewer
    from desktop.grants.inbox import InboxUnavailable
    from desktop.grants.issuing import NotAViewersRequest
    from desktop.grants.outbox import NotThisViewersCard
    from desktop.grants.sealing import SealBroken
    from desktop.policy import CheckpointOverdue, NotPermitted
    from desktop.vault import errors as vault_errors
    from ui.roles import role_name

    return {
        # card
        card_errors.WrongPin: _remaining,
        card_errors.PinBlocked: lambda e: translate(
            "Messages", "The card's PIN is blocked. Ask the chief procurator to have it reset."
        ),
        card_errors.CardRemoved: lambda e: translate(
            "Messages", "The card was removed. Insert it again and retry."
        ),
        card_errors.NoCard: lambda e: translate("Messages", "There is no card in the reader."),
        card_errors.NotAnOpenPgpCard: lambda e: translate(
            "Messages", "This card is not a LeadVault (OpenPGP) card."
        ),
        card_errors.KeyMissing: lambda e: translate(
            "Messages", "The card holds no keys yet. It must be prepared during enrolment."
        ),
        card_errors.ReaderNotFound: lambda e: translate(
            "Messages", "The card reader is not connected."
        ),
        card_errors.CardServiceUnavailable: lambda e: translate(
            "Messages", "The smart card service is not running. Contact the administrator."
        ),
        card_errors.InvalidPinLength: lambda e: translate(
            "Messages", "The PIN has the wrong length (at least 6 digits)."
        ),
        card_errors.CardInUse: lambda e: translate(
            "Messages", "Another program is using the card. Close it and retry."
        ),
        # vault
        vault_errors.WrongPassword: lambda e: translate("Messages", "The password is wrong."),
        vault_errors.CardNotEnrolled: lambda e: translate(
            "Messages", "This card is not enrolled on this workstation."
        ),
        vault_errors.CardMismatch: lambda e: translate(
            "Messages", "This card does not hold the keys enrolled for it. It may be a copy."
        ),
        vault_errors.MachineSecretMissing: lambda e: translate(
            "Messages",
            "This computer's key store does not hold the workstation key: the vault was "
            "copied or the key store was reset. Use the sealed recovery sheet to recover.",
        ),
        vault_errors.InsecureKeyring: lambda e: translate(
            "Messages", "No secure key store is available on this computer."
        ),
        vault_errors.VaultNotFound: lambda e: translate(
            "Messages", "There is no vault in the data folder."
        ),
        vault_errors.VaultExists: lambda e: translate(
            "Messages", "A vault already exists in that folder."
        ),
        vault_errors.VaultInUse: lambda e: translate(
            "Messages", "The vault is already open in another window or program."
        ),
        vault_errors.HeaderCorrupt: lambda e: translate(
            "Messages", "The vault's key file is damaged and its backup too. Use recovery."
        ),
        vault_errors.HeaderTampered: lambda e: translate(
            "Messages", "The vault's key file was changed outside LeadVault. Report this."
        ),
        vault_errors.DatabaseCorrupt: _database_corrupt,
        vault_errors.DatabaseRolledBack: lambda e: translate(
            "Messages",
            "The vault database is older than its audit record: it was replaced by an old "
            "copy. Report this to the chief procurator.",
        ),
        vault_errors.KdfTooWeak: lambda e: translate(
            "Messages",
            "The vault's password protection is set weaker than allowed (at least 64 MiB "
            "and 2 passes): the key file was changed. Nothing was opened; report this.",
        ),
        vault_errors.RosterUntrusted: lambda e: translate(
            "Messages",
            "The list of enrolled users is not signed by the chief procurator's card "
            "(%1). Nothing was opened; report this to the chief procurator.",
        ).replace("%1", e.reason),
        vault_errors.RosterMissing: lambda e: translate(
            "Messages",
            "This vault has no signed list of users yet. The chief procurator must unlock "
            "it first with his card to sign one.",
        ),
        vault_errors.SlotNotOnRoster: lambda e: translate(
            "Messages",
            "This card's key slot is not on the user list the chief procurator signed. "
            "Nothing was opened; report this to the chief procurator.",
        ),
        vault_errors.SlotRoleMismatch: lambda e: translate(
            "Messages",
            "This card's key slot claims a role the chief procurator's signed user list "
            "does not give it: the key file was changed. Nothing was opened; report this.",
        ),
        vault_errors.ChiefCardMismatch: lambda e: translate(
            "Messages",
            "This card is not the chief procurator's card that the signed user list names: "
            "its signature does not verify. Nothing was opened.",
        ),
        vault_errors.FolderRolledBack: lambda e: translate(
            "Messages",
            "This card remembers checkpoint %1 of the audit trail, and the data folder "
            "does not hold it unchanged: the folder was restored from an older copy or "
            "its records were rewritten. Nothing was opened; report this at once.",
        ).replace("%1", str(e.remembered_seq)),
        vault_errors.CardRemembersOtherVault: lambda e: translate(
            "Messages",
            "This card belongs to another vault (each card serves one vault only).",
        ),
        vault_errors.CardLacksPrivateData: lambda e: translate(
            "Messages",
            "This card cannot keep the vault's checkpoint (it has no private data "
            "objects). Keyholders need an OpenPGP 3.4 card that has them.",
        ),
        vault_errors.ClockBehindChain: lambda e: translate(
            "Messages",
            "This computer's clock (%1) is earlier than the last audit record (%2): it was "
            "set back. Only the chief procurator's unlock can confirm the date. Nothing was "
            "opened.",
        ).replace("%1", e.clock).replace("%2", e.last_record),
        vault_errors.ViewerOnly: lambda e: translate(
            "Messages",
            "You are enrolled as a viewer: your card opens only what the chief procurator "
            "grants you, never the register itself. Nothing was opened.",
        ),
        vault_errors.NotAViewer: lambda e: translate(
            "Messages", "This card holds the vault's keys: unlock the vault with it instead."
        ),
        vault_errors.DevelopmentCardRefused: lambda e: translate(
            "Messages",
            "This is a test card, for development only; this vault accepts only real "
            "cards. Nothing was opened.",
        ),
        vault_errors.CardAlreadyEnrolled: lambda e: translate(
            "Messages", "This card is already enrolled for someone else."
        ),
        vault_errors.UserExists: lambda e: translate(
            "Messages", "A user with this name is already enrolled."
        ),
        vault_errors.InvalidRecoveryCode: lambda e: translate(
            "Messages", "The recovery code is mistyped. Check it against the sheet."
        ),
        vault_errors.WrongRecoveryCode: lambda e: translate(
            "Messages", "This recovery code does not belong to this vault."
        ),
        vault_errors.ApprovalInvalid: lambda e: translate(
            "Messages", "The chief procurator's signature did not verify. Nothing was changed."
        ),
        vault_errors.UserNotFound: lambda e: translate(
            "Messages", "There is no such user on this workstation."
        ),
        vault_errors.LastChief: lambda e: translate(
            "Messages", "The last chief procurator cannot be removed."
        ),
        LastClerk: lambda e: translate(
            "Messages", "The last clerk cannot be removed: enrol another clerk first."
        ),
        StillYourCard: lambda e: translate(
            "Messages", "This is your own card, not the new one. Nothing was changed."
        ),
        NotYourCard: lambda e: translate(
            "Messages", "This is not your card (%1). Nothing was changed."
        ).replace("%1", e.serial),
        vault_errors.NotAChiefCard: lambda e: translate(
            "Messages",
            "This card (%1) is not a chief procurator's card: it cannot sign the change. "
            "Its PIN was not asked for.",
        ).replace("%1", e.card_serial),
        card_errors.UnexpectedStatus: lambda e: translate(
            "Messages", "The card refused the command. Take it out, insert it again and retry."
        ),
        card_errors.MalformedResponse: lambda e: translate(
            "Messages",
            "The card gave an answer that could not be read. Retry with the card re-inserted.",
        ),
        card_errors.PinRequired: lambda e: translate(
            "Messages", "The card needs the PIN for this step."
        ),
        card_errors.UnsupportedAlgorithm: lambda e: translate(
            "Messages", "The card's keys are of a kind LeadVault does not use."
        ),
        card_errors.CardTerminated: lambda e: translate(
            "Messages", "This card has been reset to factory state and must be enrolled again."
        ),
        card_errors.PrivateDataUnsupported: lambda e: translate(
            "Messages",
            "This card cannot keep LeadVault's checkpoint record (it has no private data "
            "objects). Use a card that supports OpenPGP 3.4 private data objects.",
        ),
        card_errors.PcscFailure: lambda e: translate(
            "Messages", "The smart card service reported an error. Re-insert the card and retry."
        ),
        storage_errors.DatabaseCorrupt: _database_corrupt,
        storage_errors.DatabaseMissing: lambda e: translate(
            "Messages", "The vault database is missing from the data folder."
        ),
        storage_errors.DatabaseExists: lambda e: translate(
            "Messages", "A vault database already exists there."
        ),
        storage_errors.WrongDatabaseKey: lambda e: translate(
            "Messages", "The vault database does not match its key file."
        ),
        storage_errors.SchemaTooNew: lambda e: translate(
            "Messages", "The vault was written by a newer LeadVault. Update this workstation first."
        ),
        storage_errors.MigrationFailed: lambda e: translate(
            "Messages", "Updating the vault's structure failed. Nothing was changed."
        ),
        storage_errors.ConstraintViolation: lambda e: translate(
            "Messages", "The change breaks a rule of the vault and was refused."
        ),
        storage_errors.NotFound: lambda e: translate("Messages", "The record was not found."),
        CheckpointOverdue: lambda e: translate(
            "Messages",
            "The chief procurator has not signed a checkpoint of the audit trail for too "
            "long: until he unlocks with his card, only new reports can be recorded. "
            "Nothing was changed.",
        ),
        NotPermitted: lambda e: translate(
            "Messages", "Your role (%1) may not do this. Nothing was changed."
        ).replace("%1", role_name(e.role)),
        approvals.ApprovalMissing: lambda e: translate(
            "Messages",
            "This needs the chief procurator's approval, and there is no valid one (%1). "
            "Nothing was changed; file a request.",
        ).replace("%1", _approval_why(e.why)),
        approvals.ApprovalError: lambda e: translate(
            "Messages", "The approval could not be handled. Nothing was changed."
        ),
        ActInvalid: lambda e: translate(
            "Messages",
            "Not recorded: give who examined it, or a reward's amount and basis (at most "
            "200 characters). Nothing was changed.",
        ),
        approvals.RequestNotFound: lambda e: translate(
            "Messages", "There is no such request."
        ),
        approvals.AlreadyDecided: lambda e: translate(
            "Messages", "This request has already been decided. Nothing was changed."
        ),
        approvals.BeyondRequest: lambda e: translate(
            "Messages",
            "A decision may narrow the scope or shorten the time asked for, never widen "
            "them. Nothing was signed.",
        ),
        approvals.UnknownSubject: lambda e: translate(
            "Messages", "The request names a lead or user that does not exist. Nothing was filed."
        ),
        grant_viewer.GrantExpired: lambda e: translate(
            "Messages", "This grant has expired; it no longer opens. Ask again if you still "
            "need it."),
        grant_viewer.GrantNotFound: lambda e: translate(
            "Messages", "There is no such grant for you: it was revoked, has expired and was "
            "removed, or was granted to someone else."),
        grant_viewer.IdentityNotGranted: lambda e: translate(
            "Messages", "The chief procurator did not grant the informant's identity."),
        PackageInvalid: lambda e: translate(
            "Messages", "This grant does not verify (%1): it was altered or is not yours. "
            "Nothing was shown; report this to the chief procurator.").replace("%1", e.why),
        InboxUnavailable: lambda e: translate(
            "Messages", "Requests cannot be sent yet: the chief procurator has not signed a "
            "checkpoint this computer can trust. Ask him to unlock LeadVault once. Nothing "
            "was filed."),
        NotThisViewersCard: lambda e: translate(
            "Messages", "The card in the reader is not the one you unlocked with. Nothing was "
            "signed."),
        NotAViewersRequest: lambda e: translate(
            "Messages", "Only an approved viewing request of a viewer becomes a grant."),
        SealBroken: lambda e: translate(
            "Messages", "A sealed item does not open with this key: it was altered. Nothing "
            "was shown."),
        ApprovalInvalidRequest: lambda e: translate(
            "Messages",
            "The request is incomplete: give its subjects, a reason (at most 200 characters) "
            "and a time of 1 hour to 90 days. Nothing was filed.",
        ),
        RosterInvalid: lambda e: translate(
            "Messages",
            "The signed user list does not verify (%1). Nothing was changed; report this "
            "to the chief procurator.",
        ).replace("%1", e.reason),
        MalformedEnvelope: lambda e: translate(
            "Messages",
            "A record signed by the chief procurator's card is damaged or not in LeadVault's "
            "form. Nothing was changed; report this to the chief procurator.",
        ),
        audit_errors.AuditError: lambda e: translate(
            "Messages",
            "The audit trail refused to record identity or content. Nothing was changed; "
            "report this to the administrator.",
        ),
        # families, for errors added later
        vault_errors.VaultError: lambda e: translate(
            "Messages", "The vault refused the operation. Nothing was changed."
        ),
        card_errors.CardError: lambda e: translate(
            "Messages", "The card could not complete the operation. Re-insert it and retry."
        ),
        storage_errors.StorageError: lambda e: translate(
            "Messages", "The vault database refused the operation. Nothing was changed."
        ),
    }


def words_for(error: BaseException, table: ErrorWords) -> str | None:
    """The words ``table`` has for the error's class or its nearest base, else None."""
    for cls in type(error).__mro__:
        words = table.get(cls)
        if words is not None:
            return words(error)
    return None


def describe_error(error: BaseException) -> str:
    words = words_for(error, error_words())
    if words is not None:
        return words
    if isinstance(error, OSError):
        return translate(
            "Messages", "The disk refused the operation (%1). Nothing was changed."
        ).replace("%1", error.strerror or type(error).__name__)
    return translate(
        "Messages", "Something went wrong (%1). Nothing was changed."
    ).replace("%1", type(error).__name__)
