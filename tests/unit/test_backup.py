"""Backups (DESIGN.md §10) on real SQLCipher files and virtual cards: backup → wipe →
restore gives the same leads, identities, audit chain and checkpoints; an older
backup opens only once the chief's card accepts it; bad media and bad backups are
refused with the vault untouched and nothing half-written left behind."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from desktop.backup import restore as restoring
from desktop.backup.errors import (
    BackupDamaged,
    BackupNotFound,
    BackupOfAnotherVault,
    MediumFull,
    MediumLost,
    MediumReadOnly,
    RestoreTargetNotEmpty,
)
from desktop.backup.manifest import MANIFEST_NAME
from desktop.domain.roles import Role
from desktop.policy import NotPermitted
from desktop.vault import checkpoints
from desktop.vault.errors import FolderRolledBack
from desktop.vault.restore_marker import MARKER_NAME
from tests.db.test_leads_service import new_lead
from tests.unit.backup_support import add_leads, backups, chain, snapshot
from tests.unit.test_witness_rules import Site
from tests.unit.vault_support import PIN


@pytest.fixture
def site(tmp_path: Path) -> Site:
    s = Site(tmp_path / "vault")
    add_leads(s, 3)
    s.vault.lock(s.unlock(s.chief, "chief pw"))  # a checkpoint over the leads
    return s


def _backup(site: Site, medium: Path) -> Path:
    medium.mkdir(exist_ok=True)
    session = site.unlock(site.clerk, "clerk pw")
    try:
        steps: list[tuple[str, int, int]] = []
        result = backups(site).create(session, medium, lambda *s: steps.append(s))
    finally:
        site.vault.lock(session)
    assert steps[0] == ("copy", 0, steps[0][2]) and steps[-1][0] == "check"
    assert steps[-1][1] == steps[-1][2] == result.manifest.size
    return result.folder


def _state(site: Site) -> tuple[object, list[tuple[int, str, str]]]:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        return snapshot(site, site.leads(session)), chain(session)
    finally:
        site.vault.lock(session)


def test_backup_wipe_restore_gives_the_same_vault(site: Site, tmp_path: Path) -> None:
    before_leads, before_chain = _state(site)
    folder = _backup(site, tmp_path / "usb")
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST_NAME, "vault.db", "vault.keys"]
    assert not [p for p in (tmp_path / "usb").iterdir() if p.name.startswith(".")]

    shutil.rmtree(site.vault.data_dir)  # the disk died
    restoring.restore(folder, site.vault.data_dir, site.clock)
    assert (site.vault.data_dir / MARKER_NAME).exists()

    after_leads, after_chain = _state(site)
    assert after_leads == before_leads and len(before_leads[0]) == 3  # type: ignore[arg-type]
    assert after_chain[:len(before_chain)] == before_chain  # + the backup and this unlock
    actions = [a for _, a, _ in after_chain]
    assert "backup.create" not in actions  # recorded after the copy was taken
    assert actions.count("backup.restore") == 1
    assert not (site.vault.data_dir / MARKER_NAME).exists()

    session = site.unlock(site.chief, "chief pw")  # his card remembers nothing newer
    try:
        verdict = site.vault.check_audit(session)
        assert verdict.ok and verdict.witnesses.checkpoints >= 2
    finally:
        site.vault.lock(session)


def test_an_older_backup_needs_the_chiefs_card_to_accept_it(site: Site, tmp_path: Path) -> None:
    folder = _backup(site, tmp_path / "usb")
    add_leads(site, 2)  # work done after the backup ...
    site.vault.lock(site.unlock(site.chief, "chief pw"))  # ... and witnessed
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))  # her card remembers it too

    shutil.rmtree(site.vault.data_dir)
    restoring.restore(folder, site.vault.data_dir, site.clock)
    with pytest.raises(FolderRolledBack):
        site.unlock(site.clerk, "clerk pw")
    with pytest.raises(FolderRolledBack):
        site.unlock(site.chief, "chief pw")
    with pytest.raises(FolderRolledBack):  # only the chief's card can accept it
        site.vault.unlock(site.clerk.session, "clerk pw", PIN, accept_restored=True)

    session = site.vault.unlock(site.chief.session, "chief pw", PIN,
                                accept_restored=True)
    try:
        with session.store.reading() as tx:
            accepted = tx.audit_records.last_of("backup.restore_accepted")
            assert accepted is not None
            record = tx.audit_records.get(accepted.details["checkpoint"])  # type: ignore[arg-type]
            assert record is not None
            stored = checkpoints.read_checkpoint(record)
        assert stored is not None
        body = stored.envelope.body
        assert body["reason"] == "restore-accepted"
        assert body["lost_records_at_least"] > 0 and body["backup"] == folder.name
        assert site.vault.check_audit(session).ok
        assert len(site.leads(session).page(limit=100)) == 3
    finally:
        site.vault.lock(session)
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))  # the acceptance lets her in
    site.vault.lock(site.unlock(site.chief, "chief pw"))


def test_restore_refuses_a_folder_that_is_not_empty(site: Site, tmp_path: Path) -> None:
    folder = _backup(site, tmp_path / "usb")
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    with pytest.raises(RestoreTargetNotEmpty):
        restoring.restore(folder, target, site.clock)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    with pytest.raises(RestoreTargetNotEmpty):  # nor over the live vault
        restoring.restore(folder, site.vault.data_dir, site.clock)
    _state(site)


def test_a_restore_killed_before_its_end_leaves_no_vault_and_the_next_one_completes(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed (no clean-up runs) while files are put in place: the key file goes last,
    so the folder is no vault (the app offers set-up or restore again), and the
    staged files it left do not stop the next restore."""
    before_leads, _ = _state(site)
    folder = _backup(site, tmp_path / "usb")
    shutil.rmtree(site.vault.data_dir)
    placed: list[str] = []
    real_replace = restoring.os.replace

    def killed_after_one(source: Path, target: Path) -> None:
        if placed:
            raise SystemExit("killed")
        real_replace(source, target)
        placed.append(Path(target).name)

    monkeypatch.setattr(restoring.os, "replace", killed_after_one)
    monkeypatch.setattr(restoring, "_undo", lambda placed, made: None)  # SIGKILL: none
    with pytest.raises(SystemExit):
        restoring.restore(folder, site.vault.data_dir, site.clock)
    monkeypatch.undo()
    left = sorted(p.name for p in site.vault.data_dir.iterdir())
    assert placed == ["vault.db"] and "vault.keys" not in left
    assert ".vault.keys.restoring" in left
    assert not site.vault.exists()

    (site.vault.data_dir / "vault.db").unlink()  # as the user clears what is not his
    restoring.restore(folder, site.vault.data_dir, site.clock)
    assert sorted(p.name for p in site.vault.data_dir.iterdir()) == sorted(
        [MARKER_NAME, "vault.db", "vault.keys"])
    assert _state(site)[0] == before_leads


def test_the_key_file_is_put_in_place_last(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _backup(site, tmp_path / "usb")
    shutil.rmtree(site.vault.data_dir)
    order: list[str] = []
    real_replace = restoring.os.replace

    def recording(source: Path, target: Path) -> None:
        order.append(Path(target).name)
        real_replace(source, target)

    monkeypatch.setattr(restoring.os, "replace", recording)
    restoring.restore(folder, site.vault.data_dir, site.clock)
    assert order[-1] == "vault.keys" and set(order) == {"vault.db", MARKER_NAME, "vault.keys"}


@pytest.mark.parametrize("damage", ["flip", "truncate", "extra", "missing", "manifest"])
def test_a_backup_that_does_not_match_its_manifest_is_refused(
    site: Site, tmp_path: Path, damage: str
) -> None:
    folder = _backup(site, tmp_path / "usb")
    db = folder / "vault.db"
    if damage == "flip":
        data = bytearray(db.read_bytes())
        data[5000] ^= 1
        db.write_bytes(bytes(data))
    elif damage == "truncate":
        db.write_bytes(db.read_bytes()[:-4096])
    elif damage == "extra":
        (folder / "grants.db").write_bytes(b"x")
    elif damage == "missing":
        (folder / "vault.keys").unlink()
    else:
        (folder / MANIFEST_NAME).write_text('{"format": "leadvault-backup/1"}')
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged):
        restoring.restore(folder, target, site.clock)
    assert not target.exists()
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(BackupDamaged):
            backups(site).verify(session, folder)
        with session.store.reading() as tx:
            record = tx.audit_records.last_of("backup.verify")
        assert record is not None and record.details == {
            "backup": folder.name, "ok": False, "reason": "damaged"}
    finally:
        site.vault.lock(session)


def test_a_folder_without_a_manifest_is_no_backup(site: Site, tmp_path: Path) -> None:
    folder = _backup(site, tmp_path / "usb")
    (folder / MANIFEST_NAME).unlink()
    with pytest.raises(BackupNotFound):
        restoring.restore(folder, tmp_path / "restored", site.clock)


def test_a_backup_of_another_vault_is_refused(site: Site, tmp_path: Path) -> None:
    other = Site(tmp_path / "other")
    foreign = _backup(other, tmp_path / "usb-other")
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(BackupOfAnotherVault):
            backups(site).verify(session, foreign)
        assert backups(site).verify(session, _backup_in(site, session, tmp_path)).vault_id \
            == session.vault_id
    finally:
        site.vault.lock(session)


def _backup_in(site: Site, session: object, tmp_path: Path) -> Path:
    (tmp_path / "usb").mkdir(exist_ok=True)
    return backups(site).create(session, tmp_path / "usb").folder  # type: ignore[arg-type]


@pytest.mark.parametrize(("code", "error"), [
    (errno.ENOSPC, MediumFull), (errno.EROFS, MediumReadOnly), (errno.EIO, MediumLost),
])
@pytest.mark.parametrize("when", ["header", "database"])
def test_a_failing_medium_leaves_the_vault_untouched_and_no_partial_backup(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int,
    error: type[Exception], when: str,
) -> None:
    import desktop.backup.service as service

    before_leads, before_chain = _state(site)
    medium = tmp_path / "usb"
    medium.mkdir()
    real_write = service.write_file
    session = site.unlock(site.clerk, "clerk pw")
    real_snapshot = session.store.snapshot

    def failing_write(path: Path, data: bytes) -> None:
        real_write(path, data[:10])
        raise OSError(code, "simulated")

    def failing_snapshot(target: Path, dek: bytes, progress: object) -> object:
        real_snapshot(target, dek, lambda *_: None)
        with target.open("r+b") as f:
            f.truncate(8192)
        raise OSError(code, "simulated")

    if when == "header":
        monkeypatch.setattr(service, "write_file", failing_write)
    else:
        monkeypatch.setattr(session.store, "snapshot", failing_snapshot)
    try:
        with pytest.raises(error):
            backups(site).create(session, medium)
        with session.store.reading() as tx:
            failed = tx.audit_records.last_of("backup.failed")
        assert failed is not None
    finally:
        site.vault.lock(session)
    assert list(medium.iterdir()) == []  # the half-written backup is gone
    after_leads, after_chain = _state(site)
    assert after_leads == before_leads
    assert after_chain[:len(before_chain)] == before_chain


def test_a_killed_backups_leftovers_go_at_the_next_backup(site: Site, tmp_path: Path) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    stale = medium / ".leadvault-backup-20260101-000000.partial"
    stale.mkdir()
    (stale / "vault.db").write_bytes(b"half")
    mine = medium / "notes"
    mine.mkdir()
    folder = _backup(site, medium)
    assert sorted(p.name for p in medium.iterdir()) == sorted([folder.name, "notes"])


def test_a_name_taken_on_the_medium_is_left_alone(site: Site, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    session = site.unlock(site.clerk, "clerk pw")
    try:
        taken = medium / ("leadvault-backup-" + site.clock.moment.strftime("%Y%m%d-%H%M%S"))
        monkeypatch.setattr(site.clock, "now", lambda: site.clock.moment)  # the same name
        taken.mkdir()
        (taken / "keep.txt").write_text("someone else's")
        with pytest.raises(MediumLost):
            backups(site).create(session, medium)
        assert (taken / "keep.txt").read_text() == "someone else's"
    finally:
        site.vault.lock(session)


def test_a_missing_medium_is_refused(site: Site, tmp_path: Path) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with pytest.raises(MediumLost):
            backups(site).create(session, tmp_path / "pulled-out")
    finally:
        site.vault.lock(session)


def test_viewers_may_not_back_up(site: Site, tmp_path: Path) -> None:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        session.user = session.user.__class__(**{**session.user.__dict__, "role": Role.STAFF})
        with pytest.raises(NotPermitted):
            backups(site).create(session, tmp_path)
    finally:
        site.vault.lock(session)


def test_the_reminder_after_the_chiefs_interval(site: Site, tmp_path: Path) -> None:
    from datetime import timedelta

    session = site.unlock(site.clerk, "clerk pw")
    try:
        status = backups(site).status(session)
        assert status.last_at is None and status.overdue and status.interval_days == 7
        with pytest.raises(NotPermitted):
            backups(site).set_reminder_days(session, 3)
    finally:
        site.vault.lock(session)
    _backup(site, tmp_path / "usb")
    site.clock.moment += timedelta(days=5)
    session = site.unlock(site.chief, "chief pw")
    try:
        assert not backups(site).status(session).overdue
        backups(site).set_reminder_days(session, 3)
        assert backups(site).status(session).overdue
    finally:
        site.vault.lock(session)


def test_a_replacement_machine_opens_the_restore_with_the_recovery_code(
    site: Site, tmp_path: Path
) -> None:
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog
    from desktop.vault.errors import MachineSecretMissing
    from desktop.vault.service import VaultService
    from tests.unit.vault_support import MemoryKeyStore

    before_leads, _ = _state(site)
    folder = _backup(site, tmp_path / "usb")
    new_machine = tmp_path / "new-machine" / "vault"
    restoring.restore(folder, new_machine, site.clock)
    site.vault = VaultService(new_machine, SqlCipherStoreFactory(site.clock, AuditLog),
                              MemoryKeyStore(), site.clock)  # type: ignore[arg-type]
    with pytest.raises(MachineSecretMissing):  # another keyring: the recovery code opens it
        site.unlock(site.clerk, "clerk pw")
    result = site.vault.recover(site.code)
    assert result.recovery_code != site.code
    site.vault.lock(site.unlock(site.chief, "chief pw"))  # he witnesses the recovery
    after_leads, after_chain = _state(site)
    assert after_leads == before_leads
    actions = [a for _, a, _ in after_chain]
    assert "vault.recover" in actions and actions.count("backup.restore") == 1


def test_grants_db_beside_the_vault_is_copied_consistently(site: Site, tmp_path: Path) -> None:
    import sqlite3

    grants = site.vault.data_dir / "grants.db"
    with sqlite3.connect(grants) as db:
        db.execute("CREATE TABLE packages (id TEXT PRIMARY KEY, sealed BLOB)")
        db.executemany("INSERT INTO packages VALUES (?, ?)",
                       [(f"p{n}", bytes([n]) * 64) for n in range(50)])
    folder = _backup(site, tmp_path / "usb")
    assert (folder / "grants.db").exists()
    shutil.rmtree(site.vault.data_dir)
    restoring.restore(folder, site.vault.data_dir, site.clock)
    with sqlite3.connect(site.vault.data_dir / "grants.db") as db:
        rows = db.execute("SELECT id, sealed FROM packages ORDER BY id").fetchall()
    assert len(rows) == 50 and rows[0] == ("p0", bytes(64))
    _state(site)


def _flip_page(path: Path, page: int) -> None:
    with path.open("r+b") as f:
        f.seek((page - 1) * 4096 + 200)
        byte = f.read(1)
        f.seek((page - 1) * 4096 + 200)
        f.write(bytes([byte[0] ^ 1]))


def test_a_vault_with_a_damaged_page_is_not_backed_up(site: Site, tmp_path: Path) -> None:
    from desktop.backup.errors import BackupCheckFailed

    medium = tmp_path / "usb"
    medium.mkdir()
    session = site.unlock(site.clerk, "clerk pw")
    try:
        session.store.database.checkpoint()  # type: ignore[attr-defined]
        pages = session.store.path.stat().st_size // 4096
        _flip_page(session.store.path, pages // 2)
        with pytest.raises(BackupCheckFailed) as failed:
            backups(site).create(session, medium)
        assert f"page {pages // 2}" in failed.value.problems[0]
        with session.store.reading() as tx:
            record = tx.audit_records.last_of("backup.failed")
        assert record is not None and record.details == {"reason": "check-failed"}
    finally:
        site.vault.lock(session)
    assert list(medium.iterdir()) == []


def test_after_the_sessions_whole_file_check_the_pages_written_since_are_checked(
    site: Site, tmp_path: Path
) -> None:
    from desktop.backup.errors import BackupCheckFailed
    from desktop.vault.integrity import verify_whole_file

    medium = tmp_path / "usb"
    medium.mkdir()
    session = site.unlock(site.clerk, "clerk pw")
    try:
        verify_whole_file(session)  # the app's pass after unlock
        site.leads(session).create(new_lead(site.clock.now()))
        db = session.store.database  # type: ignore[attr-defined]
        written = db.pages_to_check()
        assert written and len(written) < session.store.path.stat().st_size // 4096
        db.checkpoint()
        _flip_page(session.store.path, max(written))
        with pytest.raises(BackupCheckFailed):
            backups(site).create(session, medium)
    finally:
        site.vault.lock(session)
    assert list(medium.iterdir()) == []


def test_backup_verify_checks_every_page_a_new_backup_did_not_read_again(
    site: Site, tmp_path: Path
) -> None:
    """The window reusing the session's check accepts (db.page_ledger): a page damaged
    on disk after it authenticated, and not written since, is copied as it is; the
    copy's full check (`backup verify`, and restore's open) finds it."""
    from desktop.backup.errors import BackupCheckFailed
    from desktop.vault.integrity import verify_whole_file

    medium = tmp_path / "usb"
    medium.mkdir()
    session = site.unlock(site.clerk, "clerk pw")
    try:
        verify_whole_file(session)
        db = session.store.database  # type: ignore[attr-defined]
        db.checkpoint()
        written = db.pages_to_check()
        assert written is not None
        pages = session.store.path.stat().st_size // 4096
        quiet = next(n for n in range(pages // 2, pages) if n not in written)
        _flip_page(session.store.path, quiet)
        folder = backups(site).create(session, medium).folder
        with pytest.raises(BackupCheckFailed) as failed:
            backups(site).verify(session, folder)
        assert f"page {quiet}" in " ".join(failed.value.problems)
    finally:
        site.vault.lock(session)
