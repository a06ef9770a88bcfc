"""Section titles, honest empty states, and the registry where feature views plug in.

A feature (leads, bags, approvals, …) registers a factory for its section;
until it does, the section shows that it is not open yet rather than a fake
screen. Factories get the unlocked session and its worker (every call into the
session runs there) and return a widget; a widget that also implements
``DraftableForm`` is kept as an encrypted draft on lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.app.ports import UnlockedSession
from desktop.policy import Section
from ui.workers import Worker

translate = QCoreApplication.translate

SectionFactory = Callable[[UnlockedSession, Worker], QWidget]
_REGISTRY: dict[Section, SectionFactory] = {}


@runtime_checkable
class DraftableForm(Protocol):
    """A form whose unsaved input survives a lock, encrypted in the vault."""

    form_kind: str

    def is_dirty(self) -> bool: ...

    def draft_state(self) -> bytes: ...

    def restore_draft(self, payload: bytes) -> None: ...


def register(section: Section, factory: SectionFactory) -> None:
    _REGISTRY[section] = factory


def unregister(section: Section) -> None:
    _REGISTRY.pop(section, None)


def factory_for(section: Section) -> SectionFactory | None:
    return _REGISTRY.get(section)


def title(section: Section) -> str:
    return {
        Section.LEADS: translate("Sections", "Leads"),
        Section.BAGS: translate("Sections", "Confidential bags"),
        Section.PRINTS: translate("Sections", "Prints"),
        Section.MY_REQUESTS: translate("Sections", "My requests"),
        Section.APPROVALS: translate("Sections", "Approvals inbox"),
        Section.BAGS_AWAITING_UNSEALING: translate("Sections", "Bags awaiting unsealing"),
        Section.AUDIT: translate("Sections", "Audit trail"),
        Section.USERS: translate("Sections", "Users"),
        Section.GRANTED: translate("Sections", "Granted to me"),
        Section.SETTINGS: translate("Sections", "Settings"),
    }[section]


def empty_state_text(section: Section) -> str:
    """What a section shows before its feature exists: said plainly."""
    what = {
        Section.LEADS: translate("Sections", "Recording and searching leads"),
        Section.BAGS: translate("Sections", "Sealing confidential bags"),
        Section.PRINTS: translate("Sections", "The print register"),
        Section.MY_REQUESTS: translate("Sections", "Approval requests"),
        Section.APPROVALS: translate("Sections", "Deciding approval requests"),
        Section.BAGS_AWAITING_UNSEALING: translate("Sections", "Unsealing bags"),
        Section.AUDIT: translate("Sections", "Reading the audit trail"),
        Section.USERS: translate("Sections", "Managing users"),
        Section.GRANTED: translate("Sections", "Leads granted to you"),
        Section.SETTINGS: translate("Sections", "Settings"),
    }[section]
    return translate("Sections", "%1 is not available yet in this version.").replace("%1", what)


class EmptyState(QWidget):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"empty-{section.value}")
        layout = QVBoxLayout(self)
        heading = QLabel(title(section))
        heading.setObjectName("sectionTitle")
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        text = QLabel(empty_state_text(section))
        text.setObjectName("emptyStateText")
        text.setWordWrap(True)
        text.setStyleSheet("color: #555; font-size: 15px;")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addStretch(2)


def _leads_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.leads.section import LeadsSection  # loaded when first opened (start-up time)

    return LeadsSection(session, worker)


register(Section.LEADS, _leads_section)


def _bags_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.bags.bags_view import BagsView  # loaded when first opened (start-up time)

    return BagsView(session, worker)


def _prints_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.bags.prints_view import PrintsView

    return PrintsView(session, worker)


def _unsealing_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.bags.unsealing import AwaitingUnsealingView

    return AwaitingUnsealingView(session, worker)


register(Section.BAGS, _bags_section)
register(Section.PRINTS, _prints_section)
register(Section.BAGS_AWAITING_UNSEALING, _unsealing_section)


def _audit_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.audit_view import AuditView  # loaded when first opened (start-up time)

    return AuditView(session, worker)


register(Section.AUDIT, _audit_section)


def _users_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.users_view import UsersView  # loaded when first opened

    return UsersView(session, worker)


register(Section.USERS, _users_section)


def _inbox_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from ui.approvals.inbox_view import InboxView  # loaded when first opened

    return InboxView(session, worker)


def _requests_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from desktop.app.viewer_session import ViewerAppSession

    if isinstance(session, ViewerAppSession):  # a viewer's card signs his requests
        from ui.grants.viewer_requests_view import ViewerRequestsView

        return ViewerRequestsView(session, worker)
    from ui.approvals.requests_view import RequestsView

    return RequestsView(session, worker)


def _granted_section(session: UnlockedSession, worker: Worker) -> QWidget:
    from desktop.app.viewer_session import ViewerAppSession
    from ui.grants.granted_view import GrantedView

    assert isinstance(session, ViewerAppSession)
    return GrantedView(session, worker)


register(Section.APPROVALS, _inbox_section)
register(Section.MY_REQUESTS, _requests_section)
register(Section.GRANTED, _granted_section)
