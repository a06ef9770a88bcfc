"""Indexes for the audit view's filters (issue 13): a user's, an action's or a
subject's records paged by seq, each page one index range however long the chain."""

STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS audit_log_by_actor ON audit_log (actor, seq)",
    "CREATE INDEX IF NOT EXISTS audit_log_by_action ON audit_log (action, seq)",
    "CREATE INDEX IF NOT EXISTS audit_log_by_subject ON audit_log (subject, seq)",
)
