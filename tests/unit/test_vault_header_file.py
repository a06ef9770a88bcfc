"""vault.keys on disk: strict parsing, atomic replacement with a backup, the
fallback to the backup, a full disk, and the lock file."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.vault import throttle
from desktop.vault.errors import HeaderCorrupt, VaultInUse, VaultNotFound, WrongPassword
from desktop.vault.header import parse_header
from desktop.vault.header_file import HeaderFile
from desktop.vault.lock_file import VaultLock
from desktop.vault.service import VaultService
from tests.unit.vault_support import CHEAP, PIN, VCard, make_service, provisioned_card


@pytest.fixture
def made(tmp_path: Path) -> tuple[VaultService, VCard]:
    card = provisioned_card()
    service = make_service(tmp_path)
    session, _created = service.create(
        unit_code="110000",
        unit_name="Unit",
        user_name="chief",
        card=card.session,
        pin=PIN,
        password="pw",
        kdf_params=CHEAP,
        development=True,
    )
    service.lock(session)
    return service, card


@pytest.fixture
def vault(made: tuple[VaultService, VCard], tmp_path: Path) -> tuple[Path, HeaderFile]:
    return tmp_path, HeaderFile(tmp_path)


def test_header_round_trips(vault: tuple[Path, HeaderFile]) -> None:
    _, hf = vault
    header = hf.load().header
    assert parse_header(header.to_bytes()) == header


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: b"",
        lambda d: d[: len(d) // 2],
        lambda d: b"\xff\xfe" + d,
        lambda d: d.replace(b'"version": 1', b'"version": 2'),
        lambda d: d.replace(b'"format": "leadvault.keys"', b'"format": "other"'),
        lambda d: d.replace(b'"unit_code": "110000"', b'"unit_code": "11000A"'),
        lambda d: d.replace(b'"demo": false', b'"demo": "no"'),
        lambda d: d.replace(b'"role": "chief"', b'"role": "emperor"'),
        lambda d: d.replace(b'"dek_generation": 1', b'"dek_generation": -1'),
        lambda d: json.dumps([1, 2]).encode(),
    ],
)
def test_damaged_headers_are_refused_with_a_reason(
    vault: tuple[Path, HeaderFile], damage: object
) -> None:
    _, hf = vault
    data = hf.path.read_bytes()
    with pytest.raises(ValueError) as caught:
        parse_header(damage(data))  # type: ignore[operator]
    assert str(caught.value)


def test_save_keeps_the_previous_version_as_backup(vault: tuple[Path, HeaderFile]) -> None:
    _, hf = vault
    before = hf.path.read_bytes()
    header = hf.load().header
    hf.save(header.with_changes(unit_name="Renamed"))
    assert hf.backup_path.read_bytes() == before
    assert hf.load().header.unit_name == "Renamed"
    assert not list(hf.data_dir.glob(".*.tmp"))


def test_corrupt_header_falls_back_to_backup_and_says_so(vault: tuple[Path, HeaderFile]) -> None:
    _, hf = vault
    header = hf.load().header
    hf.save(header)  # now a backup exists
    hf.path.write_bytes(b"{ garbage")
    loaded = hf.load()
    assert loaded.fell_back
    assert loaded.problem is not None and "JSON" in loaded.problem
    assert loaded.header.vault_id == header.vault_id


def test_both_damaged_is_header_corrupt(vault: tuple[Path, HeaderFile]) -> None:
    _, hf = vault
    hf.save(hf.load().header)
    hf.path.write_bytes(b"{")
    hf.backup_path.write_bytes(b"")
    with pytest.raises(HeaderCorrupt) as caught:
        hf.load()
    assert caught.value.reason and caught.value.backup_reason


def test_a_damaged_header_never_overwrites_a_good_backup(vault: tuple[Path, HeaderFile]) -> None:
    _, hf = vault
    hf.save(hf.load().header)
    good_backup = hf.backup_path.read_bytes()
    hf.path.write_bytes(b"{")
    loaded = hf.load()
    hf.save(loaded.header)
    assert hf.backup_path.read_bytes() == good_backup


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        HeaderFile(tmp_path).load()


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_disk_full_while_writing_leaves_the_old_header_working(
    vault: tuple[Path, HeaderFile],
    made: tuple[VaultService, VCard],
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
) -> None:
    data_dir, hf = vault
    before = hf.path.read_bytes()
    header = hf.load().header

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, failing, no_space)
        with pytest.raises(OSError):
            hf.save(header.with_changes(unit_name="never written"))
    assert hf.path.read_bytes() == before
    assert not list(data_dir.glob(".*.tmp"))
    # ...and the vault still opens with it.
    service, card = made
    session = service.unlock(card.session, "pw", PIN)
    assert session.user.name == "chief"
    service.lock(session)


def test_disk_full_during_a_workflow_changes_nothing(
    made: tuple[VaultService, VCard], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, card = made
    session = service.unlock(card.session, "pw", PIN)
    head = session.store.audit_head()
    real_fsync = os.fsync

    def fsync_fails_on_header(fd: int) -> None:
        if any(p.name.startswith(".vault.keys") for p in session.data_dir.iterdir()):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", fsync_fails_on_header)
        with pytest.raises(OSError):
            service.change_password(session, card.session, PIN, "pw", "new password")
    assert session.store.audit_head() == head  # the audit record was rolled back too
    service.lock(session)
    service.lock(service.unlock(card.session, "pw", PIN))  # the old password still works


def test_disk_full_while_refreshing_the_backup_keeps_the_change(
    made: tuple[VaultService, VCard], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A password change writes the header twice (the .bak must not keep the
    old slot); the first write carries the change, so a full disk at the
    second one must not undo it."""
    service, card = made
    session = service.unlock(card.session, "pw", PIN)
    real_fsync = os.fsync
    header_writes: list[int] = []

    def second_save_fails(fd: int) -> None:
        if any(p.name.startswith(".vault.keys") for p in session.data_dir.iterdir()):
            header_writes.append(fd)
            if len(header_writes) > 2:  # save 1 = .bak + vault.keys; then save 2
                raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    with monkeypatch.context() as m:
        m.setattr(os, "fsync", second_save_fails)
        service.change_password(session, card.session, PIN, "pw", "new password")
    assert len(header_writes) == 3
    service.lock(session)
    with pytest.raises(WrongPassword):
        service.unlock(card.session, "pw", PIN)
    service.lock(service.unlock(card.session, "new password", PIN))


def test_lock_file_refuses_a_second_session_in_this_process(tmp_path: Path) -> None:
    with VaultLock(tmp_path), pytest.raises(VaultInUse):
        VaultLock(tmp_path).acquire()
    VaultLock(tmp_path).acquire().release()  # free again afterwards


def test_lock_file_refuses_another_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path;"
            "from desktop.vault.lock_file import VaultLock;"
            f"l=VaultLock(Path({str(tmp_path)!r})).acquire();"
            "print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(VaultInUse):
            VaultLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait()
    VaultLock(tmp_path).acquire().release()  # the lock died with the process


@given(st.data())
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_mutated_headers_parse_or_raise_value_error(
    vault: tuple[Path, HeaderFile], data: st.DataObject
) -> None:
    _, hf = vault
    original = bytearray(hf.path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(original) - 1))
        original[position] = data.draw(st.integers(0, 255))
    with contextlib.suppress(ValueError):
        parse_header(bytes(original))


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
        ),
        max_leaves=20,
    )
)
@settings(max_examples=200, deadline=None)
def test_arbitrary_json_is_refused_with_value_error(doc: object) -> None:
    with pytest.raises(ValueError):
        parse_header(json.dumps(doc).encode())


def test_failed_unlock_delays_grow_and_are_capped() -> None:
    assert [throttle.delay_for(n) for n in range(8)] == [0, 0, 0, 1, 2, 4, 8, 16]
    assert throttle.delay_for(100) == throttle.MAX_DELAY
