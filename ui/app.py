"""The LeadVault GUI entry point."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(argv if argv is not None else sys.argv)
    label = QLabel("举报线索保密工作站")
    label.show()
    return app.exec()
