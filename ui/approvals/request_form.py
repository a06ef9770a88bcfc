"""The fields of a request to the chief procurator, shared by a keyholder's and a
viewer's "My requests": what, on which leads, which parts, why, for how long."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QSpinBox

from ui.approvals.words import SCOPES, kind_words, scope_words

translate = QCoreApplication.translate


class RequestForm(QFormLayout):
    def __init__(self, kinds: Sequence[str]) -> None:
        super().__init__()
        self.kind = QComboBox()
        for kind in kinds:
            self.kind.addItem(kind_words(kind), kind)
        self.leads = QLineEdit()
        self.leads.setPlaceholderText(
            translate("Approvals", "Lead numbers, e.g. 2026-00012, 2026-00015"))
        scopes = QHBoxLayout()
        self.scope = {s: QCheckBox(scope_words(s)) for s in SCOPES}
        for box in self.scope.values():
            scopes.addWidget(box)
        self.scope["case-card"].setChecked(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.hours = QSpinBox()
        self.hours.setRange(1, 24 * 90)
        self.hours.setValue(24)
        self.addRow(translate("Approvals", "Request:"), self.kind)
        self.addRow(translate("Approvals", "Leads:"), self.leads)
        self.addRow(translate("Approvals", "Parts:"), scopes)
        self.addRow(translate("Approvals", "Reason:"), self.reason)
        self.addRow(translate("Approvals", "For (hours):"), self.hours)

    def lead_numbers(self) -> list[str]:
        return [n.strip() for n in self.leads.text().replace("，", ",").split(",") if n.strip()]

    def scopes(self) -> list[str]:
        return [s for s, box in self.scope.items() if box.isChecked()]
