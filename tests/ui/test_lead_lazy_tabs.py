"""The lead's screen builds only its case card on open; each other tab is made when
first shown (or its widgets first asked for) and then shows what the lead holds, the
same tabs in the same order, refilled when the lead is read again."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QPlainTextEdit, QTableWidget

from desktop.domain.leads import LeadId
from tests.ui.test_leads_screens import _open, _section, _settled
from ui.leads.lead_view import LeadDetail

TITLES = ["Case card", "Reports", "Deadlines and routing", "Replies",
          "Protection and assistance", "Attachments", "Informant identity"]


def _made(detail: LeadDetail, name: str) -> bool:
    return detail.tabs.findChild(QListWidget, name) is not None


def test_only_the_case_card_is_built_on_open_and_a_tab_is_made_when_shown(
        qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    tabs = detail.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    assert tabs.currentIndex() == 0
    assert not any(_made(detail, name) for name in ("timeline", "routing", "replies",
                                                      "attachments"))
    assert tabs.findChild(QTableWidget, "deadlines") is None

    tabs.setCurrentIndex(1)  # the user clicks "Reports"
    assert tabs.currentIndex() == 1 and tabs.count() == len(TITLES)
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    page = tabs.currentWidget()
    timeline = page.findChild(QListWidget, "timeline")
    assert timeline is detail.timeline and page.isVisible()
    assert timeline.count() == len(detail.view.reports) == 1
    assert "Letter" in timeline.item(0).text() and timeline.currentRow() == 0
    text = page.findChild(QPlainTextEdit, "reportText")
    assert text is not None and "道路工程" in text.toPlainText()

    tabs.setCurrentIndex(2)
    deadlines = tabs.currentWidget().findChild(QTableWidget, "deadlines")
    assert deadlines is not None and deadlines.rowCount() == len(detail.view.deadlines)
    tabs.setCurrentIndex(5)
    listing = tabs.currentWidget().findChild(QListWidget, "attachments")
    assert listing is not None and listing.count() == len(detail.view.attachments) == 2
    assert not _made(detail, "replies")  # never shown, never made


def test_a_tab_made_later_shows_the_lead_as_read_again(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    lead_id = int(section.register_list.model.row_at(0).id)
    detail = _open(qtbot, section, lead_id)
    assert not _made(detail, "attachments")
    detail.attach_bytes("补充说明.txt", "补充材料".encode())
    _settled(qtbot, section)  # attached, then the lead read again
    qtbot.waitUntil(lambda: len(detail.view.attachments) == 3, timeout=10000)
    assert not _made(detail, "attachments")
    detail.tabs.setCurrentIndex(TITLES.index("Attachments"))
    names = [detail.attachments.item(i).text() for i in range(detail.attachments.count())]
    assert len(names) == 3 and any(n.startswith("补充说明.txt") for n in names)
    # a tab already made is filled again when the lead is read again
    detail.attach_bytes("再补充.txt", "再补充".encode())
    _settled(qtbot, section)
    qtbot.waitUntil(lambda: detail.attachments.count() == 4, timeout=10000)


def test_closing_and_hiding_a_lead_makes_no_tab(qtbot, make_shell) -> None:
    _shell, section = _section(qtbot, make_shell)
    detail = _open(qtbot, section, int(section.register_list.model.row_at(0).id))
    assert not detail.identity_open
    section.hide()  # the section hidden: attachments shown are closed
    section.show()
    detail.release()
    assert not _made(detail, "attachments") and detail.identity_fields == []
    assert section.details[LeadId(detail.lead_id)] is detail
