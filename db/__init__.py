"""db: everything SQL. SQLCipher connection (key first, pragmas), numbered migrations,
repositories returning domain objects, and the Store the workflows use (db.store)."""
