"""The chief procurator's audit trail: his checkpoints (ui/checkpoint_panel.py), the
newest records and a check of the whole chain and its checkpoints, which names the
first record or checkpoint that does not follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.app.facts import AuditCheck, AuditEntry
from desktop.app.ports import UnlockedSession
from ui.audit_details import detail_words, local_time, subject_words
from ui.audit_words import action_words
from ui.checkpoint_panel import CheckpointPanel
from ui.messages import describe_error
from ui.workers import Worker

SHOWN = 500  # newest records listed; verification always covers the whole chain


class AuditView(QWidget):
    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._session = session
        self._worker = worker  # the session's: the reads run there
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Audit trail"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        self.checkpoints = CheckpointPanel(session, worker)
        layout.addWidget(self.checkpoints)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("auditRefresh")
        self.verify_button = QPushButton(self.tr("Verify the whole chain"))
        self.verify_button.setObjectName("auditVerify")
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        row.addWidget(self.refresh_button)
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Time"),
                self.tr("By"),
                self.tr("Action"),
                self.tr("Subject"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.result.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def refresh(self) -> None:
        self._run(lambda: self._session.audit().tail(SHOWN), self._show)

    def _show(self, entries: list[AuditEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, text in enumerate(
                (
                    str(e.seq),
                    local_time(e.time),
                    e.actor,
                    action_words(e.action),
                    subject_words(e.subject),
                    detail_words(e.details),
                )
            ):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(e.action)  # the code, as `audit show` prints it
                if column == 5:
                    item.setToolTip(e.details)  # the stored record, as it is hashed
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        self.result.setText(self.tr("Verifying…"))
        self.verify_button.setEnabled(False)
        self._run(self._session.audit().verify, self._verified)

    def _verified(self, check: AuditCheck) -> None:
        self.verify_button.setEnabled(True)
        if check.ok:
            self.result.setText(
                self.tr(
                    "The chain is intact: all %1 records verify. %2 checkpoints signed by "
                    "the chief procurator's card vouch for it; the last is record %3, and "
                    "%4 records after it are not yet witnessed."
                )
                .replace("%1", str(check.checked))
                .replace("%2", str(check.checkpoints))
                .replace("%3", str(check.last_checkpoint))
                .replace("%4", str(check.unwitnessed))
            )
            self.result.setStyleSheet("color: #1b5e20;")
        elif check.first_break is not None:
            self.result.setText(
                self.tr(
                    "The chain is BROKEN at record %1: it or an earlier record was changed "
                    "or removed. Report this at once."
                ).replace("%1", str(check.first_break))
            )
            self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")
        elif check.bad_checkpoint is not None:
            self.result.setText(
                self.tr(
                    "Checkpoint %1 does not match: the records before it were rewritten or "
                    "its signature is not a chief procurator's. Report this at once."
                ).replace("%1", str(check.bad_checkpoint))
            )
            self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.result.setText(
                self.tr(
                    "No checkpoint signed by the chief procurator's card vouches for this "
                    "chain: it cannot be trusted."
                )
            )
            self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.refresh()
