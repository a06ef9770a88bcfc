"""Routing rules (Chapter III; Art 59(4); Art 76).

Routing to a unit that is a reported unit of the lead, or to a target naming a reported
person, is refused, not warned. A lead
about the procuratorate's own staff goes to its discipline inspection department.
"""

from __future__ import annotations

from desktop.domain.lead_keys import unit_key
from desktop.domain.leads import Disposition, FilingLevel, ReportedPerson
from desktop.leads.errors import (
    MustGoToDisciplineInspection,
    RoutedToReportedPerson,
    RoutedToReportedUnit,
)

DISCIPLINE_INSPECTION_SETTING = "leads.discipline_inspection_department"
DEFAULT_DISCIPLINE_INSPECTION = "纪检监察部门"


def check_route(
    disposition: Disposition,
    target: str,
    persons: tuple[ReportedPerson, ...],
    about_own_staff: bool,
    discipline_inspection: str = DEFAULT_DISCIPLINE_INSPECTION,
) -> None:
    target_key = unit_key(target)
    if target_key:
        for person in persons:
            unit = unit_key(person.unit)
            # "X市公安局" also refuses "X市公安局治安支队": a part of the reported unit.
            if unit and (target_key == unit or target_key.startswith(unit)):
                raise RoutedToReportedUnit(person.unit)
            name = unit_key(person.name)
            # "交张三处理" names the reported person: materials never go to him (Art 59(4)).
            if len(name) >= 2 and name in target_key:
                raise RoutedToReportedPerson(person.name)
    if (
        about_own_staff
        and disposition is Disposition.ACCEPT_AND_ROUTE
        and target_key != unit_key(discipline_inspection)
    ):
        raise MustGoToDisciplineInspection(discipline_inspection)


def route_level(disposition: Disposition, computed: FilingLevel) -> FilingLevel | None:
    """The level a decision records: filing upward goes to the level the ranks call for."""
    return computed if disposition is Disposition.FILE_UPWARD else None

