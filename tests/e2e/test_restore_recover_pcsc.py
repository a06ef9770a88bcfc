"""Restore → recover → unlock on the real stack: a backup of a vault made with two
virtual cards on the vpcd readers (pcscd) and the Secret Service keyring; the disk
and the keyring entry gone, as on a replacement computer; the GUI restores the
backup from the set-up wizard, the chief types the recovery code, and both cards
unlock through pcscd to the same leads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.app.clock import SystemClock
from desktop.app.workstation_checks import NetworkInterface
from desktop.bootstrap import build_real
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.vpcd import DEFAULT_PORT
from desktop.demo.leads import seed_demo_leads
from desktop.vault.kdf import Argon2Params
from tests.e2e.conftest import wait_card_absent
from tests.e2e.test_app_shell_pcsc import (
    CHIEF_PASSWORD,
    CLERK_PASSWORD,
    CLERK_READER,
    _setup,
    _unlock,
)
from ui.controller import AppController
from ui.i18n import ENGLISH, Translations


def _numbers(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(row.number) for row in session.leads().page(limit=100)]


def test_restore_recover_and_unlock_through_pcscd(  # type: ignore[no-untyped-def]
        qapp, qtbot, tmp_path: Path, vpcd_card, secret_service) -> None:
    chief = vpcd_card(VirtualCard(tmp_path / "chief.json"), DEFAULT_PORT)
    clerk = vpcd_card(VirtualCard(tmp_path / "clerk.json"), DEFAULT_PORT + 1)
    services = build_real(tmp_path / "vault", kdf_params=Argon2Params.cheap_for_tests(),
                          development=True)
    code = _setup(services)
    vault_id = services.vault().info().vault_id
    session = services.unlock(CLERK_READER, CLERK_PASSWORD, "123456", lambda _f: None)
    try:
        seed_demo_leads(session.leads(), SystemClock().now())
        numbers = _numbers(session)
        (tmp_path / "usb").mkdir()
        backup = session.backups().create(tmp_path / "usb", lambda *_: None).folder
    finally:
        session.lock()
    assert len(numbers) >= 3
    shutil.rmtree(services.data_dir)  # the disk died; the new computer's keyring is empty
    services.key_store().delete(vault_id)
    clerk.remove()
    chief.remove()
    wait_card_absent(clerk.reader)
    wait_card_absent(chief.reader)

    translations = Translations(qapp)
    translations.install(ENGLISH)
    isolated = [NetworkInterface("lo", True, True, True)]
    controller = AppController(qapp, services, translations, interfaces=lambda: isolated)
    qtbot.addWidget(controller.window)
    try:
        controller.start()
        wizard = controller.wizard_view
        assert wizard is not None
        wizard.restore_button.click()
        view = controller.restore_view
        view.choose_folder = lambda _parent, _title: str(backup)
        view.choose_button.click()
        qtbot.waitUntil(lambda: view.facts is not None, timeout=10000)
        assert view.vault_value.text() == vault_id
        with qtbot.waitSignal(controller.restore_finished, timeout=30000):
            view.restore_button.click()
        recovery = controller.recovery_view
        assert recovery is not None  # the Secret Service lacks the workstation key
        recovery.code.setText(code)
        recovery.next_button.click()
        qtbot.waitUntil(lambda: recovery.recovered, timeout=60000)
        assert services.key_store().get(vault_id) is not None
        recovery.sheet.confirm_box.setChecked(True)
        with qtbot.waitSignal(controller.recovery_finished, timeout=5000):
            recovery.next_button.click()

        _unlock(qtbot, controller, chief, CHIEF_PASSWORD)  # he witnesses the recovery
        qtbot.waitUntil(lambda: controller.session is not None, timeout=20000)
        chief.remove()
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
        _unlock(qtbot, controller, clerk, CLERK_PASSWORD)
        qtbot.waitUntil(lambda: controller.session is not None, timeout=20000)
        found: list[object] = []
        s = controller.session
        controller.session_worker.submit(lambda: _numbers(s), found.append, found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=10000)
        assert found[0] == numbers
        clerk.remove()
        qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    finally:
        controller.quit(exit_app=False)
        translations.uninstall()
        services.key_store().delete(vault_id)
