"""The demo (`leadvault --demo`): virtual cards, fictional leads and bags."""
