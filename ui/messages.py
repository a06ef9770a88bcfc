"""Typed errors → plain words in the user's language.

Errors are matched by class name and read through their data attributes, so
this module needs no import of the layers that raise them, and an error class
added later still gets a sensible sentence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


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


def _remaining(error: BaseException) -> str:
    return _COUNTED.wrong_pin(int(getattr(error, "remaining", 0)))


_ERRORS: dict[str, Callable[[BaseException], str]] = {
    # card
    "WrongPin": _remaining,
    "PinBlocked": lambda e: QCoreApplication.translate(
        "Messages", "The card's PIN is blocked. Ask the chief procurator to have it reset."
    ),
    "CardRemoved": lambda e: QCoreApplication.translate(
        "Messages", "The card was removed. Insert it again and retry."
    ),
    "NoCard": lambda e: QCoreApplication.translate("Messages", "There is no card in the reader."),
    "NotAnOpenPgpCard": lambda e: QCoreApplication.translate(
        "Messages", "This card is not a LeadVault (OpenPGP) card."
    ),
    "KeyMissing": lambda e: QCoreApplication.translate(
        "Messages", "The card holds no keys yet. It must be prepared during enrolment."
    ),
    "ReaderNotFound": lambda e: QCoreApplication.translate(
        "Messages", "The card reader is not connected."
    ),
    "CardServiceUnavailable": lambda e: QCoreApplication.translate(
        "Messages", "The smart card service is not running. Contact the administrator."
    ),
    "InvalidPinLength": lambda e: QCoreApplication.translate(
        "Messages", "The PIN has the wrong length (at least 6 digits)."
    ),
    "CardInUse": lambda e: QCoreApplication.translate(
        "Messages", "Another program is using the card. Close it and retry."
    ),
    # vault
    "WrongPassword": lambda e: QCoreApplication.translate("Messages", "The password is wrong."),
    "CardNotEnrolled": lambda e: QCoreApplication.translate(
        "Messages", "This card is not enrolled on this workstation."
    ),
    "CardMismatch": lambda e: QCoreApplication.translate(
        "Messages", "This card does not hold the keys enrolled for it. It may be a copy."
    ),
    "MachineSecretMissing": lambda e: QCoreApplication.translate(
        "Messages",
        "This computer's key store does not hold the workstation key: the vault was "
        "copied or the key store was reset. Use the sealed recovery sheet to recover.",
    ),
    "InsecureKeyring": lambda e: QCoreApplication.translate(
        "Messages", "No secure key store is available on this computer."
    ),
    "VaultNotFound": lambda e: QCoreApplication.translate(
        "Messages", "There is no vault in the data folder."
    ),
    "VaultExists": lambda e: QCoreApplication.translate(
        "Messages", "A vault already exists in that folder."
    ),
    "VaultInUse": lambda e: QCoreApplication.translate(
        "Messages", "The vault is already open in another window or program."
    ),
    "HeaderCorrupt": lambda e: QCoreApplication.translate(
        "Messages", "The vault's key file is damaged and its backup too. Use recovery."
    ),
    "HeaderTampered": lambda e: QCoreApplication.translate(
        "Messages", "The vault's key file was changed outside LeadVault. Report this."
    ),
    "DatabaseCorrupt": lambda e: QCoreApplication.translate(
        "Messages", "The vault database is damaged. Nothing was changed; restore a backup."
    ),
    "DatabaseRolledBack": lambda e: QCoreApplication.translate(
        "Messages",
        "The vault database is older than its audit record: it was replaced by an old "
        "copy. Report this to the chief procurator.",
    ),
    "NotPermitted": lambda e: QCoreApplication.translate("Messages", "Your role may not do this."),
    "UnlockThrottled": lambda e: _COUNTED.throttled(
        int(getattr(e, "wait_seconds", getattr(e, "seconds", 1)))
    ),
    "KdfTooWeak": lambda e: QCoreApplication.translate(
        "Messages", "The key derivation settings are too weak."
    ),
    "CardAlreadyEnrolled": lambda e: QCoreApplication.translate(
        "Messages", "This card is already enrolled for someone else."
    ),
    "UserExists": lambda e: QCoreApplication.translate(
        "Messages", "A user with this name is already enrolled."
    ),
    "CardNotReady": lambda e: QCoreApplication.translate(
        "Messages", "The card could not be read. Take it out and insert it again."
    ),
    "InvalidRecoveryCode": lambda e: QCoreApplication.translate(
        "Messages", "The recovery code is mistyped. Check it against the sheet."
    ),
    "WrongRecoveryCode": lambda e: QCoreApplication.translate(
        "Messages", "This recovery code does not belong to this vault."
    ),
    "ApprovalInvalid": lambda e: QCoreApplication.translate(
        "Messages", "The chief procurator's signature did not verify. Nothing was changed."
    ),
    "UserNotFound": lambda e: QCoreApplication.translate(
        "Messages", "There is no such user on this workstation."
    ),
    "LastChief": lambda e: QCoreApplication.translate(
        "Messages", "The last chief procurator cannot be removed."
    ),
    "UnexpectedStatus": lambda e: QCoreApplication.translate(
        "Messages", "The card refused the command. Take it out, insert it again and retry."
    ),
    "MalformedResponse": lambda e: QCoreApplication.translate(
        "Messages",
        "The card gave an answer that could not be read. Retry with the card re-inserted.",
    ),
    "PinRequired": lambda e: QCoreApplication.translate(
        "Messages", "The card needs the PIN for this step."
    ),
    "UnsupportedAlgorithm": lambda e: QCoreApplication.translate(
        "Messages", "The card's keys are of a kind LeadVault does not use."
    ),
    "CardTerminated": lambda e: QCoreApplication.translate(
        "Messages", "This card has been reset to factory state and must be enrolled again."
    ),
    "PcscFailure": lambda e: QCoreApplication.translate(
        "Messages", "The smart card service reported an error. Re-insert the card and retry."
    ),
    "DatabaseMissing": lambda e: QCoreApplication.translate(
        "Messages", "The vault database is missing from the data folder."
    ),
    "DatabaseExists": lambda e: QCoreApplication.translate(
        "Messages", "A vault database already exists there."
    ),
    "WrongDatabaseKey": lambda e: QCoreApplication.translate(
        "Messages", "The vault database does not match its key file."
    ),
    "SchemaTooNew": lambda e: QCoreApplication.translate(
        "Messages", "The vault was written by a newer LeadVault. Update this workstation first."
    ),
    "MigrationFailed": lambda e: QCoreApplication.translate(
        "Messages", "Updating the vault's structure failed. Nothing was changed."
    ),
    "ConstraintViolation": lambda e: QCoreApplication.translate(
        "Messages", "The change breaks a rule of the vault and was refused."
    ),
    "NotFound": lambda e: QCoreApplication.translate("Messages", "The record was not found."),
    "CardSwapTimeout": lambda e: QCoreApplication.translate(
        "Messages", "The card of %1 was not inserted in time. Nothing was created; try again."
    ).replace("%1", str(getattr(e, "person_name", ""))),
    # families, for errors added later
    "VaultError": lambda e: QCoreApplication.translate(
        "Messages", "The vault refused the operation. Nothing was changed."
    ),
    "CardError": lambda e: QCoreApplication.translate(
        "Messages", "The card could not complete the operation. Re-insert it and retry."
    ),
    "StorageError": lambda e: QCoreApplication.translate(
        "Messages", "The vault database refused the operation. Nothing was changed."
    ),
}


def describe_error(error: BaseException) -> str:
    for cls in type(error).__mro__:
        words = _ERRORS.get(cls.__name__)
        if words is not None:
            return words(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Messages", "The disk refused the operation (%1). Nothing was changed."
        ).replace("%1", error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "Messages", "Something went wrong (%1). Nothing was changed."
    ).replace("%1", type(error).__name__)
