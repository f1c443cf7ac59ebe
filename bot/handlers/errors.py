"""The one error handler: full details to the log, a short apology to the user."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.context import QuizApp, QuizContext
from bot.handlers.common import user_texts

log = logging.getLogger(__name__)


async def on_error(update: object, context: QuizContext) -> None:
    log.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    texts = user_texts(update.effective_user)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.error)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(texts.error)
    except TelegramError:
        log.warning("could not tell the user about the error", exc_info=True)


def register(app: QuizApp) -> None:
    app.add_error_handler(on_error)
