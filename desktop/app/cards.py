"""Card access for the application: conversations in named readers, the card
monitor as a CardWatch, and provisioning a blank card."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from desktop.app.facts import CardEvent, CardEventKind
from desktop.card.monitor import CardMonitor, Watcher
from desktop.card.transport import Transport

if TYPE_CHECKING:
    from desktop.card.model import Algorithm
    from desktop.card.session import OpenPgpSession

FACTORY_ADMIN_PIN = "12345678"  # OpenPGP cards ship with it; provisioning uses it once
PW1 = 0x82


class CardAccess:
    """Opens a card conversation in a named reader (PC/SC or the demo's readers);
    reader None is the first reader with a card (the CLI's default)."""

    def __init__(
        self,
        connect: Callable[[str | None], Transport],
        readers: Callable[[], list[str]] | None = None,
    ) -> None:
        self._connect = connect
        self._readers = readers or pcsc_readers

    def readers(self) -> list[str]:
        return self._readers()

    def open(self, reader: str | None) -> OpenPgpSession:
        """A conversation the caller closes (session() closes it for you)."""
        from desktop.card.session import OpenPgpSession

        return OpenPgpSession(self._connect(reader))

    @contextlib.contextmanager
    def session(self, reader: str | None) -> Iterator[OpenPgpSession]:
        session = self.open(reader)
        try:
            yield session
        finally:
            session.close()


def pcsc_readers() -> list[str]:
    from desktop.card import pcsc

    return pcsc.list_readers()


def pcsc_connect(reader: str | None) -> Transport:
    from desktop.card import pcsc  # the only pyscard user, imported when needed

    return pcsc.connect(reader)


def provision(
    session: OpenPgpSession,
    cardholder_name: str,
    *,
    admin_pin: str = FACTORY_ADMIN_PIN,
    algorithms: tuple[Algorithm, Algorithm] | None = None,
) -> None:
    """Give a blank card its keys (P-256 unless ``algorithms`` names the signature
    and decryption ones), name and the PIN-per-signature policy (the set-up
    wizard and `leadvault-admin card provision`). The name is at most 39 bytes."""
    from desktop.card import crypto
    from desktop.card.model import Algorithm, KeySlot

    sig, dec = algorithms or (Algorithm.P256_ECDSA, Algorithm.P256_ECDH)
    with session.transaction():
        session.verify_pin(admin_pin, 0x83)
        session.set_algorithm(KeySlot.SIG, sig)
        session.set_algorithm(KeySlot.DEC, dec)
        created = int(time.time())
        for slot in (KeySlot.SIG, KeySlot.DEC):
            key = session.generate_key(slot)
            session.set_fingerprint(slot, crypto.openpgp_fingerprint(key, created))
            session.set_generation_time(slot, created)
        session.set_cardholder_name(cardholder_name)
        session.set_signature_pin_policy(every_signature=True)


class PcscWatch:
    """CardWatch over the card monitor thread."""

    def __init__(self, watcher_factory: Callable[[], Watcher] | None = None) -> None:
        self._factory = watcher_factory
        self._monitor: CardMonitor | None = None

    def start(self, on_event: Callable[[CardEvent], None]) -> None:
        kwargs: dict[str, Any] = {"interval": 0.25}
        if self._factory is not None:
            kwargs["watcher_factory"] = self._factory
        self._monitor = CardMonitor(
            lambda reader, _atr: on_event(CardEvent(CardEventKind.INSERTED, reader)),
            lambda reader: on_event(CardEvent(CardEventKind.REMOVED, reader)),
            **kwargs,
        )
        self._monitor.start()

    def stop(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
            self._monitor = None
