"""Reading rendered PDFs back: text (pypdf), embedded fonts, decoded barcodes."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def compact(text: str) -> str:
    """Extracted CJK text may have spaces or line breaks between glyphs."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@dataclass(frozen=True)
class FontInfo:
    base_font: str
    embedded: bool  # a FontFile2 (TrueType) stream is in the PDF
    subset: bool  # the name has the six-letter subset prefix, ABCDEF+


def fonts_of(pdf: bytes) -> list[FontInfo]:
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, FontInfo] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = _resolve(resources).get("/Font")
        if fonts is None:
            continue
        for reference in _resolve(fonts).values():
            font = _resolve(reference)
            name = str(font.get("/BaseFont"))
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in _resolve(descriptor)
            found[name] = FontInfo(
                name.lstrip("/"), embedded, re.match(r"/?[A-Z]{6}\+", name) is not None
            )
    return list(found.values())


def _resolve(value: object) -> DictionaryObject:
    while isinstance(value, IndirectObject):
        value = value.get_object()
    assert isinstance(value, DictionaryObject)
    return value


DPI = 200


def decode_barcodes(
    pdf: bytes,
    directory: Path,
    page: int = 1,
    region_mm: tuple[float, float, float, float] | None = None,
) -> list[tuple[str, str]]:
    """Rasterise one page at 200 dpi and decode it with zbarimg: [(symbology, text)].

    ``region_mm`` = (left, top, width, height) from the page's top left crops
    the page first: zbarimg reports identical symbols in one image only once.
    """
    source = directory / "page.pdf"
    source.write_bytes(pdf)
    stem = directory / f"page{page}"
    crop: list[str] = []
    if region_mm is not None:
        left, top, width, height = (round(v / 25.4 * DPI) for v in region_mm)
        crop = ["-x", str(left), "-y", str(top), "-W", str(width), "-H", str(height)]
    pages = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", *pages, "-singlefile", *crop, str(source), str(stem)],
        check=True,
        timeout=60,
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable", f"{stem}.png"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # zbarimg exits 4 when it found nothing; that is a failure the caller asserts on.
    decoded = []
    for line in result.stdout.splitlines():
        symbology, _, text = line.partition(":")
        decoded.append((symbology, text))
    return decoded
