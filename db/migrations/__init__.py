"""Numbered schema migrations.

Each migration is a module `vNNNN_name.py` in this package defining
`STATEMENTS: tuple[str, ...]` (one SQL statement each; triggers may contain `;`),
and optionally `def upgrade(db: Database) -> None` for data changes run after them.
Numbers start at 1 and have no gaps. Each migration runs in its own transaction
together with `PRAGMA user_version = N`, so a crash leaves the schema at N-1 or N.

To add one (leads, bags, approvals …): add the next vNNNN_*.py file. The test in
tests/db/test_migrations.py then upgrades from every earlier version automatically.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass

from db.connection import Database
from desktop.domain.storage import MigrationFailed, SchemaTooNew, StorageError

_MODULE = re.compile(r"v(\d{4})_([a-z0-9_]+)")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]
    upgrade: Callable[[Database], None] | None = None


def discover() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        match = _MODULE.fullmatch(info.name)
        if match is None:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        statements = getattr(module, "STATEMENTS", ())
        upgrade = getattr(module, "upgrade", None)
        found.append(Migration(int(match[1]), match[2], tuple(statements), upgrade))
    found.sort(key=lambda m: m.version)
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise StorageError(f"migrations are not numbered 1..N: missing {expected:04d}")
    return tuple(found)


MIGRATIONS = discover()
LATEST = len(MIGRATIONS)


def migrate(db: Database, target: int = LATEST) -> list[int]:
    """Bring the schema up to `target`; return the versions applied. Refuses a database
    newer than this program (SchemaTooNew) rather than guessing."""
    current = db.user_version
    if current > LATEST:
        raise SchemaTooNew(current, LATEST)
    applied: list[int] = []
    for migration in MIGRATIONS[current:target]:
        _apply(db, migration)
        applied.append(migration.version)
    return applied


def _apply(db: Database, migration: Migration) -> None:
    try:
        with db.transaction():
            for statement in migration.statements:
                db.execute(statement)
            if migration.upgrade is not None:
                migration.upgrade(db)
            # user_version lives in page 1, so it commits (or not) with the schema change.
            db.execute(f"PRAGMA user_version = {migration.version:d}")
    except StorageError as error:
        raise MigrationFailed(migration.version, migration.name, str(error)) from error
