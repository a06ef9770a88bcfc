"""An OpenPGP card 3.4 session: the commands LeadVault uses, typed errors.

`OpenPgpSession(transport)` implements desktop.ports.SmartCard plus the
admin operations provisioning needs. It selects the application lazily on
first use.

PIN handling: `verify_pin` opens a card transaction (Transport.exclusive)
that lasts until the next PIN-gated operation (sign, decipher, an admin
command) has run; then the PIN state is reset (VERIFY FF) and the
transaction released, so no other process can use the verified PIN and the
next process starts unverified. `with session.transaction():` groups several
operations under one VERIFY (provisioning does this).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, nullcontext, suppress

from desktop.card import tlv
from desktop.card.apdu import SW_OK, ApduChannel, Capabilities
from desktop.card.errors import (
    CardError,
    CardReset,
    CardTerminated,
    InvalidPinLength,
    KeyMissing,
    MalformedResponse,
    NotAnOpenPgpCard,
    PinBlocked,
    PinRequired,
    PrivateDataUnsupported,
    UnexpectedStatus,
    UnsupportedAlgorithm,
    WrongPin,
)
from desktop.card.model import (
    Algorithm,
    CardInfo,
    KeySlot,
    PinStatus,
    PublicKey,
    manufacturer_name,
)
from desktop.card.objects import (
    AGREEMENT,
    ALGORITHM_ATTRIBUTES,
    NO_PRIVATE_DOS,
    PRIVATE_DO_PINS,
    PW1,
    PW1_SIGN,
    PW3,
    SIGNING,
    SLOT_TAGS,
    algorithm_from_attributes,
    bcd,
    decode_name,
    encode_name,
    parse_pin_status,
)
from desktop.card.transport import Transport

OPENPGP_AID = bytes.fromhex("D27600012401")

_MIN_PIN = {PW1_SIGN: 6, PW1: 6, PW3: 8}


class OpenPgpSession:
    """One conversation with the OpenPGP application of one card."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self._channel = ApduChannel(transport)
        self._selected = False
        self._app_data: bytes | None = None
        self._held: ExitStack | None = None  # the card transaction, when held
        self._explicit = 0  # nesting depth of transaction()
        self._verified: set[int] = set()

    @property
    def reader_name(self) -> str:
        """The PC/SC reader's name ("" for a card linked in-process, e.g. the demo's)."""
        name = getattr(self._transport, "reader", "")
        return name if isinstance(name, str) else ""

    # ------------------------------------------------------------ plumbing

    @property
    def capabilities(self) -> Capabilities:
        return self._channel.capabilities

    def _send(
        self, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None
    ) -> tuple[bytes, int]:
        try:
            return self._channel.transmit(ins, p1, p2, data, le)
        except CardReset:
            # Another program reset the card. With no PIN verified nothing
            # was lost: select again and repeat. Otherwise the verified state
            # is gone and the caller must know.
            if self._verified or self._held is not None:
                self._selected = False  # the next call selects again
                raise
            if self._selected:
                _, sw = self._channel.transmit(0xA4, 0x04, 0x00, OPENPGP_AID)
                if sw != SW_OK:
                    raise NotAnOpenPgpCard(f"SELECT OpenPGP answered {sw:04X}") from None
            return self._channel.transmit(ins, p1, p2, data, le)

    def select(self) -> None:
        """SELECT the OpenPGP application and learn the card's capabilities."""
        _, sw = self._send(0xA4, 0x04, 0x00, OPENPGP_AID)
        if sw in (0x6285, 0x6985):
            # Terminated or not yet activated: ACTIVATE FILE, then again.
            self._send(0x44, 0x00, 0x00)
            _, sw = self._send(0xA4, 0x04, 0x00, OPENPGP_AID)
            if sw in (0x6285, 0x6985):
                raise CardTerminated("the OpenPGP application is terminated")
        if sw in (0x6A82, 0x6A86, 0x6D00, 0x6E00, 0x6999):
            raise NotAnOpenPgpCard(f"SELECT OpenPGP answered {sw:04X}")
        if sw != SW_OK:
            raise UnexpectedStatus(sw)
        self._selected = True
        app = self._application_data(refresh=True)
        historical = tlv.find(app, 0x5F52)
        if historical is None:
            historical = self._get_data_optional(0x5F52) or b""
        self._channel.capabilities = Capabilities.from_card(historical, tlv.find(app, 0x7F66))

    def _ensure_selected(self) -> None:
        if not self._selected:
            self.select()

    def get_data(self, tag: int) -> bytes:
        self._ensure_selected()
        data, sw = self._send(0xCA, tag >> 8, tag & 0xFF, le=256)
        self._check(sw)
        return data

    def _get_data_optional(self, tag: int) -> bytes | None:
        data, sw = self._send(0xCA, tag >> 8, tag & 0xFF, le=256)
        if sw in (0x6A88, 0x6A80, 0x6B00):
            return None
        self._check(sw)
        return data

    def _application_data(self, refresh: bool = False) -> bytes:
        if self._app_data is None or refresh:
            self._ensure_selected()
            data, sw = self._send(0xCA, 0x00, 0x6E, le=256)
            self._check(sw)
            tlv.parse(data)  # validate once, so later finds cannot fail midway
            self._app_data = tlv.find(data, 0x6E) or data
        return self._app_data

    def _check(self, sw: int, pin_reference: int | None = None) -> None:
        if sw == SW_OK:
            return
        if pin_reference is not None and sw == 0x6982:
            remaining = self._retries(pin_reference)
            if remaining == 0:
                raise PinBlocked(pin_reference)
            raise PinRequired(pin_reference, remaining)
        if pin_reference is not None and sw == 0x6983:
            raise PinBlocked(pin_reference)
        raise UnexpectedStatus(sw)

    def _retries(self, reference: int) -> int:
        status = self.pin_status()
        return status.pw3_retries if reference == PW3 else status.pw1_retries

    # ------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the card for a group of operations; PIN states verified
        inside are reset when the outermost block ends."""
        if self._held is None:
            self._begin()
        self._explicit += 1
        try:
            yield
        finally:
            self._explicit -= 1
            if self._explicit == 0:
                self._end()

    def _begin(self) -> None:
        stack = ExitStack()
        stack.enter_context(self._transport.exclusive())
        self._held = stack
        try:
            # Another process may have selected another application (or reset
            # the card) since we last spoke; select again inside our hold.
            if self._selected:
                _, sw = self._send(0xA4, 0x04, 0x00, OPENPGP_AID)
                if sw != SW_OK:
                    raise NotAnOpenPgpCard(f"SELECT OpenPGP answered {sw:04X}")
            else:
                self.select()
        except BaseException:
            self._held = None
            stack.close()
            raise

    def _end(self) -> None:
        held, self._held = self._held, None
        if held is None:
            return
        try:
            try:
                forgotten = all([self.reset_pin_state(r) for r in sorted(self._verified)])
            except CardError:
                forgotten = False
            if not forgotten:
                # A card without VERIFY FF (or one that answered oddly) keeps the PIN
                # verified until power-off: reset it while still holding it, so no
                # other process can use it. A removed card has forgotten it anyway.
                self._selected = False
                with suppress(CardError):
                    self._transport.reset()
        finally:
            self._verified.clear()
            held.close()

    @contextmanager
    def _gated(self) -> Iterator[None]:
        """A PIN-gated operation: ends the implicit transaction opened by
        verify_pin, whatever the outcome."""
        try:
            yield
        finally:
            if self._explicit == 0 and self._held is not None:
                self._end()

    def __enter__(self) -> OpenPgpSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Reset PIN states, release the card and close the transport."""
        try:
            self._explicit = 0
            self._end()
        finally:
            self._transport.close()

    # ------------------------------------------------------------ reading

    def pin_status(self) -> PinStatus:
        return parse_pin_status(self.get_data(0xC4))

    def algorithm(self, slot: KeySlot) -> Algorithm:
        attributes = tlv.find(self._application_data(), SLOT_TAGS[slot].attributes)
        if attributes is None:
            raise MalformedResponse(f"algorithm attributes of slot {slot.value} missing")
        algorithm = algorithm_from_attributes(attributes)
        if algorithm is None:
            raise UnsupportedAlgorithm(slot.value, attributes)
        return algorithm

    def info(self) -> CardInfo:
        app = self._application_data(refresh=True)
        aid = tlv.find(app, 0x4F)
        if aid is None:
            aid = self.get_data(0x4F)
        if len(aid) != 16 or not aid.startswith(OPENPGP_AID):
            raise MalformedResponse(f"AID {aid.hex()} is not an OpenPGP AID")
        cardholder = self._get_data_optional(0x65) or b""
        name = tlv.find(cardholder, 0x5B) or b""
        security = self._get_data_optional(0x7A) or b""
        counter = tlv.find(security, 0x93) or b""
        manufacturer = int.from_bytes(aid[8:10], "big")
        fingerprints = self._split(tlv.find(app, 0xC5) or b"", 20)
        times = self._split(tlv.find(app, 0xCD) or b"", 4)
        algorithms: dict[KeySlot, Algorithm | None] = {}
        for slot, tags in SLOT_TAGS.items():
            attributes = tlv.find(app, tags.attributes)
            algorithms[slot] = algorithm_from_attributes(attributes) if attributes else None
        return CardInfo(
            aid=aid,
            serial=aid[10:14].hex().upper(),
            manufacturer=manufacturer,
            manufacturer_name=manufacturer_name(manufacturer),
            version=(bcd(aid[6]), bcd(aid[7])),
            cardholder_name=decode_name(name),
            pin_status=self.pin_status(),
            signature_counter=int.from_bytes(counter, "big"),
            fingerprints={slot: fingerprints[tags.index] for slot, tags in SLOT_TAGS.items()},
            algorithms=algorithms,
            generation_times={
                slot: None if (t := times[tags.index]) is None else int.from_bytes(t, "big")
                for slot, tags in SLOT_TAGS.items()
            },
        )

    @staticmethod
    def _split(value: bytes, size: int) -> list[bytes | None]:
        """Three fixed-size entries (sig, dec, aut); all-zero means unset."""
        if len(value) % size or len(value) > 3 * size:
            raise MalformedResponse(f"{len(value)} bytes do not split into {size}-byte entries")
        parts: list[bytes | None] = []
        for i in range(3):
            part = value[i * size : (i + 1) * size]
            parts.append(part if part and any(part) else None)
        return parts

    def public_key(self, slot: KeySlot) -> PublicKey:
        self._ensure_selected()
        algorithm = self.algorithm(slot)
        data, sw = self._send(0x47, 0x81, 0x00, bytes([SLOT_TAGS[slot].crt, 0x00]), le=256)
        if sw == 0x6A88:
            raise KeyMissing(slot.value)
        self._check(sw)
        return self._parse_public_key(data, algorithm)

    @staticmethod
    def _parse_public_key(data: bytes, algorithm: Algorithm) -> PublicKey:
        template = tlv.find(data, 0x7F49)
        if template is None:
            raise MalformedResponse("public key template 7F49 missing")
        point = tlv.find(template, 0x86)
        if point is None:
            raise MalformedResponse("public key point 86 missing")
        if algorithm in (Algorithm.P256_ECDSA, Algorithm.P256_ECDH):
            if len(point) != 65 or point[0] != 0x04:
                raise MalformedResponse(f"P-256 point of {len(point)} bytes")
        else:
            if len(point) == 33 and point[0] == 0x40:  # GnuPG's native prefix
                point = point[1:]
            if len(point) != 32:
                raise MalformedResponse(f"Curve25519 point of {len(point)} bytes")
        return PublicKey(algorithm, point)

    # ------------------------------------------------------------ PINs

    def _check_pin(self, pin: str, reference: int) -> bytes:
        if reference not in _MIN_PIN:
            raise ValueError(f"no PIN reference {reference:02X}")
        encoded = pin.encode("utf-8")
        maximum = 127
        c4 = tlv.find(self._application_data(), 0xC4)
        if c4 is not None and len(c4) >= 4:
            maximum = (c4[3] if reference == PW3 else c4[1]) or 127
        if not _MIN_PIN[reference] <= len(encoded) <= maximum:
            raise InvalidPinLength(reference, _MIN_PIN[reference], maximum)
        return encoded

    def _raise_pin_error(self, sw: int, reference: int) -> None:
        if sw >> 4 == 0x63C:
            remaining = sw & 0x0F
            if remaining == 0:
                raise PinBlocked(reference)
            raise WrongPin(remaining, reference)
        if sw == 0x6982:  # some cards (YubiKey) say only "wrong"; C4 has the count
            remaining = self._retries(reference)
            if remaining == 0:
                raise PinBlocked(reference)
            raise WrongPin(remaining, reference)
        if sw == 0x6983:
            raise PinBlocked(reference)
        if sw in (0x6700, 0x6A80):
            raise InvalidPinLength(reference, _MIN_PIN[reference], 127)
        raise UnexpectedStatus(sw)

    def verify_pin(self, pin: str, reference: int = PW1) -> None:
        """VERIFY; on success the card stays held until the operation it
        unlocks has run (see the module docstring)."""
        self._ensure_selected()
        encoded = self._check_pin(pin, reference)
        implicit = self._held is None
        if implicit:
            self._begin()
        try:
            _, sw = self._send(0x20, 0x00, reference, encoded)
            if sw != SW_OK:
                self._raise_pin_error(sw, reference)
            self._verified.add(reference)
        except BaseException:
            if implicit:
                self._end()
            raise

    def pin_verified(self, reference: int = PW1) -> bool:
        """Whether ``reference`` is verified now; spends no attempt.
        Raises PinBlocked when the counter is zero."""
        self._ensure_selected()
        _, sw = self._send(0x20, 0x00, reference)
        if sw == SW_OK:
            return True
        if sw == 0x6983 or sw == 0x63C0:
            raise PinBlocked(reference)
        if sw >> 4 == 0x63C or sw in (0x6982, 0x6700, 0x6A80, 0x6B00, 0x6D00):
            return False
        raise UnexpectedStatus(sw)

    def reset_pin_state(self, reference: int = PW1) -> bool:
        """VERIFY FF: forget that ``reference`` was verified. False when the
        card refuses (cards older than 3.4): only a power cycle forgets the
        PIN then, which the session does when it releases the card."""
        self._ensure_selected()
        _, sw = self._send(0x20, 0xFF, reference)
        if sw in (0x6A80, 0x6B00, 0x6D00, 0x6700):
            return False
        if sw != SW_OK:
            raise UnexpectedStatus(sw)
        return True

    def change_pin(self, reference: int, old: str, new: str) -> None:
        """CHANGE REFERENCE DATA for PW1 (81/82) or PW3 (83)."""
        self._ensure_selected()
        reference = PW3 if reference == PW3 else PW1_SIGN
        data = self._check_pin(old, reference) + self._check_pin(new, reference)
        _, sw = self._send(0x24, 0x00, reference, data)
        if sw != SW_OK:
            self._raise_pin_error(sw, reference)

    def unblock_pin(self, admin_pin: str, new_pin: str) -> None:
        """RESET RETRY COUNTER with the admin PIN (VERIFY PW3 first): PW1 becomes
        ``new_pin`` with its full count of tries."""
        self.verify_pin(admin_pin, PW3)
        self._ensure_selected()
        _, sw = self._send(0x2C, 0x02, PW1_SIGN, self._check_pin(new_pin, PW1_SIGN))
        if sw != SW_OK:
            self._raise_pin_error(sw, PW1_SIGN)

    # ------------------------------------------------------------ operations

    def sign(self, message: bytes) -> bytes:
        """PSO:COMPUTE DIGITAL SIGNATURE: raw r‖s over SHA-256(message) for
        P-256, or an Ed25519 signature of the message; 64 bytes."""
        with self._gated():
            self._ensure_selected()
            algorithm = self.algorithm(KeySlot.SIG)
            if algorithm is Algorithm.P256_ECDSA:
                data = hashlib.sha256(message).digest()
            elif algorithm is Algorithm.ED25519:
                data = message
            else:
                raise UnsupportedAlgorithm(KeySlot.SIG.value, ALGORITHM_ATTRIBUTES[algorithm])
            signature, sw = self._send(0x2A, 0x9E, 0x9A, data, le=256)
            if sw == 0x6A88:
                raise KeyMissing(KeySlot.SIG.value)
            self._check(sw, PW1_SIGN)
            if len(signature) != 64:
                raise MalformedResponse(f"signature of {len(signature)} bytes")
            return signature

    def decipher(self, peer_point: bytes) -> bytes:
        """PSO:DECIPHER as ECDH with the decryption key; the 32-byte secret
        (the x-coordinate for P-256)."""
        with self._gated():
            self._ensure_selected()
            algorithm = self.algorithm(KeySlot.DEC)
            # A point that does not fit the card's key (the card was
            # re-provisioned with another curve) is the card's mismatch.
            fits = (
                len(peer_point) == 65 and peer_point[0] == 0x04
                if algorithm is Algorithm.P256_ECDH
                else len(peer_point) == 32 and algorithm is Algorithm.X25519
            )
            if not fits:
                raise UnsupportedAlgorithm(KeySlot.DEC.value, ALGORITHM_ATTRIBUTES[algorithm])
            template = tlv.build(0xA6, tlv.build(0x7F49, tlv.build(0x86, peer_point)))
            secret, sw = self._send(0x2A, 0x80, 0x86, template, le=256)
            if sw == 0x6A88:
                raise KeyMissing(KeySlot.DEC.value)
            self._check(sw, PW1)
            if len(secret) == 65 and secret[0] == 0x04:  # some cards answer 04‖X‖Y
                secret = secret[1:33]
            elif len(secret) == 33 and secret[0] == 0x40:
                secret = secret[1:]
            if len(secret) != 32:
                raise MalformedResponse(f"shared secret of {len(secret)} bytes")
            return secret

    # ------------------------------------------------------------ administration

    def put_data(self, tag: int, value: bytes) -> None:
        """PUT DATA (PW3 verified first, except for the few PW1 objects)."""
        self._ensure_selected()
        with self._gated():
            _, sw = self._send(0xDA, tag >> 8, tag & 0xFF, value)
            self._app_data = None
            self._check(sw, PW3)

    # ------------------------------------------------------------ private-use DOs

    def read_private_do(self, number: int) -> bytes:
        """GET DATA of private-use DO 010``number`` (1-4); empty when never written.
        0103 needs PW1/82 and 0104 PW3 verified first; a card without private DOs
        raises PrivateDataUnsupported."""
        reference = PRIVATE_DO_PINS[number][0]
        self._ensure_selected()
        # Reading 0101/0102 needs no PIN, so it must not end a verified PIN's hold.
        with self._gated() if reference is not None else nullcontext():
            data, sw = self._send(0xCA, 0x01, number, le=256)
            if sw in NO_PRIVATE_DOS:
                raise PrivateDataUnsupported(number)
            self._check(sw, reference)
            return data

    def write_private_do(self, number: int, value: bytes) -> None:
        """PUT DATA of private-use DO 010``number``: 0101 and 0103 after VERIFY PW1/82
        (unlock has just done it), 0102 and 0104 after PW3."""
        reference = PRIVATE_DO_PINS[number][1]
        self._ensure_selected()
        with self._gated():
            _, sw = self._send(0xDA, 0x01, number, value)
            if sw in NO_PRIVATE_DOS:
                raise PrivateDataUnsupported(number)
            self._check(sw, reference)

    def set_algorithm(self, slot: KeySlot, algorithm: Algorithm) -> None:
        wanted = AGREEMENT if slot is KeySlot.DEC else SIGNING
        if algorithm not in wanted:
            raise ValueError(f"{algorithm.value} does not fit slot {slot.value}")
        self.put_data(SLOT_TAGS[slot].attributes, ALGORITHM_ATTRIBUTES[algorithm])

    def set_cardholder_name(self, name: str) -> None:
        encoded = encode_name(name)
        if len(encoded) > 39:
            raise ValueError("the cardholder name holds at most 39 bytes")
        self.put_data(0x5B, encoded)

    def set_signature_pin_policy(self, every_signature: bool) -> None:
        """C4 byte 0: 00 = the PIN is valid for one signature only."""
        self.put_data(0xC4, b"\x00" if every_signature else b"\x01")

    def set_fingerprint(self, slot: KeySlot, fingerprint: bytes) -> None:
        if len(fingerprint) != 20:
            raise ValueError("a v4 fingerprint has 20 bytes")
        self.put_data(SLOT_TAGS[slot].fingerprint, fingerprint)

    def set_generation_time(self, slot: KeySlot, seconds: int) -> None:
        self.put_data(SLOT_TAGS[slot].time, seconds.to_bytes(4, "big"))

    def generate_key(self, slot: KeySlot) -> PublicKey:
        """GENERATE ASYMMETRIC KEY PAIR in ``slot`` (PW3 verified first)."""
        self._ensure_selected()
        algorithm = self.algorithm(slot)
        with self._gated():
            data, sw = self._send(0x47, 0x80, 0x00, bytes([SLOT_TAGS[slot].crt, 0x00]), le=256)
            self._app_data = None
            self._check(sw, PW3)
            return self._parse_public_key(data, algorithm)
