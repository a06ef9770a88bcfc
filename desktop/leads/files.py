"""Attachment checks: the type comes from the bytes, not the name; a name that claims
another type is a disguised file and is refused; size has a limit (setting
`leads.attachment_limit_bytes`, 50 MB by default)."""

from __future__ import annotations

import codecs
import hashlib
import zipfile
from dataclasses import dataclass
from io import BytesIO

from desktop.leads.errors import AttachmentTooLarge, DisguisedFile, UnknownFileType

DEFAULT_LIMIT = 50 * 1024 * 1024
LIMIT_SETTING = "leads.attachment_limit_bytes"
_HEAD = 65536  # bytes searched for NUL, characters checked for printability
_STEP = 1024 * 1024

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
GIF = "image/gif"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

EXTENSIONS: dict[str, str] = {
    "pdf": PDF, "png": PNG, "jpg": JPEG, "jpeg": JPEG, "tif": TIFF, "tiff": TIFF,
    "gif": GIF, "txt": TEXT, "docx": DOCX, "xlsx": XLSX,
}
_MAGIC = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
)


def sniff(content: bytes) -> str | None:
    """The media type the bytes show, or None."""
    for magic, media_type in _MAGIC:
        if content.startswith(magic):
            return media_type
    if content.startswith(b"PK\x03\x04"):
        return _office_type(content)
    return TEXT if _is_text(content) else None


def _office_type(content: bytes) -> str | None:
    try:
        with zipfile.ZipFile(BytesIO(content)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return None
    if "[Content_Types].xml" not in names:
        return None
    if any(n.startswith("word/") for n in names):
        return DOCX
    if any(n.startswith("xl/") for n in names):
        return XLSX
    return None


def _is_text(content: bytes) -> bool:
    """Valid UTF-8 (or GB 18030) throughout, and printable in its first 64K characters.
    Decoded a megabyte at a time: a 50 MB file is never copied whole as text."""
    if b"\x00" in content[:_HEAD]:
        return False
    view = memoryview(content)
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        head = ""
        try:
            for start in range(0, len(content), _STEP):
                end = start + _STEP
                piece = decoder.decode(view[start:end], final=end >= len(content))
                if len(head) < _HEAD:
                    head += piece[: _HEAD - len(head)]
        except UnicodeDecodeError:
            continue
        return all(c.isprintable() or c in "\r\n\t\f" for c in head)
    return False


@dataclass(frozen=True)
class CheckedFile:
    file_name: str
    media_type: str
    size: int
    sha256: str


def check_file(file_name: str, content: bytes, limit: int = DEFAULT_LIMIT) -> CheckedFile:
    if len(content) > limit:
        raise AttachmentTooLarge(len(content), limit)
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    actual = sniff(content)
    claimed = EXTENSIONS.get(extension)
    if actual is None:
        raise UnknownFileType(extension)
    if claimed is None or claimed != actual:
        raise DisguisedFile(extension, actual)
    return CheckedFile(file_name, actual, len(content), hashlib.sha256(content).hexdigest())
