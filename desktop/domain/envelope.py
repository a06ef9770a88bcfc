"""The one signed envelope (DESIGN.md §6): everything the chief's card signs — roster,
decision, unsealing, checkpoint — is this canonical JSON object.

Canonical means UTF-8, sorted keys, no whitespace, and only strings, integers,
booleans, lists and objects (no null, no floats); a document with duplicate keys or in
any other spelling is refused, so one meaning has exactly one byte string. The card
signs SHA-256 of ``SIGNING_PREFIX`` followed by those bytes: the prefix keeps a
LeadVault signature from ever being valid as a signature over something else (a
document, a login challenge) and the other way round. Verification uses the stored
bytes exactly; an envelope's id hashes its content, never its signature.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from desktop.domain.canonical import canonical_json

SIGNING_PREFIX = b"LeadVault/1\x00"
ID_PREFIX = b"LeadVault/1 envelope id\x00"

EnvelopeValue: TypeAlias = (
    "str | int | bool | Sequence[EnvelopeValue] | Mapping[str, EnvelopeValue]"
)
_FIELDS = (
    "type",
    "vault_id",
    "roster_hash",
    "sequence",
    "audit_head",
    "previous",
    "signature_counter",
    "time",
    "body",
)


class EnvelopeType(enum.Enum):
    ROSTER = "roster"
    DECISION = "decision"
    UNSEALING = "unsealing"
    CHECKPOINT = "checkpoint"
    # Signed by a viewer's card, never a chief power: his requests and what he did
    # with a grant (DESIGN §6 outbox). Every chief check names the type it expects.
    OUTBOX = "outbox"


class MalformedEnvelope(ValueError):
    """The bytes are not one canonical envelope; ``reason`` says what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"not a canonical LeadVault envelope: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class Envelope:
    """``previous`` is the id of the envelope signed before this one (empty for the
    first), ``audit_head`` the chain's head as "seq:hash", ``time`` canonical UTC text,
    ``signature_counter`` what the card's DO 7A/93 will read after signing."""

    type: EnvelopeType
    vault_id: str
    roster_hash: str
    sequence: int
    audit_head: str
    previous: str
    signature_counter: int
    time: str
    body: Mapping[str, EnvelopeValue]

    def to_bytes(self) -> bytes:
        document: dict[str, EnvelopeValue] = {
            "type": self.type.value,
            "vault_id": self.vault_id,
            "roster_hash": self.roster_hash,
            "sequence": self.sequence,
            "audit_head": self.audit_head,
            "previous": self.previous,
            "signature_counter": self.signature_counter,
            "time": self.time,
            "body": self.body,
        }
        _check_value(document, "envelope")
        return canonical_json(document)


def signing_message(envelope_bytes: bytes) -> bytes:
    """What the card signs (it hashes this with SHA-256 for ECDSA P-256)."""
    return SIGNING_PREFIX + envelope_bytes


def envelope_id(envelope_bytes: bytes) -> str:
    """The envelope's identifier: a hash of its content alone."""
    return hashlib.sha256(ID_PREFIX + envelope_bytes).hexdigest()


def parse_envelope(data: bytes) -> Envelope:
    """The envelope these exact bytes spell, or MalformedEnvelope."""
    try:
        text = data.decode("utf-8")
        # The fast C parser first: canonical bytes re-encode to themselves, so a
        # duplicate key or any other spelling shows as a difference below, and only
        # then is the text parsed again slowly to say exactly what is wrong.
        document = json.loads(text)
    except UnicodeDecodeError:
        raise MalformedEnvelope("not UTF-8") from None
    except json.JSONDecodeError as error:
        raise MalformedEnvelope(f"not JSON ({error.msg})") from None
    if not _canonical(document, data):
        try:
            document = json.loads(text, object_pairs_hook=_refuse_duplicates,
                                  parse_float=_no_float, parse_constant=_no_float)
        except json.JSONDecodeError as error:
            raise MalformedEnvelope(f"not JSON ({error.msg})") from None
        if not isinstance(document, dict):
            raise MalformedEnvelope("not an object")
        _check_value(document, "envelope")
        if not _canonical(document, data):
            raise MalformedEnvelope("not in canonical form")
    _check_value(document, "envelope")
    if sorted(document) != sorted(_FIELDS):
        raise MalformedEnvelope("fields are not " + ", ".join(_FIELDS))
    for name in ("type", "vault_id", "roster_hash", "audit_head", "previous", "time"):
        if not isinstance(document[name], str):
            raise MalformedEnvelope(f"{name} is not a string")
    for name in ("sequence", "signature_counter"):
        value = document[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise MalformedEnvelope(f"{name} is not a count")
    if not isinstance(document["body"], dict):
        raise MalformedEnvelope("body is not an object")
    try:
        kind = EnvelopeType(document["type"])
    except ValueError:
        raise MalformedEnvelope(f"unknown type {document['type']!r}") from None
    return Envelope(
        type=kind,
        vault_id=document["vault_id"],
        roster_hash=document["roster_hash"],
        sequence=document["sequence"],
        audit_head=document["audit_head"],
        previous=document["previous"],
        signature_counter=document["signature_counter"],
        time=document["time"],
        body=document["body"],
    )


def _canonical(document: object, data: bytes) -> bool:
    if not isinstance(document, dict):
        return False
    try:
        return canonical_json(document) == data
    except (TypeError, ValueError):  # a float, NaN or other value canonical JSON refuses
        return False


def _check_value(value: object, where: str) -> None:
    if isinstance(value, bool | str):
        return
    if isinstance(value, int):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise MalformedEnvelope(f"{where} has a key that is not a string")
            _check_value(item, f"{where}.{key}")
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_value(item, f"{where}[{index}]")
        return
    if isinstance(value, float):
        raise MalformedEnvelope(f"{where}: number {value} is not an integer")
    raise MalformedEnvelope(f"{where} holds a {type(value).__name__}")


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for key, value in pairs:
        if key in document:
            raise MalformedEnvelope(f"duplicate key {key!r}")
        document[key] = value
    return document


def _no_float(text: str) -> Any:
    raise MalformedEnvelope(f"number {text} is not an integer")
