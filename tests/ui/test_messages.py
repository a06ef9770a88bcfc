"""Every typed error of the card, vault and storage layers has its own sentence,
in Chinese and in English (no generic fallback, no class name on screen)."""

from __future__ import annotations

import inspect
import re

import pytest

from desktop.card import errors as card_errors
from desktop.domain import storage as storage_errors
from desktop.vault import errors as vault_errors
from ui.i18n import CHINESE, ENGLISH, Translations
from ui.messages import describe_error

ERRORS = [
    cls
    for module in (card_errors, vault_errors, storage_errors)
    for _, cls in inspect.getmembers(module, inspect.isclass)
    if issubclass(cls, Exception) and cls.__module__ == module.__name__
]


def _instance(cls: type[Exception]) -> Exception:
    error = cls.__new__(cls)  # the words depend only on the class and its data
    if cls.__name__ == "WrongPin":
        error.remaining = 2  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize("language", [ENGLISH, CHINESE])
def test_every_error_has_its_own_words(qapp, language: str) -> None:
    translations = Translations(qapp)
    translations.install(language)
    generic = {describe_error(RuntimeError()), describe_error(ValueError())}
    seen = {}
    for cls in ERRORS:
        words = describe_error(_instance(cls))
        assert words not in generic, cls
        assert cls.__name__ not in words, cls
        if language == CHINESE:
            assert re.search(r"[\u4e00-\u9fff]", words), (cls, words)
        seen[cls.__name__] = words
    assert seen["WrongPin"] in (
        "Wrong PIN. 2 more wrong PINs will block the card.",
        "PIN 错误。再错 2 次，智能卡将被锁死。",
    )
    translations.uninstall()
