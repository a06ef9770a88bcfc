"""Backups of the vault folder to removable media and their restore (DESIGN.md §10)."""
