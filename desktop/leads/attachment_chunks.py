"""Attachments sealed in chunks (issue 14): each CHUNK_BYTES piece is its own
AES-256-GCM ciphertext under the lead key, whose associated data names the lead,
the attachment, the file's SHA-256 and the chunk's place "i/n" — so a chunk moved to
another attachment or place, a dropped chunk or a reordered pair does not open.
Sealing and opening go a chunk at a time: the file is never whole in memory twice."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.domain.leads import AttachmentId, LeadId
from desktop.leads.errors import IdentityCorrupt

CHUNK_BYTES = 1024 * 1024
NONCE_BYTES = 12
_AAD = "leadvault attachment v2|lead:{lead}|attachment:{attachment}|{sha256}|{index}/{count}"


def chunk_count(size: int) -> int:
    return max(1, -(-size // CHUNK_BYTES))  # an empty file is one empty chunk


def seal_chunks(key: bytes, lead_id: LeadId, attachment_id: AttachmentId, sha256: str,
                content: bytes) -> Iterator[bytes]:
    """The sealed chunks of ``content``, in order (slices of it, not copies)."""
    aead = AESGCM(key)
    view = memoryview(content)
    count = chunk_count(len(content))
    for index in range(count):
        nonce = os.urandom(NONCE_BYTES)
        aad = _AAD.format(lead=lead_id, attachment=attachment_id, sha256=sha256,
                          index=index, count=count)
        piece = view[index * CHUNK_BYTES : (index + 1) * CHUNK_BYTES]
        yield nonce + aead.encrypt(nonce, piece, aad.encode())


def open_chunks(key: bytes, lead_id: LeadId, attachment_id: AttachmentId, sha256: str,
                count: int, sealed: Iterable[bytes], sink: Callable[[bytes], None]) -> None:
    """Each chunk opened and handed to ``sink`` in order; IdentityCorrupt when one does
    not authenticate, one is missing or extra, or the whole does not hash to sha256
    (the sink then holds a part: the caller drops it)."""
    aead = AESGCM(key)
    digest = hashlib.sha256()
    seen = 0
    for index, chunk in enumerate(sealed):
        if index >= count:
            raise IdentityCorrupt("an attachment has more chunks than it was written in")
        aad = _AAD.format(lead=lead_id, attachment=attachment_id, sha256=sha256,
                          index=index, count=count)
        sealed_view = memoryview(chunk)  # no copy of the chunk's ciphertext
        try:
            plain = aead.decrypt(sealed_view[:NONCE_BYTES], sealed_view[NONCE_BYTES:],
                                 aad.encode())
        except (InvalidTag, ValueError):
            raise IdentityCorrupt("an attachment chunk does not authenticate") from None
        digest.update(plain)
        sink(plain)
        del plain
        seen = index + 1
    if seen != count:
        raise IdentityCorrupt("an attachment is missing chunks")
    if digest.hexdigest() != sha256:
        raise IdentityCorrupt("attachment content does not match its hash")
