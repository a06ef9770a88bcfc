"""The roster: who is enrolled, in which role, with which card (DESIGN.md §6).

It is the body of a ROSTER envelope signed by the chief procurator's card; every
role decision comes from the verified roster, never from the ``users`` table (a
cache) or a slot's own say-so. Plain data here; signing and the chain check are
in desktop.vault.roster_chain."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from desktop.domain.roles import Role

ROSTER_FORMAT = 1


class RosterInvalid(ValueError):
    """A roster that cannot be trusted; ``reason`` says what was found."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the roster cannot be trusted: {reason}")
        self.reason = reason


class EntryStatus(enum.Enum):
    ACTIVE = "active"
    REMOVED = "removed"


@dataclass(frozen=True)
class RosterEntry:
    """One enrolled person and card. ``slot_id`` names the header slot that must
    belong to this entry; ``backup`` marks a chief card kept sealed (DESIGN §6)."""

    slot_id: str
    name: str
    role: Role
    card_serial: str
    sig_algorithm: str
    sig_public: str  # base64, as enrolled
    dec_public: str  # base64
    status: EntryStatus = EntryStatus.ACTIVE
    backup: bool = False
    grant_public: str = ""  # base64 X25519 key a viewer's grants are sealed to

    @property
    def keyholder(self) -> bool:
        """Holds DEK and IK (clerk, chief); everyone else is a viewer (DESIGN §6)."""
        return self.role.holds_vault_keys

    @property
    def active(self) -> bool:
        return self.status is EntryStatus.ACTIVE

    @property
    def is_chief(self) -> bool:
        return self.role is Role.CHIEF and self.active

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "name": self.name,
            "role": self.role.value,
            "card_serial": self.card_serial,
            "sig_algorithm": self.sig_algorithm,
            "sig_public": self.sig_public,
            "dec_public": self.dec_public,
            "status": self.status.value,
            "backup": self.backup,
            "grant_public": self.grant_public,
        }

    @classmethod
    def from_json(cls, value: Any) -> RosterEntry:
        d = _object(value, "entry")
        backup = d.get("backup")
        if not isinstance(backup, bool):
            raise RosterInvalid("an entry's backup flag is not true or false")
        try:
            role = Role(_text(d, "role"))
            status = EntryStatus(_text(d, "status"))
        except ValueError:
            raise RosterInvalid("an entry names an unknown role or status") from None
        return cls(
            slot_id=_text(d, "slot_id"),
            name=_text(d, "name"),
            role=role,
            card_serial=_text(d, "card_serial"),
            sig_algorithm=_text(d, "sig_algorithm"),
            sig_public=_text(d, "sig_public"),
            dec_public=_text(d, "dec_public"),
            status=status,
            backup=backup,
            grant_public=_text(d, "grant_public"),
        )


@dataclass(frozen=True)
class Roster:
    """Version N of the roster. ``recovery_key`` is the hash of the recovery slot's
    public key: a rekey seals the new keys to that recovery key and no other."""

    version: int
    entries: tuple[RosterEntry, ...]
    recovery_key: str
    # A v1 written by `vault refound`: the vault it succeeds and that vault's last
    # checkpoint ("vault-id seq:hash") — a visible new beginning, never a silent one.
    origin: str = ""

    def body(self) -> dict[str, Any]:
        return {
            "format": ROSTER_FORMAT,
            "version": self.version,
            "entries": [e.to_json() for e in self.entries],
            "recovery_key": self.recovery_key,
            **({"origin": self.origin} if self.origin else {}),
        }

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> Roster:
        if body.get("format") != ROSTER_FORMAT:
            raise RosterInvalid("unknown roster format")
        version = body.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise RosterInvalid("the roster version is not a positive number")
        entries = body.get("entries")
        if not isinstance(entries, list):
            raise RosterInvalid("the roster has no list of entries")
        roster = cls(
            version=version,
            entries=tuple(RosterEntry.from_json(e) for e in entries),
            recovery_key=_text(dict(body), "recovery_key"),
            origin=_text(dict(body), "origin") if "origin" in body else "",
        )
        slots = [e.slot_id for e in roster.entries]
        if len(set(slots)) != len(slots):
            raise RosterInvalid("two entries name the same slot")
        cards = [e.card_serial for e in roster.entries if e.active]
        if len(set(cards)) != len(cards):
            raise RosterInvalid("two active entries name the same card")
        return roster

    def entry_for_slot(self, slot_id: str) -> RosterEntry | None:
        return next((e for e in self.entries if e.slot_id == slot_id), None)

    def active_entry_for_card(self, serial: str) -> RosterEntry | None:
        return next((e for e in self.entries if e.active and e.card_serial == serial), None)

    def chiefs(self) -> tuple[RosterEntry, ...]:
        """The chief keys of this version: they alone may sign the next one, a
        checkpoint, a decision or an unsealing."""
        return tuple(e for e in self.entries if e.is_chief)

    def active_entries(self) -> tuple[RosterEntry, ...]:
        return tuple(e for e in self.entries if e.active)

    def next_version(self, entries: tuple[RosterEntry, ...]) -> Roster:
        return replace(self, version=self.version + 1, entries=entries)

    def with_entry(self, entry: RosterEntry) -> Roster:
        """The next version with ``entry`` added, or replacing the one with its slot."""
        kept = tuple(e for e in self.entries if e.slot_id != entry.slot_id)
        return self.next_version((*kept, entry))


def _object(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RosterInvalid(f"the {what} is not an object")
    return value


def _text(d: dict[str, Any], key: str) -> str:
    value = d.get(key)
    if not isinstance(value, str):
        raise RosterInvalid(f"{key} is not text")
    return value
