"""Both languages are complete: every user-visible string the code under ui/
passes to tr()/translate() (extracted by pyside6-lupdate into a scratch .ts)
has a finished, non-empty translation in zh_CN and in en, with the placeholders
kept, and every compiled .qm is up to date with its source.

The catalogues of one language are leadvault_<lang>.ts (all of ui/, shared)
plus any <area>_<lang>.ts a feature keeps; a string counts as
translated when one of them has it (scripts/build-translations.sh --update
adds new strings, unfinished, for translation)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"
LANGUAGES = ("zh_CN", "en")
Key = tuple[str, str]  # (context, source)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    scratch = tmp_path_factory.mktemp("ts") / "scratch.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-silent", "-locations", "none", *sources, "-ts", str(scratch)],
        check=True,
        cwd=ROOT,
    )
    messages = _messages(scratch)
    assert len(messages) > 100  # the extraction really ran over the ui
    return messages


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _catalogue(language: str) -> dict[Key, ET.Element]:
    merged: dict[Key, ET.Element] = {}
    for ts in sorted(CATALOGUES.glob(f"*_{language}.ts")):
        for key, message in _messages(ts).items():
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            if key not in merged or finished:
                merged[key] = message
    return merged


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str, extracted: dict[Key, ET.Element]) -> None:
    catalogue = _catalogue(language)
    missing = [key for key in extracted if key not in catalogue]
    assert not missing, (
        f"not in any {language} catalogue (run scripts/build-translations.sh --update "
        f"and translate): {missing}"
    )
    unfinished = []
    for key in extracted:
        translation = catalogue[key].find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            text.strip() for text in _translations(catalogue[key])
        ):
            unfinished.append(key)
    assert not unfinished, f"unfinished in {language}: {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str, extracted: dict[Key, ET.Element]) -> None:
    catalogue = _catalogue(language)
    for (context, source), message in catalogue.items():
        translation = message.find("translation")
        if (context, source) not in extracted or (
            translation is not None and translation.get("type") is not None
        ):
            continue  # unfinished ones are reported by test_every_string_is_translated
        wanted = sorted(set(re.findall(r"%\d|%n", source)))
        for text in _translations(message):
            assert sorted(set(re.findall(r"%\d|%n", text))) == wanted, (context, source, text)


def test_chinese_catalogue_is_chinese(extracted: dict[Key, ET.Element]) -> None:
    catalogue = _catalogue("zh_CN")
    # Sentences (several words) must not stay in English in the Chinese UI.
    for key in extracted:
        source = key[1]
        if len(re.findall(r"[A-Za-z]{2,}", source)) < 2:
            continue  # placeholders and single terms (Argon2id, MiB) may stay as they are
        translation = catalogue[key].find("translation") if key in catalogue else None
        if translation is None or translation.get("type") is not None:
            continue  # missing or unfinished: reported by test_every_string_is_translated
        for text in _translations(catalogue[key]):
            assert re.search(r"[\u4e00-\u9fff]", text), (key, text)


def test_every_language_has_the_shell_catalogue() -> None:
    for language in LANGUAGES:
        assert (CATALOGUES / f"leadvault_{language}.ts").exists()


@pytest.mark.parametrize("ts", sorted(CATALOGUES.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_catalogue_matches_its_source(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists() and fresh.read_bytes() == committed.read_bytes(), (
        "run scripts/build-translations.sh"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_what_lupdate_finds(language: str,
                                             extracted: dict[Key, ET.Element]) -> None:
    """`scripts/build-translations.sh --update` must leave the catalogue as it is: each
    entry is still found in the code (a call lupdate cannot read would mark it
    vanished), and a plural stays plural (lupdate reads a count only from self.tr)."""
    catalogue = _messages(CATALOGUES / f"leadvault_{language}.ts")
    assert sorted(set(catalogue) - set(extracted)) == []
    plural_mismatch = [key for key in extracted if key in catalogue
                       and extracted[key].get("numerus") != catalogue[key].get("numerus")]
    assert plural_mismatch == []
