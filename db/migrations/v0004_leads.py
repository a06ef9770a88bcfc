"""The leads register (DESIGN.md §4; REGULATIONS.md Chapters II, III, VI, VII).

One case card (leads) per lead, many report events (lead_reports). Informant identity
lives only in lead_identity_fields as AES-256-GCM ciphertext under the lead's own key,
which is stored wrapped by IK in leads.identity_key. lead_fts indexes case cards and
report text (never identity); db/fts.py keeps it in step with the tables.
"""

STATEMENTS = (
    """
    CREATE TABLE lead_year_counters (
        year  INTEGER PRIMARY KEY,
        last  INTEGER NOT NULL CHECK (last >= 0)
    ) STRICT
    """,
    """
    CREATE TABLE leads (
        id                 INTEGER PRIMARY KEY,
        number             TEXT NOT NULL UNIQUE,
        year               INTEGER NOT NULL,
        serial             INTEGER NOT NULL,
        status             TEXT NOT NULL,
        category           TEXT NOT NULL,
        summary            TEXT NOT NULL DEFAULT '',
        disposition        TEXT,
        filing_level       TEXT NOT NULL,
        about_own_staff    INTEGER NOT NULL DEFAULT 0 CHECK (about_own_staff IN (0, 1)),
        storage_location   TEXT NOT NULL DEFAULT '',
        report_count       INTEGER NOT NULL DEFAULT 0,
        next_due_at        TEXT,
        first_received_at  TEXT NOT NULL,
        last_received_at   TEXT NOT NULL,
        identity_key       BLOB NOT NULL,
        created_by         INTEGER NOT NULL REFERENCES users (id),
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        version            INTEGER NOT NULL DEFAULT 1,
        channel            TEXT NOT NULL DEFAULT '',
        reported_unit      TEXT NOT NULL DEFAULT '',
        UNIQUE (year, serial)
    ) STRICT
    """,
    "CREATE INDEX leads_status ON leads (status)",
    "CREATE INDEX leads_received ON leads (first_received_at)",
    "CREATE INDEX leads_next_due ON leads (next_due_at) WHERE next_due_at IS NOT NULL",
    # The list's channel filter pages by id within a channel (the index holds the id).
    "CREATE INDEX leads_channel ON leads (channel)",
    """
    CREATE TABLE lead_reported_persons (
        id        INTEGER PRIMARY KEY,
        lead_id   INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        name      TEXT NOT NULL,
        unit      TEXT NOT NULL DEFAULT '',
        post      TEXT NOT NULL DEFAULT '',
        rank      TEXT NOT NULL,
        region    TEXT NOT NULL DEFAULT '',
        match_key TEXT NOT NULL,
        UNIQUE (lead_id, position)
    ) STRICT
    """,
    # Folded name and unit (desktop.domain.lead_keys.person_key): repeat-report lookup.
    "CREATE INDEX lead_reported_persons_match ON lead_reported_persons (match_key)",
    """
    CREATE TABLE lead_reports (
        id                    INTEGER PRIMARY KEY,
        lead_id               INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind                  TEXT NOT NULL CHECK (kind IN ('report', 'surrender')),
        channel               TEXT NOT NULL,
        received_at           TEXT NOT NULL,
        receiving_staff       TEXT NOT NULL DEFAULT '[]',
        original_text         TEXT NOT NULL,
        summary               TEXT NOT NULL DEFAULT '',
        real_name             INTEGER NOT NULL CHECK (real_name IN (0, 1)),
        pseudonym_code        TEXT UNIQUE,
        acknowledged          INTEGER NOT NULL DEFAULT 0,
        consent_to_record     INTEGER NOT NULL DEFAULT 0,
        transcript_read_back  INTEGER NOT NULL DEFAULT 0,
        transcript_signed     INTEGER NOT NULL DEFAULT 0,
        items_received        TEXT NOT NULL DEFAULT '[]',
        postmark_date         TEXT,
        origin                TEXT NOT NULL DEFAULT '',
        envelope_kept         INTEGER NOT NULL DEFAULT 0,
        reference             TEXT NOT NULL DEFAULT '',
        has_identity          INTEGER NOT NULL DEFAULT 0,
        new_content           INTEGER NOT NULL DEFAULT 1,
        recorded_by           INTEGER NOT NULL REFERENCES users (id),
        recorded_at           TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_reports_lead ON lead_reports (lead_id, received_at)",
    "CREATE INDEX lead_reports_received ON lead_reports (received_at)",
    # leads.channel (the first report's) and leads.reported_unit (the first reported
    # person's) are copies the list shows and filters on without a join per row; these
    # triggers keep them in step whichever code path writes the reports or persons.
    """
    CREATE TRIGGER lead_reports_first_channel AFTER INSERT ON lead_reports
    BEGIN
        UPDATE leads SET channel = (
            SELECT channel FROM lead_reports WHERE lead_id = NEW.lead_id
            ORDER BY received_at, id LIMIT 1
        ) WHERE id = NEW.lead_id;
    END
    """,
    """
    CREATE TRIGGER lead_reported_persons_first_unit AFTER INSERT ON lead_reported_persons
    WHEN NEW.position = 0
    BEGIN
        UPDATE leads SET reported_unit = NEW.unit WHERE id = NEW.lead_id;
    END
    """,
    """
    CREATE TRIGGER lead_reported_persons_first_unit_gone AFTER DELETE ON lead_reported_persons
    WHEN OLD.position = 0
    BEGIN
        UPDATE leads SET reported_unit = '' WHERE id = OLD.lead_id;
    END
    """,
    # Art 16: a report's original text is kept exactly as received.
    """
    CREATE TRIGGER lead_reports_original_immutable
    BEFORE UPDATE OF original_text, channel, received_at, kind ON lead_reports
    BEGIN
        SELECT RAISE(ABORT, 'the original report is immutable');
    END
    """,
    """
    CREATE TABLE lead_identity_fields (
        report_id   INTEGER NOT NULL REFERENCES lead_reports (id) ON DELETE CASCADE,
        field       TEXT NOT NULL,
        ciphertext  BLOB NOT NULL,
        PRIMARY KEY (report_id, field)
    ) STRICT
    """,
    """
    CREATE TABLE lead_attachments (
        id          INTEGER PRIMARY KEY,
        lead_id     INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        report_id   INTEGER REFERENCES lead_reports (id),
        file_name   TEXT NOT NULL,
        media_type  TEXT NOT NULL,
        size        INTEGER NOT NULL CHECK (size >= 0),
        sha256      TEXT NOT NULL,
        content     BLOB NOT NULL,
        added_by    INTEGER NOT NULL REFERENCES users (id),
        added_at    TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_attachments_lead ON lead_attachments (lead_id)",
    "CREATE INDEX lead_attachments_sha256 ON lead_attachments (sha256)",
    """
    CREATE TABLE lead_deadlines (
        id        INTEGER PRIMARY KEY,
        lead_id   INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        rule      TEXT NOT NULL,
        subject   TEXT NOT NULL DEFAULT '',
        starts_at TEXT NOT NULL,
        due_at    TEXT NOT NULL,
        met_at    TEXT
    ) STRICT
    """,
    "CREATE INDEX lead_deadlines_lead ON lead_deadlines (lead_id)",
    "CREATE INDEX lead_deadlines_open ON lead_deadlines (due_at) WHERE met_at IS NULL",
    """
    CREATE TABLE lead_routing (
        id            INTEGER PRIMARY KEY,
        lead_id       INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        decision      TEXT NOT NULL,
        target        TEXT NOT NULL DEFAULT '',
        filing_level  TEXT,
        reason        TEXT NOT NULL DEFAULT '',
        decided_by    INTEGER NOT NULL REFERENCES users (id),
        decided_at    TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_routing_lead ON lead_routing (lead_id)",
    """
    CREATE TABLE lead_replies (
        id                  INTEGER PRIMARY KEY,
        lead_id             INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        report_id           INTEGER NOT NULL REFERENCES lead_reports (id),
        form                TEXT NOT NULL,
        replied_at          TEXT NOT NULL,
        place               TEXT NOT NULL DEFAULT '',
        participants        TEXT NOT NULL DEFAULT '[]',
        content             TEXT NOT NULL DEFAULT '',
        informant_view      TEXT NOT NULL DEFAULT '',
        unreachable_reason  TEXT NOT NULL DEFAULT '',
        recorded_by         INTEGER NOT NULL REFERENCES users (id),
        recorded_at         TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_replies_lead ON lead_replies (lead_id)",
    """
    CREATE TABLE lead_risk_assessments (
        id           INTEGER PRIMARY KEY,
        lead_id      INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        report_id    INTEGER NOT NULL REFERENCES lead_reports (id),
        level        TEXT NOT NULL,
        factors      TEXT NOT NULL DEFAULT '[]',
        note         TEXT NOT NULL DEFAULT '',
        assessed_by  INTEGER NOT NULL REFERENCES users (id),
        assessed_at  TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_risk_assessments_lead ON lead_risk_assessments (lead_id)",
    """
    CREATE TABLE lead_protection_plans (
        id           INTEGER PRIMARY KEY,
        lead_id      INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        measures     TEXT NOT NULL DEFAULT '[]',
        responsible  TEXT NOT NULL,
        review_on    TEXT NOT NULL,
        created_by   INTEGER NOT NULL REFERENCES users (id),
        created_at   TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX lead_protection_plans_lead ON lead_protection_plans (lead_id)",
    """
    CREATE TABLE lead_assistance_requests (
        id                          INTEGER PRIMARY KEY,
        lead_id                     INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        urgent                      INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        summary                     TEXT NOT NULL DEFAULT '',
        received_at                 TEXT NOT NULL,
        facts_ascertained_at        TEXT,
        reported_to_chief_at        TEXT,
        police_notified_at          TEXT,
        judicial_police_measures_at TEXT,
        recorded_by                 INTEGER NOT NULL REFERENCES users (id)
    ) STRICT
    """,
    "CREATE INDEX lead_assistance_requests_lead ON lead_assistance_requests (lead_id)",
    # Text is stored with CJK characters spaced out (db/fts.py), so a phrase query finds
    # any run of characters, a two-character name included.
    """
    CREATE VIRTUAL TABLE lead_fts USING fts5 (
        body, tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
)
