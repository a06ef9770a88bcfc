"""Two rules that keep the chief's checkpoints meaningful (DESIGN.md §7), checked
at every keyholder's unlock:

- after a chief-set age (default 7 days) without a checkpoint, and after a
  recovery with the recovery code, keyholders may record new reports and nothing
  else until he signs one (desktop.policy's WHILE_UNWITNESSED; the services refuse
  the rest with CheckpointOverdue);
- a clock earlier than the chain's last record is refused (ClockBehindChain),
  except at the chief's unlock, which confirms the date and is audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.audit.canonical import format_time, parse_time
from desktop.domain.roles import Role
from desktop.ports import UnitOfWork
from desktop.vault.checkpoints import last_checkpoint
from desktop.vault.errors import ClockBehindChain

MAX_AGE_SETTING = "audit.checkpoint_max_age_days"
RECOVERY = "vault.recover"
DEFAULT_MAX_AGE_DAYS = 7
CLOCK_SKEW = timedelta(minutes=2)


@dataclass(frozen=True)
class WitnessState:
    overdue: bool
    clock_behind: str | None  # the last record's time, when the clock is behind it


def max_age(tx: UnitOfWork) -> timedelta:
    value = tx.settings.get(MAX_AGE_SETTING)
    days = int(value) if value is not None and value.isdigit() and int(value) > 0 else (
        DEFAULT_MAX_AGE_DAYS)
    return timedelta(days=days)


def check(tx: UnitOfWork, now: datetime, role: Role) -> WitnessState:
    last = tx.audit_records.last(1)
    behind = None
    if last and parse_time(last[0].time) > now + CLOCK_SKEW:
        if role is not Role.CHIEF:
            raise ClockBehindChain(format_time(now), last[0].time)
        behind = last[0].time
    if role is Role.CHIEF:
        return WitnessState(False, behind)  # his unlock signs a checkpoint now
    checkpoint = last_checkpoint(tx)
    if checkpoint is None:
        return WitnessState(True, behind)
    recovery = tx.audit_records.last_of(RECOVERY)
    if recovery is not None and recovery.seq > checkpoint.record.seq:
        return WitnessState(True, behind)  # recovered: waits for the chief's checkpoint
    try:
        signed_at = parse_time(checkpoint.envelope.time)
    except ValueError:
        return WitnessState(True, behind)
    # Expiries use the later of the clock and the chain (a clock set back must not
    # make an old checkpoint look fresh).
    reference = max(now, parse_time(last[0].time)) if last else now
    return WitnessState(reference - signed_at > max_age(tx), behind)
