"""The leads section's printing tab: the monthly repeat-report notice (no identity)
for a chosen month, the leads register for a chosen range of days and the bag
register for a chosen year, each marked with the classification chosen for this print. Each copy
is previewed, then printed through the controlled printing (its own copy number,
audited); a month with nothing to print says so and issues no copy."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import PrintsPort
from desktop.app.prints import Document
from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.leads.deadlines import CHINA
from ui.leads.labels import LEAD_ERROR_WORDS
from ui.messages import words_for
from ui.printing.errors import PrinterRefused
from ui.printing.job import PrintJob
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.printing.words import describe_print_error
from ui.workers import Worker

translate = QCoreApplication.translate


def describe_lead_print_error(error: BaseException) -> str:
    """Lead refusals first; a printer that cannot be opened is said without the
    system's own message (English, whatever the language of the screen)."""
    if isinstance(error, PrinterRefused):
        return translate("Leads", "The printer could not be opened. Nothing was printed; "
                                  "check that it is switched on and connected.")
    words = words_for(error, LEAD_ERROR_WORDS)
    return words if words is not None else describe_print_error(error)


def level_label(level: ClassificationLevel) -> str:
    return {
        ClassificationLevel.SECRET: translate("Leads", "Secret"),
        ClassificationLevel.CONFIDENTIAL: translate("Leads", "Confidential"),
        ClassificationLevel.TOP_SECRET: translate("Leads", "Top secret"),
    }[level]


class ClassificationChoice(QWidget):
    """Level and period of one print (GB/T 9704), e.g. 机密★20年."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.level = QComboBox()
        self.level.setObjectName("classificationLevel")
        for level in ClassificationLevel:
            self.level.addItem(level_label(level), level)
        self.years = QSpinBox()
        self.years.setObjectName("classificationYears")
        self.years.setSuffix(translate("Leads", " years"))
        self.level.currentIndexChanged.connect(self._level_changed)
        self.level.setCurrentIndex(self.level.findData(ClassificationLevel.CONFIDENTIAL))
        self._level_changed()
        self.years.setValue(20)
        layout.addWidget(self.level)
        layout.addWidget(self.years)
        layout.addStretch(1)

    def set_mark(self, mark: ClassificationMark) -> None:
        self.level.setCurrentIndex(self.level.findData(mark.level))
        self.years.setValue(mark.years)

    def _level_changed(self) -> None:
        level: ClassificationLevel = self.level.currentData()
        self.years.setRange(1, level.max_years)

    def mark(self) -> ClassificationMark:
        return ClassificationMark(self.level.currentData(), self.years.value())


class LeadPrintsTab(QWidget):
    def __init__(self, prints: Callable[[], PrintsPort], worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadPrints")
        self._prints = prints
        self._worker = worker
        self.print_dialog: PrintPreviewDialog | None = None
        today = clock().astimezone(CHINA).date()
        layout = QVBoxLayout(self)
        self.classification = ClassificationChoice()
        worker.submit(lambda: prints().default_classification(), self.classification.set_mark,
                      lambda _error: None, owner=self)
        marks = QFormLayout()
        marks.addRow(self.tr("Classification of the next print"), self.classification)
        layout.addLayout(marks)

        notice_box = QGroupBox(self.tr("Monthly repeat-report notice"))
        notice = QFormLayout(notice_box)
        notice.addRow(QLabel(self.tr(
            "Leads reported again in the month, for the departments: lead numbers, "
            "informant codes and counts only, never an identity.")))
        month_row = QHBoxLayout()
        self.notice_year = QSpinBox()
        self.notice_year.setObjectName("noticeYear")
        self.notice_year.setRange(2000, 2100)
        self.notice_year.setValue(today.year)
        self.notice_month = QSpinBox()
        self.notice_month.setObjectName("noticeMonth")
        self.notice_month.setRange(1, 12)
        self.notice_month.setValue(today.month)
        self.notice_button = QPushButton(self.tr("Preview and print…"))
        self.notice_button.setObjectName("printNotice")
        self.notice_button.clicked.connect(self.print_notice)
        month_row.addWidget(QLabel(self.tr("Year")))
        month_row.addWidget(self.notice_year)
        month_row.addWidget(QLabel(self.tr("Month")))
        month_row.addWidget(self.notice_month)
        month_row.addStretch(1)
        month_row.addWidget(self.notice_button)
        notice.addRow(month_row)
        layout.addWidget(notice_box)

        register_box = QGroupBox(self.tr("Leads register"))
        register = QFormLayout(register_box)
        register.addRow(QLabel(self.tr(
            "The leads first received in the chosen days, one line each, void leads "
            "included.")))
        range_row = QHBoxLayout()
        self.register_from = QDateEdit(QDate(today.year, today.month, 1))
        self.register_from.setObjectName("registerFrom")
        self.register_to = QDateEdit(QDate(today.year, today.month, today.day))
        self.register_to.setObjectName("registerTo")
        for edit in (self.register_from, self.register_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.register_button = QPushButton(self.tr("Preview and print…"))
        self.register_button.setObjectName("printLeadsRegister")
        self.register_button.clicked.connect(self.print_leads_register)
        range_row.addWidget(QLabel(self.tr("From")))
        range_row.addWidget(self.register_from)
        range_row.addWidget(QLabel(self.tr("until")))
        range_row.addWidget(self.register_to)
        range_row.addStretch(1)
        range_row.addWidget(self.register_button)
        register.addRow(range_row)
        layout.addWidget(register_box)

        bags_box = QGroupBox(self.tr("Bag register"))
        bags = QFormLayout(bags_box)
        year_row = QHBoxLayout()
        self.bags_year = QSpinBox()
        self.bags_year.setObjectName("bagsYear")
        self.bags_year.setRange(2000, 2099)
        self.bags_year.setValue(today.year)
        self.bags_button = QPushButton(self.tr("Preview and print…"))
        self.bags_button.setObjectName("printBagRegister")
        self.bags_button.clicked.connect(self.print_bag_register)
        year_row.addWidget(QLabel(self.tr("Bags numbered in the year")))
        year_row.addWidget(self.bags_year)
        year_row.addStretch(1)
        year_row.addWidget(self.bags_button)
        bags.addRow(year_row)
        layout.addWidget(bags_box)
        layout.addStretch(1)

    def _preview(self, title: str, document: Document) -> None:
        prints = self._prints()
        job = PrintJob(title, document, prints, lambda: prints.issue(document))
        dialog = PrintPreviewDialog(job, self._worker, self, describe_lead_print_error)
        self.print_dialog = dialog
        dialog.open()

    def print_leads_register(self) -> None:
        first = self.register_from.date().toPython()
        last = self.register_to.date().toPython()
        if last < first:
            first, last = last, first
        document = self._prints().leads_register(first, last, self.classification.mark())
        self._preview(self.tr("Leads register %1 to %2").replace("%1", first.isoformat())
                      .replace("%2", last.isoformat()), document)

    def print_bag_register(self) -> None:
        year = self.bags_year.value()
        document = self._prints().bag_register_of_year(year, self.classification.mark())
        self._preview(self.tr("Bag register %1").replace("%1", str(year)), document)

    def print_notice(self) -> None:
        year, month = self.notice_year.value(), self.notice_month.value()
        document = self._prints().repeat_report_notice(year, month, self.classification.mark())
        self._preview(self.tr("Repeat-report notice %1-%2").replace("%1", str(year)).replace(
            "%2", f"{month:02d}"), document)
