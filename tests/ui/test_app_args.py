"""The GUI's command line: plain arguments are read without argparse (start-up
time), everything else gets argparse's own help and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.app import LaunchOptions, parse_args


def test_no_arguments_start_the_real_workstation() -> None:
    assert parse_args([]) == LaunchOptions()


@pytest.mark.parametrize(
    "argv",
    [
        ["--demo", "--screenshots", "shots", "--data", "/srv/lv", "--lang", "en"],
        ["--lang=en", "--data=/srv/lv", "--screenshots=shots", "--demo"],
    ],
)
def test_plain_arguments_are_read_in_any_order_and_form(argv: list[str]) -> None:
    assert parse_args(argv) == LaunchOptions(
        demo=True, screenshots=Path("shots"), data=Path("/srv/lv"), lang="en"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lang", "fr"], "invalid choice: 'fr'"),
        (["--screenshots", "shots"], "--screenshots needs --demo"),
        (["--data"], "expected one argument"),
        (["--verbose"], "unrecognized arguments: --verbose"),
    ],
)
def test_anything_else_is_refused_by_argparse_with_its_message(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_help_is_argparse_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--help"])
    assert exit_.value.code == 0
    assert "--screenshots DIR" in capsys.readouterr().out
