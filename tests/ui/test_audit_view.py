"""The chief procurator's audit view on a real demo vault: the newest records with
names instead of ids, and the whole chain verified (and the check itself audited)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from ui.audit_view import AuditView


def _column(view: AuditView, column: int) -> list[str]:
    return [view.model.text(r, column) for r in range(view.model.rowCount())]


def _open(qtbot, shell) -> AuditView:
    ws = shell.controller.workspace
    ws.open(Section.AUDIT)
    view = ws.page(Section.AUDIT)
    assert isinstance(view, AuditView)
    return view


def test_the_chief_reads_and_verifies_the_audit_trail(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.AUDIT)
    view = ws.page(Section.AUDIT)
    assert isinstance(view, AuditView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    actions = _column(view, 3)
    # newest first, in words: the chief's unlock ends with his card's checkpoint
    assert actions[:2] == ["checkpoint signed by the chief", "unlocked"]
    assert view.model.tip(0, 3) == "audit.checkpoint"
    assert view.model.tip(1, 3) == "vault.unlock"
    assert "vault created" in actions and "user enrolled" in actions
    assert CHIEF.name in _column(view, 2)  # names, not user:N
    seqs = [int(s) for s in _column(view, 0)]
    assert seqs == sorted(seqs, reverse=True)
    view.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in view.result.text(), timeout=5000)
    assert f"all {seqs[0]} records verify" in view.result.text()
    qtbot.waitUntil(lambda: _column(view, 3)[0] == "audit chain verified", timeout=5000)


def test_the_clerk_has_no_audit_view_and_her_session_refuses(qtbot, make_shell) -> None:
    shell = make_shell()
    unlock(qtbot, shell, CLERK)
    ws = shell.controller.workspace
    assert Section.AUDIT not in ws.navigation.sections()
    view = AuditView(shell.controller.session, shell.controller.session_worker)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.result.text() != "", timeout=5000)
    assert view.result.text() == "Your role (Clerk) may not do this. Nothing was changed."
    assert view.model.rowCount() == 0
    assert isinstance(view, QWidget)


def test_the_chief_signs_a_checkpoint_and_prints_its_witness_sheet(qtbot, make_shell) -> None:
    import io
    import subprocess
    import tempfile
    from pathlib import Path

    from pypdf import PdfReader

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _open(qtbot, shell)
    panel = view.checkpoints
    # His unlock signed one: the panel says what it witnessed.
    qtbot.waitUntil(lambda: "Last checkpoint: No." in panel.summary.text(), timeout=5000)
    first = panel._last
    assert first is not None and first.signer_card == shell.cards.readers[CHIEF.reader].card.serial
    panel.reader.setCurrentText(CHIEF.reader)
    panel.pin.setText(CHIEF.pin)
    panel.sign_button.click()
    assert panel.pin.text() == ""
    qtbot.waitUntil(lambda: "card remembers" in panel.status.text(), timeout=10000)
    assert panel._last is not None and panel._last.number == first.number + 1
    assert f"No. {first.number + 1}" in panel.summary.text()
    # A wrong PIN signs nothing and says so.
    panel.pin.setText("000000")
    panel.sign_button.click()
    qtbot.waitUntil(lambda: panel.sign_button.isEnabled(), timeout=10000)
    assert panel._last.number == first.number + 1
    assert "PIN" in panel.status.text()

    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=10000)
    dialog = panel.dialog
    assert dialog is not None and dialog.preview.page_count == 1
    pdf = bytes(dialog.preview._buffer.data().data())  # type: ignore[union-attr]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "审计链检查点见证单" in text and f"第 {first.number + 1} 号" in text
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "sheet.pdf").write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(Path(tmp) / "sheet.pdf"),
                        str(Path(tmp) / "page")], check=True)
        decoded = subprocess.run(["zbarimg", "--raw", "-q", str(Path(tmp) / "page-1.png")],
                                 capture_output=True, text=True, check=True).stdout
    assert decoded.startswith("LVCP/1|") and f"|{panel._last.record_seq}|" in decoded
    dialog.close()


def test_checkpoints_are_marked_and_details_are_the_stored_text(qtbot, make_shell) -> None:
    from PySide6.QtCore import Qt

    from desktop.domain.canonical import canonical_json
    from ui.audit_model import MARK

    shell = make_shell()
    unlock(qtbot, shell, CHIEF)
    view = _open(qtbot, shell)
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=5000)
    model = view.model
    assert model.entry(0).action == "audit.checkpoint"  # his card's, at the unlock
    for column in range(6):
        index = model.index(0, column)
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) is MARK
        font = model.data(index, Qt.ItemDataRole.FontRole)
        assert font is not None and font.bold()  # type: ignore[attr-defined]
        other = model.index(1, column)
        assert model.data(other, Qt.ItemDataRole.BackgroundRole) is None
        assert model.data(other, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    # the details' tooltip is the record as stored and hashed, not a re-encoding
    with shell.controller.session.vault_session.store.reading() as tx:
        stored = tx.audit_records.get(model.entry(1).seq)
    assert stored is not None
    assert stored.details and model.tip(1, 5) == canonical_json(stored.details).decode()
