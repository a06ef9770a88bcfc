"""A folder put in place from a backup carries a small note (no content, no key):
which backup, made when, up to which audit head. The next keyholder unlock puts
the restore on the audit record (nothing can be recorded before a key opens the
vault) and removes the note; the chief's acceptance of an older backup cites it.

The note is written without a key, so anyone who can write into the data folder
can plant or edit one. It is read as untrusted: only a small plain file, never
through a link or from a pipe; each field kept only in its form (a short label
without control or direction characters that the audit rules accept, a canonical
time, a head "seq:hash"), else left empty; and the head it names is checked against
the chain (``names_record``) before the record or the chief's acceptance relies on
it."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.audit.canonical import parse_time
from desktop.audit.details import check_details
from desktop.audit.errors import InvalidAuditField
from desktop.domain.audit import AuditRecord

MARKER_NAME = "restored-from-backup.json"
MAX_NOTE_BYTES = 4096  # a real note is under 400
LABEL_CHARS = 100
_HEAD = re.compile(r"^[0-9]{1,18}:[0-9a-f]{64}$")


@dataclass(frozen=True)
class RestoreNote:
    backup: str  # the backup folder's name
    made_at: str  # when the backup was made (canonical UTC)
    audit_head: str  # "seq:hash" the backup holds
    restored_at: str

    def to_bytes(self) -> bytes:
        return json.dumps(
            {"backup": self.backup, "made_at": self.made_at, "audit_head": self.audit_head,
             "restored_at": self.restored_at}, sort_keys=True).encode("utf-8")


UNREADABLE = RestoreNote("?", "", "", "")


def read_note(data_dir: Path) -> RestoreNote | None:
    """The note, or None (none, or unreadable: an unreadable note is dropped, the
    restore is then recorded without its details)."""
    try:
        fd = os.open(data_dir / MARKER_NAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError:  # a link (ELOOP), no permission, …
        return UNREADABLE
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder, a pipe, a device
            return UNREADABLE
        data = b""
        while len(data) <= MAX_NOTE_BYTES and (chunk := os.read(fd, MAX_NOTE_BYTES + 1)):
            data += chunk
        if len(data) > MAX_NOTE_BYTES:
            return UNREADABLE
        d = json.loads(data)
        if not isinstance(d, dict):
            return UNREADABLE
        return RestoreNote(_label(d.get("backup")), _time(d.get("made_at")),
                           _head(d.get("audit_head")), _time(d.get("restored_at")))
    except (OSError, ValueError):
        return UNREADABLE
    finally:
        os.close(fd)


def names_record(note: RestoreNote, get: Callable[[int], AuditRecord | None]) -> bool:
    """Whether the head the note names is a record of this chain (``get``: the chain's
    record by sequence number)."""
    if not note.audit_head:
        return False
    seq, digest = note.audit_head.split(":")
    record = get(int(seq))
    return record is not None and record.hash == digest


def clear_note(data_dir: Path) -> None:
    """Best effort: a note that cannot be removed (a folder planted under its name)
    is recorded again at the next unlock, never an unlock that fails."""
    with contextlib.suppress(OSError):
        (data_dir / MARKER_NAME).unlink()


def _label(value: object) -> str:
    if not isinstance(value, str):
        return "?"
    kept = "".join(c for c in value if unicodedata.category(c) not in ("Cc", "Cf", "Cs",
                                                                        "Zl", "Zp"))
    kept = kept[:LABEL_CHARS]
    try:
        check_details({"backup": kept})  # e.g. no number that looks like an ID number
    except InvalidAuditField:
        return "?"
    return kept


def _time(value: object) -> str:
    if not isinstance(value, str):
        return ""
    try:
        parse_time(value)
    except ValueError:
        return ""
    return value


def _head(value: object) -> str:
    return value if isinstance(value, str) and _HEAD.match(value) else ""
