"""Grant packages and viewer outbox entries (DESIGN.md §6), as plain data.

A grant package is what a viewer (director, deputy chief, staff) may see of one lead:
the granted parts, the request and the chief's signed decision, framed as one
canonical JSON header followed by the attachments' bytes (so a package of large files
is sealed and opened in one AEAD pass, never base64'd). The framing is ours: no kept
format carries "a canonical JSON header plus raw blobs" and it is twelve lines."""

from __future__ import annotations

import json
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.domain.canonical import canonical_json

PACKAGE_MAGIC = b"LVG1"
GRANT_INFO = b"LeadVault/1 grant\x00"
INBOX_INFO = b"LeadVault/1 inbox\x00"
SELF_INFO = b"LeadVault/1 mine\x00"
_LENGTH = struct.Struct(">I")


class PackageInvalid(ValueError):
    """A package that does not open, does not parse or is not for this viewer."""

    def __init__(self, why: str) -> None:
        super().__init__(f"grant package refused: {why}")
        self.why = why


# What a viewer may do with a grant; each is written to his outbox before it happens.
OUTBOX_ACTIONS = ("request", "open", "identity", "print")


def grant_info(vault_id: str, package_id: str, recipient: str) -> bytes:
    """HPKE ``info``: the vault, the package and the viewer it is sealed to, so a
    package copied to another vault, id or viewer does not open."""
    return GRANT_INFO + "\x00".join((vault_id, package_id, recipient)).encode()


def inbox_info(vault_id: str, sender: str) -> bytes:
    return INBOX_INFO + "\x00".join((vault_id, sender)).encode()


def self_info(vault_id: str, sender: str) -> bytes:
    return SELF_INFO + "\x00".join((vault_id, sender)).encode()


@dataclass(frozen=True)
class GrantedReport:
    received_at: str  # canonical UTC text
    channel: str
    kind: str
    real_name: bool
    text: str  # the report's original text (empty unless report texts are granted)
    summary: str


@dataclass(frozen=True)
class GrantedAttachment:
    file_name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class GrantedIdentity:
    report: int  # index into reports
    name: str
    id_number: str
    unit: str
    address: str
    phones: tuple[str, ...]


@dataclass(frozen=True)
class GrantedLead:
    """The granted part of one lead. ``scope`` says what was granted; parts outside it
    are empty, never filled with placeholders that could be mistaken for content."""

    number: str
    status: str
    category: str
    summary: str
    reported: tuple[str, ...]  # reported persons / units, as the case card names them
    filing_level: str
    report_count: int
    first_received_at: str
    last_received_at: str
    disposition: str
    scope: tuple[str, ...]
    reports: tuple[GrantedReport, ...] = ()
    attachments: tuple[GrantedAttachment, ...] = ()
    identities: tuple[GrantedIdentity, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "status": self.status, "category": self.category,
            "summary": self.summary, "reported": list(self.reported),
            "filing_level": self.filing_level, "report_count": self.report_count,
            "first_received_at": self.first_received_at,
            "last_received_at": self.last_received_at, "disposition": self.disposition,
            "scope": list(self.scope),
            "reports": [vars(r) for r in self.reports],
            "attachments": [vars(a) for a in self.attachments],
            "identities": [{**vars(i), "phones": list(i.phones)} for i in self.identities],
        }

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> GrantedLead:
        try:
            return cls(
                number=str(d["number"]), status=str(d["status"]), category=str(d["category"]),
                summary=str(d["summary"]), reported=tuple(str(x) for x in d["reported"]),
                filing_level=str(d["filing_level"]), report_count=int(d["report_count"]),
                first_received_at=str(d["first_received_at"]),
                last_received_at=str(d["last_received_at"]),
                disposition=str(d["disposition"]), scope=tuple(str(s) for s in d["scope"]),
                reports=tuple(GrantedReport(**r) for r in d["reports"]),
                attachments=tuple(GrantedAttachment(**a) for a in d["attachments"]),
                identities=tuple(GrantedIdentity(**{**i, "phones": tuple(i["phones"])})
                                 for i in d["identities"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise PackageInvalid(f"malformed lead ({exc.__class__.__name__})") from None


@dataclass(frozen=True)
class PackageContent:
    """The plaintext of a package: the header (lead, request, decision) and the files."""

    header: Mapping[str, Any]
    files: tuple[memoryview, ...]


def pack(header: Mapping[str, Any], files: Sequence[bytes | bytearray]) -> bytes:
    head = canonical_json(dict(header))
    return b"".join((PACKAGE_MAGIC, _LENGTH.pack(len(head)), head, *files))


def unpack(plain: bytes, sizes_key: str = "sizes") -> PackageContent:
    """The header and, by the sizes it lists, views of each file (no copies)."""
    if plain[:4] != PACKAGE_MAGIC or len(plain) < 8:
        raise PackageInvalid("not a grant package")
    (length,) = _LENGTH.unpack_from(plain, 4)
    try:
        header = json.loads(plain[8:8 + length])
    except (ValueError, UnicodeDecodeError):
        raise PackageInvalid("header") from None
    sizes = header.get(sizes_key) if isinstance(header, dict) else None
    if not isinstance(sizes, list) or not all(isinstance(s, int) and s >= 0 for s in sizes):
        raise PackageInvalid("header")
    view = memoryview(plain)
    offset, files = 8 + length, []
    for size in sizes:
        files.append(view[offset:offset + size])
        offset += size
    if offset != len(plain):
        raise PackageInvalid("length")
    return PackageContent(header, tuple(files))
