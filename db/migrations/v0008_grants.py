"""Grants to viewers (DESIGN.md §6): what keyholders keep about grants.db.

``grant_inbox`` holds the inbox key pair viewers seal their requests and outbox
entries to (the private half only keyholders, who hold DEK, can read);
``grant_packages`` links each package in grants.db to its request, so revocation and
expiry can delete it; ``outbox_heads`` is the last outbox entry taken into the audit
chain per viewer slot, so a gap or a replay is seen; ``viewer_requests`` names the
outbox entry a request came from, so its state can be told back to the viewer."""

STATEMENTS = (
    """
    CREATE TABLE grant_inbox (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        public  BLOB NOT NULL CHECK (length(public) = 32),
        private BLOB NOT NULL CHECK (length(private) = 32)
    ) STRICT
    """,
    """
    CREATE TABLE grant_packages (
        package_id TEXT PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES approval_requests (id),
        recipient  TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        issued_at  TEXT NOT NULL,
        deleted_at TEXT
    ) STRICT
    """,
    "CREATE INDEX grant_packages_live ON grant_packages (deleted_at, expires_at)",
    """
    CREATE TABLE outbox_heads (
        sender   TEXT PRIMARY KEY,
        seq      INTEGER NOT NULL,
        entry_id TEXT NOT NULL,
        counter  INTEGER NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE viewer_requests (
        request_id INTEGER PRIMARY KEY REFERENCES approval_requests (id),
        sender     TEXT NOT NULL,
        seq        INTEGER NOT NULL,
        UNIQUE (sender, seq)
    ) STRICT
    """,
)
