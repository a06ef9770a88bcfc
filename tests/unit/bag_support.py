"""Helpers (no tests) for the bag tests: minimal leads-register rows, so bags
have real lead numbers to reference (the leads workflows fill them in the app)."""

from __future__ import annotations

from db.connection import Database

_WHEN = "2026-03-01T08:00:00.000000Z"


def insert_user(db: Database, name: str = "clerk", role: str = "clerk") -> int:
    return db.insert(
        "INSERT INTO users (name, role, created_at) VALUES (?, ?, ?)", (name, role, _WHEN)
    )


def insert_leads(db: Database, *numbers: str, created_by: int = 1) -> None:
    """Case cards with only what the schema requires, e.g. insert_leads(db, "2026-00001")."""
    for number in numbers:
        year, serial = number.split("-")
        db.execute(
            "INSERT INTO leads (number, year, serial, status, category, filing_level,"
            " first_received_at, last_received_at, identity_key, created_by, created_at,"
            " updated_at) VALUES (?, ?, ?, 'registered', 'other', 'own', ?, ?, ?, ?, ?, ?)",
            (number, int(year), int(serial), _WHEN, _WHEN, b"\0" * 40, created_by, _WHEN, _WHEN),
        )
