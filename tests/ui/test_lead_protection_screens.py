"""Supplements, risk, protection and assistance from the lead's screen on the real
shell: each recorded through its dialog, bad input refused with words (a plan without
measures, an assistance step out of order), and the urgent assistance banner shown
above every screen of every keyholder until the police have acted (Art 62)."""

from __future__ import annotations

from desktop.domain.leads import AssistanceStep, RiskLevel
from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_leads_screens import _audit_actions, _open, _section, _settled
from ui.leads.protection_dialogs import (
    AssistanceDialog,
    PlanDialog,
    RiskDialog,
    StepDialog,
    SupplementDialog,
)


def _real_name_lead(section) -> int:  # type: ignore[no-untyped-def]
    leads = section.leads
    return int(next(row.id for row in leads.page(limit=500)
                    if any(r.real_name for r in leads.view(row.id).reports)))


def _submit_ok(qtbot, section, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    _settled(qtbot, section)


def test_supplement_risk_and_protection_plan(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, _real_name_lead(section))
    page = detail.protection
    detail.tabs.setCurrentWidget(page)
    assert not page.received_button.isEnabled()
    page.supplement_button.click()
    assert isinstance(page.dialog, SupplementDialog)
    _submit_ok(qtbot, section, page.dialog)
    assert "awaited" in page.lists["supplements"].item(0).text()
    assert page.received_button.isEnabled()
    page.received_button.click()
    _settled(qtbot, section)
    assert "received" in detail.protection.lists["supplements"].item(0).text()
    page.risk_button.click()
    risk = page.dialog
    assert isinstance(risk, RiskDialog)
    risk.level.setCurrentIndex(risk.level.findData(RiskLevel.HIGH))
    risk.factors.setText("与被举报人同一单位，曾受威胁")
    _submit_ok(qtbot, section, risk)
    assert "High" in page.lists["risks"].item(0).text()
    assert "曾受威胁" in page.lists["risks"].item(0).text()
    page.plan_button.click()
    plan = page.dialog
    assert isinstance(plan, PlanDialog)
    plan.responsible.setText("赵敏")
    plan.submit()  # no measure: refused, nothing recorded
    qtbot.waitUntil(lambda: plan.error.text() != "", timeout=10000)
    assert plan.error.text() == "Measures: Required."
    plan.measures.setPlainText("不公开举报人单位和住址\n定期回访")
    _submit_ok(qtbot, section, plan)
    assert "定期回访" in page.lists["plans"].item(0).text()
    assert "赵敏" in page.lists["plans"].item(0).text()
    actions = _audit_actions(shell)
    for action in ("lead.supplement.request", "lead.supplement.received", "lead.risk",
                   "lead.protection"):
        assert action in actions


def test_urgent_assistance_is_on_every_keyholders_screen_until_handled(
    qtbot, make_shell
) -> None:
    shell, section = _section(qtbot, make_shell)
    banner = shell.controller.workspace.urgent_banner
    assert banner is not None and not banner.isVisibleTo(shell.window)
    lead_id = _real_name_lead(section)
    detail = _open(qtbot, section, lead_id)
    page = detail.protection
    page.assistance_button.click()
    ask = page.dialog
    assert isinstance(ask, AssistanceDialog)
    ask.urgent.setChecked(True)
    ask.summary.setPlainText("举报人称遭人跟踪，请求保护。")
    _submit_ok(qtbot, section, ask)
    number = str(detail.view.card.number)
    qtbot.waitUntil(lambda: banner.isVisibleTo(shell.window), timeout=10000)
    assert number in banner.text() and "URGENT" in banner.text()
    assert "URGENT assistance request" in page.lists["assistance"].item(0).text()
    # The chief procurator, another keyholder, sees it too.
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    unlock(qtbot, shell, CHIEF)
    chief_banner = shell.controller.workspace.urgent_banner
    assert chief_banner is not None
    qtbot.waitUntil(lambda: chief_banner.isVisibleTo(shell.window), timeout=10000)
    assert number in chief_banner.text()
    shell.controller.workspace.open(Section.AUDIT)
    assert chief_banner.isVisibleTo(shell.window)  # above every screen
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    _settled(qtbot, section)
    detail = _open(qtbot, section, lead_id)
    page = detail.protection
    page.step_button.click()
    step = page.dialog
    assert isinstance(step, StepDialog)
    step.step.setCurrentIndex(step.step.findData(AssistanceStep.POLICE_NOTIFIED))
    step.submit()  # the chief has not been told yet: refused, nothing recorded
    qtbot.waitUntil(lambda: step.error.text() != "", timeout=10000)
    assert step.error.text() == ("This step of the assistance needs an earlier step first: "
                                 "Reported to the chief procurator.")
    # On the urgent path judicial police measures come first.
    step.step.setCurrentIndex(step.step.findData(AssistanceStep.JUDICIAL_POLICE_MEASURES))
    _submit_ok(qtbot, section, step)
    banner = shell.controller.workspace.urgent_banner
    assert banner is not None
    qtbot.waitUntil(lambda: not banner.isVisibleTo(shell.window), timeout=10000)
    assert "Judicial police measures taken" in page.lists["assistance"].item(0).text()
    assert "lead.assistance.step" in _audit_actions(shell)
