"""The chief's sealed backup card (DESIGN.md §6): enrolled in roster v1 at `vault
init`, it unlocks as a chief, signs checkpoints, and — his first card lost — signs
the roster version that replaces that card."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.roles import Role
from desktop.vault.create_flow import ChiefCard
from desktop.vault.header_file import HeaderFile
from tests.unit.vault_support import CHEAP, PIN, make_service, provisioned_card


def test_the_backup_card_is_a_chief_of_roster_v1_and_replaces_a_lost_card(
    tmp_path: Path,
) -> None:
    service = make_service(tmp_path / "v")
    chief, spare = provisioned_card(), provisioned_card()
    session, _ = service.create(
        unit_code="110000", unit_name="某院", user_name="王检", card=chief.session, pin=PIN,
        password="pw", kdf_params=CHEAP, development=True,
        backup=ChiefCard("王检（备用卡）", spare.session, PIN, "spare pw"),
    )
    assert session.roster is not None
    entries = session.roster.current.entries
    assert [(e.name, e.role, e.backup) for e in entries] == [
        ("王检", Role.CHIEF, False), ("王检（备用卡）", Role.CHIEF, True)]
    assert session.roster.founder().card_serial == chief.serial
    service.lock(session)
    assert spare.session.read_private_do(1)  # the backup card remembers the vault too

    # His first card is lost: with the backup card he unlocks (a checkpoint signed by
    # it) and gives "王检" a new card, signed by the backup card.
    backup_session = service.unlock(spare.session, "spare pw", PIN)
    assert backup_session.role is Role.CHIEF and backup_session.witnessed is not None
    new = provisioned_card()
    record = service.enrollment_request(backup_session, "card.replace", "王检", Role.CHIEF,
                                        new.session)
    service.replace_card_approved(
        backup_session, user_name="王检", new_card=new.session, new_pin=PIN,
        new_password="new pw", approval=service.approve(spare.session, PIN, record),
        acting_card=spare.session, acting_pin=PIN, acting_password="spare pw",
    )
    service.lock(backup_session)
    header = HeaderFile(service.data_dir).load().header
    assert len(header.roster) == 2
    again = service.unlock(new.session, "new pw", PIN)
    assert again.role is Role.CHIEF and again.user.name == "王检"
    service.lock(again)
