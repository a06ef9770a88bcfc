"""What the About box says: the program's version, and for an unlocked vault its id
and the fingerprints of the chief procurator's keys on the roster (a person can
compare them with the roster's printed record and with his card)."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.vault.roster_chain import VerifiedRoster

PACKAGE = "leadvault"


@dataclass(frozen=True)
class ChiefKey:
    name: str
    card_serial: str
    fingerprint: str  # SHA-256 of the signing key, first 128 bits, grouped
    backup: bool


@dataclass(frozen=True)
class AboutFacts:
    vault_id: str
    roster_version: int
    chiefs: tuple[ChiefKey, ...]


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(PACKAGE)
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def fingerprint(public_b64: str) -> str:
    digest = hashlib.sha256(base64.b64decode(public_b64)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def about_facts(vault_id: str, roster: VerifiedRoster | None) -> AboutFacts:
    """Keyholders and viewers alike: both unlocks verified the same roster."""
    if roster is None:
        return AboutFacts(vault_id, 0, ())
    current = roster.current
    return AboutFacts(
        vault_id, current.version,
        tuple(ChiefKey(e.name, e.card_serial, fingerprint(e.sig_public), e.backup)
              for e in current.chiefs() if e.active),
    )
