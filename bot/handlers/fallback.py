"""Catch-alls, registered after every feature: unknown commands, free text, unknown buttons."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import QuizApp, QuizContext
from bot.handlers.common import FRESH_MESSAGES, user_texts
from bot.handlers.learning import answer_typed

PRIVATE = filters.ChatType.PRIVATE


async def unknown_command(update: Update, context: QuizContext) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(user_texts(update.effective_user).unknown_command)


async def free_text(update: Update, context: QuizContext) -> None:
    """Any other message in private: the answer to an open typed question, or else (text of
    any length, stickers, photos) a pointer to /quiz."""
    if await answer_typed(update, context):
        return
    if update.effective_message is not None:
        await update.effective_message.reply_text(user_texts(update.effective_user).text_hint)


async def unknown_button(update: Update, context: QuizContext) -> None:
    """Buttons from another version of the bot, or forged data: say so, change nothing."""
    if update.callback_query is not None:
        await update.callback_query.answer(user_texts(update.effective_user).invalid_button)


def register(app: QuizApp) -> None:
    # Only in private chats: in groups, "/something" may be meant for another bot.
    app.add_handler(MessageHandler(PRIVATE & FRESH_MESSAGES & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(PRIVATE & FRESH_MESSAGES & ~filters.COMMAND, free_text))
    app.add_handler(CallbackQueryHandler(unknown_button))
