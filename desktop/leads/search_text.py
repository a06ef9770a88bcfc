"""What full-text search sees of a lead: the case card and the report text, never the
informant identity (db/repositories/lead_lists.py reindex() gathers the same fields)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.leads import CaseCard, Report


def search_text(card: CaseCard, reports: Iterable[Report]) -> str:
    parts = [str(card.number), card.summary, card.storage_location]
    for person in card.reported_persons:
        parts += person.name, person.unit, person.post, person.region
    for report in reports:
        parts += report.original_text, report.summary, report.origin
    return "\n".join(filter(None, parts))  # the parts that hold something
