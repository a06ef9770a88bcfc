"""Reserved: the number the approvals work (issue 11) takes for its own migration.
This step changes nothing; it only keeps the numbers 1..N without a gap on the branch
that added v0009. The integrator replaces it with his v0008 when the branches meet."""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = ("SELECT 1",)  # a step with no statement is refused
