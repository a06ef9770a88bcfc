"""Confidential bag workflows (DESIGN.md §5): the number register, bag changes
with their audit records, unsealing with the chief procurator's card, QR tags
and keyboard-wedge scanning. Qt-free; ui/ and the CLI call BagService."""
