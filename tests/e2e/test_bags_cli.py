"""Confidential bags end to end: `leadvault-admin bags …` as separate processes and
the unsealing workflow in-process, through the real pcscd + vpcd with virtual
cards for the chief procurator and the clerk, and the real Secret Service (run
under scripts/with-services.sh). Leads with a canary informant are recorded with
the leads workflows; the printed cover sheet is read back with pypdf and its
barcodes decoded with pdftoppm + zbarimg."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog
from desktop.bags.errors import UnsealingRecordMismatch, UnsealingSignatureInvalid
from desktop.bags.service import BagService
from desktop.bags.tag_key import qr_tag_key
from desktop.card import pcsc
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.provision import provision
from desktop.card.emulator.vpcd import reader_name
from desktop.card.session import OpenPgpSession
from desktop.domain.bags import BagState
from desktop.domain.confidential_number import parse_number
from desktop.domain.qr_tag import parse_payload, verify_payload
from desktop.leads.service import LeadService
from desktop.vault.enrollment import Approval, sign_approval
from desktop.vault.keyring_store import OsKeyStore
from desktop.vault.service import VaultService
from desktop.vault.session import Session
from tests.db.test_leads_service import CANARY_ID, CANARY_NAME, ZHANG, new_lead
from tests.e2e.conftest import card_on_vpcd
from tests.printing.pdf_checks import compact, decode_barcodes, text_of

REPO = Path(__file__).resolve().parents[2]
PIN = "123456"
PORT_A, PORT_B = 35963, 35964
READER_A, READER_B = reader_name(PORT_A), reader_name(PORT_B)
CHIEF = {"LEADVAULT_PASSWORD": "chief pw", "LEADVAULT_PIN": PIN}
CLERK = {"LEADVAULT_PASSWORD": "clerk pw", "LEADVAULT_PIN": PIN}
REPORT_TEXT = "举报人反映：某局局长张三收受工程款回扣。"


def admin(*args: str, **secrets: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEADVAULT_")}
    env.update(secrets)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=180,
        stdin=subprocess.DEVNULL,
    )


def card(path: Path, name: str) -> VirtualCard:
    virtual = VirtualCard(path)
    provision(virtual, name)
    return virtual



class Clock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@contextlib.contextmanager
def unlocked(data: Path, reader: str, password: str) -> Iterator[tuple[VaultService, Session,
                                                                       OpenPgpSession]]:
    vault = VaultService(data, SqlCipherStoreFactory(Clock(), AuditLog), OsKeyStore(), Clock())
    card_session = OpenPgpSession(pcsc.connect(reader))
    try:
        session = vault.unlock(card_session, password, PIN)
        try:
            yield vault, session, card_session
        finally:
            vault.lock(session)
    finally:
        card_session.close()


def bag_service(vault: VaultService, session: Session) -> BagService:
    facts = vault.info()
    return BagService.for_session(session, Clock(), unit_code=facts.unit_code,
                                  sender=facts.unit_name)


def make_vault(data: Path) -> None:
    """The chief (card in reader A) creates the vault and enrolls the clerk (reader B)."""
    created = admin(
        "vault", "init", "--data", str(data), "--unit-code", "110000", "--unit-name",
        "某某市人民检察院", "--user", "chief", "--reader", READER_A, "--development",
        "--kdf-test-params", **CHIEF,
    )
    assert created.returncode == 0, created.stderr
    added = admin(
        "vault", "add-user", "--data", str(data), "--user", "王文书", "--role", "clerk",
        "--reader", READER_B, "--approver-reader", READER_A, **CHIEF,
        LEADVAULT_APPROVER_PIN=PIN, LEADVAULT_NEW_PASSWORD="clerk pw", LEADVAULT_NEW_PIN=PIN,
    )
    assert added.returncode == 0, added.stderr


def record_leads(data: Path, count: int) -> list[str]:
    """The clerk records leads whose informant is the canary (leads workflows)."""
    with unlocked(data, READER_B, "clerk pw") as (_, session, _card):
        leads = LeadService(session.store, Clock(), session.user, session.keys.ik)
        at = datetime.now(UTC) - timedelta(hours=1)
        return [str(leads.create(new_lead(at)).card.number) for _ in range(count)]


def bags(*args: str, reader: str = READER_B, data: Path, **secrets: str) -> tuple[int, str, str]:
    command, *rest = args
    done = admin("bags", command, *rest, "--data", str(data), "--reader", reader,
                 **(secrets or CLERK))
    return done.returncode, done.stdout, done.stderr


def test_bags_through_the_command_line(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B):
        make_vault(vault_dir)
        lead_a, lead_b, lead_c = record_leads(vault_dir, 3)

        code, out, err = bags("create", "--lead", lead_a, "--lead", lead_b, "--items", "2",
                              "--pages", "14", data=vault_dir)
        assert code == 0, err
        number = parse_number(out.strip())
        assert (number.unit_code, number.serial) == ("110000", 1)

        # numbers in order; a voided number stays and is never issued again
        code, out, err = bags("create", "--lead", lead_c, data=vault_dir)
        assert code == 0, err
        voided = parse_number(out.strip())
        assert voided.serial == 2
        code, _, err = bags("void", str(voided), "--reason", "编号作废", data=vault_dir)
        assert code == 0, err
        code, out, err = bags("create", "--lead", lead_c, data=vault_dir)
        assert code == 0 and parse_number(out.strip()).serial == 3, err
        third = parse_number(out.strip())

        # a lead that is not in the register, a mistyped number
        code, _, err = bags("create", "--lead", "2026-99999", data=vault_dir)
        assert code == 1 and "UnknownLead" in err
        typo = str(number)[:-1] + ("0" if number.check_character != "0" else "1")
        code, _, err = bags("seal", typo, data=vault_dir)
        assert code == 2 and f"expected '{number.check_character}'" in err

        code, out, err = bags("seal", str(number), data=vault_dir)
        assert code == 0 and "sealed" in out, err
        code, out, err = bags("list", data=vault_dir)
        assert code == 0, err
        lines = out.splitlines()
        assert [line.split()[0] for line in lines] == [
            str(parse_number(lines[0].split()[0])), str(voided), str(number)
        ]
        assert "void" in lines[1] and "sealed" in lines[2] and "leads 2" in lines[2]

        # two prints, two copy numbers; the sheet holds no identity and no content
        sheets = []
        for copy in (1, 2):
            out_file = tmp_path / f"cover{copy}.pdf"
            code, out, err = bags("cover-sheet", str(number), "--out", str(out_file),
                                  data=vault_dir)
            assert code == 0, err
            assert f"copy {copy:06d}" in out
            sheets.append(out_file.read_bytes())
        text = compact(text_of(sheets[1]))
        assert str(number) in text and "检察长亲启" in text and "000002" in text
        for secret in (CANARY_NAME, CANARY_ID, compact(REPORT_TEXT), ZHANG.name, ZHANG.unit,
                       "工程回扣", "保密柜A-3"):
            assert secret not in text, secret
        decoded = decode_barcodes(sheets[1], tmp_path)
        assert ("CODE-128", str(number)) in decoded, decoded
        qr = [value for symbology, value in decoded if symbology == "QR-Code"]
        assert len(qr) == 1, decoded
        payload = parse_payload(qr[0])
        assert payload.number == number and str(payload.copy_number) == "000002"

        # labels, seal strips and the register print to PDFs too, each copy audited
        for command, extra in (("labels", ("--count", "2")), ("seal-labels", ()),
                               ("register", ())):
            out_file = tmp_path / f"{command}.pdf"
            target = () if command == "register" else (str(number),)
            code, out, err = bags(command, *target, "--out", str(out_file), *extra,
                                  data=vault_dir)
            assert code == 0, err
            printed = compact(text_of(out_file.read_bytes()))
            assert str(number) in printed and CANARY_NAME not in printed, command

        code, out, err = bags("scan", qr[0], data=vault_dir)
        assert code == 0 and str(number) in out, err
        forged = qr[0][:-4] + ("AAAA" if not qr[0].endswith("AAAA") else "BBBB")
        code, _, err = bags("scan", forged, data=vault_dir)
        assert code == 1 and "FORGED" in err

        code, out, err = bags("hand-over", str(number), "--receiver", "李秘书", data=vault_dir)
        assert code == 0 and "handed-over" in out, err

        # The clerk's card cannot unseal: refused, exit 3, nothing changes.
        code, _, err = bags("unseal", str(number), "--approver-reader", READER_B,
                            data=vault_dir)
        assert code == 3 and "UnsealingCardNotChiefs" in err, err
        code, out, err = bags("show", str(number), data=vault_dir)
        assert code == 0 and "handed-over" in out.splitlines()[0], err
        assert "unseal" not in out

        # The chief unseals in his own session, with his own card.
        code, out, err = bags("unseal", str(number), reader=READER_A, data=vault_dir, **CHIEF)
        assert code == 0, err
        assert "unsealed" in out and chief.serial in out

        # The clerk's session with the chief's card in the second reader: a wrong
        # approver PIN is refused (exit 3, nothing changes), his PIN signs.
        for step in (("seal", str(third)), ("hand-over", str(third), "--receiver", "李秘书")):
            code, _, err = bags(*step, data=vault_dir)
            assert code == 0, err
        code, _, err = bags("unseal", str(third), "--approver-reader", READER_A, data=vault_dir,
                            **CLERK, LEADVAULT_APPROVER_PIN="654321")
        assert code == 3 and "wrong PIN" in err, err
        code, out, err = bags("show", str(third), data=vault_dir)
        assert code == 0 and "handed-over" in out.splitlines()[0], err
        code, out, err = bags("unseal", str(third), "--approver-reader", READER_A, data=vault_dir,
                              **CLERK, LEADVAULT_APPROVER_PIN=PIN)
        assert code == 0 and "unsealed" in out and chief.serial in out, err

        verify = admin("audit", "verify", "--data", str(vault_dir), "--reader", READER_A, **CHIEF)
        assert verify.returncode == 0, verify.stderr

        # the QR tag verifies with the key derived from this vault's DEK
        with unlocked(vault_dir, READER_A, "chief pw") as (vault, session, _card):
            verify_payload(qr_tag_key(session.keys.dek), payload)
            service = bag_service(vault, session)
            stored = service.get(number)
            events = service.events(number)
            with session.store.reading() as tx:
                actions = [r.action for r in tx.audit_records.iterate()]
        assert stored.bag.state is BagState.UNSEALED
        assert events[-1].unsealing is not None
        assert events[-1].unsealing.signer_serial == chief.serial
        assert actions.count("bag.print") == 5 and "bag.scan-forged" in actions


def test_unsealing_through_pcscd_refuses_a_bad_signature(
    pcscd: list[str], vault_dir: Path, tmp_path: Path
) -> None:
    chief = card(tmp_path / "chief.json", "Chief")
    clerk = card(tmp_path / "clerk.json", "Clerk")
    with card_on_vpcd(chief, PORT_A), card_on_vpcd(clerk, PORT_B):
        make_vault(vault_dir)
        (lead,) = record_leads(vault_dir, 1)
        with unlocked(vault_dir, READER_B, "clerk pw") as (vault, session, _card):
            service = bag_service(vault, session)
            number = service.create([lead], items=1, pages=3).bag.number
            service.seal(number)
            service.hand_over(number, "李秘书")

        with unlocked(vault_dir, READER_A, "chief pw") as (vault, session, chief_card):
            service = bag_service(vault, session)
            bag_before = service.get(number)
            head_before = session.store.audit_head()

            def signed(**changes: object) -> tuple[bytes, Approval]:
                # Every refusal is audited (the head moves), so each try signs anew.
                request = service.prepare_unsealing(number)
                assert json.loads(request.record)["number"] == str(number)
                record = request.record
                if changes:
                    record = json.dumps({**json.loads(record), **changes}, sort_keys=True,
                                        separators=(",", ":"), ensure_ascii=False).encode()
                return record, sign_approval(chief_card, PIN, request.record)

            # the signature damaged; the record's time changed after signing
            record, good = signed()
            damaged = good.signature[:-1] + bytes([good.signature[-1] ^ 0xFF])
            with pytest.raises(UnsealingSignatureInvalid):
                service.unseal(number, Approval(good.approver_serial, record, damaged))
            record, good = signed(at="2026-01-01T00:00:00.000000Z")
            with pytest.raises(UnsealingSignatureInvalid):
                service.unseal(number, Approval(good.approver_serial, record, good.signature))
            # a record claiming another bag version is not this unsealing at all
            record, good = signed(bag={"state": "handed-over", "version": 9})
            with pytest.raises(UnsealingRecordMismatch) as mismatch:
                service.unseal(number, Approval(good.approver_serial, record, good.signature))
            assert mismatch.value.field == "bag"
            # The bag is untouched; the only records are the three refusals.
            assert service.get(number) == bag_before
            with session.store.reading() as tx:
                added = [r.action for r in tx.audit_records.iterate(head_before.seq + 1)]
            assert added == ["bag.unseal-refused"] * 3

            _, approval = signed()
            unsealed = service.unseal(number, approval)
            assert unsealed.bag.state is BagState.UNSEALED
            assert unsealed.bag.unsealing is not None
            assert unsealed.bag.unsealing.signature == approval.signature
