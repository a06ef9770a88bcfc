"""Typed vault errors. They carry data; only ui/ turns them into words.

Card errors (NoCard, WrongPin(remaining), PinBlocked, CardRemoved, ...) come
from desktop.card.errors unchanged."""

from __future__ import annotations


class VaultError(Exception):
    """Base class of every error the vault raises."""


class VaultNotFound(VaultError):
    def __init__(self, data_dir: str) -> None:
        super().__init__(f"no vault in {data_dir}")
        self.data_dir = data_dir


class VaultExists(VaultError):
    def __init__(self, data_dir: str) -> None:
        super().__init__(f"a vault already exists in {data_dir}")
        self.data_dir = data_dir


class VaultInUse(VaultError):
    """Another process (or another session in this one) holds the vault lock."""

    def __init__(self, lock_path: str) -> None:
        super().__init__(f"the vault is open elsewhere ({lock_path} is locked)")
        self.lock_path = lock_path


class WrongPassword(VaultError):
    """The slot did not unwrap. A wrong password and a tampered slot look the
    same on purpose: AES-GCM cannot tell them apart, and neither may we."""


class CardNotEnrolled(VaultError):
    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} is not enrolled in this vault")
        self.card_serial = card_serial


class CardMismatch(VaultError):
    """The card has the enrolled serial but not the enrolled keys (re-keyed or forged)."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} does not hold the enrolled keys")
        self.card_serial = card_serial


class MachineSecretMissing(VaultError):
    """The keyring has no machine secret for this vault: it was copied to another
    machine or the keyring was reset. Recovery with the recovery code restores it."""

    def __init__(self, vault_id: str) -> None:
        super().__init__(
            f"the machine secret of vault {vault_id} is not in this computer's keyring; "
            "use the recovery code (vault recover) to restore it"
        )
        self.vault_id = vault_id


class InsecureKeyring(VaultError):
    """The keyring backend would keep the machine secret in plaintext or not at all."""

    def __init__(self, backend_name: str) -> None:
        super().__init__(f"keyring backend {backend_name} is not a secure store")
        self.backend_name = backend_name


class HeaderCorrupt(VaultError):
    """vault.keys could not be read. ``fell_back`` is False here: both the header
    and its backup are unusable (a usable backup is reported on the result)."""

    def __init__(self, reason: str, backup_reason: str | None = None) -> None:
        text = f"vault header unreadable: {reason}"
        if backup_reason is not None:
            text += f"; backup unreadable: {backup_reason}"
        super().__init__(text)
        self.reason = reason
        self.backup_reason = backup_reason


class HeaderTampered(VaultError):
    """The header's MAC (keyed from DEK) does not match: it was edited outside the app."""


class DatabaseCorrupt(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"vault database damaged: {reason}")
        self.reason = reason


class DatabaseRolledBack(VaultError):
    """vault.db is older than the audit head recorded in the header."""

    def __init__(self, header_seq: int, database_seq: int) -> None:
        super().__init__(
            f"vault database rolled back: header expects audit record {header_seq}, "
            f"database ends at {database_seq}"
        )
        self.header_seq = header_seq
        self.database_seq = database_seq


class InvalidRecoveryCode(VaultError):
    """A typed recovery code is malformed: ``problem`` is "length", "character"
    (at ``position``, 0-based over the characters without separators) or "checksum"."""

    def __init__(self, problem: str, position: int | None = None) -> None:
        where = f" at character {position + 1}" if position is not None else ""
        super().__init__(f"recovery code invalid: {problem}{where}")
        self.problem = problem
        self.position = position


class WrongRecoveryCode(VaultError):
    """A well-formed recovery code that does not open this vault's recovery slot."""




class ApprovalInvalid(VaultError):
    """The chief procurator's signature over the enrollment record did not verify."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"approval rejected: {reason}")
        self.reason = reason


class UserNotFound(VaultError):
    def __init__(self, user: str) -> None:
        super().__init__(f"no such user: {user}")
        self.user = user


class UserExists(VaultError):
    def __init__(self, user: str) -> None:
        super().__init__(f"user already enrolled: {user}")
        self.user = user


class CardAlreadyEnrolled(VaultError):
    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} is already enrolled")
        self.card_serial = card_serial


class NotAChiefCard(VaultError):
    """A roster change was to be signed by a card the roster names as no chief's:
    refused before its PIN is asked for, so no try of that card is spent."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} is not a chief procurator's card")
        self.card_serial = card_serial


class LastChief(VaultError):
    """Removing this user would leave the vault without a chief procurator."""


class KdfTooWeak(VaultError):
    def __init__(self, memory_kib: int, minimum_kib: int) -> None:
        super().__init__(f"Argon2id memory {memory_kib} KiB below the minimum {minimum_kib} KiB")
        self.memory_kib = memory_kib
        self.minimum_kib = minimum_kib


# ---------------------------------------------------------------- the trust root


class RosterUntrusted(VaultError):
    """The signed roster in the header does not verify; ``reason`` says what was found."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the roster cannot be trusted: {reason}")
        self.reason = reason


class RosterMissing(VaultError):
    """A vault made before signed rosters: its chief procurator must unlock first
    and sign one before anyone else's role can be believed."""


class SlotNotOnRoster(VaultError):
    """The card's slot is in the header but not (or no longer) on the signed roster."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} has a key slot the signed roster does not list")
        self.card_serial = card_serial


class SlotRoleMismatch(VaultError):
    """The slot says one role, the signed roster another: the slot was edited."""

    def __init__(self, card_serial: str, slot_role: str, roster_role: str) -> None:
        super().__init__(
            f"card {card_serial}: the key slot says {slot_role}, the signed roster {roster_role}"
        )
        self.card_serial = card_serial
        self.slot_role = slot_role
        self.roster_role = roster_role


class ChiefCardMismatch(VaultError):
    """At a chief procurator's unlock his card's fresh signature does not verify
    under the signature key the roster gives the chief: not his card, or not his roster."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(
            f"card {card_serial} is not the chief procurator's card the signed roster names"
        )
        self.card_serial = card_serial


class FolderRolledBack(VaultError):
    """What a card remembers (DO 0101) is not in this folder: it was restored from an
    older copy or its audit trail was rewritten. ``what`` names the difference."""

    def __init__(self, card_serial: str, what: str, remembered_seq: int, head_seq: int) -> None:
        super().__init__(
            f"card {card_serial} remembers checkpoint {remembered_seq}, this folder (head "
            f"{head_seq}) does not have it: {what}"
        )
        self.card_serial = card_serial
        self.what = what
        self.remembered_seq = remembered_seq
        self.head_seq = head_seq


class CardRemembersOtherVault(VaultError):
    """The card's memory (DO 0101) is for another vault: one vault per card."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} belongs to another vault")
        self.card_serial = card_serial


class CardLacksPrivateData(VaultError):
    """A keyholder's card must keep the vault's checkpoint in DO 0101; this one cannot."""

    def __init__(self, card_serial: str) -> None:
        super().__init__(f"card {card_serial} has no private-use data objects (DO 0101)")
        self.card_serial = card_serial


class DevelopmentCardRefused(VaultError):
    """A test card (manufacturer 0xFF00-0xFFFE) or the virtual reader, in a vault
    not created for development."""

    def __init__(self, card_serial: str, what: str) -> None:
        super().__init__(f"card {card_serial}: {what} is for development only")
        self.card_serial = card_serial
        self.what = what


class ViewerOnly(VaultError):
    """The card belongs to a viewer (director, deputy chief, staff): his slot holds
    only his grant key, never the database key, so the register does not open."""

    def __init__(self, role: str) -> None:
        super().__init__(f"a {role} is a viewer: the vault's database does not open for him")
        self.role = role


class NotAViewer(VaultError):
    """A keyholder's card offered where a viewer's grants are opened."""

    def __init__(self, role: str) -> None:
        super().__init__(f"a {role} holds the vault's keys: unlock the vault instead")
        self.role = role


class ClockBehindChain(VaultError):
    """This computer's clock says a time before the audit trail's last record: the
    clock was set back (deadlines and expiries would lie). Only the chief procurator's
    unlock confirms the date."""

    def __init__(self, clock: str, last_record: str) -> None:
        super().__init__(f"the clock ({clock}) is earlier than the last audit record "
                         f"({last_record})")
        self.clock = clock
        self.last_record = last_record
