"""The workstation before and around a session (desktop.app.ports.WorkstationServices):
the data folder, cards in readers, unlocking, set-up, what happens while locked.

Everything outside the core is handed in by desktop.bootstrap: the vault
factory (which brings the SQLCipher store), the keyring, card access, the card
watch and the renderers."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.cards import PW1, CardAccess, PcscWatch, provision
from desktop.app.clock import SystemClock
from desktop.app.facts import CardHolder, EnrolledUser, Progress, UnitInfo
from desktop.card.errors import KeyMissing

if TYPE_CHECKING:  # the session and set-up load at the first unlock or set-up (start-up time)
    from desktop.app.renderers import Renderers
    from desktop.app.restoring import WorkstationRestore
    from desktop.app.session import AppSession
    from desktop.app.setup_backend import VaultSetupBackend
    from desktop.app.viewer_session import ViewerAppSession
    from desktop.ports import GrantsStore, KeyStore
    from desktop.vault import kdf
    from desktop.vault.service import VaultService
    from desktop.vault.session import ViewerSession

VaultFactory = Callable[[Path, "KeyStore"], "VaultService"]


class Workstation:
    def __init__(
        self,
        data_dir: Path,
        cards: CardAccess,
        key_store: Callable[[], KeyStore],
        watch_factory: Callable[[], PcscWatch],
        vault_factory: VaultFactory,
        renderers: Callable[[], Renderers],
        demo: bool = False,
        kdf_params: kdf.Argon2Params | None = None,
        development: bool = False,
        grants_store: Callable[[Path], GrantsStore] | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._grants_store = grants_store  # grants.db beside the vault (viewers' grants)
        self._cards = cards
        self._key_store_factory = key_store
        self._key_store: KeyStore | None = None
        self._watch_factory = watch_factory
        self._vault_factory = vault_factory
        # Made at the first unlock or recovery sheet: the print layer's data classes
        # are not needed to show the lock screen (bench/startup.py).
        self._renderer_factory = renderers
        self._made_renderers: Renderers | None = None
        self._demo = demo
        self._kdf_params = kdf_params
        # Set up a development folder (test cards accepted): `leadvault --development`.
        self._development = development
        self._breaches: list[tuple[str, ...]] = []  # seen while locked
        self._recovery_prints: list[str] = []  # printers, since the vault was made
        self._pending_lock = threading.Lock()
        self.on_unlock: list[Callable[[AppSession], None]] = []
        self.on_close: list[Callable[[], None]] = []

    # -- facts

    @property
    def demo(self) -> bool:
        return self._demo

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def cards(self) -> CardAccess:
        return self._cards

    def key_store(self) -> KeyStore:
        if self._key_store is None:
            self._key_store = self._key_store_factory()
        return self._key_store

    def vault(self) -> VaultService:
        return self._vault_at(self._data_dir)

    def vault_exists(self) -> bool:
        return (self._data_dir / "vault.keys").exists()

    def use_data_dir(self, folder: Path) -> None:
        self._data_dir = folder

    def unit(self) -> UnitInfo | None:
        if not self.vault_exists():
            return None
        info = self.vault().info()
        return UnitInfo(info.unit_name, info.unit_code, info.development)

    # -- cards

    def card_watch(self) -> PcscWatch:
        return self._watch_factory()

    def identify_card(self, reader: str) -> CardHolder:
        from desktop.card.model import KeySlot

        with self._cards.session(reader) as card:
            info = card.info()
            try:
                card.public_key(KeySlot.DEC)
                blank = False
            except KeyMissing:
                blank = True
        user = None
        if not blank and self.vault_exists():
            for name, role, serial in self.vault().info().users:
                if serial == info.serial:
                    user = EnrolledUser(name, role, serial)
        return CardHolder(
            notice=self._notice(user) if user else None,
            reader=reader,
            serial=info.serial,
            cardholder_name=info.cardholder_name,
            pin_retries=info.pin_status.pw1_retries,
            user=user,
            blank=blank,
        )

    def provision_card(self, reader: str, cardholder_name: str) -> CardHolder:
        with self._cards.session(reader) as card:
            provision(card, cardholder_name[:13])  # 39 bytes of UTF-8 at most
        return self.identify_card(reader)

    def check_pin(self, reader: str, pin: str) -> None:
        with self._cards.session(reader) as card:
            card.verify_pin(pin, PW1)
            card.reset_pin_state(PW1)

    def _notice(self, user: EnrolledUser) -> int | None:
        """The count the lock screen may show this user (grants.db, no key needed)."""
        from desktop.domain.roles import Role
        from desktop.grants.notices import count_for

        if self._grants_store is None or not (self._data_dir / "grants.db").exists():
            return None
        store = self._grants_store(self._data_dir)
        try:
            return count_for(store, user.card_serial, user.role is Role.CHIEF)
        finally:
            store.close()

    # -- vault

    def _viewer_session(self, vault: VaultService, viewer: ViewerSession, reader: str
                        ) -> ViewerAppSession:
        from desktop.app.viewer_session import ViewerAppSession

        assert self._grants_store is not None
        try:
            store = self._grants_store(self._data_dir)
        except BaseException:
            viewer.lock()
            raise
        # Air-gap breaches seen while locked stay queued for the next keyholder, who
        # can write them into the trail; a viewer cannot.
        return ViewerAppSession(vault, viewer, store, SystemClock(), self._cards, reader)

    def unlock(self, reader: str, password: str, pin: str, progress: Progress,
               *, accept_restored: bool = False) -> AppSession | ViewerAppSession:
        from desktop.app.session import AppSession
        from desktop.vault.errors import ViewerOnly

        vault = self.vault()
        with self._cards.session(reader) as card:
            try:
                session = vault.unlock(card, password, pin, progress,
                                       accept_restored=accept_restored)
            except ViewerOnly:
                if self._grants_store is None:
                    raise
                # Refused before any PIN or KDF: the same factors open his grant key.
                viewer = vault.unlock_viewer(card, password, pin, progress)
                return self._viewer_session(vault, viewer, reader)
        user = session.user
        app_session = AppSession(
            vault,
            session,
            EnrolledUser(user.name, user.role, session.card_serial),
            SystemClock(),
            self._renderers(),
            self._cards,
            reader,
            grants_store=self._grants_store,
        )
        app_session.keep_grants()
        with self._pending_lock:
            breaches, self._breaches = self._breaches, []
            prints, self._recovery_prints = self._recovery_prints, []
        for interfaces in breaches:
            app_session.air_gap_breach(interfaces)
        for printer in prints:
            app_session.recovery_sheet_printed(printer)
        for hook in self.on_unlock:
            hook(app_session)
        return app_session

    def _renderers(self) -> Renderers:
        if self._made_renderers is None:
            self._made_renderers = self._renderer_factory()
        return self._made_renderers

    def air_gap_breach(self, interfaces: Sequence[str]) -> None:
        with self._pending_lock:
            self._breaches.append(tuple(interfaces))

    def recovery_sheet_printed(self, printer: str) -> None:
        with self._pending_lock:
            self._recovery_prints.append(printer)

    def setup_backend(self) -> VaultSetupBackend:
        from desktop.app.setup_backend import VaultSetupBackend

        return VaultSetupBackend(
            self._cards, self._vault_at, self.key_store, self._demo, self._kdf_params,
            development=self._development,
        )

    def restoring(self) -> WorkstationRestore:
        """Restore a backup into the (empty) data folder; recover with the code."""
        from desktop.app.restoring import WorkstationRestore

        return WorkstationRestore(self._data_dir, self.key_store, self._vault_at, SystemClock())

    def recovery_sheet_pdf(self, unit: UnitInfo, vault_id: str, recovery_code: str) -> bytes:
        from datetime import date

        from desktop.domain.printables import RecoverySheet

        return self._renderers().recovery_sheet(
            RecoverySheet(
                recovery_code=recovery_code,
                unit_name=unit.name,
                unit_code=unit.code,
                vault_id=vault_id,
                created_on=date.today(),
            )
        )

    def close(self) -> None:
        for callback in reversed(self.on_close):
            with contextlib.suppress(Exception):
                callback()
        self.on_close = []

    def _vault_at(self, folder: Path) -> VaultService:
        return self._vault_factory(folder, self.key_store())
