"""The single composition root: builds the real or the demo services the GUI uses.

Real: PC/SC cards (pcscd), the OS keyring, the vault in the data folder.
Demo: two in-process virtual cards in two virtual readers, a throw-away data
folder deleted at exit, and a demo keyring when no Secret Service exists.
Both go through the same VaultService, SQLCipher store and printing code.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.app_services import (
    AuditCheck,
    AuditEntry,
    AuditValue,
    BagRenderers,
    CardEvent,
    CardEventKind,
    CardHolder,
    EnrolledUser,
    Progress,
    UnitInfo,
)
from desktop.card.errors import CardRemoved, KeyMissing, NoCard, NotAnOpenPgpCard
from desktop.card.monitor import CardMonitor, Watcher
from desktop.card.transport import Transport
from desktop.policy import Action, allowed
from desktop.workstation import DEFAULT_IDLE_LOCK_SECONDS, check_idle_timeout

if TYPE_CHECKING:
    from datetime import datetime

    from db.store import SqlCipherStoreFactory
    from desktop.card.session import OpenPgpSession
    from desktop.demo_cards import DemoCards, DemoPerson
    from desktop.leads.service import LeadService
    from desktop.ports import KeyStore
    from desktop.setup_wizard import CreatedVault, Person, SetupPlan
    from desktop.vault import kdf
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session

if TYPE_CHECKING:  # the bag screens' services
    from desktop.bags.service import BagService
    from desktop.vault.enrollment import Approval

# Start-up time matters (the unlock window must appear fast): the vault, SQL,
# PDF and crypto stacks are imported where first used, not when this loads.

IDLE_SETTING = "workstation.idle_lock_seconds"
FACTORY_ADMIN_PIN = "12345678"  # OpenPGP cards ship with it; provisioning uses it once
PW1 = 0x82


# Setup with one reader: how long a card swap may take, and how often to look.
CARD_SWAP_TIMEOUT_SECONDS = 180.0
CARD_SWAP_POLL_SECONDS = 0.3
CardRequest = Callable[["Person"], None]


class SystemClock:
    def now(self) -> datetime:
        from datetime import UTC, datetime  # not needed before the first unlock

        return datetime.now(UTC)


def _stores(clock: SystemClock) -> SqlCipherStoreFactory:
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog

    return SqlCipherStoreFactory(clock, AuditLog)


# ------------------------------------------------------------------ card access


class CardAccess:
    """Opens a card conversation in a named reader (PC/SC or the demo's readers)."""

    def __init__(
        self,
        connect: Callable[[str], Transport],
        readers: Callable[[], list[str]] | None = None,
    ) -> None:
        self._connect = connect
        self._readers = readers or _pcsc_readers

    def readers(self) -> list[str]:
        return self._readers()

    @contextlib.contextmanager
    def session(self, reader: str) -> Iterator[OpenPgpSession]:
        from desktop.card.session import OpenPgpSession

        session = OpenPgpSession(self._connect(reader))
        try:
            yield session
        finally:
            session.close()


def _pcsc_readers() -> list[str]:
    from desktop.card import pcsc

    return pcsc.list_readers()


def _pcsc_connect(reader: str) -> Transport:
    from desktop.card import pcsc  # the only pyscard user, imported when needed

    return pcsc.connect(reader)


def provision(session: OpenPgpSession, cardholder_name: str) -> None:
    """Give a blank card its P-256 keys, name and the PIN-per-signature policy
    (what `leadvault-admin card provision` does)."""
    from desktop.card import crypto
    from desktop.card.model import Algorithm, KeySlot

    with session.transaction():
        session.verify_pin(FACTORY_ADMIN_PIN, 0x83)
        session.set_algorithm(KeySlot.SIG, Algorithm.P256_ECDSA)
        session.set_algorithm(KeySlot.DEC, Algorithm.P256_ECDH)
        created = int(time.time())
        for slot in (KeySlot.SIG, KeySlot.DEC):
            key = session.generate_key(slot)
            session.set_fingerprint(slot, crypto.openpgp_fingerprint(key, created))
            session.set_generation_time(slot, created)
        session.set_cardholder_name(cardholder_name[:13])  # 39 bytes of UTF-8 at most
        session.set_signature_pin_policy(every_signature=True)


# ------------------------------------------------------------------ session adapter


class AppSession:
    """desktop.app_services.UnlockedSession over a vault Session."""

    def __init__(
        self,
        vault: VaultService,
        session: Session,
        user: EnrolledUser,
        cards: CardAccess | None = None,
        reader: str | None = None,
    ) -> None:
        self._vault = vault
        self._session = session
        self._user = user
        self._cards = cards
        self._reader = reader  # where this user's card is
        self._bags: BagService | None = None  # holds the QR tag key: dropped at lock
        self._leads: LeadService | None = None

    @property
    def user(self) -> EnrolledUser:
        return self._user

    @property
    def vault_session(self) -> Session:
        return self._session

    def _require(self, action: Action) -> None:
        from desktop.policy import NotPermitted

        if not allowed(self._session.role, action):
            raise NotPermitted(action, self._session.role)

    def audit_tail(self, count: int) -> list[AuditEntry]:
        import json

        self._require(Action.VIEW_AUDIT)
        with self._session.store.reading() as tx:
            names = {f"user:{u.id}": u.name for u in tx.users.list(include_removed=True)}
            records = sorted(tx.audit_records.last(count), key=lambda r: r.seq, reverse=True)
        return [
            AuditEntry(
                seq=r.seq,
                time=r.time,
                actor=names.get(r.actor, r.actor),
                action=r.action,
                subject=names.get(r.subject, r.subject),
                details=json.dumps(r.details, ensure_ascii=False, sort_keys=True),
            )
            for r in records
        ]

    def verify_audit(self) -> AuditCheck:
        self._require(Action.VIEW_AUDIT)
        result = self._vault.verify_audit(self._session)
        brk = result.first_break
        check = AuditCheck(
            checked=result.checked,
            first_break=brk.seq if brk else None,
            reason=str(getattr(brk.reason, "value", brk.reason)) if brk else None,
        )
        self.record(
            "audit.verify",
            "",
            {"checked": check.checked, "ok": check.ok, "first_break": check.first_break},
        )
        return check

    def save_draft(self, form_kind: str, payload: bytes) -> None:
        owner = self._session.user.id
        with self._session.store.transaction() as tx:
            old = [d for d in tx.drafts.for_owner(owner) if d.form_kind == form_kind]
            tx.drafts.save(
                owner, form_kind, payload, SystemClock().now(), old[0].id if old else None
            )
            tx.audit.append(
                self._session.actor, "draft.save", self._session.actor, {"form": form_kind[:60]}
            )

    def take_draft(self, form_kind: str) -> bytes | None:
        owner = self._session.user.id
        with self._session.store.transaction() as tx:
            for draft in tx.drafts.for_owner(owner):
                if draft.form_kind == form_kind:
                    tx.drafts.delete(draft.id)
                    tx.audit.append(
                        self._session.actor,
                        "draft.restore",
                        self._session.actor,
                        {"form": form_kind[:60]},
                    )
                    return draft.payload
        return None

    def record(self, action: str, subject: str, details: Mapping[str, AuditValue]) -> None:
        with self._session.store.transaction() as tx:
            tx.audit.append(self._session.actor, action, subject, dict(details))
        self._vault.refresh_head_if_due(self._session)

    def idle_timeout_seconds(self) -> int:
        with self._session.store.reading() as tx:
            value = tx.settings.get(IDLE_SETTING)
        if value is None or not value.isdigit() or check_idle_timeout(int(value)) is not None:
            return DEFAULT_IDLE_LOCK_SECONDS
        return int(value)

    def set_idle_timeout_seconds(self, seconds: int) -> None:
        from desktop.policy import NotPermitted

        if not allowed(self._session.role, Action.CHANGE_IDLE_TIMEOUT):
            raise NotPermitted(Action.CHANGE_IDLE_TIMEOUT, self._session.role)
        problem = check_idle_timeout(seconds)
        if problem is not None:
            raise ValueError(problem.value)
        with self._session.store.transaction() as tx:
            tx.settings.set(IDLE_SETTING, str(seconds))
            tx.audit.append(
                self._session.actor, "settings.change", IDLE_SETTING, {"value": seconds}
            )

    def lock(self) -> None:
        self._bags = None
        self._vault.lock(self._session)

    # -- confidential bags (ui/bags, ui/printing)

    def bags(self) -> BagService:
        if self._bags is None:
            from desktop.bags.service import BagService

            info = self._vault.info()
            self._bags = BagService.for_session(
                self._session, SystemClock(), unit_code=info.unit_code, sender=info.unit_name
            )
        return self._bags

    def bag_renderers(self) -> BagRenderers:
        from printing.cover_sheet import render_cover_sheet
        from printing.labels import render_bag_labels, render_seal_labels
        from printing.register import render_bag_register

        return BagRenderers(
            render_cover_sheet, render_bag_labels, render_seal_labels, render_bag_register
        )

    def card_readers(self) -> list[str]:
        readers = [] if self._cards is None else self._cards.readers()
        return sorted(readers, key=lambda r: r != self._reader)  # own card first

    def sign_with_card(self, reader: str, pin: str, record: bytes) -> Approval:
        from desktop.card.errors import NoCard

        if self._cards is None:
            raise NoCard()
        with self._cards.session(reader) as card:
            return self._vault.approve(card, pin, record)

    def leads(self) -> LeadService:
        if self._leads is None:
            from desktop.leads.service import LeadService

            s = self._session
            self._leads = LeadService(s.store, SystemClock(), s.user, s.keys.ik)
        return self._leads


# ------------------------------------------------------------------ setup backend


class VaultSetupBackend:
    """desktop.setup_wizard.SetupBackend over VaultService."""

    def __init__(
        self,
        cards: CardAccess,
        key_store: Callable[[], KeyStore],
        demo: bool,
        kdf_params: kdf.Argon2Params | None = None,
    ) -> None:
        self._cards = cards
        self._key_store = key_store
        self._demo = demo
        self._kdf_params = kdf_params  # tests pass a cheap set explicitly

    def calibrate(self, progress: Progress) -> object:
        from desktop.vault import kdf

        progress(0.05)
        params = self._kdf_params or kdf.calibrate()
        progress(1.0)
        return params

    def describe_kdf(self, params: object) -> tuple[int, int, int]:
        from desktop.vault import kdf

        assert isinstance(params, kdf.Argon2Params)
        return params.time_cost, params.memory_kib, params.parallelism

    def create_vault(
        self,
        plan: SetupPlan,
        staging: Path,
        progress: Progress,
        ask_for_card: CardRequest | None = None,
    ) -> CreatedVault:
        """Creates the vault with the chief procurator, then enrols each clerk with
        the chief's card signature. People may share one reader: each step waits
        for the card it needs and ``ask_for_card(person)`` says whose to insert."""
        from desktop.setup_wizard import CreatedVault
        from desktop.vault import kdf
        from desktop.vault.service import VaultService

        assert isinstance(plan.kdf, kdf.Argon2Params)
        chief, clerks = plan.people[0], plan.people[1:]
        clock = SystemClock()
        vault = VaultService(staging, _stores(clock), self._key_store(), clock)
        ask = ask_for_card or (lambda _person: None)
        steps = 1 + 3 * len(clerks)
        progress(0.02)
        with self._card_of(chief, ask) as chief_card:
            created = vault.create(
                unit_code=plan.unit_code,
                unit_name=plan.unit_name,
                user_name=chief.name,
                card=chief_card,
                pin=chief.pin,
                password=chief.password,
                kdf_params=plan.kdf,
                demo=self._demo,
            )
        session = created.session
        try:
            progress(1 / steps)
            for n, clerk in enumerate(clerks):
                with self._card_of(clerk, ask) as card:
                    record = vault.enrollment_request(
                        session, "user.add", clerk.name, clerk.role, card
                    )
                progress((2 + 3 * n) / steps)
                with self._card_of(chief, ask) as chief_card:
                    approval = vault.approve(chief_card, chief.pin, record)
                progress((3 + 3 * n) / steps)
                with self._card_of(clerk, ask) as card:
                    vault.add_user(
                        session,
                        user_name=clerk.name,
                        role=clerk.role,
                        card=card,
                        pin=clerk.pin,
                        password=clerk.password,
                        approval=approval,
                    )
                progress((4 + 3 * n) / steps)
        finally:
            vault.lock(session)
        progress(1.0)
        return CreatedVault(recovery_code=created.recovery_code, vault_id=session.vault_id)

    @contextlib.contextmanager
    def _card_of(self, person: Person, ask: CardRequest) -> Iterator[OpenPgpSession]:
        """A conversation with ``person``'s own card, waiting (and asking) for it when
        another card is in the reader — a workstation usually has only one."""
        from desktop.card.errors import CardError
        from desktop.setup_wizard import CardSwapTimeout

        deadline = time.monotonic() + CARD_SWAP_TIMEOUT_SECONDS
        asked = False
        while True:
            try:
                with self._cards.session(person.reader) as card:
                    if card.info().serial == person.card_serial:
                        yield card
                        return
            except (NoCard, CardRemoved, NotAnOpenPgpCard):
                pass  # out, or on its way in or out: look again
            except CardError:
                if time.monotonic() > deadline:
                    raise
            if time.monotonic() > deadline:
                raise CardSwapTimeout(person.name, person.card_serial)
            if not asked:
                ask(person)
                asked = True
            time.sleep(CARD_SWAP_POLL_SECONDS)

    def discard(self, staging: Path, created: CreatedVault | None) -> None:
        if created is not None:
            with contextlib.suppress(Exception):
                self._key_store().delete(created.vault_id)


# ------------------------------------------------------------------ services


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


class Workstation:
    """desktop.app_services.WorkstationServices."""

    def __init__(
        self,
        data_dir: Path,
        cards: CardAccess,
        key_store: Callable[[], KeyStore],
        watch_factory: Callable[[], PcscWatch],
        demo: bool = False,
        kdf_params: kdf.Argon2Params | None = None,
    ) -> None:
        self._data_dir = data_dir
        self._cards = cards
        self._key_store_factory = key_store
        self._key_store: KeyStore | None = None
        self._watch_factory = watch_factory
        self._demo = demo
        self._kdf_params = kdf_params
        self._pending: list[tuple[str, dict[str, AuditValue]]] = []
        self._pending_lock = threading.Lock()
        self.on_close: list[Callable[[], None]] = []

    # -- facts

    @property
    def demo(self) -> bool:
        return self._demo

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    def key_store(self) -> KeyStore:
        if self._key_store is None:
            self._key_store = self._key_store_factory()
        return self._key_store

    def vault(self) -> VaultService:
        from desktop.vault.service import VaultService

        clock = SystemClock()
        return VaultService(self._data_dir, _stores(clock), self.key_store(), clock)

    def vault_exists(self) -> bool:
        return (self._data_dir / "vault.keys").exists()

    def use_data_dir(self, folder: Path) -> None:
        self._data_dir = folder

    def unit(self) -> UnitInfo | None:
        if not self.vault_exists():
            return None
        info = self.vault().info()
        return UnitInfo(info.unit_name, info.unit_code)

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
            reader=reader,
            serial=info.serial,
            cardholder_name=info.cardholder_name,
            pin_retries=info.pin_status.pw1_retries,
            user=user,
            blank=blank,
        )

    def provision_card(self, reader: str, cardholder_name: str) -> CardHolder:
        with self._cards.session(reader) as card:
            provision(card, cardholder_name)
        return self.identify_card(reader)

    def check_pin(self, reader: str, pin: str) -> None:
        with self._cards.session(reader) as card:
            card.verify_pin(pin, PW1)
            card.reset_pin_state(PW1)

    # -- vault

    def unlock(self, reader: str, password: str, pin: str, progress: Progress) -> AppSession:
        vault = self.vault()
        with self._cards.session(reader) as card:
            session = vault.unlock(card, password, pin, progress)
        user = session.user
        app_session = AppSession(
            vault,
            session,
            EnrolledUser(user.name, user.role, session.card_serial),
            self._cards,
            reader,
        )
        with self._pending_lock:
            pending, self._pending = self._pending, []
        for action, details in pending:
            app_session.record(action, "", details)
        if self._demo and allowed(user.role, Action.RECORD_LEAD):
            from desktop.demo_data import seed_demo_leads

            seed_demo_leads(app_session.leads(), SystemClock().now())  # fictional leads
        return app_session

    def pending_audit(self, action: str, details: Mapping[str, AuditValue]) -> None:
        with self._pending_lock:
            self._pending.append((action, dict(details)))

    def setup_backend(self) -> VaultSetupBackend:
        return VaultSetupBackend(self._cards, self.key_store, self._demo, self._kdf_params)

    def recovery_sheet_pdf(self, unit: UnitInfo, vault_id: str, recovery_code: str) -> bytes:
        from datetime import date

        from desktop.domain.printables import RecoverySheet
        from printing.recovery_sheet import render_recovery_sheet

        return render_recovery_sheet(
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


# ------------------------------------------------------------------ demo


def _demo_key_store() -> KeyStore:
    """The Secret Service when there is one, else an in-memory demo keyring."""
    from desktop.vault.keyring_store import DemoKeyStore, OsKeyStore

    try:
        return OsKeyStore()
    except Exception:  # no secure backend (no D-Bus session): the demo needs none
        return DemoKeyStore()


def build_demo(
    data_dir: Path | None = None, kdf_params: kdf.Argon2Params | None = None
) -> tuple[Workstation, DemoCards]:
    """Blank virtual cards in two readers and an empty throw-away data folder
    (deleted at close). prepare_demo_vault() fills it; the screenshot tour
    goes through the setup wizard instead."""
    from desktop.card.emulator import VirtualCard
    from desktop.demo_cards import DEMO_PEOPLE, DemoCards, DemoReader, DemoWatcher

    owned = data_dir is None
    folder = data_dir or Path(tempfile.mkdtemp(prefix="leadvault-demo-"))
    readers = [DemoReader(p.reader, VirtualCard()) for p in DEMO_PEOPLE]
    cards = DemoCards(readers)
    store = _demo_key_store()
    services = Workstation(
        folder / "vault",
        CardAccess(cards.connect, lambda: [n for n, r in cards.readers.items() if r.present]),
        lambda: store,
        lambda: PcscWatch(lambda: DemoWatcher(readers)),
        demo=True,
        kdf_params=kdf_params,
    )

    def cleanup() -> None:
        if services.vault_exists():
            with contextlib.suppress(Exception):
                store.delete(services.vault().info().vault_id)
        if owned:
            shutil.rmtree(folder, ignore_errors=True)

    services.on_close.append(cleanup)
    return services, cards


def seed_demo_bags(services: Workstation, cards: DemoCards) -> int:
    """The demo's sample bags (desktop/demo_bags.py), recorded by the demo clerk
    with her card while it is in its reader (her first unlock also records the
    sample leads the bags hold). Returns how many bags were made."""
    from desktop.demo_bags import seed_demo_bags as seed
    from desktop.domain.roles import Role
    from printing.cover_sheet import render_cover_sheet

    reader = next(c.reader for c in cards.cards() if cards.role_of(c.reader) is Role.CLERK)
    password, pin = cards.password_and_pin(reader)
    session = services.unlock(reader, password, pin, lambda _f: None)
    try:
        leads = [row.number for row in session.leads().page(limit=8)]
        return seed(session.bags(), leads, render_cover_sheet)
    finally:
        session.lock()


def prepare_demo_vault(services: Workstation, cards: DemoCards) -> None:
    """Provision the two demo cards and create the vault through the wizard's
    state machine, exactly as a user would."""
    from desktop.demo_cards import DEMO_PEOPLE, DEMO_UNIT
    from desktop.setup_wizard import SetupWizard

    for person in DEMO_PEOPLE:
        holder = services.identify_card(person.reader)
        if holder.blank:
            services.provision_card(person.reader, person.name)
    wizard = SetupWizard(services.setup_backend())
    problems = wizard.submit_unit(DEMO_UNIT.name, DEMO_UNIT.code)
    problems += wizard.submit_data_folder(services.data_dir)
    wizard.calibrate(lambda _f: None)
    problems += wizard.finish_calibration()
    chief, clerk = DEMO_PEOPLE
    problems += wizard.submit_chief(_person(services, chief))
    problems += wizard.add_clerk(_person(services, clerk))
    problems += wizard.create(lambda _f: None)
    wizard.take_recovery_code()
    problems += wizard.confirm_recovery(True)
    if problems:
        raise RuntimeError(f"demo setup refused: {problems}")
    wizard.finish()


def _person(services: Workstation, person: DemoPerson) -> Person:
    from desktop.setup_wizard import Person

    holder = services.identify_card(person.reader)
    return Person(
        person.name,
        person.role,
        holder.serial,
        person.reader,
        person.password,
        person.password,
        person.pin,
    )


# ------------------------------------------------------------------ real


def _os_key_store() -> KeyStore:
    from desktop.vault.keyring_store import OsKeyStore

    return OsKeyStore()


def build_real(data_dir: Path, kdf_params: kdf.Argon2Params | None = None) -> Workstation:
    """PC/SC cards, the OS keyring. ``kdf_params`` None calibrates Argon2id at
    setup; tests pass a cheap set explicitly."""
    return Workstation(
        data_dir,
        CardAccess(_pcsc_connect),
        _os_key_store,
        PcscWatch,
        kdf_params=kdf_params,
    )


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("leadvault", appauthor=False))
