"""What the chief asks of the audit trail in the audit view and on a printed extract:
a time range, a user, an action and a subject (all optional), and which page."""

from __future__ import annotations

import enum
from typing import NamedTuple


class AuditFilter(NamedTuple):
    """Empty fields do not filter. Times are canonical UTC text (desktop.audit
    .canonical); ``until`` is exclusive. ``actor`` and ``subject`` are audit ids
    ("user:3", "lead:12"), ``action`` an action code ("lead.record"). A named tuple,
    not a dataclass: the window's ports name it before the lock screen shows, and
    importing dataclasses there cost ~4 ms of start-up."""

    since: str = ""
    until: str = ""
    actor: str = ""
    action: str = ""
    subject: str = ""

    @property
    def empty(self) -> bool:
        return not (self.since or self.until or self.actor or self.action or self.subject)

    def words(self) -> str:
        """The filter as one line of text, as an export request names it."""
        parts = [f"{k}={v}" for k, v in (("since", self.since), ("until", self.until),
                                          ("actor", self.actor), ("action", self.action),
                                          ("subject", self.subject)) if v]
        return ";".join(parts) or "all"


class PageAt(enum.Enum):
    """Keyset paging: the newest page, the page before (older than) or after (newer
    than) a record, or the oldest page."""

    NEWEST = "newest"
    OLDER = "older"
    NEWER = "newer"
    OLDEST = "oldest"


class AuditRow(NamedTuple):
    """A record as a page lists it: no hashes, and the details as stored (canonical
    JSON text, exactly as hashed), parsed only when a row is put into words."""

    seq: int
    time: str
    actor: str
    action: str
    subject: str
    details: str


MAX_SUBJECT = 80  # desktop.audit.log's limit on an id


def extract_subject(where: AuditFilter) -> str:
    """The audit subject an export of this extract is requested and approved for
    ("audit:…"): the filter spelled in the characters an audit id allows (times as
    their digits, e.g. "audit:from-20261101/by-user:3"); one too long for an id is
    named by a hash of its words instead (the request's reason says it in full)."""
    import hashlib

    parts = []
    for key, value in (("from", _digits(where.since)), ("to", _digits(where.until)),
                       ("by", where.actor), ("act", where.action), ("on", where.subject)):
        if value:
            kept = "".join(c for c in value if _id_char(c))
            parts.append(f"{key}-{kept}")
    subject = "audit:" + ("/".join(parts) or "all")
    if len(subject) > MAX_SUBJECT:
        subject = "audit:sha-" + hashlib.sha256(where.words().encode()).hexdigest()[:32]
    return subject


def is_extract_subject(subject: str) -> bool:
    """Whether ``subject`` is spelled as extract_subject spells one (an EXPORT_AUDIT
    request names nothing else)."""
    kind, _, rest = subject.partition(":")
    return (kind == "audit" and bool(rest) and len(subject) <= MAX_SUBJECT
            and all(c == "/" or _id_char(c) for c in rest))


def _id_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in "_.:-")


def _digits(time: str) -> str:
    """2026-11-01T00:00:00.000000Z → 20261101T000000 (trailing zero time dropped)."""
    date, _, clock = time.partition("T")
    clock = clock.split(".")[0].replace(":", "")
    return date.replace("-", "") + ("" if clock in ("", "000000") else "T" + clock)
