"""The navigation list: the sections the role may see, from desktop.policy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.domain.roles import Role
from desktop.policy import Section, sections_for
from ui import sections


class Navigation(QListWidget):
    section_selected = Signal(object)  # Section

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        self.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        for section in sections_for(role):
            item = QListWidgetItem(sections.title(section))
            item.setData(Qt.ItemDataRole.UserRole, section)
            self.addItem(item)
        self.currentItemChanged.connect(self._changed)

    def sections(self) -> list[Section]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def select(self, section: Section) -> bool:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) is section:
                self.setCurrentRow(i)
                return True
        return False

    def _changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.section_selected.emit(current.data(Qt.ItemDataRole.UserRole))
