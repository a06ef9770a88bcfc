"""Repeat reports: the same reported person (name) in the same unit is likely the same
lead. The key folds width, case and spacing so 张三 / 张 三 / ＡＢＣ match."""

from __future__ import annotations

import unicodedata

from desktop.domain.leads import ReportedPerson
from desktop.leads.routing import unit_key


def person_key(person: ReportedPerson) -> tuple[str, str]:
    name = "".join(_nfkc(person.name).casefold().split())
    return name, unit_key(person.unit)


def _nfkc(text: str) -> str:
    # The quick check is ~100x cheaper than normalizing text that is already normal.
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)
