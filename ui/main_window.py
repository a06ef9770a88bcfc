"""The main window: menus, the air-gap banner, one page at a time (setup,
lock screen, unlock, workspace) and the status bar. No geometry or state is
saved: nothing about the window reaches disk."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from desktop.app.workstation_checks import AirGapReport, AirGapState
from ui.lock_screen import LockScreen
from ui.status_bar import StatusBar

if TYPE_CHECKING:
    # QEvent's large enum is made with any event type: not before the first paint.
    from PySide6.QtGui import QCloseEvent

    from ui.unlock_view import UnlockView


class MainWindow(QMainWindow):
    lock_requested = Signal()
    check_requested = Signal()  # the whole-file check of the vault database, now
    quit_requested = Signal()
    unlock_requested = Signal(str, str, str)  # the unlock form's: reader, password, PIN
    recover_requested = Signal()  # the unlock form's: recover with the recovery code

    def __init__(self, demo: bool) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.demo = demo
        self.resize(1100, 720)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = QLabel()
        self.banner.setObjectName("airGapBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "qproperty-alignment: AlignCenter; background: #b71c1c; color: white;"
            " font-weight: bold; padding: 8px; font-size: 14px;"
        )
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.development_banner = QLabel()
        self.development_banner.setObjectName("developmentBanner")
        self.development_banner.setWordWrap(True)
        self.development_banner.setStyleSheet(
            "qproperty-alignment: AlignCenter; background: #e65100; color: white;"
            " font-weight: bold; padding: 6px;"
        )
        self.development_banner.setVisible(False)
        layout.addWidget(self.development_banner)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.lock_screen = LockScreen()
        self.pages.addWidget(self.lock_screen)
        self._unlock_view: UnlockView | None = None
        # Whether a close the user asked for must wait (the controller asks him first).
        self.keep_open: Callable[[], bool] = lambda: False
        self.status = StatusBar()
        self.setStatusBar(self.status)

        self.file_menu = QMenu(self)
        self.menuBar().addMenu(self.file_menu)
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.check_action = QAction(self)
        self.check_action.setObjectName("checkDatabaseAction")
        self.check_action.triggered.connect(self.check_requested)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.check_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)
        # Help: the windows themselves (ui/help_dialogs.py) load when first asked for.
        self.help_menu = QMenu(self)
        self.help_menu.setObjectName("helpMenu")
        self.manual_action = QAction(self)
        self.manual_action.setObjectName("manualAction")
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        for action in (self.manual_action, self.shortcuts_action, self.about_action):
            self.help_menu.addAction(action)
        self.addAction(self.manual_action)
        self.menuBar().addMenu(self.help_menu)  # last: the Demo menu goes before it
        self.demo_menu: QMenu | None = None
        self._air_gap: AirGapReport | None = None
        self.retranslate()

    @property
    def unlock_view(self) -> UnlockView:
        """The unlock form, made when first needed (a card is read): start-up
        shows the lock screen, and the form's widgets cost ~10 ms to make."""
        if self._unlock_view is None:
            from ui.unlock_view import UnlockView

            view = UnlockView()
            view.unlock_requested.connect(self.unlock_requested)
            view.recover_requested.connect(self.recover_requested)
            self.pages.addWidget(view)
            self._unlock_view = view
        return self._unlock_view

    @property
    def has_unlock_view(self) -> bool:
        return self._unlock_view is not None

    def install_shortcuts(self) -> None:
        """Ctrl+L and Ctrl+Q, set just after the first paint: a key sequence makes
        PySide load the whole Qt namespace (tens of ms) and locking needs none
        before anyone can have unlocked."""
        from PySide6.QtGui import QKeySequence

        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.manual_action.setShortcut(QKeySequence("F1"))

    def retranslate(self) -> None:
        title = self.tr("LeadVault — Reporting centre confidential workstation")
        self.setWindowTitle(self.tr("[DEMO] %1").replace("%1", title) if self.demo else title)
        self.file_menu.setTitle(self.tr("&Workstation"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.check_action.setText(self.tr("&Check the vault database now"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual_action.setText(self.tr("&Manual"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About LeadVault"))
        if self._air_gap is not None:
            self.show_air_gap(self._air_gap)
        self.development_banner.setText(
            self.tr(
                "DEVELOPMENT FOLDER: this vault accepts test cards and the virtual card "
                "reader. It is for developers and tests, never for a reporting centre."
            )
        )
        self.status.refresh()

    def show_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def remove_page(self, page: QWidget) -> None:
        self.pages.removeWidget(page)
        page.hide()
        page.deleteLater()

    def show_development(self, development: bool) -> None:
        self.development_banner.setVisible(development)

    def show_air_gap(self, report: AirGapReport) -> None:
        self._air_gap = report
        self.status.set_air_gap(report)
        connected = report.state is AirGapState.CONNECTED
        self.banner.setVisible(connected)
        if connected:
            self.banner.setText(
                self.tr(
                    "This computer is connected to a network (%1). The special computer must "
                    "be physically isolated: unplug the cable or switch off the wireless now."
                ).replace("%1", ", ".join(report.offending))
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quit_requested.emit()
        if self.keep_open():  # the controller asked the user first
            event.ignore()
        else:
            event.accept()
