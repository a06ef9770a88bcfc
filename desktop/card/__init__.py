"""OpenPGP smart card client: transport-agnostic APDU/TLV/session layers,
one PC/SC adapter (pcsc.py), a monitor, and a virtual card (emulator/)."""
