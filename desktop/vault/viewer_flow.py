"""Viewers (DESIGN.md §6): director, deputy chief and staff hold a slot that wraps
only their own X25519 grant key. Their unlock opens that key and the verified
roster, never the database: what they see comes from grant packages sealed to
them (the approvals work builds those)."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ports import SmartCard
from desktop.vault import slot_keys, trust, viewer_conversion
from desktop.vault.errors import RosterMissing
from desktop.vault.session import ViewerSession
from desktop.vault.unlock_factors import UnlockFactors
from desktop.vault.wipe import wipe

Progress = Callable[[float], None]


def _no_progress(_: float) -> None:
    return None


class ViewerFlow(UnlockFactors):
    def unlock_viewer(
        self, card: SmartCard, password: str, pin: str, progress: Progress = _no_progress
    ) -> ViewerSession:
        """A viewer's grant key: the same three factors and checks as a keyholder's
        unlock (roster, slot, card, KDF floor, throttling), then his slot's grant
        key. A keyholder's card is refused (NotAViewer)."""
        with self._lock_existing():
            opening = self._open_factors(card, password, progress, keyholder=False)
            header, slot, roster = opening.header, opening.slot, opening.roster
            if roster is None:  # a viewer never signs the first roster
                raise RosterMissing()
            try:
                try:
                    if viewer_conversion.pending(slot):
                        entry = trust.entry_for_slot(roster, slot)
                        slot, grant_key = viewer_conversion.finish(
                            header, slot, card, pin, password, opening.machine,
                            opening.k_password, entry.grant_public,
                        )
                        # Outside the MAC: a viewer has no key to renew it with.
                        self._header.save(slot_keys.replace_slot(header, slot))
                    else:
                        grant_key = slot_keys.open_viewer_slot(
                            header, slot, card, pin, opening.machine, opening.k_password
                        )
                except Exception as exc:
                    if self._counts_as_failure(exc):
                        self._count_failure(header)
                    raise
            finally:
                wipe(opening.machine)
            progress(1.0)
            return ViewerSession(
                vault_id=header.vault_id, data_dir=self.data_dir,
                user_name=slot.meta.user_name, role=opening.role,
                card_serial=opening.enrolled.serial, slot_id=slot.meta.slot_id,
                grant_key=grant_key, grant_public=slot.meta.grant_public, roster=roster,
                user_id=slot.meta.user_id,
            )
