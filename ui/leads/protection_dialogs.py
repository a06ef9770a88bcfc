"""What a real-name informant is owed, recorded from the lead's screen: a supplement
asked for (Art 18), a risk assessment (Art 61), a protection plan, an assistance
request and each of its steps with the time it happened (Art 62: facts, chief
procurator, police; on the urgent path judicial police measures first). The core
checks every rule; a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import AssistanceRequest, AssistanceStep, RiskLevel
from desktop.leads.deadlines import CHINA
from desktop.leads.model import LeadView
from ui.leads.labels import risk_label, step_label, when
from ui.leads.worker_dialog import WorkerDialog
from ui.workers import Worker

translate = QCoreApplication.translate
_LIST = re.compile(r"[,，、;；\n]+")


def request_line(request: AssistanceRequest) -> str:
    kind = (translate("Leads", "URGENT assistance request") if request.urgent
            else translate("Leads", "Assistance request"))
    steps = [translate("Leads", "%1 at %2").replace("%1", step_label(step)).replace(
        "%2", when(at)) for step, at in sorted(request.steps.items(), key=lambda s: s[1])]
    parts = [f"#{request.id}", kind, when(request.received_at), request.summary, *steps]
    return " · ".join(part for part in parts if part)


def _items(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _LIST.split(text) if part.strip())


def _now_edit(clock: Callable[[], datetime]) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    now = clock().astimezone(CHINA)
    edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                               QTime(now.hour, now.minute)))
    return edit


def _moment(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(tzinfo=CHINA)


class _LeadDialog(WorkerDialog):
    """A lead's dialog: its title names the lead."""

    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker, title: str,
                 parent: QWidget | None) -> None:
        super().__init__(worker, parent)
        self.setWindowTitle(title.replace("%1", str(view.card.number)))
        self.setMinimumWidth(520)
        self._leads = leads
        self._view = view
        self.finish_layout()


class SupplementDialog(_LeadDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(leads, view, worker, self.tr("Ask for a supplement, lead %1"), parent)
        self.setObjectName("supplementDialog")
        self.asked_at = _now_edit(clock)
        self.form.addRow(QLabel(self.tr(
            "The informant was asked to supplement unclear material (Art 18); the answer "
            "is due within the supplement deadline.")))
        self.form.addRow(self.tr("Asked at"), self.asked_at)

    def submit(self) -> None:
        leads, lead_id, at = self._leads, self._view.card.id, _moment(self.asked_at)
        self.run(lambda: leads.request_supplement(lead_id, at))


class RiskDialog(_LeadDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(leads, view, worker, self.tr("Risk assessment, lead %1"), parent)
        self.setObjectName("riskDialog")
        self.report = QComboBox()
        for report in view.reports:
            if report.real_name:
                self.report.addItem(self.tr("%1 · code %2").replace(
                    "%1", when(report.received_at)).replace("%2", report.pseudonym_code),
                    int(report.id))
        self.level = QComboBox()
        self.level.setObjectName("riskLevel")
        for level in RiskLevel:
            self.level.addItem(risk_label(level), level)
        self.factors = QLineEdit()
        self.factors.setObjectName("riskFactors")
        self.factors.setPlaceholderText(self.tr("e.g. works under the reported person; "
                                                "was threatened"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.form.addRow(self.tr("Report"), self.report)
        self.form.addRow(self.tr("Risk level"), self.level)
        self.form.addRow(self.tr("Risk factors"), self.factors)
        self.form.addRow(self.tr("Note"), self.note)

    def submit(self) -> None:
        report = self.report.currentData()
        if report is None:
            return
        leads, lead_id = self._leads, self._view.card.id
        level, factors, note = (self.level.currentData(), _items(self.factors.text()),
                                self.note.toPlainText())
        self.run(lambda: leads.assess_risk(lead_id, report, level, factors, note))


class PlanDialog(_LeadDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(leads, view, worker, self.tr("Protection plan, lead %1"), parent)
        self.setObjectName("planDialog")
        self.measures = QPlainTextEdit()
        self.measures.setObjectName("planMeasures")
        self.measures.setPlaceholderText(self.tr("One measure a line"))
        self.measures.setMaximumHeight(90)
        self.responsible = QLineEdit()
        self.responsible.setObjectName("planResponsible")
        today = clock().astimezone(CHINA).date()
        self.review_on = QDateEdit(QDate(today.year, today.month, today.day).addDays(30))
        self.review_on.setDisplayFormat("yyyy-MM-dd")
        self.review_on.setCalendarPopup(True)
        self.form.addRow(self.tr("Measures"), self.measures)
        self.form.addRow(self.tr("Responsible"), self.responsible)
        self.form.addRow(self.tr("Review on"), self.review_on)

    def submit(self) -> None:
        leads, lead_id = self._leads, self._view.card.id
        measures = tuple(line.strip() for line in self.measures.toPlainText().splitlines()
                         if line.strip())
        responsible, review = self.responsible.text(), self.review_on.date().toPython()
        self.run(lambda: leads.plan_protection(lead_id, measures, responsible, review))


class AssistanceDialog(_LeadDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(leads, view, worker, self.tr("Assistance request, lead %1"), parent)
        self.setObjectName("assistanceDialog")
        self.urgent = QCheckBox(self.tr(
            "Urgent: the informant or a relative is in immediate danger"))
        self.urgent.setObjectName("assistanceUrgent")
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("assistanceSummary")
        self.summary.setMaximumHeight(90)
        self.received_at = _now_edit(clock)
        self.form.addRow("", self.urgent)
        self.form.addRow(self.tr("What is asked"), self.summary)
        self.form.addRow(self.tr("Received at"), self.received_at)

    def submit(self) -> None:
        leads, lead_id = self._leads, self._view.card.id
        urgent, summary, at = (self.urgent.isChecked(), self.summary.toPlainText(),
                               _moment(self.received_at))
        self.run(lambda: leads.request_assistance(lead_id, urgent, summary, at))


class StepDialog(_LeadDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(leads, view, worker, self.tr("Assistance step, lead %1"), parent)
        self.setObjectName("stepDialog")
        self.request = QComboBox()
        self.request.setObjectName("stepRequest")
        for request in view.assistance:  # short: the steps so far are on the tab
            kind = (self.tr("URGENT assistance request") if request.urgent
                    else self.tr("Assistance request"))
            self.request.addItem(f"#{request.id} · {kind} · {when(request.received_at)}",
                                 request.id)
        self.step = QComboBox()
        self.step.setObjectName("stepKind")
        for step in AssistanceStep:
            self.step.addItem(step_label(step), step)
        self.at = _now_edit(clock)
        self.form.addRow(self.tr("Request"), self.request)
        self.form.addRow(self.tr("Step"), self.step)
        self.form.addRow(self.tr("Done at"), self.at)

    def submit(self) -> None:
        request = self.request.currentData()
        if request is None:
            return
        leads, step, at = self._leads, self.step.currentData(), _moment(self.at)
        self.run(lambda: leads.assistance_step(request, step, at))
