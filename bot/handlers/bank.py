"""Admins browse the question bank: search, one question with its statistics, delete."""

from __future__ import annotations

import asyncio
import html
import math
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.context import QuizApp, QuizContext
from bot.handlers.admin import apply_reload
from bot.handlers.common import (
    FRESH_MESSAGES,
    clip,
    edit_quietly,
    fit,
    is_bot_admin,
    log_action,
    user_texts,
)
from bot.question_writer import UnsafeEdit, replace_question
from bot.questions import Question, QuestionBank, fold_ascii
from bot.store import QuestionStats
from bot.texts import Texts
from bot.views import LETTERS

PAGE_SIZE = 8
MAX_QUERY_CHARS = 100
_PAGE_DATA = re.compile(r"^ql:(\d{1,15}):(\d{1,5})$")
_QUESTION_DATA = re.compile(r"^q(v|d|y):([a-z0-9_-]{1,48})$")


def search(bank: QuestionBank, query: str) -> list[Question]:
    words = fold_ascii(query).split()
    found = []
    for question in bank:
        haystack = fold_ascii(
            " ".join(
                [question.id, question.file, " ".join(question.tags)]
                + [w.question for w in question.wordings.values()]
            )
        )
        if all(word in haystack for word in words):
            found.append(question)
    return sorted(found, key=lambda q: (q.file, q.id))


def page_view(
    found: list[Question], query: str, search_id: int, page: int, texts: Texts
) -> tuple[str, InlineKeyboardMarkup | None]:
    if not found:
        return texts.questions_none.format(query=html.escape(query)), None
    pages = math.ceil(len(found) / PAGE_SIZE)
    page = min(max(page, 0), pages - 1)
    shown = found[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    header = texts.questions_header.format(
        count=texts.count_questions(len(found)),
        query=html.escape(query) if query else "*",
        page=page + 1,
        pages=pages,
    )
    lines = [header, ""] + [
        f"<code>{q.id}</code> — {html.escape(clip(q.wording(texts.language).question, 60))}"
        for q in shown
    ]
    rows = [[InlineKeyboardButton(f"📄 {q.id}", callback_data=f"qv:{q.id}")] for q in shown]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀️", callback_data=f"ql:{search_id}:{page - 1}"))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("▶️", callback_data=f"ql:{search_id}:{page + 1}"))
    if nav:
        rows.append(nav)
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def question_view(question: Question, stats: QuestionStats, texts: Texts) -> str:
    lines = [
        texts.question_meta.format(
            id=question.id,
            file=html.escape(question.file),
            difficulty=question.difficulty,
            paragraph=question.paragraph,
            tags=html.escape(", ".join(question.tags) or "—"),
        )
    ]
    for language, wording in question.wordings.items():
        lines += ["", f"<b>[{language}]</b> {html.escape(wording.question)}"]
        for i, choice in enumerate(wording.choices):
            mark = " ✅" if i == question.answer_index else ""
            lines.append(f"{LETTERS[i]}. {html.escape(choice)}{mark}")
        lines.append(f"💡 {html.escape(wording.explanation)}")
    lines += [
        "",
        texts.question_stats.format(
            asked=stats.times_asked,
            answers=stats.answers,
            share=round(100 * stats.share_correct),
        ),
    ]
    if stats.wrong_picks:
        picks = sorted(stats.wrong_picks.items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append(
            texts.question_wrong_picks.format(
                picks=", ".join(f"« {html.escape(text)} » ×{n}" for text, n in picks)
            )
        )
    return fit(lines)


def question_buttons(question_id: str, texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.edit_button, callback_data=f"qe:{question_id}"),
                InlineKeyboardButton(texts.delete_button, callback_data=f"qd:{question_id}"),
            ]
        ]
    )


async def questions_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await is_bot_admin(update, context):
        return
    texts = user_texts(user)
    query = " ".join(context.args or [])[:MAX_QUERY_CHARS]
    data = context.bot_data
    search_id = await data.store.save_search(user.id, query, data.clock())
    text, markup = page_view(search(data.bank, query), query, search_id, 0, texts)
    await message.reply_text(text, reply_markup=markup)


async def page_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    if query is None or not await is_bot_admin(update, context):
        return
    texts = user_texts(query.from_user)
    match = _PAGE_DATA.match(query.data or "")
    words = None
    if match:
        words = await context.bot_data.store.get_search(int(match[1]), query.from_user.id)
    if match is None or words is None:
        await query.answer(texts.stale_button)
        return
    text, markup = page_view(
        search(context.bot_data.bank, words), words, int(match[1]), int(match[2]), texts
    )
    await query.answer()
    await edit_quietly(query.edit_message_text(text, reply_markup=markup))


async def question_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await is_bot_admin(update, context):
        return
    texts = user_texts(user)
    question_id = (context.args or [""])[0][:64]
    question = context.bot_data.bank.get(question_id)
    if question is None:
        await message.reply_text(texts.question_unknown.format(id=html.escape(question_id)))
        return
    stats = await context.bot_data.store.question_stats(question.id)
    await message.reply_text(
        question_view(question, stats, texts), reply_markup=question_buttons(question.id, texts)
    )


async def question_button(update: Update, context: QuizContext) -> None:
    """qv: show, qd: ask before deleting, qy: delete (confirmed)."""
    query = update.callback_query
    if query is None or not await is_bot_admin(update, context):
        return
    texts = user_texts(query.from_user)
    match = _QUESTION_DATA.match(query.data or "")
    data = context.bot_data
    question = data.bank.get(match[2]) if match else None
    if match is None or question is None:
        await query.answer(texts.stale_button)
        return
    action = match[1]
    if action == "v":
        stats = await data.store.question_stats(question.id)
        await query.answer()
        await edit_quietly(
            query.edit_message_text(
                question_view(question, stats, texts),
                reply_markup=question_buttons(question.id, texts),
            )
        )
    elif action == "d":
        await query.answer()
        confirm = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(texts.delete_yes, callback_data=f"qy:{question.id}"),
                    InlineKeyboardButton(texts.delete_no, callback_data=f"qv:{question.id}"),
                ]
            ]
        )
        await edit_quietly(
            query.edit_message_text(
                texts.delete_confirm.format(id=question.id, file=html.escape(question.file)),
                reply_markup=confirm,
            )
        )
    else:
        path = data.config.questions_dir / question.file
        try:
            await asyncio.to_thread(replace_question, path, question.id, None)
        except (UnsafeEdit, OSError) as exc:
            await query.answer()
            await edit_quietly(
                query.edit_message_text(texts.write_failed.format(reason=html.escape(str(exc))))
            )
            return
        await apply_reload(context.bot, data, notify=False)
        await log_action(update, context, "delete", f"{question.id} ({question.file})")
        await query.answer()
        await edit_quietly(
            query.edit_message_text(
                texts.deleted.format(
                    id=question.id,
                    file=html.escape(question.file),
                    total=texts.count_questions(len(data.bank)),
                )
            )
        )


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("questions", questions_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("question", question_command, filters=FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(page_button, pattern=r"^ql:"))
    app.add_handler(CallbackQueryHandler(question_button, pattern=r"^q[vdy]:"))
