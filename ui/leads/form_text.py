"""What the entry form's free-text fields hold, as the core's values: lists split on
Chinese or Western separators, relatives as 'name (relation) phone', items as
'description ×quantity'."""

from __future__ import annotations

import re

from desktop.domain.leads import ReceivedItem, Relative

_LIST_SPLIT = re.compile(r"[,，、;；\n]+")
_ITEM = re.compile(r"^(.*?)\s*[×xX*]\s*(\d+)\s*$")


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in _LIST_SPLIT.split(text) if part.strip())


_RELATIVE = re.compile(r"^(.*?)\s*(?:[（(]\s*(.*?)\s*[）)])?\s*([+\d][\d\s\-]*)?$")


def relatives(text: str) -> tuple[Relative, ...]:
    """'林大山（父亲）13900000000；王芳（配偶）' → name, relation, phone each."""
    found = []
    for entry in re.split(r"[;；\n]+", text):
        match = _RELATIVE.match(entry.strip())
        if entry.strip() and match:
            found.append(Relative(match[1].strip(), (match[2] or "").strip(),
                                  (match[3] or "").strip()))
    return tuple(found)


def items(text: str) -> tuple[ReceivedItem, ...]:
    found = []
    for line in text.splitlines():
        if not line.strip():
            continue
        match = _ITEM.match(line.strip())
        if match:
            found.append(ReceivedItem(match[1].strip(), int(match[2])))
        else:
            found.append(ReceivedItem(line.strip(), 1))
    return tuple(found)
