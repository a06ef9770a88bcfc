"""Users, their cards, and settings."""

STATEMENTS = (
    """
    CREATE TABLE users (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role        TEXT NOT NULL
                    CHECK (role IN ('clerk', 'director', 'deputy-chief', 'chief', 'staff')),
        created_at  TEXT NOT NULL,
        removed_at  TEXT
    ) STRICT
    """,
    # Names are unique among active users only; a removed user's name may come back.
    "CREATE UNIQUE INDEX users_active_name ON users (name) WHERE removed_at IS NULL",
    """
    CREATE TABLE cards (
        serial                  TEXT PRIMARY KEY,
        user_id                 INTEGER NOT NULL REFERENCES users (id),
        signature_key           BLOB NOT NULL,
        signature_algorithm     TEXT NOT NULL,
        signature_fingerprint   TEXT NOT NULL,
        decryption_key          BLOB NOT NULL,
        decryption_algorithm    TEXT NOT NULL,
        decryption_fingerprint  TEXT NOT NULL,
        enrolled_at             TEXT NOT NULL,
        retired_at              TEXT
    ) STRICT
    """,
    "CREATE INDEX cards_user ON cards (user_id)",
    """
    CREATE TABLE settings (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
    ) STRICT
    """,
)
