"""OpenPgpSession against the in-process virtual card, plus scripted cards
for answers the virtual card never gives, and hypothesis feeding malformed
answers: only typed CardErrors may come out."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.card import tlv
from desktop.card.crypto import ephemeral_ecdh, openpgp_fingerprint, verify_signature
from desktop.card.emulator import Faults, InProcessTransport, VirtualCard
from desktop.card.errors import (
    CardError,
    CardRemoved,
    CardReset,
    CardTerminated,
    InvalidPinLength,
    KeyMissing,
    MalformedResponse,
    NotAnOpenPgpCard,
    PinBlocked,
    PinRequired,
    UnexpectedStatus,
    UnsupportedAlgorithm,
    WrongPin,
)
from desktop.card.model import Algorithm, KeySlot
from desktop.card.session import OpenPgpSession
from desktop.ports import SmartCard
from tests.unit.card_scripts import ScriptedTransport

PIN = "123456"
ADMIN_PIN = "12345678"


class HoldingTransport(InProcessTransport):
    """The in-process transport, recording whether the card is held."""

    def __init__(self, card: VirtualCard) -> None:
        super().__init__(card)
        self.held = False
        self.holds = 0
        self.sent_while_held: list[bytes] = []

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        if self.held:
            self.sent_while_held.append(apdu)
        return super().send_and_receive(apdu)

    def exclusive(self) -> AbstractContextManager[None]:
        return self._held()

    @contextmanager
    def _held(self) -> Iterator[None]:
        with super().exclusive():
            self.held = True
            self.holds += 1
            try:
                yield
            finally:
                self.held = False


def provisioned(
    curve25519: bool = False, faults: Faults | None = None
) -> tuple[VirtualCard, OpenPgpSession]:
    card = VirtualCard(faults=faults)
    session = OpenPgpSession(InProcessTransport(card))
    with session.transaction():
        session.verify_pin(ADMIN_PIN, 0x83)
        if curve25519:
            session.set_algorithm(KeySlot.SIG, Algorithm.ED25519)
            session.set_algorithm(KeySlot.DEC, Algorithm.X25519)
        session.generate_key(KeySlot.SIG)
        session.generate_key(KeySlot.DEC)
        session.set_signature_pin_policy(every_signature=True)
    return card, session


def test_session_satisfies_the_smartcard_port() -> None:
    session: SmartCard = OpenPgpSession(InProcessTransport(VirtualCard()))
    assert session.info().version == (3, 4)


def test_blank_card_info() -> None:
    card = VirtualCard()
    info = OpenPgpSession(InProcessTransport(card)).info()
    assert info.serial == card.serial and len(info.serial) == 8
    assert info.aid == card.aid
    assert info.version == (3, 4)
    assert info.cardholder_name == ""
    assert (info.pin_status.pw1_retries, info.pin_status.pw3_retries) == (3, 3)
    assert info.signature_counter == 0
    assert info.fingerprints == {KeySlot.SIG: None, KeySlot.DEC: None, KeySlot.AUT: None}
    assert info.algorithms[KeySlot.SIG] is Algorithm.P256_ECDSA
    assert info.algorithms[KeySlot.DEC] is Algorithm.P256_ECDH
    assert info.manufacturer_name  # a name for every id, "unknown" at worst


def test_not_an_openpgp_card() -> None:
    session = OpenPgpSession(InProcessTransport(VirtualCard(faults=Faults(not_openpgp=True))))
    with pytest.raises(NotAnOpenPgpCard):
        session.info()


def test_empty_slot_is_key_missing() -> None:
    session = OpenPgpSession(InProcessTransport(VirtualCard()))
    with pytest.raises(KeyMissing) as caught:
        session.public_key(KeySlot.DEC)
    assert caught.value.slot == "dec"


def test_provisioned_card_shows_name_fingerprints_and_times() -> None:
    card, session = provisioned()
    sig = session.public_key(KeySlot.SIG)
    dec = session.public_key(KeySlot.DEC)
    created = 1_790_000_000
    with session.transaction():
        session.verify_pin(ADMIN_PIN, 0x83)
        session.set_cardholder_name("张检察长")
        for slot, key in ((KeySlot.SIG, sig), (KeySlot.DEC, dec)):
            session.set_fingerprint(slot, openpgp_fingerprint(key, created))
            session.set_generation_time(slot, created)
    info = OpenPgpSession(InProcessTransport(card)).info()
    assert info.cardholder_name == "张检察长"
    assert info.fingerprints[KeySlot.SIG] == openpgp_fingerprint(sig, created)
    assert info.fingerprints[KeySlot.DEC] == openpgp_fingerprint(dec, created)
    assert info.fingerprints[KeySlot.AUT] is None
    assert info.generation_times[KeySlot.SIG] == created
    assert info.pin_status.pw1_valid_for_one_signature


@pytest.mark.parametrize("curve25519", [False, True])
def test_sign_and_decipher(curve25519: bool) -> None:
    _, session = provisioned(curve25519)
    expected = (
        (Algorithm.ED25519, Algorithm.X25519)
        if curve25519
        else (
            Algorithm.P256_ECDSA,
            Algorithm.P256_ECDH,
        )
    )
    sig_key = session.public_key(KeySlot.SIG)
    dec_key = session.public_key(KeySlot.DEC)
    assert (sig_key.algorithm, dec_key.algorithm) == expected
    session.verify_pin(PIN, 0x81)
    signature = session.sign(b"unseal bag 3")
    assert verify_signature(sig_key, b"unseal bag 3", signature)
    point, secret = ephemeral_ecdh(dec_key)
    session.verify_pin(PIN, 0x82)
    assert session.decipher(point) == secret
    assert session.info().signature_counter == 1


def test_ecdsa_sends_the_sha256_digest() -> None:
    card, _ = provisioned()
    transport = HoldingTransport(card)
    session = OpenPgpSession(transport)
    session.verify_pin(PIN, 0x81)
    session.sign(b"message")
    pso = [apdu for apdu in transport.sent_while_held if apdu[1:4] == bytes.fromhex("2A9E9A")]
    assert pso[0][5:37] == hashlib.sha256(b"message").digest()


def test_decipher_accepts_full_point_answers() -> None:
    _, session = provisioned(faults=Faults(ecdh_full_point=True))
    point, secret = ephemeral_ecdh(session.public_key(KeySlot.DEC))
    session.verify_pin(PIN, 0x82)
    assert session.decipher(point) == secret


def test_decipher_with_a_point_of_the_other_curve() -> None:
    _, session = provisioned(curve25519=True)
    session.verify_pin(PIN, 0x82)
    with pytest.raises(UnsupportedAlgorithm):
        session.decipher(b"\x04" + bytes(64))


def test_verify_holds_the_card_until_the_operation_then_resets_the_pin() -> None:
    card, _ = provisioned()
    transport = HoldingTransport(card)
    session = OpenPgpSession(transport)
    point, secret = ephemeral_ecdh(session.public_key(KeySlot.DEC))
    session.verify_pin(PIN, 0x82)
    assert transport.held
    assert session.decipher(point) == secret
    assert not transport.held
    # VERIFY FF 82 went out before the hold ended: the next user starts unverified.
    assert transport.sent_while_held[-1] == bytes.fromhex("0020FF82")
    assert session.pin_verified(0x82) is False
    with pytest.raises(PinRequired) as caught:
        session.decipher(point)
    assert caught.value.reference == 0x82 and caught.value.remaining == 3


def test_pin_for_every_signature() -> None:
    _, session = provisioned()
    with session.transaction():
        session.verify_pin(PIN, 0x81)
        session.sign(b"first")
        with pytest.raises(PinRequired):
            session.sign(b"second")


def test_sign_without_pin_is_pin_required() -> None:
    _, session = provisioned()
    with pytest.raises(PinRequired) as caught:
        session.sign(b"m")
    assert caught.value.reference == 0x81


def test_status_query_spends_no_attempt() -> None:
    _, session = provisioned()
    for _ in range(5):
        assert session.pin_verified(0x82) is False
    assert session.info().pin_status.pw1_retries == 3
    with session.transaction():
        session.verify_pin(PIN, 0x82)
        assert session.pin_verified(0x82) is True
    assert session.pin_verified(0x82) is False


def test_wrong_pin_counts_down_then_blocks() -> None:
    _, session = provisioned()
    with pytest.raises(WrongPin) as first:
        session.verify_pin("000000", 0x82)
    assert (first.value.remaining, first.value.reference) == (2, 0x82)
    with pytest.raises(WrongPin) as second:
        session.verify_pin("000000", 0x81)
    assert second.value.remaining == 1
    assert session.info().pin_status.pw1_retries == 1
    with pytest.raises(PinBlocked):
        session.verify_pin("000000", 0x82)
    with pytest.raises(PinBlocked):
        session.verify_pin(PIN, 0x82)
    with pytest.raises(PinBlocked):
        session.pin_verified(0x82)
    with pytest.raises(PinBlocked):
        session.sign(b"m")
    assert session.info().pin_status.pw1_retries == 0


def test_a_correct_pin_restores_the_counter() -> None:
    _, session = provisioned()
    with pytest.raises(WrongPin):
        session.verify_pin("654321", 0x82)
    session.verify_pin(PIN, 0x82)
    session.reset_pin_state(0x82)
    assert session.info().pin_status.pw1_retries == 3


def test_short_pin_is_refused_without_spending_an_attempt() -> None:
    _, session = provisioned()
    with pytest.raises(InvalidPinLength) as caught:
        session.verify_pin("123", 0x82)
    assert caught.value.minimum == 6
    with pytest.raises(InvalidPinLength):
        session.verify_pin("1234567", 0x83)
    status = session.info().pin_status
    assert (status.pw1_retries, status.pw3_retries) == (3, 3)


def test_admin_command_needs_the_admin_pin() -> None:
    session = OpenPgpSession(InProcessTransport(VirtualCard()))
    with pytest.raises(PinRequired) as caught:
        session.set_cardholder_name("X")
    assert caught.value.reference == 0x83
    with pytest.raises(WrongPin) as wrong:
        session.verify_pin("87654321", 0x83)
    assert (wrong.value.remaining, wrong.value.reference) == (2, 0x83)


def test_change_pin() -> None:
    _, session = provisioned()
    session.change_pin(0x81, PIN, "246810")
    with pytest.raises(WrongPin):
        session.verify_pin(PIN, 0x82)
    session.verify_pin("246810", 0x82)
    session.reset_pin_state(0x82)
    with pytest.raises(WrongPin):
        session.change_pin(0x81, PIN, "135790")
    session.change_pin(0x83, ADMIN_PIN, "87654321")
    session.verify_pin("87654321", 0x83)


def test_removal_mid_command_raises_card_removed_and_releases_the_card() -> None:
    card, _ = provisioned(faults=Faults())
    transport = HoldingTransport(card)
    session = OpenPgpSession(transport)
    session.public_key(KeySlot.SIG)
    card.faults.drop_on_ins = 0x2A
    session.verify_pin(PIN, 0x81)
    with pytest.raises(CardRemoved):
        session.sign(b"m")
    assert not transport.held
    with pytest.raises(CardRemoved):
        session.info()


def pin_open_to_the_next_program(card: VirtualCard, reference: int) -> bool:
    """Whether a program that connects next finds the PIN verified. It sends no
    SELECT: the card keeps its selected application across connections."""
    _, sw = InProcessTransport(card).send_and_receive(bytes([0x00, 0x20, 0x00, reference]))
    return sw == 0x9000


def test_a_card_without_verify_ff_is_reset_before_it_is_released() -> None:
    # Cards older than 3.4 refuse VERIFY FF; their PIN stays verified until
    # power-off, for whoever talks to the card next.
    card, _ = provisioned(faults=Faults(refuse_pin_reset=True))
    session = OpenPgpSession(InProcessTransport(card))
    point, secret = ephemeral_ecdh(session.public_key(KeySlot.DEC))
    session.verify_pin(PIN, 0x82)
    assert session.decipher(point) == secret
    assert not pin_open_to_the_next_program(card, 0x82)
    assert session.public_key(KeySlot.DEC).point  # selects again after the reset


def test_a_card_without_verify_ff_is_reset_when_the_session_closes() -> None:
    card, _ = provisioned(faults=Faults(refuse_pin_reset=True))
    session = OpenPgpSession(InProcessTransport(card))
    session.verify_pin(PIN, 0x82)  # verified, then the caller gives up
    assert pin_open_to_the_next_program(card, 0x82)  # the hold is what protects it now
    session.close()
    assert not pin_open_to_the_next_program(card, 0x82)


def test_a_card_that_honours_verify_ff_is_not_reset() -> None:
    card, _ = provisioned()
    transport = ScriptedTransport(InProcessTransport(card).send_and_receive)
    session = OpenPgpSession(transport)
    session.verify_pin(PIN, 0x81)
    session.sign(b"m")
    assert transport.resets == 0
    assert not pin_open_to_the_next_program(card, 0x81)


def test_an_odd_answer_to_verify_ff_also_resets_the_card() -> None:
    transport = ScriptedTransport(
        lambda apdu: (b"", 0x6F00) if apdu.hex().upper().startswith("0020FF") else
        (tlv.build(0x6E, b""), 0x9000)
    )
    session = OpenPgpSession(transport)
    session.verify_pin(PIN, 0x82)
    session.close()
    assert transport.resets == 1


def test_select_activates_a_terminated_application() -> None:
    answers = {
        "00A4040006D27600012401": [(b"", 0x6285), (b"", 0x9000)],
        "00440000": [(b"", 0x9000)],
    }
    transport = ScriptedTransport(
        lambda apdu: (
            answers[apdu.hex().upper()].pop(0)
            if apdu.hex().upper() in answers
            else (tlv.build(0x6E, b""), 0x9000)
        )
    )
    OpenPgpSession(transport).select()
    sent = [apdu.hex().upper() for apdu in transport.sent[:3]]
    assert sent == ["00A4040006D27600012401", "00440000", "00A4040006D27600012401"]
    assert answers == {"00A4040006D27600012401": [], "00440000": []}


def test_a_terminated_virtual_card_is_activated_blank_with_its_serial() -> None:
    card, _ = provisioned()
    serial = card.serial
    card.update_state(lambda state: setattr(state, "terminated", True))
    info = OpenPgpSession(InProcessTransport(card)).info()
    assert info.serial == serial
    assert info.fingerprints == {slot: None for slot in KeySlot}  # factory reset
    assert info.pin_status.pw1_retries == 3


def test_a_card_that_stays_terminated_is_card_terminated() -> None:
    session = scripted({"00A40400": (b"", 0x6285)})
    with pytest.raises(CardTerminated):
        session.select()


# ---------------------------------------------------------------- scripted answers

C4_TWO_LEFT = bytes.fromhex("007F7F7F020003")


def scripted(answers: dict[str, tuple[bytes, int]]) -> OpenPgpSession:
    """A card whose answers depend on the command's header."""

    def answer(apdu: bytes) -> tuple[bytes, int]:
        for prefix, response in answers.items():
            if apdu.hex().upper().startswith(prefix):
                return response
        return b"", 0x9000

    return OpenPgpSession(ScriptedTransport(answer))


def test_6982_on_verify_reads_the_counter() -> None:
    session = scripted({"00200082": (b"", 0x6982), "00CA00C4": (C4_TWO_LEFT, 0x9000)})
    with pytest.raises(WrongPin) as caught:
        session.verify_pin(PIN, 0x82)
    assert caught.value.remaining == 2


def test_63c0_is_blocked() -> None:
    with pytest.raises(PinBlocked):
        scripted({"00200082": (b"", 0x63C0)}).verify_pin(PIN, 0x82)


def test_hostile_nesting_in_application_data_is_malformed() -> None:
    nested = tlv.build(0xC4, C4_TWO_LEFT)
    for _ in range(3000):
        nested = tlv.build(0x73, nested)
    session = scripted({"00CA006E": (tlv.build(0x6E, nested), 0x9000)})
    with pytest.raises(MalformedResponse):
        session.info()


def test_unknown_status_is_unexpected_status() -> None:
    session = scripted({"00CA00C4": (b"", 0x6F00)})
    with pytest.raises(UnexpectedStatus) as caught:
        session.pin_status()
    assert caught.value.sw == 0x6F00


# ---------------------------------------------------------------- malformed answers

interesting_sws = st.sampled_from(
    [
        0x9000,
        0x9000,
        0x9000,
        0x6100,
        0x6110,
        0x6C07,
        0x6285,
        0x63C0,
        0x63C2,
        0x6700,
        0x6982,
        0x6983,
        0x6A80,
        0x6A82,
        0x6A88,
        0x6D00,
    ]
)


def mutate(data: bytes, draw: st.DataObject) -> bytes:
    choice = draw.draw(st.integers(0, 4), label="mutation")
    if choice == 0 or not data:
        return draw.draw(st.binary(max_size=80), label="random data")
    if choice == 1:
        return data[: draw.draw(st.integers(0, len(data) - 1), label="cut")]
    if choice == 2:
        index = draw.draw(st.integers(0, len(data) - 1), label="index")
        return data[:index] + bytes([draw.draw(st.integers(0, 255))]) + data[index + 1 :]
    if choice == 3:
        return data + draw.draw(st.binary(min_size=1, max_size=8), label="extra")
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_malformed_answers_raise_only_card_errors(data: st.DataObject) -> None:
    """A provisioned virtual card answers; hypothesis bends its answers."""
    card, _ = provisioned(curve25519=data.draw(st.booleans(), label="curve25519"))
    honest = InProcessTransport(card)

    def answer(apdu: bytes) -> tuple[bytes, int]:
        response, sw = honest.send_and_receive(apdu)
        if data.draw(st.integers(0, 3), label="bend?") == 0:
            response = mutate(response, data)
            if data.draw(st.booleans(), label="bend sw?"):
                sw = data.draw(interesting_sws | st.integers(0, 0xFFFF), label="sw")
        return response, sw

    session = OpenPgpSession(ScriptedTransport(answer))
    operations = [
        session.info,
        lambda: session.public_key(KeySlot.SIG),
        lambda: session.public_key(KeySlot.DEC),
        lambda: session.verify_pin(PIN, 0x81),
        lambda: session.sign(b"approval"),
        lambda: session.verify_pin(PIN, 0x82),
        lambda: session.decipher(ephemeral_ecdh(session.public_key(KeySlot.DEC))[0]),
        lambda: session.pin_verified(0x82),
        session.pin_status,
    ]
    for operation in operations:
        with suppress(CardError):
            operation()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.binary(max_size=100), interesting_sws), max_size=12))
def test_random_answers_raise_only_card_errors(answers: list[tuple[bytes, int]]) -> None:
    remaining = list(answers)

    def answer(_apdu: bytes) -> tuple[bytes, int]:
        if not remaining:
            raise CardRemoved()
        return remaining.pop(0)

    session = OpenPgpSession(ScriptedTransport(answer))
    for operation in (session.info, session.pin_status, lambda: session.sign(b"m")):
        with suppress(CardError):
            operation()


class ResettingTransport(InProcessTransport):
    """Plays "another program reset the card" once, on the next command."""

    reset_pending = False

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        if self.reset_pending:
            self.reset_pending = False
            self.card.reset()
            raise CardReset("reset")
        return super().send_and_receive(apdu)


def test_reset_without_a_verified_pin_is_repeated_after_select() -> None:
    card, _ = provisioned()
    transport = ResettingTransport(card)
    session = OpenPgpSession(transport)
    serial = session.info().serial
    transport.reset_pending = True
    assert session.info().serial == serial


def test_reset_while_a_pin_is_verified_reaches_the_caller() -> None:
    card, _ = provisioned()
    transport = ResettingTransport(card)
    session = OpenPgpSession(transport)
    point, _ = ephemeral_ecdh(session.public_key(KeySlot.DEC))
    session.verify_pin(PIN, 0x82)
    transport.reset_pending = True
    with pytest.raises(CardRemoved):  # CardReset is a CardRemoved
        session.decipher(point)
    assert session.pin_verified(0x82) is False
