"""Attacks on restore (DESIGN.md §6's attackers against §10), on real SQLCipher files
and virtual cards: someone with the removable medium crafts a backup (files of
another vault or an older state under a manifest that matches them, links, odd
names, a pipe, a file that changes while read); someone who can write into the data
folder while the app is closed plants leftovers and restore notes. Each test tries
one and says what must happen: refused, or recorded for what it is — never silently
accepted, never a crash or a hang of the unlock."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from desktop.backup import restore as restoring
from desktop.backup.errors import BackupDamaged, BackupError, BackupNotFound
from desktop.backup.manifest import MANIFEST_NAME
from desktop.vault.errors import (
    DatabaseRolledBack,
    FolderRolledBack,
    VaultError,
)
from desktop.vault.restore_marker import MARKER_NAME
from tests.unit.backup_support import add_leads
from tests.unit.test_backup import _backup, site
from tests.unit.test_witness_rules import Site

__all__ = ["site"]


def _manifest(folder: Path) -> dict[str, object]:
    return json.loads((folder / MANIFEST_NAME).read_bytes())  # type: ignore[no-any-return]


def _write_manifest(folder: Path, body: dict[str, object]) -> None:
    (folder / MANIFEST_NAME).write_bytes(json.dumps(body).encode())


def _relist(folder: Path) -> None:
    """The manifest made to match whatever files the folder now holds: what anyone
    with the medium can do (it carries no signature)."""
    body = _manifest(folder)
    files = {}
    for path in sorted(folder.iterdir()):
        if path.name != MANIFEST_NAME:
            data = path.read_bytes()
            files[path.name] = {"sha256": hashlib.sha256(data).hexdigest(),
                                "size": len(data)}
    body["files"] = files
    _write_manifest(folder, body)


def _records(site: Site, action: str) -> list[dict[str, object]]:
    session = site.unlock(site.clerk, "clerk pw")
    try:
        with session.store.reading() as tx:
            return [dict(r.details) for r in tx.audit_records.iterate() if r.action == action]
    finally:
        site.vault.lock(session)


def _fresh(site: Site) -> None:
    shutil.rmtree(site.vault.data_dir)


# --------------------------------------------------------------- crafted backups


def test_an_older_backup_relabelled_as_the_latest_is_still_refused(
    site: Site, tmp_path: Path
) -> None:
    """The manifest is not signed: an old backup whose manifest claims a later date and
    head is refused at unlock all the same (the cards remember a later checkpoint),
    and once the chief accepts it, the record names the head the folder really has."""
    old = _backup(site, tmp_path / "usb")
    add_leads(site, 2)
    site.vault.lock(site.unlock(site.chief, "chief pw"))
    new = _backup(site, tmp_path / "usb2")
    body = _manifest(old)
    real_head = body["audit_head"]
    newer = _manifest(new)
    body["audit_head"], body["created_at"] = newer["audit_head"], newer["created_at"]
    _write_manifest(old, body)

    _fresh(site)
    restoring.restore(old, site.vault.data_dir, site.clock)
    with pytest.raises(FolderRolledBack):
        site.unlock(site.clerk, "clerk pw")
    with pytest.raises(FolderRolledBack):
        site.unlock(site.chief, "chief pw")
    site.vault.lock(site.vault.unlock(site.chief.session, "chief pw", "123456",
                                      accept_restored=True))
    [restore] = _records(site, "backup.restore")
    assert restore["head"] == real_head  # what the folder holds, not what it claimed
    assert restore.get("note_matches") is False


def test_a_newer_database_under_an_older_key_file_is_refused(site: Site, tmp_path: Path
                                                             ) -> None:
    """Files of two backups of this vault mixed (old vault.db, new vault.keys, manifest
    relisted): the key file's MAC'd head is not in the old chain."""
    old = _backup(site, tmp_path / "usb")
    add_leads(site, 2)
    new = _backup(site, tmp_path / "usb2")
    shutil.copyfile(new / "vault.keys", old / "vault.keys")
    _relist(old)
    _fresh(site)
    restoring.restore(old, site.vault.data_dir, site.clock)
    with pytest.raises(DatabaseRolledBack):
        site.unlock(site.clerk, "clerk pw")
    with pytest.raises(DatabaseRolledBack):
        site.unlock(site.chief, "chief pw")


def test_another_vaults_files_under_this_vaults_manifest_are_refused(
    site: Site, tmp_path: Path
) -> None:
    """The facts shown before a restore (which vault) come from the manifest: a key
    file of another vault under it is refused before anything is put in place, even
    on a keyring that holds both vaults' machine secrets."""
    other = Site(tmp_path / "other")
    foreign = _backup(other, tmp_path / "usb-other")
    mine = _backup(site, tmp_path / "usb")
    body = _manifest(foreign)
    body["vault_id"] = _manifest(mine)["vault_id"]
    _write_manifest(foreign, body)
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged) as refused:
        restoring.restore(foreign, target, site.clock)
    assert refused.value.file == "vault.keys"
    assert not target.exists()


def test_another_vaults_folder_put_in_place_does_not_open_with_this_vaults_cards(
    site: Site, tmp_path: Path
) -> None:
    """The whole of another vault's backup restored into this data folder, on a keyring
    that holds its machine secret too: this vault's cards open nothing there."""
    other = Site(tmp_path / "other")
    foreign = _backup(other, tmp_path / "usb-other")
    site.vault._keys.secrets.update(other.vault._keys.secrets)  # type: ignore[attr-defined]
    _fresh(site)
    restoring.restore(foreign, site.vault.data_dir, site.clock)
    for card, password in ((site.clerk, "clerk pw"), (site.chief, "chief pw")):
        with pytest.raises(VaultError):
            site.unlock(card, password)


@pytest.mark.parametrize("field", ["vault_id", "created_at"])
@pytest.mark.parametrize("value", ["<img src='/etc/passwd'>", "x" * 5000, "2026-13-45"])
def test_manifest_facts_a_person_checks_are_well_formed(
    site: Site, tmp_path: Path, field: str, value: str
) -> None:
    """The vault id and date shown before a restore, and written into the restore's
    record, are a UUID and a canonical time, or the backup is damaged: no markup, no
    text that would break the unlock's record or the screen's date."""
    folder = _backup(site, tmp_path / "usb")
    body = _manifest(folder)
    body[field] = value
    _write_manifest(folder, body)
    with pytest.raises(BackupDamaged) as refused:
        restoring.restore(folder, tmp_path / "restored", site.clock)
    assert refused.value.file == MANIFEST_NAME
    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize("name", ["../vault.db", "/etc/shadow", "sub/vault.db", "vault.db/"])
def test_a_manifest_naming_a_path_is_refused(site: Site, tmp_path: Path, name: str) -> None:
    folder = _backup(site, tmp_path / "usb")
    body = _manifest(folder)
    files = body["files"]
    assert isinstance(files, dict)
    files[name] = files["vault.db"]
    _write_manifest(folder, body)
    with pytest.raises(BackupDamaged):
        restoring.restore(folder, tmp_path / "restored", site.clock)
    assert not (tmp_path / "restored").exists()


def test_a_file_in_the_backup_that_is_a_link_is_refused(site: Site, tmp_path: Path) -> None:
    """A backup is what the medium holds: a listed file that is a link to a file
    elsewhere (with the hash the manifest gives) is refused, never copied from there."""
    folder = _backup(site, tmp_path / "usb")
    elsewhere = tmp_path / "elsewhere.db"
    shutil.move(folder / "vault.db", elsewhere)
    (folder / "vault.db").symlink_to(elsewhere)
    with pytest.raises(BackupDamaged) as refused:
        restoring.restore(folder, tmp_path / "restored", site.clock)
    assert refused.value.file == "vault.db"
    assert not (tmp_path / "restored").exists()


def test_a_manifest_that_is_a_link_is_no_backup(site: Site, tmp_path: Path) -> None:
    folder = _backup(site, tmp_path / "usb")
    shutil.move(folder / MANIFEST_NAME, tmp_path / "m.json")
    (folder / MANIFEST_NAME).symlink_to(tmp_path / "m.json")
    with pytest.raises(BackupNotFound):
        restoring.restore(folder, tmp_path / "restored", site.clock)


@pytest.mark.parametrize("name", ["vault.db", MANIFEST_NAME])
def test_a_pipe_in_the_backup_is_refused_without_waiting(
    site: Site, tmp_path: Path, name: str
) -> None:
    folder = _backup(site, tmp_path / "usb")
    (folder / name).unlink()
    os.mkfifo(folder / name)
    done: list[BaseException] = []

    def run() -> None:
        try:
            restoring.restore(folder, tmp_path / "restored", site.clock)
        except BaseException as exc:
            done.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock it before failing
        with open(folder / name, "wb"):
            pass
        worker.join(10)
        pytest.fail("restore waited on a pipe")
    assert done and isinstance(done[0], BackupDamaged | BackupNotFound)
    assert not (tmp_path / "restored").exists()


def test_a_file_that_changes_after_its_check_is_not_put_in_place(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The medium hands different bytes on the second read (a file that grows, a
    failing stick): the copy is hashed again as it is written, and the restore fails
    with nothing left in the folder."""
    folder = _backup(site, tmp_path / "usb")
    real_check = restoring.check_files

    def check_then_grow(*args: object, **kwargs: object) -> object:
        manifest = real_check(*args, **kwargs)  # type: ignore[arg-type]
        with (folder / "vault.db").open("ab") as f:
            f.write(b"\0" * 4096)
        return manifest

    monkeypatch.setattr(restoring, "check_files", check_then_grow)
    target = tmp_path / "restored"
    with pytest.raises(BackupDamaged):
        restoring.restore(folder, target, site.clock)
    assert not target.exists()


# --------------------------------------------------------------- the data folder


def test_leftovers_named_as_staged_files_that_are_links_remove_only_the_links(
    site: Site, tmp_path: Path
) -> None:
    """Someone plants `.vault.db.restoring` → a file elsewhere: the restore's clean-up
    removes the link, never the file it points to, and the copy does not write
    through a link."""
    folder = _backup(site, tmp_path / "usb")
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    _fresh(site)
    site.vault.data_dir.mkdir()
    for name in (".vault.db.restoring", ".vault.keys.restoring",
                 f".{MARKER_NAME}.restoring"):
        (site.vault.data_dir / name).symlink_to(victim)
    restoring.restore(folder, site.vault.data_dir, site.clock)
    assert victim.read_text() == "keep me"
    assert not any(p.is_symlink() for p in site.vault.data_dir.iterdir())
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))


def test_a_link_planted_while_the_restore_stages_is_not_written_through(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A race: the link appears after the clean-up, before the copy. The staged file
    is created exclusively, so the copy refuses to open it; nothing elsewhere changes
    and no vault is put in place."""
    folder = _backup(site, tmp_path / "usb")
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    target = tmp_path / "restored"
    real_check = restoring.check_files

    def check_then_plant(*args: object, **kwargs: object) -> object:
        manifest = real_check(*args, **kwargs)  # type: ignore[arg-type]
        target.mkdir()
        (target / ".vault.db.restoring").symlink_to(victim)
        return manifest

    monkeypatch.setattr(restoring, "check_files", check_then_plant)
    with pytest.raises(BackupError):
        restoring.restore(folder, target, site.clock)
    assert victim.read_text() == "keep me"
    assert list(target.iterdir()) == []  # its own staging name (the link) removed too


# --------------------------------------------------------------- the restore note


def _plant(site: Site, data: bytes) -> None:
    (site.vault.data_dir / MARKER_NAME).write_bytes(data)


def test_a_planted_note_without_a_restore_is_recorded_as_not_matching(site: Site) -> None:
    """A note planted in a folder that was never restored: the unlock records it, with
    the folder's real head, and says the note does not match the chain."""
    _plant(site, json.dumps({"backup": "leadvault-backup-20200101-000000",
                             "made_at": "2020-01-01T00:00:00.000000Z",
                             "audit_head": "1:" + "ab" * 32,
                             "restored_at": "2020-01-02T00:00:00.000000Z"}).encode())
    [record] = _records(site, "backup.restore")
    assert record["note_matches"] is False
    assert record["head"] != "1:" + "ab" * 32
    assert not (site.vault.data_dir / MARKER_NAME).exists()


@pytest.mark.parametrize("note", [
    {"backup": "x" * 300, "made_at": "", "audit_head": "", "restored_at": ""},
    {"backup": "备份 110101199003074518", "made_at": "", "audit_head": "",
     "restored_at": ""},
    {"backup": "a\u202eb\nc\x00d", "made_at": "2026", "audit_head": "1:2",
     "restored_at": {"nested": [1, 2, {"deep": {"deeper": {"deepest": 1}}}]}},
    {"backup": ["list"], "made_at": 12, "audit_head": None, "restored_at": True},
])
def test_a_planted_note_with_odd_fields_neither_breaks_the_unlock_nor_reaches_the_record(
    site: Site, note: dict[str, object]
) -> None:
    """Text too long for a record, a number that looks like an ID number, control and
    direction characters, nested values: the unlock goes on; the record holds only
    short plain labels, times and heads of the right form."""
    _plant(site, json.dumps(note, ensure_ascii=False).encode())
    [record] = _records(site, "backup.restore")
    backup = record["backup"]
    assert isinstance(backup, str) and len(backup) <= 100
    assert "110101199003074518" not in backup
    assert not any(ord(c) < 32 or c in "\u202e\u200e\u200f" for c in backup)
    assert record["made_at"] == "" and record["restored_at"] == ""
    assert not (site.vault.data_dir / MARKER_NAME).exists()


def test_a_long_backup_folder_name_does_not_break_the_unlock_after_a_real_restore(
    site: Site, tmp_path: Path
) -> None:
    """No attacker at all: a backup folder renamed on the medium to a long name."""
    folder = _backup(site, tmp_path / "usb")
    long = folder.rename(folder.parent / ("leadvault-backup-" + "x" * 230))
    _fresh(site)
    restoring.restore(long, site.vault.data_dir, site.clock)
    [record] = _records(site, "backup.restore")
    assert record["note_matches"] is True
    assert str(record["backup"]) == ("leadvault-backup-" + "x" * 230)[:100]


@pytest.mark.parametrize("kind", ["directory", "pipe", "huge", "link"])
def test_a_planted_note_that_is_no_small_file_neither_hangs_nor_breaks_the_unlock(
    site: Site, tmp_path: Path, kind: str
) -> None:
    marker = site.vault.data_dir / MARKER_NAME
    outside = tmp_path / "outside.json"
    outside.write_text(json.dumps({"backup": "from-outside", "made_at": "",
                                   "audit_head": "", "restored_at": ""}))
    if kind == "directory":
        marker.mkdir()
    elif kind == "pipe":
        os.mkfifo(marker)
    elif kind == "huge":
        with marker.open("wb") as f:
            f.write(b'{"backup": "' + b"x" * (64 * 1024 * 1024) + b'"}')
    else:
        marker.symlink_to(outside)
    result: list[object] = []

    def run() -> None:
        try:
            result.append(_records(site, "backup.restore"))
        except BaseException as exc:
            result.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        with open(marker, "wb"):
            pass
        worker.join(30)
        pytest.fail("the unlock waited on a pipe")
    assert not isinstance(result[0], BaseException), result[0]
    [record] = result[0]  # type: ignore[misc]
    assert record["backup"] == "?"  # unreadable: recorded, without details
    assert outside.exists()
    if kind != "directory":
        assert not os.path.lexists(marker)
    site.vault.lock(site.unlock(site.clerk, "clerk pw"))  # and the next unlock too


def test_a_link_on_the_medium_named_as_a_killed_backups_leftover_is_not_followed(
    site: Site, tmp_path: Path
) -> None:
    """The next backup removes a killed one's hidden `.…partial` folder: one planted as
    a link to a folder elsewhere is not emptied through the link."""
    medium = tmp_path / "usb"
    medium.mkdir()
    victim = tmp_path / "documents"
    victim.mkdir()
    (victim / "keep.txt").write_text("keep me")
    (medium / ".leadvault-backup-20260101-000000.partial").symlink_to(victim)
    _backup(site, medium)
    assert (victim / "keep.txt").read_text() == "keep me"
