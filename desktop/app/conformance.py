"""Never imported: mypy (strict, over desktop/) proves here that the
implementations fit the seam of desktop.app.ports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.app.lead_prints import LeadPrints
    from desktop.app.ports import (
        BagsPort,
        DemoControls,
        LeadsPort,
        PrintsPort,
        UnlockedSession,
        WorkstationServices,
    )
    from desktop.app.restoring import RestorePort, WorkstationRestore
    from desktop.app.session import AppSession
    from desktop.app.viewer_session import ViewerAppSession
    from desktop.app.workstation import Workstation
    from desktop.bags.service import BagService
    from desktop.demo.cards import DemoCards
    from desktop.leads.service import LeadService

    def _session(s: AppSession) -> UnlockedSession:
        return s

    def _viewer_session(s: ViewerAppSession) -> UnlockedSession:
        return s

    def _workstation(w: Workstation) -> WorkstationServices:
        return w

    def _restore(r: WorkstationRestore) -> RestorePort:
        return r

    def _bags(b: BagService) -> BagsPort:
        return b

    def _prints(p: LeadPrints) -> PrintsPort:
        return p

    def _leads(service: LeadService) -> LeadsPort:
        return service

    def _demo(cards: DemoCards) -> DemoControls:
        return cards
