"""The single composition root: builds the real or the demo services for the GUI
and the CLI. The only module of desktop/ that imports db and printing.

Real: PC/SC cards (pcscd), the OS keyring, the vault in the data folder.
Demo: two in-process virtual cards in two virtual readers, a throw-away data
folder deleted at exit, and a demo keyring when no Secret Service exists.
Both go through the same VaultService, SQLCipher store and printing code.

Start-up time matters (the unlock window must appear fast): the vault, SQL,
PDF and crypto stacks are imported where first used, not when this loads.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.cards import CardAccess, PcscWatch, pcsc_connect
from desktop.app.clock import SystemClock
from desktop.app.workstation import Workstation

if TYPE_CHECKING:
    from desktop.app.renderers import Renderers
    from desktop.bags.service import BagService
    from desktop.demo.cards import DemoCards
    from desktop.domain.audit_extract import AuditExtract
    from desktop.domain.decision_sheet import DecisionSheet
    from desktop.domain.enrolment_record import EnrolmentRecord
    from desktop.domain.lead_printables import LeadsRegister
    from desktop.domain.printables import (
        BagLabels,
        BagRegister,
        CoverSheet,
        EnvelopeLabel,
        InvestigationAssignment,
        ItemsReceived,
        RecoverySheet,
        RepeatReportNotice,
        ReplyLetter,
        ReplyRecord,
        RightsNotice,
        SealLabels,
        VisitTranscript,
    )
    from desktop.domain.witness_sheet import WitnessSheet
    from desktop.leads.service import LeadService
    from desktop.ports import GrantsStore, KeyStore
    from desktop.vault import kdf
    from desktop.vault.service import VaultService
    from desktop.vault.session import Session


def vault_service(data_dir: Path, key_store: KeyStore) -> VaultService:
    """The vault in ``data_dir`` over the SQLCipher store."""
    from db.store import SqlCipherStoreFactory
    from desktop.audit.log import AuditLog
    from desktop.vault.service import VaultService

    clock = SystemClock()
    return VaultService(data_dir, SqlCipherStoreFactory(clock, AuditLog), key_store, clock)


def grants_store(data_dir: Path) -> GrantsStore:
    """grants.db beside the vault (plain SQLite: everything in it is sealed)."""
    from db.grants_store import SqliteGrantsStore

    return SqliteGrantsStore(data_dir)


def renderers() -> Renderers:
    """printing/'s layouts; each module loads when it first renders."""
    from desktop.app.renderers import LeadRenderers, Renderers

    def cover_sheet(sheet: CoverSheet) -> bytes:
        from printing.cover_sheet import render_cover_sheet

        return render_cover_sheet(sheet)

    def bag_labels(sheet: BagLabels) -> bytes:
        from printing.labels import render_bag_labels

        return render_bag_labels(sheet)

    def seal_labels(sheet: SealLabels) -> bytes:
        from printing.labels import render_seal_labels

        return render_seal_labels(sheet)

    def register(sheet: BagRegister) -> bytes:
        from printing.register import render_bag_register

        return render_bag_register(sheet)

    def recovery_sheet(sheet: RecoverySheet) -> bytes:
        from printing.recovery_sheet import render_recovery_sheet

        return render_recovery_sheet(sheet)

    def witness_sheet(sheet: WitnessSheet) -> bytes:
        from printing.witness_sheet import render_witness_sheet

        return render_witness_sheet(sheet)

    def repeat_report_notice(notice: RepeatReportNotice) -> bytes:
        from printing.internal_forms import render_repeat_report_notice

        return render_repeat_report_notice(notice)

    def leads_register(sheet: LeadsRegister) -> bytes:
        from printing.leads_register import render_leads_register

        return render_leads_register(sheet)

    def rights_notice(sheet: RightsNotice) -> bytes:
        from printing.informant_forms import render_rights_notice

        return render_rights_notice(sheet)

    def visit_transcript(sheet: VisitTranscript) -> bytes:
        from printing.visit_forms import render_visit_transcript

        return render_visit_transcript(sheet)

    def items_received(sheet: ItemsReceived) -> bytes:
        from printing.visit_forms import render_items_received

        return render_items_received(sheet)

    def reply_record(sheet: ReplyRecord) -> bytes:
        from printing.informant_forms import render_reply_record

        return render_reply_record(sheet)

    def reply_letter(sheet: ReplyLetter) -> bytes:
        from printing.informant_forms import render_reply_letter

        return render_reply_letter(sheet)

    def envelope_label(sheet: EnvelopeLabel) -> bytes:
        from printing.informant_forms import render_envelope_label

        return render_envelope_label(sheet)

    def investigation_assignment(sheet: InvestigationAssignment) -> bytes:
        from printing.internal_forms import render_investigation_assignment

        return render_investigation_assignment(sheet)

    def decision_sheet(sheet: DecisionSheet) -> bytes:
        from printing.decision_sheet import render_decision_sheet

        return render_decision_sheet(sheet)

    def enrolment_record(record: EnrolmentRecord) -> bytes:
        from printing.enrolment_record import render_enrolment_record

        return render_enrolment_record(record)

    def audit_extract(extract: AuditExtract) -> bytes:
        from printing.audit_extract import render_audit_extract

        return render_audit_extract(extract)

    return Renderers(cover_sheet, bag_labels, seal_labels, register, recovery_sheet,
                     witness_sheet,
                     LeadRenderers(repeat_report_notice, leads_register, rights_notice,
                                   visit_transcript, items_received, reply_record,
                                   reply_letter, envelope_label, investigation_assignment),
                     decision_sheet, enrolment_record, audit_extract)


# ------------------------------------------------------------------ GUI


def build_real(
    data_dir: Path, kdf_params: kdf.Argon2Params | None = None, *, development: bool = False
) -> Workstation:
    """PC/SC cards, the OS keyring. ``kdf_params`` None calibrates Argon2id at
    setup; tests pass a cheap set explicitly. ``development``: the set-up wizard
    makes a development folder (test cards and the virtual reader accepted)."""
    return Workstation(
        data_dir,
        CardAccess(pcsc_connect),
        _os_key_store,
        PcscWatch,
        vault_service,
        renderers,
        kdf_params=kdf_params,
        development=development,
        grants_store=grants_store,
    )


def build_demo(
    data_dir: Path | None = None, kdf_params: kdf.Argon2Params | None = None
) -> tuple[Workstation, DemoCards]:
    """Blank virtual cards in two readers and an empty throw-away data folder
    (deleted at close). desktop.demo.vault.prepare_demo_vault() fills it; the
    screenshot tour goes through the setup wizard instead."""
    from desktop.card.emulator import VirtualCard
    from desktop.demo.cards import DEMO_PEOPLE, DemoCards, DemoReader, DemoWatcher
    from desktop.demo.vault import enrol_viewer_at_chief_unlock, seed_leads_at_unlock

    owned = data_dir is None
    folder = data_dir or Path(tempfile.mkdtemp(prefix="leadvault-demo-"))
    readers = [DemoReader(p.reader, VirtualCard()) for p in DEMO_PEOPLE]
    cards = DemoCards(readers)
    store = _demo_key_store()
    services = Workstation(
        folder / "vault",
        CardAccess(cards.connect, lambda: [n for n, r in cards.readers.items() if r.present]),
        lambda: store,
        lambda: PcscWatch(lambda: DemoWatcher(readers)),
        vault_service,
        renderers,
        demo=True,
        kdf_params=kdf_params,
        grants_store=grants_store,
    )
    services.on_unlock.append(seed_leads_at_unlock)  # fictional leads
    services.on_unlock.append(enrol_viewer_at_chief_unlock(services, cards))  # a viewer

    def cleanup() -> None:
        if services.vault_exists():
            with contextlib.suppress(Exception):
                store.delete(services.vault().info().vault_id)
        if owned:
            shutil.rmtree(folder, ignore_errors=True)

    services.on_close.append(cleanup)
    return services, cards


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("leadvault", appauthor=False))


# ------------------------------------------------------------------ CLI


def cli_vault(data_dir: Path, *, header_only: bool = False) -> VaultService:
    """The vault for leadvault-admin; ``header_only`` (reading header facts) needs
    no keyring."""
    from desktop.vault.keyring_store import DemoKeyStore, OsKeyStore

    return vault_service(data_dir, DemoKeyStore() if header_only else OsKeyStore())


def cli_cards() -> CardAccess:
    return CardAccess(pcsc_connect)


def cli_bags(vault: VaultService, session: Session) -> BagService:
    from desktop.bags.service import BagService

    facts = vault.info()
    return BagService.for_session(
        session, SystemClock(), unit_code=facts.unit_code, sender=facts.unit_name
    )


def cli_leads(session: Session) -> LeadService:
    from desktop.leads.service import LeadService

    return LeadService(session.store, SystemClock(), session.user, session.keys.ik,
                       overdue=lambda: session.checkpoint_overdue)


# ------------------------------------------------------------------ key stores


def _demo_key_store() -> KeyStore:
    """The Secret Service when there is one, else an in-memory demo keyring."""
    from desktop.vault.keyring_store import DemoKeyStore, OsKeyStore

    try:
        return OsKeyStore()
    except Exception:  # no secure backend (no D-Bus session): the demo needs none
        return DemoKeyStore()


def _os_key_store() -> KeyStore:
    from desktop.vault.keyring_store import OsKeyStore

    return OsKeyStore()
