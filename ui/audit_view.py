"""The chief procurator's audit trail: his checkpoints (ui/checkpoint_panel.py), the
records in pages by time, user, action and subject (ui/audit_filters.py) with the
checkpoints marked, a check of the whole chain with a progress bar that shows the
first record or checkpoint that does not follow, and a printed extract (exported to
a file only with his approval)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app.audit_facts import AuditCheck, AuditEntry, AuditPage
from desktop.app.ports import UnlockedSession
from desktop.domain.audit_query import AuditFilter, PageAt
from ui.audit_details import detail_words, subject_words
from ui.audit_filters import AuditFilters
from ui.audit_model import AuditModel
from ui.audit_words import action_words
from ui.checkpoint_panel import CheckpointPanel, WitnessSheetDialog
from ui.messages import describe_error
from ui.workers import Worker

PAGE = 200  # records a page; paging is keyset, as quick at the first record as the last
WORDS = (action_words, detail_words, subject_words)


class AuditView(QWidget):
    def __init__(
        self, session: UnlockedSession, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._session = session
        self._audit = session.audit()  # one for the view's life
        self._worker = worker  # the session's: the reads run there
        self._where = AuditFilter()
        self._page = AuditPage((), False, False)
        self._break: int | None = None
        self.dialog: WitnessSheetDialog | None = None
        self.choose_file: Callable[[], str] = self._ask_file
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Audit trail"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        self.checkpoints = CheckpointPanel(session, worker)
        layout.addWidget(self.checkpoints)
        self.filters = AuditFilters()
        layout.addWidget(self.filters)
        layout.addLayout(self._check_row())
        layout.addLayout(self._page_row())
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # fixed widths: measuring every row of every page would cost more than the page
        header = self.table.horizontalHeader()
        for column, width in enumerate((70, 150, 110, 190, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.filters.applied.connect(self.refresh)
        self._run(self._audit.people, self.filters.set_people)
        self.refresh()

    def _check_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("auditRefresh")
        self.verify_button = QPushButton(self.tr("Verify the whole chain"))
        self.verify_button.setObjectName("auditVerify")
        self.progress = QProgressBar()
        self.progress.setObjectName("auditProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        self.break_button = QPushButton(self.tr("Show the break"))
        self.break_button.setObjectName("auditShowBreak")
        self.break_button.setVisible(False)
        for widget in (self.refresh_button, self.verify_button, self.progress):
            row.addWidget(widget)
        row.addWidget(self.result, 1)
        row.addWidget(self.break_button)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.break_button.clicked.connect(self.show_break)
        return row

    def _page_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.newest_button = QPushButton(self.tr("Newest"))
        self.newer_button = QPushButton(self.tr("Newer"))
        self.older_button = QPushButton(self.tr("Older"))
        self.oldest_button = QPushButton(self.tr("Oldest"))
        self.shown = QLabel()
        self.shown.setObjectName("auditShown")
        self.print_button = QPushButton(self.tr("Print an extract…"))
        self.print_button.setObjectName("auditPrintExtract")
        self.export_button = QPushButton(self.tr("Export the extract…"))
        self.export_button.setObjectName("auditExportExtract")
        self.export_button.setToolTip(
            self.tr("Only with your signed approval of a request to export this extract."))
        for button, at in ((self.newest_button, PageAt.NEWEST),
                           (self.newer_button, PageAt.NEWER),
                           (self.older_button, PageAt.OLDER),
                           (self.oldest_button, PageAt.OLDEST)):
            row.addWidget(button)
            button.clicked.connect(lambda _=False, at=at: self.turn(at))
        row.addWidget(self.shown, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.export_button)
        self.print_button.clicked.connect(self.print_extract)
        self.export_button.clicked.connect(self.export_extract)
        return row

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.progress.setVisible(False)
            self.result.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    # -- pages

    def refresh(self) -> None:
        """The newest page of what the filters select."""
        chosen = self.filters.chosen()  # the widgets are read here, on the GUI thread
        typed = self.filters.subject.text().strip()
        audit = self._audit

        def work() -> tuple[AuditFilter, AuditPage]:
            where = chosen._replace(subject=audit.subject_of(typed) if typed else "")
            return where, audit.page(where, PageAt.NEWEST, 0, PAGE)

        self._run(work, self._landed)

    def turn(self, at: PageAt) -> None:
        entries = self._page.entries
        seq = 0
        if at is PageAt.OLDER and entries:
            seq = entries[-1].seq
        elif at is PageAt.NEWER and entries:
            seq = entries[0].seq
        self._open(self._where, at, seq)

    def _open(self, where: AuditFilter, at: PageAt, seq: int) -> None:
        audit = self._audit
        self._run(lambda: (where, audit.page(where, at, seq, PAGE)), self._landed)

    def _landed(self, found: tuple[AuditFilter, AuditPage]) -> None:
        self._where, self._page = found
        self._show(list(self._page.entries))
        page = self._page
        self.newer_button.setEnabled(page.has_newer)
        self.newest_button.setEnabled(page.has_newer)
        self.older_button.setEnabled(page.has_older)
        self.oldest_button.setEnabled(page.has_older)
        if page.entries:
            self.shown.setText(
                self.tr("Records %1 to %2").replace("%1", str(page.entries[-1].seq))
                .replace("%2", str(page.entries[0].seq)))
        else:
            self.shown.setText(self.tr("No record matches."))

    def _show(self, entries: list[AuditEntry]) -> None:
        self.model.show(entries, self._break)

    # -- verification

    def verify(self) -> None:
        self.result.setText(self.tr("Verifying…"))
        self.result.setStyleSheet("")
        self.verify_button.setEnabled(False)
        self.break_button.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        report = self._worker.progress(lambda f: self.progress.setValue(int(f * 100)))
        audit = self._audit
        self._run(lambda: audit.verify(report), self._verified)

    def _verified(self, check: AuditCheck) -> None:
        self.verify_button.setEnabled(True)
        self.progress.setValue(100)
        self.progress.setVisible(False)
        self._break = check.first_break if check.first_break is not None else (
            check.bad_checkpoint)
        self.break_button.setVisible(self._break is not None)
        self.result.setText(self._verdict(check))
        self.result.setStyleSheet("color: #1b5e20;" if check.ok
                                  else "color: #b71c1c; font-weight: bold;")
        self.refresh()

    def show_break(self) -> None:
        """The whole chain from the first record that does not follow, it on top."""
        if self._break is not None:
            self._open(AuditFilter(), PageAt.OLDER, self._break + 1)

    # -- the extract

    def print_extract(self) -> None:
        where = self._where
        audit = self._audit

        def rendered(pdf: bytes) -> None:
            self.dialog = WitnessSheetDialog(pdf, self, self.tr("Audit extract"))
            self.dialog.show()

        self._run(lambda: audit.extract(where, WORDS), rendered)

    def export_extract(self) -> None:
        path = self.choose_file()
        if not path:
            return
        where = self._where
        audit = self._audit

        def work() -> str:
            pdf = audit.export_extract(where, WORDS)  # refused unless approved
            from pathlib import Path

            Path(path).write_bytes(pdf)
            return path

        self._run(work, lambda p: self.result.setText(
            self.tr("The extract was written to %1.").replace("%1", p)))

    def _ask_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit extract"), "audit-extract.pdf", "PDF (*.pdf)")
        return path

    def _verdict(self, check: AuditCheck) -> str:
        if check.ok:
            return (
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
        if check.first_break is not None:
            return self.tr(
                "The chain is BROKEN at record %1: it or an earlier record was changed "
                "or removed. Report this at once."
            ).replace("%1", str(check.first_break))
        if check.bad_checkpoint is not None:
            return self.tr(
                "Checkpoint %1 does not match: the records before it were rewritten or "
                "its signature is not a chief procurator's. Report this at once."
            ).replace("%1", str(check.bad_checkpoint))
        return self.tr(
            "No checkpoint signed by the chief procurator's card vouches for this "
            "chain: it cannot be trusted."
        )
