"""bench/leads.py keeps working (a tiny run; the figures are not a pass mark)."""

from __future__ import annotations

import random
from pathlib import Path

from bench.leads import (
    NOW,
    _exact_import,
    _exact_rows,
    _fresh,
    _phone_only_csv,
    _relink_audit,
    _written_tables,
    run,
)
from db.store import SqlCipherStore
from desktop.leads import importer


def test_leads_bench_runs_every_comparison(tmp_path: Path) -> None:
    bench = run(leads=300, reports=600, import_rows=50, repeat=1, directory=tmp_path)
    assert (bench.leads, bench.reports) == (300, 600)
    assert min(bench.search_ratio, bench.list_ratio, bench.import_ratio,
               bench.import_exact_ratio) > 0
    written = dict(bench.import_tables)
    assert written["leads"] == written["lead_reports"] == written["lead_fts"] == 50
    assert written["lead_deadlines"] >= 50  # a disposition deadline each, replies besides
    assert written["audit_log"] == 1
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_exact_floor_writes_what_the_import_writes(tmp_path: Path) -> None:
    """After the exact floor a fresh vault holds the very rows a real import leaves
    (real-name rows included: identity ciphertexts and reply deadlines)."""
    csv = _phone_only_csv(40, random.Random(7))
    exact = _exact_rows(tmp_path, csv)
    assert {"lead_identity_fields", "lead_year_counters"} <= {
        sql.split()[2] for sql, _ in exact}
    floor, _ = _fresh(tmp_path, "floor")
    real, service = _fresh(tmp_path, "real")
    try:
        _exact_import(floor, _relink_audit(floor.database, exact))
        rows, _ = importer.parse(csv, NOW)
        service.import_leads([(r.lead, r.disposition) for r in rows], "0" * 64)
        for table, _ in _written_tables(real.database):
            def counts(store: SqlCipherStore, table: str = table) -> int:
                return int(str(store.database.execute(f"SELECT count(*) FROM {table}")[0][0]))
            assert counts(floor) == counts(real), table
        deadlines = "SELECT lead_id, rule, subject, starts_at, due_at FROM lead_deadlines"
        assert (sorted(floor.database.execute(deadlines))
                == sorted(real.database.execute(deadlines)))
    finally:
        floor.close()
        real.close()
