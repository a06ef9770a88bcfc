"""The setup wizard's rule problems and password hints in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.app.setup_wizard import CardSwapTimeout, Problem, WrongStep
from desktop.password_strength import Weakness
from ui.messages import ErrorWords, describe_error, words_for

translate = QCoreApplication.translate


def describe_problem(problem: Problem) -> str:
    words = {
        Problem.UNIT_NAME_EMPTY: translate("Messages", "Enter the name of the procuratorate."),
        Problem.UNIT_NAME_TOO_LONG: translate(
            "Messages", "The unit name is too long (60 characters at most)."
        ),
        Problem.UNIT_CODE_FORMAT: translate("Messages", "The unit code is exactly six digits."),
        Problem.FOLDER_NOT_ABSOLUTE: translate("Messages", "Choose a full folder path."),
        Problem.FOLDER_HAS_VAULT: translate("Messages", "That folder already holds a vault."),
        Problem.FOLDER_NOT_EMPTY: translate("Messages", "Choose an empty or new folder."),
        Problem.FOLDER_NOT_WRITABLE: translate(
            "Messages", "LeadVault may not write in that folder."
        ),
        Problem.NOT_CALIBRATED: translate("Messages", "Run the key derivation test first."),
        Problem.NAME_EMPTY: translate("Messages", "Enter the person's name."),
        Problem.NAME_TOO_LONG: translate("Messages", "The name is too long."),
        Problem.NO_CARD: translate("Messages", "Insert this person's card and read it."),
        Problem.CARD_ALREADY_USED: translate(
            "Messages", "This card is already used by another person."
        ),
        Problem.PASSWORD_WEAK: translate("Messages", "The password is too weak."),
        Problem.PASSWORD_MISMATCH: translate("Messages", "The two passwords differ."),
        Problem.PIN_FORMAT: translate("Messages", "The PIN is 6 or more digits."),
        Problem.NO_CLERK: translate("Messages", "Enrol at least one clerk."),
        Problem.RECOVERY_NOT_CONFIRMED: translate(
            "Messages", "Confirm that the recovery sheet is printed or the code written down."
        ),
    }
    return words[problem]


def describe_weakness(weakness: Weakness) -> str:
    words = {
        Weakness.TOO_SHORT: translate("Messages", "at least 12 characters"),
        Weakness.COMMON: translate("Messages", "a well-known password"),
        Weakness.REPEATED: translate("Messages", "too many repeated characters"),
        Weakness.SEQUENCE: translate("Messages", "a keyboard or number run"),
        Weakness.FEW_KINDS: translate("Messages", "mix letters, digits and signs"),
    }
    return words[weakness]


def strength_label(score: int) -> str:
    return (
        translate("Messages", "very weak"),
        translate("Messages", "weak"),
        translate("Messages", "fair"),
        translate("Messages", "strong"),
        translate("Messages", "very strong"),
    )[score]


SETUP_ERROR_WORDS: ErrorWords = {
    CardSwapTimeout: lambda e: translate(
        "Messages", "The card of %1 was not inserted in time. Nothing was created; try again."
    ).replace("%1", str(getattr(e, "person_name", ""))),
    WrongStep: lambda e: translate(
        "Messages", "The set-up steps got out of order. Nothing was created; start again."
    ),
}


def describe_setup_error(error: BaseException) -> str:
    words = words_for(error, SETUP_ERROR_WORDS)
    return words if words is not None else describe_error(error)
