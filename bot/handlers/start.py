"""/start and /help: what the bot is for and what it understands."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import QuizApp, QuizContext
from bot.handlers.common import FRESH_MESSAGES, user_texts


async def start(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    await message.reply_text(
        texts.start.format(name=html.escape(user.first_name), commands=_help(update, context))
    )


async def help_command(update: Update, context: QuizContext) -> None:
    if update.effective_message is None:
        return
    await update.effective_message.reply_text(_help(update, context))


def _help(update: Update, context: QuizContext) -> str:
    """Admins also see their commands; learners are not shown what they cannot use."""
    user = update.effective_user
    texts = user_texts(user)
    if user is not None and context.bot_data.config.is_admin(user.id):
        return texts.help + texts.help_admin
    return texts.help


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("start", start, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("help", help_command, filters=FRESH_MESSAGES))
