"""Granted to me (director, deputy chief, staff): the unexpired grants the chief
procurator sealed to this viewer, opened read-only after his card signs the opening
into his outbox. The informant identity is a second, recorded act, shown only if
granted, in fields that cannot be copied. Nothing is printed or saved from here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.viewer_session import ViewerAppSession
from desktop.audit.canonical import parse_time
from desktop.domain.grants import GrantedIdentity
from desktop.domain.leads import Channel, CrimeCategory, LeadStatus
from desktop.grants.viewer import GrantListing, OpenedGrant
from ui.approvals.words import scope_words
from ui.clipboard import IdentityLineEdit
from ui.grants.pin_field import PinField
from ui.leads.attachment_viewer import AttachmentViewer
from ui.leads.labels import category_label, channel_label, status_label
from ui.messages import describe_error
from ui.workers import Worker


def _words(label: Callable[[Any], str], kind: Callable[[str], Any], value: str) -> str:
    """A code from the package in the user's words (the code itself if unknown)."""
    try:
        return label(kind(value))
    except ValueError:
        return value


def local(text: str) -> str:
    return parse_time(text).replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class GrantedView(QWidget):
    def __init__(self, session: ViewerAppSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantedView")
        self._desk = session.grants()
        self._worker = worker
        self.opened: OpenedGrant | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Granted to me"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        note = QLabel(self.tr(
            "What the chief procurator granted you, until it expires. Each opening is signed "
            "by your card and recorded in the audit trail. A copy of a grant still opens only "
            "with your card, your password and this computer."))
        note.setObjectName("grantedNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("grantsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Leads"), self.tr("Parts asked for"), self.tr("Until")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(180)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.pin = PinField()
        self.open_button = QPushButton(self.tr("Open with my card"))
        self.open_button.setObjectName("openGrant")
        self.status = QLabel()
        self.status.setObjectName("grantStatus")
        self.status.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Card PIN:")))
        row.addWidget(self.pin)
        row.addWidget(self.open_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("grantTabs")
        self.tabs.addTab(self._card_page(), self.tr("Case card"))
        self.tabs.addTab(self._reports_page(), self.tr("Reports"))
        self.tabs.addTab(self._files_page(), self.tr("Attachments"))
        self.tabs.addTab(self._identity_page(), self.tr("Informant identity"))
        self.tabs.setVisible(False)
        layout.addWidget(self.tabs, 1)
        self.listing: list[GrantListing] = []
        self.open_button.clicked.connect(self.open_selected)
        self.refresh()

    # ---------------------------------------------------------------- pages

    def _card_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.card_fields: dict[str, QLabel] = {}
        for key, words in (("number", self.tr("Lead number")), ("status", self.tr("Status")),
                           ("category", self.tr("Category")), ("summary", self.tr("Summary")),
                           ("reported", self.tr("Reported")),
                           ("reports", self.tr("Report events")),
                           ("received", self.tr("Received")), ("scope", self.tr("Granted")),
                           ("until", self.tr("Until"))):
            label = QLabel()
            label.setObjectName(f"grant-{key}")
            label.setWordWrap(True)
            self.card_fields[key] = label
            form.addRow(words + self.tr(":"), label)
        return page

    def _reports_page(self) -> QWidget:
        self.reports = QPlainTextEdit()
        self.reports.setObjectName("grantReports")
        self.reports.setReadOnly(True)
        return self.reports

    def _files_page(self) -> QWidget:
        split = QSplitter()
        self.files = QListWidget()
        self.files.setObjectName("grantFiles")
        self.viewer = AttachmentViewer()
        split.addWidget(self.files)
        split.addWidget(self.viewer)
        self.files.currentRowChanged.connect(self._show_file)
        return split

    def _identity_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.identity_note = QLabel()
        self.identity_note.setObjectName("grantIdentityNote")
        self.identity_note.setWordWrap(True)
        self.identity_button = QPushButton(self.tr("Show informant identity…"))
        self.identity_button.setObjectName("grantShowIdentity")
        self.identity_button.clicked.connect(self.show_identity)
        self.identity_box = QGroupBox(self.tr("Informant identity"))
        self.identity_box.setObjectName("grantIdentityPanel")
        self.identity_form = QFormLayout(self.identity_box)
        self.identity_box.setVisible(False)
        self.identity_fields: list[IdentityLineEdit] = []
        layout.addWidget(self.identity_note)
        layout.addWidget(self.identity_button)
        layout.addWidget(self.identity_box)
        layout.addStretch(1)
        return page

    # ---------------------------------------------------------------- acts

    def _run(self, work: Callable[[], Any], on_ok: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            self.open_button.setEnabled(True)
            self.identity_button.setEnabled(True)
            self.status.setText(describe_error(error))

        self._worker.submit(work, on_ok, failed, owner=self)

    def refresh(self) -> None:
        self._run(self._desk.granted, self.show_listing)

    def show_listing(self, listing: list[GrantListing]) -> None:
        self.listing = listing
        separator = self.tr(", ")
        self.table.setRowCount(len(listing))
        for row, g in enumerate(listing):
            asked = g.request
            cells = (separator.join(asked.leads) if asked else "—",
                     separator.join(scope_words(s) for s in asked.scope) if asked else "—",
                     local(g.expires_at))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if listing:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(listing))
        self.status.setText("" if listing else self.tr("Nothing is granted to you now."))

    def open_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        package_id, pin = self.listing[rows.pop()].package_id, self.pin.take()
        self.open_button.setEnabled(False)
        self._run(lambda: self._desk.open(package_id, pin), self.show_grant)

    def show_grant(self, opened: OpenedGrant) -> None:
        self.close_grant()
        self.opened = opened
        self.open_button.setEnabled(True)
        lead, separator = opened.lead, self.tr(", ")
        values = {
            "number": lead.number, "status": _words(status_label, LeadStatus, lead.status),
            "category": _words(category_label, CrimeCategory, lead.category),
            "summary": lead.summary, "reported": separator.join(lead.reported),
            "reports": str(lead.report_count),
            "received": f"{local(lead.first_received_at)} — {local(lead.last_received_at)}",
            "scope": separator.join(scope_words(s) for s in lead.scope),
            "until": local(opened.expires_at),
        }
        for key, label in self.card_fields.items():
            label.setText(values[key])
        texts = [f"{local(r.received_at)}  {_words(channel_label, Channel, r.channel)}\n{r.text}"
                 for r in lead.reports if r.text]
        self.reports.setPlainText("\n\n".join(texts) if texts else self.tr(
            "The report texts were not granted."))
        self.files.clear()
        for attachment in lead.attachments:
            self.files.addItem(attachment.file_name)
        if not lead.attachments:
            self.files.addItem(self.tr("The attachments were not granted."))
        self.identity_note.setText(self.tr(
            "Open the identity only when your work requires it: your card signs the opening "
            "and it is recorded with your name.") if opened.identity_granted else self.tr(
            "The informant's identity was not granted."))
        self.identity_button.setVisible(opened.identity_granted)
        self.tabs.setVisible(True)
        self.status.setText(self.tr("Lead %1 opened read-only.").replace("%1", lead.number))

    def _show_file(self, row: int) -> None:
        opened = self.opened
        if opened is None or not 0 <= row < len(opened.lead.attachments):
            return
        from datetime import datetime

        from desktop.domain.leads import AttachmentId, AttachmentInfo, LeadId

        a = opened.lead.attachments[row]
        info = AttachmentInfo(AttachmentId(row), LeadId(0), None, a.file_name, a.media_type,
                              a.size, a.sha256, 0, datetime.now(UTC))
        self.viewer.show_file(info, bytes(opened.files[row]))

    def show_identity(self) -> None:
        opened, pin = self.opened, self.pin.take()
        if opened is None:
            return
        self.identity_button.setEnabled(False)
        self._run(lambda: self._desk.identities(opened, pin), self._identities_shown)

    def _identities_shown(self, identities: tuple[GrantedIdentity, ...]) -> None:
        self.identity_button.setEnabled(True)
        for person in identities:
            for words, value in ((self.tr("Name"), person.name),
                                 (self.tr("ID number"), person.id_number),
                                 (self.tr("Unit"), person.unit),
                                 (self.tr("Address"), person.address),
                                 (self.tr("Phone"), self.tr(", ").join(person.phones))):
                field = IdentityLineEdit()
                field.setReadOnly(True)
                field.setText(value)
                self.identity_fields.append(field)
                self.identity_form.addRow(words + self.tr(":"), field)
        self.identity_box.setVisible(True)

    def close_grant(self) -> None:
        """Drop what is shown (a new grant opened, or the section left)."""
        self.opened = None
        self.viewer.clear()
        for field in self.identity_fields:
            field.clear()
        while self.identity_form.rowCount():
            self.identity_form.removeRow(0)
        self.identity_fields.clear()
        self.identity_box.setVisible(False)
