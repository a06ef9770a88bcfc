"""bench/leads.py keeps working (a tiny run; the figures are not a pass mark)."""

from __future__ import annotations

from pathlib import Path

from bench.leads import run


def test_leads_bench_runs_every_comparison(tmp_path: Path) -> None:
    bench = run(leads=300, reports=600, import_rows=50, repeat=1, directory=tmp_path)
    assert (bench.leads, bench.reports) == (300, 600)
    assert min(bench.search_ratio, bench.list_ratio, bench.import_ratio) > 0
    assert list(tmp_path.iterdir()) == []  # nothing left behind
