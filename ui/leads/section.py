"""The clerk's leads section: the register, the overdue view, the dashboard, the
entry form, and one tab per opened lead. The section is the DraftableForm the shell
keeps as an encrypted draft on lock (it delegates to the entry form). Every call into
the session runs on the session's worker; a lead's tab opens when its (audited) view
has been read there."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.app.ports import UnlockedSession
from desktop.domain.leads import LeadId, Report
from desktop.leads.model import Created, LeadView
from desktop.policy import Action, allowed
from ui.leads.dashboard import Dashboard
from ui.leads.entry_form import FORM_KIND, NewLeadForm
from ui.leads.import_view import ImportView
from ui.leads.labels import describe_lead_error
from ui.leads.lead_view import LeadDetail
from ui.leads.list_view import LeadListView
from ui.leads.prints_tab import LeadPrintsTab
from ui.workers import Worker


def _now() -> datetime:
    return datetime.now(UTC)


class LeadsSection(QWidget):
    form_kind = FORM_KIND
    leads_changed = Signal()  # a lead was recorded or changed here: banners read again

    def __init__(self, session: UnlockedSession, worker: Worker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadsSection")
        self.session = session
        self.leads = session.leads()
        role = session.user.role
        self.may_record = allowed(role, Action.RECORD_LEAD)
        self.worker = worker  # the session's: reads and changes alike run there
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leadsTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        layout.addWidget(self.tabs)

        self.register_list = LeadListView(self.leads, worker, _now)
        self.register_list.lead_opened.connect(self.open_lead)
        # Read when its tab is first shown: opening the section lists the register once.
        self.overdue_list = LeadListView(self.leads, worker, _now, overdue_only=True,
                                         load=False)
        self.overdue_list.lead_opened.connect(self.open_lead)
        self.dashboard = Dashboard(self.leads, worker)
        self.form: NewLeadForm | None = None
        self.import_view: ImportView | None = None
        self.tabs.addTab(self.register_list, self.tr("Register"))
        self.tabs.addTab(self.overdue_list, self.tr("Overdue"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.prints_tab: LeadPrintsTab | None = None
        if allowed(role, Action.PRINT):
            self.prints_tab = LeadPrintsTab(session.prints, worker, _now)
            self.tabs.addTab(self.prints_tab, self.tr("Printing"))
        if self.may_record:
            self.form = NewLeadForm(self.leads, self.worker, _now, session.drafts().save,
                                    session.drafts().take)
            self.form.saved.connect(self._saved)
            self.form.repeat_added.connect(self._repeat_added)
            self.tabs.addTab(self.form, self.tr("New lead"))
            self.import_view = ImportView(self.leads, worker)
            self.import_view.imported.connect(lambda _n: self.refresh())
            self.tabs.addTab(self.import_view, self.tr("Import"))
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):  # the fixed tabs cannot be closed
            bar.setTabButton(index, bar.ButtonPosition.RightSide, None)
            bar.setTabButton(index, bar.ButtonPosition.LeftSide, None)
        self.fixed_tabs = self.tabs.count()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.details: dict[LeadId, LeadDetail] = {}
        self._opening: set[LeadId] = set()  # views being read on the worker
        if self.form is not None:
            QTimer.singleShot(0, self._restore_autosaved)

    # -- DraftableForm (the entry form's input survives a lock)
    def is_dirty(self) -> bool:
        return self.form is not None and self.form.is_dirty()

    def draft_state(self) -> bytes:
        return b"" if self.form is None else self.form.draft_state()

    def restore_draft(self, payload: bytes) -> None:
        if self.form is not None and payload:
            self.form.restore_draft(payload)
            self.tabs.setCurrentWidget(self.form)

    def _restore_autosaved(self) -> None:
        """A draft autosaved before the application stopped (not through a lock)."""
        session = self.session
        self.worker.submit(lambda: session.drafts().take(FORM_KIND), self._autosaved,
                           lambda _error: None,  # the session locked meanwhile: nothing
                           owner=self)

    def _autosaved(self, payload: bytes | None) -> None:
        if payload is not None and self.form is not None and not self.form.is_dirty():
            self.restore_draft(payload)

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.overdue_list:
            self.overdue_list.ensure_loaded()

    # -- leads
    def open_lead(self, lead_id: int) -> None:
        """Show the lead's tab; a lead not open yet is read (and its viewing audited)
        on the worker first, and its tab opens when the view arrives."""
        key = LeadId(lead_id)
        detail = self.details.get(key)
        if detail is not None:
            self.tabs.setCurrentWidget(detail)
            return
        if key in self._opening:
            return
        self._opening.add(key)
        self.setCursor(Qt.CursorShape.BusyCursor)  # until the view arrives
        leads = self.leads

        def refused(error: BaseException) -> None:
            self._opened(key)
            self.register_list.message.setText(describe_lead_error(error))

        self.worker.submit(lambda: leads.view(key), self._show_lead, refused, owner=self)

    def _opened(self, key: LeadId) -> None:
        self._opening.discard(key)
        if not self._opening:
            self.unsetCursor()

    def _show_lead(self, view: LeadView) -> None:
        key = view.card.id
        self._opened(key)
        detail = LeadDetail(self.leads, view, self.may_record, self.worker, _now,
                            prints=self.session.prints if self.prints_tab is not None else None)
        detail.changed.connect(self.refresh)
        self.details[key] = detail
        self.tabs.addTab(detail, str(view.card.number))
        self.tabs.setCurrentWidget(detail)

    def close_tab(self, index: int) -> None:
        if index < self.fixed_tabs:
            return
        widget = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if isinstance(widget, LeadDetail):
            widget.release()
            self.details.pop(widget.lead_id, None)
            widget.deleteLater()

    def _saved(self, created: Created) -> None:
        self.refresh()
        self.open_lead(int(created.card.id))

    def _repeat_added(self, report: Report) -> None:
        """The lead that received the repeat report is shown again, re-read."""
        self.refresh()
        detail = self.details.get(report.lead_id)
        if detail is not None:
            detail.reload()
            self.tabs.setCurrentWidget(detail)
        else:
            self.open_lead(int(report.lead_id))

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (lock, another section): attachments shown are closed — their bytes
        leave memory, and QtPdf stops rendering before the widgets are destroyed."""
        for detail in self.details.values():
            detail.clear_viewer()
        super().hideEvent(event)

    def refresh(self) -> None:
        self.leads_changed.emit()
        self.register_list.refresh()
        self.overdue_list.refresh()
        self.dashboard.refresh()
