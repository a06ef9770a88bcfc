"""The first-run wizard's steps and rules, without Qt. The backend here writes the
two vault files into the staging folder; tests/ui/test_setup_wizard_view.py runs the
same state machine against the real vault and virtual cards."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.app.setup_wizard import (
    Person,
    Problem,
    SetupPlan,
    SetupWizard,
    Step,
    WrongStep,
    check_unit,
)
from desktop.domain.roles import Role
from desktop.password_strength import MIN_PASSWORD_LENGTH, Weakness, estimate
from desktop.vault.service import CreatedVault

GOOD = "Zhuanyong-Jisuanji-7"


class FileBackend:
    """Writes vault.keys/vault.db into staging; records what it registered outside."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.keyring: dict[str, bytes] = {}
        self.plans: list[SetupPlan] = []

    def calibrate(self, progress):  # type: ignore[no-untyped-def]
        for i in range(5):
            progress(i / 4)
        return {"t": 3, "m": 65536, "p": 2}

    def describe_kdf(self, kdf):  # type: ignore[no-untyped-def]
        return (kdf["t"], kdf["m"], kdf["p"])

    def create_vault(self, plan, staging, progress, ask_for_card=None):  # type: ignore[no-untyped-def]
        self.plans.append(plan)
        self.keyring["v1"] = b"machine"
        (staging / "vault.keys").write_text(json.dumps({"unit": plan.unit_code}))
        if self.fail:
            raise OSError(28, "No space left on device")
        (staging / "vault.db").write_bytes(b"\0" * 16)
        progress(1.0)
        return CreatedVault(recovery_code="ABCD-EFGH-2", vault_id="v1")

    def discard(self, staging, created):  # type: ignore[no-untyped-def]
        self.keyring.pop("v1", None)


def person(name: str, serial: str, password: str = GOOD, pin: str = "123456") -> Person:
    return Person(name, Role.CLERK, serial, "Virtual PCD 00 00", password, password, pin)


def walk_to_clerks(w: SetupWizard, target: Path) -> None:
    assert w.submit_unit("某市人民检察院", "110105") == []
    assert w.submit_data_folder(target) == []
    w.calibrate(lambda _f: None)
    assert w.finish_calibration() == []
    assert w.submit_chief(person("王检察长", "0000A001")) == []
    assert w.step is Step.CLERKS


def test_happy_path_creates_the_vault_only_at_the_end(tmp_path: Path) -> None:
    backend = FileBackend()
    w = SetupWizard(backend)
    target = tmp_path / "data"
    walk_to_clerks(w, target)
    assert w.add_clerk(person("李明", "0000A002")) == []
    assert list(tmp_path.iterdir()) == []  # nothing written yet
    assert w.create(lambda _f: None) == []
    assert w.step is Step.RECOVERY
    assert not target.exists() and w.staging_dir is not None and w.staging_dir.exists()
    plan = backend.plans[0]
    people = [(p.name, p.role) for p in plan.people]
    assert people == [("王检察长", Role.CHIEF), ("李明", Role.CLERK)]
    assert plan.unit_code == "110105" and plan.kdf == {"t": 3, "m": 65536, "p": 2}
    # Secrets are dropped once the vault holds them.
    assert w.chief is not None and w.chief.password == "" and w.clerks[0].pin == ""
    assert w.confirm_recovery(True) == [Problem.RECOVERY_NOT_CONFIRMED]  # not seen yet
    assert w.take_recovery_code() == "ABCD-EFGH-2"
    assert w.take_recovery_code() == ""  # shown once
    assert w.confirm_recovery(False) == [Problem.RECOVERY_NOT_CONFIRMED]
    assert w.confirm_recovery(True) == []
    assert w.step is Step.SUMMARY and not w.can_go_back
    assert w.finish() == target
    assert sorted(p.name for p in target.iterdir()) == ["vault.db", "vault.keys"]
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no staging left
    assert w.step is Step.DONE


def test_an_existing_empty_folder_is_used(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.mkdir()
    w = SetupWizard(FileBackend())
    walk_to_clerks(w, target)
    w.add_clerk(person("李明", "0000A002"))
    w.create(lambda _f: None)
    w.take_recovery_code()
    w.confirm_recovery(True)
    w.finish()
    assert (target / "vault.keys").exists()


@pytest.mark.parametrize("stop_at", [s for s in Step if s not in (Step.DONE, Step.CANCELLED)])
def test_cancelling_at_any_step_leaves_nothing(tmp_path: Path, stop_at: Step) -> None:
    backend = FileBackend()
    w = SetupWizard(backend)
    target = tmp_path / "data"
    script = [
        lambda: w.submit_unit("某市人民检察院", "110105"),
        lambda: w.submit_data_folder(target),
        lambda: (w.calibrate(lambda _f: None), w.finish_calibration()),
        lambda: w.submit_chief(person("王检察长", "0000A001")),
        lambda: (w.add_clerk(person("李明", "0000A002")), w.create(lambda _f: None)),
        lambda: (w.take_recovery_code(), w.confirm_recovery(True)),
    ]
    for action in script:
        if w.step is stop_at:
            break
        action()
    assert w.step is stop_at
    w.cancel()
    assert w.step is Step.CANCELLED
    assert list(tmp_path.iterdir()) == []
    assert backend.keyring == {}
    with pytest.raises(WrongStep):
        w.submit_unit("x", "123456")


def test_a_failed_creation_removes_the_staging_folder_and_keyring_entry(tmp_path: Path) -> None:
    backend = FileBackend(fail=True)
    w = SetupWizard(backend)
    walk_to_clerks(w, tmp_path / "data")
    w.add_clerk(person("李明", "0000A002"))
    with pytest.raises(OSError):
        w.create(lambda _f: None)
    assert list(tmp_path.iterdir()) == []
    assert backend.keyring == {}
    assert w.step is Step.CLERKS  # the user may fix the problem and try again


def test_unit_rules() -> None:
    assert check_unit("", "123456") == [Problem.UNIT_NAME_EMPTY]
    assert check_unit("x" * 61, "123456") == [Problem.UNIT_NAME_TOO_LONG]
    for bad in ("12345", "1234567", "12345a", "１２３４５６", ""):
        assert check_unit("某院", bad) == [Problem.UNIT_CODE_FORMAT], bad
    assert check_unit(" 某院 ", " 110105 ") == []


def test_data_folder_rules(tmp_path: Path) -> None:
    w = SetupWizard(FileBackend())
    w.submit_unit("某院", "110105")
    assert w.submit_data_folder(Path("relative/dir")) == [Problem.FOLDER_NOT_ABSOLUTE]
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "vault.keys").write_text("{}")
    assert w.submit_data_folder(tmp_path / "old") == [Problem.FOLDER_HAS_VAULT]
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("x")
    assert w.submit_data_folder(tmp_path / "busy") == [Problem.FOLDER_NOT_EMPTY]
    if os.geteuid() != 0:  # root may write anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        assert w.submit_data_folder(ro / "data") == [Problem.FOLDER_NOT_WRITABLE]
    assert w.step is Step.DATA_FOLDER
    assert w.submit_data_folder(tmp_path / "new" / "deeper") == []


def test_calibration_is_required(tmp_path: Path) -> None:
    w = SetupWizard(FileBackend())
    w.submit_unit("某院", "110105")
    w.submit_data_folder(tmp_path / "d")
    assert w.finish_calibration() == [Problem.NOT_CALIBRATED]
    progress: list[float] = []
    w.calibrate(progress.append)
    assert progress[-1] == 1.0
    assert w.finish_calibration() == []


def test_person_rules(tmp_path: Path) -> None:
    w = SetupWizard(FileBackend())
    walk_to_clerks(w, tmp_path / "d")
    assert w.add_clerk(person("  ", "0000A002")) == [Problem.NAME_EMPTY]
    assert w.add_clerk(person("李明", "")) == [Problem.NO_CARD]
    assert w.add_clerk(person("李明", "0000A001")) == [Problem.CARD_ALREADY_USED]
    assert w.add_clerk(person("李明", "0000A002", password="short1A!")) == [Problem.PASSWORD_WEAK]
    mismatch = Person("李明", Role.CLERK, "0000A002", "r", GOOD, GOOD + "x", "123456")
    assert w.add_clerk(mismatch) == [Problem.PASSWORD_MISMATCH]
    assert w.add_clerk(person("李明", "0000A002", pin="12345")) == [Problem.PIN_FORMAT]
    assert w.add_clerk(person("李明", "0000A002", pin="12ab56")) == [Problem.PIN_FORMAT]
    assert w.check_clerks() == [Problem.NO_CLERK]
    assert w.create(lambda _f: None) == [Problem.NO_CLERK]
    assert w.add_clerk(person("李明", "0000A002")) == []
    assert w.add_clerk(person("赵芳", "0000A002")) == [Problem.CARD_ALREADY_USED]
    assert w.add_clerk(person("赵芳", "0000A003")) == []
    w.remove_clerk(0)
    assert [c.name for c in w.clerks] == ["赵芳"]
    assert all(c.role is Role.CLERK for c in w.clerks)


def test_back_is_allowed_until_the_vault_exists(tmp_path: Path) -> None:
    w = SetupWizard(FileBackend())
    walk_to_clerks(w, tmp_path / "d")
    w.back()
    assert w.step is Step.CHIEF
    # Re-submitting the chief with the same card is not a conflict with himself.
    assert w.submit_chief(person("王检察长", "0000A001")) == []
    for _ in range(4):
        w.back()
    assert w.step is Step.UNIT
    assert not w.can_go_back
    with pytest.raises(WrongStep):
        w.back()


def test_secrets_are_not_in_repr() -> None:
    p = person("李明", "0000A002", password="Secret-Canary-99", pin="918273")
    assert "Canary" not in repr(p) and "918273" not in repr(p)


# -- password strength -------------------------------------------------------


@pytest.mark.parametrize(
    "password, weakness",
    [
        ("Ab1!", Weakness.TOO_SHORT),
        ("password1234", Weakness.COMMON),
        ("!!Password2024", Weakness.COMMON),
        ("aaaaaaaaaaaaaaaa", Weakness.REPEATED),
        ("abcdefghijklmnop", Weakness.SEQUENCE),
        ("1234567890123", Weakness.SEQUENCE),
        ("lowercaseonlyhere", Weakness.FEW_KINDS),
    ],
)
def test_weak_passwords_are_named(password: str, weakness: Weakness) -> None:
    s = estimate(password)
    assert weakness in s.weaknesses
    assert not s.acceptable


@pytest.mark.parametrize(
    "password", [GOOD, "correct horse battery staple", "举报中心专用机-2026", "T7#kq9!Lm2@x"]
)
def test_good_passwords_are_acceptable(password: str) -> None:
    s = estimate(password)
    assert s.acceptable, s
    assert s.score >= 2


def test_scores_grow_with_length() -> None:
    assert estimate("Zq7!").score < estimate("Zq7!Rt5#Lp3@").score <= estimate(GOOD * 2).score


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_estimate_never_fails_and_short_is_never_acceptable(password: str) -> None:
    s = estimate(password)
    assert 0 <= s.score <= 4 and s.bits >= 0
    if len(password) < MIN_PASSWORD_LENGTH:
        assert not s.acceptable
