"""The shipped questions: valid, within Telegram's limits in both languages, covering the passage."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

from bot.questions import (
    MAX_CHOICE_CHARS,
    MAX_EXPLANATION_CHARS,
    MAX_QUESTION_CHARS,
    Question,
    QuestionBank,
    load_folder,
)
from tests.conftest import ROOT, SHIPPED_QUESTIONS

PASSAGE = ROOT.parent / "shared" / "seed" / "passage-fr.txt"
PARAGRAPHS = 4
TOPICS = {"dates", "people", "organisations", "ideas", "events"}


@pytest.fixture(scope="module")
def shipped() -> list[Question]:
    reports = load_folder(SHIPPED_QUESTIONS)
    assert reports, "no question file shipped"
    bank, reports = QuestionBank.build(reports)
    problems = [str(e) for r in reports for e in r.errors]
    assert not problems, "\n".join(problems)
    return list(bank)


def test_enough_questions_every_paragraph_covered(shipped: list[Question]) -> None:
    assert len(shipped) >= 45
    per_paragraph = Counter(q.paragraph for q in shipped)
    assert set(per_paragraph) == set(range(1, PARAGRAPHS + 1))
    assert min(per_paragraph.values()) >= 5, per_paragraph


def test_difficulties_are_spread(shipped: list[Question]) -> None:
    levels = Counter(q.difficulty for q in shipped)
    assert set(levels) == {1, 2, 3}
    assert min(levels.values()) >= len(shipped) // 5, levels


def test_every_question_is_bilingual_and_within_limits(shipped: list[Question]) -> None:
    for q in shipped:
        assert set(q.languages) == {"fr", "en"}, q.id
        for wording in q.wordings.values():
            assert len(wording.question) <= MAX_QUESTION_CHARS, q.id
            assert all(len(c) <= MAX_CHOICE_CHARS for c in wording.choices), q.id
            assert len(wording.explanation) <= MAX_EXPLANATION_CHARS, q.id
            assert wording.explanation.count("\n") <= 2, q.id
            assert len(wording.choices) == len(q.wordings["fr"].choices), q.id


def test_tags_name_topics_a_learner_can_ask_for(shipped: list[Question]) -> None:
    used = Counter(tag for q in shipped for tag in q.tags)
    assert set(used) >= TOPICS, used
    assert all(q.tags for q in shipped)


def test_kinds_are_mixed(shipped: list[Question]) -> None:
    true_false = [q for q in shipped if q.wordings["fr"].choices == ("Vrai", "Faux")]
    assert len(true_false) >= 5
    assert all(not q.shuffle for q in true_false), "Vrai/Faux keep their order"
    assert all(q.wordings["en"].choices == ("True", "False") for q in true_false)
    assert sum(1 for q in shipped if q.wordings["fr"].question.startswith("En quelle")) >= 3


def test_no_two_questions_ask_the_same_thing(shipped: list[Question]) -> None:
    for a, b in combinations(shipped, 2):
        fa, fb = a.wordings["fr"], b.wordings["fr"]
        same_answer = fa.choices[a.answer_index].casefold() == fb.choices[b.answer_index].casefold()
        similarity = difflib.SequenceMatcher(None, fa.question, fb.question).ratio()
        assert not (same_answer and similarity > 0.75), (a.id, b.id)


def test_french_questions_end_with_a_spaced_question_mark(shipped: list[Question]) -> None:
    for q in shipped:
        text = q.wordings["fr"].question
        assert text.endswith(" ?") or text.endswith("."), q.id
        assert not re.search(r"\b(de le|à le|de les|à les)\b", text), q.id


@pytest.mark.skipif(not PASSAGE.exists(), reason="the seed passage is not beside the repository")
def test_questions_are_in_our_own_words() -> None:
    words = re.findall(r"\w+", PASSAGE.read_text(encoding="utf-8").lower())
    runs = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    for path in Path(SHIPPED_QUESTIONS).rglob("*.yaml"):
        ours = re.findall(r"\w+", path.read_text(encoding="utf-8").lower())
        copied = [" ".join(ours[i : i + 8]) for i in range(len(ours) - 7)]
        assert not [run for run in copied if run in runs], path.name
