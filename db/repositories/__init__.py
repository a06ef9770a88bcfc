"""SQL repositories returning domain objects; each works on the caller's Database
inside the caller's transaction."""
