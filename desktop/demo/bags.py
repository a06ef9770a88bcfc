"""Sample confidential bags for the demo (`leadvault --demo`): recorded by the
demo clerk through the session's bags and prints like any clerk's work, holding
the demo's fictional leads, so the bag screens and the chief's list have
something to show."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.app.ports import BagsPort, PrintsPort

RECEIVER = "王秘书"  # the chief procurator's (fictional) secretary


def seed_demo_bags(bags: BagsPort, prints: PrintsPort, lead_numbers: Sequence[str]) -> int:
    """Four bags unless there are bags already: two handed over (awaiting the
    chief procurator), one sealed, one still open. Returns how many were made."""
    if bags.list_bags():
        return 0
    leads = list(lead_numbers)

    def take(count: int) -> list[str]:
        taken, leads[:count] = leads[:count], []
        return taken

    handed = [
        bags.create(leads=take(2), items=2, pages=14),
        bags.create(leads=take(1), items=1, pages=6),
    ]
    for stored in handed:
        bags.seal(stored.bag.number)
        prints.issue(prints.cover_sheet(stored.bag.number))
        bags.hand_over(stored.bag.number, RECEIVER)
    sealed = bags.create(leads=take(1), items=1, pages=3)
    bags.seal(sealed.bag.number)
    prints.issue(prints.cover_sheet(sealed.bag.number))
    bags.create(items=3, pages=20)
    return 4
