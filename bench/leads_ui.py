"""The lead list screen at scale (issue 5): 100,000 leads and 200,000 report events.

- list: opening the register (ui.leads.list_view.LeadListView over LeadService, a real
  QTableView offscreen, its pages read on a session worker and inserted when they
  arrive, the event loop waiting for them as the application's does) and going to the
  end, against the same keyset SQL through the bare driver in pages of 200 (target ≤ 1.2, issue 14).
  Two ways to the end: the End key (the rest fetched at once, one repaint) and
  scrolling down again and again (the view asks the lazily fetching model for the next
  page each time it reaches the bottom; pages grow with what is loaded, up to 10,000
  rows, and each step repaints);
- memory: resident memory with the list open (first page) and after scrolling to the
  end (all 100,000 rows held) above the empty application window (target ≤ 150 MB);
- one lead (issue 12): opening a lead with 50 report events and 20 attachments
  (LeadService.view, audited, and the lead's screen ui.leads.lead_view.LeadDetail built
  and shown) against the queries that read it through the bare driver (target ≤ 2),
  with its parts (read, case card built, first paint); the screen builds only the tab
  it shows, so the first showing of its Reports and Attachments tabs is reported too
  (their contents are checked outside the timing).

The database is built first; the measurements run in a fresh process so the memory
figures hold only the application, not the generator.

    .venv/bin/python -m bench.leads_ui [--leads 100000] [--reports 200000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

KEY_VARIABLE = "LEADVAULT_BENCH_DB_KEY"  # the throw-away database key (never in argv)
PAGE = 200
BIG_LEAD_REPORTS = 50
BIG_LEAD_ATTACHMENTS = 20


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def build(folder: Path, leads: int, reports: int) -> tuple[Path, bytes, float]:
    from bench.leads import _Clock, _generate
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog
    from desktop.domain.roles import Role
    from desktop.leads.service import LeadService

    key = os.urandom(32)
    path = folder / "vault.db"
    store = SqlCipherStoreFactory(_Clock(), AuditLog).create(path, key)
    try:
        with store.transaction() as tx:
            user = tx.users.add("李娟", Role.CLERK, datetime.now(UTC))
        service = LeadService(store, _Clock(), user, os.urandom(32))
        start = time.perf_counter()
        _generate(service, store, leads, reports, random.Random(20260630))
        generated = time.perf_counter() - start
        _big_lead(service)
        store.database.checkpoint()
    finally:
        store.close()
    return path, key, generated


def _big_lead(service: object) -> None:
    """A lead with BIG_LEAD_REPORTS report events and BIG_LEAD_ATTACHMENTS attachments
    (the newest lead of the register)."""
    from datetime import timedelta

    from bench.leads import NOW
    from desktop.domain.leads import Channel, CrimeCategory, NewReport, ReportedPerson
    from desktop.leads.model import NewLead
    from desktop.leads.service import LeadService

    assert isinstance(service, LeadService)
    first = NOW - timedelta(days=BIG_LEAD_REPORTS + 1)
    created = service.create(NewLead(
        CrimeCategory.EMBEZZLEMENT_BRIBERY, (ReportedPerson("张三", "某市建设局", "局长"),),
        NewReport(Channel.PHONE, first, "来电反映张三收受工程款。" * 20)))
    for day in range(1, BIG_LEAD_REPORTS):
        service.add_report(created.card.id, NewReport(
            Channel.LETTER if day % 2 else Channel.PHONE, first + timedelta(days=day),
            f"第 {day} 次反映同一问题。" * 30, postmark_illegible_reason="邮戳模糊"
            if day % 2 else ""), new_content=day % 5 == 0)
    for number in range(BIG_LEAD_ATTACHMENTS):
        pdf = (b"%PDF-1.4\n1 0 obj<<>>endobj\n% " + str(number).encode() * 2000
               + b"\ntrailer<<>>\n%%EOF\n")
        service.attach(created.card.id, f"材料{number:02d}.pdf", pdf)


def measure(path: Path, key: bytes, repeat: int) -> dict[str, float]:
    """In a fresh process: the empty window, then the list opened and scrolled."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.leads import _Clock
    from db.repositories.lead_lists import ROW_COLUMNS
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog
    from desktop.leads.service import LeadService
    from ui.fonts import install_fonts
    from ui.leads.list_view import LeadListView
    from ui.workers import Worker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_fonts(app)
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    app.processEvents()
    store = SqlCipherStoreFactory(_Clock(), AuditLog).open(path, key)
    with store.reading() as tx:
        user = tx.users.list()[0]
        leads = tx.leads.count()
    service = LeadService(store, _Clock(), user, None)
    worker = Worker("session")  # the list's reads run there, as in the application
    db = store.database
    app.processEvents()
    empty_mb = _rss_mb()

    views: list[LeadListView] = []

    def arrived(view: LeadListView) -> None:
        """The event loop runs (asleep, as the application's) until the rows are in."""
        model = view.model
        loop = QEventLoop()
        for signal in (model.loaded, model.fetched, model.failed):
            signal.connect(loop.quit)
        while model.loading:
            loop.exec()
        for signal in (model.loaded, model.fetched, model.failed):
            signal.disconnect(loop.quit)

    def open_list() -> LeadListView:
        view = LeadListView(service, worker, lambda: datetime.now(UTC))
        window.setCentralWidget(view)  # the previous list is deleted with its rows
        app.processEvents()
        arrived(view)
        app.processEvents()  # the repaint of what arrived
        return view

    def scroll_to_end(view: LeadListView) -> int:
        model = view.model
        while model.canFetchMore():
            view.table.scrollToBottom()  # the view asks for the next page at the bottom
            app.processEvents()  # (and repaints what arrived before)
            arrived(view)
        app.processEvents()
        return model.rowCount()

    def ui_run() -> None:
        view = open_list()
        rows = scroll_to_end(view)
        assert rows == leads, (rows, leads)
        views[:] = [view]

    def ui_end_key() -> None:
        view = open_list()
        QTest.keyClick(view.table, Qt.Key.Key_End)
        arrived(view)
        app.processEvents()
        assert view.model.rowCount() == leads
        views[:] = [view]

    # The very query of the list (its columns as db.repositories.lead_lists selects them).
    sql = f"SELECT {ROW_COLUMNS} FROM leads WHERE id < ? ORDER BY id DESC LIMIT ?"

    def raw_run() -> None:
        rows = db.execute(sql, (2**62, PAGE))
        count = len(rows)
        while rows:
            rows = db.execute(sql, (rows[-1][0], PAGE))
            count += len(rows)
        assert count == leads

    # One lead: the newest, with its many report events and attachments.
    from db.repositories.lead_cards import _CARD_COLUMNS
    from db.repositories.lead_reports import _REPORT_COLUMNS
    from ui.leads.lead_view import LeadDetail

    big = service.page(limit=1)[0].id
    lead_sql = (
        (f"SELECT {_CARD_COLUMNS} FROM leads WHERE id = ?", 1),
        ("SELECT name, unit, post, rank, region FROM lead_reported_persons"
         " WHERE lead_id = ? ORDER BY position", 1),
        (f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE lead_id = ?"
         " ORDER BY received_at, id", 1),
        ("SELECT id, lead_id, report_id, file_name, media_type, size, sha256, added_by,"
         " added_at FROM lead_attachments WHERE lead_id = ? ORDER BY id", 1),
        ("SELECT lead_id, decision, target, filing_level, reason, decided_by, decided_at"
         " FROM lead_routing WHERE lead_id = ? ORDER BY id", 1),
        ("SELECT * FROM lead_replies WHERE lead_id = ? ORDER BY id", 1),
        ("SELECT * FROM lead_risk_assessments WHERE lead_id = ? ORDER BY id", 1),
        ("SELECT * FROM lead_protection_plans WHERE lead_id = ? ORDER BY id", 1),
        ("SELECT * FROM lead_assistance_requests WHERE lead_id = ? ORDER BY urgent DESC, id",
         1),
        ("SELECT lead_id, rule, subject, starts_at, due_at, met_at FROM lead_deadlines"
         " WHERE lead_id = ? ORDER BY due_at, id", 1),
        ("SELECT * FROM lead_card_changes WHERE lead_id = ? ORDER BY version", 1),
    )

    def raw_lead() -> None:
        found = [db.execute(sql, (big,)) for sql, _n in lead_sql]
        assert len(found[2]) == BIG_LEAD_REPORTS and len(found[3]) == BIG_LEAD_ATTACHMENTS

    def raw_audited_lead() -> None:
        """The exact floor of opening a lead: the same reads, and the one audit record
        the rules require of a view (DESIGN §7), appended on the bare driver."""
        from desktop.audit.canonical import build_record, format_time

        raw_lead()
        with db.transaction():
            seq, prev = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
            r = build_record(int(seq) + 1, format_time(datetime.now(UTC)), "user:1",  # type: ignore[call-overload]
                             "lead.view", f"lead:{big}", {}, str(prev))
            db.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (r.seq, r.time, r.actor, r.action, r.subject, "{}", r.prev_hash, r.hash))

    parts: dict[str, list[float]] = {"read": [], "build": [], "paint": []}
    shown: list[LeadDetail] = []

    def ui_lead() -> None:
        start = time.perf_counter()
        view = service.view(big)  # read and audited (lead.view), as the screen does
        read = time.perf_counter()
        detail = LeadDetail(service, view, True, worker, lambda: datetime.now(UTC))
        built = time.perf_counter()
        window.setCentralWidget(detail)
        app.processEvents()  # shown and painted
        parts["read"].append(read - start)
        parts["build"].append(built - read)
        parts["paint"].append(time.perf_counter() - built)
        shown[:] = [detail]

    def view_lead() -> None:
        service.view(big)

    def tab_first_shown(title: str) -> float:
        """A tab not built on open (the screen builds only the tab it shows) shown for
        the first time: made, filled and painted."""
        ui_lead()
        tabs = shown[0].tabs
        index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
        start = time.perf_counter()
        tabs.setCurrentIndex(index)
        app.processEvents()
        return time.perf_counter() - start

    lead_best = {"raw": float("inf"), "ui": float("inf"), "view": float("inf"),
                 "floor": float("inf")}
    raw_lead()
    ui_lead()
    # What the screen shows, checked outside the timing: its report events and
    # attachments are in their tabs once shown (tabs are built when first shown).
    assert shown[0].timeline.count() == BIG_LEAD_REPORTS
    assert shown[0].attachments.count() == BIG_LEAD_ATTACHMENTS
    for _ in range(max(repeat, 5)):
        for name, run in (("raw", raw_lead), ("ui", ui_lead), ("view", view_lead),
                          ("floor", raw_audited_lead)):
            start = time.perf_counter()
            run()
            lead_best[name] = min(lead_best[name], time.perf_counter() - start)
    tab_best = {title: min(tab_first_shown(title) for _ in range(max(repeat, 5)))
                for title in ("Reports", "Attachments")}

    # Memory first: one list opened (first page), then scrolled to the end.
    first = open_list()
    open_mb = _rss_mb()
    scroll_to_end(first)
    app.processEvents()
    scrolled_mb = _rss_mb()
    views[:] = [first]

    best = {"raw": float("inf"), "scroll": float("inf"), "end": float("inf")}
    raw_run()
    for _ in range(repeat):  # alternate, keep each side's fastest
        for name, run in (("raw", raw_run), ("scroll", ui_run), ("end", ui_end_key)):
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    worker.stop()
    store.close()
    return {"leads": leads, "ui_s": best["scroll"], "end_s": best["end"], "raw_s": best["raw"],
            "empty_mb": empty_mb, "open_mb": open_mb, "scrolled_mb": scrolled_mb,
            "lead_ui_s": lead_best["ui"], "lead_raw_s": lead_best["raw"],
            "lead_view_s": lead_best["view"], "lead_floor_s": lead_best["floor"],
            "lead_read_s": min(parts["read"]), "lead_build_s": min(parts["build"]),
            "lead_paint_s": min(parts["paint"]), "reports_tab_s": tab_best["Reports"],
            "attachments_tab_s": tab_best["Attachments"]}


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench.leads_ui")
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure is not None:
        key = bytes.fromhex(os.environ.pop(KEY_VARIABLE))
        print(json.dumps(measure(args.measure, key, args.repeat)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path, key, generated = build(Path(tmp), args.leads, args.reports)
        child = subprocess.run(
            [sys.executable, "-m", "bench.leads_ui", "--measure", str(path),
             "--repeat", str(args.repeat)],
            env={**os.environ, KEY_VARIABLE: key.hex(), "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, check=False,
        )
    if child.returncode != 0:
        sys.exit(f"the measuring process failed:\n{child.stderr}")
    r = json.loads(child.stdout.strip().splitlines()[-1])
    lines = [
        f"leads: {r['leads']:,} (generated in {generated:.0f} s)",
        f"raw SQL, the same keyset query in pages of {PAGE} to the end: {r['raw_s']:.3f} s",
        f"list screen, open + End key (to the oldest lead): {r['end_s']:.3f} s;"
        f" ratio {r['end_s'] / r['raw_s']:.2f} (target <= 1.2)",
        f"list screen, open + scrolling down page after page (a repaint each):"
        f" {r['ui_s']:.3f} s; ratio {r['ui_s'] / r['raw_s']:.2f}",
        f"memory above the empty window ({r['empty_mb']:.0f} MB): list open"
        f" +{r['open_mb'] - r['empty_mb']:.1f} MB, scrolled to the end (all rows held)"
        f" +{r['scrolled_mb'] - r['empty_mb']:.1f} MB (target <= 150 MB)",
        f"one lead with {BIG_LEAD_REPORTS} report events and {BIG_LEAD_ATTACHMENTS}"
        f" attachments: raw queries {r['lead_raw_s'] * 1000:.1f} ms, view + screen"
        f" {r['lead_ui_s'] * 1000:.1f} ms; ratio {r['lead_ui_s'] / r['lead_raw_s']:.2f}"
        f" (target <= 2); the read alone (LeadService.view, audited)"
        f" {r['lead_view_s'] * 1000:.1f} ms, ratio {r['lead_view_s'] / r['lead_raw_s']:.2f}"
        f" against the reads only, {r['lead_view_s'] / r['lead_floor_s']:.2f} against its"
        f" exact floor (the same reads and the one audit record a view must write, bare"
        f" driver: {r['lead_floor_s'] * 1000:.1f} ms)",
        f"  the lead's screen, fastest of each part: read {r['lead_read_s'] * 1000:.1f} ms,"
        f" case card built and filled {r['lead_build_s'] * 1000:.1f} ms, shown and first"
        f" painted {r['lead_paint_s'] * 1000:.1f} ms; a tab first shown (made, filled,"
        f" painted): Reports (50 events) {r['reports_tab_s'] * 1000:.1f} ms, Attachments"
        f" (20) {r['attachments_tab_s'] * 1000:.1f} ms",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
