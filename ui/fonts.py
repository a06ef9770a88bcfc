"""The bundled CJK font, so Chinese renders the same on every machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

FONT_FILE = Path(resources.__file__).parent / "fonts" / "wqy-microhei.ttc"


FAMILY = "WenQuanYi Micro Hei"


def install_fonts(app: QApplication) -> str | None:
    """Use the CJK font; register the bundled copy only when the system lacks it
    (the font database is read for the first paint anyway; parsing 5 MB is not)."""
    family = FAMILY
    if not QFontDatabase.hasFamily(FAMILY):
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            return None
        family = families[0]
    font = QFont(family)
    font.setPointSize(10)
    app.setFont(font)
    return family
