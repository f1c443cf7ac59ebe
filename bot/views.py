"""How a quiz looks in a chat: message text and buttons, and the callback data they carry.

Buttons carry only a quiz number and a choice index (`bot.callbacks`); everything else is
looked up in the store.

Keyboards are built as the Bot API reads them (`Markup`), for `post_text`: python-telegram-bot's
keyboard objects, built only to be turned back into these dicts, cost an answer tap a tenth of
its CPU (bench/RESULTS.md, taps). `keyboard_object` gives the objects its own methods take;
`next_keyboard_json` the JSON itself, for the keyboard every answer tap sends.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from typing import NamedTuple

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


class _Lines(NamedTuple):
    """The lines of a wording that every message about it shows alike, escaped."""

    header: str  # the question
    choices: tuple[str, ...]  # "A. ...", in the order shown
    wrong: str  # the verdict of a wrong answer, naming the right one
    explanation: str
    source: str  # the passage and paragraph


LINES_KEPT = 1024  # wordings whose lines are kept (a tap comes soon after its question)
_kept: dict[tuple[AskedQuestion, str], tuple[Texts, _Lines]] = {}


def _lines(asked: AskedQuestion, texts: Texts) -> _Lines:
    """Made once per wording and language: the question and its result show the same escaped
    lines, which were most of a result's rendering (bench/RESULTS.md, taps). Kept by language,
    the texts themselves checked by identity: hashing a `Texts` costs more than the render."""
    key = (asked, texts.language)
    kept = _kept.get(key)
    if kept is not None and kept[0] is texts:
        return kept[1]
    right = asked.choices[asked.correct]
    lines = _Lines(
        header=texts.question_header.format(question=html.escape(asked.text)),
        choices=tuple(f"{LETTERS[i]}. {html.escape(c)}" for i, c in enumerate(asked.choices)),
        wrong=texts.wrong.format(letter=LETTERS[asked.correct], answer=html.escape(right)),
        explanation=f"💡 {html.escape(asked.explanation)}",
        source=_source(asked, texts),
    )
    if kept is None and len(_kept) >= LINES_KEPT:  # a wording's new texts take its own place
        del _kept[next(iter(_kept))]  # the oldest
    _kept[key] = (texts, lines)
    return lines


def question_text(asked: AskedQuestion, texts: Texts) -> str:
    shown = _lines(asked, texts)
    return "\n".join([shown.header, "", *shown.choices, "", shown.source])


def question_keyboard(quiz_id: int, asked: AskedQuestion) -> Markup:
    """One row per choice, the letter first: Telegram cuts long labels, the letter survives."""
    return {
        "inline_keyboard": [
            [_button(f"{LETTERS[i]}. {choice}", AnswerTap(quiz_id, i).pack())]
            for i, choice in enumerate(asked.choices)
        ]
    }


def result_text(asked: AskedQuestion, answer: AnswerRecord, texts: Texts) -> str:
    shown = _lines(asked, texts)
    lines = [shown.header, ""]
    for i, line in enumerate(shown.choices):
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
        lines.append(shown.wrong)
    lines.append(shown.explanation)
    if answer.streak >= 2:
        lines.append(texts.streak.format(streak=answer.streak))
    lines.append(shown.source)
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
    read = _read_data(asked.passage_id, asked.paragraph) if readable and asked else None
    if read is not None:
        rows.append([_button(texts.read_button, read)])
    return {"inline_keyboard": rows}


def next_keyboard_json(
    quiz_id: int, texts: Texts, asked: AskedQuestion | None = None, readable: bool = False
) -> str:
    """`next_keyboard` as the JSON sent to Telegram, the same bytes `json.dumps` writes: all
    but the quiz's own button data is made once per language and paragraph (building the
    keyboard and encoding it were a tenth of a tap's own CPU, bench/RESULTS.md)."""
    paragraph = (asked.passage_id, asked.paragraph) if readable and asked is not None else None
    head, tail = _next_frame(texts.next_button, texts.read_button, paragraph)
    # button data holds ASCII letters, digits, '_', '-' and ':' only, which JSON writes as is
    return f'{head}"{NextQuestion(quiz_id).pack()}"{tail}'


@lru_cache(maxsize=256)
def _next_frame(
    next_label: str, read_label: str, paragraph: tuple[str, int] | None
) -> tuple[str, str]:
    """The next keyboard's JSON before and after the "next" button's data."""
    rows = [[_button(next_label, "\0")]]
    read = _read_data(*paragraph) if paragraph else None
    if read is not None:
        rows.append([_button(read_label, read)])
    head, _, tail = json.dumps({"inline_keyboard": rows}).partition(json.dumps("\0"))
    return head, tail


def _read_data(passage_id: str, paragraph: int) -> str | None:
    """The "read the paragraph" button's data, if the passage's id fits in one."""
    if not ReadParagraph.parse(f"rp:{passage_id}:{paragraph}"):
        return None
    return ReadParagraph(passage_id, paragraph).pack()


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
