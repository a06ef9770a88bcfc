"""A folder put in place from a backup carries a small note (no content, no key):
which backup, made when, up to which audit head. The next keyholder unlock puts
the restore on the audit record (nothing can be recorded before a key opens the
vault) and removes the note; the chief's acceptance of an older backup cites it."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

MARKER_NAME = "restored-from-backup.json"


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


def read_note(data_dir: Path) -> RestoreNote | None:
    """The note, or None (none, or unreadable: an unreadable note is dropped, the
    restore is then recorded without its details)."""
    try:
        d = json.loads((data_dir / MARKER_NAME).read_bytes())
        return RestoreNote(str(d["backup"]), str(d["made_at"]), str(d["audit_head"]),
                           str(d["restored_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return RestoreNote("?", "", "", "")


def clear_note(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / MARKER_NAME).unlink()
