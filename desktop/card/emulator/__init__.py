"""The virtual OpenPGP card (application 3.4): a command processor with JSON
state and fault injection, linked in-process (``InProcessTransport``) or to
pcscd through vsmartcard's vpcd driver (``VpcdLink``)."""

from desktop.card.emulator.applet import VirtualCard
from desktop.card.emulator.faults import Faults
from desktop.card.emulator.inprocess import InProcessTransport

__all__ = ["Faults", "InProcessTransport", "VirtualCard"]
