"""Drafts of forms being edited, saved before the vault locks."""

STATEMENTS = (
    """
    CREATE TABLE drafts (
        id          INTEGER PRIMARY KEY,
        owner       INTEGER NOT NULL REFERENCES users (id),
        form_kind   TEXT NOT NULL,
        payload     BLOB NOT NULL,
        updated_at  TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX drafts_owner ON drafts (owner)",
)
