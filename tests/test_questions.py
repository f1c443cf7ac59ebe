"""Question files: every error reported at once, with file, question and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.questions import BankLoadError, QuestionBank, load_folder, parse_question_file
from tests.fakes import TOKEN

GOOD = """\
passage: p
questions:
  - id: ok-1
    paragraph: 1
    difficulty: 1
    question: Une question ?
    choices: ["A", "B"]
    answer: "A"
    explanation: Parce que.
"""


def errors_of(text: str) -> list[str]:
    report = parse_question_file(textwrap.dedent(text), "bad.yaml")
    assert not report.questions, "a file with errors serves nothing"
    return [str(e) for e in report.errors]


def test_every_error_in_a_file_is_reported_at_once() -> None:
    errors = errors_of(
        f"""\
        passage: p
        questions:
          - id: Bad Id
            paragraph: 1
            difficulty: 1
            question: Q ?
            choices: [A, B]
            answer: A
            explanation: E.
          - id: no-answer
            paragraph: 1
            difficulty: 4
            question: Q ?
            choices: [A, B]
            explanation: E.
          - id: long
            paragraph: 1
            difficulty: 1
            question: "{"x" * 301}"
            choices: [A, "{"y" * 101}"]
            answer: A
            explanation: "{"z" * 201}"
            explaination: typo
          - id: long
            paragraph: 1
            difficulty: 1
            question: Q ?
            choices: [Vrai, vrai]
            answer: Faux
            explanation: "a\\nb\\nc\\nd"
            en:
              question: Q?
              choices: [A]
              explanation: E.
        """
    )
    joined = "\n".join(errors)
    assert "bad.yaml, question 'Bad Id' (#1), field 'id': use lowercase letters" in joined
    assert "question 'no-answer' (#2), field 'answer': Field required" in joined
    assert "question 'no-answer' (#2), field 'difficulty'" in joined
    assert "field 'question': String should have at most 300 characters (it has 301)" in joined
    assert "field 'choices': choice 2 has 101 characters; Telegram allows 100" in joined
    assert "field 'explanation': String should have at most 200 characters (it has 201)" in joined
    assert "field 'explaination': unknown field" in joined
    assert "question 'long' (#4), field 'choices': choice 2 ('vrai') appears twice" in joined
    assert "field 'explanation': has 3 line breaks; Telegram allows 2" in joined
    assert "field 'en.choices': List should have at least 2 items" in joined
    assert "question 'long' (#4), field 'id': duplicate id, first used by #3" in joined
    assert len(errors) >= 9


def test_answer_must_be_a_choice_and_ids_unique_in_a_file() -> None:
    errors = errors_of(
        """\
        passage: p
        questions:
          - {id: a, paragraph: 1, difficulty: 1, question: Q ?, choices: [A, B], answer: C, explanation: E}
          - {id: a, paragraph: 1, difficulty: 1, question: Q ?, choices: [A, B], answer: A, explanation: E}
        """
    )
    assert errors == [
        "bad.yaml, question 'a' (#1), field 'answer': 'C' is not one of the choices",
        "bad.yaml, question 'a' (#2), field 'id': duplicate id, first used by #1",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "bad.yaml: the file is empty"),
        ("- just\n- a list\n", "bad.yaml: the file must be a mapping"),
        ("passage: p\nquestions: [\n", "bad.yaml: not valid YAML at line"),
        ("passage: p\nquestions: []\n", "bad.yaml, field 'questions': List should have at least 1"),
        ("questions:\n  - 1\n", "bad.yaml, field 'passage': Field required"),
        ("passage: p\nquestions:\n  - 42\n", "question #1: each question must be a mapping"),
    ],
)
def test_file_level_errors(text: str, message: str) -> None:
    assert any(message in e for e in errors_of(text)), errors_of(text)


def test_yaml_error_gives_line_and_column() -> None:
    errors = errors_of("passage: p\nquestions:\n  - id: a\n    question: Il dit : non\n")
    assert errors == [
        "bad.yaml: not valid YAML at line 4, column 22: mapping values are not allowed in this context"
    ]


def test_unquoted_numbers_are_read_as_text() -> None:
    report = parse_question_file(
        GOOD.replace('["A", "B"]', "[1923, 1933]").replace('"A"', "1923"), "n.yaml"
    )
    assert report.ok and report.questions[0].wording("fr").choices == ("1923", "1933")


def test_translation_in_the_files_own_language_is_refused() -> None:
    text = GOOD + "    fr:\n      question: Q ?\n      choices: [A, B]\n      explanation: E.\n"
    assert "the file's language is 'fr'" in errors_of(text)[0]


def test_html_and_yaml_syntax_round_trip_as_text() -> None:
    text = GOOD.replace("Une question ?", "'<b>x</b> & y: {z} # pas un commentaire ?'")
    report = parse_question_file(text, "g.yaml")
    assert report.questions[0].wording("fr").question == "<b>x</b> & y: {z} # pas un commentaire ?"


def test_duplicate_ids_across_files_reject_the_later_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD)
    bank, reports = QuestionBank.build(load_folder(tmp_path))
    assert bank.ids() == ["ok-1"] and bank.get("ok-1").file == "a.yaml"  # type: ignore[union-attr]
    assert str(reports[1].errors[0]) == (
        "b.yaml, question 'ok-1', field 'id': duplicate id, already used in a.yaml"
    )


def start_up(folder: Path) -> QuestionBank:
    """The bot's own start-up path: build_application loads the folder (no network)."""
    settings = Settings(token=TOKEN, db_path=folder / "q.db", questions_dir=folder)
    return build_application(settings).bot_data.bank


def test_start_up_skips_broken_files_when_one_is_good(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "broken.yaml").write_text("passage: p\nquestions: [\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "wip.yaml").write_text(GOOD.replace("ok-1", "draft-1"))
    (tmp_path / ".hidden.yaml").write_text(GOOD.replace("ok-1", "hidden-1"))
    bank = start_up(tmp_path)
    assert bank.ids() == ["ok-1"]
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 1 and "broken.yaml" in skipped[0]


def test_start_up_refuses_when_nothing_is_usable(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("passage: p\nquestions: [\n")
    (tmp_path / "worse.yaml").write_text("passage: p\n")
    with pytest.raises(BankLoadError) as caught:
        start_up(tmp_path)
    assert [e.file for e in caught.value.errors] == ["broken.yaml", "worse.yaml"]
    assert "broken.yaml" in str(caught.value) and "worse.yaml" in str(caught.value)


def test_fingerprint_changes_with_wording_only(tmp_path: Path) -> None:
    a = parse_question_file(GOOD, "a.yaml").questions[0]
    b = parse_question_file(GOOD.replace("Parce que.", "Parce que !"), "a.yaml").questions[0]
    c = parse_question_file("# a comment\n" + GOOD, "a.yaml").questions[0]
    assert a.fingerprint != b.fingerprint
    assert a.fingerprint == c.fingerprint
