"""The navigation each role gets, built by the real Workspace. Clerk and chief
are also covered through real unlocks in test_unlock_and_lock.py; the roles the
demo has no card for use a stand-in session here."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop.app.facts import EnrolledUser
from desktop.domain.roles import Role
from desktop.policy import Section, sections_for
from ui import sections
from ui.workers import Worker
from ui.workspace import Workspace


class StandInSession:
    def __init__(self, role: Role) -> None:
        self.user = EnrolledUser("测试", role, "00000000")


@pytest.fixture(autouse=True)
def no_features(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The shell alone: feature screens (leads, bags, …) need a real session."""
    monkeypatch.setattr(sections, "_REGISTRY", {})


@pytest.mark.parametrize("role", list(Role))
def test_each_role_sees_exactly_its_sections(qtbot, role: Role) -> None:
    ws = Workspace(StandInSession(role), Worker("session"), "en", 300)  # type: ignore[arg-type]
    qtbot.addWidget(ws)
    assert ws.navigation.sections() == list(sections_for(role))
    ws.open(None)
    assert ws.current_section is sections_for(role)[0]
    for section in ws.navigation.sections():
        ws.open(section)
        assert ws.current_section is section
        page = ws.page(section)
        if section is Section.SETTINGS:
            assert page is ws.settings_view
            assert ws.settings_view.idle_minutes.isEnabled() is (role is Role.CHIEF)
        else:
            text = page.findChild(QWidget, "emptyStateText").text()
            assert text.endswith("is not available yet in this version.")


def test_a_section_outside_the_role_falls_back_to_home(qtbot) -> None:
    ws = Workspace(StandInSession(Role.DIRECTOR), Worker("session"), "en", 300)  # type: ignore[arg-type]
    qtbot.addWidget(ws)
    ws.open(Section.AUDIT)
    assert ws.current_section is Section.GRANTED
    assert ws.page(Section.AUDIT) is None


def test_a_registered_feature_replaces_the_empty_state(qtbot) -> None:
    class Approvals(QWidget):
        def __init__(self, session: object, _worker: object) -> None:
            super().__init__()
            self.session = session

    sections.register(Section.APPROVALS, Approvals)
    session = StandInSession(Role.CHIEF)
    ws = Workspace(session, Worker("session"), "en", 300)  # type: ignore[arg-type]
    qtbot.addWidget(ws)
    ws.open(None)
    page = ws.page(Section.APPROVALS)
    assert isinstance(page, Approvals) and page.session is session


def test_a_demo_or_production_folder_shows_no_development_banner(qtbot, make_shell) -> None:
    shell = make_shell()
    qtbot.waitUntil(lambda: shell.controller.air_gap.report is not None, timeout=3000)
    assert not shell.window.development_banner.isVisibleTo(shell.window)
    shell.window.show_development(True)
    assert shell.window.development_banner.isVisibleTo(shell.window)
