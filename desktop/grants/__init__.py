"""Grants to viewers (DESIGN.md §6): packages sealed to a viewer's grant key, the
keyholders' inbox key viewers seal to, and the viewers' card-signed outbox."""
