# ruff: noqa: S608 - SQL is built only from fixed column lists and "?" placeholders
"""Report events of a lead and their sealed identity fields (v0004).

Report ids are allocated here, like lead ids (db.repositories.lead_cards): the
identity ciphertexts' associated data names the report before the row exists.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date

from db._driver import Row, SqlValue
from db._values import as_bytes, as_int, as_str
from db.connection import Database
from db.repositories._lead_values import json_list, scalar, stored_time, t
from desktop.domain.lead_errors import ReportNotFound
from desktop.domain.leads import (
    Channel,
    LeadId,
    ReceivedItem,
    Report,
    ReportId,
    ReportKind,
)

_REPORT_COLUMNS = (
    "id, lead_id, kind, channel, received_at, original_text, summary, real_name,"
    " pseudonym_code, acknowledged, receiving_staff, transcript_read_back,"
    " transcript_signed, consent_to_record, items_received, postmark_date, origin,"
    " envelope_kept, reference, has_identity, new_content, recorded_by, recorded_at,"
    " postmark_illegible_reason, false_accusation_notice"
)


class SqlLeadReportRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def next_report_id(self) -> ReportId:
        return ReportId(
            as_int(scalar(self._db, "SELECT coalesce(max(id), 0) + 1 FROM lead_reports"))
        )

    def add_reports(self, reports: Sequence[tuple[Report, Mapping[str, bytes]]]) -> None:
        self._db.execute_many(
            f"INSERT INTO lead_reports ({_REPORT_COLUMNS}) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_report_params(r) for r, _ in reports],
        )
        self._db.execute_many(
            "INSERT INTO lead_identity_fields (report_id, field, ciphertext) VALUES (?,?,?)",
            [(r.id, field, sealed) for r, fields in reports for field, sealed in fields.items()],
        )

    def reports(self, lead_id: LeadId) -> list[Report]:
        rows = self._db.execute(
            f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE lead_id = ?"
            " ORDER BY received_at, id",
            (lead_id,),
        )
        return [_report(r) for r in rows]

    def report(self, report_id: ReportId) -> Report:
        rows = self._db.execute(
            f"SELECT {_REPORT_COLUMNS} FROM lead_reports WHERE id = ?", (report_id,)
        )
        if not rows:
            raise ReportNotFound(report_id)
        return _report(rows[0])

    def identity_fields(self, report_id: ReportId) -> dict[str, bytes]:
        rows = self._db.execute(
            "SELECT field, ciphertext FROM lead_identity_fields WHERE report_id = ?",
            (report_id,),
        )
        return {as_str(r[0]): as_bytes(r[1]) for r in rows}


def _report_params(r: Report) -> tuple[SqlValue, ...]:
    # Unpacked at once: an import writes 10,000s (25 attribute reads a row cost more).
    (report_id, lead_id, kind, channel, received_at, original_text, summary, real_name,
     pseudonym_code, acknowledged, staff, read_back, signed, consent, items, postmark,
     origin, envelope_kept, reference, has_identity, new_content, recorded_by, recorded_at,
     illegible_reason, false_accusation_notice) = r
    return (
        report_id, lead_id, kind._value_, channel._value_, t(received_at), original_text,
        summary, int(real_name), pseudonym_code, int(acknowledged),
        json_list(list(staff)) if staff else "[]",
        int(read_back), int(signed), int(consent),
        json_list([[i.description, i.quantity] for i in items]) if items else "[]",
        None if postmark is None else postmark.isoformat(), origin,
        int(envelope_kept), reference, int(has_identity), int(new_content),
        recorded_by, t(recorded_at), illegible_reason, int(false_accusation_notice),
    )


_KINDS: dict[SqlValue, ReportKind] = {k.value: k for k in ReportKind}
_CHANNELS: dict[SqlValue, Channel] = {c.value: c for c in Channel}


def _report(r: Row) -> Report:
    # A lead's view decodes every report event: the common "[]" lists skip the JSON
    # parser and the enums come from a dict (both several times cheaper per row).
    staff, items = as_str(r[10]), as_str(r[14])
    try:
        kind, channel = _KINDS[r[2]], _CHANNELS[r[3]]
    except KeyError:
        kind, channel = ReportKind(r[2]), Channel(r[3])  # raises the enum's ValueError
    return Report(
        ReportId(as_int(r[0])), LeadId(as_int(r[1])), kind, channel, stored_time(r[4]),
        as_str(r[5]), as_str(r[6]), bool(r[7]), as_str(r[8]), bool(r[9]),
        () if staff == "[]" else tuple(json.loads(staff)),
        bool(r[11]), bool(r[12]), bool(r[13]),
        () if items == "[]" else tuple(ReceivedItem(d, q) for d, q in json.loads(items)),
        None if r[15] is None else date.fromisoformat(as_str(r[15])),
        as_str(r[16]), bool(r[17]), as_str(r[18]), bool(r[19]), bool(r[20]),
        as_int(r[21]), stored_time(r[22]), as_str(r[23]), bool(r[24]),
    )
