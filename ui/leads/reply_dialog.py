"""Recording the reply to a real-name informant (Arts 54-56): an oral reply (when,
where, who took part, what was said, the informant's reaction), a reply letter (its
content), or "unreachable" with the reason. The reply deadline of that report is met;
the overdue view and the dashboard follow when the lists refresh."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import Reply, ReplyForm
from desktop.leads.deadlines import CHINA
from desktop.leads.model import LeadView
from ui.leads.history_words import reply_form_label
from ui.leads.labels import when
from ui.leads.worker_dialog import WorkerDialog
from ui.workers import Worker

_NAMES = re.compile(r"[,，、;；\n]+")


class ReplyDialog(WorkerDialog):
    def __init__(self, leads: LeadsPort, view: LeadView, worker: Worker,
                 clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("replyDialog")
        self.setWindowTitle(self.tr("Reply to the informant of lead %1").replace(
            "%1", str(view.card.number)))
        self.setMinimumWidth(560)
        self._leads = leads
        self._view = view
        form = self.form
        self.report = QComboBox()
        self.report.setObjectName("replyReport")
        for report in view.reports:
            if report.real_name:
                self.report.addItem(
                    self.tr("%1 · code %2").replace("%1", when(report.received_at)).replace(
                        "%2", report.pseudonym_code), int(report.id))
        self.form_kind = QComboBox()
        self.form_kind.setObjectName("replyForm")
        for kind in ReplyForm:
            self.form_kind.addItem(reply_form_label(kind), kind)
        self.form_kind.currentIndexChanged.connect(self._form_changed)
        self.replied_at = QDateTimeEdit()
        self.replied_at.setObjectName("repliedAt")
        self.replied_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.replied_at.setCalendarPopup(True)
        now = clock().astimezone(CHINA)
        self.replied_at.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                              QTime(now.hour, now.minute)))
        self.place = QLineEdit()
        self.place.setObjectName("replyPlace")
        self.participants = QLineEdit()
        self.participants.setObjectName("replyParticipants")
        self.participants.setPlaceholderText(self.tr("Names, separated by commas"))
        self.content = QPlainTextEdit()
        self.content.setObjectName("replyContent")
        self.content.setMaximumHeight(100)
        self.informant_view = QPlainTextEdit()
        self.informant_view.setObjectName("replyReaction")
        self.informant_view.setMaximumHeight(70)
        self.unreachable_reason = QPlainTextEdit()
        self.unreachable_reason.setObjectName("unreachableReason")
        self.unreachable_reason.setMaximumHeight(70)
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        form.addRow(self.tr("Report"), self.report)
        form.addRow(self.tr("Form of reply"), self.form_kind)
        form.addRow(self.tr("Replied at"), self.replied_at)
        for key, title, widget in (
            ("place", self.tr("Place"), self.place),
            ("participants", self.tr("Participants"), self.participants),
            ("content", self.tr("What was said or written"), self.content),
            ("informant_view", self.tr("Informant's reaction"), self.informant_view),
            ("unreachable_reason", self.tr("Why no reply was possible"),
             self.unreachable_reason),
        ):
            label = QLabel(title)
            form.addRow(label, widget)
            self._rows[key] = (label, widget)
        self.finish_layout()
        self._form_changed()

    def _form_changed(self) -> None:
        kind: ReplyForm = self.form_kind.currentData()
        shown = {
            ReplyForm.ORAL: {"place", "participants", "content", "informant_view"},
            ReplyForm.LETTER: {"content"},
            ReplyForm.UNREACHABLE: {"unreachable_reason"},
        }[kind]
        for key, (label, widget) in self._rows.items():
            label.setVisible(key in shown)
            widget.setVisible(key in shown)

    def reply(self) -> Reply:
        kind: ReplyForm = self.form_kind.currentData()
        oral = kind is ReplyForm.ORAL
        return Reply(
            lead_id=self._view.card.id, report_id=self.report.currentData(), form=kind,
            replied_at=self.replied_at.dateTime().toPython().replace(tzinfo=CHINA),
            place=self.place.text() if oral else "",
            participants=tuple(n.strip() for n in _NAMES.split(self.participants.text())
                               if n.strip()) if oral else (),
            content=self.content.toPlainText() if kind is not ReplyForm.UNREACHABLE else "",
            informant_view=self.informant_view.toPlainText() if oral else "",
            unreachable_reason=self.unreachable_reason.toPlainText()
            if kind is ReplyForm.UNREACHABLE else "",
        )

    def submit(self) -> None:
        if self.report.currentData() is None:
            return
        reply, leads = self.reply(), self._leads
        self.run(lambda: leads.reply(reply))
