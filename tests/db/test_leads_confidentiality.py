"""A canary informant name and ID number never appear outside their ciphertext: not in
vault.db, WAL or SHM bytes, not in any decrypted table cell (FTS shadow tables
included), not in search results, audit details, logs or output."""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from pathlib import Path

import pytest

from db.store import SqlCipherStore
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    InformantIdentity,
    NewReport,
    Rank,
    Relative,
    ReportedPerson,
)
from desktop.domain.roles import Role
from desktop.leads import importer
from desktop.leads.model import NewLead
from desktop.leads.service import LeadService
from tests.db.conftest import SteppingClock

CANARY_NAME = "司马金丝雀"
CANARY_ID = "11010519491231002X"
CANARY_PHONE = "13912345678"
CANARY_TEXTS = (CANARY_NAME, CANARY_ID, CANARY_PHONE)


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be", "gb18030")]


def test_canary_never_leaves_the_ciphertext(
    store: SqlCipherStore, clock: SteppingClock, vault_path: Path,
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    with store.transaction() as tx:
        user = tx.users.add("李娟", Role.CLERK, clock.now())
    clerk = LeadService(store, clock, user, os.urandom(32))
    identity = InformantIdentity(name=CANARY_NAME, id_number=CANARY_ID, unit="某厂",
                                 address="某路1号", phones=(CANARY_PHONE,),
                                 relatives=(Relative(CANARY_NAME + "之子", "子"),))
    created = clerk.create(NewLead(
        category=CrimeCategory.DERELICTION,
        reported_persons=(ReportedPerson("钱七", "某县水利局", rank=Rank.SECTION_OR_BELOW),),
        report=NewReport(channel=Channel.PHONE, received_at=clock.now() - timedelta(hours=2),
                         original_text="来电反映钱七渎职。", identity=identity,
                         acknowledged=True),
    ))
    clerk.add_report(created.card.id, NewReport(
        channel=Channel.EMAIL, received_at=clock.now() - timedelta(hours=1),
        original_text="补充材料", identity=identity, acknowledged=True), new_content=True)
    clerk.attach(created.card.id, "note.txt", "补充说明".encode())
    csv = ("received_at,channel,real_name,informant_name,informant_id_number,informant_phone,"
           "reported_name,reported_unit,reported_rank,category,content\n"
           f"2026-02-01,电话,是,{CANARY_NAME},{CANARY_ID},{CANARY_PHONE},孙八,某局,,其他,内容\n")
    rows, _ = importer.parse(csv.encode("gb18030"), clock.now())
    clerk.import_leads([(r.lead, r.disposition) for r in rows], "0" * 64)
    assert clerk.identities(created.card.number)[created.report.id].name == CANARY_NAME

    for text in CANARY_TEXTS:
        assert clerk.search(text) == []
    clerk.page()
    clerk.view(created.card.id)

    # Every decrypted cell of every table (FTS shadow tables too) but the ciphertexts.
    db = store.database
    tables = [str(r[0]) for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert "lead_fts_data" in tables
    control = False  # the scan does see plaintext: the reported person's name is there
    for table in tables:
        for row in db.execute(f"SELECT * FROM {table}"):
            for cell in row:
                raw = cell if isinstance(cell, bytes) else str(cell).encode()
                control = control or "钱七".encode() in raw
                for text in CANARY_TEXTS:
                    assert not any(e in raw for e in _encodings(text)), (table, text)
    assert control
    with store.reading() as tx:
        for record in tx.audit_records.iterate():
            dump = repr(record)
            assert all(text not in dump for text in CANARY_TEXTS)

    # The files on disk, the WAL and SHM included.
    files = [p for p in vault_path.parent.iterdir() if p.name.startswith(vault_path.name)]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for text in CANARY_TEXTS:
            assert not any(e in data for e in _encodings(text)), path.name

    out = capsys.readouterr()
    for text in CANARY_TEXTS:
        assert text not in caplog.text and text not in out.out and text not in out.err
