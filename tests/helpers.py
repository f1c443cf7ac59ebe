"""What a learner does in tests: read the question, find the button for a given answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.catalog import QuestionCatalog
from bot.questions import QuestionBank


def served_bank(folder: Path) -> QuestionBank:
    """The bank the bot serves from `folder` at start-up, loaded the way production loads it."""
    catalog = QuestionCatalog(folder)
    catalog.load_initial()
    return catalog.bank


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    markup = message.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def right_and_wrong(message: dict[str, Any], bank: QuestionBank) -> tuple[str, str]:
    """Callback data of the right answer and of one wrong answer, found like a reader would:
    by the question's text and the answer's wording, whatever the shuffle."""
    text = message["text"]
    for question in bank:
        for wording in question.wordings.values():
            if wording.question in text:
                answer = wording.choices[question.answer_index]
                right = wrong = None
                for button in buttons(message):
                    label = button["text"].split(". ", 1)[1]
                    if label == answer:
                        right = button["callback_data"]
                    elif wrong is None:
                        wrong = button["callback_data"]
                assert right and wrong, message
                return right, wrong
    raise AssertionError(f"no question of the bank in {text!r}")


def question_id_of(message: dict[str, Any], bank: QuestionBank) -> str:
    for question in bank:
        if any(w.question in message["text"] for w in question.wordings.values()):
            return question.id
    raise AssertionError(f"no question of the bank in {message['text']!r}")
