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


def test_an_informant_identity_says_which_fields_are_filled_never_what() -> None:
    from desktop.domain.leads import Channel, InformantIdentity, NewReport

    identity = InformantIdentity(name="欧阳金丝雀", id_number="11010519491231002X",
                                 phones=("13800000000",))
    report = NewReport(Channel.PHONE, datetime(2026, 1, 1, tzinfo=UTC), "举报内容",
                       identity=identity)
    for shown in (repr(identity), repr(report), str(identity), f"{report!r}"):
        assert "欧阳金丝雀" not in shown
        assert "11010519491231002X" not in shown and "13800000000" not in shown
    assert repr(identity) == "InformantIdentity(<name, id_number, phones: not shown>)"
    assert repr(InformantIdentity()) == "InformantIdentity(<empty: not shown>)"
    assert "举报内容" in repr(report)  # the rest of the report is still there
