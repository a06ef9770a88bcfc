"""Requests and the chief procurator's decisions (DESIGN.md §6): plain data and their
canonical forms. A request is hashed canonically; a decision is the body of a
DECISION envelope his card signs (desktop.approvals signs and checks it)."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.canonical import canonical_json

REQUEST_PREFIX = b"LeadVault/1 request\x00"
MAX_REASON = 200
MAX_HOURS = 24 * 90  # an approval is not a standing permission


class ApprovalInvalidRequest(ValueError):
    """A request that cannot be filed; ``problem`` names what is wrong."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"request refused: {problem}")
        self.problem = problem


class RequestKind(enum.Enum):
    VIEW_LEAD = "view-lead"
    SEE_IDENTITY = "see-identity"
    EXPORT_INFORMANT = "export-informant-document"
    HANDWRITING = "handwriting-examination"
    CLARIFICATION = "clarification"
    REWARD = "reward"
    CHANGE_SETTING = "change-setting"
    ENROLL_USER = "enroll-user"
    REMOVE_USER = "remove-user"
    EXPORT_AUDIT = "export-audit-extract"  # an audit extract to a file (issue 13)

    @property
    def subject_kind(self) -> str:
        """What its subjects name: leads, a setting, a user or an audit extract
        ("audit:…", desktop.domain.audit_query.extract_subject)."""
        return {RequestKind.CHANGE_SETTING: "setting", RequestKind.ENROLL_USER: "user",
                RequestKind.REMOVE_USER: "user",
                RequestKind.EXPORT_AUDIT: "audit"}.get(self, "lead")


class Scope(enum.Enum):
    CASE_CARD = "case-card"
    REPORT_TEXTS = "report-texts"
    ATTACHMENTS = "attachments"
    IDENTITY = "identity"


class RequestState(enum.Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    USED = "used"
    REVOKED = "revoked"


@dataclass(frozen=True)
class ApprovalRequest:
    """Who asks what of whom: ``subjects`` are audit subjects ("lead:12", "user:3",
    "setting:…"), ``on_behalf`` a department the clerk files for ("" for herself)."""

    kind: RequestKind
    requester: str  # audit actor id
    subjects: tuple[str, ...]
    scope: tuple[Scope, ...]
    reason: str
    hours: int  # the expiry asked for
    filed_at: str  # canonical UTC time
    on_behalf: str = ""

    def __post_init__(self) -> None:
        if not self.subjects or len(set(self.subjects)) != len(self.subjects):
            raise ApprovalInvalidRequest("subjects")
        if any(not s.startswith(self.kind.subject_kind + ":") for s in self.subjects):
            raise ApprovalInvalidRequest("subjects")
        if not self.reason.strip() or len(self.reason) > MAX_REASON:
            raise ApprovalInvalidRequest("reason")
        if not 1 <= self.hours <= MAX_HOURS:
            raise ApprovalInvalidRequest("expiry")
        if len(set(self.scope)) != len(self.scope):
            raise ApprovalInvalidRequest("scope")

    def body(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "requester": self.requester,
            "subjects": list(self.subjects),
            "scope": sorted(s.value for s in self.scope),
            "reason": self.reason,
            "hours": self.hours,
            "filed_at": self.filed_at,
            "on_behalf": self.on_behalf,
        }

    def to_bytes(self) -> bytes:
        return canonical_json(self.body())

    @property
    def hash(self) -> str:
        return hashlib.sha256(REQUEST_PREFIX + self.to_bytes()).hexdigest()

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> ApprovalRequest:
        try:
            return cls(
                kind=RequestKind(body["kind"]),
                requester=str(body["requester"]),
                subjects=tuple(str(s) for s in body["subjects"]),
                scope=tuple(Scope(s) for s in body["scope"]),
                reason=str(body["reason"]),
                hours=int(body["hours"]),
                filed_at=str(body["filed_at"]),
                on_behalf=str(body["on_behalf"]),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ApprovalInvalidRequest(f"malformed ({exc.__class__.__name__})") from None


@dataclass(frozen=True)
class Decision:
    """The chief's answer, as his card signs it (the DECISION envelope's body)."""

    request: str  # the request's hash
    approve: bool
    scope: tuple[Scope, ...]
    expires_at: str  # canonical UTC time ("" when refused)
    roster_version: int
    single_use: bool = True

    def body(self) -> dict[str, Any]:
        return {
            "request": self.request,
            "approve": self.approve,
            "scope": sorted(s.value for s in self.scope),
            "expires_at": self.expires_at,
            "roster_version": self.roster_version,
            "single_use": self.single_use,
        }

    @classmethod
    def from_body(cls, body: Mapping[str, Any]) -> Decision:
        try:
            return cls(
                request=str(body["request"]),
                approve=bool(body["approve"]),
                scope=tuple(Scope(s) for s in body["scope"]),
                expires_at=str(body["expires_at"]),
                roster_version=int(body["roster_version"]),
                single_use=bool(body["single_use"]),
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise ApprovalInvalidRequest(f"malformed decision ({exc.__class__.__name__})") from None


@dataclass(frozen=True)
class StoredRequest:
    id: int
    request: ApprovalRequest
    state: RequestState
    decided_at: str | None = None
