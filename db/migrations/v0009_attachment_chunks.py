"""Attachments in sealed chunks (issue 14): a 50 MB file is written and read a chunk
at a time, never whole in memory more than once. ``chunks`` = 0 keeps the earlier
form (the whole file sealed in lead_attachments.content); n > 0: content is empty
and the n chunks are rows here, each sealed on its own (desktop.leads.attachments)."""

from __future__ import annotations

STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE lead_attachments ADD COLUMN chunks INTEGER NOT NULL DEFAULT 0"
    " CHECK (chunks >= 0)",
    """
    CREATE TABLE lead_attachment_chunks (
        attachment_id INTEGER NOT NULL REFERENCES lead_attachments (id) ON DELETE CASCADE,
        seq           INTEGER NOT NULL CHECK (seq >= 0),
        sealed        BLOB NOT NULL,
        PRIMARY KEY (attachment_id, seq)
    ) STRICT
    """,
)
