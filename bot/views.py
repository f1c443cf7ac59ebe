"""How a quiz looks in a chat: message text and buttons, and the callback data they carry.

Buttons carry only a quiz number and a choice index (`bot.callbacks`); everything else is
looked up in the store.

Keyboards are built as the Bot API reads them (`Markup`), for `post_text`: python-telegram-bot's
keyboard objects, built only to be turned back into these dicts, cost an answer tap a tenth of
its CPU (bench/RESULTS.md, taps). `keyboard_object` gives the objects its own methods take.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardMarkup

from bot.callbacks import AnswerTap, NextQuestion, ReadParagraph
from bot.engine import AskedQuestion
from bot.store import AnswerRecord
from bot.texts import Texts

LETTERS = "ABCDEFGHIJKL"  # up to Telegram's 12 poll options

Markup = dict[str, list[list[dict[str, str]]]]  # an inline keyboard, as JSON for the Bot API


def _button(text: str, callback_data: str) -> dict[str, str]:
    return {"text": text, "callback_data": callback_data}


def keyboard_object(markup: Markup) -> InlineKeyboardMarkup:
    """For python-telegram-bot's methods (`reply_text`), which take no plain dicts."""
    return InlineKeyboardMarkup.de_json(markup, None)


def question_text(asked: AskedQuestion, texts: Texts) -> str:
    lines = [texts.question_header.format(question=html.escape(asked.text)), ""]
    lines += [f"{LETTERS[i]}. {html.escape(c)}" for i, c in enumerate(asked.choices)]
    lines += ["", _source(asked, texts)]
    return "\n".join(lines)


def question_keyboard(quiz_id: int, asked: AskedQuestion) -> Markup:
    """One row per choice, the letter first: Telegram cuts long labels, the letter survives."""
    return {
        "inline_keyboard": [
            [_button(f"{LETTERS[i]}. {choice}", AnswerTap(quiz_id, i).pack())]
            for i, choice in enumerate(asked.choices)
        ]
    }


def result_text(asked: AskedQuestion, answer: AnswerRecord, texts: Texts) -> str:
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
    if answer.streak >= 2:
        lines.append(texts.streak.format(streak=answer.streak))
    lines.append(_source(asked, texts))
    return "\n".join(lines)


def verdict_toast(asked: AskedQuestion, answer: AnswerRecord, texts: Texts) -> str:
    """Plain text (toasts take no HTML), at most 200 characters."""
    if not answer.inserted:
        return texts.already_answered
    if answer.correct:
        text = texts.toast_right.format(points=texts.count_points(answer.points))
    else:
        right = asked.choices[asked.correct]
        text = texts.toast_wrong.format(letter=LETTERS[asked.correct], answer=right)
    return text if len(text) <= 200 else text[:199] + "…"


def next_keyboard(
    quiz_id: int, texts: Texts, asked: AskedQuestion | None = None, readable: bool = False
) -> Markup:
    """ "Next question", and "read the paragraph" when the passage's text is registered."""
    rows = [[_button(texts.next_button, NextQuestion(quiz_id).pack())]]
    if (
        asked is not None
        and readable
        and ReadParagraph.parse(f"rp:{asked.passage_id}:{asked.paragraph}")
    ):
        read = ReadParagraph(asked.passage_id, asked.paragraph).pack()
        rows.append([_button(texts.read_button, read)])
    return {"inline_keyboard": rows}


def typed_question_text(asked: AskedQuestion, texts: Texts) -> str:
    lines = [texts.ask_header.format(question=html.escape(asked.text)), "", texts.ask_prompt]
    lines += ["", _source(asked, texts)]
    return "\n".join(lines)


def typed_result_text(asked: AskedQuestion, answer: AnswerRecord, texts: Texts) -> str:
    right = asked.choices[asked.correct]
    if answer.correct:
        lines = [texts.typed_right.format(points=texts.count_points(answer.points),
                                          answer=html.escape(right))]  # fmt: skip
    else:
        lines = [texts.typed_wrong.format(answer=html.escape(right))]
    lines.append(f"💡 {html.escape(asked.explanation)}")
    if answer.streak >= 2:
        lines.append(texts.streak.format(streak=answer.streak))
    lines.append(_source(asked, texts))
    return "\n".join(lines)


def _source(asked: AskedQuestion, texts: Texts) -> str:
    return texts.source_line.format(passage=html.escape(asked.passage), paragraph=asked.paragraph)
