"""A viewer's request states and grant parts in his language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.approvals.words import state_words

translate = QCoreApplication.translate


def request_state_words(state: str) -> str:
    return {
        "filed": translate("Grants", "Filed, not yet received"),
        "invalid": translate("Grants", "Not accepted (no such lead)"),
    }.get(state) or state_words(state)
