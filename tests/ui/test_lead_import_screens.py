"""The import screen on the real shell: a CSV register is checked first (a dry run,
every problem listed by line and column, nothing imported), then a good file is
imported all or nothing with a progress bar, the register grows, and the clerk is
reminded to destroy the file."""

from __future__ import annotations

from tests.db.test_leads_import import GOOD, csv_bytes
from tests.ui.test_leads_screens import _audit_actions, _section, _settled


def test_a_bad_file_is_listed_by_line_and_nothing_is_imported(qtbot, make_shell) -> None:
    shell, section = _section(qtbot, make_shell)
    view = section.import_view
    assert view is not None
    bad = [GOOD[0], GOOD[1].replace("电话", "pigeon"),
           GOOD[2].replace("010-62345678", "12345")]
    view.load("旧登记簿.csv", csv_bytes(bad, "gb18030"))
    _settled(qtbot, section)
    assert view.status.text() == "Nothing was imported: the file has 2 problem(s)."
    cells = [[view.problems.item(r, c).text() for c in range(3)]
             for r in range(view.problems.rowCount())]
    assert cells == [["3", "Channel", "Unknown value."],
                     ["5", "Informant's phone", "Not in the expected form."]]
    assert not view.import_button.isEnabled()
    assert section.register_list.model.rowCount() == 24
    assert "lead.import" not in _audit_actions(shell)


def test_a_good_file_is_imported_and_the_clerk_reminded_to_destroy_it(
    qtbot, make_shell
) -> None:
    shell, section = _section(qtbot, make_shell)
    view = section.import_view
    assert view is not None
    view.load("旧登记簿.csv", csv_bytes(GOOD))
    _settled(qtbot, section)
    assert view.status.text().startswith("旧登记簿.csv: 3 rows, all good (UTF-8).")
    assert view.import_button.isEnabled() and "lead.import" not in _audit_actions(shell)
    view.import_button.click()
    _settled(qtbot, section)
    assert view.status.text().startswith("3 leads were imported:")
    assert view.progress.value() == view.progress.maximum() == 1
    assert "destroy the file 旧登记簿.csv" in view.reminder.text()
    assert section.register_list.model.rowCount() == 27
    assert _audit_actions(shell).count("lead.import") == 1
