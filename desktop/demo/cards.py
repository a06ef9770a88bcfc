"""The demo's fictional people and their virtual cards in two virtual readers,
which the Demo menu puts in and takes out. Used by desktop.bootstrap's demo
build only (loaded on demand, so a real start-up never pays for it)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.app.facts import DemoCard, UnitInfo
from desktop.card.emulator import InProcessTransport, VirtualCard
from desktop.card.errors import NoCard, ReaderNotFound
from desktop.card.monitor import ReaderSnapshot
from desktop.card.transport import Transport
from desktop.domain.roles import Role

DEMO_UNIT = UnitInfo("示例市人民检察院（演示）", "990001")


@dataclass(frozen=True)
class DemoPerson:
    name: str
    role: Role
    reader: str
    password: str
    pin: str = "123456"


# Fictional people; the passwords are shown in the Demo menu.
DEMO_PEOPLE = (
    DemoPerson("王检察长", Role.CHIEF, "VPCD-A", "Demo-Chief-2026-Shili"),
    DemoPerson("李明", Role.CLERK, "VPCD-B", "Demo-Clerk-2026-Shili"),
    # A viewer: he sees only what the chief grants him (DESIGN §6).
    DemoPerson("赵敏", Role.STAFF, "VPCD-C", "Demo-Staff-2026-Shili"),
)


@dataclass
class _DemoSnapshot:
    present: bool
    atr: bytes
    events: int


@dataclass
class DemoReader:
    """A reader with a virtual card that the Demo menu puts in and takes out."""

    name: str
    card: VirtualCard
    present: bool = True
    events: int = 0
    links: list[InProcessTransport] = field(default_factory=list)

    def connect(self) -> InProcessTransport:
        if not self.present:
            raise NoCard()
        link = InProcessTransport(self.card)
        self.links = [t for t in self.links if t.present] + [link]
        return link

    def remove(self) -> None:
        if not self.present:
            return
        self.present = False
        self.events += 1
        for link in self.links:
            link.remove()  # a conversation in progress sees CardRemoved
        self.links = []

    def insert(self) -> None:
        if self.present:
            return  # already in: pushing it again is no new insertion
        # The counter first: the monitor thread must never see the card present
        # with the old counter, or it would take the next poll for a swap.
        self.events += 1
        self.present = True


class DemoWatcher:
    """monitor.Watcher over the demo readers (the monitor polls it)."""

    def __init__(self, readers: Sequence[DemoReader]) -> None:
        self._readers = readers
        self._wake = threading.Event()

    def poll(self, timeout: float) -> Sequence[tuple[str, ReaderSnapshot | None]]:
        self._wake.wait(timeout)
        return [(r.name, _DemoSnapshot(r.present, r.card.atr, r.events)) for r in self._readers]

    def close(self) -> None:
        self._wake.set()


class DemoCards:
    """desktop.app.ports.DemoControls."""

    def __init__(self, readers: Sequence[DemoReader]) -> None:
        self.readers = {r.name: r for r in readers}

    def connect(self, reader: str | None) -> Transport:
        if reader is None or reader not in self.readers:
            raise ReaderNotFound(str(reader))
        return self.readers[reader].connect()

    def cards(self) -> list[DemoCard]:
        return [DemoCard(p.name, p.reader) for p in DEMO_PEOPLE]

    def role_of(self, reader: str) -> Role:
        return next(p.role for p in DEMO_PEOPLE if p.reader == reader)

    def insert(self, reader: str) -> None:
        self.readers[reader].insert()

    def remove(self, reader: str) -> None:
        self.readers[reader].remove()

    def is_inserted(self, reader: str) -> bool:
        return self.readers[reader].present

    def password_and_pin(self, reader: str) -> tuple[str, str]:
        person = next(p for p in DEMO_PEOPLE if p.reader == reader)
        return person.password, person.pin
