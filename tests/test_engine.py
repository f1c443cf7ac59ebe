"""The pure quiz rules, table-tested without Telegram."""

from __future__ import annotations

import json
import random
from types import MappingProxyType

import pytest

from bot.engine import (
    SNAPSHOT_VERSION,
    AskedQuestion,
    InvalidChoice,
    SeenStat,
    ask,
    judge,
    pick_next,
    points_for,
)
from bot.questions import Question, Wording


def question(shuffle: bool = True) -> Question:
    return Question(
        id="q",
        wordings=MappingProxyType({
            "fr": Wording("Quand ?", ("1923", "1917", "1933", "1938"), "En 1923."),
            "en": Wording("When?", ("1923", "1917", "1933", "1938"), "In 1923."),
        }),
        answer_index=0, difficulty=3, tags=(), passage="p", paragraph=1, file="f.yaml",
        passage_title="Titre", fingerprint="x", shuffle=shuffle,
    )  # fmt: skip


def test_pick_next_prefers_least_seen() -> None:
    seen = {"a": SeenStat(2, 5), "b": SeenStat(1, 3), "c": SeenStat(2, 4)}
    assert pick_next(["a", "b", "c"], seen, random.Random(0)) == "b"


def test_pick_next_never_repeats_the_last_question_when_starting_over() -> None:
    seen = {"a": SeenStat(1, 1), "b": SeenStat(1, 2)}
    for seed in range(20):
        assert pick_next(["a", "b"], seen, random.Random(seed)) == "a"


def test_pick_next_is_deterministic_for_a_seed_and_handles_empty() -> None:
    ids = [f"q{i}" for i in range(30)]
    assert pick_next(ids, {}, random.Random(4)) == pick_next(ids, {}, random.Random(4))
    assert pick_next([], {}, random.Random(0)) is None


def test_ask_shuffles_but_keeps_track_of_the_right_answer() -> None:
    orders = set()
    for seed in range(30):
        asked = ask(question(), "fr", random.Random(seed))
        assert asked.choices[asked.correct] == "1923"
        orders.add(asked.choices)
    assert len(orders) > 5


def test_ask_keeps_order_when_asked_and_picks_language() -> None:
    asked = ask(question(shuffle=False), "en", random.Random(0))
    assert (asked.text, asked.choices[0], asked.correct) == ("When?", "1923", 0)
    assert ask(question(), "de", random.Random(0)).language == "fr"


@pytest.mark.parametrize(("choice", "correct", "points"), [(0, True, 3), (2, False, 0)])
def test_judge(choice: int, correct: bool, points: int) -> None:
    asked = ask(question(shuffle=False), "fr", random.Random(0))
    outcome = judge(asked, choice)
    assert (outcome.correct, outcome.points) == (correct, points)


@pytest.mark.parametrize("choice", [-1, 4, 99])
def test_judge_rejects_choices_the_question_does_not_have(choice: int) -> None:
    with pytest.raises(InvalidChoice):
        judge(ask(question(), "fr", random.Random(0)), choice)


def test_points_grow_with_difficulty() -> None:
    assert [points_for(d, True) for d in (1, 2, 3)] == [1, 2, 3]
    assert points_for(3, False) == 0


def test_asked_question_round_trips_as_json() -> None:
    asked = ask(question(), "fr", random.Random(1))
    assert type(asked).from_json(asked.to_json()) == asked


def test_snapshots_written_by_older_and_newer_versions_load() -> None:
    """Pending quizzes keep their snapshot across upgrades (and a downgrade after one)."""
    asked = ask(question(), "fr", random.Random(1))
    current = json.loads(asked.to_json())
    assert current["v"] == SNAPSHOT_VERSION
    version_1 = {k: v for k, v in current.items() if k != "v"}  # as the first version wrote
    newer = {**current, "v": SNAPSHOT_VERSION + 1, "hint": "added later"}
    for blob in (version_1, newer):
        assert AskedQuestion.from_json(json.dumps(blob)) == asked
