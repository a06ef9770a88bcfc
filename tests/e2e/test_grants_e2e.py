"""Issue 11's grant path as separate `leadvault-admin` processes on pcscd + vpcd with
three virtual cards (chief, clerk, staff; the clerk's and the staff member's take turns
in the second reader): the staff member asks to see a lead, the chief approves for one
hour with the case card only, the staff member opens it (no identity, no report
text), his clock passes the expiry (libfaketime: the real program, a later clock) and
the grant no longer opens, and it is gone after the next keyholder unlock; his outbox
entries are in the audit chain."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_leads_cli import (
    CANARY_ID,
    CANARY_NAME,
    GOOD,
    HEADER,
    PIN,
    REPO,
    add_user,
    admin,
    cards,  # noqa: F401 - the fixture
    leads,
)
from tests.e2e.test_vault_cli import PORT_A, PORT_B, READER_A, READER_B

CONTENT = "反映张三收受工程款回扣"


def as_user(data: Path, reader: str, password: str, *args: str, later: str = ""
            ) -> subprocess.CompletedProcess[str]:
    group, command, *rest = args
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN, FAKETIME_DONT_FAKE_MONOTONIC="1")
    prefix = ["faketime", "-f", later] if later else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "desktop.cli", group, command, "--data", str(data),
         "--reader", reader, *rest],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180,
        stdin=subprocess.DEVNULL,
    )


def test_staff_sees_only_the_case_card_for_one_hour(
    pcscd: list[str], vault_dir: Path, tmp_path: Path, cards: dict[str, object]  # noqa: F811
) -> None:
    register = tmp_path / "register.csv"
    register.write_bytes((HEADER + GOOD).encode("utf-8"))
    with card_on_vpcd(cards["chief"], PORT_A):  # type: ignore[arg-type]
        with card_on_vpcd(cards["clerk"], PORT_B):  # type: ignore[arg-type]
            created = admin("vault", "init", "--data", str(vault_dir), "--unit-code", "110000",
                            "--unit-name", "某某市院", "--user", "chief", "--reader", READER_A,
                            "--development", "--kdf-test-params", LEADVAULT_PASSWORD="chief pw",
                            LEADVAULT_PIN=PIN)
            assert created.returncode == 0, created.stderr
            add_user(vault_dir, "clerk", "clerk")
            imported = leads(vault_dir, READER_B, "clerk pw", "import", str(register))
            assert imported.returncode == 0, imported.stderr
        with card_on_vpcd(cards["staff"], PORT_B):  # type: ignore[arg-type]
            add_user(vault_dir, "staff", "staff")
            # He is a viewer: the register does not open for him.
            refused = leads(vault_dir, READER_B, "staff pw", "list")
            assert refused.returncode == 1 and "viewer" in refused.stderr

            asked = as_user(vault_dir, READER_B, "staff pw", "approvals", "request", "--kind",
                            "view-lead", "--lead", "2026-00001", "--scope",
                            "case-card,report-texts", "--hours", "4", "--reason", "了解案情")
            assert asked.returncode == 0, asked.stderr
            package = re.search(r"its grant will be ([0-9a-f]{32})", asked.stdout)
            assert package is not None

            pending = as_user(vault_dir, READER_A, "chief pw", "approvals", "list")
            assert pending.returncode == 0, pending.stderr
            found = re.search(r"^\s*(\d+)\s+pending\s+view-lead\s+lead:\d+", pending.stdout, re.M)
            assert found is not None, pending.stdout
            decided = as_user(vault_dir, READER_A, "chief pw", "approvals", "decide",
                              found.group(1), "--approve", "--scope", "case-card", "--hours", "1")
            assert decided.returncode == 0, decided.stderr
            assert f"grant {package.group(1)} sealed" in decided.stdout
            shown = as_user(vault_dir, READER_A, "chief pw", "approvals", "show", found.group(1))
            assert shown.returncode == 0 and "verifies: yes" in shown.stdout, shown.stderr

            listed = as_user(vault_dir, READER_B, "staff pw", "grants", "list")
            assert listed.returncode == 0, listed.stderr
            assert package.group(1) in listed.stdout and "2026-00001" in listed.stdout
            opened = as_user(vault_dir, READER_B, "staff pw", "grants", "open", package.group(1))
            assert opened.returncode == 0, opened.stderr
            assert "lead 2026-00001" in opened.stdout and "granted: case-card" in opened.stdout
            for secret in (CONTENT, CANARY_NAME, CANARY_ID, "identities"):
                assert secret not in opened.stdout + opened.stderr, secret

            late = as_user(vault_dir, READER_B, "staff pw", "grants", "open", package.group(1),
                           later="+2h")
            assert late.returncode == 1 and "expired" in late.stderr, late.stdout + late.stderr
            gone = as_user(vault_dir, READER_B, "staff pw", "grants", "list", later="+2h")
            assert gone.returncode == 0 and package.group(1) not in gone.stdout
            assert _packages(vault_dir) == 1  # still on disk until a keyholder unlocks

        with card_on_vpcd(cards["clerk"], PORT_B):  # type: ignore[arg-type]
            clerk = as_user(vault_dir, READER_B, "clerk pw", "approvals", "list", later="+2h")
            assert clerk.returncode == 0, clerk.stderr
            assert _packages(vault_dir) == 0
            trail = admin("audit", "show", "--data", str(vault_dir), "--reader", READER_A,
                          LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
            assert trail.returncode == 0, trail.stderr
            for action in ("approval.request", "approval.decide", "grant.issue", "grant.open",
                           "grant.delete"):
                assert action in trail.stdout, action
            verified = admin("audit", "verify", "--data", str(vault_dir), "--reader", READER_A,
                             LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
            assert verified.returncode == 0, verified.stdout + verified.stderr
    grants_db = (vault_dir / "grants.db").read_bytes()
    for secret in (CONTENT, CANARY_NAME, CANARY_ID, "某市建设局"):
        assert secret.encode() not in grants_db, secret


def _packages(data: Path) -> int:
    db = sqlite3.connect(data / "grants.db")
    try:
        return int(db.execute("SELECT count(*) FROM packages").fetchone()[0])
    finally:
        db.close()
