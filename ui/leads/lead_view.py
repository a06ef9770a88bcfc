"""One lead: case card, timeline of report events, deadlines, routing, attachments
shown in-app, and the informant identity panel — closed until the user explicitly
opens it (confirmed, audited by the service, refused to roles that may not).

The widget is built from a LeadView already read (and audited) on the session's
worker; what it reads later (identities, attachments, the lead again after a change)
is read there too and shown when it arrives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import LeadsPort, PrintsPort
from desktop.domain.leads import (
    AttachmentId,
    AttachmentInfo,
    InformantIdentity,
    LeadId,
    LeadNumber,
    LeadStatus,
    Report,
    ReportId,
    ReportKind,
)
from desktop.leads.model import LeadView
from ui.clipboard import IdentityLineEdit
from ui.lazy_tabs import LazyTabs
from ui.leads.attachment_viewer import AttachmentViewer, read_into_qt
from ui.leads.card_dialogs import CardEditDialog, VoidDialog
from ui.leads.form_print_dialog import FormPrintDialog
from ui.leads.history_words import change_line, list_words, reply_line
from ui.leads.labels import (
    category_label,
    channel_label,
    deadline_label,
    describe_lead_error,
    disposition_label,
    filing_level_label,
    rank_label,
    status_label,
    when,
)
from ui.leads.protection_page import ProtectionPage
from ui.leads.reply_dialog import ReplyDialog
from ui.leads.routing_dialog import RoutingDialog
from ui.workers import Worker

FILE_LIMIT_FOR_DIALOG = 50 * 1024 * 1024
# the tabs made when first shown
REPORTS, DEADLINES, REPLIES, PROTECTION, ATTACHMENTS, IDENTITY = (
    "reports", "deadlines", "replies", "protection", "attachments", "identity")


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class LeadDetail(QWidget):
    changed = Signal()  # the lead was routed or got an attachment: lists refresh

    def __init__(self, leads: LeadsPort, view: LeadView, may_record: bool,
                 worker: Worker, clock: Callable[[], datetime],
                 parent: QWidget | None = None,
                 prints: Callable[[], PrintsPort] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDetail")
        self._leads = leads
        self._worker = worker
        self._clock = clock
        self.lead_id: LeadId = view.card.id
        self.may_record = may_record
        self.view = view  # read on the worker, audited there (lead.view)
        self.identity_fields: list[IdentityLineEdit] = []
        self.identity_confirm: QMessageBox | None = None
        self.routing_dialog: RoutingDialog | None = None
        self.dialog: QDialog | None = None  # the correction, void or reply dialog open

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("leadHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        top.addWidget(self.heading, 1)
        self.route_button = QPushButton(self.tr("Decide disposition…"))
        self.route_button.setObjectName("routeButton")
        self.route_button.clicked.connect(self.open_routing)
        self.attach_button = QPushButton(self.tr("Add attachment…"))
        self.attach_button.clicked.connect(self._choose_file)
        self.edit_button = QPushButton(self.tr("Correct case card…"))
        self.edit_button.setObjectName("editCard")
        self.edit_button.clicked.connect(self.open_edit)
        self.reply_button = QPushButton(self.tr("Record reply…"))
        self.reply_button.setObjectName("recordReply")
        self.reply_button.clicked.connect(self.open_reply)
        self.void_button = QPushButton(self.tr("Void lead…"))
        self.void_button.setObjectName("voidLead")
        self.void_button.clicked.connect(self.open_void)
        self._record_buttons = (self.route_button, self.edit_button, self.reply_button,
                                self.attach_button, self.void_button)
        for button in self._record_buttons:
            top.addWidget(button)
        self._prints = prints
        self.print_button = QPushButton(self.tr("Print a form…"))
        self.print_button.setObjectName("printForm")
        self.print_button.clicked.connect(self.open_print)
        self.print_button.setVisible(prints is not None)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        self.message = _label("", "leadMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("leadTabs")
        self.card_page = QWidget()
        card_layout = QVBoxLayout(self.card_page)
        self.card_form = QFormLayout()
        card_layout.addLayout(self.card_form)
        card_layout.addWidget(QLabel(self.tr("History of the case card")))
        self.history = QListWidget()
        self.history.setObjectName("cardHistory")
        card_layout.addWidget(self.history, 1)
        self.tabs.addTab(self.card_page, self.tr("Case card"))
        # The other tabs are made (and filled) when first shown or asked for: opening
        # a lead builds only the case card the user sees.
        self._pages = LazyTabs(self.tabs)
        for key, title, make in (
            (REPORTS, self.tr("Reports"), self._reports_page),
            (DEADLINES, self.tr("Deadlines and routing"), self._deadlines_page),
            (REPLIES, self.tr("Replies"), self._replies_page),
            (PROTECTION, self.tr("Protection and assistance"), self._protection_page),
            (ATTACHMENTS, self.tr("Attachments"), self._attachments_page),
            (IDENTITY, self.tr("Informant identity"), self._identity_page),
        ):
            self._pages.add(key, title, make)
        layout.addWidget(self.tabs, 1)
        self._fill()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------ pages
    # Each is made, then filled from the view, when its tab is first shown or one of
    # its widgets is first asked for (the properties below).
    def _reports_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical)
        self._timeline = QListWidget()
        self._timeline.setObjectName("timeline")
        self._timeline.currentRowChanged.connect(self._show_report)
        self._report_text = QPlainTextEdit()
        self._report_text.setObjectName("reportText")
        self._report_text.setReadOnly(True)
        self._report_facts = _label("", "reportFacts")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._report_facts)
        lower_layout.addWidget(self._report_text, 1)
        splitter.addWidget(self._timeline)
        splitter.addWidget(lower)
        splitter.setSizes([160, 300])
        self._fill_reports()
        return splitter

    def _deadlines_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._deadlines = QTableWidget(0, 3)
        self._deadlines.setObjectName("deadlines")
        self._deadlines.setHorizontalHeaderLabels(
            [self.tr("Deadline"), self.tr("Due"), self.tr("State")])
        self._deadlines.verticalHeader().setVisible(False)
        self._deadlines.horizontalHeader().setStretchLastSection(True)
        self._deadlines.setColumnWidth(0, 220)
        self._deadlines.setColumnWidth(1, 150)
        self._deadlines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(QLabel(self.tr("Deadlines")))
        layout.addWidget(self._deadlines, 1)
        layout.addWidget(QLabel(self.tr("Routing and dispositions")))
        self._routing = QListWidget()
        self._routing.setObjectName("routing")
        layout.addWidget(self._routing, 1)
        self._fill_deadlines()
        return page

    def _replies_page(self) -> QWidget:
        self._replies = QListWidget()
        self._replies.setObjectName("replies")
        self._fill_replies()
        return self._replies

    def _protection_page(self) -> QWidget:
        self._protection = ProtectionPage(self._leads, self._worker, self._clock,
                                          self.may_record)
        self._protection.changed.connect(self._changed_by_dialog)
        self._fill_protection()
        return self._protection

    def _attachments_page(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self._attachments = QListWidget()
        self._attachments.setObjectName("attachments")
        self._attachments.itemActivated.connect(self._open_attachment)
        self._attachments.itemClicked.connect(self._open_attachment)
        self._viewer = AttachmentViewer()
        splitter.addWidget(self._attachments)
        splitter.addWidget(self._viewer)
        splitter.setSizes([220, 600])
        self._fill_attachments()
        return splitter

    def _identity_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._identity_closed = _label(self.tr(
            "The informant's identity is not shown. Open it only when your work requires it: "
            "every opening is recorded in the audit trail with your name."), "identityClosed")
        self._identity_button = QPushButton(self.tr("Show informant identity…"))
        self._identity_button.setObjectName("showIdentity")
        self._identity_button.clicked.connect(self.ask_identity)
        self._identity_box = QGroupBox(self.tr("Informant identity"))
        self._identity_box.setObjectName("identityPanel")
        self._identity_layout = QVBoxLayout(self._identity_box)
        self._identity_box.setVisible(False)
        self._hide_identity_button = QPushButton(self.tr("Hide identity"))
        self._hide_identity_button.clicked.connect(self.close_identity)
        self._hide_identity_button.setVisible(False)
        layout.addWidget(self._identity_closed)
        row = QHBoxLayout()
        row.addWidget(self._identity_button)
        row.addWidget(self._hide_identity_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._identity_box)
        layout.addStretch(1)
        return page

    # The pages' widgets, their tab made first if it was not yet.
    @property
    def timeline(self) -> QListWidget:
        self._pages.page(REPORTS)
        return self._timeline

    @property
    def report_text(self) -> QPlainTextEdit:
        self._pages.page(REPORTS)
        return self._report_text

    @property
    def report_facts(self) -> QLabel:
        self._pages.page(REPORTS)
        return self._report_facts

    @property
    def deadlines(self) -> QTableWidget:
        self._pages.page(DEADLINES)
        return self._deadlines

    @property
    def routing(self) -> QListWidget:
        self._pages.page(DEADLINES)
        return self._routing

    @property
    def replies(self) -> QListWidget:
        self._pages.page(REPLIES)
        return self._replies

    @property
    def protection(self) -> ProtectionPage:
        self._pages.page(PROTECTION)
        return self._protection

    @property
    def attachments_page(self) -> QWidget:
        return self._pages.page(ATTACHMENTS)

    @property
    def attachments(self) -> QListWidget:
        self._pages.page(ATTACHMENTS)
        return self._attachments

    @property
    def viewer(self) -> AttachmentViewer:
        self._pages.page(ATTACHMENTS)
        return self._viewer

    @property
    def identity_page(self) -> QWidget:
        return self._pages.page(IDENTITY)

    @property
    def identity_closed(self) -> QLabel:
        self._pages.page(IDENTITY)
        return self._identity_closed

    @property
    def identity_button(self) -> QPushButton:
        self._pages.page(IDENTITY)
        return self._identity_button

    @property
    def identity_box(self) -> QGroupBox:
        self._pages.page(IDENTITY)
        return self._identity_box

    @property
    def identity_layout(self) -> QVBoxLayout:
        self._pages.page(IDENTITY)
        return self._identity_layout

    @property
    def hide_identity_button(self) -> QPushButton:
        self._pages.page(IDENTITY)
        return self._hide_identity_button

    # ------------------------------------------------------------ filling
    def _fill(self) -> None:
        """The case card, and each page already made (the others fill when made)."""
        card = self.view.card
        self.heading.setText(self.tr("Lead %1 · %2").replace("%1", str(card.number)).replace(
            "%2", status_label(card.status)))
        while self.card_form.rowCount():
            self.card_form.removeRow(0)
        persons = "\n".join(
            " · ".join(part for part in (p.name, p.unit, p.post, rank_label(p.rank), p.region)
                       if part)
            for p in card.reported_persons
        )
        rows = [
            (self.tr("Number"), str(card.number)),
            (self.tr("Status"), status_label(card.status)),
            (self.tr("Category"), category_label(card.category)),
            (self.tr("Reported persons"), persons),
            (self.tr("Summary"), card.summary),
            (self.tr("Filing level"), filing_level_label(card.filing_level)),
            (self.tr("About our own staff"), self.tr("Yes") if card.about_own_staff
             else self.tr("No")),
            (self.tr("Reports received"), str(card.report_count)),
            (self.tr("First received"), when(card.first_received_at)),
            (self.tr("Last received"), when(card.last_received_at)),
            (self.tr("Materials kept at"), card.storage_location),
        ]
        for title, value in rows:
            self.card_form.addRow(title, _label(value))
        voided = card.status is LeadStatus.VOIDED
        for button in self._record_buttons:
            button.setVisible(self.may_record and not voided)
        self.reply_button.setVisible(self.may_record and not voided and any(
            r.real_name for r in self.view.reports))
        self.history.clear()
        for change in self.view.changes:
            self.history.addItem(change_line(change))
        if not self.view.changes:
            self.history.addItem(self.tr("Not corrected since it was recorded."))
        for key, fill in ((REPORTS, self._fill_reports), (DEADLINES, self._fill_deadlines),
                          (REPLIES, self._fill_replies), (PROTECTION, self._fill_protection),
                          (ATTACHMENTS, self._fill_attachments)):
            if self._pages.made(key):
                fill()

    def _fill_protection(self) -> None:
        self._protection.fill(self.view, self.view.card.status is LeadStatus.VOIDED)

    def _fill_replies(self) -> None:
        self._replies.clear()
        for reply in self.view.replies:
            self._replies.addItem(reply_line(reply))
        if not self.view.replies:
            self._replies.addItem(self.tr("No reply recorded yet."))

    def _fill_reports(self) -> None:
        self._timeline.clear()
        for report in self.view.reports:
            self._timeline.addItem(self._report_line(report))
        if self.view.reports:
            self._timeline.setCurrentRow(0)

    def _fill_deadlines(self) -> None:
        now = self._clock()
        self._deadlines.setRowCount(len(self.view.deadlines))
        for i, deadline in enumerate(self.view.deadlines):
            if deadline.met_at is not None:
                state = self.tr("Met %1").replace("%1", when(deadline.met_at))
            elif deadline.overdue(now):
                state = self.tr("Overdue")
            else:
                state = self.tr("Open")
            for column, text in enumerate((deadline_label(deadline.rule),
                                           when(deadline.due_at), state)):
                self._deadlines.setItem(i, column, QTableWidgetItem(text))
        self._routing.clear()
        for decision in self.view.routing:
            target = f" → {decision.target}" if decision.target else ""
            reason = f" ({decision.reason})" if decision.reason else ""
            self._routing.addItem(
                f"{when(decision.decided_at)} · "
                f"{disposition_label(decision.disposition)}{target}{reason}")
        if not self.view.routing:
            self._routing.addItem(self.tr("No disposition yet."))

    def _fill_attachments(self) -> None:
        self._attachments.clear()
        for info in self.view.attachments:
            item = QListWidgetItem(f"{info.file_name} ({max(1, info.size // 1024)} KB)")
            item.setData(Qt.ItemDataRole.UserRole, int(info.id))
            self._attachments.addItem(item)

    def _report_line(self, report: Report) -> str:
        kind = self.tr("Surrender") if report.kind is ReportKind.SURRENDER else self.tr("Report")
        named = (self.tr("real name, code %1").replace("%1", report.pseudonym_code)
                 if report.real_name else self.tr("anonymous"))
        return f"{when(report.received_at)} · {channel_label(report.channel)} · {kind} · {named}"

    def _show_report(self, row: int) -> None:
        if not 0 <= row < len(self.view.reports):
            return
        report = self.view.reports[row]
        facts = []
        if report.receiving_staff:
            facts.append(self.tr("Received by: %1").replace("%1",
                                                             list_words(list(report.receiving_staff))))
        if report.postmark_date is not None:
            facts.append(self.tr("Postmark: %1").replace("%1", report.postmark_date.isoformat()))
        if report.postmark_illegible_reason:
            facts.append(self.tr("Postmark illegible: %1").replace(
                "%1", report.postmark_illegible_reason))
        if report.false_accusation_notice:
            facts.append(self.tr("Told of the liability for a false accusation (CPL Art 111)."))
        if report.origin:
            facts.append(self.tr("Origin: %1").replace("%1", report.origin))
        if report.reference:
            facts.append(self.tr("Reference: %1").replace("%1", report.reference))
        if report.items_received:
            facts.append(self.tr("Items received: %1").replace("%1", list_words([
                f"{item.description} ×{item.quantity}" for item in report.items_received])))
        self._report_facts.setText("\n".join(facts))
        self._report_text.setPlainText(report.original_text)

    # ------------------------------------------------------------ identity
    def ask_identity(self) -> None:
        """Opening the identity is explicit: the user confirms first."""
        box = QMessageBox(self)
        box.setObjectName("identityConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Show informant identity"))
        box.setText(self.tr(
            "Show the informant's identity for lead %1? This is recorded in the audit "
            "trail.").replace("%1", str(self.view.card.number)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._confirmed(box))
        self.identity_confirm = box
        box.open()

    def _confirmed(self, box: QMessageBox) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.open_identity()

    def open_identity(self) -> None:
        leads, number = self._leads, LeadNumber.parse(str(self.view.card.number))
        self.identity_button.setEnabled(False)
        self._worker.submit(lambda: leads.identities(number), self._identities_read,
                            self._identities_refused, owner=self)

    def _identities_read(self, found: dict[ReportId, InformantIdentity]) -> None:
        self.identity_button.setEnabled(True)
        self._show_identities(found)
        self.tabs.setCurrentWidget(self.identity_page)

    def _identities_refused(self, error: BaseException) -> None:
        """Refused (and audited) for roles that may not."""
        self.identity_button.setEnabled(True)
        self._say(describe_lead_error(error))
        self.identity_closed.setText(describe_lead_error(error))

    def _show_identities(self, found: dict[ReportId, InformantIdentity]) -> None:
        while self.identity_layout.count():
            item = self.identity_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.identity_fields = []
        if not found:
            self.identity_layout.addWidget(QLabel(self.tr(
                "No informant identity was recorded for this lead (anonymous).")))
        for report_id, identity in found.items():
            group = QGroupBox(self.tr("Report %1").replace("%1", str(report_id)))
            form = QFormLayout(group)
            for title, value in (
                (self.tr("Name"), identity.name), (self.tr("ID number"), identity.id_number),
                (self.tr("Unit"), identity.unit), (self.tr("Address"), identity.address),
                (self.tr("Phones"), list_words(list(identity.phones))),
                (self.tr("Relatives to protect"), list_words([
                    self.tr("%1 (%2)").replace("%1", r.name).replace("%2", r.relation)
                    if r.relation else r.name for r in identity.relatives])),
            ):
                field = IdentityLineEdit()
                field.setReadOnly(True)
                field.setText(value)
                self.identity_fields.append(field)
                form.addRow(title, field)
            self.identity_layout.addWidget(group)
        self.identity_box.setVisible(True)
        self.hide_identity_button.setVisible(True)
        self.identity_button.setVisible(False)

    def close_identity(self) -> None:
        for field in self.identity_fields:
            field.clear()
        if self._pages.made(IDENTITY):  # else it was never opened
            self._show_identities_closed()

    def _show_identities_closed(self) -> None:
        while self.identity_layout.count():
            item = self.identity_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.identity_fields = []
        self.identity_box.setVisible(False)
        self.hide_identity_button.setVisible(False)
        self.identity_button.setVisible(True)

    @property
    def identity_open(self) -> bool:
        return self._pages.made(IDENTITY) and not self._identity_box.isHidden()

    # ------------------------------------------------------------ attachments
    def _open_attachment(self, item: QListWidgetItem) -> None:
        self.open_attachment(AttachmentId(int(item.data(Qt.ItemDataRole.UserRole))))

    def open_attachment(self, attachment_id: AttachmentId) -> None:
        leads = self._leads
        self._worker.submit(lambda: read_into_qt(leads, attachment_id),  # audited
                            self._attachment_read, self._failed, owner=self)

    def _attachment_read(self, opened: tuple[AttachmentInfo, QByteArray]) -> None:
        info, content = opened
        self.viewer.show_file(info, content)
        self.tabs.setCurrentWidget(self.attachments_page)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add attachment"))
        if not path:
            return
        with open(path, "rb") as source:
            content = source.read(FILE_LIMIT_FOR_DIALOG + 1)
        self.attach_bytes(path.replace("\\", "/").rsplit("/", 1)[-1], content)

    def attach_bytes(self, file_name: str, content: bytes) -> None:
        """Seal a file into the lead, off the GUI thread."""
        leads, lead_id = self._leads, self.lead_id
        self.attach_button.setEnabled(False)
        self._worker.submit(lambda: leads.attach(lead_id, file_name, content),
                            self._attached, self._failed, owner=self)

    def _attached(self, _result: object) -> None:
        self.attach_button.setEnabled(True)
        self._say(self.tr("The file was added to the lead."))
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self.attach_button.setEnabled(True)
        self._say(describe_lead_error(error))

    # ------------------------------------------------------------ routing
    def open_routing(self) -> None:
        dialog = RoutingDialog(self._leads, self.view.card, self._worker, self)
        dialog.succeeded.connect(self._routed)
        self.routing_dialog = dialog
        dialog.open()

    def open_print(self) -> None:
        if self._prints is None:
            return
        dialog = FormPrintDialog(self._prints, self.view, self._worker, self)
        self.dialog = dialog
        dialog.open()

    def open_edit(self) -> None:
        self._open_dialog(CardEditDialog(self._leads, self.view.card, self._worker, self),
                          self.tr("The correction was saved."))

    def open_void(self) -> None:
        self._open_dialog(VoidDialog(self._leads, self.view.card, self._worker, self),
                          self.tr("The lead was voided."))

    def open_reply(self) -> None:
        self._open_dialog(ReplyDialog(self._leads, self.view, self._worker, self._clock,
                                      self), self.tr("The reply was recorded."))

    def _open_dialog(self, dialog: ReplyDialog | CardEditDialog | VoidDialog,
                     done_words: str) -> None:
        dialog.succeeded.connect(lambda _result: self._changed_by_dialog(done_words))
        self.dialog = dialog
        dialog.open()

    def _changed_by_dialog(self, words: str) -> None:
        self._say(words)
        self.reload()

    def _routed(self, _card: object = None) -> None:
        self._say(self.tr("The disposition was recorded."))
        self.reload()

    def reload(self) -> None:
        """Read the lead again (after a change made here), then show it."""
        self.clear_viewer()
        leads, lead_id = self._leads, self.lead_id
        self._worker.submit(lambda: leads.view(lead_id), self._reloaded, self._failed,
                            owner=self)

    def _reloaded(self, view: LeadView) -> None:
        self.view = view
        self._fill()
        self.changed.emit()

    def clear_viewer(self) -> None:
        """Forget the attachment shown, if the attachments tab was ever made."""
        if self._pages.made(ATTACHMENTS):
            self._viewer.clear()

    def release(self) -> None:
        """Forget the identity and attachment bytes (the tab closes)."""
        self.close_identity()
        self.clear_viewer()
