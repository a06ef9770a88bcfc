"""The scripted demo tour (`leadvault --demo --screenshots DIR`): sets the demo
workstation up through the real wizard, unlocks as each user, and saves one
PNG per screen. Only ever runs on a demo vault with fictional data."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from desktop.app.ports import DemoControls
from desktop.app.setup_wizard import Step
from desktop.demo.cards import DEMO_UNIT
from desktop.policy import Section
from ui.controller import AppController


class TourFailed(Exception):
    pass


class Tour:
    def __init__(self, controller: AppController, demo: DemoControls, out: Path) -> None:
        self.c = controller
        self.demo = demo
        self.out = out
        self.saved: list[Path] = []
        self.exit_code = 0
        # An instance's processEvents: the static one leaks references (see ui/__init__).
        self._loop = QEventLoop()

    def wait(self, condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TourFailed(f"timed out waiting for {what}")
            self._loop.processEvents()
            time.sleep(0.01)
        self._loop.processEvents()

    def settle(self, seconds: float = 0.3) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self._loop.processEvents()
            time.sleep(0.01)

    def shot(self, name: str) -> None:
        self.settle()
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"{len(self.saved) + 1:02d}-{name}.png"
        if not self.c.window.grab().save(str(path)):
            raise TourFailed(f"could not write {path}")
        self.saved.append(path)

    def run(self) -> None:
        try:
            self._run()
        except Exception:
            traceback.print_exc()
            self.exit_code = 1
        app = QApplication.instance()
        assert app is not None
        app.exit(self.exit_code)

    def _run(self) -> None:
        self.c.window.resize(1100, 720)
        people = self.demo.cards()
        chief, clerk, staff = people[0], people[1], people[2]
        self.wait(lambda: len(self.c.readers_with_cards) == len(people), "the demo cards")
        self._setup(chief.reader, clerk.reader)
        for card in people:
            self.demo.remove(card.reader)
        self.wait(lambda: not self.c.readers_with_cards, "cards out")
        self.shot("locked-no-card")
        self._unlock(clerk.reader, "clerk")
        self.shot("clerk-home")
        session = self.c.session
        assert session is not None
        # The lead the staff member will ask about (the tour's script, not a screen).
        lead = str(session.leads().page(limit=1)[0].number)
        self.demo.remove(clerk.reader)
        self.wait(lambda: self.c.session is None, "lock on card removal")
        self.shot("locked-card-removed")
        self._unlock(chief.reader, "chief")
        self.shot("chief-home")
        ws = self.c.workspace
        assert ws is not None
        ws.open(Section.AUDIT)
        self.shot("chief-audit")
        ws.open(Section.SETTINGS)
        self.shot("chief-settings")
        self.demo.remove(chief.reader)
        self.wait(lambda: self.c.session is None, "lock")
        self._grant_tour(chief.reader, staff.reader, lead)
        print("\n".join(str(p) for p in self.saved))  # noqa: T201 (the tour reports its files)

    def _setup(self, chief_reader: str, clerk_reader: str) -> None:
        view = self.c.wizard_view
        if view is None:
            return
        w = view.wizard
        view.unit_name.setText(DEMO_UNIT.name)
        view.unit_code.setText(DEMO_UNIT.code)
        self.shot("setup-unit")
        view.next()
        view.next()  # the data folder proposed is the demo's
        self.wait(lambda: w.kdf is not None and not view._busy, "calibration", 120)
        view.next()
        for form, reader in ((view.chief_form, chief_reader), (view.clerk_form, clerk_reader)):
            label = next(c.label for c in self.demo.cards() if c.reader == reader)
            password, pin = self.demo.password_and_pin(reader)
            form.name.setText(label)
            form.refresh_readers()
            form.reader.setCurrentText(reader)
            form.read_button.click()
            self.wait(lambda f=form: f.prepare_button.isVisible() or f.card is not None, "card")
            if form.card is None:
                form.prepare_button.click()
                self.wait(lambda f=form: f.card is not None, "card keys", 60)
            form.password.setText(password)
            form.password_again.setText(password)
            form.pin.setText(pin)
            if form is view.clerk_form:
                self.shot("setup-clerk")
            view.next()
            if form is view.chief_form:
                self.wait(lambda: w.step is Step.CLERKS, "clerk step")
        self.wait(lambda: w.step is Step.RECOVERY and not view._busy, "vault creation", 120)
        view.confirm_box.setChecked(True)
        view.next()
        self.wait(lambda: w.step is Step.SUMMARY, "summary")
        self.shot("setup-summary")
        view.next()
        self.wait(lambda: self.c.wizard_view is None, "setup finished")

    def _grant_tour(self, chief: str, staff: str, lead: str) -> None:
        """A viewer asks to see a lead, the chief signs a decision in his inbox, and
        the viewer reads what was granted (DESIGN §6)."""
        from ui.approvals.inbox_view import InboxView
        from ui.grants.granted_view import GrantedView
        from ui.grants.viewer_requests_view import ViewerRequestsView

        self._unlock(staff, "staff")
        self.shot("staff-home")
        ws = self.c.workspace
        assert ws is not None
        ws.open(Section.MY_REQUESTS)
        mine = ws.page(Section.MY_REQUESTS)
        assert isinstance(mine, ViewerRequestsView)
        mine.leads.setText(lead)
        mine.scope["report-texts"].setChecked(True)
        mine.reason.setText("了解案件办理进展")
        mine.hours.setValue(8)
        mine.pin.setText(self.demo.password_and_pin(staff)[1])
        mine.file_button.click()
        self.wait(lambda: mine.table.rowCount() == 1, "the staff member's request")
        self.shot("staff-request")
        self.demo.remove(staff)
        self.wait(lambda: self.c.session is None, "lock")
        self._unlock(chief, "chief-again")
        ws = self.c.workspace
        assert ws is not None
        inbox = ws.page(Section.APPROVALS)
        assert isinstance(inbox, InboxView)
        self.wait(lambda: inbox.table.rowCount() == 1, "the request in the inbox")
        inbox.table.selectRow(0)
        inbox.scope["report-texts"].setChecked(False)  # the case card only
        inbox.hours.setValue(1)
        inbox.reader.setCurrentText(chief)
        inbox.pin.setText(self.demo.password_and_pin(chief)[1])
        self.shot("chief-inbox-decision")
        inbox.approve_button.click()
        self.wait(lambda: inbox.table.rowCount() == 0, "the decision signed")
        self.demo.remove(chief)
        self.wait(lambda: self.c.session is None, "lock")
        self._unlock(staff, "staff-again")
        ws = self.c.workspace
        assert ws is not None
        granted = ws.page(Section.GRANTED)
        assert isinstance(granted, GrantedView)
        self.wait(lambda: granted.table.rowCount() == 1, "the grant")
        granted.pin.setText(self.demo.password_and_pin(staff)[1])
        granted.open_button.click()
        self.wait(lambda: granted.opened is not None, "the grant opened")
        self.shot("staff-granted")
        self.demo.remove(staff)
        self.wait(lambda: self.c.session is None, "lock")

    def _unlock(self, reader: str, who: str) -> None:
        self.demo.insert(reader)
        view = self.c.window.unlock_view
        self.wait(lambda: view.holder is not None and view.holder.reader == reader, "card read")
        self.shot(f"unlock-{who}")
        password, pin = self.demo.password_and_pin(reader)
        view.password.setText(password)
        view.pin.setText(pin)
        view.button.click()
        self.wait(lambda: self.c.session is not None, f"{who} unlocked", 60)
        if self.c.workspace is not None:  # the home section's first page, loaded
            self.wait(lambda: not self.c.session_worker or not self.c.session_worker.busy,
                      f"{who}'s home screen", 60)
