"""The QR tag key is derived from the session's DEK when needed, never kept:
nothing key-like outlives the session's wiped DEK, and after a rekey the same
bag service tags with the new key (labels printed before are flagged, as the
tag_key module says)."""

from __future__ import annotations

from desktop.bags.scanning import ForgedLabel, OpenedBag
from desktop.bags.tag_key import qr_tag_key
from desktop.domain.qr_tag import parse_payload, verify_payload
from tests.unit.test_bag_workflows import LEADS, World, world
from tests.unit.vault_support import PIN

__all__ = ["world"]  # the fixture, shared with test_bag_workflows


def test_the_bag_service_keeps_no_key(world: World) -> None:
    assert not [v for v in vars(world.bags).values() if isinstance(v, bytes | bytearray)]


def test_tags_follow_the_sessions_key_through_a_rekey(world: World) -> None:
    number = world.bags.create(leads=[LEADS[0]]).bag.number
    world.bags.seal(number)
    before = world.bags.issue_cover_sheet(number)
    world.vault.service.rekey(world.session, world.clerk.session, PIN, "clerk pw")
    after = world.bags.issue_cover_sheet(number)  # the service made before the rekey
    verify_payload(qr_tag_key(world.session.keys.dek), parse_payload(after.qr_text))
    assert isinstance(world.bags.open_scanned(after.qr_text), OpenedBag)
    assert world.bags.open_scanned(before.qr_text) == ForgedLabel(number, before.copy_number)
