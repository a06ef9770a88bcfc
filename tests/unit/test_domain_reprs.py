"""Domain objects that hold form state must not print it: a draft's payload may
carry an informant's identity, and reprs end up in tracebacks and logs."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.drafts import Draft, DraftId
from desktop.domain.users import UserId


def test_a_drafts_payload_stays_out_of_its_repr() -> None:
    canary = "欧阳金丝雀 110105199001011234".encode()
    draft = Draft(DraftId(1), UserId(2), "lead-intake", canary, datetime(2026, 1, 1, tzinfo=UTC))
    shown = repr(draft)
    assert "lead-intake" in shown  # the rest is still there for debugging
    assert canary.decode() not in shown and repr(canary) not in shown
    assert canary.hex() not in shown
