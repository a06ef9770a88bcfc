"""Every error the core can raise has its own words, in Chinese and in English, and
ui/ finds them by the error's type, never by its class name."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import desktop
from ui.backup_words import BACKUP_ERROR_WORDS, describe_backup_error
from ui.bags.words import BAG_ERROR_WORDS, describe_bag_error
from ui.i18n import CHINESE, ENGLISH, Translations
from ui.leads.labels import LEAD_ERROR_WORDS, describe_lead_error
from ui.messages import ErrorWords, describe_error, error_words, words_for
from ui.printing.words import PRINT_ERROR_WORDS, describe_print_error
from ui.wizard_messages import SETUP_ERROR_WORDS, describe_setup_error

# Modules whose errors never reach a screen: the virtual card turns its own into
# status words on the wire, and leadvault-admin prints its own.
NOT_SHOWN = ("desktop.card.emulator", "desktop.cli")
TABLES: tuple[ErrorWords, ...] = (
    error_words(),
    LEAD_ERROR_WORDS,
    BAG_ERROR_WORDS,
    PRINT_ERROR_WORDS,
    SETUP_ERROR_WORDS,
    BACKUP_ERROR_WORDS,
)
DESCRIBERS: tuple[Callable[[BaseException], str], ...] = (
    describe_error,
    describe_lead_error,
    describe_bag_error,
    describe_print_error,
    describe_setup_error,
    describe_backup_error,
)


def _core_errors() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if info.name.startswith(NOT_SHOWN) or info.name == "desktop.bootstrap":
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Exception)
                and cls.__module__ == module.__name__
                and not cls.__name__.startswith("_")
            ):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return sorted(found.values(), key=lambda c: (c.__module__, c.__qualname__))


CORE_ERRORS = _core_errors()


def _sample(annotation: str) -> object:
    """A plausible value for a constructor parameter, by its annotation's name."""
    from desktop.domain.bags import BagAction, BagState
    from desktop.domain.roles import Role
    from desktop.leads.errors import Problem
    from desktop.policy import Action

    samples: dict[str, object] = {
        "Role": Role.STAFF,
        "Action": Action.VIEW_LEAD,
        "BagState": BagState.SEALED,
        "BagAction": BagAction.SEAL,
        "Problem": Problem.BAD_FORMAT,
        "int": 2,
        "str": "x",
    }
    return samples.get(annotation.split("|")[0].strip(), "x")


def _instance(cls: type[BaseException]) -> BaseException:
    """The error with plausible data on its attributes, without calling __init__ (the
    words depend only on the class and the data it carries)."""
    error = cls.__new__(cls)
    for klass in reversed(cls.__mro__):
        init = klass.__dict__.get("__init__")
        if init is None:
            continue
        for name, parameter in inspect.signature(init).parameters.items():
            if name != "self" and parameter.annotation is not inspect.Parameter.empty:
                setattr(error, name, _sample(str(parameter.annotation)))
    return error


def _table_entry(cls: type[BaseException]) -> type[BaseException] | None:
    """The class whose words ``cls`` gets: itself or its nearest project base."""
    for base in cls.__mro__:
        if base.__module__.startswith(("desktop.", "ui.")) and any(base in t for t in TABLES):
            return base
    return None


def _describe(error: BaseException) -> str:
    for table in TABLES:
        words = words_for(error, table)
        if words is not None:
            return words
    return describe_error(error)


def test_the_walk_finds_the_core_errors() -> None:
    names = {cls.__name__ for cls in CORE_ERRORS}
    assert {"WrongPin", "NotPermitted", "BagNotFound", "LeadNotFound", "StorageError"} <= names
    assert len(CORE_ERRORS) > 80


@pytest.mark.parametrize("cls", CORE_ERRORS, ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_every_core_error_has_words(cls: type[BaseException]) -> None:
    assert _table_entry(cls) is not None, f"{cls.__module__}.{cls.__name__} has no words in ui/"


@pytest.mark.parametrize("language", [ENGLISH, CHINESE])
def test_every_error_has_its_words_in_both_languages(qapp, language: str) -> None:
    translations = Translations(qapp)
    translations.install(language)
    try:
        generic = {describe_error(RuntimeError()), describe_error(ValueError())}
        seen = {}
        for cls in CORE_ERRORS:
            words = _describe(_instance(cls))
            assert words and words not in generic, cls
            assert cls.__name__ not in words, cls
            if language == CHINESE:
                assert re.search(r"[\u4e00-\u9fff]", words), (cls, words)
            else:
                assert not re.search(r"[\u4e00-\u9fff]", words), (cls, words)
            seen[f"{cls.__module__}.{cls.__name__}"] = words
        assert seen["desktop.card.errors.WrongPin"] in (
            "Wrong PIN. 2 more wrong PINs will block the card.",
            "PIN 错误。再错 2 次，智能卡将被锁死。",
        )
        assert seen["desktop.policy.NotPermitted"] in (
            "Your role (Staff) may not do this. Nothing was changed.",
            "您的角色（工作人员）无权执行此操作，未作任何更改。",
        )
    finally:
        translations.uninstall()


@pytest.mark.parametrize("table", TABLES,
                         ids=["core", "leads", "bags", "printing", "setup", "backup"])
def test_a_class_that_only_shares_a_name_gets_no_borrowed_words(table: ErrorWords) -> None:
    generic = describe_error(RuntimeError())
    for cls in table:
        impostor = type(cls.__name__, (Exception,), {})
        for describe in DESCRIBERS:
            words = describe(impostor())
            assert words == generic.replace("RuntimeError", cls.__name__), (cls, describe)


def test_the_nearest_base_speaks_for_a_subclass() -> None:
    from desktop.card.errors import CardError, CardRemoved, CardReset

    reset = CardReset.__new__(CardReset)
    assert describe_error(reset) == describe_error(CardRemoved.__new__(CardRemoved))
    later = type("CardFellApart", (CardError,), {})()
    assert describe_error(later) == describe_error(CardError())


def test_ui_never_picks_by_class_name() -> None:
    """The source of ui/ compares no class name (the fallback sentence may show one)."""
    ui_root = Path(__file__).resolve().parents[2] / "ui"
    pattern = re.compile(r"__name__\s*(==|!=|in\b)|\.get\(\s*[\w.]*__name__")
    offenders = [
        f"{path.relative_to(ui_root.parent)}:{n}"
        for path in sorted(ui_root.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and "__main__" not in line
    ]
    assert offenders == []


def test_printing_refusals_in_chinese_carry_no_english_from_the_print_system(qapp) -> None:
    """CUPS' own codes stay out of the words (they go to the audit record); the codes
    a user can act on are said in the user's language."""
    from desktop.app import print_spool as spool

    stopped = spool.PrinterUnavailable("办公室", True, True, "paused,media-empty-error")
    down = spool.PrintSystemDown("server-error-service-unavailable")
    translations = Translations(qapp)
    translations.install(CHINESE)
    try:
        said = [words_for(stopped, PRINT_ERROR_WORDS), words_for(down, PRINT_ERROR_WORDS)]
    finally:
        translations.uninstall()
    assert said[0] is not None and "已暂停" in said[0] and "缺纸" in said[0]
    assert said[1] is not None and "CUPS" in said[1]
    for text in said:
        assert text is not None
        assert not re.search(r"[a-z]{3,}", text.replace("CUPS", "")), text


def test_sentences_follow_each_other_as_each_language_writes_them(qapp) -> None:
    from datetime import UTC, datetime

    from desktop.backup.service import BackupStatus
    from ui.backup_panel import status_words
    from ui.i18n import sentences

    translations = Translations(qapp)
    try:
        translations.install(CHINESE)
        assert sentences("甲。", "", "乙。") == "甲。乙。"
        due = status_words(BackupStatus(datetime(2026, 1, 2, tzinfo=UTC), 7, True))
        assert "。已到备份时间" in due and "。 " not in due
        translations.install(ENGLISH)
        assert sentences("One.", "Two.") == "One. Two."
        assert sentences("", "Only.") == "Only."
    finally:
        translations.uninstall()
