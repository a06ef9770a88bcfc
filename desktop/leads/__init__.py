"""The leads register's core: validation, identity encryption, deadlines, routing,
duplicates, import and the workflows the screens and the CLI call (no Qt, no SQL)."""
