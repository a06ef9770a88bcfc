"""`leadvault-admin card emulate` argument handling (the running command is
tested end to end in tests/e2e/test_emulator_vpcd.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop.card.emulator import VirtualCard
from desktop.cli import emulate


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    emulate.register(parser.add_subparsers())
    return parser.parse_args(["emulate", *argv])


def test_defaults() -> None:
    args = parse("--state", "card.json")
    assert (args.port, args.fault, args.func) == (35963, [], emulate.run)


def test_faults_are_applied_to_the_card() -> None:
    args = parse("--state", "c.json", "--port", "35964", "--fault", "not-openpgp",
                 "--fault", "drop-on-ins=2a", "--fault", "block-pw1", "--fault", "ecdh-full-point",
                 "--fault", "refuse-pin-reset")
    card = VirtualCard()
    emulate._apply_faults(card, args.fault)
    assert card.faults.not_openpgp and card.faults.ecdh_full_point
    assert card.faults.refuse_pin_reset
    assert (card.faults.drop_on_ins, card.faults.drop_once) == (0x2A, False)
    assert card.state.pw1_retries == 0 and card.state.pw3_retries == 3


@pytest.mark.parametrize("fault", ["bogus", "drop-on-ins=zz", "drop-on-ins=100", "not-openpgp=1"])
def test_unknown_faults_are_usage_errors(fault: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse("--state", "c.json", "--fault", fault)
    assert exit_info.value.code == 2


def test_state_is_required() -> None:
    with pytest.raises(SystemExit):
        parse()


def test_corrupt_state_file_is_a_clear_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "card.json"
    state.write_text('{"serial": "not a card"}')
    assert emulate.run(parse("--state", str(state))) == 1
    assert "not a virtual card state file" in capsys.readouterr().err
    assert state.read_text() == '{"serial": "not a card"}'  # left untouched
