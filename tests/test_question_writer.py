"""Writing question files from the chat: exact round trips, untouched neighbours, atomicity."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.question_writer import (
    BOT_FILE_HEADER,
    Draft,
    UnsafeEdit,
    append_question,
    atomic_write,
    new_question_id,
    replace_question,
)
from bot.questions import parse_question_file

HAND_WRITTEN = textwrap.dedent(
    """\
    # A file written by a teacher: its comments and layout must survive.
    passage: p
    questions:
      # --- first part ---
      - id: first
        paragraph: 1
        difficulty: 1
        question: Première ?   # a trailing comment
        choices: ["1923", "1933"]
        answer: "1923"
        explanation: Parce que.

      # --- second part ---
      - id: second
        paragraph: 2
        difficulty: 2
        question: Deuxième ?
        choices: [A, B]
        answer: B
        explanation: Voilà.
        en:
          question: Second?
          choices: [A, B]
          explanation: There.
      - {id: third, paragraph: 3, difficulty: 3, question: Troisième ?, choices: [X, Y], answer: X, explanation: Ok.}
    """
)

TRICKY = (
    "<b>Gras</b> & « guillemets » : {accolades} # pas un commentaire, 'apostrophes' \"doubles\" ?"
)


def draft(**changes: object) -> Draft:
    d = Draft(passage="p", question="Quoi ?", choices=["Un", "Deux"], answer_index=1,
              explanation="Ainsi.", tags=["dates"], difficulty=2, paragraph=1)  # fmt: skip
    for key, value in changes.items():
        setattr(d, key, value)
    return d


def test_new_ids_are_readable_and_unique() -> None:
    assert new_question_id("En quelle année, déjà ?", []) == "chat-en-quelle-annee-deja"
    assert new_question_id("En quelle année, déjà ?", ["chat-en-quelle-annee-deja"]).endswith("-2")
    assert new_question_id("???", []) == "chat-question"


def test_draft_validation_uses_the_file_rules() -> None:
    assert draft().validate() == []
    errors = draft(question="x" * 301, choices=["A", "a"]).validate()
    fields = {e.field for e in errors}
    assert {"question", "choices"} <= fields


def test_appended_question_round_trips_exactly(tmp_path: Path) -> None:
    path = append_question(tmp_path, draft(question=TRICKY, explanation="a: b\nc # d"), "q1")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(BOT_FILE_HEADER)
    question = parse_question_file(text, path.name).questions[0]
    assert question.wording("fr").question == TRICKY
    assert question.wording("fr").explanation == "a: b\nc # d"
    append_question(tmp_path, draft(question="Encore ?"), "q2")
    report = parse_question_file(path.read_text(encoding="utf-8"), path.name)
    assert [q.id for q in report.questions] == ["q1", "q2"]


def test_editing_a_question_changes_only_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "hand.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    edited = draft(question=TRICKY, choices=["A", "B"], answer_index=0).entry("second")
    assert replace_question(path, "second", edited)
    text = path.read_text(encoding="utf-8")
    before, after = HAND_WRITTEN.splitlines(), text.splitlines()
    assert after[:14] == before[:14]  # header, comments, first question, blank line, comment
    assert after[-1] == before[-1]  # the flow-style third question
    questions = {q.id: q for q in parse_question_file(text, "hand.yaml").questions}
    assert questions["second"].wording("fr").question == TRICKY
    assert questions["second"].answer_index == 0
    assert questions["first"].wording("fr").question == "Première ?"


def test_deleting_keeps_neighbours_and_comments(tmp_path: Path) -> None:
    path = tmp_path / "hand.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    assert replace_question(path, "first", None)
    text = path.read_text(encoding="utf-8")
    assert "# A file written by a teacher" in text and "# --- second part ---" in text
    assert "Première" not in text
    assert [q.id for q in parse_question_file(text, "h").questions] == ["second", "third"]
    replace_question(path, "third", None)
    assert [q.id for q in parse_question_file(path.read_text(), "h").questions] == ["second"]


def test_deleting_the_last_question_removes_the_file(tmp_path: Path) -> None:
    path = append_question(tmp_path, draft(), "only")
    assert replace_question(path, "only", None) is False
    assert not path.exists()


def test_unknown_id_is_refused_and_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "hand.yaml"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    with pytest.raises(UnsafeEdit):
        replace_question(path, "missing", None)
    assert path.read_text(encoding="utf-8") == HAND_WRITTEN


def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "f.yaml"
    atomic_write(target, "a: 1\n")
    atomic_write(target, "a: 2\n")
    assert target.read_text() == "a: 2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]
