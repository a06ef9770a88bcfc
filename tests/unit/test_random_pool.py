"""The bulk import's random pool: every byte handed out once, in the sizes asked."""

from __future__ import annotations

from desktop.leads import identity
from desktop.leads.pseudonym import new_pseudonym_code
from desktop.leads.random_pool import BLOCK, RandomPool


def test_slices_follow_each_other_through_block_boundaries() -> None:
    pool = RandomPool()
    sizes = [32, 12, 12, 7, BLOCK - 63, 12, BLOCK + 5, 1]
    taken = [pool.take(size) for size in sizes]
    assert [len(t) for t in taken] == sizes
    # A value never straddles two blocks; one too large for a block gets its own.
    assert len({t for t in taken if len(t) >= 12}) == len([t for t in taken if len(t) >= 12])


def test_keys_nonces_and_codes_from_a_pool_are_all_distinct() -> None:
    take = RandomPool().take
    keys = {identity.new_lead_key(take) for _ in range(3000)}
    codes = {new_pseudonym_code(take) for _ in range(3000)}
    assert len(keys) == 3000 and len(codes) == 3000
