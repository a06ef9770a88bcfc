"""The virtual card's persistent state and its JSON file.

This is a test and demo device: its file holds the private keys and PINs in
the clear, exactly what a real card keeps in its secure memory.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.card.emulator.algorithms import ATTRIBUTES, DEFAULTS
from desktop.card.model import KeySlot

DEFAULT_PW1 = b"123456"
DEFAULT_PW3 = b"12345678"
MAX_RETRIES = 3
TEST_MANUFACTURER = 0xFFFE  # "unmanaged S/N range": no real vendor uses it
STATE_VERSION = 1


def _per_slot(value: bytes) -> dict[KeySlot, bytes]:
    return {slot: value for slot in KeySlot}


@dataclass
class CardState:
    serial: int
    manufacturer: int = TEST_MANUFACTURER
    pw1: bytes = DEFAULT_PW1
    pw3: bytes = DEFAULT_PW3
    pw1_retries: int = MAX_RETRIES
    pw3_retries: int = MAX_RETRIES
    # C4 byte 0: True = 00 (PW1 valid for one signature), False = 01.
    pw1_one_signature: bool = False
    signature_counter: int = 0
    name: bytes = b""
    language: bytes = b""
    sex: bytes = b""
    url: bytes = b""
    login: bytes = b""
    attributes: dict[KeySlot, bytes] = field(
        default_factory=lambda: {slot: ATTRIBUTES[DEFAULTS[slot]] for slot in KeySlot}
    )
    keys: dict[KeySlot, bytes | None] = field(
        default_factory=lambda: {slot: None for slot in KeySlot}
    )
    fingerprints: dict[KeySlot, bytes] = field(default_factory=lambda: _per_slot(bytes(20)))
    ca_fingerprints: dict[KeySlot, bytes] = field(default_factory=lambda: _per_slot(bytes(20)))
    times: dict[KeySlot, int] = field(default_factory=lambda: {slot: 0 for slot in KeySlot})
    terminated: bool = False
    # Private-use DOs 0101-0104 by their last byte; a card without them (older
    # tokens) is made with private_dos_supported=False and answers 6A88.
    private_dos: dict[int, bytes] = field(default_factory=dict)
    private_dos_supported: bool = True

    @classmethod
    def blank(cls, serial: int | None = None) -> CardState:
        """A factory-fresh card with a random serial (as a new card has)."""
        return cls(serial=secrets.randbelow(0xFFFFFFFF) + 1 if serial is None else serial)

    def to_json(self) -> dict[str, Any]:
        def slots(values: dict[KeySlot, Any], conv: Any) -> dict[str, Any]:
            return {slot.value: conv(values[slot]) for slot in KeySlot}

        return {
            "version": STATE_VERSION,
            "serial": self.serial,
            "manufacturer": self.manufacturer,
            "pw1": self.pw1.hex(),
            "pw3": self.pw3.hex(),
            "pw1_retries": self.pw1_retries,
            "pw3_retries": self.pw3_retries,
            "pw1_one_signature": self.pw1_one_signature,
            "signature_counter": self.signature_counter,
            "name": self.name.hex(),
            "language": self.language.hex(),
            "sex": self.sex.hex(),
            "url": self.url.hex(),
            "login": self.login.hex(),
            "attributes": slots(self.attributes, bytes.hex),
            "keys": slots(self.keys, lambda k: None if k is None else k.hex()),
            "fingerprints": slots(self.fingerprints, bytes.hex),
            "ca_fingerprints": slots(self.ca_fingerprints, bytes.hex),
            "times": slots(self.times, int),
            "terminated": self.terminated,
            "private_dos": {str(n): v.hex() for n, v in sorted(self.private_dos.items())},
            "private_dos_supported": self.private_dos_supported,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CardState:
        def slots(key: str, conv: Any) -> dict[KeySlot, Any]:
            return {slot: conv(data[key][slot.value]) for slot in KeySlot}

        return cls(
            serial=int(data["serial"]),
            manufacturer=int(data["manufacturer"]),
            pw1=bytes.fromhex(data["pw1"]),
            pw3=bytes.fromhex(data["pw3"]),
            pw1_retries=int(data["pw1_retries"]),
            pw3_retries=int(data["pw3_retries"]),
            pw1_one_signature=bool(data["pw1_one_signature"]),
            signature_counter=int(data["signature_counter"]),
            name=bytes.fromhex(data["name"]),
            language=bytes.fromhex(data["language"]),
            sex=bytes.fromhex(data["sex"]),
            url=bytes.fromhex(data["url"]),
            login=bytes.fromhex(data["login"]),
            attributes=slots("attributes", bytes.fromhex),
            keys=slots("keys", lambda k: None if k is None else bytes.fromhex(k)),
            fingerprints=slots("fingerprints", bytes.fromhex),
            ca_fingerprints=slots("ca_fingerprints", bytes.fromhex),
            times=slots("times", int),
            terminated=bool(data["terminated"]),
            # Cards saved before private DOs existed have none yet (and support them).
            private_dos={
                int(n): bytes.fromhex(v) for n, v in data.get("private_dos", {}).items()
            },
            private_dos_supported=bool(data.get("private_dos_supported", True)),
        )


class StateFileError(ValueError):
    """The state file exists but is not a virtual card's state."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: not a virtual card state file ({reason})")
        self.path = path


def load_or_create(path: Path) -> CardState:
    """Read the card at ``path``; a missing file is a new blank card (saved)."""
    if path.exists():
        try:
            return CardState.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StateFileError(path, f"{type(exc).__name__}: {exc}") from exc
    state = CardState.blank()
    save(state, path)
    return state


def save(state: CardState, path: Path) -> None:
    """Replace ``path`` atomically: a crash leaves the old or the new card."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(state.to_json(), handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
