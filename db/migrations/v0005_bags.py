"""Confidential bags: the number register, bags, their leads, events, unsealings,
and printed copies (DESIGN.md §4, §5).

Numbers are issued from a counter per unit and year in the transaction that
creates the bag; register rows are never deleted and only ever voided, so a
number is never given out twice. Bag events and unsealing evidence are
append-only like the audit log."""

STATEMENTS = (
    """
    CREATE TABLE number_counters (
        unit_code    TEXT NOT NULL CHECK (length(unit_code) = 6),
        year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2099),
        last_serial  INTEGER NOT NULL CHECK (last_serial BETWEEN 1 AND 999999),
        PRIMARY KEY (unit_code, year)
    ) STRICT
    """,
    # A counter only moves forward: a lower serial would reissue numbers.
    """
    CREATE TRIGGER number_counters_forward BEFORE UPDATE ON number_counters
    WHEN NEW.last_serial <= OLD.last_serial
      OR NEW.unit_code IS NOT OLD.unit_code OR NEW.year IS NOT OLD.year
    BEGIN
        SELECT RAISE(ABORT, 'number counters only move forward');
    END
    """,
    """
    CREATE TRIGGER number_counters_no_delete BEFORE DELETE ON number_counters
    BEGIN
        SELECT RAISE(ABORT, 'number counters are never deleted');
    END
    """,
    """
    CREATE TABLE confidential_numbers (
        number     TEXT PRIMARY KEY CHECK (length(number) = 20),
        unit_code  TEXT NOT NULL CHECK (length(unit_code) = 6),
        year       INTEGER NOT NULL,
        serial     INTEGER NOT NULL CHECK (serial BETWEEN 1 AND 999999),
        issued_at  TEXT NOT NULL,
        issued_by  TEXT NOT NULL,
        voided_at  TEXT,
        UNIQUE (unit_code, year, serial)
    ) STRICT
    """,
    # A register line is never removed or renumbered; it may only become void, once.
    """
    CREATE TRIGGER confidential_numbers_void_only BEFORE UPDATE ON confidential_numbers
    WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL
      OR NEW.number IS NOT OLD.number OR NEW.unit_code IS NOT OLD.unit_code
      OR NEW.year IS NOT OLD.year OR NEW.serial IS NOT OLD.serial
      OR NEW.issued_at IS NOT OLD.issued_at OR NEW.issued_by IS NOT OLD.issued_by
    BEGIN
        SELECT RAISE(ABORT, 'a confidential number can only be voided');
    END
    """,
    """
    CREATE TRIGGER confidential_numbers_no_delete BEFORE DELETE ON confidential_numbers
    BEGIN
        SELECT RAISE(ABORT, 'the confidential number register is never deleted from');
    END
    """,
    """
    CREATE TABLE bags (
        id              INTEGER PRIMARY KEY,
        number          TEXT NOT NULL UNIQUE REFERENCES confidential_numbers (number),
        sender          TEXT NOT NULL,
        recipient       TEXT NOT NULL,
        created_at      TEXT NOT NULL,
        state           TEXT NOT NULL CHECK (state IN (
                            'draft', 'sealed', 'handed-over', 'unsealed', 'resealed',
                            'returned', 'void')),
        items           INTEGER NOT NULL CHECK (items >= 0),
        pages           INTEGER NOT NULL CHECK (pages >= 0),
        sealed_by       TEXT,
        sealed_at       TEXT,
        holder          TEXT,
        handed_over_at  TEXT,
        void_reason     TEXT,
        version         INTEGER NOT NULL CHECK (version >= 1)
    ) STRICT
    """,
    "CREATE INDEX bags_state ON bags (state)",
    """
    CREATE TRIGGER bags_no_delete BEFORE DELETE ON bags
    BEGIN
        SELECT RAISE(ABORT, 'bags are never deleted (void them)');
    END
    """,
    # The leads in a bag, by their number in the leads register (a lead that went
    # into a bag cannot be deleted from under it).
    """
    CREATE TABLE bag_leads (
        bag_id       INTEGER NOT NULL REFERENCES bags (id),
        position     INTEGER NOT NULL,
        lead_number  TEXT NOT NULL REFERENCES leads (number),
        PRIMARY KEY (bag_id, position),
        UNIQUE (bag_id, lead_number)
    ) STRICT
    """,
    "CREATE INDEX bag_leads_lead ON bag_leads (lead_number)",
    """
    CREATE TABLE bag_events (
        id          INTEGER PRIMARY KEY,
        bag_id      INTEGER NOT NULL REFERENCES bags (id),
        version     INTEGER NOT NULL,
        action      TEXT NOT NULL,
        from_state  TEXT,
        to_state    TEXT NOT NULL,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        details     TEXT NOT NULL,
        UNIQUE (bag_id, version)
    ) STRICT
    """,
    """
    CREATE TABLE bag_unsealings (
        event_id        INTEGER PRIMARY KEY REFERENCES bag_events (id),
        record          BLOB NOT NULL,
        signature       BLOB NOT NULL,
        signer_serial   TEXT NOT NULL,
        signer_user_id  INTEGER NOT NULL REFERENCES users (id)
    ) STRICT
    """,
    """
    CREATE TABLE printed_copies (
        copy_number  INTEGER PRIMARY KEY CHECK (copy_number BETWEEN 1 AND 999999),
        document     TEXT NOT NULL,
        subject      TEXT NOT NULL,
        printed_at   TEXT NOT NULL,
        printed_by   TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX printed_copies_subject ON printed_copies (subject)",
    *(
        f"""
        CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}
        BEGIN
            SELECT RAISE(ABORT, '{table} is append-only');
        END
        """
        for table in ("bag_events", "bag_unsealings", "printed_copies", "bag_leads")
        for verb in ("update", "delete")
    ),
)
