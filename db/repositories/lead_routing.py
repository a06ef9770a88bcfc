
"""Routing decisions (dispositions) of leads."""

from __future__ import annotations

from db._values import as_int, as_str
from db.connection import Database
from db.repositories._lead_values import stored_time, t
from desktop.domain.leads import Disposition, FilingLevel, LeadId, RoutingDecision


class SqlLeadRoutingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_routing(self, decision: RoutingDecision) -> None:
        self._db.execute(
            "INSERT INTO lead_routing (lead_id, decision, target, filing_level, reason,"
            " decided_by, decided_at) VALUES (?,?,?,?,?,?,?)",
            (decision.lead_id, decision.disposition.value, decision.target,
             None if decision.filing_level is None else decision.filing_level.value,
             decision.reason, decision.decided_by, t(decision.decided_at)),
        )

    def routing(self, lead_id: LeadId) -> list[RoutingDecision]:
        rows = self._db.execute(
            "SELECT lead_id, decision, target, filing_level, reason, decided_by, decided_at"
            " FROM lead_routing WHERE lead_id = ? ORDER BY decided_at, id",
            (lead_id,),
        )
        return [
            RoutingDecision(LeadId(as_int(r[0])), Disposition(r[1]), as_str(r[2]),
                            None if r[3] is None else FilingLevel(r[3]), as_str(r[4]),
                            as_int(r[5]), stored_time(r[6]))
            for r in rows
        ]
