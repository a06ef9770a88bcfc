"""The audit view at scale (issue 13; bench/backup.py's second half, to be merged
there): a chain of 1,000,000 records, six actors in turn.

- filtered: the chief's audit view (ui.audit_view.AuditView, offscreen, its reads on
  a session worker as in the application) showing one user's newest page after he
  picks her in the "by" filter, against the raw queries through the bare driver: the
  same keyset page and the reads that name its users and leads (target <= 2). Two
  times for the view: the page in its table (from the click to the table's model
  holding the page: the worker's round trip, the reads, the names, the reset) and
  the page drawn (that and the repaint: the visible rows put into words and painted,
  a cost of the window's size, not of the chain's length);
- opened: the view built and its first (unfiltered) page shown, against the same
  raw queries for that page (reported, no target).

    .venv/bin/python -m bench.audit_view [--records 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PAGE = 200  # ui.audit_view.PAGE
ACTIONS = ("lead.view", "lead.list", "lead.search", "lead.create", "bag.scan")
BATCH = 20_000


def fill_audit(store: Any, count: int, actors: tuple[str, ...],
               start: datetime | None = None) -> None:
    """Append ``count`` records to ``store``'s chain, hashed and linked as
    desktop.audit.AuditLog would write them: actors and actions in turn, one a second
    from ``start`` (or from the head's time)."""
    from desktop.audit.canonical import build_record, format_time, parse_time
    from desktop.domain.canonical import canonical_json

    db = store.database
    with store.reading() as tx:
        head = tx.audit_records.head()
        last = tx.audit_records.last(1)
    at = start or (parse_time(last[0].time) if last else datetime(2026, 1, 1, tzinfo=UTC))
    seq, prev = head.seq, head.hash
    rows: list[tuple[object, ...]] = []
    for i in range(count):
        seq += 1
        at += timedelta(seconds=1)
        record = build_record(seq, format_time(at), actors[i % len(actors)],
                              ACTIONS[i % len(ACTIONS)], f"lead:{i % 97 + 1}", {"n": i}, prev)
        prev = record.hash
        rows.append((record.seq, record.time, record.actor, record.action, record.subject,
                     canonical_json(record.details).decode(), record.prev_hash, record.hash))
        if len(rows) == BATCH or i == count - 1:
            with db.transaction():
                db.execute_many(
                    "INSERT INTO audit_log (seq, time, actor, action, subject, details,"
                    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            rows = []


class _Cards:
    def readers(self) -> list[str]:
        return []


class _BenchSession:
    """What the audit view asks of an unlocked session: the real AuditTrail."""

    def __init__(self, trail: Any) -> None:
        self._trail = trail

    def audit(self) -> Any:
        return self._trail

    def cards(self) -> _Cards:
        return _Cards()


def audit_view_bench(records: int = 1_000_000, repeat: int = 5) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from bench.leads import _Clock
    from db.store import SqlCipherStoreFactory
    from desktop.app.audit_trail import AuditTrail
    from desktop.audit.log import AuditLog
    from desktop.domain.roles import Role
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session, VaultKeys
    from ui.audit_view import AuditView
    from ui.fonts import install_fonts
    from ui.workers import Worker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_fonts(app)
    with tempfile.TemporaryDirectory() as tmp:
        key = os.urandom(32)
        factory = SqlCipherStoreFactory(_Clock(), AuditLog)
        store = factory.create(Path(tmp) / "vault.db", key)
        now = datetime.now(UTC)
        with store.transaction() as tx:
            chief = tx.users.add("王检察长", Role.CHIEF, now)
            users = [tx.users.add(n, Role.CLERK, now) for n in ("李娟", "张明", "赵红")]
            tx.audit.append(f"user:{chief.id}", "vault.create", "vault:bench", {})
        actors = (f"user:{chief.id}", *(f"user:{u.id}" for u in users), "system", "card:0A1B")
        began = time.perf_counter()
        fill_audit(store, records, actors)
        generated = time.perf_counter() - began
        store.database.checkpoint()
        vault = VaultService(Path(tmp), factory, None, _Clock())  # type: ignore[arg-type]
        session = Session("bench", Path(tmp), chief, "", "", VaultKeys(bytearray(32), None),
                          store)
        trail = AuditTrail(vault, session)
        bench_session = _BenchSession(trail)
        worker = Worker("session")
        db = store.database
        clerk = f"user:{users[0].id}"
        sql = ("SELECT seq, time, actor, action, subject, details, prev_hash, hash"
               " FROM audit_log WHERE actor = ? ORDER BY seq DESC LIMIT ?")

        landed: list[float] = []  # when a page reached a view's table

        def wait(view: AuditView, before: object) -> None:
            """The event loop, asleep as the application's, until the page is in;
            then the repaint of what arrived."""
            while view._page is before:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.processEvents()

        def names(rows: list[Any]) -> None:
            """The reads that put names on a page: the users, the leads' numbers."""
            db.execute("SELECT id, name FROM users")
            ids = sorted({int(r[4].partition(":")[2]) for r in rows
                          if r[4].startswith("lead:")})
            db.execute(f"SELECT id, number FROM leads WHERE id IN ({','.join('?' * len(ids))})",
                       ids)

        def raw_filtered() -> None:
            rows = db.execute(sql, (clerk, PAGE + 1))
            assert len(rows) == PAGE + 1
            names(rows)

        def raw_opened() -> None:
            rows = db.execute("SELECT seq, time, actor, action, subject, details, prev_hash,"
                              " hash FROM audit_log ORDER BY seq DESC LIMIT ?", (PAGE + 1,))
            assert len(rows) == PAGE + 1
            names(rows)

        views: list[AuditView] = []

        def opened() -> None:
            view = AuditView(bench_session, worker)  # type: ignore[arg-type]
            view.model.modelReset.connect(lambda: landed.append(time.perf_counter()))
            view.resize(1200, 800)
            view.show()
            wait(view, view._page)  # its first page is on the way
            views.append(view)

        def filtered() -> None:
            view = views[-1]
            index = view.filters.user.findData(clerk)
            assert index > 0
            view.filters.user.setCurrentIndex(index)
            before = view._page
            view.filters.apply_button.click()
            wait(view, before)
            assert view.model.rowCount() == PAGE
            view.filters.user.setCurrentIndex(0)  # for the next round

        best: dict[str, float] = {}
        for _ in range(repeat):
            for name, run in (("raw_open", raw_opened), ("open", opened),
                              ("raw_filtered", raw_filtered), ("filtered", filtered)):
                landed.clear()
                start = time.perf_counter()
                run()
                best[name] = min(best.get(name, 1e9), time.perf_counter() - start)
                if landed:  # the views: when the page was in the table, before the paint
                    best[name + "_in"] = min(best.get(name + "_in", 1e9), landed[-1] - start)
            while views:
                views.pop().deleteLater()
            app.processEvents()
        worker.stop()
        store.close()
    return {"records": float(records), "generated_s": generated, **best}


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench.audit_view")
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    r = audit_view_bench(args.records, args.repeat)
    show: Callable[[float], str] = lambda s: f"{s * 1000:.2f} ms"  # noqa: E731
    raw_f, raw_o = r["raw_filtered"], r["raw_open"]
    print("\n".join([
        f"audit records: {int(r['records']):,} (generated in {r['generated_s']:.0f} s)",
        f"one user's newest page of {PAGE}: raw query {show(raw_f)}; audit view: page in"
        f" its table {show(r['filtered_in'])}, ratio {r['filtered_in'] / raw_f:.2f}"
        f" (target <= 2); drawn {show(r['filtered'])}, ratio {r['filtered'] / raw_f:.2f}",
        f"the view opened (first page, people, last checkpoint): raw page {show(raw_o)};"
        f" view: page in its table {show(r['open_in'])}, ratio {r['open_in'] / raw_o:.2f};"
        f" drawn {show(r['open'])}, ratio {r['open'] / raw_o:.2f}",
    ]))


if __name__ == "__main__":
    main()
