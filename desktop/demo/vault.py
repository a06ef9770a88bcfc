"""The demo vault: the two demo cards provisioned, the vault created through the
set-up wizard's state machine exactly as a user would, and sample data."""

from __future__ import annotations

from desktop.app.clock import SystemClock
from desktop.app.session import AppSession
from desktop.app.setup_wizard import Person, SetupWizard
from desktop.app.workstation import Workstation
from desktop.demo.cards import DEMO_PEOPLE, DEMO_UNIT, DemoCards, DemoPerson
from desktop.domain.roles import Role
from desktop.policy import Action, allowed


def seed_leads_at_unlock(session: AppSession) -> None:
    """Fictional leads, recorded at a clerk's first demo unlock."""
    if allowed(session.user.role, Action.RECORD_LEAD):
        from desktop.demo.leads import seed_demo_leads

        seed_demo_leads(session.leads(), SystemClock().now())


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


def prepare_demo_vault(services: Workstation, cards: DemoCards) -> None:
    """Provision the two demo cards and create the vault through the wizard's
    state machine, exactly as a user would."""
    for person in DEMO_PEOPLE:
        holder = services.identify_card(person.reader)
        if holder.blank:
            services.provision_card(person.reader, person.name)
    wizard = SetupWizard(services.setup_backend())
    problems = wizard.submit_unit(DEMO_UNIT.name, DEMO_UNIT.code)
    problems += wizard.submit_data_folder(services.data_dir)
    wizard.calibrate(lambda _f: None)
    problems += wizard.finish_calibration()
    chief, clerk = DEMO_PEOPLE
    problems += wizard.submit_chief(_person(services, chief))
    problems += wizard.add_clerk(_person(services, clerk))
    problems += wizard.create(lambda _f: None)
    wizard.take_recovery_code()
    problems += wizard.confirm_recovery(True)
    if problems:
        raise RuntimeError(f"demo setup refused: {problems}")
    wizard.finish()


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
