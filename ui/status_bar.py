"""The status bar: user, role, card, air gap, and time to the idle lock."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.app.facts import EnrolledUser
from desktop.app.workstation_checks import AirGapReport, AirGapState
from ui.roles import role_name


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.user_label = QLabel()
        self.card_label = QLabel()
        self.air_gap_label = QLabel()
        self.lock_label = QLabel()
        self.approvals_label = QLabel()
        self.integrity_label = QLabel()
        for name, label in (
            ("statusIntegrity", self.integrity_label),
            ("statusApprovals", self.approvals_label),
            ("statusUser", self.user_label),
            ("statusCard", self.card_label),
            ("statusAirGap", self.air_gap_label),
            ("statusAutoLock", self.lock_label),
        ):
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            self.addPermanentWidget(label)
        self._user: EnrolledUser | None = None
        self._card_present = False
        self._air_gap: AirGapReport | None = None
        self._seconds_left: int | None = None
        self._approvals: tuple[bool, int] | None = None  # (the chief's?, count)
        self._integrity: tuple[float, bool] | None = None  # (fraction, done)
        self.refresh()

    def set_user(self, user: EnrolledUser | None) -> None:
        self._user = user
        if user is None:
            self._seconds_left = None
            self._approvals = None
        self.refresh()

    def set_approvals(self, chief: bool, count: int) -> None:
        """Counts only, never what they are about: requests waiting for the chief, or
        the requester's requests that have been decided."""
        self._approvals = (chief, count)
        self.refresh()

    def set_integrity(self, fraction: float | None, done: bool) -> None:
        """The whole-file check after unlock: its progress, or None (locked)."""
        self._integrity = None if fraction is None else (fraction, done)
        self.refresh()

    def set_card_present(self, present: bool) -> None:
        self._card_present = present
        self.refresh()

    def set_air_gap(self, report: AirGapReport) -> None:
        self._air_gap = report
        self.refresh()

    def set_seconds_left(self, seconds: int | None) -> None:
        self._seconds_left = seconds
        self.refresh()

    def refresh(self) -> None:
        if self._user is None:
            self.user_label.setText(self.tr("Locked"))
        else:
            self.user_label.setText(
                self.tr("%1 · %2")
                .replace("%1", self._user.name)
                .replace("%2", role_name(self._user.role))
            )
        self.card_label.setText(
            self.tr("Card: inserted") if self._card_present else self.tr("Card: none")
        )
        state = self._air_gap.state if self._air_gap else AirGapState.UNKNOWN
        if state is AirGapState.ISOLATED:
            self.air_gap_label.setText(self.tr("Network: isolated"))
            self.air_gap_label.setStyleSheet("color: #1b5e20;")
        elif state is AirGapState.CONNECTED:
            self.air_gap_label.setText(self.tr("Network: CONNECTED"))
            self.air_gap_label.setStyleSheet("color: white; background: #b71c1c;")
        else:
            self.air_gap_label.setText(self.tr("Network: not checked"))
            self.air_gap_label.setStyleSheet("")
        if self._approvals is None or self._approvals[1] == 0:
            self.approvals_label.setText("")
        elif self._approvals[0]:
            self.approvals_label.setText(
                self.tr("Requests waiting: %1").replace("%1", str(self._approvals[1])))
        else:
            self.approvals_label.setText(
                self.tr("Requests decided: %1").replace("%1", str(self._approvals[1])))
        if self._integrity is None:
            self.integrity_label.setText("")
        elif self._integrity[1]:
            self.integrity_label.setText(self.tr("Database checked"))
        else:
            self.integrity_label.setText(
                self.tr("Checking the database: %1%").replace(
                    "%1", str(int(self._integrity[0] * 100))))
        if self._seconds_left is None:
            self.lock_label.setText("")
        else:
            minutes, seconds = divmod(self._seconds_left, 60)
            self.lock_label.setText(
                self.tr("Auto-lock in %1").replace("%1", f"{minutes}:{seconds:02d}")
            )
