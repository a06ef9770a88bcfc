"""Languages: Simplified Chinese by default, English the other.

Catalogues live in resources/translations: ``leadvault_<lang>`` (all of ui/)
and any ``<area>_<lang>`` a feature keeps; every catalogue of the language loads.

The choice is a file ``language`` in the data folder (a language tag, no
content), so it is known before the vault is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)
TRANSLATIONS_DIR = Path(resources.__file__).parent / "translations"
_PREFERENCE_FILE = "language"


def per_language(context: str, probe: str, make: Callable[[], dict[str, str]]
                 ) -> Callable[[], dict[str, str]]:
    """A table of words made once per language (a page of the audit view asks for it
    hundreds of times): ``probe``'s translation in ``context`` tells the language."""
    tables: dict[str, dict[str, str]] = {}

    def table() -> dict[str, str]:
        language = QCoreApplication.translate(context, probe)
        found = tables.get(language)
        if found is None:
            found = tables[language] = make()
        return found

    return table


def sentences(*parts: str) -> str:
    """Whole sentences one after another: a space between them in English, none after
    a Chinese full stop (the catalogue's "%1 %2" is "%1%2"). Empty parts are left out."""
    joined = ""
    for part in parts:
        if not part:
            continue
        joined = part if not joined else QCoreApplication.translate(
            "Sentences", "%1 %2").replace("%1", joined, 1).replace("%2", part, 1)
    return joined


def system_language(locale: QLocale | None = None) -> str:
    """English only when the system asks for English; Chinese otherwise (the default)."""
    # Compared by name: QLocale's language enum is slow to load at start-up.
    locale = locale or QLocale.system()
    return ENGLISH if locale.name().startswith("en") else CHINESE


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


def catalogues(language: str) -> list[Path]:
    """leadvault_<language> first, then any feature's own <area>_<language>."""
    shell = TRANSLATIONS_DIR / f"leadvault_{language}.qm"
    if not shell.exists():
        raise FileNotFoundError(shell)
    areas = sorted(p for p in TRANSLATIONS_DIR.glob(f"*_{language}.qm") if p != shell)
    return [shell, *areas]


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
        for path in catalogues(language):
            translator = QTranslator(self._app)
            if not translator.load(str(path)):
                raise FileNotFoundError(path)
            self._installed.append(translator)
        if language == CHINESE:
            qt_own = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QLocale("zh_CN"), "qtbase", "_", qt_dir):
                self._installed.append(qt_own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
