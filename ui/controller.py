"""The application's states and transitions: setup → locked ⇄ unlocked.

Locks on card removal (the monitor's event), on idle time and on Ctrl+L. A
lock hides everything at once, then — on the session's worker, where every call
into the session runs — saves every dirty form as an encrypted draft and closes
the vault; that worker then stops. Before an unlock, card reading, the unlock
itself and the set-up wizard run on the card worker.
Unlocking by the same user returns to the same section and restores the
drafts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from desktop.app.facts import CardEvent, CardEventKind, CardHolder
from desktop.app.workstation_checks import AirGapReport
from desktop.card.errors import CardInUse, CardRemoved, NoCard, PcscFailure, PinBlocked, WrongPin
from ui.air_gap import AirGapMonitor, InterfaceSource, system_interfaces
from ui.card_bridge import CardBridge
from ui.card_swap import CardSwap
from ui.i18n import Translations, save_language
from ui.idle import IdleWatcher
from ui.integrity_check import IntegrityRunner
from ui.main_window import MainWindow
from ui.no_traces import keep_no_settings, use_qt_dialogs
from ui.workers import Worker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.app.ports import DemoControls, UnlockedSession, WorkstationServices
    from desktop.app.restoring import Restored
    from desktop.policy import Section
    from ui.clipboard import ClipboardGuard
    from ui.recovery_view import RecoveryView
    from ui.restore_view import RestoreView
    from ui.setup_wizard_view import SetupWizardView
    from ui.workspace import Workspace


# What is not needed to draw the first window (air-gap check, clipboard guard,
# card monitor) starts this long after it; nothing can be unlocked before.
BACKGROUND_START_DELAY_MS = 100
# A card pushed in may answer "removed" or "not ready" for a moment while the
# reader powers it: reading it is retried a few times before saying so.
IDENTIFY_ATTEMPTS = 4
IDENTIFY_RETRY_MS = 300
# A card still settling in its reader: identifying it again shortly may succeed.
_SETTLING_ERRORS = (CardRemoved, NoCard, PcscFailure, CardInUse)


class _Resume(NamedTuple):
    """Where a user was when the vault locked (ids and form kinds only)."""

    card_serial: str
    section: Section | None
    draft_kinds: list[str]


class AppController(QObject):
    locked = Signal(str)  # reason: card-removed, idle, manual
    unlocked = Signal()
    unlock_failed = Signal(object)  # the error
    card_identified = Signal(object)  # CardHolder
    setup_finished = Signal()
    restore_finished = Signal()  # a backup is in the data folder (recovery may follow)
    recovery_finished = Signal()  # the workstation key is back, the new code kept
    drafts_restored = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        services: WorkstationServices,
        translations: Translations,
        interfaces: InterfaceSource = system_interfaces,
    ) -> None:
        super().__init__()
        keep_no_settings()  # before any file dialog
        self.app = app
        self.services = services
        self.translations = translations
        self.window = MainWindow(services.demo)
        self.card_worker = Worker("card")  # before an unlock: reading cards, unlocking
        self.session_worker: Worker | None = None  # made at the unlock, stopped at the lock
        self._stopping: list[Worker] = []  # session workers still closing their vault
        self.idle = IdleWatcher(app, self)
        self.air_gap = AirGapMonitor(interfaces, self)
        self.clipboard: ClipboardGuard | None = None  # set up right after the window shows
        self.bridge = CardBridge(services.card_watch(), self)
        self.readers_with_cards: list[str] = []
        self.session: UnlockedSession | None = None
        self.session_reader: str | None = None
        self.workspace: Workspace | None = None
        self.wizard_view: SetupWizardView | None = None
        self.restore_view: RestoreView | None = None  # over the wizard, which stays
        self.recovery_view: RecoveryView | None = None
        self.lock_reason: str | None = None
        self._resume: _Resume | None = None
        self._unlocking = False
        self._closing = False
        self._identifying = 0  # ticket of the newest card read
        self.demo_cards: DemoControls | None = None  # the Demo menu's cards, in demo mode
        self.card_swap = CardSwap(self)  # a second card in this session, one reader
        self.card_swap.failed.connect(lambda: self.lock("card-swap"))
        self.card_swap.finished.connect(self._swap_finished)

        # Delivered on this (GUI) thread by the bridge.
        self.bridge.card_event.connect(self.on_card_event)
        self.idle.timed_out.connect(lambda: self.lock("idle"))
        self.idle.ticked.connect(self.window.status.set_seconds_left)
        self.air_gap.report_changed.connect(self.window.show_air_gap)
        self.air_gap.breach_started.connect(self._audit_breach)
        self.window.lock_requested.connect(lambda: self.lock("manual"))
        self.window.check_requested.connect(self.check_database)
        self.integrity = IntegrityRunner(self.window.status.set_integrity, self)
        self.integrity.failed.connect(self._integrity_failed)
        self.window.quit_requested.connect(lambda: self.quit(ask=True))
        self.window.keep_open = lambda: not self._closing
        self.window.unlock_requested.connect(self.unlock)
        self.window.lock_screen.unlock_requested.connect(self._unlock_present_card)
        self.window.recover_requested.connect(lambda: self.show_recovery())
        self.window.manual_action.triggered.connect(self.show_manual)
        self.window.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.window.about_action.triggered.connect(self.show_about)
        self.help_window: QWidget | None = None  # the Help menu's window now open

    # -- help ---------------------------------------------------------------------

    def show_manual(self) -> None:
        from desktop.domain.roles import Role
        from ui.help_dialogs import ManualDialog

        role = self.session.user.role if self.session is not None else None
        manual = {Role.CHIEF: "chief", Role.CLERK: "clerk", None: "clerk"}.get(role, "viewer")
        self._show_help(ManualDialog(manual, self.translations.language, self.window))

    def show_shortcuts(self) -> None:
        from ui.help_dialogs import ShortcutsDialog

        self._show_help(ShortcutsDialog(self.translations.language, self.window))

    def show_about(self) -> None:
        from ui.help_dialogs import AboutDialog

        facts = self.session.about() if self.session is not None else None
        self._show_help(AboutDialog(facts, self.translations.language, self.window))

    def _show_help(self, window: QWidget) -> None:
        if self.help_window is not None:
            self.help_window.close()
            self.help_window.deleteLater()
        self.help_window = window
        window.show()

    # -- start and stop ---------------------------------------------------------

    def start(self) -> None:
        self.window.show()
        if self.services.vault_exists():
            self._show_locked()
        else:
            self._show_wizard()
        # The air-gap check and the card monitor (pyscard, a polling thread) start
        # right after the window is up: cards already present are reported then.
        QTimer.singleShot(BACKGROUND_START_DELAY_MS, self._start_checks)
        QTimer.singleShot(BACKGROUND_START_DELAY_MS, self._start_cards)

    def _start_checks(self) -> None:
        if self._closing:
            return
        from ui.clipboard import ClipboardGuard
        from ui.feature_scan import skip_everywhere

        skip_everywhere()  # before the unlock and the screens load their modules
        use_qt_dialogs()
        self.window.install_shortcuts()
        self.clipboard = ClipboardGuard(parent=self)
        self.air_gap.start()
        self._show_folder_kind()

    def _show_folder_kind(self) -> None:
        """The development banner, read from the header after the first paint."""
        unit = self.services.unit()
        self.window.show_development(unit is not None and unit.development)

    def _start_cards(self) -> None:
        if not self._closing:
            self.bridge.start()

    def quit(self, exit_app: bool = True, ask: bool = False) -> None:
        """Close everything. ``ask``: the user asked (menu, shortcut, window close);
        with a new recovery code not yet kept he must confirm it first."""
        if self._closing:
            return
        if ask and self.recovery_view is not None and self.recovery_view.holds_unkept_code:
            self.recovery_view.ask_to_quit(lambda: self.quit(exit_app))
            return
        self._closing = True
        if self.wizard_view is not None:
            # Quitting mid-setup: nothing may be left half-made. The card thread
            # finishes any step in progress first, then the staging folder goes.
            self.card_worker.stop()
            self.wizard_view.abandon()
        if self.recovery_view is not None:
            self.card_worker.stop()  # a recovery in progress finishes first
            self.recovery_view.abandon()
        self.lock("quit")
        self.bridge.stop()
        self.air_gap.stop()
        self.idle.detach()
        self.card_worker.stop()
        for worker in self._stopping:  # the vault is closed before the services go
            worker.join()
        self._stopping.clear()
        if self.clipboard is not None:
            self.clipboard.clear_now()
            self.clipboard.detach()
        self.services.close()
        self.window.close()
        if exit_app:
            self.app.quit()

    @property
    def working(self) -> bool:
        """A job of the card worker or of a session's worker (one still closing its
        vault included) has not answered yet."""
        workers = [self.card_worker, self.session_worker, *self._stopping]
        return any(w is not None and w.busy for w in workers)

    # -- setup ---------------------------------------------------------------

    def _show_wizard(self) -> None:
        # Imported on first run only: QtPdf and the print stack stay out of start-up.
        from ui.setup_wizard_view import SetupWizardView

        view = SetupWizardView(
            self.services,
            self.card_worker,
            lambda: list(self.readers_with_cards),
            self.services.data_dir,
        )
        view.finished.connect(self._setup_done)
        view.cancelled.connect(self._setup_cancelled)
        view.restore_requested.connect(self._show_restore)
        self.wizard_view = view
        self.window.show_page(view)

    def _setup_done(self, folder: Path) -> None:
        self.services.use_data_dir(folder)
        save_language(folder, self.translations.language)
        self._drop_wizard()
        self.setup_finished.emit()
        self._show_locked()
        self._show_folder_kind()

    def _setup_cancelled(self) -> None:
        self._drop_wizard()
        self._show_wizard()  # start over: there is nothing to do without a vault

    def _drop_wizard(self) -> None:
        if self.wizard_view is not None:
            self.window.remove_page(self.wizard_view)
            self.wizard_view = None

    # -- restore and recovery --------------------------------------------------

    def _show_restore(self) -> None:
        """From the wizard's first page: a backup instead of a new vault."""
        from ui.restore_view import RestoreView

        view = RestoreView(self.services.restoring(), self.card_worker)
        view.restored.connect(self._restore_done)
        view.cancelled.connect(self._restore_cancelled)
        self.restore_view = view
        self.window.show_page(view)

    def _drop_restore(self) -> None:
        if self.restore_view is not None:
            self.window.remove_page(self.restore_view)
            self.restore_view = None

    def _restore_cancelled(self) -> None:
        self._drop_restore()
        if self.wizard_view is not None:
            self.window.show_page(self.wizard_view)

    def _restore_done(self, restored: Restored) -> None:
        self.services.use_data_dir(restored.data_dir)
        save_language(restored.data_dir, self.translations.language)
        self._drop_restore()
        self._drop_wizard()
        self.restore_finished.emit()
        self._show_folder_kind()
        if restored.needs_recovery:
            self.show_recovery(after_restore=True)
        else:
            self._show_locked()
            self._unlock_present_card()

    def show_recovery(self, after_restore: bool = False) -> None:
        """The recovery code's page (after a restore onto a computer without the
        workstation key, or when an unlock found none)."""
        from ui.recovery_view import RecoveryView

        if self.recovery_view is not None or self.session is not None or self._unlocking:
            return
        view = RecoveryView(self.services, self.card_worker, after_restore=after_restore)
        view.finished.connect(self._recovery_done)
        view.cancelled.connect(self._recovery_closed)
        self.recovery_view = view
        self.window.show_page(view)

    def _recovery_done(self) -> None:
        self._recovery_closed()
        self.recovery_finished.emit()

    def _recovery_closed(self) -> None:
        if self.recovery_view is not None:
            self.window.remove_page(self.recovery_view)
            self.recovery_view = None
        self._show_locked()
        self._unlock_present_card()

    # -- cards -----------------------------------------------------------------

    @Slot(object)
    def on_card_event(self, event: CardEvent) -> None:
        if self._closing:
            return
        if event.kind is CardEventKind.INSERTED:
            if event.reader not in self.readers_with_cards:
                self.readers_with_cards.append(event.reader)
        elif event.reader in self.readers_with_cards:
            self.readers_with_cards.remove(event.reader)
        self.window.status.set_card_present(bool(self.readers_with_cards))
        if self.wizard_view is not None:
            self.wizard_view.readers_changed()
            return
        if self.recovery_view is not None:
            return  # the code is being typed: the unlock form waits for its end
        if self.session is not None and self.card_swap.active:
            self.card_swap.card_event.emit(event)  # the swap's screen follows the cards
            return
        if event.kind is CardEventKind.REMOVED:
            if self.session is not None and event.reader == self.session_reader:
                self.lock("card-removed")
            elif self.session is None:
                holder = self.window.unlock_view.holder if self.window.has_unlock_view else None
                if holder is None or holder.reader == event.reader:
                    self._identifying += 1  # a read in flight is about a card now gone
                    self._show_locked()
                    if self.readers_with_cards:  # another reader still holds a card
                        self.identify(self.readers_with_cards[-1])
        elif self.session is None and not self._unlocking:
            self.identify(event.reader)

    def _swap_finished(self) -> None:
        # The flow read the session's card back; a reader left empty still locks.
        if self.session is not None and self.session_reader not in self.readers_with_cards:
            self.lock("card-removed")

    def _unlock_present_card(self) -> None:
        if self.readers_with_cards:
            self.identify(self.readers_with_cards[-1])

    def identify(self, reader: str, attempt: int = 1) -> None:
        """Read the card in ``reader`` for the unlock form. Only the newest request
        counts; a card that is still settling (just pushed in) is read again."""
        self._identifying = self._identifying + 1
        ticket = self._identifying
        view = self.window.unlock_view
        view.show_reading()
        self.window.show_page(view)
        self.card_worker.submit(
            lambda: self.services.identify_card(reader),
            lambda holder: self._identified(ticket, holder),
            lambda error: self._identify_failed(ticket, reader, attempt, error),
        )

    def _identified(self, ticket: int, holder: CardHolder) -> None:
        if ticket != self._identifying or self.session is not None:
            return  # a newer card event has taken over
        if holder.reader not in self.readers_with_cards:
            self._show_locked()
            return
        self.window.unlock_view.show_holder(holder)
        self.card_identified.emit(holder)

    def _identify_failed(
        self, ticket: int, reader: str, attempt: int, error: BaseException
    ) -> None:
        if ticket != self._identifying or self.session is not None or self._closing:
            return
        settling = isinstance(error, _SETTLING_ERRORS)
        if settling and attempt < IDENTIFY_ATTEMPTS and reader in self.readers_with_cards:
            QTimer.singleShot(
                IDENTIFY_RETRY_MS,
                lambda: self._retry_identify(ticket, reader, attempt + 1),
            )
            return
        if reader not in self.readers_with_cards:
            self._show_locked()
            return
        self.window.unlock_view.show_holder(None)
        self.window.unlock_view.show_error(describe_error(error))

    def _retry_identify(self, ticket: int, reader: str, attempt: int) -> None:
        if ticket == self._identifying and self.session is None and not self._closing:
            self.identify(reader, attempt)

    # -- unlock ------------------------------------------------------------------

    def unlock(self, reader: str, password: str, pin: str) -> None:
        if self._unlocking or self.session is not None:
            return
        self._unlocking = True
        view = self.window.unlock_view
        view.show_busy(True)

        progress = self.card_worker.progress(view.show_progress)
        accept = view.accept_restored.isVisible() and view.accept_restored.isChecked()

        def work() -> tuple[UnlockedSession, int]:
            session = self.services.unlock(reader, password, pin, progress,
                                           accept_restored=accept)
            return session, session.settings().idle_timeout_seconds()

        self.card_worker.submit(work, self._unlocked, self._unlock_error)
        self.session_reader = reader

    def _unlocked(self, result: tuple[UnlockedSession, int]) -> None:
        self._unlocking = False
        session, idle_seconds = result
        view = self.window.unlock_view
        view.show_busy(False)
        view.clear_secrets()
        self.session = session
        self._stopping = [w for w in self._stopping if w.running or w.busy]
        self.session_worker = Worker("session")
        if self.session_reader not in self.readers_with_cards:
            self.lock("card-removed")  # pulled out while the keys were being derived
            return
        self.card_swap.reader = self.session_reader
        workspace = self._new_workspace(session, idle_seconds)
        self.workspace = workspace
        self.window.show_page(workspace)
        self.window.status.set_user(session.user)
        self._count_requests(session)
        resume, self._resume = self._resume, None
        same_user = resume is not None and resume.card_serial == session.user.card_serial
        workspace.open(resume.section if resume and same_user else None)
        self.idle.start(idle_seconds)
        if resume and same_user and resume.draft_kinds:
            self._restore_drafts(resume.draft_kinds)
        self.check_database()  # after the first screen's own jobs
        self.unlocked.emit()

    def check_database(self) -> None:
        """The whole-file check, a slice per job on the session's worker (after each
        unlock, and on demand); a problem locks the vault."""
        session, worker = self.session, self.session_worker
        # A viewer opens no database: there is nothing of his to check.
        if session is not None and worker is not None and session.user.role.holds_vault_keys:
            self.integrity.start(session, worker)

    def _integrity_failed(self, error: BaseException) -> None:
        from desktop.domain.storage import DatabaseCorrupt as StorageCorrupt
        from desktop.vault.errors import DatabaseCorrupt

        if isinstance(error, (DatabaseCorrupt, StorageCorrupt)):
            self.lock("damaged")
        else:
            self._background_error(error)

    def _count_requests(self, session: UnlockedSession) -> None:
        """The status bar's counts (no content): waiting for the chief, or decided."""
        from desktop.domain.roles import Role

        chief = session.user.role is Role.CHIEF
        if self.session_worker is None:
            return
        state = "pending" if chief else "decided"
        self.session_worker.submit(
            lambda: len(session.approvals().listed(state)),
            lambda count: self.window.status.set_approvals(chief, count),
            lambda _error: None,  # a count is a courtesy: the inbox says what went wrong
            owner=self.window,
        )

    def _unlock_error(self, error: BaseException) -> None:
        self._unlocking = False
        self.session_reader = None
        view = self.window.unlock_view
        view.show_busy(False)
        view.show_error(describe_error(error))
        view.pin.clear()
        remaining = getattr(error, "remaining", None)
        if isinstance(error, WrongPin) and isinstance(remaining, int):
            view.show_tries(remaining)
        elif isinstance(error, PinBlocked):
            view.show_tries(0)
            view.show_busy(False)
            view.button.setEnabled(False)
        elif _rolled_back(error):
            view.offer_restore_acceptance()
        elif _secret_missing(error):
            view.offer_recovery()
        self.unlock_failed.emit(error)

    def _restore_drafts(self, kinds: list[str]) -> None:
        session, worker = self.session, self.session_worker
        assert session is not None and worker is not None

        def take() -> list[tuple[str, bytes]]:
            found = []
            for kind in kinds:
                payload = session.drafts().take(kind)
                if payload is not None:
                    found.append((kind, payload))
            return found

        def restore(found: list[tuple[str, bytes]]) -> None:
            if self.workspace is None or self.session is not session:
                return
            for kind, payload in found:
                form = self.workspace.form_for_kind(kind)
                if form is not None:
                    form.restore_draft(payload)
            self.drafts_restored.emit()

        worker.submit(take, restore, self._background_error)

    # -- lock ------------------------------------------------------------------

    def lock(self, reason: str) -> None:
        session, workspace, worker = self.session, self.workspace, self.session_worker
        if session is None or worker is None:
            return
        self.card_swap.session_ended()  # a swap's screen goes, and what it held
        # First hide everything, at once, on this thread.
        drafts: list[tuple[str, bytes]] = []
        section: Section | None = None
        if workspace is not None:
            drafts = [(f.form_kind, f.draft_state()) for f in workspace.dirty_forms()]
            section = workspace.current_section
            self.window.remove_page(workspace)
        self.session = None
        self.workspace = None
        self.session_worker = None
        self.integrity.stop()
        self.idle.stop()
        self.window.status.set_user(None)
        self._resume = _Resume(session.user.card_serial, section, [k for k, _ in drafts])
        self.lock_reason = reason
        self._show_locked(reason)

        def close() -> None:
            try:
                for kind, payload in drafts:
                    session.drafts().save(kind, payload)
            finally:
                session.lock(None if reason == "quit" else reason)  # the lock is audited

        worker.submit(close, lambda _none: None, self._background_error)
        worker.stop(wait=False)  # the GUI does not wait for the vault to close
        self._stopping.append(worker)
        self.locked.emit(reason)

    def _show_locked(self, reason: str | None = None) -> None:
        present = bool(self.readers_with_cards)
        self.window.lock_screen.show_reason(reason, card_present=present)
        if self.window.has_unlock_view:  # not made yet: nothing to clear
            self.window.unlock_view.show_holder(None)
        self.window.show_page(self.window.lock_screen)

    # -- settings, audit -----------------------------------------------------------

    def _new_workspace(self, session: UnlockedSession, idle_seconds: int) -> Workspace:
        from ui.workspace import Workspace  # loaded at the first unlock, not at start-up

        assert self.session_worker is not None  # made with the session
        workspace = Workspace(
            session, self.session_worker, self.translations.language, idle_seconds,
            card_swap=self.card_swap,
        )
        workspace.language_chosen.connect(self.set_language)
        workspace.idle_timeout_chosen.connect(self.set_idle_timeout)
        return workspace

    def set_language(self, language: str) -> None:
        if language == self.translations.language:
            return
        self.translations.install(language)
        save_language(self.services.data_dir, language)
        self.window.retranslate()
        self.window.lock_screen.show_reason(self.lock_reason, bool(self.readers_with_cards))
        # Rebuild the workspace in the new language, keeping what was typed.
        if self.session is not None and self.workspace is not None:
            old = self.workspace
            kept = [(f.form_kind, f.draft_state()) for f in old.dirty_forms()]
            section = old.current_section
            idle_seconds = int(self.idle.timeout_seconds)
            self.window.remove_page(old)
            workspace = self._new_workspace(self.session, idle_seconds)
            self.workspace = workspace
            self.window.show_page(workspace)
            workspace.open(section)
            for kind, payload in kept:
                form = workspace.form_for_kind(kind)
                if form is not None:
                    form.restore_draft(payload)

    def set_idle_timeout(self, seconds: int) -> None:
        session, worker = self.session, self.session_worker
        if session is None or worker is None:
            return

        def saved(_none: object) -> None:
            if self.session is session:
                self.idle.start(seconds)
                if self.workspace is not None and self.workspace.settings_view is not None:
                    self.workspace.settings_view.status.setText(self.tr("Saved."))

        def refused(error: BaseException) -> None:
            if self.workspace is not None and self.workspace.settings_view is not None:
                self.workspace.settings_view.status.setText(describe_error(error))

        worker.submit(lambda: session.settings().set_idle_timeout_seconds(seconds), saved, refused)

    def _audit_breach(self, report: AirGapReport) -> None:
        interfaces = report.offending
        session, worker = self.session, self.session_worker
        if session is None or worker is None:
            self.services.air_gap_breach(interfaces)  # audited at the next unlock
            return
        worker.submit(
            lambda: session.air_gap_breach(interfaces),
            lambda _none: None,
            self._background_error,
        )

    def _background_error(self, error: BaseException) -> None:
        self.window.statusBar().showMessage(describe_error(error), 10000)


def _rolled_back(error: BaseException) -> bool:
    """A folder older than the card remembers (imported here, at the first refusal:
    the vault's modules stay out of the start-up path)."""
    from desktop.vault.errors import FolderRolledBack

    return isinstance(error, FolderRolledBack)


def _secret_missing(error: BaseException) -> bool:
    """This computer's key store lacks the workstation key: the recovery code helps."""
    from desktop.vault.errors import MachineSecretMissing

    return isinstance(error, MachineSecretMissing)


def describe_error(error: BaseException) -> str:
    """ui.messages' words for an error, loaded at the first error, not at start-up."""
    from ui.messages import describe_error as describe

    return describe(error)
