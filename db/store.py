"""The Store the workflows use: a Database plus repositories bound to its transactions.

    store = SqlCipherStoreFactory(clock, AuditLog).open(path, dek)  # desktop.audit's
    with store.transaction() as tx:
        user = tx.users.add("张三", Role.CLERK, clock.now())
        tx.audit.append("user:1", "user.add", f"user:{user.id}", {"role": "clerk"})
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from db.connection import (
    Database,
    copy_plain_database,
    create_database,
    open_backup_copy,
    open_database,
)
from db.migrations import migrate
from db.repositories.approvals import SqlApprovalRepository
from db.repositories.audit import SqlAuditRecordRepository
from db.repositories.bags import SqlBagRepository
from db.repositories.drafts import SqlDraftRepository
from db.repositories.grants import SqlGrantRecordRepository
from db.repositories.lead_attachments import SqlLeadAttachmentRepository
from db.repositories.lead_cards import SqlLeadCardRepository
from db.repositories.lead_deadlines import SqlLeadDeadlineRepository
from db.repositories.lead_lists import SqlLeadListRepository
from db.repositories.lead_protection import SqlLeadProtectionRepository
from db.repositories.lead_reports import SqlLeadReportRepository
from db.repositories.lead_routing import SqlLeadRoutingRepository
from db.repositories.settings import SqlSettingsRepository
from db.repositories.users import SqlCardRepository, SqlUserRepository
from db.whole_file_check import WholeFileCheck
from desktop.domain.audit import AuditHead, AuditRecord
from desktop.domain.storage import SnapshotResult
from desktop.ports import (
    AuditAppender,
    AuditRecordRepository,
    Clock,
    Store,
    StoreFactory,
    UnitOfWork,
)


class TrackedAuditLog(AuditAppender, Protocol):
    """The core's audit log (desktop.audit.AuditLog), handed in by the composition root:
    the chain's rules are the core's, db/ only stores the records."""

    @property
    def last_appended(self) -> AuditRecord | None: ...


AuditLogFactory = Callable[[AuditRecordRepository, Clock], TrackedAuditLog]


class SqlUnitOfWork:
    """The repositories of one transaction or read, each made when first used: a page
    of the lead list reads one of sixteen, and scrolling reads a page at a time."""

    def __init__(self, db: Database, clock: Clock, audit_log: AuditLogFactory) -> None:
        self._db = db
        self._clock = clock
        self._audit_log = audit_log

    @cached_property
    def users(self) -> SqlUserRepository:
        return SqlUserRepository(self._db)

    @cached_property
    def cards(self) -> SqlCardRepository:
        return SqlCardRepository(self._db)

    @cached_property
    def settings(self) -> SqlSettingsRepository:
        return SqlSettingsRepository(self._db)

    @cached_property
    def drafts(self) -> SqlDraftRepository:
        return SqlDraftRepository(self._db)

    @cached_property
    def leads(self) -> SqlLeadCardRepository:
        return SqlLeadCardRepository(self._db)

    @cached_property
    def lead_reports(self) -> SqlLeadReportRepository:
        return SqlLeadReportRepository(self._db)

    @cached_property
    def lead_lists(self) -> SqlLeadListRepository:
        return SqlLeadListRepository(self._db)

    @cached_property
    def lead_attachments(self) -> SqlLeadAttachmentRepository:
        return SqlLeadAttachmentRepository(self._db)

    @cached_property
    def lead_deadlines(self) -> SqlLeadDeadlineRepository:
        return SqlLeadDeadlineRepository(self._db)

    @cached_property
    def lead_routing(self) -> SqlLeadRoutingRepository:
        return SqlLeadRoutingRepository(self._db)

    @cached_property
    def lead_protection(self) -> SqlLeadProtectionRepository:
        return SqlLeadProtectionRepository(self._db)

    @cached_property
    def bags(self) -> SqlBagRepository:
        return SqlBagRepository(self._db)

    @cached_property
    def audit_records(self) -> SqlAuditRecordRepository:
        return SqlAuditRecordRepository(self._db)

    @cached_property
    def approvals(self) -> SqlApprovalRepository:
        return SqlApprovalRepository(self._db)

    @cached_property
    def grant_records(self) -> SqlGrantRecordRepository:
        return SqlGrantRecordRepository(self._db)

    @cached_property
    def audit(self) -> TrackedAuditLog:
        return self._audit_log(self.audit_records, self._clock)

    @property
    def appended(self) -> AuditRecord | None:
        """The last audit record this unit appended (None when it appended none)."""
        audit = self.__dict__.get("audit")
        return None if audit is None else audit.last_appended


class SqlCipherStore:
    def __init__(self, db: Database, clock: Clock, audit_log: AuditLogFactory) -> None:
        self._db = db
        self._clock = clock
        self._audit_log = audit_log
        self._commit_listeners: list[Callable[[AuditHead], None]] = []

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def database(self) -> Database:
        """The raw connection, for db/ internals and tests."""
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[SqlUnitOfWork]:
        tx = SqlUnitOfWork(self._db, self._clock, self._audit_log)
        with self._db.transaction():
            yield tx
        last = tx.appended
        if last is not None:
            for listener in list(self._commit_listeners):
                listener(last.head)

    def on_commit(self, listener: Callable[[AuditHead], None]) -> None:
        """Call listener(new head) after every committed transaction that appended audit
        records (the vault refreshes the header's head at least every 100 records)."""
        self._commit_listeners.append(listener)

    @contextmanager
    def reading(self) -> Iterator[SqlUnitOfWork]:
        with self._db.reading():
            yield SqlUnitOfWork(self._db, self._clock, self._audit_log)

    def audit_head(self) -> AuditHead:
        with self.reading() as tx:
            return tx.audit_records.head()

    def cipher_integrity_check(self) -> tuple[str, ...]:
        return self._db.cipher_integrity_check()

    def whole_file_check(self, dek: bytes) -> WholeFileCheck:
        return self._db.whole_file_check(dek)

    def rekey(self, new_dek: bytes) -> None:
        self._db.rekey(new_dek)

    def export(self, path: Path, dek: bytes) -> None:
        self._db.export(path, dek)

    def snapshot(self, target: Path, dek: bytes, progress: Callable[[int, int], None]
                 ) -> SnapshotResult:
        copied = self._db.snapshot(target, dek, progress)
        return SnapshotResult(copied.sha256, copied.size, copied.pages_checked,
                              copied.problems)

    def close(self) -> None:
        self._db.close()


class SqlCipherStoreFactory:
    def __init__(self, clock: Clock, audit_log: AuditLogFactory) -> None:
        self._clock = clock
        self._audit_log = audit_log

    def create(self, path: Path, dek: bytes) -> SqlCipherStore:
        db = create_database(path, dek)
        try:
            migrate(db)
            db.checkpoint()  # the main file holds the schema from the start
        except BaseException:
            db.close()
            raise
        return SqlCipherStore(db, self._clock, self._audit_log)

    def open(self, path: Path, dek: bytes, verify_integrity: bool = True) -> SqlCipherStore:
        db = open_database(path, dek, verify_integrity=verify_integrity)
        try:
            migrate(db)
        except BaseException:
            db.close()
            raise
        return SqlCipherStore(db, self._clock, self._audit_log)

    def open_backup(self, path: Path, dek: bytes) -> SqlCipherStore:
        return SqlCipherStore(open_backup_copy(path, dek), self._clock, self._audit_log)

    def copy_plain(self, source: Path, target: Path) -> None:
        copy_plain_database(source, target)


if TYPE_CHECKING:  # mypy proves the adapters satisfy the core's protocols

    def _conforms(
        factory: SqlCipherStoreFactory, store: SqlCipherStore, tx: SqlUnitOfWork
    ) -> tuple[StoreFactory, Store, UnitOfWork]:
        return factory, store, tx
