"""Importing a register kept so far in a spreadsheet (docs/LEADS-IMPORT.md).

All or nothing: the file is decoded (UTF-8, else GB18030), every row is checked, and
only a file without a single bad row is turned into leads. Problems name the line
and the column and say why, never quoting the value (it may be an ID number).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

from desktop.domain.lead_errors import LeadError
from desktop.domain.leads import (
    Channel,
    CrimeCategory,
    Disposition,
    InformantIdentity,
    NewReport,
    Rank,
    ReportedPerson,
    ReportKind,
    is_real_name,
)
from desktop.leads.collector import cycle_collector_paused
from desktop.leads.deadlines import CHINA
from desktop.leads.errors import InvalidField, Problem, ValidationFailed
from desktop.leads.model import NewLead
from desktop.leads.recording import validate_lead

T = TypeVar("T")

REQUIRED_COLUMNS = (
    "received_at", "channel", "real_name", "informant_name", "informant_id_number",
    "informant_phone", "reported_name", "reported_unit", "reported_rank", "category",
    "content",
)
OPTIONAL_COLUMNS = (
    "reported_post", "reported_region", "summary", "storage_location", "receiving_staff",
    "postmark_date", "origin", "disposition",
)
_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS  # the order _row reads a row's cells in
MAX_ROWS = 100_000

CHANNELS = {
    "来访": Channel.VISIT, "来信": Channel.LETTER, "传真": Channel.FAX, "电话": Channel.PHONE,
    "电子邮件": Channel.EMAIL, "邮件": Channel.EMAIL, "网络": Channel.WEBSITE,
    "网站": Channel.WEBSITE, "12309": Channel.WEBSITE, "口头": Channel.ORAL,
    **{c.value: c for c in Channel},
}
CATEGORIES = {
    "贪污贿赂": CrimeCategory.EMBEZZLEMENT_BRIBERY, "渎职": CrimeCategory.DERELICTION,
    "渎职侵权": CrimeCategory.DERELICTION, "侵权": CrimeCategory.RIGHTS_INFRINGEMENT,
    "其他": CrimeCategory.OTHER, **{c.value: c for c in CrimeCategory},
}
RANKS = {
    "": Rank.UNKNOWN, "未知": Rank.UNKNOWN, "科级": Rank.SECTION_OR_BELOW,
    "科级及以下": Rank.SECTION_OR_BELOW, "县处级": Rank.COUNTY_DIVISION,
    "处级": Rank.COUNTY_DIVISION, "厅局级": Rank.BUREAU_DEPARTMENT,
    "厅级": Rank.BUREAU_DEPARTMENT, "省部级": Rank.PROVINCIAL_MINISTERIAL,
    "省部级及以上": Rank.PROVINCIAL_MINISTERIAL, **{r.value: r for r in Rank},
}
DISPOSITIONS = {
    "": None, "受理分流": Disposition.ACCEPT_AND_ROUTE, "转交": Disposition.TRANSFER,
    "初核": Disposition.PRELIMINARY_CHECK, "上报": Disposition.FILE_UPWARD,
    "存查": Disposition.NO_ACTION, **{d.value: d for d in Disposition},
}
YES = {"1", "yes", "y", "true", "是", "实名"}
NO = {"0", "no", "n", "false", "否", "匿名"}
_FLAGS = YES | NO
_STAFF_SEPARATORS = (";", "；", "、", ",", "，")
_NO_IDENTITY = InformantIdentity()


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int  # 1 = the header line
    column: str
    problem: Problem


class ImportRejected(LeadError):
    """Nothing was imported. `encoding` is set when the file is neither UTF-8 nor
    GB18030; `malformed` when it is not a CSV table."""

    def __init__(self, problems: tuple[RowProblem, ...], *, encoding: bool = False,
                 malformed: str = "") -> None:
        super().__init__(f"{len(problems)} problem(s); nothing imported")
        self.problems = problems
        self.encoding = encoding
        self.malformed = malformed


class ImportRow(NamedTuple):
    line: int
    lead: NewLead
    disposition: Disposition | None


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding name)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding), encoding.removesuffix("-sig")
        except UnicodeDecodeError:
            continue
    raise ImportRejected((), encoding=True)


def parse(raw: bytes, now: datetime) -> tuple[list[ImportRow], str]:
    """Every row as a checked NewLead, and the encoding; ImportRejected lists every
    problem of the whole file."""
    with cycle_collector_paused():  # 10,000s of rows, all kept: nothing to collect
        return _parse(raw, now)


def _parse(raw: bytes, now: datetime) -> tuple[list[ImportRow], str]:
    text, encoding = decode(raw)
    if "\x00" in text:
        raise ImportRejected((), malformed="the file holds NUL characters")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ImportRejected((), malformed="the file is empty") from None
    except csv.Error as error:
        raise ImportRejected((), malformed=f"line 1: {error}") from None
    problems = [RowProblem(1, c, Problem.REQUIRED) for c in REQUIRED_COLUMNS if c not in header]
    problems += [
        RowProblem(1, c, Problem.UNKNOWN_VALUE) for c in header
        if c not in REQUIRED_COLUMNS and c not in OPTIONAL_COLUMNS
    ]
    if len(set(header)) != len(header):
        problems.append(RowProblem(1, "header", Problem.NOT_ALLOWED))
    if problems:
        raise ImportRejected(tuple(problems))
    # Each row's cells in _COLUMNS' order, by one C call: an absent optional column
    # reads the empty cell appended to every row (a dict per row, and a lookup per
    # column, cost a tenth of the import).
    pick = itemgetter(*[header.index(c) if c in header else len(header) for c in _COLUMNS])
    rows: list[ImportRow] = []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise ImportRejected(tuple(problems), malformed=f"line {line}: {error}") from None
        # A row is blank when every cell is: a row's first cell nearly always says not.
        if not (cells and cells[0].strip()) and not any(cell.strip() for cell in cells):
            line = reader.line_num + 1
            continue  # blank lines are skipped, not counted as rows
        if len(rows) >= MAX_ROWS:
            problems.append(RowProblem(line, "rows", Problem.TOO_LONG))
            break
        if len(cells) != len(header):
            problems.append(RowProblem(line, "columns", Problem.BAD_FORMAT))
        else:
            cells.append("")
            try:
                rows.append(_row(line, pick(cells), now))
            except ValidationFailed as failed:
                problems.extend(RowProblem(line, p.field, p.problem) for p in failed.problems)
        line = reader.line_num + 1
    if problems:
        raise ImportRejected(tuple(problems))
    if not rows:
        raise ImportRejected((), malformed="the file has a header but no rows")
    return rows, encoding


# A register holds many rows per day: each distinct date text is parsed once (the
# result is immutable; a bad value raises every time, lru_cache keeps no exceptions).
@lru_cache(maxsize=4096)
def _received_at(text: str) -> datetime:
    value = text.strip()
    try:
        if len(value) == 10:
            moment = datetime.combine(datetime.fromisoformat(value).date(), time(9))
        else:
            moment = datetime.fromisoformat(value.replace("/", "-"))
    except ValueError:
        raise InvalidField("received_at", Problem.BAD_FORMAT) from None
    # Times in a Chinese register are China Standard Time unless they say otherwise.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=CHINA)


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return datetime.fromisoformat(text).date()


def _lookup(table: dict[str, T], column: str, value: str) -> T:
    key = value.strip()
    if key in table:
        return table[key]
    if key.lower() in table:
        return table[key.lower()]
    raise InvalidField(column, Problem.REQUIRED if not key else Problem.UNKNOWN_VALUE)


def _attempt(problems: list[InvalidField], func: Callable[..., T], *args: object) -> T | None:
    try:
        return func(*args)
    except InvalidField as problem:
        problems.append(problem)
        return None


def _find(problems: list[InvalidField], table: dict[str, T], column: str, value: str
          ) -> T | None:
    # The cell as written is nearly always a key itself: one dict lookup, the
    # stripping and case folding of _lookup only for the rest.
    found = table.get(value)
    if found is not None or value in table:
        return found
    return _attempt(problems, _lookup, table, column, value)


def _row(line: int, cells: tuple[str, ...], now: datetime) -> ImportRow:
    (received_text, channel_text, flag_text, name, id_number, phone_text, reported_name,
     reported_unit, rank_text, category_text, content, reported_post, reported_region,
     summary, storage_location, staff_text, postmark_text, origin, disposition_text) = cells
    problems: list[InvalidField] = []
    # The lookups' usual case inline (an import makes 10,000s of rows); _find and
    # _attempt, which record the problem, only when a value is not found as written.
    try:
        received: datetime | None = _received_at(received_text)
    except InvalidField as problem:
        problems.append(problem)
        received = None
    channel = CHANNELS.get(channel_text) or _find(problems, CHANNELS, "channel", channel_text)
    category = (CATEGORIES.get(category_text)
                or _find(problems, CATEGORIES, "category", category_text))
    rank = RANKS.get(rank_text) or _find(problems, RANKS, "reported_rank", rank_text)
    disposition = (_find(problems, DISPOSITIONS, "disposition", disposition_text)
                   if disposition_text else None)
    flag = flag_text.strip().lower()
    if flag not in _FLAGS:
        problems.append(InvalidField("real_name", Problem.UNKNOWN_VALUE))
    real_name = flag in YES
    staff: tuple[str, ...] = ()
    if staff_text:
        for separator in _STAFF_SEPARATORS:
            staff_text = staff_text.replace(separator, ";")
        staff = tuple(s.strip() for s in staff_text.split(";") if s.strip())
    postmark = None
    postmark_text = postmark_text.strip()
    if postmark_text:
        try:
            postmark = _day(postmark_text)
        except ValueError:
            problems.append(InvalidField("postmark_date", Problem.BAD_FORMAT))
    phone = phone_text.strip()
    # Most registers are mostly anonymous: one shared (immutable) empty identity.
    identity = InformantIdentity(
        name, id_number, phones=(phone,) if phone else (),
    ) if name or id_number or phone else _NO_IDENTITY
    if real_name and not is_real_name(identity, acknowledged=True):
        problems.append(InvalidField("real_name", Problem.REQUIRED))
    if received is None or channel is None:
        raise ValidationFailed(tuple(problems))
    in_person = channel is Channel.VISIT or channel is Channel.ORAL
    if not in_person and staff:
        problems.append(InvalidField("receiving_staff", Problem.NOT_ALLOWED))
    # Positional, in NewReport's field order: channel, received_at, original_text, kind,
    # summary, identity, acknowledged, receiving_staff, transcript_read_back,
    # transcript_signed (a paper register records a visit's transcript, signed, or it
    # would not exist), consent_to_record, items_received, postmark_date, origin.
    report = NewReport(
        channel, received, content, ReportKind.REPORT, summary, identity, real_name,
        staff if in_person else (), in_person, in_person, False, (), postmark, origin,
    )
    # Stand-ins only while collecting problems: a row with an unknown category or rank is
    # refused below all the same. NewLead's fields: category, reported_persons, report,
    # summary, storage_location.
    lead = NewLead(
        category or CrimeCategory.OTHER,
        (ReportedPerson(reported_name, reported_unit, reported_post, rank or Rank.UNKNOWN,
                        reported_region),),
        report, summary, storage_location,
    )
    try:
        validated = validate_lead(lead, now)
    except ValidationFailed as failed:
        problems.extend(failed.problems)
    if problems:
        raise ValidationFailed(tuple(dict.fromkeys(problems)))
    return ImportRow(line, validated, disposition)
