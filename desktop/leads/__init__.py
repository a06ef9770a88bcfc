"""The leads register's core: validation, identity encryption, deadlines, routing,
import and the use cases the screens and the CLI call through LeadService (no Qt, no
SQL)."""
