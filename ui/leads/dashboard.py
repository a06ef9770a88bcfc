"""The register at a glance: leads by status and by category, and open deadlines
(overdue and due within a week) by rule, as simple bar charts painted with QPainter.
The counts are read on the session's worker; the charts fill when they arrive."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.app.ports import LeadsPort
from desktop.domain.leads import Channel, CrimeCategory, LeadStatus
from ui.leads.labels import (
    category_label,
    channel_label,
    deadline_label,
    describe_lead_error,
    status_label,
)
from ui.workers import Worker


class BarChart(QWidget):
    """Horizontal bars, one a line: label, bar, count."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self._color = QColor(color)
        self.setMinimumHeight(60)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self._bars = bars
        self.setMinimumHeight(max(60, 28 * len(bars) + 8))
        self.update()

    @property
    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(360, 28 * max(1, len(self._bars)) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(t) for t, _ in self._bars] + [40]) + 12
        count_width = metrics.horizontalAdvance("000000") + 8
        top = max((n for _, n in self._bars), default=0) or 1
        span = max(10, self.width() - label_width - count_width)
        for i, (text, count) in enumerate(self._bars):
            y = 4 + i * 28
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(QRectF(0, y, label_width - 8, 22),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = span * count / top
            painter.fillRect(QRectF(label_width, y + 3, max(width, 1 if count else 0), 16),
                             self._color)
            painter.drawText(QRectF(label_width + width + 6, y, count_width, 22),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(count))
        painter.end()


class Dashboard(QWidget):
    def __init__(self, leads: LeadsPort, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsDashboard")
        self._leads = leads
        self._worker = worker
        self._pending = 0  # counts asked for, not arrived yet
        layout = QVBoxLayout(self)
        self.totals = QLabel()
        self.totals.setObjectName("dashboardTotals")
        self.totals.setStyleSheet("font-size: 15px;")
        layout.addWidget(self.totals)
        grid = QGridLayout()
        self.by_status = BarChart("#3b6ea5")
        self.by_category = BarChart("#5b8c5a")
        self.overdue = BarChart("#b00020")
        self.upcoming = BarChart("#d08c1f")
        self.by_channel = BarChart("#6b5b95")
        for i, (title, chart) in enumerate((
            (self.tr("Leads by status"), self.by_status),
            (self.tr("Leads by category"), self.by_category),
            (self.tr("Overdue deadlines"), self.overdue),
            (self.tr("Deadlines in the next 7 days"), self.upcoming),
            (self.tr("Reports received by channel"), self.by_channel),
        )):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(chart)
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.refresh()

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def refresh(self) -> None:
        leads = self._leads
        self._pending += 1
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._worker.submit(lambda: leads.dashboard(7), self._show, self._refused, owner=self)

    def _arrived(self) -> None:
        self._pending -= 1
        if not self._pending:
            self.unsetCursor()

    def _refused(self, error: BaseException) -> None:
        self._arrived()
        self.totals.setText(describe_lead_error(error))

    def _show(self, counts: dict[str, dict[str, int]]) -> None:
        self._arrived()
        status = counts.get("status", {})
        category = counts.get("category", {})
        self.by_status.set_bars([(status_label(s), status.get(s.value, 0)) for s in LeadStatus])
        self.by_category.set_bars(
            [(category_label(c), category.get(c.value, 0)) for c in CrimeCategory])
        self.overdue.set_bars(
            [(deadline_label(rule), n) for rule, n in sorted(counts.get("overdue", {}).items())])
        self.upcoming.set_bars(
            [(deadline_label(rule), n) for rule, n in sorted(counts.get("upcoming", {}).items())])
        channel = counts.get("channel", {})
        self.by_channel.set_bars([(channel_label(c), channel.get(c.value, 0)) for c in Channel])
        total = sum(status.values())
        overdue = sum(counts.get("overdue", {}).values())
        self.totals.setText(self.tr("%1 leads in the register; %2 deadlines overdue.")
                            .replace("%1", str(total)).replace("%2", str(overdue)))
