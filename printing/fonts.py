"""The bundled CJK TrueType font, registered once with reportlab.

reportlab embeds TrueType fonts as subsets (only the glyphs used), so a
printout carries its own font and shows no missing glyphs on any viewer.
The TTC holds a proportional face (index 0) and a monospaced one (index 1),
the latter for numbers and codes that are copied by hand.
"""

from __future__ import annotations

import functools
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "WenQuanYiMicroHei"
MONO = "WenQuanYiMicroHeiMono"
_FONT_FILE = "wqy-microhei.ttc"


@functools.cache
def register_fonts() -> None:
    """Idempotent; the first call parses the font file (reads the bundled resource only)."""
    with resources.as_file(resources.files("resources") / "fonts" / _FONT_FILE) as path:
        pdfmetrics.registerFont(TTFont(SANS, str(path), subfontIndex=0))
        pdfmetrics.registerFont(TTFont(MONO, str(path), subfontIndex=1))
    # No bold or italic faces: map them to the regular ones so markup never fails.
    for family in (SANS, MONO):
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=family, italic=family, boldItalic=family
        )
