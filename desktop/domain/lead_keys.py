"""Folded keys that compare reported persons and units (pure functions).

Repeat reports: the same reported person (name) in the same unit is likely the same
lead; routing refuses a target that is a reported unit. The keys fold width, case and
spacing so 张三 / 张 三 / ＡＢＣ match. db/ stores person keys for the repeat-report
lookup; desktop.leads.routing compares unit keys.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop.domain.leads import ReportedPerson

_IGNORED = " \u3000·•-—()（）"


@lru_cache(maxsize=4096)  # a register names the same few hundred units again and again
def unit_key(unit: str) -> str:
    """Units compare after NFKC (full-width letters), case and spacing are folded."""
    folded = _nfkc(unit).casefold()
    return "".join(c for c in folded if c not in _IGNORED)


def person_key(person: ReportedPerson) -> tuple[str, str]:
    name = "".join(_nfkc(person.name).casefold().split())
    return name, unit_key(person.unit)


def _nfkc(text: str) -> str:
    # The quick check is ~100x cheaper than normalizing text that is already normal.
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)
