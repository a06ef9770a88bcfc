"""Audit records in plain words: every action the core records has words in both
languages, details name their keys and codes in words with local times, subjects
name leads by number; the chief's audit view shows them so."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.policy import Section
from tests.ui.conftest import CHIEF, CLERK, unlock
from tests.ui.test_audit_view import _column
from ui.audit_details import detail_words, local_time, subject_words
from ui.audit_view import AuditView
from ui.audit_words import action_words
from ui.i18n import CHINESE

ROOT = Path(__file__).resolve().parents[2]
# tx.audit.append(actor, "lead.create", …), self._record("document.print", …)
_RECORDED = re.compile(
    r'(?:\.append\(\s*[^,()]*(?:\([^()]*\))?[^,()]*,\s*|_record\(\s*|_audit\(\s*)'
    r'"([a-z_]+\.[a-z_.-]+)"', re.S)


def _recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        found |= set(_RECORDED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_recorded_action_has_words(qapp) -> None:  # type: ignore[no-untyped-def]
    actions = _recorded_actions()
    assert {"lead.create", "document.print", "bag.scan-forged", "lead.void"} <= actions
    assert [a for a in sorted(actions) if action_words(a) == a] == []


def _recorded_detail_keys() -> dict[str, str]:
    """The keys of the details dicts written with an audit record (a dict literal given
    to .append / _record / _audit / _workstation_event in the core): key → file."""
    import ast

    found: dict[str, str] = {}
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("append", "_record", "_audit",
                                           "_workstation_event")):
                continue
            for arg in node.args:
                if isinstance(arg, ast.Dict):
                    for key in arg.keys:
                        if isinstance(key, ast.Constant) and isinstance(key.value, str):
                            found.setdefault(key.value, path.name)
    return found


def test_every_recorded_detail_key_has_words(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.audit_details import _key_words

    keys = _recorded_detail_keys()
    assert {"adds_new", "note_matches", "source_sha256", "viewers_converted"} <= set(keys)
    words = _key_words()
    assert {k: f for k, f in keys.items() if k not in words} == {}


def test_details_in_words_with_local_times(qapp) -> None:  # type: ignore[no-untyped-def]
    details = json.dumps({"adds_new": True, "channel": "phone", "kind": "report",
                          "fields": ["summary", "reported_persons"],
                          "review_on": "2026-03-01T01:02:03.000000Z", "unknown_key": 3})
    words = detail_words(details)
    stamp = local_time("2026-03-01T01:02:03.000000Z")
    assert stamp == datetime(2026, 3, 1, 1, 2, 3, tzinfo=UTC).astimezone().strftime(
        "%Y-%m-%d %H:%M:%S")
    assert words == ("brings new content: yes; channel: Phone; kind: report; "
                     "fields changed: Summary, Reported persons; "
                     f"review on: {stamp}; unknown_key: 3")
    assert subject_words("lead:2026-00012") == "Lead 2026-00012"
    assert subject_words("bag:110000-2026-000001-3") == "Bag 110000-2026-000001-3"
    assert subject_words("张三") == "张三"


def test_the_audit_view_names_leads_by_number_in_chinese(
    qtbot, make_shell, tmp_path: Path
) -> None:
    shell = make_shell(language=CHINESE)
    shell.window.resize(1200, 760)
    unlock(qtbot, shell, CLERK)  # the demo's leads are recorded at the clerk's unlock
    session = shell.controller.session
    row = session.leads().page(limit=1)[0]
    session.leads().view(row.id)
    shell.cards.remove(CLERK.reader)
    qtbot.waitUntil(lambda: shell.controller.session is None, timeout=10000)
    unlock(qtbot, shell, CHIEF)
    ws = shell.controller.workspace
    ws.open(Section.AUDIT)
    view = ws.page(Section.AUDIT)
    assert isinstance(view, AuditView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "时间"
    subjects, details = _column(view, 4), _column(view, 5)
    assert f"线索 {row.number}" in subjects
    assert not any(s.startswith("lead:") for s in subjects)
    viewed = subjects.index(f"线索 {row.number}")
    assert details[viewed] == f"线索：{row.number}"
    assert all(not re.search(r"\"[a-z_]+\":", d) for d in details)  # no raw JSON keys
    assert "2" in _column(view, 1)[0] and "T" not in _column(view, 1)[0]
    folder = Path(os.environ.get("LEADVAULT_LEAD_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert shell.window.grab().save(str(folder / "audit-words.png"))


def test_grant_scopes_and_the_outbox_are_words(qapp) -> None:  # type: ignore[no-untyped-def]
    text = detail_words(json.dumps({"scope": ["case-card", "identity"], "via": "outbox"}))
    assert "case-card" not in text and "outbox" in text and "case card" in text
    assert "identity" in text and "signed outbox" in text
