"""Fixtures for the application tests: the real shell over a demo workstation
(in-process virtual cards, real vault, real SQLCipher), offscreen."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.workstation import Workstation
from desktop.app.workstation_checks import NetworkInterface
from desktop.bootstrap import build_demo
from desktop.demo.cards import DEMO_PEOPLE, DemoCards
from desktop.demo.vault import prepare_demo_vault
from desktop.vault.kdf import Argon2Params
from ui.controller import AppController
from ui.fonts import install_fonts
from ui.i18n import ENGLISH, Translations

CHIEF, CLERK, STAFF = DEMO_PEOPLE
ISOLATED = [NetworkInterface("lo", is_loopback=True, is_up=True, is_running=True)]


@dataclass
class Shell:
    controller: AppController
    services: Workstation
    cards: DemoCards
    interfaces: list[NetworkInterface]
    translations: Translations
    recovery_code: str = ""  # the demo vault's, when the fixture made one

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.controller.window


@pytest.fixture
def make_shell(qapp: QApplication, qtbot, tmp_path: Path) -> Iterator[Callable[..., Shell]]:  # type: ignore[no-untyped-def]
    install_fonts(qapp)
    made: list[Shell] = []

    def make(with_vault: bool = True, language: str = ENGLISH, cards_in: bool = False,
             restart: Shell | None = None) -> Shell:
        """``restart``: that shell's application is quit and started again on the same
        machine (data folder, keyring, cards), as a user would."""
        code = ""
        if restart is not None:
            services, cards = restart.services, restart.cards
            kept, services.on_close = services.on_close, []  # not the demo's clean-up yet
            restart.controller.quit(exit_app=False)
            services.on_close = kept
            restart.translations.uninstall()
            made.remove(restart)
        else:
            services, cards = build_demo(tmp_path / "demo",
                                         kdf_params=Argon2Params.cheap_for_tests())
            if with_vault:
                code = prepare_demo_vault(services, cards)
            if not cards_in:
                for card in cards.cards():
                    cards.remove(card.reader)
        translations = Translations(qapp)
        translations.install(language)
        interfaces = list(ISOLATED)
        controller = AppController(qapp, services, translations, interfaces=lambda: interfaces)
        qtbot.addWidget(controller.window)
        shell = Shell(controller, services, cards, interfaces, translations,
                      restart.recovery_code if restart is not None else code)
        made.append(shell)
        controller.start()
        # The air-gap check, clipboard guard and card monitor start just after the window.
        qtbot.waitUntil(lambda: controller.air_gap.report is not None, timeout=3000)
        return shell

    yield make
    for shell in made:
        shell.controller.quit(exit_app=False)
        shell.translations.uninstall()


def unlock(
    qtbot,
    shell: Shell,
    person=CLERK,
    password: str | None = None,  # type: ignore[no-untyped-def]
    pin: str | None = None,
    expect_success: bool = True,
) -> None:
    shell.cards.insert(person.reader)
    view = shell.window.unlock_view
    qtbot.waitUntil(
        lambda: view.holder is not None and view.holder.reader == person.reader, timeout=5000
    )
    view.password.setText(password if password is not None else person.password)
    view.pin.setText(pin if pin is not None else person.pin)
    view.button.click()
    if expect_success:
        try:
            qtbot.waitUntil(lambda: shell.controller.session is not None, timeout=20000)
        except Exception:
            raise AssertionError(
                f"not unlocked: error={view.error.text()!r} who={view.who.text()!r}"
            ) from None
