"""The role × action table enforced through `leadvault-admin`, for every role, by the
core: each role's own card, unlocked through pcscd + vpcd, runs the reads and a write
of each subject, and the exit codes follow desktop.policy (which test_policy pins)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.roles import Role
from desktop.policy import Action, allowed
from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_vault_cli import (
    PIN,
    PORT_A,
    PORT_B,
    READER_A,
    READER_B,
    admin,
    card,
    init,
)

# command → the action the core checks for it
COMMANDS: dict[tuple[str, ...], Action] = {
    ("leads", "list"): Action.VIEW_LEAD,
    ("bags", "list"): Action.VIEW_BAGS,
    ("bags", "create"): Action.CREATE_BAG,
    ("audit", "show", "--last", "3"): Action.VIEW_AUDIT,
    ("audit", "verify"): Action.VIEW_AUDIT,
}


def _run(command: tuple[str, ...], data: Path, reader: str, password: str
         ) -> tuple[int, str]:
    done = admin(*command[:2], "--data", str(data), "--reader", reader, *command[2:],
                 LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)
    return done.returncode, done.stderr


def _check_role(role: Role, data: Path, reader: str, password: str) -> list[str]:
    wrong = []
    for command, action in COMMANDS.items():
        code, stderr = _run(command, data, reader, password)
        expected = allowed(role, action)
        if expected and code != 0:
            wrong.append(f"{role.value} {' '.join(command)}: refused ({code}) {stderr}")
        if not expected and (code != 1 or "refused" not in stderr):
            wrong.append(f"{role.value} {' '.join(command)}: not refused ({code}) {stderr}")
    if not role.holds_vault_keys:  # a viewer's card opens his grant key, nothing else
        done = admin("vault", "unlock-check", "--data", str(data), "--reader", reader,
                     LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)
        if done.returncode != 0 or "a viewer" not in done.stdout:
            wrong.append(f"{role.value} unlock-check: {done.returncode} {done.stderr}")
    wrong += _check_approvals(role, data, reader, password)
    return wrong


def _check_approvals(role: Role, data: Path, reader: str, password: str) -> list[str]:
    """Approvals and grants: anyone may ask (a viewer into his signed outbox); only the
    chief's card decides; only a viewer has grants to list."""
    wrong = []
    asked = admin("approvals", "request", "--data", str(data), "--reader", reader, "--kind",
                  "view-lead", "--lead", "2026-00001", "--reason", "核查", "--hours", "2",
                  LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)
    # No lead 2026-00001 exists: a keyholder is told at once, a viewer's request is
    # filed in his outbox and found invalid when a keyholder takes it in.
    if role.holds_vault_keys and (asked.returncode != 1 or "UnknownSubject" not in asked.stderr):
        wrong.append(f"{role.value} approvals request: {asked.returncode} {asked.stderr}")
    if not role.holds_vault_keys and (asked.returncode != 0 or "outbox" not in asked.stdout):
        wrong.append(f"{role.value} approvals request: {asked.returncode} {asked.stderr}")
    if not allowed(role, Action.DECIDE_APPROVAL):
        decided = admin("approvals", "decide", "1", "--approve", "--data", str(data),
                        "--reader", reader, LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)
        if decided.returncode != 1 or "refused" not in decided.stderr:
            wrong.append(f"{role.value} approvals decide: {decided.returncode} {decided.stderr}")
    listed = admin("grants", "list", "--data", str(data), "--reader", reader,
                   LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)
    if (listed.returncode == 0) == role.holds_vault_keys:
        wrong.append(f"{role.value} grants list: {listed.returncode} {listed.stderr}")
    return wrong


def test_every_role_through_the_command_line(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    wrong: list[str] = []
    with card_on_vpcd(chief, PORT_A):
        created = init(vault_dir, "--development", "--kdf-test-params")
        assert created.returncode == 0, created.stderr
        wrong += _check_role(Role.CHIEF, vault_dir, READER_A, "chief pw")
        for role in (Role.CLERK, Role.DIRECTOR, Role.DEPUTY_CHIEF, Role.STAFF):
            holder = card(tmp_path / f"{role.value}.json", role.value[:13])
            with card_on_vpcd(holder, PORT_B):
                added = admin(
                    "vault", "add-user", "--data", str(vault_dir), "--user", role.value,
                    "--role", role.value, "--reader", READER_B, "--approver-reader", READER_A,
                    LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN,
                    LEADVAULT_APPROVER_PIN=PIN, LEADVAULT_NEW_PASSWORD=f"{role.value} pw",
                    LEADVAULT_NEW_PIN=PIN,
                )
                assert added.returncode == 0, added.stderr
                wrong += _check_role(role, vault_dir, READER_B, f"{role.value} pw")
    assert wrong == []
    # Every refusal above left the vault as it was: only the clerk's bag exists.
    with card_on_vpcd(chief, PORT_A):
        listed = admin("bags", "list", "--data", str(vault_dir), "--reader", READER_A,
                       LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
    assert listed.returncode == 0, listed.stderr
    assert len([line for line in listed.stdout.splitlines() if line.strip()]) == 1
