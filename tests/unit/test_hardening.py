"""The process hardening the entry points call first: no core file, not dumpable, so
no ptrace attach from a peer process (checked in a child, not in the test runner)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent(
    """
    import os, resource, signal, sys
    from desktop.hardening import harden_process, is_dumpable
    assert is_dumpable()
    harden_process()
    print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), flush=True)
    # A crash now must leave no core: the limit holds for the process and its children.
    pid = os.fork()
    if pid == 0:
        os.kill(os.getpid(), signal.SIGSEGV)
    _, status = os.waitpid(pid, 0)
    print(os.WCOREDUMP(status), flush=True)
    """
)


def test_hardened_process_has_no_core_and_is_not_dumpable(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=tmp_path, capture_output=True, text=True,
        timeout=60, check=True,
    )
    limits_and_dumpable, cored = done.stdout.splitlines()
    assert limits_and_dumpable == "(0, 0) False"
    assert cored == "False"  # the crashed child wrote no core
    assert not list(tmp_path.glob("core*"))



ENTRY = textwrap.dedent(
    """
    import contextlib, io, sys
    from desktop.hardening import is_dumpable
    from {module} import main
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main({argv})
    print(is_dumpable())
    """
)


@pytest.mark.parametrize(
    ("module", "argv"),
    [("desktop.cli", ["numbers", "check", "990001-2026-000001-7"]), ("ui.app", ["--help"])],
)
def test_both_entry_points_harden_the_process_first(module: str, argv: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", ENTRY.format(module=module, argv=argv)],
        capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip().splitlines()[-1] == "False"
