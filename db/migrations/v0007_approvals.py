"""Requests to the chief procurator and his signed decisions (DESIGN.md §6).

A request is kept as the canonical JSON its hash covers; a decision as the exact
envelope bytes his card signed and the signature, so every enforcement point checks
them again. Decisions are never rewritten: using a single-use decision or revoking
one only stamps when."""

STATEMENTS = (
    """
    CREATE TABLE approval_requests (
        id        INTEGER PRIMARY KEY,
        hash      TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
        body      TEXT NOT NULL,
        kind      TEXT NOT NULL,
        requester TEXT NOT NULL,
        filed_at  TEXT NOT NULL,
        state     TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'approved', 'refused', 'used', 'revoked'))
    ) STRICT
    """,
    "CREATE INDEX approval_requests_by_state ON approval_requests (state, id)",
    """
    CREATE TABLE approval_decisions (
        request_id INTEGER PRIMARY KEY REFERENCES approval_requests (id),
        envelope   BLOB NOT NULL,
        signature  BLOB NOT NULL,
        signer     TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        used_at    TEXT,
        revoked_at TEXT
    ) STRICT
    """,
    """
    CREATE TRIGGER approval_decisions_kept BEFORE UPDATE OF envelope, signature, signer
    ON approval_decisions
    BEGIN
        SELECT RAISE(ABORT, 'a signed decision is never rewritten');
    END
    """,
)
