"""The demo vault: the demo cards provisioned, the vault created through the
set-up wizard's state machine exactly as a user would, and sample data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.app.clock import SystemClock
from desktop.app.session import AppSession
from desktop.app.setup_wizard import Person, SetupWizard
from desktop.app.workstation import Workstation
from desktop.demo.cards import DEMO_PEOPLE, DEMO_UNIT, DemoCards, DemoPerson
from desktop.domain.roles import Role
from desktop.policy import Action, allowed

if TYPE_CHECKING:
    from desktop.card.session import OpenPgpSession
    from desktop.vault.session import Session


def seed_leads_at_unlock(session: AppSession) -> None:
    """Fictional leads, recorded at a clerk's first demo unlock."""
    if allowed(session.user.role, Action.RECORD_LEAD):
        from desktop.demo.leads import seed_demo_leads

        seed_demo_leads(session.leads(), SystemClock().now())


def enrol_viewer_at_chief_unlock(services: Workstation, cards: DemoCards
                                 ) -> Callable[[AppSession], None]:
    """An on_unlock hook: a demo made through the wizard (the tour, `leadvault --demo`)
    gets its staff member at the chief's first unlock, as a chief enrols anyone: the
    staff member's card (taken from the drawer, in-process) and the chief's signature."""

    def hook(session: AppSession) -> None:
        chief, _, staff = DEMO_PEOPLE
        if session.user.role is not Role.CHIEF or any(
                role is staff.role for _, role, _ in services.vault().info().users):
            return
        from desktop.app.cards import provision
        from desktop.card.emulator import InProcessTransport
        from desktop.card.session import OpenPgpSession

        card = OpenPgpSession(InProcessTransport(cards.readers[staff.reader].card))
        try:
            provision(card, staff.name)
            _enrol(services, session.vault_session, chief, staff, card)
        finally:
            card.close()

    return hook


def _enrol(services: Workstation, session: Session, chief: DemoPerson, viewer: DemoPerson,
           card: OpenPgpSession) -> None:
    vault = services.vault()
    with services.cards.session(chief.reader) as chief_card:
        record = vault.enrollment_request(session, "user.add", viewer.name, viewer.role, card)
        vault.add_user(session, user_name=viewer.name, role=viewer.role, card=card,
                       pin=viewer.pin, password=viewer.password,
                       approval=vault.approve(chief_card, chief.pin, record))


def seed_demo_bags(services: Workstation, cards: DemoCards) -> int:
    """The demo's sample bags (desktop/demo/bags.py), recorded by the demo clerk
    with her card while it is in its reader (her first unlock also records the
    sample leads the bags hold). Returns how many bags were made."""
    from desktop.demo.bags import seed_demo_bags as seed

    reader = next(c.reader for c in cards.cards() if cards.role_of(c.reader) is Role.CLERK)
    password, pin = cards.password_and_pin(reader)
    session = services.unlock(reader, password, pin, lambda _f: None)
    try:
        leads = [row.number for row in session.leads().page(limit=8)]
        return seed(session.bags(), session.prints(), leads)
    finally:
        session.lock()


def prepare_demo_vault(services: Workstation, cards: DemoCards) -> str:
    """Provision the two demo cards and create the vault through the wizard's
    state machine, exactly as a user would. Returns the recovery code (tests
    recover with it; the demo itself never shows it)."""
    for person in DEMO_PEOPLE:
        holder = services.identify_card(person.reader)
        if holder.blank:
            services.provision_card(person.reader, person.name)
    wizard = SetupWizard(services.setup_backend())
    problems = wizard.submit_unit(DEMO_UNIT.name, DEMO_UNIT.code)
    problems += wizard.submit_data_folder(services.data_dir)
    wizard.calibrate(lambda _f: None)
    problems += wizard.finish_calibration()
    chief, clerk, staff = DEMO_PEOPLE
    problems += wizard.submit_chief(_person(services, chief))
    problems += wizard.add_clerk(_person(services, clerk))
    problems += wizard.create(lambda _f: None)
    code = wizard.take_recovery_code()
    problems += wizard.confirm_recovery(True)
    if problems:
        raise RuntimeError(f"demo setup refused: {problems}")
    wizard.finish()
    _enrol_viewer(services, chief, staff)
    return code


def _enrol_viewer(services: Workstation, chief: DemoPerson, viewer: DemoPerson) -> None:
    """The demo's staff member, enrolled as a chief enrols anyone: his card signs."""
    vault = services.vault()
    with services.cards.session(chief.reader) as chief_card:
        session = vault.unlock(chief_card, chief.password, chief.pin)
    try:
        with services.cards.session(viewer.reader) as card:
            _enrol(services, session, chief, viewer, card)
    finally:
        vault.lock(session)


def _person(services: Workstation, person: DemoPerson) -> Person:
    holder = services.identify_card(person.reader)
    return Person(
        person.name,
        person.role,
        holder.serial,
        person.reader,
        person.password,
        person.password,
        person.pin,
    )
