"""Interfaces the workflows need; bootstrap.py supplies real or demo ones."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Protocol

from desktop.card.model import CardInfo, KeySlot, PublicKey
from desktop.domain.approvals import ApprovalRequest, RequestState, StoredRequest
from desktop.domain.audit import AuditHead, AuditRecord, Details
from desktop.domain.audit_query import AuditFilter, AuditRow, PageAt
from desktop.domain.bag_records import (
    NumberEntry,
    PrintedCopy,
    StoredBag,
    StoredEvent,
    UnsealingEvidence,
)
from desktop.domain.bags import Bag, BagEvent, BagState
from desktop.domain.confidential_number import ConfidentialNumber
from desktop.domain.documents import DocumentKind
from desktop.domain.drafts import Draft, DraftId
from desktop.domain.roles import Role
from desktop.domain.storage import LiveGrant, OutboxRow, PackageRow, SnapshotResult
from desktop.domain.users import EnrolledCard, User, UserId
from desktop.leads.ports import (
    LeadAttachmentRepository,
    LeadCardRepository,
    LeadDeadlineRepository,
    LeadListRepository,
    LeadProtectionRepository,
    LeadReportRepository,
    LeadRoutingRepository,
)


class SmartCard(Protocol):
    """An unlocked conversation with one OpenPGP card (OpenPgpSession satisfies it).

    PINs travel as str and are never stored; every call may raise the typed
    errors of desktop.card.errors."""

    def info(self) -> CardInfo: ...

    @property
    def reader_name(self) -> str:
        """The PC/SC reader the card sits in ("" when linked in-process)."""
        ...

    def public_key(self, slot: KeySlot) -> PublicKey: ...

    def verify_pin(self, pin: str, reference: int = 0x82) -> None: ...

    def decipher(self, peer_point: bytes) -> bytes:
        """ECDH with the decryption key (PW1/82 verified first); the 32-byte secret."""
        ...

    def sign(self, message: bytes) -> bytes:
        """Sign with the signature key (PW1/81 verified first): ECDSA P-256 over
        SHA-256(message) returned as raw r‖s, or Ed25519 over the message."""
        ...

    def read_private_do(self, number: int) -> bytes:
        """Private-use DO 010``number``; PrivateDataUnsupported on a card without."""
        ...

    def write_private_do(self, number: int, value: bytes) -> None: ...


class Clock(Protocol):
    def now(self) -> datetime:
        """Timezone-aware current time."""
        ...


class KeyStore(Protocol):
    """The OS keyring holding each vault's machine secret."""

    def get(self, vault_id: str) -> bytes | None: ...

    def put(self, vault_id: str, secret: bytes) -> None: ...

    def delete(self, vault_id: str) -> None: ...


# ---------------------------------------------------------------- storage
# db/ implements these (db.store); workflows see only the protocols. Every method may
# raise the typed errors of desktop.domain.storage.


class UserRepository(Protocol):
    def add(self, name: str, role: Role, created_at: datetime) -> User: ...

    def get(self, user_id: UserId) -> User:
        """Raises NotFound."""
        ...

    def find_by_name(self, name: str) -> User | None:
        """The active user with that name."""
        ...

    def list(self, include_removed: bool = False) -> list[User]: ...

    def mark_removed(self, user_id: UserId, at: datetime) -> User: ...


class CardRepository(Protocol):
    def add(self, card: EnrolledCard) -> None: ...

    def find(self, serial: str) -> EnrolledCard | None: ...

    def for_user(self, user_id: UserId, include_retired: bool = False) -> list[EnrolledCard]: ...

    def retire(self, serial: str, at: datetime) -> EnrolledCard:
        """Raises NotFound."""
        ...


class SettingsRepository(Protocol):
    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...

    def all(self) -> dict[str, str]: ...


class DraftRepository(Protocol):
    def save(
        self, owner: UserId, form_kind: str, payload: bytes, at: datetime,
        draft_id: DraftId | None = None,
    ) -> Draft:
        """Insert (draft_id None) or overwrite the owner's draft."""
        ...

    def get(self, draft_id: DraftId) -> Draft:
        """Raises NotFound."""
        ...

    def for_owner(self, owner: UserId) -> list[Draft]: ...

    def delete(self, draft_id: DraftId) -> None: ...


class AuditRecordRepository(Protocol):
    """Stored audit records. Only desktop.audit.AuditLog calls insert()."""

    def head(self) -> AuditHead: ...

    def insert(self, record: AuditRecord) -> None: ...

    def get(self, seq: int) -> AuditRecord | None: ...

    def iterate(self, from_seq: int = 1) -> Iterator[AuditRecord]: ...

    def last(self, count: int) -> list[AuditRecord]:
        """The newest `count` records, oldest first."""
        ...

    def last_of(self, action: str, subject: str | None = None) -> AuditRecord | None:
        """The newest record of ``action`` (on ``subject``, when given): the last
        checkpoint, a user's last unlock."""
        ...

    def page(self, where: AuditFilter, at: PageAt, seq: int = 0, limit: int = 200
             ) -> list[AuditRow]:
        """Up to ``limit`` records ``where`` selects, newest first, at ``at`` (older or
        newer than ``seq``), as a page lists them."""
        ...

    def count(self, where: AuditFilter) -> int: ...

    def names(self, subjects: Iterable[str]) -> dict[str, str]:
        """Every user's audit id named by her name; of ``subjects``, the leads and
        reports named by their lead's number (those found)."""
        ...


class ApprovalRepository(Protocol):
    """Requests and the chief's signed decisions (db.repositories.approvals)."""

    def add(self, request: ApprovalRequest) -> StoredRequest: ...

    def get(self, request_id: int) -> StoredRequest | None: ...

    def listed(self, states: tuple[RequestState, ...], requester: str | None = None,
               limit: int = 500) -> list[StoredRequest]: ...

    def for_subject(self, kind: str, subject: str) -> list[StoredRequest]: ...

    def set_state(self, request_id: int, state: RequestState) -> None: ...

    def add_decision(self, request_id: int, envelope: bytes, signature: bytes, signer: str,
                     decided_at: str) -> None: ...

    def decision(self, request_id: int) -> tuple[bytes, bytes, str] | None: ...

    def stamp(self, request_id: int, column: str, at: str) -> None: ...


class GrantRecordRepository(Protocol):
    """What keyholders keep about grants.db (db.repositories.grants)."""

    def inbox_key(self) -> tuple[bytes, bytes] | None: ...

    def set_inbox_key(self, public: bytes, private: bytes) -> None: ...

    def add_package(self, package_id: str, request_id: int, recipient: str, expires_at: str,
                    issued_at: str) -> None: ...

    def live_packages(self) -> list[LiveGrant]: ...

    def mark_deleted(self, package_id: str, at: str) -> None: ...

    def outbox_head(self, sender: str) -> tuple[int, str, int] | None: ...

    def set_outbox_head(self, sender: str, seq: int, entry_id: str, counter: int) -> None: ...

    def add_viewer_request(self, request_id: int, sender: str, seq: int) -> None: ...

    def viewer_request(self, request_id: int) -> tuple[str, int] | None: ...

    def viewer_requests(self) -> list[tuple[int, str, int]]: ...


class BagRepository(Protocol):
    """Bags, the confidential number register and printed copies (db.repositories.bags)."""

    def issue_number(self, unit_code: str, year: int, at: datetime, by: str) -> ConfidentialNumber:
        """The next serial of that unit and year, entered in the register (never reused)."""
        ...

    def void_number(self, number: ConfidentialNumber, at: datetime) -> NumberEntry:
        """Raises NotFound."""
        ...

    def number_entry(self, number: ConfidentialNumber) -> NumberEntry | None: ...

    def register(self, year: int | None = None) -> list[NumberEntry]:
        """Every number issued (voided ones too), in issue order."""
        ...

    def add(self, bag: Bag, event: BagEvent) -> StoredBag:
        """Store a new bag (its number must be in the register) and its CREATE event."""
        ...

    def update(
        self,
        bag: Bag,
        event: BagEvent,
        expected_version: int,
        unsealing: UnsealingEvidence | None = None,
    ) -> StoredBag:
        """Store a transition; raises ConcurrentChange if the bag moved past
        expected_version meanwhile."""
        ...

    def get(self, number: ConfidentialNumber) -> StoredBag:
        """Raises NotFound."""
        ...

    def find(self, number: ConfidentialNumber) -> StoredBag | None: ...

    def list_bags(self, states: frozenset[BagState] | None = None) -> list[StoredBag]:
        """Newest number first."""
        ...

    def events(self, number: ConfidentialNumber) -> list[StoredEvent]:
        """Oldest first, with the unsealing evidence of UNSEAL events."""
        ...

    def bags_with_lead(self, lead_number: str) -> list[ConfidentialNumber]: ...

    def lead_exists(self, lead_number: str) -> bool:
        """Whether the leads register holds that lead number."""
        ...

    def issue_copy(
        self, document: DocumentKind, subject: str, at: datetime, by: str
    ) -> PrintedCopy:
        """A new six-digit copy number for one printed or exported copy."""
        ...

    def copies(self, subject: str) -> list[PrintedCopy]: ...


class AuditAppender(Protocol):
    def append(
        self, actor: str, action: str, subject: str = "", details: Details | None = None
    ) -> AuditRecord: ...


class UnitOfWork(Protocol):
    """The repositories bound to one open transaction; tx.audit.append writes the record in
    the same transaction as the change it describes."""

    @property
    def users(self) -> UserRepository: ...

    @property
    def approvals(self) -> ApprovalRepository: ...

    @property
    def grant_records(self) -> GrantRecordRepository: ...

    @property
    def cards(self) -> CardRepository: ...

    @property
    def settings(self) -> SettingsRepository: ...

    @property
    def drafts(self) -> DraftRepository: ...

    @property
    def leads(self) -> LeadCardRepository: ...

    @property
    def lead_reports(self) -> LeadReportRepository: ...

    @property
    def lead_lists(self) -> LeadListRepository: ...

    @property
    def lead_attachments(self) -> LeadAttachmentRepository: ...

    @property
    def lead_deadlines(self) -> LeadDeadlineRepository: ...

    @property
    def lead_routing(self) -> LeadRoutingRepository: ...

    @property
    def lead_protection(self) -> LeadProtectionRepository: ...

    @property
    def bags(self) -> BagRepository: ...

    @property
    def audit_records(self) -> AuditRecordRepository: ...

    @property
    def audit(self) -> AuditAppender: ...


class WholeFileCheck(Protocol):
    """The whole-file checks of an open database, one slice per step()."""

    @property
    def done(self) -> bool: ...

    @property
    def fraction(self) -> float: ...

    def step(self) -> tuple[str, ...]:
        """The next slice; its problems, () when healthy."""
        ...


class Store(Protocol):
    """The open vault database."""

    @property
    def path(self) -> Path: ...

    def transaction(self) -> AbstractContextManager[UnitOfWork]:
        """Commits when the block ends, rolls back if it raises."""
        ...

    def reading(self) -> AbstractContextManager[UnitOfWork]:
        """A consistent snapshot; writes are refused."""
        ...

    def audit_head(self) -> AuditHead: ...

    def on_commit(self, listener: Callable[[AuditHead], None]) -> None:
        """listener(new head) runs after each committed transaction that appended audit
        records."""
        ...

    def cipher_integrity_check(self) -> tuple[str, ...]: ...

    def whole_file_check(self, dek: bytes) -> WholeFileCheck:
        """Every page's HMAC and SQLite's quick_check, in slices (after unlock)."""
        ...

    def rekey(self, new_dek: bytes) -> None: ...

    def export(self, path: Path, dek: bytes) -> None:
        """A copy of the whole database in a new file under ``dek``."""
        ...

    def snapshot(self, target: Path, dek: bytes, progress: Callable[[int, int], None]
                 ) -> SnapshotResult:
        """A consistent byte-for-byte copy of the encrypted file (same key) in a new,
        fsynced ``target``: its SHA-256 (hex) and size as written, and the pages whose
        HMAC under ``dek`` failed — of every page, or of those written since every
        page last authenticated in this session. progress(done, total) bytes."""
        ...

    def close(self) -> None: ...


class GrantsStore(Protocol):
    """grants.db beside the vault (db.grants_store): sealed packages and outbox."""

    @property
    def path(self) -> Path: ...

    def close(self) -> None: ...

    def meta(self, key: str) -> bytes | None: ...

    def set_meta(self, key: str, value: bytes) -> None: ...

    def put_package(self, package_id: str, recipient: str, expires_at: str, sealed: bytes
                    ) -> None: ...

    def packages(self, recipient: str | None = None) -> list[PackageRow]: ...

    def sealed_package(self, package_id: str) -> tuple[PackageRow, bytes] | None: ...

    def delete_package(self, package_id: str) -> None: ...

    def outbox_head(self, sender: str) -> tuple[int, str] | None: ...

    def append_outbox(self, sender: str, seq: int, entry_id: str, sealed: bytes,
                      mine: bytes | None = None) -> None: ...

    def outbox(self, sender: str | None = None, after: int = 0) -> list[OutboxRow]: ...

    def senders(self) -> list[str]: ...

    def set_state(self, sender: str, seq: int, state: str) -> None: ...


class StoreFactory(Protocol):
    def create(self, path: Path, dek: bytes) -> Store:
        """A new database with the latest schema; raises DatabaseExists."""
        ...

    def open(self, path: Path, dek: bytes, verify_integrity: bool = True) -> Store:
        """Raises DatabaseMissing, WrongDatabaseKey, DatabaseCorrupt, SchemaTooNew;
        upgrades an older schema."""
        ...

    def open_backup(self, path: Path, dek: bytes) -> Store:
        """A backup's copy, read-only and without writing a byte beside it (the medium
        may be read-only). Raises DatabaseMissing, WrongDatabaseKey, DatabaseCorrupt."""
        ...

    def copy_plain(self, source: Path, target: Path) -> None:
        """A consistent, fsynced copy of a plain SQLite file (grants.db)."""
        ...
