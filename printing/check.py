"""Refuse, before drawing anything, text the bundled font cannot show."""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Iterator

from reportlab.pdfbase import pdfmetrics

from desktop.domain.printables import UnprintableCharacters
from printing.fonts import MONO, SANS, register_fonts

_ALLOWED_CONTROLS = frozenset("\n\t")


@functools.cache
def _coverage() -> frozenset[int]:
    register_fonts()
    sans = pdfmetrics.getFont(SANS).face.charToGlyph
    mono = pdfmetrics.getFont(MONO).face.charToGlyph
    return frozenset(sans) & frozenset(mono)


def unprintable(text: str) -> tuple[str, ...]:
    covered = _coverage()
    return tuple(
        sorted(
            {
                c
                for c in text
                if c not in _ALLOWED_CONTROLS
                # control, format, private-use, unassigned: the font may map some of them
                and (unicodedata.category(c).startswith("C") or ord(c) not in covered)
            }
        )
    )


def ensure_printable(data: object) -> None:
    """Raise UnprintableCharacters naming the first field with characters the font lacks."""
    for field, text in _texts(data, type(data).__name__):
        bad = unprintable(text)
        if bad:
            raise UnprintableCharacters(field, bad)


def _texts(value: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple record
        for name in value._fields:
            yield from _texts(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
