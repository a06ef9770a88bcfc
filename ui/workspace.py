"""What an unlocked user sees: the role's navigation and one page per section.

Built fresh at every unlock and destroyed at every lock, so no content stays
in widgets behind the lock screen."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.app.ports import UnlockedSession
from desktop.domain.roles import Role
from desktop.policy import Action, Section, allowed, home_section
from ui import sections
from ui.bags.scan_bar import SCAN_SHORTCUT, ScanBar
from ui.navigation import Navigation
from ui.sections import DraftableForm, EmptyState
from ui.settings_view import SettingsView
from ui.workers import Worker

if TYPE_CHECKING:
    from ui.backup_reminder import BackupReminder
    from ui.calendar_reminder import CalendarReminder
    from ui.card_swap import CardSwap


def _now() -> datetime:
    return datetime.now(UTC)


# The pages with a scan field, the clerk's and the chief procurator's.
SCAN_SECTIONS = (Section.BAGS, Section.BAGS_AWAITING_UNSEALING)


class Workspace(QWidget):
    language_chosen = Signal(str)
    idle_timeout_chosen = Signal(int)

    def __init__(
        self,
        session: UnlockedSession,
        worker: Worker,
        language: str,
        idle_seconds: int,
        parent: QWidget | None = None,
        card_swap: CardSwap | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.worker = worker  # the session's: every call into the session runs there
        self.user = session.user
        self._language = language
        self._idle_seconds = idle_seconds
        self.card_swap = card_swap  # for the Users page's one-reader enrolment
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.urgent_banner: QWidget | None = None
        # (a stand-in session of the shell's own tests has no leads register)
        if allowed(self.user.role, Action.VIEW_LEAD) and hasattr(session, "leads"):
            from ui.leads.urgent_banner import UrgentBanner  # only for who sees leads

            self.urgent_banner = UrgentBanner(session.leads(), worker)
            outer.addWidget(self.urgent_banner)
        self.backup_reminder: BackupReminder | None = None
        if self.user.role is Role.CLERK and hasattr(session, "backups"):
            from ui.backup_reminder import BackupReminder  # the clerk's home screen line

            self.backup_reminder = BackupReminder(session.backups, worker)
            outer.addWidget(self.backup_reminder)
        self.calendar_reminder: CalendarReminder | None = None
        if self.user.role.holds_vault_keys and hasattr(session, "settings"):
            from ui.calendar_reminder import CalendarReminder  # the keyholders' line

            self.calendar_reminder = CalendarReminder(
                session.settings, worker, allowed(self.user.role, Action.CHANGE_IDLE_TIMEOUT))
            outer.addWidget(self.calendar_reminder)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout, 1)
        self.navigation = Navigation(self.user.role)
        self.pages = QStackedWidget()
        self.pages.setObjectName("sectionPages")
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self._page: dict[Section, QWidget] = {}
        self.settings_view: SettingsView | None = None
        self.current_section: Section | None = None
        self.navigation.section_selected.connect(self.show_section)
        # A label can be scanned from any page: Ctrl+E opens the role's bag page with the
        # cursor in its scan field. On that page the field's own shortcut answers.
        self.scan_shortcut = QShortcut(QKeySequence(SCAN_SHORTCUT), self)
        self.scan_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.scan_shortcut.activated.connect(self.focus_scan)

    def open(self, section: Section | None) -> None:
        """Show ``section`` if this role has it, else the role's home."""
        if section is None or not self.navigation.select(section):
            self.navigation.select(home_section(self.user.role))

    def show_section(self, section: Section) -> None:
        page = self._page.get(section)
        if page is None:
            page = self._build(section)
            self._page[section] = page
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.current_section = section
        # Two shortcuts for one key in a window would be ambiguous and neither would fire.
        self.scan_shortcut.setEnabled(page.findChild(ScanBar) is None)

    def _refresh_calendar_line(self) -> None:
        if self.calendar_reminder is not None:
            self.calendar_reminder.refresh()

    def focus_scan(self) -> None:
        for section in SCAN_SECTIONS:
            if self.navigation.select(section):
                bar = self._page[section].findChild(ScanBar)
                if bar is not None:
                    bar.focus_field()
                return

    def _build(self, section: Section) -> QWidget:
        if section is Section.SETTINGS:
            view = SettingsView(self.user.role, self._language, self._idle_seconds)
            view.language_chosen.connect(self.language_chosen)
            view.idle_timeout_chosen.connect(self.idle_timeout_chosen)
            self.settings_view = view
            # A viewer has no settings in the vault (he cannot open it): language and
            # idle lock only. (The shell's own tests stand a session in without settings.)
            if hasattr(self.session, "settings") and self.user.role.holds_vault_keys:
                from ui.leads.work_settings import WorkSettingsPanel

                panel = WorkSettingsPanel(self.session.settings, self.worker,
                                          allowed(self.user.role, Action.CHANGE_IDLE_TIMEOUT),
                                          _now)
                view.work_settings = panel
                if self.calendar_reminder is not None:
                    panel.year_saved.connect(lambda _year: self._refresh_calendar_line())
                layout = view.layout()
                if layout is not None:
                    layout.insertWidget(layout.count() - 1, panel)
            if allowed(self.user.role, Action.BACKUP) and hasattr(self.session, "backups"):
                self._add_backup_panel(view)
            if self.user.role.holds_vault_keys and hasattr(self.session, "users"):
                from ui.password_panel import PasswordPanel

                password = PasswordPanel(self.session.users, self.worker)
                view.password_panel = password
                layout = view.layout()
                if layout is not None:
                    layout.insertWidget(layout.count() - 1, password)
            # Its panels are taller than a 768-pixel screen: the page scrolls instead of
            # growing the window past the screen.
            scroller = QScrollArea()
            scroller.setObjectName("settingsScroll")
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(view)
            return scroller
        factory = sections.factory_for(section)
        if factory is not None:
            page = factory(self.session, self.worker)
            changed = getattr(page, "leads_changed", None)  # the leads section's signal
            if changed is not None and self.urgent_banner is not None:
                changed.connect(self.urgent_banner.refresh)
            if hasattr(page, "card_swap"):  # the Users page
                page.card_swap = self.card_swap
            return page
        return EmptyState(section)

    def _add_backup_panel(self, view: SettingsView) -> None:
        from ui.backup_panel import BackupPanel

        panel = BackupPanel(self.session.backups, self.worker,
                            allowed(self.user.role, Action.CHANGE_IDLE_TIMEOUT))
        view.backup_panel = panel
        if self.backup_reminder is not None:
            panel.backed_up.connect(self.backup_reminder.refresh)
        layout = view.layout()
        if layout is not None:
            layout.insertWidget(layout.count() - 1, panel)

    def page(self, section: Section) -> QWidget | None:
        """The section's page (inside its scroll area, for Settings)."""
        page = self._page.get(section)
        return page.widget() if isinstance(page, QScrollArea) else page

    def dirty_forms(self) -> list[DraftableForm]:
        return [
            page
            for page in self._page.values()
            if isinstance(page, DraftableForm) and page.is_dirty()
        ]

    def form_for_kind(self, form_kind: str) -> DraftableForm | None:
        for page in self._page.values():
            if isinstance(page, DraftableForm) and page.form_kind == form_kind:
                return page
        return None
