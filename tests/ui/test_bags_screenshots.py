"""Screenshots of the bag screens in Chinese (docs/screenshots/bags-*.png).

Runs as a test: the pictures go to a temporary folder and every visible text
of the screens is checked to be Chinese (no English sentence left behind). With
LEADVAULT_BAG_SHOTS=docs/screenshots the same run refreshes the committed
pictures."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableWidget, QWidget

from desktop import bootstrap
from desktop.policy import Section
from tests.ui.bags_support import bag_sections, open_section, service
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.i18n import CHINESE

__all__ = ["bag_sections"]

# Words that stay as they are in the Chinese UI: the card's PIN, the file format.
KEPT = {"PIN", "PDF"}


def _english_left(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QTableWidget):
            texts += [
                child.horizontalHeaderItem(c).text() for c in range(child.columnCount())
            ]
            texts += [
                child.item(r, c).text()
                for r in range(child.rowCount())
                for c in range(child.columnCount())
            ]
    # Hashes and fingerprints (hex) are data, not words.
    words = [set(re.findall(r"[A-Za-z]{2,}", re.sub(r"[0-9a-f]{8,}", "", t))) for t in texts]
    return [text for text, found in zip(texts, words, strict=True) if found - KEPT]


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"bags-{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() >= 400 and image.height() >= 300
    return path


def test_the_bag_screens_in_chinese(qtbot, make_shell, tmp_path: Path) -> None:
    folder = Path(os.environ.get("LEADVAULT_BAG_SHOTS", tmp_path))
    shell = make_shell(language=CHINESE)
    shell.window.resize(1180, 760)
    unlock(qtbot, shell, CLERK)
    bags = service(shell)
    renderers = bootstrap.renderers()
    leads = [row.number for row in shell.controller.session.leads().page(limit=3)]
    handed = bags.create(leads=leads[:2], items=2, pages=14).bag.number
    bags.seal(handed)
    bags.print_cover_sheet(handed, renderers.cover_sheet)
    bags.hand_over(handed, "王秘书")
    sealed = bags.create(leads=leads[2:], items=1, pages=6).bag.number
    bags.seal(sealed)
    void = bags.create(items=1, pages=2).bag.number
    bags.void(void, "装袋有误，重新装袋")
    bags.create(items=3, pages=20)

    view = open_section(qtbot, shell, Section.BAGS)
    assert view.table.rowCount() == 4
    assert view.table.horizontalHeaderItem(0).text() == "机要编号"
    assert _english_left(view) == []
    _save(shell.window, folder, "register")

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(str(handed))
    assert view.detail.state.text() == "已移交"
    assert _english_left(view) == []
    _save(shell.window, folder, "bag")

    # A scan with a mistyped check character, as the clerk sees it.
    wrong = str(sealed)[:-1] + ("0" if str(sealed)[-1] != "0" else "1")
    with qtbot.waitSignal(view.scan.refused, timeout=10000):
        view.scan.submit(wrong)
    assert view.scan.result.text().startswith("校验位不对")
    _save(shell.window, folder, "scan-check-character")

    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.open_bag(str(sealed))
    view.detail.buttons["print-cover"].click()
    dialog = view.print_dialog
    dialog.resize(820, 980)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    qtbot.wait(300)  # the page image renders asynchronously
    assert dialog.copy_label.text().startswith("份号 000002 · 共 1 页")
    assert _english_left(dialog) == []
    _save(dialog, folder, "print-preview")
    dialog.reject()

    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=5000)
    unlock(qtbot, shell, CHIEF)
    chief_view = open_section(qtbot, shell, Section.BAGS_AWAITING_UNSEALING)
    with qtbot.waitSignal(chief_view.loaded, timeout=10000):
        chief_view.table.selectRow(0)
    _save(shell.window, folder, "awaiting-unsealing")
    chief_view.unseal_button.click()
    unseal = chief_view.dialog
    qtbot.waitUntil(lambda: unseal.sign_button.isEnabled(), timeout=10000)
    unseal.pin.setText("123456")
    assert _english_left(unseal) == []
    _save(unseal, folder, "unsealing-dialog")
    unseal.pin.clear()
    unseal.reject()
