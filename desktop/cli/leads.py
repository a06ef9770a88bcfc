"""``leadvault-admin leads import | list | search | show``.

Each command unlocks like ``vault unlock-check`` (--data, --reader, LEADVAULT_PASSWORD,
LEADVAULT_PIN) and works through desktop.leads.service, so every list, search, view,
identity view and import is audited. ``leads search -`` reads the query from stdin
(a query may be a name, and argv is visible to every process on the machine).
Exit codes: 0 ok, 1 failure or refusal, 2 usage, 3 authentication failed."""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from desktop import bootstrap
from desktop.cli import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from desktop.cli.secrets import read_secret
from desktop.cli.vault import guarded, open_card, unlocked, vault_service
from desktop.domain.lead_errors import LeadError, LeadNotFound
from desktop.domain.leads import LeadNumber, LeadRow
from desktop.leads import importer
from desktop.leads.collector import cycle_collector_paused
from desktop.leads.deadlines import CHINA
from desktop.leads.errors import (
    IdentityKeyMissing,
    Problem,
    ValidationFailed,
)
from desktop.leads.service import LeadService
from desktop.policy import NotPermitted

PROBLEM_WORDS: dict[Problem, tuple[str, str]] = {
    Problem.REQUIRED: ("required", "必填"),
    Problem.TOO_LONG: ("too long", "过长"),
    Problem.CONTROL_CHARACTER: ("contains control characters", "含有控制字符"),
    Problem.BAD_FORMAT: ("wrong format", "格式错误"),
    Problem.BAD_CHECK_CHARACTER: ("wrong check character", "校验码错误"),
    Problem.BAD_BIRTH_DATE: ("no such birth date", "出生日期无效"),
    Problem.IN_THE_FUTURE: ("lies in the future", "晚于当前时间"),
    Problem.TOO_FEW_STAFF: ("needs at least two receiving staff", "接待人员不少于二人"),
    Problem.NOT_ALLOWED: ("not allowed here", "此处不允许"),
    Problem.UNKNOWN_VALUE: ("unknown value", "无法识别的值"),
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, help_text: str, func: Callable[[argparse.Namespace], int]
                ) -> argparse.ArgumentParser:
        parser = commands.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--data", required=True, type=Path, metavar="DIR",
                            help="the vault's data folder")
        parser.add_argument("--reader", help="the card reader (default: first card)")
        parser.set_defaults(func=func)
        return parser

    imp = command("import", "import a register kept in a spreadsheet (CSV, UTF-8 or "
                  "GB18030; columns in docs/LEADS-IMPORT.md); all rows or none", import_csv)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    listing = command("list", "one lead a line, newest first, starting with its number",
                      list_leads)
    listing.add_argument("--overdue", action="store_true", help="only leads past a deadline")
    search = command("search", "search case cards and report text (never identities); "
                     "QUERY '-' reads the query from stdin", search_leads)
    search.add_argument("query", metavar="QUERY")
    show = command("show", "a lead's case card, reports and deadlines", show_lead)
    show.add_argument("number", metavar="LEAD_NUMBER")
    show.add_argument("--identity", action="store_true",
                      help="also the informant identity (audited; refused to roles that "
                      "may not see identities)")


def _say(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(f"error: {text}", file=sys.stderr, flush=True)


def _run(args: argparse.Namespace, work: Callable[[LeadService], int]) -> int:
    password = read_secret("LEADVAULT_PASSWORD", "Password: ")
    pin = read_secret("LEADVAULT_PIN", "PIN: ")
    vault = vault_service(args.data)
    with open_card(args.reader) as card, unlocked(vault, card, password, pin) as session:
        try:
            return work(bootstrap.cli_leads(session))
        except NotPermitted as error:
            _err(f"refused: role {error.role.value} may not {error.action.value} / 无权操作")
            return EXIT_FAILURE
        except IdentityKeyMissing:
            _err("refused: this session holds no identity key / 无权查看举报人身份")
            return EXIT_FAILURE
        except ValidationFailed as error:
            for problem in error.problems:
                _err(_problem_text(problem.field, problem.problem))
            return EXIT_FAILURE
        except LeadError as error:
            _err(f"{type(error).__name__}: {error}")
            return EXIT_FAILURE


def _problem_text(field: str, problem: Problem) -> str:
    english, chinese = PROBLEM_WORDS[problem]
    return f"{field}: {english} / {chinese}"


def _time(moment: datetime | None) -> str:
    return "-" if moment is None else moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def _line(row: LeadRow) -> str:
    summary = " ".join(row.summary.split())[:40]
    return (f"{row.number}  {row.status.value:<17} {row.category.value:<20} "
            f"reports={row.report_count:<3} received={_time(row.first_received_at)}  "
            f"due={_time(row.next_due_at)}  {summary}").rstrip()


# ---------------------------------------------------------------- commands


@guarded
def import_csv(args: argparse.Namespace) -> int:
    try:
        raw = args.file.read_bytes()
    except OSError as error:
        _err(f"cannot read {args.file}: {error.strerror}")
        return EXIT_USAGE

    def work(service: LeadService) -> int:
        # Parsing and importing make and keep 10,000s of objects: one collector pause
        # over both, ended once they are freed (desktop.leads.collector).
        with cycle_collector_paused():
            return _import(service, raw, args)

    return _run(args, work)


def _import(service: LeadService, raw: bytes, args: argparse.Namespace) -> int:
    try:
        rows, encoding = importer.parse(raw, datetime.now(UTC))
    except importer.ImportRejected as rejected:
        if rejected.encoding:
            _err("the file is neither UTF-8 nor GB18030 / 文件编码既非UTF-8也非GB18030")
        if rejected.malformed:
            _err(f"not a CSV table: {rejected.malformed} / CSV格式错误")
        for p in rejected.problems:
            _err(f"line {p.line}: {_problem_text(p.column, p.problem)}")
        _err("nothing imported / 未导入任何记录")
        return EXIT_FAILURE
    if args.dry_run:
        _say(f"{len(rows)} rows are good ({encoding}); nothing imported (dry run)")
        return EXIT_OK
    numbers = service.import_leads([(r.lead, r.disposition) for r in rows],
                                   hashlib.sha256(raw).hexdigest())
    _say(f"imported {len(numbers)} leads ({encoding}): {min(numbers)} … {max(numbers)}")
    return EXIT_OK


@guarded
def list_leads(args: argparse.Namespace) -> int:
    def work(service: LeadService) -> int:
        rows = service.page(overdue=args.overdue, limit=500)
        while rows:
            for row in rows:
                _say(_line(row))
            rows = service.page(before_id=rows[-1].id, overdue=args.overdue, limit=500)
        return EXIT_OK

    return _run(args, work)


@guarded
def search_leads(args: argparse.Namespace) -> int:
    query = sys.stdin.read() if args.query == "-" else args.query
    query = " ".join(query.split())

    def work(service: LeadService) -> int:
        for row in service.search(query):
            _say(_line(row))
        return EXIT_OK

    return _run(args, work)


@guarded
def show_lead(args: argparse.Namespace) -> int:
    try:
        number = LeadNumber.parse(args.number)
    except ValueError:
        _err("a lead number is YYYY-NNNNN / 线索编号格式为 年份-五位序号")
        return EXIT_USAGE

    def work(service: LeadService) -> int:
        try:
            # The identity is asked for first: a refusal is audited and shows nothing.
            shown = service.identities(number) if args.identity else {}
            view = service.view(service.lead_id(number))
        except LeadNotFound:
            _err(f"no lead {number} / 无此线索")
            return EXIT_FAILURE
        card = view.card
        _say(f"lead {card.number}  status={card.status.value}  category={card.category.value}"
             f"  filing_level={card.filing_level.value}  version={card.version}")
        _say(f"reports: {card.report_count}  stored at: {card.storage_location or '-'}")
        if card.summary:
            _say(f"summary: {card.summary}")
        for person in card.reported_persons:
            _say(f"reported: {person.name}  unit={person.unit or '-'}  post={person.post or '-'}"
                 f"  rank={person.rank.value}  region={person.region or '-'}")
        for deadline in view.deadlines:
            state = "met" if deadline.met_at else "OPEN"
            _say(f"deadline: {deadline.rule}  due={_time(deadline.due_at)}  {state}")
        for decision in view.routing:
            _say(f"routing: {decision.disposition.value} → {decision.target or '-'}"
                 f"  by user:{decision.decided_by} at {_time(decision.decided_at)}")
        for report in view.reports:
            kind = "real-name" if report.real_name else "anonymous"
            _say(f"report {report.id}: {report.channel.value} {kind} "
                 f"code={report.pseudonym_code} received={_time(report.received_at)}")
            _say(report.original_text)
            informant = shown.get(report.id)
            if informant is not None:
                _say(f"  informant: {informant.name or '-'}  id={informant.id_number or '-'}"
                     f"  unit={informant.unit or '-'}"
                     f"  phones={', '.join(informant.phones) or '-'}")
        return EXIT_OK

    return _run(args, work)
