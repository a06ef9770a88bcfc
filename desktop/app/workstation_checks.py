"""Workstation hygiene rules, free of Qt so they are tested with plain data.

The 2016 Provisions want the special computer physically isolated from the
Internet; the app cannot enforce that, but it can notice and say so (and
audit it) when a network interface other than loopback is up.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NamedTuple

AIR_GAP_CHECK_INTERVAL_SECONDS = 60

# Clipboard: copies of non-identity text are wiped after this long, and carry
# the hints that make clipboard managers (Klipper, macOS pasteboard tools)
# skip them.
CLIPBOARD_CLEAR_SECONDS = 30
CLIPBOARD_CONCEALED_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"",
}

# Idle lock (REGULATIONS Art. 59(2)): default five minutes, changed only by the
# chief procurator within these bounds.
DEFAULT_IDLE_LOCK_SECONDS = 5 * 60
MIN_IDLE_LOCK_SECONDS = 60
MAX_IDLE_LOCK_SECONDS = 60 * 60

# A card removal must lock within two seconds; the monitor polls faster.
CARD_REMOVAL_LOCK_DEADLINE_SECONDS = 2.0


# NamedTuples, not frozen dataclasses: this module loads before the lock screen shows.
class NetworkInterface(NamedTuple):
    """What the air-gap check needs to know of one interface."""

    name: str
    is_loopback: bool
    is_up: bool
    is_running: bool


class AirGapState(enum.Enum):
    ISOLATED = "isolated"
    CONNECTED = "connected"  # some non-loopback interface is up and running
    UNKNOWN = "unknown"  # not checked yet


class AirGapReport(NamedTuple):
    state: AirGapState
    offending: tuple[str, ...] = ()  # names of the interfaces that break isolation


def check_air_gap(interfaces: Iterable[NetworkInterface]) -> AirGapReport:
    """Isolated unless a non-loopback interface is both up and running (a cable in,
    a Wi-Fi association). An interface that is up with no carrier is not a link."""
    offending = tuple(
        sorted(i.name for i in interfaces if not i.is_loopback and i.is_up and i.is_running)
    )
    if offending:
        return AirGapReport(AirGapState.CONNECTED, offending)
    return AirGapReport(AirGapState.ISOLATED)


def air_gap_changed(previous: AirGapReport | None, current: AirGapReport) -> bool:
    """Audit a violation once when it starts or its interfaces change, not every minute."""
    if previous is None:
        return current.state is AirGapState.CONNECTED
    return (previous.state, previous.offending) != (current.state, current.offending)


class IdleTimeoutProblem(enum.Enum):
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"


def check_idle_timeout(seconds: int) -> IdleTimeoutProblem | None:
    if seconds < MIN_IDLE_LOCK_SECONDS:
        return IdleTimeoutProblem.TOO_SHORT
    if seconds > MAX_IDLE_LOCK_SECONDS:
        return IdleTimeoutProblem.TOO_LONG
    return None


def seconds_until_lock(idle_timeout: float, idle_for: float) -> int:
    """Whole seconds left before the idle lock, never negative (for the status bar)."""
    return max(0, int(idle_timeout - idle_for + 0.999))
