"""Requests and the chief's decisions through `leadvault-admin` as separate processes,
with the virtual cards on pcscd + vpcd: the clerk files, only the chief's card decides,
and the decision is there for the clerk to see."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_vault_cli import PIN, PORT_A, PORT_B, READER_A, READER_B, admin, card, init


def _approvals(data: Path, reader: str, password: str, *args: str):  # type: ignore[no-untyped-def]
    return admin("approvals", args[0], "--data", str(data), "--reader", reader, *args[1:],
                 LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)


def test_the_clerk_asks_and_only_the_chiefs_card_decides(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B):
        assert init(vault_dir, "--development", "--kdf-test-params").returncode == 0
        added = admin(
            "vault", "add-user", "--data", str(vault_dir), "--user", "clerk", "--role", "clerk",
            "--reader", READER_B, "--approver-reader", READER_A, LEADVAULT_PASSWORD="chief pw",
            LEADVAULT_PIN=PIN, LEADVAULT_APPROVER_PIN=PIN, LEADVAULT_NEW_PASSWORD="clerk pw",
            LEADVAULT_NEW_PIN=PIN,
        )
        assert added.returncode == 0, added.stderr
        filed = _approvals(vault_dir, READER_B, "clerk pw", "request", "--kind", "remove-user",
                           "--subject", "user:1", "--reason", "调离", "--hours", "4")
        assert filed.returncode == 0, filed.stderr
        request_id = re.search(r"request (\d+) filed", filed.stdout)
        assert request_id is not None
        number = request_id.group(1)
        missing = _approvals(vault_dir, READER_B, "clerk pw", "request", "--kind",
                             "handwriting-examination", "--lead", "2026-00099", "--reason", "x")
        assert missing.returncode == 1 and "UnknownSubject" in missing.stderr
        assert "Traceback" not in missing.stderr

        refused = _approvals(vault_dir, READER_B, "clerk pw", "decide", number, "--approve")
        assert refused.returncode == 1 and "refused" in refused.stderr
        pending = _approvals(vault_dir, READER_A, "chief pw", "list")
        assert pending.returncode == 0
        assert re.search(rf"^\s*{number}\s+pending\s+remove-user\s+user:1", pending.stdout, re.M)
        decided = _approvals(vault_dir, READER_A, "chief pw", "decide", number, "--approve",
                             "--hours", "2")
        assert decided.returncode == 0, decided.stderr
        assert "approved until" in decided.stdout and "signed by card" in decided.stdout
        mine = _approvals(vault_dir, READER_B, "clerk pw", "list", "--state", "decided")
        assert mine.returncode == 0 and "approved" in mine.stdout and "remove-user" in mine.stdout
        again = _approvals(vault_dir, READER_A, "chief pw", "decide", number, "--refuse")
        assert again.returncode == 1 and "AlreadyDecided" in again.stderr
        trail = admin("audit", "show", "--data", str(vault_dir), "--reader", READER_A,
                      LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
        for action in ("approval.request", "approval.decide"):
            assert action in trail.stdout, action
