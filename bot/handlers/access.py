"""Who may use the admin tools: one check and one refusal for every admin command and button."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from telegram import Update

from bot.context import QuizContext
from bot.handlers.common import answer_quietly, user_texts

R = TypeVar("R")
Handler = Callable[[Update, QuizContext], Coroutine[Any, Any, R]]


def is_bot_admin(update: Update, context: QuizContext) -> bool:
    user = update.effective_user
    return user is not None and context.bot_data.config.is_admin(user.id)


def admin_only(handler: Handler[R]) -> Handler[R | None]:
    """Run `handler` for the bot's admins (QUIZBOT_ADMINS); anyone else, including a forged
    admin button, gets the polite refusal and nothing else happens. In a conversation the
    refused update returns None: the conversation neither starts nor moves."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: QuizContext) -> R | None:
        if is_bot_admin(update, context):
            return await handler(update, context)
        await refuse(update)
        return None

    return guarded


async def refuse(update: Update) -> None:
    texts = user_texts(update.effective_user)
    if update.callback_query is not None:
        await answer_quietly(update.callback_query, texts.admin_only, show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(texts.admin_only)
