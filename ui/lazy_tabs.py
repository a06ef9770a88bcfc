"""Tabs whose pages are made when first shown (or first asked for): opening a screen
builds only the tab the user sees. Until then a tab holds an empty stand-in; the page
made takes its place at the same position, with the same title."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._waiting: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._made: dict[str, QWidget] = {}
        self._swapping = False
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        stand_in = QWidget()
        self._waiting[key] = (stand_in, make)
        self._tabs.addTab(stand_in, title)

    def made(self, key: str) -> bool:
        return key in self._made

    def page(self, key: str) -> QWidget:
        """The tab's page, made now if it was not yet."""
        page = self._made.get(key)
        if page is not None:
            return page
        stand_in, make = self._waiting.pop(key)
        page = self._made[key] = make()
        index = self._tabs.indexOf(stand_in)
        current = self._tabs.currentIndex() == index
        # The page goes in before the stand-in leaves: the current tab never moves.
        self._swapping = True
        try:
            self._tabs.insertTab(index, page, self._tabs.tabText(index))
            if current:
                self._tabs.setCurrentIndex(index)
            self._tabs.removeTab(index + 1)
        finally:
            self._swapping = False
        stand_in.deleteLater()
        return page

    def _shown(self, index: int) -> None:
        if self._swapping:
            return
        shown = self._tabs.widget(index)
        for key, (stand_in, _make) in list(self._waiting.items()):
            if stand_in is shown:
                self.page(key)
                return
