"""Properties over arbitrary input: the question loader and the callback parsers never fail in
an unplanned way, whatever they are given."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import callbacks
from bot.callbacks import AnswerTap, CallbackData, ResetScores, SearchPage, ShowQuestion
from bot.questions import FileReport, parse_question_file

KINDS = [
    kind
    for kind in vars(callbacks).values()
    if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
]
yaml_ish = st.text(alphabet=string.printable + "éàçœ«»—…&*!|>-:[]{}#'\"", max_size=400)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(yaml_ish, st.text(max_size=400)))
def test_the_loader_reports_instead_of_raising(text: str) -> None:
    report = parse_question_file(text, "random.yaml")
    assert isinstance(report, FileReport)
    assert report.ok or all(error.file == "random.yaml" for error in report.errors)


@settings(max_examples=100, deadline=None)
@given(body=st.binary(max_size=300))
def test_the_loader_takes_any_bytes_decoded_leniently(body: bytes) -> None:
    report = parse_question_file(body.decode("utf-8", "replace"), "bytes.yaml")
    assert isinstance(report, FileReport)


@settings(max_examples=300, deadline=None)
@given(data=st.one_of(st.text(max_size=80), st.binary(max_size=80), st.none(), st.integers()))
def test_parsers_accept_only_what_the_builders_make(data: object) -> None:
    for kind in KINDS:
        parsed = kind.parse(data)
        if parsed is not None:
            assert parsed.pack() == data  # accepted data is exactly what pack() makes


@settings(max_examples=200, deadline=None)
@given(
    quiz=st.integers(min_value=0, max_value=10**15 - 1),
    choice=st.integers(min_value=0, max_value=99),
    search=st.integers(min_value=0, max_value=10**15 - 1),
    page=st.integers(min_value=0, max_value=99_999),
    qid=st.from_regex(r"[a-z0-9_-]{1,48}", fullmatch=True),
    yes=st.sampled_from(["y", "n"]),
)
def test_whatever_the_builders_make_parses_back(
    quiz: int, choice: int, search: int, page: int, qid: str, yes: str
) -> None:
    for built in (AnswerTap(quiz, choice), SearchPage(search, page), ShowQuestion(qid),
                  ResetScores(yes)):  # fmt: skip
        assert type(built).parse(built.pack()) == built
