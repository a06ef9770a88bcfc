"""Recording a new lead: the case card, the first report event with its
channel-specific fields, and the informant's identity (no-copy fields). The core
validators decide (REGULATIONS.md: ID number check character and birth date, phone
numbers, required fields per channel, at least two receiving staff for a visit);
every problem is shown next to its field in the user's language.

Unsaved input is kept as an encrypted draft in the vault — at lock (DraftableForm)
and every AUTOSAVE_SECONDS while it changes — never on disk outside the vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    InformantIdentity,
    NewReport,
    Rank,
    Report,
    ReportedPerson,
    ReportKind,
)
from desktop.leads import validators
from desktop.leads.deadlines import CHINA
from desktop.leads.errors import InvalidField, ValidationFailed
from desktop.leads.model import Created, NewLead
from desktop.leads.recording import validate_lead
from ui.clipboard import IdentityLineEdit
from ui.i18n import sentences
from ui.leads.form_text import items, relatives, split_list
from ui.leads.history_words import list_words
from ui.leads.labels import (
    category_label,
    channel_label,
    describe_lead_error,
    field_base,
    problem_text,
    rank_label,
)
from ui.leads.persons_table import PersonsTable
from ui.leads.repeat_panel import RepeatPanel
from ui.workers import Worker

FORM_KIND = "leads.new-lead"
AUTOSAVE_SECONDS = 30

# Where a problem of a field (indexes dropped) is shown.
_ERROR_SLOT = {
    "reported_persons": "reported_persons.name",
    "items_received.quantity": "items_received",
    "informant.relatives.name": "informant.relatives",
    "informant.relatives.relation": "informant.relatives",
    "informant.relatives.phone": "informant.relatives",
}


class NewLeadForm(QWidget):
    saved = Signal(object)  # Created
    repeat_added = Signal(object)  # the Report added to an existing lead

    form_kind = FORM_KIND

    def __init__(self, leads: LeadsPort, worker: Worker, clock: Callable[[], datetime],
                 save_draft: Callable[[str, bytes], None] | None = None,
                 take_draft: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLeadForm")
        self._leads = leads
        self._worker = worker
        self._clock = clock
        self._save_draft = save_draft
        self._take_draft = take_draft
        self.errors: dict[str, QLabel] = {}
        self._saving = False

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        columns = QHBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # -- the lead and its report
        lead_box = QGroupBox(self.tr("Lead"))
        lead = QFormLayout(lead_box)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.received = QDateTimeEdit()
        self.received.setObjectName("receivedAt")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.category = QComboBox()
        for category in CrimeCategory:
            self.category.addItem(category_label(category), category)
        self.surrender = QCheckBox(self.tr("Surrender (not a report)"))
        self.original_text = QPlainTextEdit()
        self.original_text.setObjectName("originalText")
        self.original_text.setMinimumHeight(90)
        self.original_text.setMaximumHeight(150)
        self.summary = QLineEdit()
        self.summary.setObjectName("summary")
        self.storage_location = QLineEdit()
        self.own_staff = QCheckBox(self.tr("About our own staff"))
        self.reference = QLineEdit()
        self._row(lead, self.tr("Channel"), self.channel, "channel")
        self._row(lead, self.tr("Received at"), self.received, "received_at")
        self._row(lead, self.tr("Category"), self.category, "category")
        lead.addRow("", self.surrender)
        self._row(lead, self.tr("Report text (as received)"), self.original_text, "original_text")
        self._row(lead, self.tr("Summary"), self.summary, "summary")
        self._row(lead, self.tr("Reference number"), self.reference, "reference")
        self._row(lead, self.tr("Materials kept at"), self.storage_location, "storage_location")
        lead.addRow("", self.own_staff)

        # -- the reported person
        person_box = QGroupBox(self.tr("Reported person"))
        person = QFormLayout(person_box)
        self.person_name = QLineEdit()
        self.person_name.setObjectName("personName")
        self.person_unit = QLineEdit()
        self.person_unit.setObjectName("personUnit")
        self.person_post = QLineEdit()
        self.person_rank = QComboBox()
        for rank in Rank:
            self.person_rank.addItem(rank_label(rank), rank)
        self.person_region = QLineEdit()
        self._row(person, self.tr("Name"), self.person_name, "reported_persons.name")
        self._row(person, self.tr("Unit"), self.person_unit, "reported_persons.unit")
        self._row(person, self.tr("Post"), self.person_post, "reported_persons.post")
        self._row(person, self.tr("Rank"), self.person_rank, "reported_persons.rank")
        self._row(person, self.tr("Region"), self.person_region, "reported_persons.region")
        self.more_persons = PersonsTable()
        self.more_persons.setObjectName("morePersons")
        self.more_persons.table.setMaximumHeight(110)
        person.addRow(self.tr("Further reported persons"), self.more_persons)
        for line in (self.person_name, self.person_unit):
            line.editingFinished.connect(self.check_repeats)
        self.repeat_panel = RepeatPanel(leads, worker, self.report_only, self._refused)
        self.repeat_panel.added.connect(self._repeat_added)

        # -- the informant (identity fields cannot be copied out)
        informant_box = QGroupBox(self.tr("Informant (optional; encrypted)"))
        informant = QFormLayout(informant_box)
        self.informant_name = IdentityLineEdit()
        self.id_number = IdentityLineEdit()
        self.id_number.setObjectName("idNumber")
        self.informant_unit = IdentityLineEdit()
        self.address = IdentityLineEdit()
        self.phones = IdentityLineEdit()
        self.phones.setObjectName("phones")
        self.relatives = IdentityLineEdit()
        self.relatives.setObjectName("relatives")
        self.relatives.setPlaceholderText(self.tr("Name (relation) phone; …"))
        self.acknowledged = QCheckBox(self.tr("The informant confirms making this report"))
        self._row(informant, self.tr("Name"), self.informant_name, "informant.name")
        self._row(informant, self.tr("ID number"), self.id_number, "informant.id_number")
        self._row(informant, self.tr("Unit"), self.informant_unit, "informant.unit")
        self._row(informant, self.tr("Address"), self.address, "informant.address")
        self._row(informant, self.tr("Phones"), self.phones, "informant.phones")
        self._row(informant, self.tr("Relatives to protect"), self.relatives,
                  "informant.relatives")
        informant.addRow("", self.acknowledged)
        self.art111 = QCheckBox(self.tr(
            "Told of the liability for a false accusation (CPL Art 111)"))
        self.art111.setObjectName("art111")
        informant.addRow("", self.art111)
        self.id_number.editingFinished.connect(self._check_id_number)
        self.phones.editingFinished.connect(self._check_phones)

        # -- face to face (visit, oral)
        self.visit_box = QGroupBox(self.tr("Received in person"))
        visit = QFormLayout(self.visit_box)
        self.staff = QLineEdit()
        self.staff.setObjectName("receivingStaff")
        self.staff.setPlaceholderText(self.tr("Names, separated by commas"))
        self.read_back = QCheckBox(self.tr("Transcript read back to the informant"))
        self.read_back.setObjectName("readBack")
        self.signed = QCheckBox(self.tr("Transcript signed and fingerprinted"))
        self.signed.setObjectName("signed")
        self.consent = QCheckBox(self.tr("Informant consents to audio/video recording"))
        self.items = QPlainTextEdit()
        self.items.setMaximumHeight(70)
        self.items.setPlaceholderText(self.tr("One item a line, e.g. receipts ×3"))
        self._row(visit, self.tr("Receiving staff"), self.staff, "receiving_staff")
        self._row(visit, "", self.read_back, "transcript_read_back")
        self._row(visit, "", self.signed, "transcript_signed")
        visit.addRow("", self.consent)
        self._row(visit, self.tr("Items received"), self.items, "items_received")

        # -- letter, fax
        self.mail_box = QGroupBox(self.tr("Letter or fax"))
        mail = QFormLayout(self.mail_box)
        postmark_row = QWidget()
        postmark_layout = QHBoxLayout(postmark_row)
        postmark_layout.setContentsMargins(0, 0, 0, 0)
        self.has_postmark = QCheckBox(self.tr("Postmark legible"))
        self.has_postmark.setObjectName("hasPostmark")
        self.postmark = QDateEdit()
        self.postmark.setDisplayFormat("yyyy-MM-dd")
        self.postmark.setCalendarPopup(True)
        self.has_postmark.toggled.connect(self.postmark.setEnabled)
        postmark_layout.addWidget(self.has_postmark)
        postmark_layout.addWidget(self.postmark, 1)
        self.postmark_reason = QLineEdit()
        self.postmark_reason.setObjectName("postmarkReason")
        self.postmark_reason.setPlaceholderText(self.tr("e.g. smudged, only the province legible"))
        self.has_postmark.toggled.connect(lambda legible: self.postmark_reason.setEnabled(
            not legible))
        self.origin = QLineEdit()
        self.envelope = QCheckBox(self.tr("Envelope kept"))
        self._row(mail, self.tr("Postmark date"), postmark_row, "postmark_date")
        self._row(mail, self.tr("Postmark illegible"), self.postmark_reason,
                  "postmark_illegible_reason")
        self._row(mail, self.tr("Sent from"), self.origin, "origin")
        mail.addRow("", self.envelope)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(lead_box)
        left.addStretch(1)
        for box in (person_box, self.repeat_panel, informant_box, self.visit_box,
                    self.mail_box):
            right.addWidget(box)
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        bottom = QHBoxLayout()
        self.general_error = QLabel()
        self.general_error.setObjectName("formMessage")
        self.general_error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Record lead"))
        self.save_button.setObjectName("saveLead")
        self.save_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.clicked.connect(self.clear)
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        outer.addLayout(bottom)

        self._blank: dict[str, Any] = {}
        self._autosaved: dict[str, Any] | None = None
        self.reset()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_SECONDS * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    def _row(self, form: QFormLayout, title: str, widget: QWidget, key: str) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error:{key}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setVisible(False)
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(error)
        layout.addStretch(1)  # spare height goes below the message, not between
        self.errors[key] = error
        form.addRow(title, holder)

    # ------------------------------------------------------------ state
    def clear(self) -> None:
        """Empty the form and drop its autosaved draft from the vault."""
        self.reset()
        self.discard_draft()

    def discard_draft(self) -> None:
        if self._take_draft is None or self._autosaved is None:
            return
        self._autosaved = None
        take = self._take_draft
        self._worker.submit(lambda: take(FORM_KIND), lambda _r: None, lambda _e: None)

    def reset(self) -> None:
        now = self._clock().astimezone(CHINA)
        self.set_state({
            "channel": Channel.LETTER.value, "received": now.strftime("%Y-%m-%dT%H:%M"),
            "category": CrimeCategory.EMBEZZLEMENT_BRIBERY.value, "surrender": False,
            "original_text": "", "summary": "", "reference": "", "storage_location": "",
            "own_staff": False, "person_name": "", "person_unit": "", "person_post": "",
            "person_rank": Rank.UNKNOWN.value, "person_region": "", "informant_name": "",
            "id_number": "", "informant_unit": "", "address": "", "phones": "", "relatives": "",
            "acknowledged": False, "staff": "", "read_back": False, "signed": False,
            "consent": False, "items": "", "has_postmark": False,
            "postmark": now.date().isoformat(), "origin": "", "envelope": False,
        })
        self._blank = self.state()
        self.repeat_panel.show_candidates([])
        self.show_problems(())
        self.general_error.setText("")

    def _lines(self) -> dict[str, QLineEdit]:
        return {
            "summary": self.summary, "reference": self.reference,
            "storage_location": self.storage_location, "person_name": self.person_name,
            "person_unit": self.person_unit, "person_post": self.person_post,
            "person_region": self.person_region, "informant_name": self.informant_name,
            "id_number": self.id_number, "informant_unit": self.informant_unit,
            "address": self.address, "phones": self.phones, "relatives": self.relatives,
            "staff": self.staff, "postmark_reason": self.postmark_reason,
            "origin": self.origin,
        }

    def _checks(self) -> dict[str, QCheckBox]:
        return {
            "surrender": self.surrender, "own_staff": self.own_staff,
            "acknowledged": self.acknowledged, "read_back": self.read_back,
            "signed": self.signed, "consent": self.consent, "has_postmark": self.has_postmark,
            "envelope": self.envelope, "art111": self.art111,
        }

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {k: w.text() for k, w in self._lines().items()}
        state.update({k: w.isChecked() for k, w in self._checks().items()})
        state["more_persons"] = [[p.name, p.unit, p.post, p.rank.value, p.region]
                                 for p in self.more_persons.persons()]
        state.update({
            "channel": self.channel.currentData().value,
            "category": self.category.currentData().value,
            "person_rank": self.person_rank.currentData().value,
            "received": self.received.dateTime().toPython().strftime("%Y-%m-%dT%H:%M"),
            "postmark": self.postmark.date().toPython().isoformat(),
            "original_text": self.original_text.toPlainText(),
            "items": self.items.toPlainText(),
        })
        return state

    def set_state(self, state: dict[str, Any]) -> None:
        for key, line in self._lines().items():
            line.setText(str(state.get(key, "")))
        for key, box in self._checks().items():
            box.setChecked(bool(state.get(key, False)))
        for combo, key in ((self.channel, "channel"), (self.category, "category"),
                           (self.person_rank, "person_rank")):
            index = combo.findData(next(
                (item for item in (combo.itemData(i) for i in range(combo.count()))
                 if item.value == state.get(key)), combo.itemData(0)))
            combo.setCurrentIndex(max(0, index))
        received = datetime.strptime(str(state["received"]), "%Y-%m-%dT%H:%M")
        self.received.setDateTime(QDateTime(
            QDate(received.year, received.month, received.day),
            QTime(received.hour, received.minute)))
        postmark = date.fromisoformat(str(state["postmark"]))
        self.postmark.setDate(QDate(postmark.year, postmark.month, postmark.day))
        self.postmark.setEnabled(self.has_postmark.isChecked())
        self.postmark_reason.setEnabled(not self.has_postmark.isChecked())
        self.more_persons.set_persons([
            ReportedPerson(str(n), str(u), str(p), Rank(r), str(g))
            for n, u, p, r, g in state.get("more_persons", [])])
        self.original_text.setPlainText(str(state.get("original_text", "")))
        self.items.setPlainText(str(state.get("items", "")))
        self._channel_changed()

    # DraftableForm
    def is_dirty(self) -> bool:
        return self.state() != self._blank

    def draft_state(self) -> bytes:
        return json.dumps(self.state(), ensure_ascii=False).encode()

    def restore_draft(self, payload: bytes) -> None:
        state = json.loads(payload.decode())
        if isinstance(state, dict):
            self.set_state({**self._blank, **state})

    def autosave(self) -> None:
        """Keep changed input as an encrypted draft in the vault (off the GUI thread)."""
        if self._save_draft is None or self._saving or not self.is_dirty():
            return
        state = self.state()
        if state == self._autosaved:
            return
        self._autosaved = state
        save, payload = self._save_draft, self.draft_state()
        self._worker.submit(lambda: save(FORM_KIND, payload), lambda _r: None,
                            lambda _e: None)  # the lock-time draft is the safety net

    # ------------------------------------------------------------ channel
    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        self.visit_box.setVisible(channel in (Channel.VISIT, Channel.ORAL))
        self.mail_box.setVisible(channel in (Channel.LETTER, Channel.FAX))

    # ------------------------------------------------------------ building and checking
    def lead(self) -> NewLead:
        channel: Channel = self.channel.currentData()
        in_person = channel in (Channel.VISIT, Channel.ORAL)
        mail = channel in (Channel.LETTER, Channel.FAX)
        received = self.received.dateTime().toPython().replace(tzinfo=CHINA)
        identity = InformantIdentity(
            name=self.informant_name.text(), id_number=self.id_number.text(),
            unit=self.informant_unit.text(), address=self.address.text(),
            phones=split_list(self.phones.text()),
            relatives=relatives(self.relatives.text()),
        )
        report = NewReport(
            channel=channel, received_at=received, original_text=self.original_text.toPlainText(),
            kind=ReportKind.SURRENDER if self.surrender.isChecked() else ReportKind.REPORT,
            summary=self.summary.text(), identity=identity,
            acknowledged=self.acknowledged.isChecked(),
            receiving_staff=split_list(self.staff.text()) if in_person else (),
            transcript_read_back=in_person and self.read_back.isChecked(),
            transcript_signed=in_person and self.signed.isChecked(),
            consent_to_record=in_person and self.consent.isChecked(),
            items_received=items(self.items.toPlainText()) if in_person else (),
            postmark_date=self.postmark.date().toPython()
            if mail and self.has_postmark.isChecked() else None,
            origin=self.origin.text() if mail else "",
            envelope_kept=mail and self.envelope.isChecked(),
            reference=self.reference.text(),
            postmark_illegible_reason=self.postmark_reason.text()
            if mail and not self.has_postmark.isChecked() else "",
            false_accusation_notice=self.art111.isChecked(),
        )
        person = ReportedPerson(
            name=self.person_name.text().strip(), unit=self.person_unit.text().strip(),
            post=self.person_post.text().strip(), rank=self.person_rank.currentData(),
            region=self.person_region.text().strip(),
        )
        return NewLead(
            category=self.category.currentData(),
            reported_persons=(person, *self.more_persons.persons()), report=report,
            summary=self.summary.text(), storage_location=self.storage_location.text(),
            about_own_staff=self.own_staff.isChecked(),
        )

    def show_problems(self, problems: tuple[InvalidField, ...] | list[InvalidField]) -> None:
        texts: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for problem in problems:
            base = field_base(problem.field)
            key = _ERROR_SLOT.get(base, base)
            if key in self.errors:
                texts.setdefault(key, []).append(problem_text(problem))
            else:
                unplaced.append(problem_text(problem))
        for key, label in self.errors.items():
            words = sentences(*dict.fromkeys(texts.get(key, [])))
            label.setText(words)
            label.setVisible(bool(words))
        if problems:
            self.general_error.setText(sentences(
                self.tr("Some fields need attention: see the marks next to them."), *unplaced))

    def _show_one(self, key: str, problem: InvalidField | None) -> None:
        label = self.errors[key]
        label.setText("" if problem is None else problem_text(problem))
        label.setVisible(problem is not None)

    def _check_id_number(self) -> None:
        text = self.id_number.text()
        try:
            if text.strip():
                validators.normalize_id_number(text, self._clock().astimezone(CHINA).date(),
                                               "informant.id_number")
            self._show_one("informant.id_number", None)
        except InvalidField as problem:
            self._show_one("informant.id_number", problem)

    def _check_phones(self) -> None:
        try:
            for phone in split_list(self.phones.text()):
                validators.normalize_phone(phone, "informant.phones")
            self._show_one("informant.phones", None)
        except InvalidField as problem:
            self._show_one("informant.phones", problem)

    def validate(self) -> NewLead | None:
        """The lead if every field is right; otherwise the problems are shown."""
        lead = self.lead()
        try:
            validate_lead(lead, self._clock())
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
            return None
        self.show_problems(())
        return lead

    def report_only(self) -> NewReport | None:
        """The report being entered, checked on its own (to join an existing lead)."""
        report = self.lead().report
        try:
            validators.validate_report(report, self._clock())
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
            return None
        self.show_problems(())
        return report

    def check_repeats(self) -> None:
        self.repeat_panel.look_for(self.lead().reported_persons)

    def _repeat_added(self, report: Report) -> None:
        self.reset()
        self.discard_draft()
        self.general_error.setText(self.tr(
            "The report was added to the existing lead as a repeat report."))
        self.repeat_added.emit(report)

    def submit(self) -> None:
        lead = self.validate()
        if lead is None or self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.general_error.setText(self.tr("Recording…"))
        leads = self._leads
        self._worker.submit(lambda: leads.create(lead), self._created, self._refused,
                            owner=self)

    def _created(self, created: Created) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.reset()
        self.discard_draft()  # the autosaved input is recorded now
        text = self.tr("Lead %1 was recorded.").replace("%1", str(created.card.number))
        if created.duplicates:
            text += " " + self.tr("Possible repeat of: %1").replace(
                "%1", list_words([str(d.number) for d in created.duplicates]))
        self.general_error.setText(text)
        self.saved.emit(created)

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            self.show_problems(error.problems)
        else:
            self.general_error.setText(describe_lead_error(error))
