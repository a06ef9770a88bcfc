"""The bundled CJK font, so Chinese renders the same on every machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

import resources

FONT_FILE = Path(resources.__file__).parent / "fonts" / "wqy-microhei.ttc"


def install_fonts(app: QApplication) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSize(10)
    app.setFont(font)
    return families[0]
