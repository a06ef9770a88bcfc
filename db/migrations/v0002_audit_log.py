"""The append-only audit log (DESIGN.md §7)."""

STATEMENTS = (
    """
    CREATE TABLE audit_log (
        seq        INTEGER PRIMARY KEY,
        time       TEXT NOT NULL,
        actor      TEXT NOT NULL,
        action     TEXT NOT NULL,
        subject    TEXT NOT NULL,
        details    TEXT NOT NULL,
        prev_hash  TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash       TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT
    """,
    # Append-only: the software never edits or removes a record; a tamperer must drop
    # these triggers first, and the hash chain then shows where.
    # Only the next record may be inserted, linked to the current head. This also stops
    # INSERT OR REPLACE, which would delete a record without firing the delete trigger.
    """
    CREATE TRIGGER audit_log_append_in_order BEFORE INSERT ON audit_log
    WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
      OR NEW.prev_hash IS NOT coalesce(
             (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),
             '0000000000000000000000000000000000000000000000000000000000000000')
    BEGIN
        SELECT RAISE(ABORT, 'audit_log records are appended in order');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
    END
    """,
)
