"""What every keyholder session does with grants.db after its unlock (DESIGN §6):
publish the inbox key's checkpoint, take the viewers' outbox entries into the chain,
tell viewers what became of their requests, and delete packages that expired, were
revoked, lost their signer, or that vault.db does not know."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.audit.canonical import format_time
from desktop.domain.approvals import RequestState
from desktop.grants import inbox, intake, notices
from desktop.ports import Clock, GrantsStore
from desktop.vault.session import Session

_GONE = (RequestState.REVOKED.value, RequestState.REFUSED.value)


@dataclass(frozen=True)
class Upkeep:
    taken: int
    requests: int
    problems: int
    deleted: int


def keep(session: Session, grants: GrantsStore, clock: Clock) -> Upkeep:
    from desktop.approvals.service import later_of_clock_and_chain

    deleted: list[tuple[str, str]] = []
    with session.store.transaction() as tx:
        inbox.publish(tx, grants)
        taken = intake.take_in(tx, session, grants)
        now = format_time(later_of_clock_and_chain(tx, clock.now()))
        known = set()
        for live in tx.grant_records.live_packages():
            known.add(live.package_id)
            why = ("revoked" if live.request_state in _GONE
                   else "expired" if live.expires_at <= now else "")
            if why:
                tx.grant_records.mark_deleted(live.package_id, now)
                tx.audit.append(session.actor, "grant.delete", f"request:{live.request_id}",
                                {"package": live.package_id[:16], "why": why})
                deleted.append((live.package_id, why))
        for row in grants.packages():
            if row.id not in known:
                deleted.append((row.id, "unknown"))
                tx.audit.append(session.actor, "grant.delete", f"slot:{row.recipient}",
                                {"package": row.id[:16], "why": "unknown"})
        states = [(sender, seq, tx.approvals.get(rid))
                  for rid, sender, seq in tx.grant_records.viewer_requests()]
        notices.publish(tx, grants)
    # grants.db follows vault.db: only what vault.db committed is acted on.
    for package_id, _ in deleted:
        grants.delete_package(package_id)
    for sender, seq, state in taken.states:
        grants.set_state(sender, seq, state)
    for sender, seq, stored in states:
        if stored is not None:
            grants.set_state(sender, seq, stored.state.value)
    return Upkeep(taken.taken, taken.requests, taken.problems, len(deleted))



def after_decision(session: Session, grants: GrantsStore, clock: Clock, request_id: int,
                   approved: bool) -> list[str]:
    """After the chief decides or revokes a viewer's request: an approved viewing
    request becomes his package now, and the state (or the package's deletion) reaches
    grants.db at once. Nothing for a keyholder's own request. The packages' ids."""
    from desktop.grants import issuing

    with session.store.reading() as tx:
        if tx.grant_records.viewer_request(request_id) is None:
            notices.publish(tx, grants)  # the lock screen's counts
            return []
    issued = issuing.issue(session, grants, clock, request_id) if approved else []
    keep(session, grants, clock)
    return issued
