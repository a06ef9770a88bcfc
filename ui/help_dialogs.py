"""The Help menu's windows: the manual for each role in the user's language (files in
resources/help, shown by Qt's Markdown renderer, nothing fetched), the keyboard
shortcuts, and the About box (version, vault id, the roster's chief key fingerprints
when unlocked, and the licences of the bundled font and libraries)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import resources
from desktop.app.about import AboutFacts, version
from ui.i18n import CHINESE, ENGLISH

RESOURCES = Path(resources.__file__).parent
HELP = RESOURCES / "help"
LICENCES = RESOURCES / "licences"
MANUALS = ("chief", "clerk", "viewer")
SHORTCUTS_HEADING = {ENGLISH: "## Keyboard shortcuts", CHINESE: "## 快捷键"}


def manual_text(manual: str, language: str) -> str:
    """The role's manual, then what the site must do and the shortcuts (one file for
    all roles: DESIGN §10)."""
    language = language if language in (ENGLISH, CHINESE) else ENGLISH
    own = (HELP / f"{manual}.{language}.md").read_text(encoding="utf-8")
    site = (HELP / f"_site.{language}.md").read_text(encoding="utf-8")
    return own.rstrip() + "\n\n" + site


def shortcuts_text(language: str) -> str:
    language = language if language in (ENGLISH, CHINESE) else ENGLISH
    site = (HELP / f"_site.{language}.md").read_text(encoding="utf-8")
    return site[site.index(SHORTCUTS_HEADING[language]):]


def licence_index(language: str) -> str:
    """The table of bundled components (scripts/collect-licences.py writes both)."""
    name = "index.zh_CN.md" if language == CHINESE else "index.md"
    return (LICENCES / name).read_text(encoding="utf-8")


class ManualDialog(QDialog):
    def __init__(self, manual: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(self.tr("LeadVault manual"))
        self.resize(760, 680)
        self._language = language
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Manual for:")))
        self.role = QComboBox()
        self.role.setObjectName("manualRole")
        for key, words in zip(MANUALS, (self.tr("the chief procurator"), self.tr("the clerk"),
                                        self.tr("leaders and staff (viewers)")), strict=True):
            self.role.addItem(words, key)
        row.addWidget(self.role)
        row.addStretch(1)
        layout.addLayout(row)
        self.text = QTextBrowser()
        self.text.setObjectName("manualText")
        self.text.setOpenLinks(False)  # nothing is fetched, not even a link
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.role.currentIndexChanged.connect(self._show)
        self.role.setCurrentIndex(MANUALS.index(manual) if manual in MANUALS else 1)
        self._show()

    def _show(self) -> None:
        self.text.setMarkdown(manual_text(str(self.role.currentData()), self._language))


class ShortcutsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setMarkdown(shortcuts_text(language))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts | None, language: str = ENGLISH,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LeadVault"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary(facts))
        self.summary.setObjectName("aboutSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.licences = QTextBrowser()
        self.licences.setObjectName("aboutLicences")
        self.licences.setOpenLinks(False)
        self.licences.setMarkdown(licence_index(language))
        layout.addWidget(self.licences, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Licence text:")))
        self.texts = QComboBox()
        self.texts.setObjectName("aboutLicenceFiles")
        self.texts.addItems(sorted(p.name for p in LICENCES.glob("*.txt")))
        row.addWidget(self.texts, 1)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setObjectName("aboutLicenceText")
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.texts.currentTextChanged.connect(self._licence)
        self._licence(self.texts.currentText())

    def _licence(self, name: str) -> None:
        if name:
            self.text.setPlainText((LICENCES / name).read_text(encoding="utf-8"))

    def _summary(self, facts: AboutFacts | None) -> str:
        lines = [self.tr("LeadVault — Reporting centre confidential workstation"),
                 self.tr("Version %1").replace("%1", version())]
        if facts is None:
            lines.append(self.tr("Unlock to see the vault's id and the chief procurator's "
                                 "key fingerprints."))
            return "\n".join(lines)
        lines.append(self.tr("Vault id: %1").replace("%1", facts.vault_id))
        lines.append(self.tr("Roster version %1; the chief procurator's keys:")
                     .replace("%1", str(facts.roster_version)))
        for chief in facts.chiefs:
            line = self.tr("%1, card %2: %3").replace("%1", chief.name).replace(
                "%2", chief.card_serial).replace("%3", chief.fingerprint)
            if chief.backup:
                line += " " + self.tr("(backup card, kept sealed)")
            lines.append(line)
        return "\n".join(lines)
