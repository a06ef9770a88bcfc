"""What the application shell (ui/) needs from the core, as Protocols.

desktop.bootstrap builds the real (or demo) implementations from the card
layer, the vault, db and printing; ui/ sees only these names, so it never
imports db or printing and can be driven by tests with the same objects.

Threading: every method that talks to a card or runs Argon2id blocks; the GUI
calls them on its one card thread, never on the GUI thread. Card events may
arrive on any thread; the GUI marshals them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desktop.domain.roles import Role

if TYPE_CHECKING:  # the wizard's rules load only when setup runs (start-up time)
    from datetime import date

    from desktop.domain.leads import (
        AttachmentId,
        AttachmentInfo,
        CaseCard,
        Channel,
        CrimeCategory,
        Disposition,
        InformantIdentity,
        LeadId,
        LeadNumber,
        LeadRow,
        LeadStatus,
        ReportId,
    )
    from desktop.leads.model import Attached, Created, LeadView, NewLead
    from desktop.setup_wizard import SetupBackend

if TYPE_CHECKING:  # the bag screens' types (ui/bags, ui/printing)
    from desktop.bags.service import BagService
    from desktop.domain.printables import BagLabels, BagRegister, CoverSheet, SealLabels
    from desktop.vault.enrollment import Approval

Progress = Callable[[float], None]
AuditValue = str | int | bool | None


class CardEventKind(enum.Enum):
    INSERTED = "inserted"
    REMOVED = "removed"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    reader: str


@dataclass(frozen=True)
class EnrolledUser:
    name: str
    role: Role
    card_serial: str


@dataclass(frozen=True)
class CardHolder:
    """What the unlock screen learns from an inserted card before any PIN."""

    reader: str
    serial: str
    cardholder_name: str
    pin_retries: int
    user: EnrolledUser | None  # None: the card is not enrolled in this vault
    blank: bool = False  # no keys yet: setup can provision it


class CardWatch(Protocol):
    def start(self, on_event: Callable[[CardEvent], None]) -> None:
        """Report current cards as INSERTED, then every change, until stop()."""
        ...

    def stop(self) -> None: ...


class LeadsPort(Protocol):
    """The leads register as the screens use it (desktop.leads.service.LeadService;
    docs/LEADS-API.md). Every call is one transaction with its audit record."""

    def may_view_identity(self) -> bool: ...

    def page(
        self,
        *,
        before_id: int | None = None,
        limit: int = 200,
        status: LeadStatus | None = None,
        category: CrimeCategory | None = None,
        overdue: bool = False,
        channel: Channel | None = None,
        received_from: date | None = None,
        received_to: date | None = None,
    ) -> Sequence[LeadRow]: ...

    def search(self, query: str, limit: int = 500) -> list[LeadRow]: ...

    def view(self, lead_id: LeadId) -> LeadView: ...

    def identities(self, number: LeadNumber) -> dict[ReportId, InformantIdentity]: ...

    def create(self, lead: NewLead) -> Created: ...

    def attach(
        self, lead_id: LeadId, file_name: str, content: bytes, report_id: ReportId | None = None
    ) -> Attached: ...

    def open_attachment(self, attachment_id: AttachmentId) -> tuple[AttachmentInfo, bytes]: ...

    def route(
        self,
        lead_id: LeadId,
        disposition: Disposition,
        target: str,
        reason: str,
        expected_version: int,
    ) -> CaseCard: ...

    def dashboard(self, days_ahead: int = 7) -> dict[str, dict[str, int]]: ...

    def overdue(self) -> list[LeadRow]: ...


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as the audit view lists it (details hold no identity)."""

    seq: int
    time: str
    actor: str  # the user's name when known, else the audit actor id
    action: str
    subject: str
    details: str  # canonical JSON text


@dataclass(frozen=True)
class AuditCheck:
    """The chain recomputed from the first record: ``first_break`` is the seq of
    the first record that does not follow, or None when all ``checked`` verify."""

    checked: int
    first_break: int | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_break is None


class UnlockedSession(Protocol):
    """An unlocked vault for one user. lock() closes it and drops its keys."""

    @property
    def user(self) -> EnrolledUser: ...

    def audit_tail(self, count: int) -> list[AuditEntry]:
        """The newest ``count`` audit records, newest first (chief procurator only)."""
        ...

    def verify_audit(self) -> AuditCheck:
        """Recompute the whole chain (chief procurator only); audited."""
        ...

    def save_draft(self, form_kind: str, payload: bytes) -> None:
        """Keep a half-filled form encrypted in the vault (replaces an older one)."""
        ...

    def take_draft(self, form_kind: str) -> bytes | None:
        """The saved draft of that form, removed from the vault; None if there is none."""
        ...

    def record(self, action: str, subject: str, details: Mapping[str, AuditValue]) -> None:
        """Append an audit record (no identity, no content in details)."""
        ...

    def idle_timeout_seconds(self) -> int: ...

    def set_idle_timeout_seconds(self, seconds: int) -> None:
        """Only the chief procurator (raises NotPermitted otherwise); audited."""
        ...

    def lock(self) -> None: ...

    def bags(self) -> BagService:
        """The confidential bags of this vault (docs/BAGS-API.md); dropped at lock."""
        ...

    def bag_renderers(self) -> BagRenderers: ...

    def card_readers(self) -> list[str]:
        """Readers holding a card now (the unsealing dialog picks the signing card)."""
        ...

    def sign_with_card(self, reader: str, pin: str, record: bytes) -> Approval:
        """The card in ``reader`` checks ``pin`` and signs ``record`` (card thread)."""
        ...

    def leads(self) -> LeadsPort:
        """The leads register for this user (ui/leads)."""
        ...


@dataclass(frozen=True)
class BagRenderers:
    """printing/'s layouts for BagService.print_* (ui/ never imports printing)."""

    cover_sheet: Callable[[CoverSheet], bytes]
    bag_labels: Callable[[BagLabels], bytes]
    seal_labels: Callable[[SealLabels], bytes]
    register: Callable[[BagRegister], bytes]


@dataclass(frozen=True)
class UnitInfo:
    name: str
    code: str


class WorkstationServices(Protocol):
    """Everything the GUI does outside itself."""

    @property
    def demo(self) -> bool: ...

    @property
    def data_dir(self) -> Path: ...

    def vault_exists(self) -> bool: ...

    def use_data_dir(self, folder: Path) -> None:
        """The setup wizard put the new vault in ``folder``: work there from now on."""
        ...

    def unit(self) -> UnitInfo | None: ...

    def card_watch(self) -> CardWatch: ...

    def identify_card(self, reader: str) -> CardHolder:
        """Read the card's serial and PIN counter (no PIN spent) and find its user."""
        ...

    def unlock(self, reader: str, password: str, pin: str, progress: Progress) -> UnlockedSession:
        """Raises the typed errors of desktop.vault.errors and desktop.card.errors."""
        ...

    def setup_backend(self) -> SetupBackend: ...

    def provision_card(self, reader: str, cardholder_name: str) -> CardHolder:
        """Generate keys on a blank card (factory admin PIN) for enrolment."""
        ...

    def check_pin(self, reader: str, pin: str) -> None:
        """Verify the user PIN once (raises WrongPin(remaining) / PinBlocked)."""
        ...

    def recovery_sheet_pdf(self, unit: UnitInfo, vault_id: str, recovery_code: str) -> bytes: ...

    def pending_audit(self, action: str, details: Mapping[str, AuditValue]) -> None:
        """An event seen while locked (an air-gap breach): recorded at the next unlock."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class DemoCard:
    label: str  # e.g. the fictional holder's name and role
    reader: str


class DemoControls(Protocol):
    """The Demo menu: put each virtual card in its reader or take it out."""

    def cards(self) -> list[DemoCard]: ...

    def insert(self, reader: str) -> None: ...

    def remove(self, reader: str) -> None: ...

    def is_inserted(self, reader: str) -> bool: ...

    def password_and_pin(self, reader: str) -> tuple[str, str]:
        """The demo's fictional credentials, shown in the demo so anyone can try it."""
        ...
