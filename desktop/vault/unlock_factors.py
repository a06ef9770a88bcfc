"""The first half of every unlock, keyholder's and viewer's alike (steps 2-6 of
desktop.vault.service's docstring): the header and its roster, the card and its
slot, the trust checks that need no key, the throttle, then Argon2id and the
machine secret. Nothing here sends a PIN."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from desktop.audit.canonical import format_time
from desktop.card.errors import PinBlocked, WrongPin
from desktop.domain.roles import Role
from desktop.ports import SmartCard
from desktop.vault import card_memory, kdf, throttle, trust
from desktop.vault.core import VaultCore
from desktop.vault.enrollment import read_card_and_info
from desktop.vault.errors import (
    CardMismatch,
    CardNotEnrolled,
    KdfTooWeak,
    NotAViewer,
    RosterMissing,
    VaultError,
    ViewerOnly,
    WrongPassword,
)
from desktop.vault.header import EnrolledCard, FailedUnlocks, UserSlot, VaultHeader
from desktop.vault.header_file import LoadedHeader
from desktop.vault.roster_chain import VerifiedRoster
from desktop.vault.wipe import wipe

DECIPHER_PIN = 0x82
Progress = Callable[[float], None]


@dataclass
class _Opening:
    loaded: LoadedHeader
    header: VaultHeader
    roster: VerifiedRoster | None
    slot: UserSlot
    enrolled: EnrolledCard
    role: Role
    remembered: card_memory.Remembered
    k_password: bytearray = field(repr=False)
    machine: bytearray = field(repr=False)
    founder: str | None = None  # the founding chief's key pinned in the keyring


class UnlockFactors(VaultCore):
    def _open_factors(
        self, card: SmartCard, password: str, progress: Progress, *, keyholder: bool
    ) -> _Opening:
        """Steps 2-6 of the unlock (module docstring), shared by keyholders and
        viewers: everything up to the PIN, then Argon2id and the machine secret."""
        loaded = self._header.load()
        header = loaded.header
        self._check_key_store(header.demo)
        # The signatures are checked now; the founding key pinned in the keyring is
        # compared once the keyring has answered (below), still before any PIN.
        roster = trust.verify_roster(header, None)
        with ThreadPoolExecutor(1, thread_name_prefix="keyring") as pool:
            # The keyring answers over D-Bus in ~20 ms a question: let it work while
            # Argon2id runs (one after the other: one client of the Secret Service at
            # a time). Its answers are awaited before any PIN is sent.
            fetch = pool.submit(self._keyring_answers, header.vault_id)
            enrolled, card_info = read_card_and_info(card)
            slot = header.slot_for_card(enrolled.serial)
            if slot is None:
                raise CardNotEnrolled(enrolled.serial)
            if (enrolled.dec_public, enrolled.sig_public) != (
                slot.meta.card.dec_public,
                slot.meta.card.sig_public,
            ):
                raise CardMismatch(enrolled.serial)
            development = header.demo or header.development
            trust.refuse_test_card(card_info, card.reader_name, development=development)
            _refuse_weak_kdf(header, slot, development)
            role = _trusted_role(roster, slot)
            if role.holds_vault_keys != keyholder:
                raise ViewerOnly(role.value) if keyholder else NotAViewer(role.value)
            remembered = card_memory.recall(card, enrolled.serial, required=keyholder)
            if card_info.pin_status.pw1_retries == 0:
                raise PinBlocked(DECIPHER_PIN)
            delay = throttle.delay_for(header.failed_unlocks.count)
            if delay:
                self._sleep(delay)
            progress(0.05)
            k_password = kdf.derive(password.encode("utf-8"), slot.meta.salt, slot.meta.kdf)
            try:
                founder, machine = fetch.result()
            except BaseException:
                wipe(k_password)
                raise
        try:
            trust.check_founder(roster, founder)
        except BaseException:
            wipe(k_password, machine)
            raise
        return _Opening(loaded, header, roster, slot, enrolled, role, remembered,
                        k_password, machine, founder)

    def _keyring_answers(self, vault_id: str) -> tuple[str | None, bytearray]:
        """(the founding chief's pinned key, the machine secret)."""
        founder = trust.founder_key(self._keys, vault_id)
        return founder, self._machine_secret(vault_id)

    def _count_failure(self, header: VaultHeader) -> None:
        with contextlib.suppress(OSError, VaultError):
            # Re-read: the counter must not undo a header change made meanwhile.
            current = self._header.load().header
            failed = FailedUnlocks(current.failed_unlocks.count + 1, format_time(self._clock.now()))
            self._header.save(current.with_changes(failed_unlocks=failed))

    @staticmethod
    def _counts_as_failure(exc: Exception) -> bool:
        return counts_as_failed_unlock(exc)


def _trusted_role(roster: VerifiedRoster | None, slot: UserSlot) -> Role:
    """The role the signed roster gives this slot. Without a roster (a vault made
    before rosters) only the chief procurator may unlock: he signs the first one."""
    if roster is None:
        if slot.meta.role is not Role.CHIEF:
            raise RosterMissing()
        return Role.CHIEF
    return trust.entry_for_slot(roster, slot).role


def _refuse_weak_kdf(header: VaultHeader, slot: UserSlot, development: bool) -> None:
    if development:
        return
    for params in (header.kdf, slot.meta.kdf):
        if not kdf.meets_floor(params):
            raise KdfTooWeak(params.memory_kib, kdf.MIN_MEMORY_KIB)


def counts_as_failed_unlock(exc: Exception) -> bool:
    return isinstance(exc, WrongPassword | WrongPin | PinBlocked)


