"""Attachments in sealed chunks (issue 14): a 50 MB file is written and read a chunk
at a time — never whole in memory more than once (measured with tracemalloc) — and
a chunk moved, dropped or altered does not open. Files sealed whole before v0009
still open."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import Callable

import pytest

from db.store import SqlCipherStore
from desktop.domain.leads import AttachmentId, AttachmentInfo, LeadId
from desktop.leads import identity
from desktop.leads.attachment_chunks import CHUNK_BYTES
from desktop.leads.errors import IdentityCorrupt
from desktop.leads.service import LeadService
from tests.db.conftest import SteppingClock
from tests.db.test_leads_service import _user, new_lead, past

MB = 1024 * 1024
SIZE = 50 * MB - 1  # the default limit is 50 MB; not a whole number of chunks
SLACK = 4 * MB  # a few 1 MB chunks in flight: sealed, plain, the driver's next row


@pytest.fixture
def clerk(store: SqlCipherStore, clock: SteppingClock) -> LeadService:
    from desktop.domain.roles import Role

    return LeadService(store, clock, _user(store, "李娟", Role.CLERK, clock), os.urandom(32))


def _pdf(size: int) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(size - 9)


def _peak_above(before: int, work: Callable[[], object]) -> tuple[object, int]:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = work()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak - before


def test_a_50_mb_attachment_is_written_and_read_with_one_copy_at_most(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    lead = clerk.create(new_lead(past(clock))).card.id
    content = _pdf(SIZE)
    # Writing: the caller's bytes are the one copy; sealing adds a few chunks at most.
    added, written = _peak_above(0, lambda: clerk.attach(lead, "举报信.pdf", content))
    assert written < SLACK, f"attach allocated {written / MB:.1f} MB beyond the file"
    info = added.info  # type: ignore[attr-defined]
    with store.reading() as tx:
        assert tx.lead_attachments.chunk_count(info.id) == -(-SIZE // CHUNK_BYTES)
        assert tx.lead_attachments.attachment_content(info.id) == b""
    digest = hashlib.sha256(content).hexdigest()
    content = b""  # the caller lets go of its copy
    # Reading: one buffer of the file's size, filled a chunk at a time.
    opened, read = _peak_above(0, lambda: clerk.open_attachment(info.id))
    assert SIZE <= read < SIZE + SLACK, f"open allocated {read / MB:.1f} MB for {SIZE / MB:.0f}"
    _info, plain = opened  # type: ignore[misc]
    assert hashlib.sha256(plain).hexdigest() == digest == info.sha256
    del plain, opened
    # The viewer's own sink: nothing but the chunk in flight is kept here.
    sizes: list[int] = []

    def sink_for(_: AttachmentInfo) -> Callable[[bytes], None]:
        return lambda chunk: sizes.append(len(chunk))

    _none, streamed = _peak_above(0, lambda: clerk.read_attachment(info.id, sink_for))
    assert sum(sizes) == SIZE and max(sizes) == CHUNK_BYTES
    assert streamed < SLACK


def test_an_altered_or_moved_chunk_does_not_open(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    lead = clerk.create(new_lead(past(clock))).card.id
    first = clerk.attach(lead, "a.pdf", _pdf(3 * CHUNK_BYTES + 5)).info
    second = clerk.attach(lead, "b.pdf", _pdf(2 * CHUNK_BYTES)).info
    db = store.database
    swap = "UPDATE lead_attachment_chunks SET seq = ? WHERE attachment_id = ? AND seq = ?"
    with db.transaction():  # two chunks swapped
        db.execute(swap, (99, first.id, 0))
        db.execute(swap, (0, first.id, 1))
        db.execute(swap, (1, first.id, 99))
    with pytest.raises(IdentityCorrupt):
        clerk.open_attachment(first.id)
    with db.transaction():  # put back, then one dropped
        db.execute(swap, (99, first.id, 0))
        db.execute(swap, (0, first.id, 1))
        db.execute(swap, (1, first.id, 99))
    clerk.open_attachment(first.id)
    with db.transaction():
        db.execute("DELETE FROM lead_attachment_chunks WHERE attachment_id = ? AND seq = 3",
                   (first.id,))
    with pytest.raises(IdentityCorrupt):
        clerk.open_attachment(first.id)
    with db.transaction():  # a chunk of another attachment of the same lead
        db.execute("INSERT INTO lead_attachment_chunks SELECT ?, 3, sealed"
                   " FROM lead_attachment_chunks WHERE attachment_id = ? AND seq = 1",
                   (first.id, second.id))
    with pytest.raises(IdentityCorrupt):
        clerk.open_attachment(first.id)
    assert bytes(clerk.open_attachment(second.id)[1]).startswith(b"%PDF")


def test_an_attachment_sealed_whole_before_v0009_still_opens(
    clerk: LeadService, store: SqlCipherStore, clock: SteppingClock
) -> None:
    lead = clerk.create(new_lead(past(clock))).card.id
    content = _pdf(1000)
    digest = hashlib.sha256(content).hexdigest()
    with store.transaction() as tx:
        key = identity.unwrap_lead_key(clerk_ik(clerk), lead, tx.leads.wrapped_key(lead))
        info = tx.lead_attachments.add_attachment(
            lead, None, "old.pdf", "application/pdf", len(content), digest,
            identity.seal_blob(key, LeadId(lead), digest, content), 1, clock.now(),
        )
    _info, plain = clerk.open_attachment(AttachmentId(info.id))
    assert plain == content


def clerk_ik(service: LeadService) -> bytes:
    ik = service._ctx.ik  # the test's own service: its identity key
    assert ik is not None
    return bytes(ik)
