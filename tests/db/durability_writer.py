"""A writer process for the durability tests (run with `python -m`, killed with SIGKILL).

Keys come from the environment, never argv: LEADVAULT_TEST_DEK (hex), and for `rekey`
LEADVAULT_TEST_NEW_DEK. Modes:
  write PATH LAST   audited writes up to audit seq LAST; prints each committed seq
  rekey PATH        prints "rekeying", rekeys to the new DEK, prints "rekeyed"
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from db.store import SqlCipherStoreFactory
from desktop.audit.log import AuditLog


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    dek = bytes.fromhex(os.environ["LEADVAULT_TEST_DEK"])
    store = SqlCipherStoreFactory(SystemClock(), AuditLog).open(path, dek, verify_integrity=False)
    if mode == "rekey":
        print("rekeying", flush=True)
        store.rekey(bytes.fromhex(os.environ["LEADVAULT_TEST_NEW_DEK"]))
        print("rekeyed", flush=True)
        store.close()
        return 0
    last = int(sys.argv[3])
    seq = store.audit_head().seq
    while seq < last:
        with store.transaction() as tx:
            n = tx.audit_records.head().seq + 1
            tx.settings.set(f"write.{n}", f"value {n}")
            record = tx.audit.append("system", "settings.change", f"setting:write.{n}",
                                     {"n": n})
        seq = record.seq
        # Reported only after COMMIT returned: the test holds us to every number printed.
        print(seq, flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
