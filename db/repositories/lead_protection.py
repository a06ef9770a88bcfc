# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""What a real-name informant is owed: replies, risk assessments, protection plans and
assistance requests with their steps."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from db._driver import SqlValue
from db._values import as_int, as_str
from db.connection import Database
from db.repositories._lead_values import stored_time, t
from desktop.domain.leads import (
    AssistanceRequest,
    AssistanceStep,
    LeadId,
    ProtectionPlan,
    Reply,
    ReplyForm,
    ReportId,
    RiskAssessment,
    RiskLevel,
)

_STEP_COLUMNS = {
    AssistanceStep.FACTS_ASCERTAINED: "facts_ascertained_at",
    AssistanceStep.REPORTED_TO_CHIEF: "reported_to_chief_at",
    AssistanceStep.POLICE_NOTIFIED: "police_notified_at",
    AssistanceStep.JUDICIAL_POLICE_MEASURES: "judicial_police_measures_at",
}


class SqlLeadProtectionRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add_reply(self, reply: Reply, at: datetime) -> None:
        self._db.execute(
            "INSERT INTO lead_replies (lead_id, report_id, form, replied_at, place,"
            " participants, content, informant_view, unreachable_reason, recorded_by,"
            " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (reply.lead_id, reply.report_id, reply.form.value, t(reply.replied_at), reply.place,
             json.dumps(list(reply.participants), ensure_ascii=False), reply.content,
             reply.informant_view, reply.unreachable_reason, reply.recorded_by, t(at)),
        )

    def replies(self, lead_id: LeadId) -> list[Reply]:
        rows = self._db.execute(
            "SELECT lead_id, report_id, form, replied_at, place, participants, content,"
            " informant_view, unreachable_reason, recorded_by FROM lead_replies"
            " WHERE lead_id = ? ORDER BY replied_at, id",
            (lead_id,),
        )
        return [
            Reply(LeadId(as_int(r[0])), ReportId(as_int(r[1])), ReplyForm(r[2]), stored_time(r[3]),
                  as_str(r[4]), tuple(json.loads(as_str(r[5]))), as_str(r[6]), as_str(r[7]),
                  as_str(r[8]), as_int(r[9]))
            for r in rows
        ]

    def add_risk(self, risk: RiskAssessment) -> None:
        self._db.execute(
            "INSERT INTO lead_risk_assessments (lead_id, report_id, level, factors, note,"
            " assessed_by, assessed_at) VALUES (?,?,?,?,?,?,?)",
            (risk.lead_id, risk.report_id, risk.level.value,
             json.dumps(list(risk.factors), ensure_ascii=False), risk.note, risk.assessed_by,
             t(risk.assessed_at)),
        )

    def risks(self, lead_id: LeadId) -> list[RiskAssessment]:
        rows = self._db.execute(
            "SELECT lead_id, report_id, level, factors, note, assessed_by, assessed_at"
            " FROM lead_risk_assessments WHERE lead_id = ? ORDER BY assessed_at, id",
            (lead_id,),
        )
        return [
            RiskAssessment(LeadId(as_int(r[0])), ReportId(as_int(r[1])), RiskLevel(r[2]),
                           tuple(json.loads(as_str(r[3]))), as_str(r[4]), as_int(r[5]),
                           stored_time(r[6]))
            for r in rows
        ]

    def reports_without_risk_assessment(self) -> list[tuple[LeadId, ReportId]]:
        """Real-name reports no one has assessed yet (Art 61: every one is assessed)."""
        rows = self._db.execute(
            "SELECT r.lead_id, r.id FROM lead_reports r WHERE r.real_name = 1 AND NOT EXISTS"
            " (SELECT 1 FROM lead_risk_assessments a WHERE a.report_id = r.id)"
            " ORDER BY r.received_at, r.id"
        )
        return [(LeadId(as_int(r[0])), ReportId(as_int(r[1]))) for r in rows]

    def add_plan(self, plan: ProtectionPlan) -> None:
        self._db.execute(
            "INSERT INTO lead_protection_plans (lead_id, measures, responsible, review_on,"
            " created_by, created_at) VALUES (?,?,?,?,?,?)",
            (plan.lead_id, json.dumps(list(plan.measures), ensure_ascii=False),
             plan.responsible, plan.review_on.isoformat(), plan.created_by,
             t(plan.created_at)),
        )

    def plans(self, lead_id: LeadId) -> list[ProtectionPlan]:
        rows = self._db.execute(
            "SELECT lead_id, measures, responsible, review_on, created_by, created_at"
            " FROM lead_protection_plans WHERE lead_id = ? ORDER BY created_at, id",
            (lead_id,),
        )
        return [
            ProtectionPlan(LeadId(as_int(r[0])), tuple(json.loads(as_str(r[1]))),
                           as_str(r[2]), date.fromisoformat(as_str(r[3])), as_int(r[4]),
                           stored_time(r[5]))
            for r in rows
        ]

    def add_assistance(self, lead_id: LeadId, urgent: bool, summary: str,
                       received_at: datetime, recorded_by: int) -> int:
        return self._db.insert(
            "INSERT INTO lead_assistance_requests (lead_id, urgent, summary, received_at,"
            " recorded_by) VALUES (?,?,?,?,?)",
            (lead_id, int(urgent), summary, t(received_at), recorded_by),
        )

    def set_assistance_step(self, request_id: int, step: AssistanceStep, at: datetime) -> None:
        self._db.execute(
            f"UPDATE lead_assistance_requests SET {_STEP_COLUMNS[step]} = ? WHERE id = ?",
            (t(at), request_id),
        )

    def assistance_request(self, request_id: int) -> AssistanceRequest | None:
        found = self._assistance("WHERE id = ?", (request_id,))
        return found[0] if found else None

    def assistance(self, lead_id: LeadId | None = None) -> list[AssistanceRequest]:
        """One lead's requests, or all; urgent first."""
        if lead_id is None:
            return self._assistance("", ())
        return self._assistance("WHERE lead_id = ?", (lead_id,))

    def _assistance(self, where: str, params: Sequence[SqlValue]) -> list[AssistanceRequest]:
        columns = ", ".join(_STEP_COLUMNS.values())
        rows = self._db.execute(
            f"SELECT id, lead_id, urgent, summary, received_at, recorded_by, {columns}"
            f" FROM lead_assistance_requests {where} ORDER BY urgent DESC, received_at, id",
            params,
        )
        return [
            AssistanceRequest(
                id=as_int(r[0]), lead_id=LeadId(as_int(r[1])), urgent=bool(r[2]),
                summary=as_str(r[3]), received_at=stored_time(r[4]),
                steps={step: stored_time(v) for step, v in zip(_STEP_COLUMNS, r[6:], strict=True)
                       if v is not None},
                recorded_by=as_int(r[5]),
            )
            for r in rows
        ]
