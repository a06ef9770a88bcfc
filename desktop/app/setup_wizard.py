"""First-run setup as a Qt-free state machine (the view in ui/ only drives it).

Steps: unit → data folder → Argon2id calibration → chief procurator →
clerks → (vault created in a staging folder) → recovery code → summary →
done. Nothing is written before the creation step, and the vault is built
in a staging folder beside the target and moved into place only when the
user finishes; cancelling (or a failure) deletes the staging folder and
whatever the backend registered for it (the keyring entry), so nothing is
left half-made.

Passwords and PINs are held in memory only until the vault is created, then
dropped; the recovery code can be read exactly once.
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.domain.roles import Role
from desktop.password_strength import estimate

if TYPE_CHECKING:  # the vault stack loads when a vault is created, not with the wizard
    from desktop.vault.service import CreatedVault

UNIT_NAME_MAX = 60
PERSON_NAME_MAX = 40
PIN_MIN, PIN_MAX = 6, 127  # OpenPGP card PW1 limits
VAULT_FILES = ("vault.keys", "vault.db")

Progress = Callable[[float], None]  # 0.0 … 1.0
CardRequest = Callable[["Person"], None]  # "insert this person's card now"


class Step(enum.Enum):
    UNIT = "unit"
    DATA_FOLDER = "data-folder"
    CALIBRATION = "calibration"
    CHIEF = "chief"
    CLERKS = "clerks"
    RECOVERY = "recovery"
    SUMMARY = "summary"
    DONE = "done"
    CANCELLED = "cancelled"


ORDER = (
    Step.UNIT,
    Step.DATA_FOLDER,
    Step.CALIBRATION,
    Step.CHIEF,
    Step.CLERKS,
    Step.RECOVERY,
    Step.SUMMARY,
    Step.DONE,
)
# Before the vault exists the user may go back freely; afterwards only forward or cancel.
_BACKTRACKABLE = (Step.DATA_FOLDER, Step.CALIBRATION, Step.CHIEF, Step.CLERKS)


class Problem(enum.Enum):
    UNIT_NAME_EMPTY = "unit-name-empty"
    UNIT_NAME_TOO_LONG = "unit-name-too-long"
    UNIT_CODE_FORMAT = "unit-code-format"
    FOLDER_NOT_ABSOLUTE = "folder-not-absolute"
    FOLDER_HAS_VAULT = "folder-has-vault"
    FOLDER_NOT_EMPTY = "folder-not-empty"
    FOLDER_NOT_WRITABLE = "folder-not-writable"
    NOT_CALIBRATED = "not-calibrated"
    NAME_EMPTY = "name-empty"
    NAME_TOO_LONG = "name-too-long"
    NO_CARD = "no-card"
    CARD_ALREADY_USED = "card-already-used"
    PASSWORD_WEAK = "password-weak"  # noqa: S105 (a problem name)
    PASSWORD_MISMATCH = "password-mismatch"  # noqa: S105
    PIN_FORMAT = "pin-format"
    NO_CLERK = "no-clerk"
    RECOVERY_NOT_CONFIRMED = "recovery-not-confirmed"


class CardSwapTimeout(Exception):
    """The card the next creation step needs was not inserted in time."""

    def __init__(self, person_name: str, card_serial: str) -> None:
        super().__init__(f"the card {card_serial} of {person_name} was not inserted in time")
        self.person_name = person_name
        self.card_serial = card_serial


class WrongStep(Exception):
    """A method was called in a step where it makes no sense (a bug in the view)."""

    def __init__(self, expected: Step, actual: Step) -> None:
        super().__init__(f"expected step {expected.value}, at {actual.value}")
        self.expected = expected
        self.actual = actual


@dataclass(frozen=True)
class Person:
    """One person to enrol. ``card_serial`` and ``reader`` say which card is theirs."""

    name: str
    role: Role
    card_serial: str
    reader: str
    password: str = field(repr=False)
    password_again: str = field(repr=False)
    pin: str = field(repr=False)


@dataclass(frozen=True)
class SetupPlan:
    """Everything the backend needs to create the vault, gathered by the steps."""

    unit_name: str
    unit_code: str
    data_dir: Path
    kdf: object  # the backend's calibrated Argon2id parameters, opaque here
    people: tuple[Person, ...]


class SetupBackend(Protocol):
    """The side effects of setup (desktop.app.setup_backend, real or demo)."""

    def calibrate(self, progress: Progress) -> object:
        """Time Argon2id on this machine; return parameters for the plan."""
        ...

    def describe_kdf(self, kdf: object) -> tuple[int, int, int]:
        """(time cost, memory in KiB, lanes) for the summary."""
        ...

    def create_vault(
        self,
        plan: SetupPlan,
        staging: Path,
        progress: Progress,
        ask_for_card: CardRequest | None = None,
    ) -> CreatedVault:
        """Create the complete vault (all people enrolled) inside ``staging``. When
        people share a reader, ``ask_for_card(person)`` asks for the next card."""
        ...

    def discard(self, staging: Path, created: CreatedVault | None) -> None:
        """Undo what create_vault registered outside ``staging`` (the keyring entry)."""
        ...


def check_unit(name: str, code: str) -> list[Problem]:
    problems = []
    if not name.strip():
        problems.append(Problem.UNIT_NAME_EMPTY)
    elif len(name.strip()) > UNIT_NAME_MAX:
        problems.append(Problem.UNIT_NAME_TOO_LONG)
    if not re.fullmatch(r"[0-9]{6}", code.strip()):
        problems.append(Problem.UNIT_CODE_FORMAT)
    return problems


def check_data_folder(folder: Path) -> list[Problem]:
    """The target must not hold a vault (or anything else); its parent must be writable."""
    if not folder.is_absolute():
        return [Problem.FOLDER_NOT_ABSOLUTE]
    if folder.exists():
        if any((folder / name).exists() for name in VAULT_FILES):
            return [Problem.FOLDER_HAS_VAULT]
        if not folder.is_dir() or any(folder.iterdir()):
            return [Problem.FOLDER_NOT_EMPTY]
    parent = _nearest_existing(folder.parent)
    if not os.access(parent, os.W_OK | os.X_OK):
        return [Problem.FOLDER_NOT_WRITABLE]
    return []


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_person(person: Person, taken_serials: set[str]) -> list[Problem]:
    problems = []
    name = person.name.strip()
    if not name:
        problems.append(Problem.NAME_EMPTY)
    elif len(name) > PERSON_NAME_MAX:
        problems.append(Problem.NAME_TOO_LONG)
    if not person.card_serial:
        problems.append(Problem.NO_CARD)
    elif person.card_serial in taken_serials:
        problems.append(Problem.CARD_ALREADY_USED)
    if not estimate(person.password).acceptable:
        problems.append(Problem.PASSWORD_WEAK)
    if person.password != person.password_again:
        problems.append(Problem.PASSWORD_MISMATCH)
    if not (person.pin.isdigit() and PIN_MIN <= len(person.pin) <= PIN_MAX):
        problems.append(Problem.PIN_FORMAT)
    return problems


class SetupWizard:
    def __init__(self, backend: SetupBackend) -> None:
        self._backend = backend
        self.step = Step.UNIT
        self.unit_name = ""
        self.unit_code = ""
        self.data_dir: Path | None = None
        self.kdf: object | None = None
        self.chief: Person | None = None
        self.clerks: list[Person] = []
        self._staging: Path | None = None
        self._created: CreatedVault | None = None
        self._recovery_code: str | None = None
        self._recovery_seen = False

    # -- navigation ---------------------------------------------------------

    def _expect(self, step: Step) -> None:
        if self.step is not step:
            raise WrongStep(step, self.step)

    def _advance(self) -> None:
        self.step = ORDER[ORDER.index(self.step) + 1]

    @property
    def can_go_back(self) -> bool:
        return self.step in _BACKTRACKABLE

    def back(self) -> None:
        if not self.can_go_back:
            raise WrongStep(Step.CLERKS, self.step)
        self.step = ORDER[ORDER.index(self.step) - 1]

    # -- steps before anything is written ----------------------------------

    def submit_unit(self, name: str, code: str) -> list[Problem]:
        self._expect(Step.UNIT)
        problems = check_unit(name, code)
        if not problems:
            self.unit_name, self.unit_code = name.strip(), code.strip()
            self._advance()
        return problems

    def submit_data_folder(self, folder: Path) -> list[Problem]:
        self._expect(Step.DATA_FOLDER)
        problems = check_data_folder(folder)
        if not problems:
            self.data_dir = folder
            self._advance()
        return problems

    def calibrate(self, progress: Progress) -> None:
        """Blocking (seconds): the view runs it on a worker thread."""
        self._expect(Step.CALIBRATION)
        self.kdf = self._backend.calibrate(progress)

    def finish_calibration(self) -> list[Problem]:
        self._expect(Step.CALIBRATION)
        if self.kdf is None:
            return [Problem.NOT_CALIBRATED]
        self._advance()
        return []

    def _taken(self, excluding: Person | None = None) -> set[str]:
        people = ([self.chief] if self.chief else []) + self.clerks
        return {p.card_serial for p in people if p is not excluding}

    def submit_chief(self, person: Person) -> list[Problem]:
        self._expect(Step.CHIEF)
        person = replace(person, name=person.name.strip(), role=Role.CHIEF)
        problems = check_person(person, self._taken(excluding=self.chief))
        if not problems:
            self.chief = person
            self._advance()
        return problems

    def add_clerk(self, person: Person) -> list[Problem]:
        self._expect(Step.CLERKS)
        person = replace(person, name=person.name.strip(), role=Role.CLERK)
        problems = check_person(person, self._taken())
        if not problems:
            self.clerks.append(person)
        return problems

    def remove_clerk(self, index: int) -> None:
        self._expect(Step.CLERKS)
        del self.clerks[index]

    def plan(self) -> SetupPlan:
        assert self.data_dir is not None and self.chief is not None
        return SetupPlan(
            unit_name=self.unit_name,
            unit_code=self.unit_code,
            data_dir=self.data_dir,
            kdf=self.kdf,
            people=(self.chief, *self.clerks),
        )

    def check_clerks(self) -> list[Problem]:
        self._expect(Step.CLERKS)
        return [] if self.clerks else [Problem.NO_CLERK]

    # -- creation: the only step that writes --------------------------------

    def create(
        self, progress: Progress, ask_for_card: CardRequest | None = None
    ) -> list[Problem]:
        """Blocking: builds the vault in a staging folder beside the target. On any
        failure the staging folder is removed and the error re-raised."""
        problems = self.check_clerks()
        if problems:
            return problems
        plan = self.plan()
        # Beside the target, so the final move is a rename on the same filesystem.
        staging = plan.data_dir.parent / f".{plan.data_dir.name}.setup-{uuid.uuid4().hex[:8]}"
        staging.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir(mode=0o700)
        self._staging = staging
        try:
            created = self._backend.create_vault(plan, staging, progress, ask_for_card)
        except BaseException:
            self._discard()
            raise
        self._created = created
        self._recovery_code = created.recovery_code
        # The secrets have done their work; keep only the names and cards.
        self.chief = _forget_secrets(self.chief)
        self.clerks = [_forget_secrets(p) for p in self.clerks]
        self.step = Step.RECOVERY
        return []

    def take_recovery_code(self) -> str:
        """The recovery code, once; later calls get an empty string."""
        self._expect(Step.RECOVERY)
        code, self._recovery_code = self._recovery_code or "", None
        self._recovery_seen = True
        return code

    def confirm_recovery(self, written_down_or_printed: bool) -> list[Problem]:
        self._expect(Step.RECOVERY)
        if not (written_down_or_printed and self._recovery_seen):
            return [Problem.RECOVERY_NOT_CONFIRMED]
        self._advance()
        return []

    @property
    def vault_id(self) -> str | None:
        return self._created.vault_id if self._created else None

    def finish(self) -> Path:
        """Move the staged vault into place; the wizard is done."""
        self._expect(Step.SUMMARY)
        assert self._staging is not None and self.data_dir is not None
        if self.data_dir.exists():
            self.data_dir.rmdir()  # checked empty at its step; rmdir refuses otherwise
        os.replace(self._staging, self.data_dir)
        _fsync_dir(self.data_dir.parent)
        self._staging = None
        self.step = Step.DONE
        return self.data_dir

    def cancel(self) -> None:
        """Leave nothing behind, whatever the step."""
        if self.step is Step.DONE:
            return
        self._discard()
        self._recovery_code = None
        self.chief = _forget_secrets(self.chief) if self.chief else None
        self.clerks = [_forget_secrets(p) for p in self.clerks]
        self.step = Step.CANCELLED

    def _discard(self) -> None:
        if self._staging is not None:
            try:
                self._backend.discard(self._staging, self._created)
            finally:
                shutil.rmtree(self._staging, ignore_errors=True)
                self._staging = None
                self._created = None

    @property
    def staging_dir(self) -> Path | None:
        return self._staging


def _forget_secrets(person: Person | None) -> Person:
    assert person is not None
    return replace(person, password="", password_again="", pin="")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
