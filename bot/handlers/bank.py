"""Admins browse the question bank: search, one question with its statistics, delete."""

from __future__ import annotations

import html
import math

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callbacks import AskDelete, ConfirmDelete, EditQuestion, SearchPage, ShowQuestion
from bot.catalog import CatalogError
from bot.context import QuizApp, QuizContext
from bot.handlers.access import admin_only
from bot.handlers.common import (
    FRESH_MESSAGES,
    answer_quietly,
    clip,
    edit_quietly,
    fit,
    log_action,
    user_texts,
)
from bot.questions import Question
from bot.store import QuestionStats
from bot.texts import Texts
from bot.views import LETTERS

PAGE_SIZE = 8
MAX_QUERY_CHARS = 100


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
    rows = [
        [InlineKeyboardButton(f"📄 {q.id}", callback_data=ShowQuestion(q.id).pack())] for q in shown
    ]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀️", callback_data=SearchPage(search_id, page - 1).pack()))
    if page < pages - 1:
        nav.append(InlineKeyboardButton("▶️", callback_data=SearchPage(search_id, page + 1).pack()))
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
                InlineKeyboardButton(
                    texts.edit_button, callback_data=EditQuestion(question_id).pack()
                ),
                InlineKeyboardButton(
                    texts.delete_button, callback_data=AskDelete(question_id).pack()
                ),
            ]
        ]
    )


@admin_only
async def questions_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    query = " ".join(context.args or [])[:MAX_QUERY_CHARS]
    data = context.bot_data
    search_id = await data.store.save_search(user.id, query, data.clock())
    text, markup = page_view(data.catalog.search(query), query, search_id, 0, texts)
    await message.reply_text(text, reply_markup=markup)


@admin_only
async def page_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    tap = SearchPage.parse(query.data) if query else None
    if query is None or tap is None:
        return
    texts = user_texts(query.from_user)
    words = await context.bot_data.store.get_search(tap.search_id, query.from_user.id)
    if words is None:
        await query.answer(texts.stale_button)
        return
    text, markup = page_view(
        context.bot_data.catalog.search(words), words, tap.search_id, tap.page, texts
    )
    await query.answer()
    await edit_quietly(query.edit_message_text(text, reply_markup=markup))


@admin_only
async def question_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
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


QuestionButton = type[ShowQuestion] | type[AskDelete] | type[ConfirmDelete]


async def _tapped_question(
    update: Update, context: QuizContext, kind: QuestionButton
) -> tuple[CallbackQuery, Question] | None:
    """The tap and the served question its button names; None after saying the button is
    stale (the question was deleted or renamed since)."""
    query = update.callback_query
    tap = kind.parse(query.data) if query else None
    if query is None or tap is None:
        return None
    question = context.bot_data.bank.get(tap.question_id)
    if question is None:
        await answer_quietly(query, user_texts(update.effective_user).stale_button)
        return None
    return query, question


@admin_only
async def show_button(update: Update, context: QuizContext) -> None:
    found = await _tapped_question(update, context, ShowQuestion)
    if found is None:
        return
    query, question = found
    texts = user_texts(query.from_user)
    stats = await context.bot_data.store.question_stats(question.id)
    await query.answer()
    await edit_quietly(
        query.edit_message_text(
            question_view(question, stats, texts),
            reply_markup=question_buttons(question.id, texts),
        )
    )


@admin_only
async def ask_delete_button(update: Update, context: QuizContext) -> None:
    found = await _tapped_question(update, context, AskDelete)
    if found is None:
        return
    query, question = found
    texts = user_texts(query.from_user)
    await query.answer()
    confirm = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    texts.delete_yes, callback_data=ConfirmDelete(question.id).pack()
                ),
                InlineKeyboardButton(
                    texts.delete_no, callback_data=ShowQuestion(question.id).pack()
                ),
            ]
        ]
    )
    await edit_quietly(
        query.edit_message_text(
            texts.delete_confirm.format(id=question.id, file=html.escape(question.file)),
            reply_markup=confirm,
        )
    )


@admin_only
async def delete_button(update: Update, context: QuizContext) -> None:
    found = await _tapped_question(update, context, ConfirmDelete)
    if found is None:
        return
    query, question = found
    texts = user_texts(query.from_user)
    await query.answer()
    try:
        saved = await context.bot_data.catalog.delete(question.id)
    except CatalogError as exc:
        await edit_quietly(
            query.edit_message_text(texts.write_failed.format(reason=html.escape(str(exc))))
        )
        return
    await log_action(update, context, "delete", f"{question.id} ({question.file})")
    await edit_quietly(
        query.edit_message_text(
            texts.deleted.format(
                id=question.id,
                file=html.escape(question.file),
                total=texts.count_questions(len(saved.report.bank)),
            )
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("questions", questions_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("question", question_command, filters=FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(page_button, pattern=SearchPage.matches))
    app.add_handler(CallbackQueryHandler(show_button, pattern=ShowQuestion.matches))
    app.add_handler(CallbackQueryHandler(ask_delete_button, pattern=AskDelete.matches))
    app.add_handler(CallbackQueryHandler(delete_button, pattern=ConfirmDelete.matches))
