"""The first-run wizard end to end through its Qt view, with the demo's two
virtual cards (blank at first: the wizard provisions them), the real vault and
the recovery sheet from printing/ previewed with QtPdf."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.app.setup_wizard import Step
from desktop.demo.cards import DEMO_UNIT
from tests.ui.conftest import CHIEF, CLERK, unlock


def _fill_person(qtbot, view, form, person, password=None, pin=None) -> None:  # type: ignore[no-untyped-def]
    form.name.setText(person.name)
    form.refresh_readers()
    form.reader.setCurrentText(person.reader)
    form.read_button.click()
    qtbot.waitUntil(lambda: form.prepare_button.isVisible() or form.card is not None, timeout=5000)
    if form.card is None:
        assert "blank" in form.card_status.text()
        form.prepare_button.click()
        qtbot.waitUntil(lambda: form.card is not None, timeout=10000)
    form.password.setText(password or person.password)
    form.password_again.setText(password or person.password)
    form.pin.setText(pin or person.pin)


def _walk_to_recovery(qtbot, shell):  # type: ignore[no-untyped-def]
    # The demo's three cards: the wizard enrols the chief and the clerk.
    qtbot.waitUntil(lambda: len(shell.controller.readers_with_cards) == 3, timeout=3000)
    view = shell.controller.wizard_view
    w = view.wizard
    assert w.step is Step.UNIT
    view.unit_code.setText("12345")
    view.next()
    assert view.problems.text() == (
        "Enter the name of the procuratorate.\nThe unit code is exactly six digits."
    )
    view.unit_name.setText(DEMO_UNIT.name)
    view.unit_code.setText(DEMO_UNIT.code)
    view.next()
    assert w.step is Step.DATA_FOLDER
    assert view.folder.text() == str(shell.services.data_dir)
    view.next()
    qtbot.waitUntil(lambda: w.kdf is not None and not view._busy, timeout=20000)
    assert "Argon2id" in view.calibration_result.text()
    view.next()
    assert w.step is Step.CHIEF
    # A weak password is refused with the reason, before any card work.
    _fill_person(qtbot, view, view.chief_form, CHIEF, password="short")
    assert "at least 12 characters" in view.chief_form.meter_text.text()
    view.next()
    assert "The password is too weak." in view.problems.text()
    _fill_person(qtbot, view, view.chief_form, CHIEF, pin="999999")
    view.next()  # a wrong PIN is caught now, on the card, not after the vault exists
    qtbot.waitUntil(lambda: "Wrong PIN" in view.problems.text(), timeout=5000)
    assert w.step is Step.CHIEF
    view.chief_form.pin.setText(CHIEF.pin)
    view.next()
    qtbot.waitUntil(lambda: w.step is Step.CLERKS, timeout=5000)
    view.next()
    assert view.problems.text() == "Enrol at least one clerk."
    _fill_person(qtbot, view, view.clerk_form, CLERK)
    view.next()  # a filled-in clerk form is enrolled, then the vault is created
    qtbot.waitUntil(lambda: w.step is Step.RECOVERY and not view._busy, timeout=30000)
    return view


def test_the_wizard_sets_the_workstation_up_and_the_clerk_unlocks(qtbot, make_shell) -> None:
    shell = make_shell(with_vault=False, cards_in=True)
    assert not shell.services.vault_exists()
    view = _walk_to_recovery(qtbot, shell)
    w = view.wizard
    code = view.recovery_code
    assert re.fullmatch(r"[A-Z2-7]+(-[A-Z2-7]+)+", code), code
    assert view.code_label.text() == code
    qtbot.waitUntil(lambda: view.preview.page_count >= 1, timeout=5000)
    assert not shell.services.data_dir.exists()  # still in the staging folder
    view.next()
    assert view.problems.text() == (
        "Confirm that the recovery sheet is printed or the code written down."
    )
    view.confirm_box.setChecked(True)
    view.next()
    assert w.step is Step.SUMMARY
    assert view.code_label.text() == ""  # shown once
    summary = view.summary.text()
    for expected in (DEMO_UNIT.name, DEMO_UNIT.code, CHIEF.name, CLERK.name, "Clerk"):
        assert expected in summary
    assert code not in summary
    with qtbot.waitSignal(shell.controller.setup_finished, timeout=5000):
        view.next()
    assert shell.services.vault_exists()
    info = shell.services.vault().info()
    assert {(u[0], u[1].value) for u in info.users} == {
        (CHIEF.name, "chief"),
        (CLERK.name, "clerk"),
    }
    assert (info.unit_name, info.unit_code) == (DEMO_UNIT.name, DEMO_UNIT.code)
    leftovers = [p.name for p in shell.services.data_dir.parent.iterdir()]
    assert leftovers == ["vault"]  # no staging folder left
    for card in shell.cards.cards():
        shell.cards.remove(card.reader)
    qtbot.waitUntil(lambda: not shell.controller.readers_with_cards, timeout=3000)
    unlock(qtbot, shell, CLERK)
    assert shell.controller.session.user.name == CLERK.name


def test_cancelling_after_creation_leaves_nothing(qtbot, make_shell) -> None:
    shell = make_shell(with_vault=False, cards_in=True)
    view = _walk_to_recovery(qtbot, shell)
    staging = view.wizard.staging_dir
    vault_id = view.wizard.vault_id
    assert staging is not None and staging.exists() and vault_id
    store = shell.services.key_store()
    assert store.get(vault_id) is not None
    view.cancel_button.click()
    assert not staging.exists()
    assert not shell.services.data_dir.exists()
    assert store.get(vault_id) is None  # the machine secret is gone from the keyring too
    # The wizard starts over.
    assert shell.controller.wizard_view is not None
    assert shell.controller.wizard_view.wizard.step is Step.UNIT


def test_one_reader_the_wizard_asks_for_each_card_in_turn(qtbot, make_shell) -> None:
    """A workstation usually has one reader: the chief's and the clerk's cards take
    turns in it while the vault is created, and the wizard says whose card is next."""
    shell = make_shell(with_vault=False, cards_in=True)
    # The demo's three cards: the wizard enrols the chief and the clerk.
    qtbot.waitUntil(lambda: len(shell.controller.readers_with_cards) == 3, timeout=3000)
    reader = shell.cards.readers[CHIEF.reader]
    chief_card = reader.card
    clerk_card = shell.cards.readers[CLERK.reader].card
    shell.cards.remove(CLERK.reader)  # the second reader is not used at all
    view = shell.controller.wizard_view
    w = view.wizard
    view.unit_name.setText(DEMO_UNIT.name)
    view.unit_code.setText(DEMO_UNIT.code)
    view.next()
    view.next()
    qtbot.waitUntil(lambda: w.kdf is not None and not view._busy, timeout=20000)
    view.next()

    def swap_to(card) -> None:  # type: ignore[no-untyped-def]
        reader.remove()
        reader.card = card
        reader.insert()

    _fill_person(qtbot, view, view.chief_form, CHIEF)
    view.next()
    qtbot.waitUntil(lambda: w.step is Step.CLERKS, timeout=5000)
    swap_to(clerk_card)
    qtbot.wait(400)
    _fill_person(qtbot, view, view.clerk_form, replace(CLERK, reader=CHIEF.reader))
    view.next()
    requests: list[str] = []
    cards = {CHIEF.name: chief_card, CLERK.name: clerk_card}

    def answer() -> bool:
        text = view.card_request.text()
        if text and (not requests or requests[-1] != text):
            requests.append(text)
            who = next(name for name in cards if name in text)
            swap_to(cards[who])
        return w.step is Step.RECOVERY and not view._busy

    qtbot.waitUntil(answer, timeout=60000)
    assert len(requests) >= 3
    assert requests[0].startswith(f"Insert the card of {CHIEF.name} (Chief procurator, card ")
    assert any(r.startswith(f"Insert the card of {CLERK.name} (Clerk, card ") for r in requests)
    assert view.card_request.text() == ""
    assert view.recovery_code


def test_quitting_mid_setup_leaves_nothing(qtbot, make_shell) -> None:
    shell = make_shell(with_vault=False, cards_in=True)
    view = _walk_to_recovery(qtbot, shell)
    staging, vault_id = view.wizard.staging_dir, view.wizard.vault_id
    assert staging is not None and staging.exists()
    shell.controller.quit(exit_app=False)
    assert not staging.exists() and not shell.services.data_dir.exists()
    assert shell.services.key_store().get(vault_id) is None


def test_the_recovery_sheet_goes_to_paper_only_and_its_print_is_audited(
        qtbot, make_shell, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from ui.printing.errors import PrintToFileRefused
    from ui.printing.words import describe_print_error

    shell = make_shell(with_vault=False, cards_in=True)
    view = _walk_to_recovery(qtbot, shell)
    qtbot.waitUntil(lambda: view.preview.page_count >= 1, timeout=5000)
    to_file = QPrinter(QPrinter.PrinterMode.HighResolution)
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "recovery.pdf"))
    try:
        view.preview.print_to(to_file)
    except PrintToFileRefused as refused:
        assert "never to a file" in describe_print_error(refused)
    else:
        raise AssertionError("the recovery sheet was printed to a file")
    assert not (tmp_path / "recovery.pdf").exists()  # the code never reached the disk
    shell.services.recovery_sheet_printed("前台打印机")  # what _print reports after paper
    view.confirm_box.setChecked(True)
    view.next()
    with qtbot.waitSignal(shell.controller.setup_finished, timeout=5000):
        view.next()
    for card in shell.cards.cards():
        shell.cards.remove(card.reader)
    qtbot.waitUntil(lambda: not shell.controller.readers_with_cards, timeout=3000)
    unlock(qtbot, shell, CHIEF)
    worker, audit = shell.controller.session_worker, shell.controller.session.audit()
    found: list[object] = []
    worker.submit(lambda: audit.tail(20), found.append, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    printed = [e for e in found[0] if e.action == "recovery.print"]  # type: ignore[attr-defined]
    assert len(printed) == 1 and "前台打印机" in printed[0].details
