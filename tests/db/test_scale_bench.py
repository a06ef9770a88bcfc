"""bench/scale.py keeps working (a tiny run; the figures are not a pass mark): the
vaults are built once and cached, measured in a child process, and the cache is left
as built (the measurement's writes go with the WAL)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(cache: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bench.scale", "--sizes", "200,400", "--attachments-gb",
         "0.05", "--repeat", "1"],
        env={**os.environ, "LEADVAULT_BENCH_CACHE": str(cache), "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _digests(cache: Path) -> dict[str, str]:
    return {str(p.relative_to(cache)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(cache.rglob("*")) if p.is_file()}


def test_scale_bench_builds_once_and_leaves_its_cache_as_built(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert "unlock / Argon2id" in first and "memory, list open" in first
    built = _digests(tmp_path)
    assert any(name.endswith("vault.db") for name in built)
    second = _run(tmp_path)
    assert "vault ready in 0 s" in second  # from the cache
    assert _digests(tmp_path) == built
