"""`leadvault-admin leads …` as separate processes through the real pcscd + vpcd with
virtual cards and the real Secret Service (run under scripts/with-services.sh).

One vault (cheap Argon2id test parameters) with a chief, a clerk and a staff member:
the clerk imports a register (dry run, a bad file refused whole, then the good file),
lists, searches and shows leads; the identity panel is shown to the clerk (audited)
and staff, a viewer, do not even open the register; a canary informant never reaches
the files, the listing, the search results or the audit trail."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.provision import provision
from tests.e2e.conftest import card_on_vpcd
from tests.e2e.test_vault_cli import PORT_A, PORT_B, READER_A, READER_B

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
CANARY_NAME = "上官金丝雀"
CANARY_ID = "11010519491231002X"
HEADER = ("received_at,channel,real_name,informant_name,informant_id_number,informant_phone,"
          "reported_name,reported_unit,reported_rank,category,content,postmark_date,disposition\n")
GOOD = (
    f"2026-01-05,来信,是,{CANARY_NAME},{CANARY_ID},13800138000,张三,某市建设局,县处级,"
    "贪污贿赂,反映张三收受工程款回扣,2026-01-03,\n"
    "2026-01-06,电话,否,,,,李四,某县财政局,科级,渎职,反映李四违规发放补贴,,受理分流\n"
)
BAD = GOOD + "2099-01-01,来信,是,王五,110105194912310021,12345,赵六,某局,,其他,内容,2026-01-01,\n"



def admin(*args: str, stdin: str | None = None, **secrets: str
          ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(secrets)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], cwd=REPO, env=env, capture_output=True,
        text=True, timeout=180, input=stdin, stdin=None if stdin is not None else
        subprocess.DEVNULL,
    )


def provisioned(path: Path, name: str) -> VirtualCard:
    card = VirtualCard(path)
    provision(card, name)
    return card


@pytest.fixture
def cards(tmp_path: Path) -> Iterator[dict[str, VirtualCard]]:
    yield {name: provisioned(tmp_path / f"{name}.json", name.title())
           for name in ("chief", "clerk", "staff")}


def leads(data: Path, reader: str, password: str, *args: str, stdin: str | None = None
          ) -> subprocess.CompletedProcess[str]:
    command, *rest = args
    return admin("leads", command, "--data", str(data), "--reader", reader, *rest,
                 stdin=stdin, LEADVAULT_PASSWORD=password, LEADVAULT_PIN=PIN)


def add_user(data: Path, name: str, role: str) -> None:
    added = admin("vault", "add-user", "--data", str(data), "--user", name, "--role", role,
                  "--reader", READER_B, "--approver-reader", READER_A,
                  LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN, LEADVAULT_APPROVER_PIN=PIN,
                  LEADVAULT_NEW_PASSWORD=f"{name} pw", LEADVAULT_NEW_PIN=PIN)
    assert added.returncode == 0, added.stderr


def test_leads_commands_through_the_card_stack(
    pcscd: list[str], vault_dir: Path, tmp_path: Path, cards: dict[str, VirtualCard]
) -> None:
    good, bad = tmp_path / "register.csv", tmp_path / "bad.csv"
    good.write_bytes((HEADER + GOOD).encode("gb18030"))
    bad.write_bytes((HEADER + BAD).encode())
    with card_on_vpcd(cards["chief"], PORT_A):
        with card_on_vpcd(cards["clerk"], PORT_B):
            created = admin("vault", "init", "--data", str(vault_dir), "--unit-code", "110000",
                            "--unit-name", "某某市院", "--user", "chief", "--reader", READER_A,
                            "--development", "--kdf-test-params", LEADVAULT_PASSWORD="chief pw",
                            LEADVAULT_PIN=PIN)
            assert created.returncode == 0, created.stderr
            add_user(vault_dir, "clerk", "clerk")

            dry = leads(vault_dir, READER_B, "clerk pw", "import", str(good), "--dry-run")
            assert dry.returncode == 0, dry.stderr
            assert "2 rows are good (gb18030)" in dry.stdout
            refused = leads(vault_dir, READER_B, "clerk pw", "import", str(bad))
            assert refused.returncode == 1
            assert "line 4: received_at: lies in the future / 晚于当前时间" in refused.stderr
            assert "line 4: informant.id_number: wrong check character" in refused.stderr
            assert "nothing imported" in refused.stderr
            assert "110105194912310021" not in refused.stderr + refused.stdout
            empty = leads(vault_dir, READER_B, "clerk pw", "list")
            assert empty.returncode == 0 and empty.stdout == "", empty.stderr

            imported = leads(vault_dir, READER_B, "clerk pw", "import", str(good))
            assert imported.returncode == 0, imported.stderr
            assert "imported 2 leads (gb18030): 2026-00001 … 2026-00002" in imported.stdout

            listed = leads(vault_dir, READER_B, "clerk pw", "list")
            assert listed.returncode == 0, listed.stderr
            lines = listed.stdout.splitlines()
            assert [line[:10] for line in lines] == ["2026-00002", "2026-00001"]
            overdue = leads(vault_dir, READER_B, "clerk pw", "list", "--overdue")
            assert [line[:10] for line in overdue.stdout.splitlines()] == ["2026-00001"]

            found = leads(vault_dir, READER_B, "clerk pw", "search", "张三")
            assert [line[:10] for line in found.stdout.splitlines()] == ["2026-00001"]
            hidden = leads(vault_dir, READER_B, "clerk pw", "search", "-", stdin=CANARY_NAME)
            assert hidden.returncode == 0 and hidden.stdout == "", hidden.stderr

            shown = leads(vault_dir, READER_B, "clerk pw", "show", "2026-00001", "--identity")
            assert shown.returncode == 0, shown.stderr
            assert f"informant: {CANARY_NAME}  id={CANARY_ID}" in shown.stdout
            plain = leads(vault_dir, READER_B, "clerk pw", "show", "2026-00001")
            assert "反映张三收受工程款回扣" in plain.stdout and CANARY_NAME not in plain.stdout
            for output in (listed, found, hidden, plain, imported, dry):
                assert CANARY_NAME not in output.stdout + output.stderr

        with card_on_vpcd(cards["staff"], PORT_B):
            add_user(vault_dir, "staff", "staff")
            denied = leads(vault_dir, READER_B, "staff pw", "show", "2026-00001", "--identity")
            assert denied.returncode == 1
            assert "refused" in denied.stderr and "viewer" in denied.stderr
            assert CANARY_NAME not in denied.stdout + denied.stderr

        trail = admin("audit", "show", "--data", str(vault_dir), "--reader", READER_A,
                      LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
        assert trail.returncode == 0, trail.stderr
        for action in ("lead.import", "lead.list", "lead.search", "lead.view",
                       "lead.identity.view"):
            assert action in trail.stdout, action
        assert CANARY_NAME not in trail.stdout and CANARY_ID not in trail.stdout
        verified = admin("audit", "verify", "--data", str(vault_dir), "--reader", READER_A,
                         LEADVAULT_PASSWORD="chief pw", LEADVAULT_PIN=PIN)
        assert verified.returncode == 0, verified.stderr

    for path in vault_dir.iterdir():
        data = path.read_bytes()
        for text in (CANARY_NAME, CANARY_ID):
            for encoding in ("utf-8", "utf-16-le", "gb18030"):
                assert text.encode(encoding) not in data, path.name
