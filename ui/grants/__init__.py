"""A viewer's screens (DESIGN §6): what the chief granted him, and his requests."""
