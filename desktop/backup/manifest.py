"""A backup's manifest (DESIGN.md §10): which vault, when, the audit head and the
last checkpoint the copy holds, and the SHA-256 and size of every file. Canonical
JSON, parsed strictly: a manifest that does not parse is a damaged backup."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from desktop.audit.canonical import parse_time
from desktop.backup.errors import BackupDamaged

MANIFEST_NAME = "manifest.json"
FORMAT = "leadvault-backup/1"
DB_FILE = "vault.db"
HEADER_FILE = "vault.keys"
GRANTS_FILE = "grants.db"
# The only files a backup may hold, besides its manifest.
KNOWN_FILES = (DB_FILE, HEADER_FILE, GRANTS_FILE)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEAD = re.compile(r"^[0-9]+:[0-9a-f]{64}$")


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    vault_id: str
    created_at: str  # canonical UTC time (desktop.audit.canonical.format_time)
    audit_head: str  # "seq:hash" of the copied chain
    checkpoint: str  # "seq:hash" of its last checkpoint record, "" when none
    files: tuple[tuple[str, FileEntry], ...]  # sorted by name

    @property
    def head_seq(self) -> int:
        return int(self.audit_head.split(":")[0])

    def entry(self, name: str) -> FileEntry | None:
        return dict(self.files).get(name)

    @property
    def size(self) -> int:
        return sum(e.size for _, e in self.files)

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "audit_head": self.audit_head,
            "checkpoint": self.checkpoint,
            "files": {name: {"sha256": e.sha256, "size": e.size} for name, e in self.files},
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")


def parse_manifest(data: bytes) -> Manifest:
    """BackupDamaged(manifest.json, why) for anything but a manifest of this format."""
    try:
        return _parse(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
        raise BackupDamaged(MANIFEST_NAME, str(e)[:200] or type(e).__name__) from None


def _parse(d: Any) -> Manifest:
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ValueError("not a LeadVault backup manifest of a known format")
    head, checkpoint = _text(d, "audit_head"), _text(d, "checkpoint")
    if not _HEAD.match(head) or (checkpoint and not _HEAD.match(checkpoint)):
        raise ValueError("bad audit head or checkpoint")
    files = d["files"]
    if not isinstance(files, dict) or DB_FILE not in files or HEADER_FILE not in files:
        raise ValueError("the manifest must list vault.db and vault.keys")
    entries: list[tuple[str, FileEntry]] = []
    for name in sorted(files):
        entry = files[name]
        if name not in KNOWN_FILES or not isinstance(entry, dict):
            raise ValueError(f"unexpected file {name!r}")
        sha, size = entry.get("sha256"), entry.get("size")
        if not isinstance(sha, str) or not _HEX64.match(sha):
            raise ValueError(f"bad hash for {name}")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ValueError(f"bad size for {name}")
        entries.append((name, FileEntry(sha, size)))
    # The facts a person checks before a restore, and the restore's record: a vault
    # id and a time of their one form, never free text from the medium.
    vault_id, created_at = _text(d, "vault_id"), _text(d, "created_at")
    if str(uuid.UUID(vault_id)) != vault_id:
        raise ValueError("bad vault id")
    parse_time(created_at)
    return Manifest(vault_id, created_at, head, checkpoint, tuple(entries))


def _text(d: dict[str, Any], key: str) -> str:
    value = d[key]
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value
