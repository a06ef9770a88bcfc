"""The application layer: what ui/ and the CLI call (DESIGN.md §1).

Qt-free and free of db/ and printing/: desktop.bootstrap hands in the stores
(through a vault factory) and the renderers."""
