"""Shared fixtures for end-to-end tests: real pcscd + vpcd, the virtual card,
a real Secret Service. Run them with

    scripts/with-services.sh .venv/bin/python -m pytest tests/e2e

A missing service FAILS the test with a message saying what to start; e2e
tests never skip.

Fixtures
--------
``pcscd``            the PC/SC service is running and has the vpcd readers.
``vpcd_card``        a factory: ``link = vpcd_card(card=None, port=35963)``
                     puts a VirtualCard (a fresh in-memory one by default) on
                     the vpcd port in a background thread, waits until pcscd
                     sees it in ``link.reader`` ("Virtual PCD 00 00"), and
                     removes it at teardown. ``link.card`` is the VirtualCard
                     (change ``link.card.faults`` at any time), ``link.remove()``
                     / ``link.insert()`` pull and push the card; follow them with
                     ``wait_card_absent(link.reader)`` / ``wait_card_present``.
``virtual_card``     shortcut: ``vpcd_card()`` with a card whose state lives in
                     ``tmp_path / "card.json"``.
``card_on_vpcd(card, port)``  the same as a context manager, for use outside
                     fixtures; ``port_lock(port)`` alone holds a port (e.g. while
                     a ``card emulate`` subprocess serves it).
``secret_service``   the keyring backend is the Secret Service and it stores,
                     returns and deletes a secret; yields the backend.

A provisioned card (keys, fingerprints, name, "PIN for every signature"):

    card = VirtualCard(tmp_path / "card.json")
    desktop.card.emulator.provision.provision(card, "Li<<Wei")   # PINs 123456/12345678
    link = vpcd_card(card)

Several engineers run e2e tests at once on one machine, so a test holds an
exclusive ``flock`` on /tmp/leadvault-vpcd-<port>.lock for as long as it uses
a vpcd port (other tests wait for it, up to LOCK_TIMEOUT).
"""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import keyring
import pytest
from keyring.backends import SecretService
from smartcard import scard

from desktop.card.emulator import VirtualCard
from desktop.card.emulator.vpcd import DEFAULT_PORT, VpcdLink, reader_name
from desktop.vault.header_file import HeaderFile

LOCK_TIMEOUT = 300.0
# How long a fixture waits for pcscd to see a card come or go. Not a figure under test
# (tests that time the lock on removal pass their own 2 s): pcscd polls vpcd and powers
# the card up on its own schedule, which on a loaded 2-core machine once took over 5 s.
PRESENCE_TIMEOUT = 15.0

VpcdCardFactory = Callable[..., VpcdLink]


# ------------------------------------------------------------------ PC/SC


def _reader_state(reader: str) -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        pytest.fail(f"pcscd is not reachable ({scard.SCardGetErrorMessage(hresult)})")
    try:
        hresult, states = scard.SCardGetStatusChange(
            context, 0, [(reader, scard.SCARD_STATE_UNAWARE)]
        )
        if hresult != scard.SCARD_S_SUCCESS:
            pytest.fail(f"reader {reader!r}: {scard.SCardGetErrorMessage(hresult)}")
        return int(states[0][1])
    finally:
        scard.SCardReleaseContext(context)


def card_present(reader: str) -> bool:
    return bool(_reader_state(reader) & scard.SCARD_STATE_PRESENT)


def wait_card_present(reader: str, timeout: float = PRESENCE_TIMEOUT) -> float:
    """Wait until pcscd reports a card in ``reader``; return the seconds waited."""
    return _wait(reader, True, timeout)


def wait_card_absent(reader: str, timeout: float = PRESENCE_TIMEOUT) -> float:
    return _wait(reader, False, timeout)


def _wait(reader: str, present: bool, timeout: float) -> float:
    start = time.monotonic()
    while card_present(reader) is not present:
        if time.monotonic() - start > timeout:
            pytest.fail(f"pcscd did not see the card {'arrive in' if present else 'leave'} "
                        f"{reader!r} within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


def list_readers() -> list[str]:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        pytest.fail(
            "pcscd is not running or not reachable "
            f"({scard.SCardGetErrorMessage(hresult)}); run the tests under "
            "scripts/with-services.sh, which starts it with the vpcd reader"
        )
    try:
        hresult, readers = scard.SCardListReaders(context, [])
        return list(readers) if hresult == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


@pytest.fixture(scope="session")
def pcscd() -> list[str]:
    """pcscd is up with vsmartcard's vpcd readers; returns the reader names."""
    readers = list_readers()
    if reader_name(DEFAULT_PORT) not in readers:
        pytest.fail(
            f"pcscd runs but has no reader {reader_name(DEFAULT_PORT)!r} (readers: {readers}); "
            "install vsmartcard-vpcd and restart pcscd (scripts/setup.sh does both)"
        )
    return readers


@contextlib.contextmanager
def port_lock(port: int, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold /tmp/leadvault-vpcd-<port>.lock exclusively (waits for other tests)."""
    path = Path(f"/tmp/leadvault-vpcd-{port}.lock")
    handle: IO[str] = path.open("a")
    try:
        start = time.monotonic()
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - start > timeout:
                    pytest.fail(f"vpcd port {port} stayed busy (locked by another test run) "
                                f"for {timeout} s: {path}")
                time.sleep(0.1)
        yield
    finally:
        handle.close()  # releases the lock


@contextlib.contextmanager
def card_on_vpcd(card: VirtualCard | None = None, port: int = DEFAULT_PORT) -> Iterator[VpcdLink]:
    """Put ``card`` on the vpcd ``port`` until the block ends (see module doc)."""
    reader = reader_name(port)
    with port_lock(port):
        if card_present(reader):
            # Someone outside the lock (e.g. a stray `card emulate`) holds it.
            with contextlib.suppress(BaseException):
                wait_card_absent(reader, 2.0)
            if card_present(reader):
                pytest.fail(f"{reader!r} already holds a card: is a `card emulate` "
                            f"still running on port {port}?")
        link = VpcdLink(card if card is not None else VirtualCard(), port)
        link.start()
        try:
            if not link.wait_connected(PRESENCE_TIMEOUT):
                pytest.fail(f"could not connect to vpcd on 127.0.0.1:{port}: is pcscd running "
                            "with the vpcd reader?")
            wait_card_present(reader)
            yield link
        finally:
            link.stop()
            with contextlib.suppress(BaseException):
                wait_card_absent(reader)


@pytest.fixture
def vpcd_card(pcscd: list[str]) -> Iterator[VpcdCardFactory]:
    """Factory: ``vpcd_card(card=None, port=35963) -> VpcdLink``; torn down after the test."""
    with contextlib.ExitStack() as stack:

        def start(card: VirtualCard | None = None, port: int = DEFAULT_PORT) -> VpcdLink:
            return stack.enter_context(card_on_vpcd(card, port))

        yield start


@pytest.fixture
def virtual_card(vpcd_card: VpcdCardFactory, tmp_path: Path) -> VpcdLink:
    """A blank virtual card (state in tmp_path/card.json) in "Virtual PCD 00 00"."""
    return vpcd_card(VirtualCard(tmp_path / "card.json"))


# ------------------------------------------------------------------ Secret Service


@pytest.fixture(scope="session")
def secret_service() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        pytest.fail(
            f"the keyring backend is {type(backend).__module__}.{type(backend).__name__}, "
            "not the Secret Service: run the tests under scripts/with-services.sh "
            "(private D-Bus session with an unlocked gnome-keyring)"
        )
    service, user = "leadvault-e2e-probe", f"probe-{time.monotonic_ns()}"
    try:
        backend.set_password(service, user, "probe")
        stored = backend.get_password(service, user)
        backend.delete_password(service, user)
    except Exception as exc:
        pytest.fail(f"the Secret Service is not usable: {exc!r}")
    if stored != "probe":
        pytest.fail("the Secret Service did not return what was stored")
    return backend


@pytest.fixture
def vault_dir(tmp_path: Path, secret_service: object) -> Iterator[Path]:
    """A data folder for a vault; its machine secret leaves the shared keyring after."""
    data = tmp_path / "vault"
    yield data
    if HeaderFile(data).exists():
        with contextlib.suppress(Exception):
            keyring.delete_password("leadvault", HeaderFile(data).load().header.vault_id)
