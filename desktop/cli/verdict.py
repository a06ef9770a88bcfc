"""How `audit verify` and `vault unlock-check` word the audit verdict."""

from __future__ import annotations

from desktop.vault.checkpoints import AuditVerdict


def describe_verdict(verdict: AuditVerdict) -> list[str]:
    """`audit verify` and `vault unlock-check`: the chain, then its checkpoints."""
    chain, witnesses = verdict.chain, verdict.witnesses
    if chain.first_break is not None:
        b = chain.first_break
        return [
            f"audit chain BROKEN at record {b.seq}: {b.reason.value} "
            f"(expected {b.expected}, found {b.found}); {chain.checked} records before it ok"
        ]
    lines = [f"audit chain ok: {chain.checked} records, head {chain.head.seq}:{chain.head.hash}"]
    if witnesses.problem is not None:
        seq, problem = witnesses.problem
        lines.append(f"checkpoint at record {seq} FAILS: {problem}")
    elif witnesses.last is None:
        lines.append("NO CHECKPOINT signed by a chief procurator's card: the chain is unwitnessed")
    else:
        last = witnesses.last
        lines.append(
            f"checkpoints ok: {witnesses.checkpoints}, the last at record {last.record.seq} "
            f"({last.envelope.time}, card {last.signed.signer}); "
            f"{witnesses.unwitnessed} records after it unwitnessed"
        )
    return lines
