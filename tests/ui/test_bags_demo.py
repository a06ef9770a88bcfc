"""The demo workstation shows sample bags: two handed over (the chief's list),
one sealed, one open, holding the demo's fictional leads."""

from __future__ import annotations

from pathlib import Path

from desktop.bootstrap import build_demo
from desktop.demo.vault import prepare_demo_vault, seed_demo_bags
from desktop.domain.bags import BagState
from desktop.vault.kdf import Argon2Params
from tests.ui.conftest import CHIEF


def test_the_demo_seeds_sample_bags_once(tmp_path: Path) -> None:
    services, cards = build_demo(tmp_path / "demo", kdf_params=Argon2Params.cheap_for_tests())
    try:
        prepare_demo_vault(services, cards)
        assert seed_demo_bags(services, cards) == 4
        assert seed_demo_bags(services, cards) == 0  # a second start adds nothing
        session = services.unlock(CHIEF.reader, CHIEF.password, CHIEF.pin, lambda _f: None)
        try:
            bags = session.bags()
            states = sorted(s.bag.state.value for s in bags.list_bags())
            assert states == ["draft", "handed-over", "handed-over", "sealed"]
            awaiting = bags.awaiting_unsealing()
            assert [len(s.bag.lead_numbers) for s in reversed(awaiting)] == [2, 1]
            assert all(s.bag.holder == "王秘书" for s in awaiting)
            leads = {row.number for row in session.leads().page(limit=500)}
            assert all(set(s.bag.lead_numbers) <= leads for s in bags.list_bags())
            sealed = bags.list_bags([BagState.SEALED])[0]
            assert [c.document.value for c in bags.copies(sealed.bag.number)] == ["cover-sheet"]
        finally:
            session.lock()
    finally:
        services.close()
