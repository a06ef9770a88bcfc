"""The set-up wizard's side effects (desktop.app.setup_wizard.SetupBackend):
calibrate Argon2id, create the vault with the chief procurator and enrol the
clerks, each step with the right card in a (usually shared) reader."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.cards import CardAccess
from desktop.app.facts import Progress
from desktop.card.errors import CardRemoved, NoCard, NotAnOpenPgpCard

if TYPE_CHECKING:
    from desktop.app.setup_wizard import CardRequest, Person, SetupPlan
    from desktop.card.session import OpenPgpSession
    from desktop.ports import KeyStore
    from desktop.vault import kdf
    from desktop.vault.service import CreatedVault, VaultService

# Setup with one reader: how long a card swap may take, and how often to look.
CARD_SWAP_TIMEOUT_SECONDS = 180.0
CARD_SWAP_POLL_SECONDS = 0.3


class VaultSetupBackend:
    def __init__(
        self,
        cards: CardAccess,
        vault_at: Callable[[Path], VaultService],
        key_store: Callable[[], KeyStore],
        demo: bool,
        kdf_params: kdf.Argon2Params | None = None,
        *,
        development: bool = False,
    ) -> None:
        self._cards = cards
        self._vault_at = vault_at
        self._key_store = key_store
        self._demo = demo
        self._kdf_params = kdf_params  # tests pass a cheap set explicitly
        self._development = development

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
        from desktop.vault import kdf

        assert isinstance(plan.kdf, kdf.Argon2Params)
        chief, clerks = plan.people[0], plan.people[1:]
        vault = self._vault_at(staging)
        ask = ask_for_card or (lambda _person: None)
        steps = 1 + 3 * len(clerks)
        progress(0.02)
        with self._card_of(chief, ask) as chief_card:
            session, created = vault.create(
                unit_code=plan.unit_code,
                unit_name=plan.unit_name,
                user_name=chief.name,
                card=chief_card,
                pin=chief.pin,
                password=chief.password,
                kdf_params=plan.kdf,
                demo=self._demo,
                development=self._development,
            )
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
        return created

    @contextlib.contextmanager
    def _card_of(self, person: Person, ask: CardRequest) -> Iterator[OpenPgpSession]:
        """A conversation with ``person``'s own card, waiting (and asking) for it when
        another card is in the reader — a workstation usually has only one."""
        from desktop.app.setup_wizard import CardSwapTimeout
        from desktop.card.errors import CardError

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
