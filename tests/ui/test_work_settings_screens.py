"""The leads settings on the settings page, on the real shell: the chief procurator
sees 2026's holidays from the kept library, sets the days of a year it does not know
(a malformed or duplicate date is refused, nothing changed), sets a deadline the
Provisions leave open and the discipline department, each audited; the clerk reads
them and cannot change them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.printables import ClassificationLevel, ClassificationMark
from desktop.policy import NotPermitted, Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_leads_screens import _audit_actions
from ui.i18n import CHINESE
from ui.leads.work_settings import WorkSettingsPanel


def _panel(qtbot, shell) -> WorkSettingsPanel:  # type: ignore[no-untyped-def]
    ws = shell.controller.workspace
    ws.open(Section.SETTINGS)
    panel = ws.settings_view.work_settings
    assert isinstance(panel, WorkSettingsPanel)
    qtbot.waitUntil(lambda: panel.source.text() != "" and panel.deadlines.rowCount() > 0,
                    timeout=10000)
    return panel


def test_the_chief_sets_the_work_calendar_deadlines_and_department(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    panel = _panel(qtbot, shell)
    panel.year.setValue(2026)
    qtbot.waitUntil(lambda: "2026-10-01" in panel.holidays.toPlainText(), timeout=10000)
    assert "2026-10-10" in panel.workdays.toPlainText()
    assert panel.source.text().startswith("From the kept holiday calendar")
    panel.year.setValue(2031)
    qtbot.waitUntil(lambda: "does not know" in panel.source.text(), timeout=10000)
    assert panel.holidays.toPlainText() == ""
    panel.holidays.setPlainText("2031-01-01\n2031-13-01")
    panel.submit_year()
    qtbot.waitUntil(lambda: panel.message.text() != "", timeout=10000)
    assert panel.message.text() == "Public holidays: Not in the expected form."
    panel.holidays.setPlainText("2031-01-01\n2031-01-01")
    panel.submit_year()
    qtbot.waitUntil(lambda: "twice" in panel.message.text(), timeout=10000)
    assert shell.controller.session.settings().work_year(2031).holidays == ()  # unchanged
    panel.holidays.setPlainText("2031-01-01, 2031-01-02")
    panel.workdays.setPlainText("2031-01-04")
    panel.submit_year()
    qtbot.waitUntil(lambda: "were saved" in panel.message.text(), timeout=10000)
    assert panel.source.text() == "Set by hand for this year."
    work = shell.controller.session.settings().work_year(2031)
    assert work.holidays == (date(2031, 1, 1), date(2031, 1, 2))
    assert work.workdays == (date(2031, 1, 4),)
    codes = [row.code for row in panel.deadline_rows]
    assert "supplement" in codes and "visit-reply" not in codes  # Art 55 fixes 15 days
    row = codes.index("supplement")
    panel.deadlines.cellWidget(row, 1).setValue(10)
    panel.submit_deadlines()
    qtbot.waitUntil(lambda: "deadlines were saved" in panel.message.text(), timeout=10000)
    supplement = next(r for r in panel.deadline_rows if r.code == "supplement")
    assert supplement.amount == 10
    panel.department.setText("本院纪检监察组")
    panel.submit_department()
    qtbot.waitUntil(lambda: "department was saved" in panel.message.text(), timeout=10000)
    assert shell.controller.session.settings().discipline_department() == "本院纪检监察组"
    panel.classification.level.setCurrentIndex(
        panel.classification.level.findData(ClassificationLevel.SECRET))
    panel.classification.years.setValue(10)
    panel.submit_classification()
    qtbot.waitUntil(lambda: "classification was saved" in panel.message.text(), timeout=10000)
    assert shell.controller.session.prints().default_classification() == ClassificationMark(
        ClassificationLevel.SECRET, 10)
    actions = _audit_actions(shell)
    assert actions.count("settings.change") == 4


def test_the_clerk_reads_the_settings_but_cannot_change_them(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    panel = _panel(qtbot, shell)
    assert panel.holidays.isReadOnly() and not panel.save_year.isVisibleTo(panel)
    with pytest.raises(NotPermitted):
        shell.controller.session.settings().set_work_year(2031, "2031-01-01", "")


def test_a_print_is_marked_by_default_as_the_chief_set(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    shell.controller.session.settings().set_print_classification(
        ClassificationMark(ClassificationLevel.TOP_SECRET, 30))
    shell.cards.remove(CHIEF.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    unlock(qtbot, shell, CLERK)
    section = shell.controller.workspace.page(Section.LEADS)
    tab = section.prints_tab
    qtbot.waitUntil(lambda: tab.classification.years.value() == 30, timeout=10000)
    assert tab.classification.mark() == ClassificationMark(ClassificationLevel.TOP_SECRET, 30)


def test_a_year_nobody_has_the_holidays_of_is_said_on_every_keyholders_screen(
        qtbot, make_shell, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a machine the kept library is too old for (it knows no year here), the clerk
    and the chief are told whose deadlines count weekends only; once the chief sets
    the year, the line goes (or names only next year, in December)."""
    from datetime import UTC, datetime

    from desktop.leads import work_calendar as wc
    from desktop.leads.deadlines import CHINA

    monkeypatch.setattr(wc, "library_year", lambda _year: None)
    today = datetime.now(UTC).astimezone(CHINA).date()
    missing = wc.years_to_set(today, frozenset())
    assert missing[0] == today.year
    shell = make_shell(language=CHINESE)
    unlock(qtbot, shell, CLERK)
    line = shell.controller.workspace.calendar_reminder
    assert line is not None
    qtbot.waitUntil(line.isVisible, timeout=10000)
    assert line.years == missing and str(today.year) in line.text()
    assert "尚未设置" in line.text() and "请检察长" in line.text()
    shell.controller.lock("test")
    unlock(qtbot, shell, CHIEF)
    line = shell.controller.workspace.calendar_reminder
    qtbot.waitUntil(line.isVisible, timeout=10000)
    assert "请在“设置”中" in line.text()
    panel = _panel(qtbot, shell)
    panel.year.setValue(today.year)
    panel.holidays.setPlainText(f"{today.year}-01-01")
    panel.workdays.setPlainText("")
    panel.submit_year()
    qtbot.waitUntil(lambda: line.years != missing, timeout=10000)
    assert line.years == missing[1:] and line.isVisible() == bool(missing[1:])
    assert "settings.change" in _audit_actions(shell)
