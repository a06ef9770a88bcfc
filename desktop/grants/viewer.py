"""What a viewer does in his session (DESIGN §6): file requests, list his requests
and the grants addressed to him, open a grant read-only, see its identities.

He holds no vault key: everything comes from grants.db, opened with his grant key.
Each act is first written to his card-signed outbox; a package opens only before its
expiry (by this machine's clock: a viewer cannot read the chain), only if addressed to
him, and only if the chief's decision inside verifies under the roster."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.audit.canonical import format_time
from desktop.domain.approvals import (
    ApprovalInvalidRequest,
    ApprovalRequest,
    RequestKind,
    RequestState,
    Scope,
    StoredRequest,
)
from desktop.domain.canonical import canonical_json
from desktop.domain.grants import (
    GrantedIdentity,
    GrantedLead,
    PackageInvalid,
    grant_info,
    self_info,
    unpack,
)
from desktop.grants import outbox
from desktop.grants.inbox import verified_inbox
from desktop.grants.sealing import SealBroken, open_sealed, seal
from desktop.ports import Clock, GrantsStore, SmartCard
from desktop.vault.session import ViewerSession
from desktop.vault.signed import SignedEnvelope

# What a viewer may ask for: to see a lead, and to see its informants' identities.
VIEWER_KINDS = (RequestKind.VIEW_LEAD, RequestKind.SEE_IDENTITY)


class GrantExpired(Exception):
    def __init__(self, package_id: str) -> None:
        super().__init__(f"grant {package_id} has expired")
        self.package_id = package_id


class GrantNotFound(Exception):
    def __init__(self, package_id: str) -> None:
        super().__init__(f"no grant {package_id} for this viewer")
        self.package_id = package_id


class IdentityNotGranted(Exception):
    """The chief did not grant the identity part of this lead."""


@dataclass(frozen=True)
class MyRequest:
    seq: int
    kind: str
    leads: tuple[str, ...]
    scope: tuple[str, ...]
    reason: str
    hours: int
    filed_at: str
    state: str  # filed / pending / approved / refused / revoked / used / invalid
    package_id: str


@dataclass(frozen=True)
class GrantListing:
    package_id: str
    expires_at: str
    request: MyRequest | None  # his own copy of what he asked, if he still has it


@dataclass
class OpenedGrant:
    """A grant opened read-only: the lead without identities (those are a separate,
    recorded act) and the attachments' bytes (views into the plaintext)."""

    package_id: str
    lead: GrantedLead
    expires_at: str
    files: tuple[memoryview, ...]
    _identities: tuple[GrantedIdentity, ...] = field(repr=False, default=())

    @property
    def identity_granted(self) -> bool:
        return Scope.IDENTITY.value in self.lead.scope


class ViewerGrants:
    def __init__(self, session: ViewerSession, grants: GrantsStore, clock: Clock) -> None:
        self._session = session
        self._grants = grants
        self._clock = clock

    # ---------------------------------------------------------------- requests

    def request(self, kind: RequestKind, leads: Sequence[str], scope: Sequence[Scope],
                reason: str, hours: int, card: SmartCard, pin: str) -> MyRequest:
        """File a request (checked as a keyholder's would be, as far as he can: the
        lead numbers are checked when a keyholder takes it in)."""
        s = self._session
        numbers = tuple(n.strip() for n in leads if n.strip())
        if kind not in VIEWER_KINDS:
            raise ApprovalInvalidRequest("kind")
        # The same rules as a keyholder's request; the lead numbers are checked when a
        # keyholder takes the request in (a viewer cannot read the register).
        ApprovalRequest(kind, s.actor, tuple(f"lead:{n}" for n in numbers),
                        tuple(scope), reason.strip(), hours, "")
        inbox = verified_inbox(self._grants, s.roster, s.vault_id)
        now = format_time(self._clock.now())
        body = {"action": "request", "kind": kind.value, "leads": list(numbers),
                "scope": sorted(x.value for x in scope), "reason": reason.strip(),
                "hours": hours, "filed_at": now}
        mine = seal(canonical_json(body), s.grant_public, self_info(s.vault_id, s.slot_id))
        seq = outbox.append(self._grants, s, card, pin, inbox, body, self._clock.now(), mine)
        return self._mine(seq, body, "filed")

    def my_requests(self) -> list[MyRequest]:
        s = self._session
        found = []
        for row in self._grants.outbox(s.slot_id):
            if row.mine is None:
                continue
            try:
                body = json.loads(open_sealed(row.mine, s.grant_key,
                                              self_info(s.vault_id, s.slot_id)))
            except (SealBroken, ValueError):
                continue  # not his (a copied row): nothing to show
            found.append(self._mine(row.seq, body, row.state))
        return sorted(found, key=lambda r: r.seq, reverse=True)

    def _mine(self, seq: int, body: Mapping[str, Any], state: str) -> MyRequest:
        s = self._session
        return MyRequest(
            seq=seq, kind=str(body["kind"]), leads=tuple(str(x) for x in body["leads"]),
            scope=tuple(str(x) for x in body["scope"]), reason=str(body["reason"]),
            hours=int(body["hours"]), filed_at=str(body["filed_at"]), state=state,
            package_id=outbox.package_id_for(s.vault_id, s.slot_id, seq),
        )

    # ---------------------------------------------------------------- grants

    def granted(self) -> list[GrantListing]:
        """Unexpired packages addressed to him, with what he asked for each."""
        s = self._session
        now = format_time(self._clock.now())
        mine = {r.package_id: r for r in self.my_requests()}
        return [GrantListing(p.id, p.expires_at, mine.get(p.id))
                for p in self._grants.packages(s.slot_id) if p.expires_at > now]

    def open(self, package_id: str, card: SmartCard, pin: str) -> OpenedGrant:
        """Refuses an expired, foreign or broken package; otherwise records the opening
        in the outbox first, then decrypts and checks the decision inside."""
        s = self._session
        found = self._grants.sealed_package(package_id)
        if found is None or found[0].recipient != s.slot_id:
            raise GrantNotFound(package_id)
        row, sealed = found
        if row.expires_at <= format_time(self._clock.now()):
            raise GrantExpired(package_id)
        inbox = verified_inbox(self._grants, s.roster, s.vault_id)
        outbox.append(self._grants, s, card, pin, inbox,
                      {"action": "open", "package": package_id}, self._clock.now())
        return self._opened(row.id, row.expires_at, sealed)

    def identities(self, opened: OpenedGrant, card: SmartCard, pin: str
                   ) -> tuple[GrantedIdentity, ...]:
        """The informants' identities of a grant that includes them: recorded first."""
        if not opened.identity_granted:
            raise IdentityNotGranted()
        if opened.expires_at <= format_time(self._clock.now()):
            raise GrantExpired(opened.package_id)
        s = self._session
        inbox = verified_inbox(self._grants, s.roster, s.vault_id)
        outbox.append(self._grants, s, card, pin, inbox,
                      {"action": "identity", "package": opened.package_id}, self._clock.now())
        return opened._identities

    def _opened(self, package_id: str, expires_at: str, sealed: bytes) -> OpenedGrant:
        from desktop.approvals.service import verify_decision

        s = self._session
        try:
            plain = open_sealed(sealed, s.grant_key, grant_info(s.vault_id, package_id, s.slot_id))
        except SealBroken:
            raise PackageInvalid("sealed") from None
        content = unpack(plain)
        header = content.header
        if (header.get("vault_id"), header.get("package_id"), header.get("recipient")) != (
                s.vault_id, package_id, s.slot_id):
            raise PackageInvalid("addressed elsewhere")
        try:
            request = ApprovalRequest.from_body(header["request"])
            signed = SignedEnvelope.from_json(header["decision"])
        except (KeyError, ValueError, TypeError):
            raise PackageInvalid("decision") from None
        if request.requester != s.actor:
            raise PackageInvalid("another viewer's request")
        stored = StoredRequest(int(header.get("request_id", 0)), request, RequestState.APPROVED)
        lead = GrantedLead.from_json(header.get("lead", {}))
        needs = tuple(Scope(x) for x in lead.scope)
        verdict = verify_decision(signed, stored, s.roster, s.vault_id, needs,
                                  format_time(self._clock.now()))
        if isinstance(verdict, str):
            raise PackageInvalid(f"decision: {verdict}")
        if verdict.decision.expires_at != expires_at:
            raise PackageInvalid("expiry")
        shown = GrantedLead(**{**vars(lead), "identities": ()})
        return OpenedGrant(package_id, shown, expires_at, content.files, lead.identities)

