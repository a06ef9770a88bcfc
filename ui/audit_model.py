"""The audit view's table: a page of records, each row put into words only when the
view first shows it (a page of 200 costs what the visible rows cost)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.app.audit_facts import AuditEntry
from ui.audit_details import detail_words, local_time, subject_words
from ui.audit_words import action_words

CHECKPOINT = "audit.checkpoint"
MARK = QBrush(QColor("#fff3c4"))  # a checkpoint's row
BREAK = QBrush(QColor("#ffcdd2"))  # the first record that does not follow
COLUMNS = 6
# Plain ints: a paint asks data() some seven roles for every cell it shows, and an
# int compares at a fraction of the enum's cost.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[AuditEntry] = []
        self._words: dict[int, tuple[str, ...]] = {}
        self._shade: dict[int, QBrush] = {}  # rows: checkpoints and the break
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (translate("AuditView", "No."), translate("AuditView", "Time"),
                         translate("AuditView", "By"), translate("AuditView", "Action"),
                         translate("AuditView", "Subject"), translate("AuditView", "Details"))

    def show(self, entries: list[AuditEntry], break_seq: int | None) -> None:
        self.beginResetModel()
        self._entries, self._words = entries, {}
        self._shade = {row: BREAK if e.seq == break_seq else MARK
                       for row, e in enumerate(entries)
                       if e.seq == break_seq or e.action == CHECKPOINT}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def text(self, row: int, column: int) -> str:
        words = self._words.get(row)
        if words is None:
            e = self._entries[row]
            words = self._words[row] = (
                str(e.seq), local_time(e.time), e.actor, action_words(e.action),
                subject_words(e.subject), detail_words(e.details))
        return words[column]

    def tip(self, row: int, column: int) -> str:
        e = self._entries[row]
        if column == 0 and e.action == CHECKPOINT:
            return translate(
                "AuditView", "A checkpoint: the chief procurator's card signed the chain "
                "up to here.")
        if column == 3:
            return e.action  # the code, as `audit show` prints it
        if column == 5:
            return e.details  # the stored record, as it is hashed
        return ""

    def data(self, index: Index, role: int = DISPLAY) -> object:
        # The roles this model answers are tested first: the others, most of a
        # paint's questions, are turned away before the index is read.
        if role == DISPLAY:
            return self.text(index.row(), index.column()) if index.isValid() else None
        if role == BACKGROUND:
            return self._shade.get(index.row())
        if role == FONT:
            row = index.row()
            shaded = 0 <= row < len(self._entries) and self._entries[row].action == CHECKPOINT
            return self._bold if shaded else None  # shaded and bold across the row
        if role == TOOLTIP and index.isValid():
            return self.tip(index.row(), index.column()) or None
        return None
