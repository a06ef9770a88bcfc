"""Input rules: ID numbers (GB 11643-1999), phones, text fields, per-channel requirements."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.leads import Channel, InformantIdentity, NewReport, ReceivedItem
from desktop.leads import validators as v
from desktop.leads.errors import InvalidField, Problem, ValidationFailed

TODAY = date(2026, 3, 1)
NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014",
                                    "11010519491231002x"])
def test_published_samples_valid(number: str) -> None:
    assert v.normalize_id_number(number, TODAY) == number.upper()


@pytest.mark.parametrize(("number", "problem"), [
    ("110105194912310021", Problem.BAD_CHECK_CHARACTER),
    ("110105194902300020", Problem.BAD_BIRTH_DATE),
    ("11010520991231002X", Problem.IN_THE_FUTURE),
    ("01010519491231002X", Problem.BAD_FORMAT),
    ("1101051949123100", Problem.BAD_FORMAT),
    ("110105491231002", None),  # legacy 15-digit, 1949-12-31
    ("110105491331002", Problem.BAD_BIRTH_DATE),
])
def test_id_number_rules(number: str, problem: Problem | None) -> None:
    if problem is None:
        assert v.normalize_id_number(number, TODAY) == number
        return
    with pytest.raises(InvalidField) as caught:
        v.normalize_id_number(number, TODAY)
    assert caught.value.problem is problem
    assert number not in str(caught.value)  # errors never echo the value


# GB/T 2260 county codes, 110103 (崇文区) among them, abolished in 2010: an ID number
# keeps the code it was issued under.
KNOWN_DIVISIONS = ("110101", "110103", "110105", "310104", "440305", "510104", "350102",
                   "130102", "210102", "420102", "610113", "330106", "650102")


@st.composite
def valid_id_numbers(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(KNOWN_DIVISIONS))
    born = draw(st.dates(date(1900, 1, 1), TODAY))
    seq = draw(st.integers(0, 999))
    first17 = f"{area}{born:%Y%m%d}{seq:03d}"
    return first17 + v.id_check_character(first17)


@settings(max_examples=200)
@given(valid_id_numbers())
def test_every_generated_id_number_accepted(number: str) -> None:
    assert v.normalize_id_number(number.lower(), TODAY) == number


@settings(max_examples=200)
@given(valid_id_numbers(), st.integers(0, 16), st.integers(1, 9))
def test_any_single_digit_change_detected(number: str, position: int, delta: int) -> None:
    digit = (int(number[position]) + delta) % 10
    changed = number[:position] + str(digit) + number[position + 1:]
    with pytest.raises(InvalidField):
        v.normalize_id_number(changed, TODAY)


@settings(max_examples=200)
@given(st.text(max_size=25))
def test_arbitrary_text_never_crashes_id_check(text: str) -> None:
    try:
        result = v.normalize_id_number(text, TODAY)
    except InvalidField:
        return
    assert len(result) in (15, 18)


@pytest.mark.parametrize(("phone", "normal"), [
    ("13800138000", "13800138000"), ("+8613800138000", "13800138000"),
    ("86 138-0013-8000", "13800138000"), ("010-62345678", "01062345678"),
    ("0755 8888 1234", "075588881234"), ("+86 10 6234 5678", "01062345678"),
])
def test_phones_accepted(phone: str, normal: str) -> None:
    assert v.normalize_phone(phone) == normal


@pytest.mark.parametrize("phone", ["12800138000", "1380013800", "138001380001", "abc",
                                   "62345678", "+1 415 555 0100"])
def test_phones_refused(phone: str) -> None:
    with pytest.raises(InvalidField):
        v.normalize_phone(phone)


@settings(max_examples=200)
@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "86", "+86"]))
def test_mobile_pattern_property(number: str, prefix: str) -> None:
    assert v.normalize_phone(prefix + number) == number


@pytest.mark.parametrize("text", ["张\x00三", "a\x1bb", "x\u202ey", "line\nbreak"])
def test_single_line_fields_refuse_control_characters(text: str) -> None:
    with pytest.raises(InvalidField) as caught:
        v.check_text("name", text, 50)
    assert caught.value.problem is Problem.CONTROL_CHARACTER


def test_length_limits_and_required() -> None:
    with pytest.raises(InvalidField) as caught:
        v.check_text("name", "x" * 51, v.SHORT)
    assert (caught.value.problem, caught.value.limit) == (Problem.TOO_LONG, 50)
    with pytest.raises(InvalidField):
        v.check_text("name", "  ", v.SHORT, required=True)
    assert v.check_text("summary", "a\nb", v.LONG, multiline=True) == "a\nb"


def test_original_text_kept_exactly() -> None:
    text = "  原文\r\n不改动  "
    assert v.check_original_text("original_text", text) == text


def _report(**changes: object) -> NewReport:
    fields: dict[str, object] = dict(channel=Channel.VISIT, received_at=NOW - timedelta(hours=1),
                                     original_text="内容", receiving_staff=("甲", "乙"),
                                     transcript_read_back=True, transcript_signed=True)
    fields.update(changes)
    return NewReport(**fields)  # type: ignore[arg-type]


def problems(report: NewReport) -> set[tuple[str, Problem]]:
    try:
        v.validate_report(report, NOW)
    except ValidationFailed as failed:
        return {(p.field, p.problem) for p in failed.problems}
    return set()


def test_visit_requirements() -> None:
    assert problems(_report()) == set()
    assert ("receiving_staff", Problem.TOO_FEW_STAFF) in problems(
        _report(receiving_staff=("甲", " 甲 ")))
    assert ("transcript_signed", Problem.REQUIRED) in problems(_report(transcript_signed=False))
    assert ("received_at", Problem.IN_THE_FUTURE) in problems(
        _report(received_at=NOW + timedelta(minutes=1)))


def test_letter_requirements_and_channel_mismatches() -> None:
    letter = dict(channel=Channel.LETTER, receiving_staff=(), transcript_read_back=False,
                  transcript_signed=False)
    assert ("postmark_date", Problem.REQUIRED) in problems(_report(**letter))
    assert problems(_report(**letter, postmark_date=TODAY - timedelta(days=2))) == set()
    assert ("postmark_date", Problem.IN_THE_FUTURE) in problems(
        _report(**letter, postmark_date=TODAY + timedelta(days=2)))
    assert ("receiving_staff", Problem.NOT_ALLOWED) in problems(
        _report(channel=Channel.PHONE, items_received=(ReceivedItem("U盘"),)))


def test_identity_fields_validated_only_when_given() -> None:
    assert problems(_report(channel=Channel.PHONE, receiving_staff=(),
                            transcript_signed=False, transcript_read_back=False)) == set()
    bad = InformantIdentity(name="王\x07芳", id_number="110105194912310021",
                            phones=("12345",))
    found = problems(_report(identity=bad))
    assert {f for f, _ in found} == {"informant.name", "informant.id_number",
                                     "informant.phones[0]"}


def test_an_id_number_of_no_such_division_is_flagged() -> None:
    # Check character and birth date are right, but there is no county 354761 (Fujian).
    with pytest.raises(InvalidField) as caught:
        v.normalize_id_number("354761197508083780", TODAY, "id_number")
    assert caught.value == InvalidField("id_number", Problem.NO_SUCH_DIVISION)
    with pytest.raises(InvalidField) as caught:
        v.normalize_id_number("354761750808378", TODAY, "id_number")  # the 15-digit form
    assert caught.value.problem is Problem.NO_SUCH_DIVISION
    first17 = "11010320150101001"  # 崇文区 was merged in 2010; its code stays valid
    assert v.normalize_id_number(first17 + v.id_check_character(first17), TODAY)


@settings(max_examples=2000)
@given(st.text("0123456789", min_size=17, max_size=17))
def test_the_check_character_is_iso_7064_mod_11_2(first17: str) -> None:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)  # GB 11643 Table 1
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    assert v.id_check_character(first17) == "10X98765432"[total % 11]



_NOW = datetime(2026, 6, 30, 12, tzinfo=UTC)
# One change each to a report that passes as it is: what the quick path must notice.
_CHANGES: dict[str, dict[str, object]] = {
    "naive": {"received_at": datetime(2026, 6, 29, 9)},
    "future": {"received_at": _NOW + timedelta(hours=1)},
    "original blank": {"original_text": "  "},
    "original NUL": {"original_text": "x\x00y"},
    "original spaced": {"original_text": " 原文前后有空格 \n"},
    "summary spaced": {"summary": " 摘要 "},
    "summary lines": {"summary": "行一\n行二"},
    "summary control": {"summary": "a\x01"},
    "origin spaced": {"origin": "某地 "},
    "origin tab": {"origin": "a\tb"},
    "reference": {"reference": "12309-1"},
    "reference long": {"reference": "x" * (v.MEDIUM + 1)},
    "illegible": {"postmark_illegible_reason": "邮戳模糊"},
    "no postmark": {"postmark_date": None},
    "postmark": {"postmark_date": date(2026, 6, 28)},
    "postmark later": {"postmark_date": date(2026, 7, 1)},
    "staff": {"receiving_staff": ("甲", "乙")},
    "staff spaced": {"receiving_staff": (" 甲", "乙")},
    "items": {"items_received": (ReceivedItem("信封"),)},
    "signed": {"transcript_signed": True},
    "read back": {"transcript_read_back": True},
    "named": {"identity": InformantIdentity(name="张三")},
    "phone": {"identity": InformantIdentity(phones=("138 0013 8000",))},
    "bad name": {"identity": InformantIdentity(name="a\x01")},
}


@settings(max_examples=600, deadline=None)
@given(channel=st.sampled_from(list(Channel)),
       changes=st.lists(st.sampled_from(sorted(_CHANGES)), max_size=2))
def test_the_quick_path_agrees_with_every_check(channel: Channel, changes: list[str]) -> None:
    """validate_report's quick path (most rows of an import) gives what the full checks
    give: the same report, or the same problems."""
    report = NewReport(channel=channel, received_at=datetime(2026, 6, 29, 9, tzinfo=UTC),
                       original_text="来电反映某局长收受贿赂。",
                       postmark_date=date(2026, 6, 27) if channel is Channel.LETTER else None)
    for change in changes:
        report = report._replace(**_CHANGES[change])  # type: ignore[arg-type]

    def outcome() -> object:
        try:
            return v.validate_report(report, _NOW)
        except ValidationFailed as failed:
            return failed.problems

    quick = outcome()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(v, "_plain", lambda _report, _now: False)
        assert outcome() == quick


ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def _digits(text: str, alphabet: str) -> str:
    return "".join(alphabet[int(ch)] if ch.isdigit() else ch for ch in text)


def test_digits_of_other_scripts_are_refused_and_full_width_ones_folded() -> None:
    """A Chinese input method in full-width mode types ０-９ and Ｘ: accepted as the
    ASCII number. Digits of other scripts are a bad format (they crashed the check
    character before), wherever they stand."""
    good = "11010519491231002X"
    for position in range(17):
        odd = good[:position] + _digits(good[position], ARABIC_INDIC) + good[position + 1:]
        with pytest.raises(InvalidField) as refused:
            v.normalize_id_number(odd, TODAY)
        assert refused.value.problem is Problem.BAD_FORMAT
    full_width = "".join(chr(ord(ch) + 0xFEE0) for ch in good.lower())
    assert v.normalize_id_number(full_width, TODAY) == good
    assert v.normalize_phone("１３８－００１３－８０００") == "13800138000"
    assert v.normalize_phone("（０１０）６２３４５６７８") == "01062345678"
    with pytest.raises(InvalidField):
        v.normalize_phone(_digits("13800138000", ARABIC_INDIC))


def test_dates_are_chinas_not_utcs() -> None:
    """A letter received at 07:30 in China (23:30 UTC the day before) with that day's
    postmark is not "postmarked after it arrived"; a birthday is China's date."""
    arrived = datetime(2026, 3, 2, 7, 30, tzinfo=v.CHINA)
    letter = dict(channel=Channel.LETTER, receiving_staff=(), transcript_read_back=False,
                  transcript_signed=False, received_at=arrived)
    report = _report(**letter, postmark_date=date(2026, 3, 2))
    v.validate_report(report, arrived + timedelta(minutes=5))  # no problem
    born_today = "110105" + "20260302" + "001"
    number = born_today + v.id_check_character(born_today)
    assert v.normalize_id_number(number, date(2026, 3, 2)) == number
    identity = InformantIdentity(name="甲", id_number=number)
    v.validate_report(_report(**letter, postmark_date=date(2026, 3, 2), identity=identity),
                      arrived + timedelta(minutes=5))
