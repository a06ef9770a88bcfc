"""The application shell on the real stack: two virtual cards on the vpcd
readers through pcscd, the Secret Service keyring, the vault on disk. Setup
runs the wizard's state machine with PC/SC cards (provisioned by the app),
then the GUI unlocks and locks on a real card removal."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.app.setup_wizard import Person, SetupWizard, Step
from desktop.app.workstation import Workstation
from desktop.app.workstation_checks import NetworkInterface
from desktop.bootstrap import build_real
from desktop.card.emulator import VirtualCard
from desktop.card.emulator.vpcd import DEFAULT_PORT, reader_name
from desktop.domain.roles import Role
from desktop.vault.kdf import Argon2Params
from tests.e2e.conftest import wait_card_absent
from ui.controller import AppController
from ui.i18n import ENGLISH, Translations

CHIEF_READER, CLERK_READER = reader_name(DEFAULT_PORT), reader_name(DEFAULT_PORT + 1)
CHIEF_PASSWORD, CLERK_PASSWORD = "Chief-Pcsc-Test-2026!", "Clerk-Pcsc-Test-2026!"


def _setup(services: Workstation) -> str:
    """The vault made through the wizard's state machine; returns its recovery code."""
    for reader, name in ((CHIEF_READER, "王检察长"), (CLERK_READER, "李明")):
        holder = services.identify_card(reader)
        assert holder.blank and holder.user is None
        assert not services.provision_card(reader, name).blank
    wizard = SetupWizard(services.setup_backend())
    assert wizard.submit_unit("某市人民检察院", "110105") == []
    assert wizard.submit_data_folder(services.data_dir) == []
    wizard.calibrate(lambda _f: None)
    assert wizard.finish_calibration() == []

    def person(reader: str, name: str, role: Role, password: str) -> Person:
        serial = services.identify_card(reader).serial
        return Person(name, role, serial, reader, password, password, "123456")

    assert wizard.submit_chief(person(CHIEF_READER, "王检察长", Role.CHIEF, CHIEF_PASSWORD)) == []
    assert wizard.add_clerk(person(CLERK_READER, "李明", Role.CLERK, CLERK_PASSWORD)) == []
    assert wizard.create(lambda _f: None) == []
    code = wizard.take_recovery_code()
    assert code
    assert wizard.confirm_recovery(True) == []
    wizard.finish()
    assert wizard.step is Step.DONE
    return code


@pytest.fixture
def real_shell(qapp, qtbot, tmp_path: Path, vpcd_card, secret_service):  # type: ignore[no-untyped-def]
    chief = vpcd_card(VirtualCard(tmp_path / "chief.json"), DEFAULT_PORT)
    clerk = vpcd_card(VirtualCard(tmp_path / "clerk.json"), DEFAULT_PORT + 1)
    services = build_real(
        tmp_path / "vault", kdf_params=Argon2Params.cheap_for_tests(), development=True
    )
    _setup(services)
    vault_id = services.vault().info().vault_id
    clerk.remove()
    chief.remove()
    wait_card_absent(clerk.reader)
    wait_card_absent(chief.reader)
    translations = Translations(qapp)
    translations.install(ENGLISH)
    isolated = [NetworkInterface("lo", True, True, True)]
    controller = AppController(qapp, services, translations, interfaces=lambda: isolated)
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.waitUntil(lambda: controller.air_gap.report is not None, timeout=3000)
    # A development folder (test cards accepted) says so on every screen.
    assert controller.window.development_banner.isVisibleTo(controller.window)
    assert "DEVELOPMENT FOLDER" in controller.window.development_banner.text()
    yield controller, chief, clerk
    controller.quit(exit_app=False)
    translations.uninstall()
    services.key_store().delete(vault_id)


def _unlock(qtbot, controller, link, password: str, pin: str = "123456") -> None:  # type: ignore[no-untyped-def]
    link.insert()
    view = controller.window.unlock_view
    try:
        qtbot.waitUntil(
            lambda: view.holder is not None and view.holder.reader == link.reader, timeout=5000
        )
    except Exception:
        raise AssertionError(
            f"card not read: who={view.who.text()!r} error={view.error.text()!r} "
            f"readers={controller.readers_with_cards}"
        ) from None
    view.password.setText(password)
    view.pin.setText(pin)
    view.button.click()


def test_unlock_through_pcscd_and_lock_on_removal_within_two_seconds(qtbot, real_shell) -> None:  # type: ignore[no-untyped-def]
    controller, _chief, clerk = real_shell
    _unlock(qtbot, controller, clerk, CLERK_PASSWORD, pin="654321")
    qtbot.waitUntil(lambda: controller.window.unlock_view.error.text() != "", timeout=10000)
    view = controller.window.unlock_view
    assert view.error.text() == "Wrong PIN. 2 more wrong PINs will block the card."
    assert view.tries.text() == "PIN tries left: 2"
    view.password.setText(CLERK_PASSWORD)
    view.pin.setText("123456")
    view.button.click()
    qtbot.waitUntil(lambda: controller.session is not None, timeout=10000)
    assert controller.session.user.name == "李明"
    assert controller.window.status.card_label.text() == "Card: inserted"
    started = time.monotonic()
    clerk.remove()  # the virtual card's socket closes: pcscd sees the card leave
    qtbot.waitUntil(lambda: controller.session is None, timeout=2000)
    assert time.monotonic() - started < 2.0
    assert controller.window.lock_screen.reason.text() == "The card was removed."


def test_the_chief_unlocks_with_his_card_and_an_unknown_card_is_refused(
    qtbot, real_shell, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    controller, chief, _clerk = real_shell
    _unlock(qtbot, controller, chief, "Wrong-Password-For-Chief-1")
    qtbot.waitUntil(lambda: controller.window.unlock_view.error.text() != "", timeout=10000)
    assert controller.window.unlock_view.error.text() == "The password is wrong."
    controller.window.unlock_view.password.setText(CHIEF_PASSWORD)
    controller.window.unlock_view.pin.setText("123456")
    controller.window.unlock_view.button.click()
    qtbot.waitUntil(lambda: controller.session is not None, timeout=10000)
    assert controller.session.user.role is Role.CHIEF
    chief.remove()
    qtbot.waitUntil(lambda: controller.session is None, timeout=2000)


def test_one_reader_enrolment_swaps_the_card_in_the_chiefs_reader(qtbot, real_shell) -> None:  # type: ignore[no-untyped-def]
    """One reader through pcscd: the chief's card leaves its vpcd reader and the new
    card arrives in the same one (no lock meanwhile), then his card comes back."""
    from desktop.policy import Section
    from tests.unit.vault_support import provisioned_card
    from ui.users_view import Enrolment, UsersView

    controller, chief, _clerk = real_shell
    _unlock(qtbot, controller, chief, CHIEF_PASSWORD)
    qtbot.waitUntil(lambda: controller.session is not None, timeout=10000)
    controller.workspace.open(Section.USERS)
    view = controller.workspace.page(Section.USERS)
    assert isinstance(view, UsersView)
    qtbot.waitUntil(lambda: view.table.rowCount() == 2, timeout=5000)
    chief_card, new_card = chief.card, provisioned_card().virtual
    view.ask_enrolment = lambda readers: Enrolment("赵新", Role.CLERK, CHIEF_READER)
    view.enrol_button.click()
    qtbot.waitUntil(lambda: view.screen is not None and view.screen.phase == "out",
                    timeout=5000)
    screen = view.screen
    chief.remove()
    wait_card_absent(chief.reader)
    chief.card = new_card
    chief.insert()
    qtbot.waitUntil(lambda: screen.phase == "newcomer", timeout=10000)
    assert controller.session is not None  # the removal did not lock
    screen.password.setText("Zhao-Xin-Pcsc-2026!")
    screen.again.setText("Zhao-Xin-Pcsc-2026!")
    screen.pin.setText("123456")
    screen.newcomer_button.click()
    qtbot.waitUntil(lambda: screen.phase == "back", timeout=10000)
    chief.remove()
    wait_card_absent(chief.reader)
    chief.card = chief_card
    chief.insert()
    qtbot.waitUntil(lambda: screen.phase == "chief", timeout=10000)
    screen.chief_pin.setText("123456")
    screen.chief_button.click()
    qtbot.waitUntil(lambda: "was enrolled with card" in view.result.text(), timeout=20000)
    assert new_card.serial in view.result.text() and controller.session is not None
    chief.remove()  # his card out again, the swap over: the session locks as always
    qtbot.waitUntil(lambda: controller.session is None, timeout=2000)
    assert controller.lock_reason == "card-removed"
