"""The audit view over a long chain (issue 13): filters by time, user, action and
subject; keyset paging down to the first of 100,000 records; a printed extract read
back; an export refused without the chief's approval (and the refusal audited)."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime

from desktop.policy import Section
from tests.ui.audit_support import fill_audit
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.audit_view import AuditView


def _column(view: AuditView, column: int) -> list[str]:
    return [view.model.text(r, column) for r in range(view.model.rowCount())]


def _filled(qtbot, make_shell, count: int):  # type: ignore[no-untyped-def]
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    session = shell.controller.session
    people = dict((name, actor) for actor, name in session.audit().people())
    actors = (people[CHIEF.name], people[CLERK.name], "system")
    done: list[object] = []
    shell.controller.session_worker.submit(
        lambda: fill_audit(session.vault_session, count, actors,
                           datetime(2026, 6, 1, tzinfo=UTC)),
        done.append, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    assert done == [None]
    ws = shell.controller.workspace
    ws.open(Section.AUDIT)
    view = ws.page(Section.AUDIT)
    assert isinstance(view, AuditView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: view.filters.user.count() > 2, timeout=10_000)
    return shell, view


def _shown(qtbot, view: AuditView, act) -> None:  # type: ignore[no-untyped-def]
    before = view._page
    act()
    qtbot.waitUntil(lambda: view._page is not before, timeout=20_000)


def test_the_filters_select_by_user_action_subject_and_time(qtbot, make_shell) -> None:
    _, view = _filled(qtbot, make_shell, 3000)
    f = view.filters
    f.user.setCurrentIndex(f.user.findText(CLERK.name))
    _shown(qtbot, view, f.apply_button.click)
    assert view.model.rowCount() == 200 and set(_column(view, 2)) == {CLERK.name}
    f.action.setCurrentIndex(f.action.findData("lead.create"))
    _shown(qtbot, view, f.apply_button.click)
    # every 15th record is the clerk's lead.create (3 actors, 5 actions): 200 of 3000
    assert set(_column(view, 3)) == {"lead recorded"} and set(_column(view, 2)) == {CLERK.name}
    assert view.model.rowCount() == 200 and not view.older_button.isEnabled()
    f.subject.setText("lead:5")
    _shown(qtbot, view, f.apply_button.click)
    assert view.model.rowCount() > 0 and set(_column(view, 4)) == {"Lead 5"}
    # a time range, chosen in local time: 2026-06-01 00:10:00Z to 00:20:00Z
    f.clear_button.click()
    qtbot.waitUntil(lambda: view._where.actor == "", timeout=10_000)
    f.since_on.setChecked(True)
    f.until_on.setChecked(True)
    start = datetime(2026, 6, 1, 0, 10, tzinfo=UTC)
    f.since.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
    f.until.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp()) + 600))
    _shown(qtbot, view, f.apply_button.click)
    local = start.astimezone()

    def at(seconds: int) -> str:
        return f"{local + timedelta(seconds=seconds):%Y-%m-%d %H:%M:%S}"

    # 600 records, one a second: newest page first, then older ones back to the start
    times = _column(view, 1)
    assert len(times) == 200 and (max(times), min(times)) == (at(599), at(400))
    _shown(qtbot, view, view.older_button.click)
    _shown(qtbot, view, view.older_button.click)
    times = _column(view, 1)
    assert (max(times), min(times)) == (at(199), at(0)) and not view.older_button.isEnabled()


def test_paging_reaches_the_first_of_100000_records(qtbot, make_shell) -> None:
    _, view = _filled(qtbot, make_shell, 100_000)
    seqs = [int(s) for s in _column(view, 0)]
    assert len(seqs) == 200 and seqs[0] > 100_000 and view.older_button.isEnabled()
    assert not view.newer_button.isEnabled()
    _shown(qtbot, view, view.older_button.click)
    assert int(_column(view, 0)[0]) == seqs[-1] - 1
    began = time.perf_counter()
    _shown(qtbot, view, view.oldest_button.click)
    assert time.perf_counter() - began < 5
    assert _column(view, 0)[-1] == "1" and _column(view, 3)[-1] == "vault created"
    assert not view.older_button.isEnabled() and view.newer_button.isEnabled()
    _shown(qtbot, view, view.newer_button.click)
    assert int(_column(view, 0)[-1]) == 201
    # a user's records, paged the same way to her first one
    view.filters.user.setCurrentIndex(view.filters.user.findText(CLERK.name))
    _shown(qtbot, view, view.filters.apply_button.click)
    _shown(qtbot, view, view.oldest_button.click)
    assert set(_column(view, 2)) == {CLERK.name} and not view.older_button.isEnabled()


def test_an_extract_is_printed_with_the_head_and_last_checkpoint(qtbot, make_shell) -> None:
    from pypdf import PdfReader

    _, view = _filled(qtbot, make_shell, 600)
    f = view.filters
    f.user.setCurrentIndex(f.user.findText(CLERK.name))
    _shown(qtbot, view, f.apply_button.click)
    view.print_button.click()
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=20_000)
    dialog = view.dialog
    assert dialog is not None
    try:
        assert dialog.preview.page_count >= 2
        pdf = bytes(dialog.preview._buffer.data().data())  # type: ignore[union-attr]
    finally:
        dialog.close()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "审计日志摘录" in text and f"操作人：{CLERK.name}（共 200 条）" in text
    head = view._session.audit().tail(1)[0].seq - 1  # before the extract's own record
    assert f"审计链头\n{head}:" in text
    last = view.checkpoints._last
    assert last is not None
    assert f"第 {last.number} 号（审计记录 {last.record_seq}）" in text
    assert text.count(CLERK.name) >= 200
    # the printing itself is in the trail
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert any(e.action == "audit.extract" for e in view._session.audit().tail(3))


def test_export_is_refused_without_approval(qtbot, make_shell, tmp_path: Path) -> None:
    _, view = _filled(qtbot, make_shell, 10)
    target = tmp_path / "extract.pdf"
    view.choose_file = lambda: str(target)
    view.export_button.click()
    qtbot.waitUntil(lambda: "approval" in view.result.text(), timeout=20_000)
    assert "no valid one" in view.result.text()
    assert not target.exists()
    newest = view._session.audit().tail(2)
    assert newest[0].action == "approval.refused"
    assert "export-audit-extract" in newest[0].details
    assert newest[0].subject == "audit:all"
