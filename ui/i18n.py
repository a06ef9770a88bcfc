"""Languages: Simplified Chinese by default, English the other.

The choice is a file ``language`` in the data folder (a language tag, no
content), so it is known before the vault is unlocked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
_PREFERENCE_FILE = "language"


def system_language(locale: QLocale | None = None) -> str:
    """English only when the system asks for English; Chinese otherwise (the default)."""
    locale = locale or QLocale.system()
    return ENGLISH if locale.language() == QLocale.Language.English else CHINESE


def saved_language(data_dir: Path | None) -> str | None:
    if data_dir is None:
        return None
    try:
        tag = (data_dir / _PREFERENCE_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return tag if tag in LANGUAGES else None


def save_language(data_dir: Path, language: str) -> None:
    if data_dir.is_dir():
        (data_dir / _PREFERENCE_FILE).write_text(language, encoding="ascii")


class Translations:
    """Installs the app's catalogue (and Qt's own, for standard dialogs)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ENGLISH

    def uninstall(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def install(self, language: str) -> None:
        self.uninstall()
        ours = QTranslator(self._app)
        if not ours.load(str(TRANSLATIONS_DIR / f"leadvault_{language}.qm")):
            raise FileNotFoundError(TRANSLATIONS_DIR / f"leadvault_{language}.qm")
        self._installed.append(ours)
        if language == CHINESE:
            qt_own = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(
                QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir
            ):
                self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
