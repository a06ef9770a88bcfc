"""``leadvault-admin vault init | add-user | unlock-check | info | passwd |
replace-card | remove-user | recover | rekey``.

Secrets come from the environment (or a prompt on a terminal), never argv:
LEADVAULT_PASSWORD / LEADVAULT_PIN for the acting user, LEADVAULT_NEW_PASSWORD /
LEADVAULT_NEW_PIN for the user (or card) being enrolled, LEADVAULT_APPROVER_PIN
for the chief procurator approving, LEADVAULT_RECOVERY_CODE for recovery.
Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication failed."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop import bootstrap
from desktop.app.clock import SystemClock
from desktop.approvals.service import ApprovalError
from desktop.card.errors import CardError, InvalidPinLength, PinBlocked, WrongPin
from desktop.card.session import OpenPgpSession
from desktop.cli import EXIT_AUTH, EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from desktop.cli.secrets import MissingSecret, read_secret
from desktop.cli.verdict import describe_verdict
from desktop.domain.approvals import ApprovalInvalidRequest
from desktop.domain.roles import Role
from desktop.domain.storage import StorageError
from desktop.policy import NotPermitted
from desktop.vault import kdf
from desktop.vault.create_flow import ChiefCard
from desktop.vault.errors import (
    ApprovalInvalid,
    CardMismatch,
    CardNotEnrolled,
    InvalidRecoveryCode,
    VaultError,
    ViewerOnly,
    WrongPassword,
    WrongRecoveryCode,
)
from desktop.vault.service import VaultService
from desktop.vault.session import Session

_UNIT_CODE = re.compile(r"^[0-9]{6}$")
AUTH_ERRORS = (
    WrongPassword,
    WrongPin,
    PinBlocked,
    InvalidPinLength,
    CardNotEnrolled,
    CardMismatch,
    WrongRecoveryCode,
    InvalidRecoveryCode,
    ApprovalInvalid,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(
        name: str, help_text: str, func: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        parser.add_argument(
            "--data", required=True, type=Path, metavar="DIR", help="the vault's data folder"
        )
        parser.set_defaults(func=func)
        return parser

    init = command(
        "init",
        "create a vault; the first user is the chief procurator "
        "(LEADVAULT_PASSWORD, LEADVAULT_PIN); prints the recovery code once",
        init_vault,
    )
    init.add_argument("--unit-code", required=True, metavar="NNNNNN")
    init.add_argument("--unit-name", required=True)
    init.add_argument("--user", required=True, help="the chief procurator's name")
    init.add_argument("--reader", help="the chief procurator's card (default: first card)")
    init.add_argument(
        "--backup-reader",
        help="the chief procurator's second card, enrolled as a sealed backup chief card "
        "(LEADVAULT_BACKUP_PIN, LEADVAULT_BACKUP_PASSWORD)",
    )
    init.add_argument("--backup-user", help="its name in the roster (default: USER (backup))")
    init.add_argument(
        "--development",
        action="store_true",
        help="FOR DEVELOPMENT AND TESTS ONLY: a folder that accepts test cards "
        "(manufacturer 0xFF00-0xFFFE, the virtual reader) and --kdf-test-params; "
        "recorded in the header and shown as a banner. Never for a reporting centre",
    )
    init.add_argument(
        "--kdf-test-params",
        action="store_true",
        help="FOR TESTS ONLY (needs --development): Argon2id with 8 MiB and one pass "
        "instead of the calibrated parameters (recorded in the header, see vault info)",
    )

    add = command(
        "add-user",
        "enroll a user and card, approved by the chief procurator's "
        "card (LEADVAULT_NEW_PASSWORD, LEADVAULT_NEW_PIN for the new user; "
        "LEADVAULT_APPROVER_PIN for the chief; LEADVAULT_PASSWORD, LEADVAULT_PIN "
        "for the acting user)",
        add_user,
    )
    add.add_argument("--user", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--reader", required=True, help="the new user's card")
    add.add_argument("--approver-reader", required=True, help="the chief procurator's card")
    add.add_argument(
        "--acting-reader",
        help="the card of the user whose session enrolls (default: the approver's)",
    )

    check = command(
        "unlock-check",
        "unlock, print the user and role, verify the audit "
        "chain, lock (LEADVAULT_PASSWORD, LEADVAULT_PIN)",
        unlock_check,
    )
    check.add_argument("--reader")
    check.add_argument("--accept-restored", action="store_true",
                       help="the chief procurator's card accepts a folder restored from "
                            "a backup older than it remembers (a signed checkpoint)")

    command("info", "header facts (no secrets)", info)

    passwd = command(
        "passwd",
        "change the password (LEADVAULT_PASSWORD, LEADVAULT_PIN, LEADVAULT_NEW_PASSWORD)",
        change_password,
    )
    passwd.add_argument("--reader")

    replace = command(
        "replace-card",
        "move a user to a new card: the chief procurator with his old card "
        "(--old-reader; his LEADVAULT_PASSWORD, LEADVAULT_PIN), anyone else with "
        "the chief procurator's approval (--approver-reader; the chief's "
        "LEADVAULT_PASSWORD, LEADVAULT_PIN and LEADVAULT_APPROVER_PIN, the user's "
        "LEADVAULT_NEW_PASSWORD); the new card's PIN is LEADVAULT_NEW_PIN",
        replace_card,
    )
    replace.add_argument("--user", required=True)
    replace.add_argument("--reader", required=True, help="the new card")
    way = replace.add_mutually_exclusive_group(required=True)
    way.add_argument("--old-reader", help="the user's old card")
    way.add_argument("--approver-reader", help="the chief procurator's card")

    refound = command(
        "refound",
        "every chief card is lost (the backup included): the keyholder (LEADVAULT_PASSWORD, "
        "LEADVAULT_PIN) and a new chief procurator (LEADVAULT_NEW_PASSWORD, "
        "LEADVAULT_NEW_PIN), before a witness, start a new vault in --into whose roster "
        "v1 cites this vault and its last checkpoint; everyone else is enrolled again",
        refound_vault,
    )
    refound.add_argument("--into", required=True, type=Path, metavar="DIR",
                         help="the new vault's data folder (must not exist)")
    refound.add_argument("--reader", help="the keyholder's card")
    refound.add_argument("--chief-reader", required=True, help="the new chief's card")
    refound.add_argument("--chief-user", required=True, help="the new chief's name")
    refound.add_argument("--witness", required=True, help="the witness's name")

    remove = command(
        "remove-user",
        "remove a user (the chief procurator's session: LEADVAULT_PASSWORD, LEADVAULT_PIN)",
        remove_user,
    )
    remove.add_argument("--user", required=True)
    remove.add_argument("--reader")

    command(
        "recover",
        "open the vault with the recovery code (LEADVAULT_RECOVERY_CODE), "
        "restore the machine secret into this computer's keyring, print the new code",
        recover,
    )

    rekey = command(
        "rekey",
        "new database key; every slot rewrapped (LEADVAULT_PASSWORD, LEADVAULT_PIN)",
        rekey_vault,
    )
    rekey.add_argument("--reader")


# ---------------------------------------------------------------- plumbing


def _say(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(f"error: {text}", file=sys.stderr, flush=True)


def vault_service(data_dir: Path, *, header_only: bool = False) -> VaultService:
    """``header_only``: for reading header facts, which needs no keyring."""
    return bootstrap.cli_vault(data_dir, header_only=header_only)


def open_card(reader: str | None) -> contextlib.AbstractContextManager[OpenPgpSession]:
    """A conversation with the card in ``reader`` (None: the first card)."""
    return bootstrap.cli_cards().session(reader)


def guarded(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Typed errors → a message on stderr and the exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except MissingSecret as error:
            _err(str(error))
            return EXIT_USAGE
        except WrongPin as error:
            _err(f"wrong PIN, {error.remaining} tries remaining")
            return EXIT_AUTH
        except PinBlocked:
            _err("the PIN is blocked")
            return EXIT_AUTH
        except AUTH_ERRORS as error:
            _err(f"authentication failed: {type(error).__name__}: {error}")
            return EXIT_AUTH
        except ViewerOnly as error:
            _err(f"refused: a {error.role} is a viewer and sees only what the chief "
                 "procurator grants him; the register does not open / 无权操作")
            return EXIT_FAILURE
        except (VaultError, CardError, StorageError, ApprovalError,
                ApprovalInvalidRequest) as error:
            _err(f"{type(error).__name__}: {error}")
            return EXIT_FAILURE
        except NotPermitted as error:
            _err(f"refused: a {error.role.value} may not {error.action.value} / 无权操作")
            return EXIT_FAILURE

    run.__name__ = func.__name__
    return run


@contextlib.contextmanager
def unlocked(
    vault: VaultService, card: OpenPgpSession, password: str, pin: str,
    *, accept_restored: bool = False,
) -> Iterator[Session]:
    session = vault.unlock(card, password, pin, accept_restored=accept_restored)
    if session.header_fell_back:
        _err(
            f"warning: vault.keys was unusable ({session.header_fell_back}); "
            "opened with vault.keys.bak"
        )
    try:
        keep_grants(session)
        yield session
    finally:
        vault.lock(session)


def keep_grants(session: Session) -> None:
    """What every keyholder unlock does with grants.db (DESIGN §6), as in the GUI."""
    from desktop.grants.upkeep import keep

    store = bootstrap.grants_store(session.data_dir)
    try:
        kept = keep(session, store, SystemClock())
    finally:
        store.close()
    if kept.problems:
        _err(f"warning: {kept.problems} viewer outbox entries were refused or missing;"
             " see the audit trail (grant.outbox-gap / grant.outbox-refused)")


def _acting_secrets() -> tuple[str, str]:
    return read_secret("LEADVAULT_PASSWORD", "Password: "), read_secret("LEADVAULT_PIN", "PIN: ")


# ---------------------------------------------------------------- commands


@guarded
def init_vault(args: argparse.Namespace) -> int:
    if not _UNIT_CODE.match(args.unit_code):
        _err("the unit code has six digits")
        return EXIT_USAGE
    if args.kdf_test_params and not args.development:
        _err("--kdf-test-params is for development folders only (add --development)")
        return EXIT_USAGE
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    params = kdf.Argon2Params.cheap_for_tests() if args.kdf_test_params else None
    with contextlib.ExitStack() as stack:
        card = stack.enter_context(open_card(args.reader))
        backup = None
        if args.backup_reader:
            backup = ChiefCard(
                user_name=args.backup_user or f"{args.user} (backup)",
                card=stack.enter_context(open_card(args.backup_reader)),
                pin=read_secret("LEADVAULT_BACKUP_PIN", "Backup card's PIN: "),
                password=read_secret("LEADVAULT_BACKUP_PASSWORD", "Backup card's password: "),
            )
        session, created = vault.create(
            unit_code=args.unit_code,
            unit_name=args.unit_name,
            user_name=args.user,
            card=card,
            pin=pin,
            password=password,
            kdf_params=params,
            development=args.development,
            backup=backup,
        )
        vault.lock(session)
    _say(f"vault {created.vault_id} created in {args.data}")
    if args.development:
        _say("DEVELOPMENT FOLDER: test cards are accepted; not for a reporting centre")
    _say(f"chief procurator: {args.user} (card {session.card_serial})")
    _say("RECOVERY CODE (shown once; print it, seal it in a confidential bag):")
    _say(created.recovery_code)
    return EXIT_OK


@guarded
def add_user(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    new_password = read_secret("LEADVAULT_NEW_PASSWORD", "New user's password: ")
    new_pin = read_secret("LEADVAULT_NEW_PIN", "New user's PIN: ")
    approver_pin = read_secret("LEADVAULT_APPROVER_PIN", "Chief procurator's PIN: ")
    role = Role(args.role)
    vault = vault_service(args.data)
    acting_reader = args.acting_reader or args.approver_reader
    with contextlib.ExitStack() as stack:
        new_card = stack.enter_context(open_card(args.reader))
        approver = stack.enter_context(open_card(args.approver_reader))
        acting = (
            approver
            if acting_reader == args.approver_reader
            else stack.enter_context(open_card(acting_reader))
        )
        with unlocked(vault, acting, password, pin) as session:
            record = vault.enrollment_request(session, "user.add", args.user, role, new_card)
            approval = vault.approve(approver, approver_pin, record)
            vault.add_user(
                session,
                user_name=args.user,
                role=role,
                card=new_card,
                pin=new_pin,
                password=new_password,
                approval=approval,
            )
    _say(f"enrolled {args.user} as {role.value} (card {approval.approver_serial} approved)")
    return EXIT_OK


@guarded
def unlock_check(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card:
        if _is_viewer(vault, card):
            viewer = vault.unlock_viewer(card, password, pin)
            _say(f"user: {viewer.user_name}")
            _say(f"role: {viewer.role.value} (a viewer: his grant key opened; "
                 "the vault's database does not open for viewers)")
            viewer.lock()
            return EXIT_OK
    with open_card(args.reader) as card, unlocked(
        vault, card, password, pin, accept_restored=args.accept_restored
    ) as session:
        _say(f"user: {session.user.name}")
        _say(f"role: {session.role.value}")
        verdict = vault.verify_audit(session)
        for line in describe_verdict(verdict):
            _say(line)
    return EXIT_OK if verdict.ok else EXIT_FAILURE


def _is_viewer(vault: VaultService, card: OpenPgpSession) -> bool:
    serial = card.info().serial
    return any(s == serial and not role.holds_vault_keys for _, role, s in vault.info().users)


@guarded
def info(args: argparse.Namespace) -> int:
    facts = vault_service(args.data, header_only=True).info()
    if facts.fell_back:
        _err(f"warning: vault.keys is unusable ({facts.fell_back}); showing vault.keys.bak")
    _say(f"vault: {facts.vault_id}")
    _say(f"unit: {facts.unit_code} {facts.unit_name}")
    _say(f"created: {facts.created_at}{'  (DEMO)' if facts.demo else ''}")
    _say(
        f"argon2id: {facts.kdf.memory_kib} KiB, {facts.kdf.time_cost} passes, "
        f"{facts.kdf.parallelism} lane(s)"
    )
    _say(
        f"key generation: {facts.dek_generation}"
        f"{'  (rekey unfinished)' if facts.rekey_pending else ''}"
    )
    _say(f"audit head: {facts.audit_head.seq}:{facts.audit_head.hash[:16]}")
    _say(f"failed unlocks since last success: {facts.failed_unlocks}")
    for name, role, serial in facts.users:
        _say(f"user: {name}  {role.value}  card {serial}")
    return EXIT_OK


@guarded
def change_password(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    new_password = read_secret("LEADVAULT_NEW_PASSWORD", "New password: ")
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        vault.change_password(session, card, pin, password, new_password)
    _say("password changed")
    return EXIT_OK


@guarded
def replace_card(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    new_pin = read_secret("LEADVAULT_NEW_PIN", "New card's PIN: ")
    vault = vault_service(args.data)
    with contextlib.ExitStack() as stack:
        new_card = stack.enter_context(open_card(args.reader))
        if args.old_reader:
            old = stack.enter_context(open_card(args.old_reader))
            with unlocked(vault, old, password, pin) as session:
                if session.user.name != args.user:
                    _err(f"the card in {args.old_reader} belongs to {session.user.name}")
                    return EXIT_USAGE
                if session.role is not Role.CHIEF:
                    _err("a new card changes the roster the chief procurator signs: "
                         "replace it with his approval (--approver-reader)")
                    return EXIT_FAILURE
                vault.replace_own_card(
                    session,
                    password=password,
                    old_card=old,
                    old_pin=pin,
                    new_card=new_card,
                    new_pin=new_pin,
                )
        else:
            new_password = read_secret("LEADVAULT_NEW_PASSWORD", "The user's new password: ")
            approver_pin = read_secret("LEADVAULT_APPROVER_PIN", "Chief procurator's PIN: ")
            chief = stack.enter_context(open_card(args.approver_reader))
            with unlocked(vault, chief, password, pin) as session:
                slot_role = next(
                    (role for name, role, _ in vault.info().users if name == args.user), None
                )
                if slot_role is None:
                    _err(f"no such user: {args.user}")
                    return EXIT_FAILURE
                record = vault.enrollment_request(
                    session, "card.replace", args.user, slot_role, new_card
                )
                approval = vault.approve(chief, approver_pin, record)
                vault.replace_card_approved(
                    session,
                    user_name=args.user,
                    new_card=new_card,
                    new_pin=new_pin,
                    new_password=new_password,
                    approval=approval,
                    acting_card=chief,
                    acting_pin=pin,
                    acting_password=password,
                )
                _say("the database key was renewed: the lost card opens nothing current")
    _say(f"card of {args.user} replaced")
    return EXIT_OK


@guarded
def refound_vault(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    new_password = read_secret("LEADVAULT_NEW_PASSWORD", "New chief's password: ")
    new_pin = read_secret("LEADVAULT_NEW_PIN", "New chief's PIN: ")
    vault = vault_service(args.data)
    with contextlib.ExitStack() as stack:
        card = stack.enter_context(open_card(args.reader))
        chief = stack.enter_context(open_card(args.chief_reader))
        session = stack.enter_context(unlocked(vault, card, password, pin))
        created = vault.refound(
            session, into=args.into, card=card, pin=pin, password=password,
            chief=ChiefCard(args.chief_user, chief, new_pin, new_password),
            witness=args.witness,
        )
    _say(f"vault {created.vault_id} founded in {args.into}, succeeding {session.vault_id}")
    _say(f"chief procurator: {args.chief_user}; witness: {args.witness}")
    _say("the old folder is left as it is: keep it, sealed, as evidence")
    _say("the new chief prints the witness sheet of its first checkpoint (audit view), "
         "which cites the old vault, and he and the witness sign it")
    _say("RECOVERY CODE (shown once; print it, seal it in a confidential bag):")
    _say(created.recovery_code)
    return EXIT_OK


@guarded
def remove_user(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        generation = vault.remove_user(session, args.user, card, pin, password)
    _say(f"removed {args.user}; the database key was renewed (generation {generation}),")
    _say("so old copies of the key file open nothing current")
    return EXIT_OK


@guarded
def recover(args: argparse.Namespace) -> int:
    code = read_secret("LEADVAULT_RECOVERY_CODE", "Recovery code: ")
    result = vault_service(args.data).recover(code)
    _say(f"vault {result.vault_id} recovered; the machine secret is back in this keyring")
    _say("NEW RECOVERY CODE (the old one no longer works; print it, seal it):")
    _say(result.recovery_code)
    return EXIT_OK


@guarded
def rekey_vault(args: argparse.Namespace) -> int:
    password, pin = _acting_secrets()
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        generation = vault.rekey(session, card, pin, password)
    _say(f"database re-encrypted; key generation {generation}")
    return EXIT_OK
