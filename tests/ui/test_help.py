"""The Help menu (issue 13): a manual per role in Chinese and English from
resources/help (with what the site must do and the shortcuts), the shortcuts, and
the About box with the version, the vault id, the chief's key fingerprint once
unlocked and the licences of the bundled font and libraries."""

from __future__ import annotations

from desktop.app.about import fingerprint, version
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.help_dialogs import HELP, LICENCES, MANUALS, AboutDialog, ManualDialog
from ui.i18n import CHINESE, ENGLISH


def test_every_manual_exists_in_both_languages_with_the_site_rules() -> None:
    from ui.help_dialogs import manual_text

    for manual in MANUALS:
        english, chinese = manual_text(manual, ENGLISH), manual_text(manual, CHINESE)
        assert "What the site must do" in english and "Ctrl+L" in english
        assert "本单位必须做到的事项" in chinese and "Ctrl+L" in chinese
        for text in (english, chinese):
            assert "write-protected" in text or "写保护" in text
    assert {p.name for p in HELP.glob("*.md")} >= {f"{m}.{lang}.md" for m in MANUALS
                                                   for lang in (ENGLISH, CHINESE)}


def test_the_help_menu_shows_the_role_manual_and_the_about_box(qtbot, make_shell) -> None:
    shell = make_shell()
    window = shell.window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    # locked: the About box has the version and no vault facts
    window.about_action.trigger()
    about = shell.controller.help_window
    assert isinstance(about, AboutDialog)
    assert f"Version {version()}" in about.summary.text()
    assert "Unlock to see" in about.summary.text()
    index = about.licences.toPlainText()
    for component in ("WenQuanYi", "PySide6_Essentials", "reportlab", "sqlcipher3", "pyscard"):
        assert component in index
    assert about.texts.count() == len(list(LICENCES.glob("*.txt")))
    about.texts.setCurrentText("Apache-2.0.txt")
    assert "Apache License" in about.text.toPlainText()

    unlock(qtbot, shell, CHIEF)
    window.manual_action.trigger()
    manual = shell.controller.help_window
    assert isinstance(manual, ManualDialog) and manual.role.currentData() == "chief"
    assert "Verify the whole chain" in manual.text.toPlainText()
    window.about_action.trigger()
    about = shell.controller.help_window
    assert isinstance(about, AboutDialog)
    session = shell.controller.session.vault_session
    roster = session.roster.current
    chief = next(e for e in roster.chiefs() if e.card_serial == shell.cards.readers[
        CHIEF.reader].card.serial)
    text = about.summary.text()
    assert f"Vault id: {session.vault_id}" in text and fingerprint(chief.sig_public) in text
    about.close()


def test_the_clerk_gets_her_manual_in_chinese(qtbot, make_shell) -> None:
    shell = make_shell(language=CHINESE)
    unlock(qtbot, shell, CLERK)
    shell.window.manual_action.trigger()
    manual = shell.controller.help_window
    assert isinstance(manual, ManualDialog) and manual.role.currentData() == "clerk"
    text = manual.text.toPlainText()
    assert "内勤使用手册" in text and "全盘加密" in text and "快捷键" in text
    manual.role.setCurrentIndex(2)
    assert "查阅人" in manual.text.toPlainText()
    manual.close()


def test_the_about_box_lists_the_licences_in_chinese(qtbot, make_shell) -> None:
    shell = make_shell(language=CHINESE)
    shell.window.about_action.trigger()
    about = shell.controller.help_window
    assert isinstance(about, AboutDialog)
    index = about.licences.toPlainText()
    assert "随附字体和程序库的许可证" in index and "文泉驿微米黑" in index
    assert "License" not in index.split("\n")[0]
    about.close()


def test_every_bundled_component_has_its_licence_text_shipped() -> None:
    """Each row of both indexes names its licence and texts that exist, the native
    code inside sqlcipher3's module included; every shipped text is named by a row."""
    import re

    named: set[str] = set()
    for index in ("index.md", "index.zh_CN.md"):
        rows = [line.split(" | ") for line in (LICENCES / index).read_text(
            encoding="utf-8").splitlines() if line.startswith("| ") and "---" not in line][1:]
        components = {re.split(r" [(（]", row[0][2:])[0] for row in rows}
        assert {"SQLCipher", "OpenSSL", "SQLite", "sqlcipher3", "chinesecalendar"} <= components
        for row in rows:
            assert row[2].strip(), f"{row[0]}: no licence named"
            texts = row[3].rstrip(" |")
            if texts == "—":
                assert "SQLite" in row[0]  # public domain: nothing to ship
                continue
            for text in texts.split(", "):
                assert (LICENCES / text).is_file(), f"{row[0]}: {text} missing"
                named.add(text)
    assert named == {p.name for p in LICENCES.glob("*.txt")}
