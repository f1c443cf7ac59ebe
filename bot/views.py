"""How a quiz looks in a chat: message text and buttons, and the callback data they carry.

Callback data is untrusted (any client can send any 64 bytes), so it is parsed strictly and
carries only a quiz number and a choice index; everything else is looked up in the store.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine import AskedQuestion
from bot.store import AnswerRecord
from bot.texts import Texts

LETTERS = "ABCDEFGHIJKL"  # up to Telegram's 12 poll options
_ANSWER_DATA = re.compile(r"^a:(\d{1,15}):(\d{1,2})$")
_NEXT_DATA = re.compile(r"^n:(\d{1,15})$")
ANSWER_PATTERN = r"^a:"
NEXT_PATTERN = r"^n:"


@dataclass(frozen=True)
class AnswerTap:
    quiz_id: int
    choice: int


def answer_data(quiz_id: int, choice: int) -> str:
    return f"a:{quiz_id}:{choice}"


def next_data(quiz_id: int) -> str:
    return f"n:{quiz_id}"


def parse_answer(data: str | None) -> AnswerTap | None:
    match = _ANSWER_DATA.match(data or "")
    return AnswerTap(int(match[1]), int(match[2])) if match else None


def parse_next(data: str | None) -> int | None:
    match = _NEXT_DATA.match(data or "")
    return int(match[1]) if match else None


def question_text(asked: AskedQuestion, texts: Texts) -> str:
    lines = [texts.question_header.format(question=html.escape(asked.text)), ""]
    lines += [f"{LETTERS[i]}. {html.escape(c)}" for i, c in enumerate(asked.choices)]
    lines += ["", _source(asked, texts)]
    return "\n".join(lines)


def question_keyboard(quiz_id: int, asked: AskedQuestion) -> InlineKeyboardMarkup:
    """One row per choice, the letter first: Telegram cuts long labels, the letter survives."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(f"{LETTERS[i]}. {choice}", callback_data=answer_data(quiz_id, i))]
            for i, choice in enumerate(asked.choices)
        ]
    )


def result_text(
    asked: AskedQuestion, answer: AnswerRecord, texts: Texts, streak: int | None
) -> str:
    lines = [texts.question_header.format(question=html.escape(asked.text)), ""]
    for i, choice in enumerate(asked.choices):
        line = f"{LETTERS[i]}. {html.escape(choice)}"
        if i == asked.correct:
            line = f"<b>{line}</b> ✅"
        elif i == answer.choice:
            line = f"<s>{line}</s> ❌"
        if i == answer.choice:
            line += f" <i>({texts.your_choice})</i>"
        lines.append(line)
    lines.append("")
    if answer.correct:
        lines.append(texts.right.format(points=texts.count_points(answer.points)))
    else:
        lines.append(
            texts.wrong.format(
                letter=LETTERS[asked.correct], answer=html.escape(asked.choices[asked.correct])
            )
        )
    lines.append(f"💡 {html.escape(asked.explanation)}")
    if streak is not None and streak >= 2:
        lines.append(texts.streak.format(streak=streak))
    lines.append(_source(asked, texts))
    return "\n".join(lines)


def next_keyboard(quiz_id: int, texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(texts.next_button, callback_data=next_data(quiz_id))]]
    )


def _source(asked: AskedQuestion, texts: Texts) -> str:
    return texts.source_line.format(passage=html.escape(asked.passage), paragraph=asked.paragraph)
