"""bench/vault_storage.py keeps working (a tiny run; the figure itself is not a pass mark)."""

from __future__ import annotations

from pathlib import Path

from bench.vault_storage import run


def test_storage_bench_runs_both_sides(tmp_path: Path) -> None:
    bench = run(rows=300, batch=100, repeat=1, directory=tmp_path)
    assert bench.rows == 300
    assert bench.plain.total > 0 and bench.sqlcipher.total > 0
    assert bench.ratio > 0
    assert list(tmp_path.iterdir()) == []  # nothing left behind
