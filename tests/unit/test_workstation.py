"""Air-gap decision, idle-timeout bounds and clipboard constants, with plain data."""

from __future__ import annotations

from desktop.app.workstation_checks import (
    CLIPBOARD_CLEAR_SECONDS,
    CLIPBOARD_CONCEALED_HINTS,
    DEFAULT_IDLE_LOCK_SECONDS,
    AirGapReport,
    AirGapState,
    IdleTimeoutProblem,
    NetworkInterface,
    air_gap_changed,
    check_air_gap,
    check_idle_timeout,
    seconds_until_lock,
)


def iface(name: str, loopback: bool = False, up: bool = True, running: bool = True):
    return NetworkInterface(name, is_loopback=loopback, is_up=up, is_running=running)


def test_loopback_only_is_isolated() -> None:
    assert check_air_gap([iface("lo", loopback=True)]).state is AirGapState.ISOLATED


def test_no_interfaces_is_isolated() -> None:
    assert check_air_gap([]) == AirGapReport(AirGapState.ISOLATED)


def test_an_ethernet_link_breaks_isolation_and_is_named() -> None:
    report = check_air_gap([iface("lo", loopback=True), iface("eth0"), iface("wlan0")])
    assert report.state is AirGapState.CONNECTED
    assert report.offending == ("eth0", "wlan0")


def test_interfaces_down_or_without_carrier_do_not_count() -> None:
    report = check_air_gap([iface("eth0", up=False), iface("wlan0", running=False)])
    assert report.state is AirGapState.ISOLATED


def test_violation_is_audited_once_not_every_minute() -> None:
    bad = check_air_gap([iface("eth0")])
    good = check_air_gap([])
    assert air_gap_changed(None, bad)
    assert not air_gap_changed(None, good)
    assert not air_gap_changed(bad, check_air_gap([iface("eth0")]))
    assert air_gap_changed(bad, check_air_gap([iface("eth0"), iface("wlan0")]))
    assert air_gap_changed(bad, good)


def test_idle_timeout_bounds() -> None:
    assert DEFAULT_IDLE_LOCK_SECONDS == 300
    assert check_idle_timeout(300) is None
    assert check_idle_timeout(59) is IdleTimeoutProblem.TOO_SHORT
    assert check_idle_timeout(3601) is IdleTimeoutProblem.TOO_LONG


def test_seconds_until_lock_counts_down_and_stops_at_zero() -> None:
    assert seconds_until_lock(300, 0) == 300
    assert seconds_until_lock(300, 299.5) == 1
    assert seconds_until_lock(300, 400) == 0


def test_clipboard_rules() -> None:
    assert CLIPBOARD_CLEAR_SECONDS == 30
    assert CLIPBOARD_CONCEALED_HINTS["x-kde-passwordManagerHint"] == b"secret"
    assert "application/x-nspasteboard-concealed-type" in CLIPBOARD_CONCEALED_HINTS
