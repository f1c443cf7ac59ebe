"""Rendering: a wording's escaped lines are made once and kept, never shown for another
wording, language or set of texts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot import views
from bot.engine import AskedQuestion
from bot.store import AnswerRecord
from bot.texts import CATALOGUES, Texts

ASKED = AskedQuestion(
    question_id="q-year",
    fingerprint="f",
    language="fr",
    text="En quelle année <b>a</b> eu lieu l'événement ?",
    choices=("1923", "1917 & co", "1933"),
    correct=0,
    explanation="C'était en 1923 : a < b.",
    difficulty=2,
    passage="Un texte <court>",
    paragraph=1,
    passage_id="test-passage",
)
FR, EN = CATALOGUES["fr"], CATALOGUES["en"]
WRONG = AnswerRecord(choice=1, correct=False, points=0, inserted=True, streak=0)
RIGHT = AnswerRecord(choice=0, correct=True, points=2, inserted=True, streak=3)


QUESTION = "❓ <b>En quelle année &lt;b&gt;a&lt;/b&gt; eu lieu l&#x27;événement ?</b>"
SOURCE = "📖 Texte « Un texte &lt;court&gt; », paragraphe 1"


def test_a_result_shows_the_answer_it_is_given_whatever_was_rendered_before() -> None:
    assert views.question_text(ASKED, FR) == "\n".join(
        [QUESTION, "", "A. 1923", "B. 1917 &amp; co", "C. 1933", "", SOURCE]
    )
    for _ in range(2):  # rendered from scratch, then from the kept lines
        assert views.result_text(ASKED, WRONG, FR) == "\n".join(
            [
                QUESTION, "", "<b>A. 1923</b> ✅", "<s>B. 1917 &amp; co</s> ❌ <i>(votre choix)</i>",
                "C. 1933", "", "❌ <b>Raté.</b> La bonne réponse : <b>A. 1923</b>",
                "💡 C&#x27;était en 1923 : a &lt; b.", SOURCE,
            ]
        )  # fmt: skip
        assert views.result_text(ASKED, RIGHT, FR) == "\n".join(
            [
                QUESTION, "", "<b>A. 1923</b> ✅ <i>(votre choix)</i>", "B. 1917 &amp; co",
                "C. 1933", "", "✅ <b>Bonne réponse !</b> +2 points",
                "💡 C&#x27;était en 1923 : a &lt; b.", "🔥 Série de 3 bonnes réponses", SOURCE,
            ]
        )  # fmt: skip


def test_kept_lines_belong_to_one_wording_language_and_set_of_texts() -> None:
    reordered = replace(ASKED, choices=("1933", "1923", "1917 & co"), correct=1)
    assert views.question_text(ASKED, FR) != views.question_text(reordered, FR)
    assert views.question_text(reordered, FR).splitlines()[2] == "A. 1933"
    assert "Text “" in views.question_text(ASKED, EN)
    assert "Texte «" in views.question_text(ASKED, FR)
    terse = replace(FR, question_header="Q: {question}")  # same language, other texts
    assert views.question_text(ASKED, terse).startswith("Q: En quelle")
    assert views.question_text(ASKED, FR).startswith("❓")


def test_the_kept_lines_are_bounded() -> None:
    for n in range(views.LINES_KEPT + 10):
        views.question_text(replace(ASKED, question_id=f"q{n}"), FR)
    assert len(views._kept) == views.LINES_KEPT


@pytest.mark.parametrize("texts", [FR, EN], ids=["fr", "en"])
@pytest.mark.parametrize("readable", [False, True])
@pytest.mark.parametrize("quiz_id", [0, 7, 123456789012345])
def test_the_next_keyboards_json_is_what_json_dumps_writes(
    texts: Texts, readable: bool, quiz_id: int
) -> None:
    for asked in (ASKED, replace(ASKED, passage_id="x" * 60), replace(ASKED, paragraph=2)):
        markup = views.next_keyboard(quiz_id, texts, asked, readable)
        for _ in range(2):  # made, then kept
            assert views.next_keyboard_json(quiz_id, texts, asked, readable) == json.dumps(markup)
    assert len(markup["inline_keyboard"]) == (2 if readable else 1)


def test_a_next_keyboard_for_a_quiz_id_no_button_can_carry_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be carried"):
        views.next_keyboard_json(10**15, FR, ASKED, readable=True)


def test_new_texts_for_a_kept_wording_evict_nothing() -> None:
    views._kept.clear()
    wordings = [replace(ASKED, question_id=f"w{n}") for n in range(views.LINES_KEPT)]
    for asked in wordings:
        views.question_text(asked, FR)
    terse = replace(FR, question_header="Q: {question}")  # same language, other texts
    assert views.question_text(wordings[-1], terse).startswith("Q: En quelle")
    assert len(views._kept) == views.LINES_KEPT
    assert (wordings[0], "fr") in views._kept
