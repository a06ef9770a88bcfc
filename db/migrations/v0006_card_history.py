"""Corrections and voids of case cards, illegible postmarks and the Art 111 notice.

lead_card_changes keeps every saved change of a case card: the version it made, who,
when, why, and the changed fields' previous values — a lead is corrected openly and a
voided lead stays in the register with its reason (never deleted). A letter whose
postmark cannot be read records why instead of a date; a real-name report records
that the informant was told of the liability for a false accusation (CPL Art 111).
"""

STATEMENTS = (
    """
    CREATE TABLE lead_card_changes (
        id               INTEGER PRIMARY KEY,
        lead_id          INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        version          INTEGER NOT NULL,
        kind             TEXT NOT NULL CHECK (kind IN ('edit', 'void')),
        reason           TEXT NOT NULL CHECK (reason <> ''),
        fields           TEXT NOT NULL DEFAULT '[]',
        before           TEXT NOT NULL DEFAULT '{}',
        changed_by       INTEGER NOT NULL REFERENCES users (id),
        changed_by_name  TEXT NOT NULL DEFAULT '',
        changed_at       TEXT NOT NULL,
        UNIQUE (lead_id, version)
    ) STRICT
    """,
    # History is appended, never rewritten.
    """
    CREATE TRIGGER lead_card_changes_immutable BEFORE UPDATE ON lead_card_changes
    BEGIN
        SELECT RAISE(ABORT, 'the history of a case card is immutable');
    END
    """,
    "ALTER TABLE lead_reports ADD COLUMN postmark_illegible_reason TEXT NOT NULL DEFAULT ''",
    """
    ALTER TABLE lead_reports ADD COLUMN false_accusation_notice INTEGER NOT NULL DEFAULT 0
        CHECK (false_accusation_notice IN (0, 1))
    """,
)
