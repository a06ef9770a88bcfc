"""The whole-file checks of an unlocked vault (issue 14).

Unlock checks what it must read — the header, the slot, the roster, the audit head
and the database pages those read (each page is authenticated by SQLCipher as it is
read) — and the whole file only when it is small (INLINE_CHECK_BYTES: the cost stays
bounded). Every page's HMAC and SQLite's quick_check then run after the unlock:

- in the background, one slice per job on the session's worker (``IntegrityPass``),
  with its progress in the status bar;
- in full on demand (``verify_whole_file``).

Once every page has authenticated, a backup checks the pages written since only
(db.page_ledger); before that, every page it copies (db.checked_copy).

A problem raises DatabaseCorrupt; the application then locks the vault."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ports import WholeFileCheck
from desktop.vault.errors import DatabaseCorrupt
from desktop.vault.session import Session

Progress = Callable[[float], None]

# Up to this size the whole file is checked at unlock as before: a few tens of ms at
# most, and a young vault's damage is refused before anything is shown.
INLINE_CHECK_BYTES = 8 * 1024 * 1024


def _no_progress(_: float) -> None:
    return None


class IntegrityPass:
    """One pass of the whole-file checks over a session's database. ``step()`` runs
    one slice (tens of ms) and raises DatabaseCorrupt on a problem; call it until
    ``done``, from the thread that runs the session's work."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._check: WholeFileCheck = session.store.whole_file_check(bytes(session.keys.dek))

    @property
    def done(self) -> bool:
        return self._check.done

    @property
    def fraction(self) -> float:
        return self._check.fraction

    def step(self) -> bool:
        """The next slice; True when the pass is complete."""
        if self._session.closed:
            return True
        problems = self._check.step()
        if problems:
            raise DatabaseCorrupt("; ".join(problems[:3]))
        return self._check.done


def verify_whole_file(session: Session, progress: Progress = _no_progress) -> None:
    """Every page's HMAC and SQLite's quick_check, in full, now (on demand). Raises
    DatabaseCorrupt; progress(fraction) after each slice."""
    check = IntegrityPass(session)
    progress(0.0)
    while not check.step():
        progress(check.fraction)
    progress(1.0)
