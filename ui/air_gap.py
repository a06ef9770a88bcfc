"""Air-gap self-check at start and every minute. The decision is
desktop.app.workstation_checks.check_air_gap; this only reads the interfaces from Qt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.workstation_checks import (
    AIR_GAP_CHECK_INTERVAL_SECONDS,
    AirGapReport,
    NetworkInterface,
    air_gap_changed,
    check_air_gap,
)

InterfaceSource = Callable[[], list[NetworkInterface]]


def system_interfaces() -> list[NetworkInterface]:
    from PySide6.QtNetwork import QNetworkInterface  # loaded after the window is up

    flags = QNetworkInterface.InterfaceFlag
    return [
        NetworkInterface(
            name=i.name(),
            is_loopback=bool(i.flags() & flags.IsLoopBack),
            is_up=bool(i.flags() & flags.IsUp),
            is_running=bool(i.flags() & flags.IsRunning),
        )
        for i in QNetworkInterface.allInterfaces()
    ]


class AirGapMonitor(QObject):
    report_changed = Signal(object)  # AirGapReport, on every change (for the banner)
    breach_started = Signal(object)  # AirGapReport, once per new breach (for the audit)

    def __init__(
        self, source: InterfaceSource = system_interfaces, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.report: AirGapReport | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(AIR_GAP_CHECK_INTERVAL_SECONDS * 1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> AirGapReport:
        current = check_air_gap(self._source())
        previous, self.report = self.report, current
        if air_gap_changed(previous, current):
            self.report_changed.emit(current)
            if current.offending:
                self.breach_started.emit(current)
        elif previous is None:
            self.report_changed.emit(current)
        return current
