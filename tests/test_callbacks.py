"""Callback data: one typed definition per kind of button, parsed as strictly as it is built."""

from __future__ import annotations

import dataclasses
import re

import pytest

from bot import callbacks
from bot.callbacks import (
    AnswerTap,
    CallbackData,
    NextQuestion,
    PickField,
    SearchPage,
    ShowQuestion,
)

KINDS = [
    kind
    for kind in vars(callbacks).values()
    if isinstance(kind, type) and issubclass(kind, CallbackData) and kind is not CallbackData
]
SAMPLES: list[CallbackData] = [
    callbacks.AnswerTap(123456789012345, 11),
    callbacks.NextQuestion(7),
    callbacks.ReadParagraph("trotsky-1923-1938", 4),
    callbacks.ResetScores("y"),
    callbacks.SearchPage(42, 99999),
    callbacks.ShowQuestion("p1-opposition-year"),
    callbacks.AskDelete("q" * 48),
    callbacks.ConfirmDelete("a_b-c"),
    callbacks.EditQuestion("x1"),
    callbacks.Resume("old"),
    callbacks.PickPassage(999),
    callbacks.PickAnswer(11),
    callbacks.PickDifficulty(3),
    callbacks.PickParagraph(999),
    callbacks.PreviewChoice(1),
    callbacks.SaveDraft(),
    callbacks.EditDraft(),
    callbacks.CancelDraft(),
    callbacks.PickField("explanation"),
]


def test_every_kind_has_a_sample_and_its_own_prefix() -> None:
    assert {type(sample) for sample in SAMPLES} == set(KINDS)
    prefixes = [kind.prefix for kind in KINDS]
    assert len(prefixes) == len(set(prefixes))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: type(s).__name__)
def test_each_kind_round_trips_and_only_its_own_kind_accepts_it(sample: CallbackData) -> None:
    data = sample.pack()
    assert 1 <= len(data.encode()) <= 64
    assert type(sample).parse(data) == sample
    assert [kind for kind in KINDS if kind.matches(data)] == [type(sample)]


@pytest.mark.parametrize(
    "data",
    [
        "a:1:2\n", "a:1:2 ", " a:1:2", "a:١:2", "a:1:٢", "a:1:+2", "a:1:-2", "a:1", "a:1:2:3",
        "a:1234567890123456:1", "a:1:123", "a::1", "A:1:2", "", "a", None, 12, b"a:1:2",
    ],
)  # fmt: skip
def test_answer_data_is_parsed_strictly(data: object) -> None:
    assert AnswerTap.parse(data) is None
    assert not AnswerTap.matches(data)


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (ShowQuestion, "qv:Q-YEAR"), (ShowQuestion, "qv:q year"), (ShowQuestion, "qv:" + "q" * 49),
        (ShowQuestion, "qv:é"), (SearchPage, "ql:1:123456"), (PickField, "c:f:answer"),
        (PickField, "c:f:"),
    ],
)  # fmt: skip
def test_text_parts_accept_only_their_own_shape(kind: type[CallbackData], data: str) -> None:
    assert kind.parse(data) is None


def test_data_a_button_cannot_carry_is_refused_when_built() -> None:
    with pytest.raises(ValueError, match="cannot be carried"):
        ShowQuestion("Not An Id").pack()
    with pytest.raises(ValueError, match="cannot be carried"):
        AnswerTap(1, 100).pack()
    # parts that would not parse back into the same values
    for wrong in (AnswerTap(-1, 0), AnswerTap("5", 1), ShowQuestion("q:1"), PickField("tags:x")):  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="cannot be carried"):
            wrong.pack()


def test_each_kind_reads_its_own_parts_once() -> None:
    """The parts are kept per kind: never a sibling's or the base's, and the same after use."""
    layouts = [kind._parts() for kind in KINDS]
    assert len({id(layout) for layout in layouts}) == len(KINDS)
    for kind, layout in zip(KINDS, layouts, strict=True):
        assert kind._parts() is layout
        assert layout.names == tuple(f.name for f in dataclasses.fields(kind))  # type: ignore[arg-type]
        assert layout.regex.pattern.startswith(re.escape(kind.prefix))


def test_kept_parses_belong_to_their_kind_and_data() -> None:
    """A parse is kept per kind and data: the same data read by another kind, or other data,
    is parsed on its own; a kept result is the same frozen value."""
    for _ in range(2):
        assert AnswerTap.parse("a:7:1") == AnswerTap(7, 1)
        assert AnswerTap.parse("a:7:2") == AnswerTap(7, 2)
        assert NextQuestion.parse("a:7:1") is None and AnswerTap.parse("n:7") is None
        assert NextQuestion.parse("n:7") == NextQuestion(7)
    assert AnswerTap.parse("a:7:1") is AnswerTap.parse("a:7:1")
    for n in range(1000):  # more than are kept: each still parsed right
        assert AnswerTap.parse(f"a:{n}:3") == AnswerTap(n, 3)
    assert AnswerTap.parse("a:7:1") == AnswerTap(7, 1)


def test_only_what_parsed_is_kept() -> None:
    """A tap is checked against every kind's handler: the misses must not crowd out its own
    kept parse."""
    kept = AnswerTap.parse("a:8:1")
    for n in range(1000):  # more than are kept
        assert NextQuestion.parse(f"a:8:{n}") is None
        assert AnswerTap.parse(f"a:8:x{n}") is None
    assert AnswerTap.parse("a:8:1") is kept
