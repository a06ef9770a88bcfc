"""A decade of leads on one machine (issue 14): how each cost of bench/ grows with the
data. Vaults of 10,000, 100,000 and 1,000,000 leads (twice as many report events; the
largest also holds 2 GB of attachments) are built once, deterministically, and cached
outside the repository (LEADVAULT_BENCH_CACHE, default /var/cache/leadvault-bench).
Each size is then measured in a fresh process and one table is printed:

- unlock (VaultService.unlock of the chief: header, card on an in-process virtual card,
  Argon2id, unwrap, database, audit head, his checkpoint) against Argon2id alone
  with the vault's own parameters (target <= 1.2);
- search, list (all pages), one lead (view), import of 1,000 rows: ratios as in
  bench/leads.py and bench/leads_ui.py (LeadService against the bare driver;
  the import against the exact floor replayed into the same vault, and that floor
  beside the floor into a fresh one: how much of the import's growth is SQLite's);
- the list screen: open + End key against the raw keyset pages (bench/leads_ui.py),
  and resident memory with the list open above the empty window (target <= 150 MB);
- dashboard and overdue view: their time (no bare baseline exists: their growth shows);
- the whole-file check that left unlock: one pass over every page's HMAC.

The measuring process never checkpoints (a reader keeps the WAL alive and the process
leaves without closing): what it wrote — audit records, the import — goes with the
WAL afterwards, and the header and card files (and a small vault whole) are put
back, so the cache stays as built.

    .venv/bin/python -m bench.scale [--sizes 10000,100000,1000000] [--attachments-gb 2]

Not run in CI (tests/db/test_scale_bench.py runs a tiny size).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

CACHE = Path(os.environ.get("LEADVAULT_BENCH_CACHE", "/var/cache/leadvault-bench"))
PASSWORD = "bench password"
PIN = "123456"
ADMIN_PIN = "12345678"
MB = 1024 * 1024
ATTACHMENT_BYTES = 50 * MB - 1
SMALL_DB_BYTES = 64 * MB


class _Clock:
    def now(self) -> Any:
        from bench.leads import NOW

        return NOW


class FileKeyStore:
    """The machine secret in a file of the cache folder (a throw-away bench vault)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def get(self, vault_id: str) -> bytes | None:
        path = self._folder / f"secret-{vault_id.replace('/', '--')}"
        return path.read_bytes() if path.exists() else None

    def put(self, vault_id: str, secret: bytes) -> None:
        (self._folder / f"secret-{vault_id.replace('/', '--')}").write_bytes(bytes(secret))

    def delete(self, vault_id: str) -> None:
        (self._folder / f"secret-{vault_id.replace('/', '--')}").unlink(missing_ok=True)


def _card(folder: Path) -> Any:
    from desktop.card.emulator import InProcessTransport, VirtualCard
    from desktop.card.model import KeySlot
    from desktop.card.session import OpenPgpSession

    state = folder / "card.json"
    fresh = not state.exists()
    session = OpenPgpSession(InProcessTransport(VirtualCard(state)))
    if fresh:
        with session.transaction():
            session.verify_pin(ADMIN_PIN, 0x83)
            session.set_signature_pin_policy(True)
            session.generate_key(KeySlot.SIG)
            session.generate_key(KeySlot.DEC)
    return session


def _service(folder: Path) -> Any:
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog
    from desktop.vault.service import VaultService

    return VaultService(folder / "vault", SqlCipherStoreFactory(_Clock(), AuditLog),
                        FileKeyStore(folder), _Clock(), sleep=lambda _s: None)


def _recorder(session: Any) -> Any:
    """A LeadService that may record (the chief may not): the generator's."""
    from desktop.domain.roles import Role
    from desktop.leads.service import LeadService

    return LeadService(session.store, _Clock(), replace(session.user, role=Role.CLERK),
                       session.keys.ik)


def build(size: int, attachments: int) -> Path:
    """The cached vault of ``size`` leads (built when missing); its folder."""
    from bench.leads import _generate
    from bench.leads_ui import _big_lead
    from db.migrations import LATEST

    # The schema version in the name: a vault built before a migration is built again.
    folder = CACHE / f"leads-{size}-att-{attachments}-v{LATEST}"
    if (folder / "ready.json").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    card = _card(folder)
    service = _service(folder)
    start = time.perf_counter()
    session, _created = service.create(unit_code="110000", unit_name="某省人民检察院举报中心",
                                       user_name="检察长", card=card, pin=PIN,
                                       password=PASSWORD, development=True)
    try:
        rng = random.Random(20260630 + size)
        leads = _recorder(session)
        # At most ~80,000 leads a year (a year's numbers stop at 99,999): a million
        # leads span twelve years, as a large centre's register would.
        days = max(900, size * 365 // 80_000)
        _generate(leads, session.store, size, 2 * size, rng, days)
        _big_lead(leads)
        for number in range(attachments):  # 50 MB scans on the oldest leads
            content = b"%PDF-1.7\n" + rng.randbytes(ATTACHMENT_BYTES - 9)
            leads.attach(number + 1, f"扫描件{number:03d}.pdf", content)
            del content
        session.store.database.checkpoint()
    finally:
        service.lock(session)
    built = time.perf_counter() - start
    size_bytes = (folder / "vault" / "vault.db").stat().st_size
    (folder / "ready.json").write_text(json.dumps({"built_s": built, "bytes": size_bytes}))
    return folder


def measure(folder: Path, repeat: int) -> dict[str, float]:
    """In a fresh process (see the module): every figure of one size."""
    import collections

    import sqlcipher3

    from bench.leads import (
        NOW,
        SURNAMES,
        UNITS,
        _alternate,
        _exact_import,
        _exact_rows,
        _fresh,
        _import,
        _phone_only_csv,
        _recorded,
        _relink_audit,
    )
    from db.fts import match_expression
    from db.repositories.lead_lists import ROW_COLUMNS
    from db.whole_file_check import page_problems
    from desktop.leads import importer
    from desktop.leads.collector import cycle_collector_paused
    from desktop.vault import kdf
    from desktop.vault.header_file import HeaderFile

    service = _service(folder)
    card = _card(folder)
    db_path = folder / "vault" / "vault.db"
    header = HeaderFile(folder / "vault").load().header
    slot = header.slots[0]
    out: dict[str, float] = {"bytes": db_path.stat().st_size}

    # Unlock against Argon2id alone, alternating; each unlock locked again.
    session = service.unlock(card, PASSWORD, PIN)
    dek = bytes(session.keys.dek)
    guard = sqlcipher3.connect(f"file:{db_path}?mode=ro", uri=True)  # keeps the WAL
    guard.execute(f"PRAGMA key = \"x'{dek.hex()}'\"")
    guard.execute("SELECT count(*) FROM sqlite_master").fetchall()
    service.lock(session)
    best_unlock, best_kdf = float("inf"), float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        kdf.derive(PASSWORD.encode(), slot.meta.salt, slot.meta.kdf)
        best_kdf = min(best_kdf, time.perf_counter() - start)
        start = time.perf_counter()
        session = service.unlock(card, PASSWORD, PIN)
        best_unlock = min(best_unlock, time.perf_counter() - start)
        service.lock(session)
    out.update(unlock_s=best_unlock, argon2_s=best_kdf)

    session = service.unlock(card, PASSWORD, PIN)
    db = session.store.database
    db.execute("PRAGMA wal_autocheckpoint = 0")
    leads = _recorder(session)

    queries = [UNITS[3][2:8], "回扣", SURNAMES[0] + "伟", "挪用 专项资金", "东市 财政局 补贴"]
    pairs = [_alternate(lambda q=q: leads.search(q),  # type: ignore[misc]
                        lambda q=q: db.execute(
                            "SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?"
                            " ORDER BY rank LIMIT 500", (match_expression(q),)), repeat)
             for q in queries]
    out.update(search_s=sum(p[0] for p in pairs), search_raw_s=sum(p[1] for p in pairs))

    def list_service() -> None:
        rows = leads.page(limit=500)
        while rows:
            collections.deque(rows, maxlen=0)
            rows = leads.page(before_id=rows[-1].id, limit=500)

    raw_sql = f"SELECT {ROW_COLUMNS} FROM leads WHERE id < ? ORDER BY id DESC LIMIT 500"

    def list_raw() -> None:
        rows = db.execute(raw_sql, (2**62,))
        while rows:
            rows = db.execute(raw_sql, (rows[-1][0],))

    out["list_s"], out["list_raw_s"] = _alternate(list_service, list_raw, repeat)
    for name, work in (("dashboard_s", leads.dashboard), ("overdue_s", leads.overdue)):
        work()
        start = time.perf_counter()
        work()
        out[name] = time.perf_counter() - start

    big = leads.page(limit=1)[0].id
    out["view_s"], out["view_raw_s"] = _alternate(lambda: leads.view(big),
                                                  lambda: _lead_reads(db, big), repeat)

    # Import 1,000 rows into this vault against the exact floor into this vault too: the
    # rows the import writes here are recorded first (that transaction rolled back, so
    # their ids are the vault's next ones), replayed and committed, and then the import
    # itself runs (its rows after the floor's). Both meet the same indexes and FTS
    # segments, warmed by the recording; the floor into a fresh vault is kept beside.
    csv = _phone_only_csv(1000, random.Random(7))
    rows, _ = importer.parse(csv, NOW)
    exact = _recorded(db, lambda: leads.import_leads(
        [(r.lead, r.disposition) for r in rows], "0" * 64), keep=False)
    prepared = _relink_audit(db, exact)
    start = time.perf_counter()
    _exact_import(session.store, prepared)
    out["import_floor_s"] = time.perf_counter() - start
    start = time.perf_counter()
    with cycle_collector_paused():
        _import(leads, csv)
    out["import_s"] = time.perf_counter() - start
    scratch = folder / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    fresh_exact = _exact_rows(scratch, csv)
    store, _fresh_service = _fresh(scratch, "floor")
    prepared = _relink_audit(store.database, fresh_exact)
    start = time.perf_counter()
    _exact_import(store, prepared)
    out["import_fresh_floor_s"] = time.perf_counter() - start
    store.close()
    shutil.rmtree(scratch, ignore_errors=True)

    # The whole-file check that left unlock: every page's HMAC, once.
    from db.whole_file_check import SLICE_PAGES, _page_key

    with db_path.open("rb") as file:
        key = _page_key(dek, file.read(16))
    pages = db_path.stat().st_size // 4096
    start = time.perf_counter()
    for first in range(1, pages + 1, SLICE_PAGES):
        assert not page_problems(db_path, key, first, min(SLICE_PAGES, pages - first + 1))
    out["hmac_pass_s"] = time.perf_counter() - start

    out.update(_list_screen(leads))
    print(json.dumps(out), flush=True)
    os._exit(0)  # no close, no checkpoint: the parent drops the WAL


def _lead_reads(db: Any, lead_id: int) -> None:
    from db.repositories.lead_cards import _CARD_COLUMNS
    from db.repositories.lead_reports import _REPORT_COLUMNS

    for sql in (
        f"SELECT {_CARD_COLUMNS} FROM leads WHERE id = ?",
        "SELECT name, unit, post, rank, region FROM lead_reported_persons WHERE lead_id = ?"
        " ORDER BY position",
        f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE lead_id = ? ORDER BY received_at, id",
        "SELECT id, file_name, media_type, size, sha256 FROM lead_attachments"
        " WHERE lead_id = ? ORDER BY id",
        "SELECT * FROM lead_routing WHERE lead_id = ? ORDER BY id",
        "SELECT * FROM lead_deadlines WHERE lead_id = ? ORDER BY due_at, id",
        "SELECT * FROM lead_card_changes WHERE lead_id = ? ORDER BY version",
    ):
        db.execute(sql, (lead_id,))


def _list_screen(leads: Any) -> dict[str, float]:
    """The list screen over this vault (bench/leads_ui.py's way): memory with the
    list open above the empty window, and open + End key against the raw pages."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from datetime import UTC, datetime

    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.leads_ui import _rss_mb
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
    worker = Worker("session")
    empty = _rss_mb()

    def arrived(view: LeadListView) -> None:
        loop = QEventLoop()
        model = view.model
        for signal in (model.loaded, model.fetched, model.failed):
            signal.connect(loop.quit)
        while model.loading:
            loop.exec()

    view = LeadListView(leads, worker, lambda: datetime.now(UTC))
    window.setCentralWidget(view)
    app.processEvents()
    start = time.perf_counter()
    arrived(view)
    app.processEvents()
    opened = time.perf_counter() - start
    open_mb = _rss_mb()
    QTest.keyClick(view.table, Qt.Key.Key_End)
    arrived(view)
    app.processEvents()
    end_total = time.perf_counter() - start
    return {"list_open_s": opened, "list_end_s": end_total, "empty_mb": empty,
            "open_mb": open_mb, "end_mb": _rss_mb()}


def _measure_in_child(folder: Path, repeat: int) -> dict[str, float]:
    # A small vault is checked whole at unlock, which checkpoints the WAL: kept too.
    kept = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and (
        not p.name.startswith("vault.db") or p.stat().st_size <= SMALL_DB_BYTES)}
    try:
        child = subprocess.run(
            [sys.executable, "-m", "bench.scale", "--measure", str(folder),
             "--repeat", str(repeat)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True, text=True, check=False,
        )
    finally:
        for suffix in ("-wal", "-shm"):
            (folder / "vault" / f"vault.db{suffix}").unlink(missing_ok=True)
        for path, data in kept.items():
            path.write_bytes(data)
        (folder / "vault" / "vault.lock").unlink(missing_ok=True)
    if child.returncode != 0:
        sys.exit(f"measuring {folder.name} failed:\n{child.stderr[-4000:]}")
    result: dict[str, float] = json.loads(child.stdout.strip().splitlines()[-1])
    return result


def table(results: dict[int, dict[str, float]]) -> str:
    def ratio(r: dict[str, float], a: str, b: str) -> str:
        return f"{r[a] / r[b]:.2f}"

    rows: list[tuple[str, Any]] = [
        ("database size (MB)", lambda r: f"{r['bytes'] / MB:,.0f}"),
        ("unlock / Argon2id (<= 1.2)", lambda r: ratio(r, "unlock_s", "argon2_s")),
        ("  unlock, Argon2id (s)", lambda r: f"{r['unlock_s']:.2f}, {r['argon2_s']:.2f}"),
        ("search / raw FTS5", lambda r: ratio(r, "search_s", "search_raw_s")),
        ("list, all pages / raw SQL", lambda r: ratio(r, "list_s", "list_raw_s")),
        ("  list, all pages (s)", lambda r: f"{r['list_s']:.2f}"),
        ("list screen: open (ms)", lambda r: f"{r['list_open_s'] * 1000:.0f}"),
        ("list screen: open + End / raw", lambda r: ratio(r, "list_end_s", "list_raw_s")),
        ("memory, list open (MB over empty)", lambda r: f"{r['open_mb'] - r['empty_mb']:.1f}"),
        ("memory, all rows held (MB)", lambda r: f"{r['end_mb'] - r['empty_mb']:.1f}"),
        ("one lead: view / raw reads", lambda r: ratio(r, "view_s", "view_raw_s")),
        ("dashboard (ms)", lambda r: f"{r['dashboard_s'] * 1000:.0f}"),
        ("overdue view (ms)", lambda r: f"{r['overdue_s'] * 1000:.0f}"),
        ("import 1,000 rows / exact floor", lambda r: ratio(r, "import_s", "import_floor_s")),
        ("  import; floor here; fresh (ms)",
         lambda r: f"{r['import_s'] * 1000:.0f}; {r['import_floor_s'] * 1000:.0f};"
                   f" {r['import_fresh_floor_s'] * 1000:.0f}"),
        ("whole-file HMAC pass (s)", lambda r: f"{r['hmac_pass_s']:.2f}"),
    ]
    sizes = sorted(results)
    width = 36
    lines = ["".ljust(width) + "".join(f"{size:>14,}" for size in sizes)]
    for label, cell in rows:
        lines.append(label.ljust(width) + "".join(f"{cell(results[s]):>14}" for s in sizes))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench.scale")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--attachments-gb", type=float, default=2.0,
                        help="attachments on the largest size, in GB of 50 MB files")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child
    args = parser.parse_args()
    if args.measure is not None:
        measure(args.measure, args.repeat)
        return
    started = time.perf_counter()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        files = round(args.attachments_gb * 1024 / 50) if size == sizes[-1] else 0
        start = time.perf_counter()
        folder = build(size, files)
        print(f"{size:,} leads: vault ready in {time.perf_counter() - start:.0f} s"
              f" ({folder})", flush=True)
        start = time.perf_counter()
        results[size] = _measure_in_child(folder, args.repeat)
        print(f"{size:,} leads: measured in {time.perf_counter() - start:.0f} s", flush=True)
    print(table(results))
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
