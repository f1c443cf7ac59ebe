"""The one error handler: expected Telegram refusals in one line, anything else in full with a
short apology to the user.

Expected: the learner blocked the bot (403, remembered so nobody writes to them until they
write again), a chat that is gone, Telegram's flood limit or network still failing after the
retries. Those are not bugs: no traceback, and no apology that would fail the same way.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.context import QuizApp, QuizContext
from bot.handlers.common import user_texts

log = logging.getLogger(__name__)

EXIT_CONFLICT = 4  # its own code: a supervisor must not restart into the same conflict


async def on_error(update: object, context: QuizContext) -> None:
    error = context.error
    if isinstance(error, Conflict):  # another process polls with this token
        context.bot_data.fatal = (
            "Telegram says another bot is already polling with this token (409 Conflict): "
            "stop the other instance, or give this one its own bot"
        )
        context.bot_data.fatal_code = EXIT_CONFLICT
        log.error("stopping: %s", context.bot_data.fatal)
        context.application.stop_running()
        return
    user = update.effective_user if isinstance(update, Update) else None
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        log.info("Telegram refused to deliver (%s): %s", user.id if user else "?", error.message)
        if user is not None and (chat is None or chat.type == ChatType.PRIVATE):
            await mark_blocked(context, user.id)
        return
    if isinstance(error, BadRequest) and "chat not found" in error.message.lower():
        log.warning("a chat is gone: %s", error.message)
        return
    # BadRequest is a NetworkError in python-telegram-bot, but it is our mistake: reported in full
    if isinstance(error, RetryAfter | NetworkError) and not isinstance(error, BadRequest):
        log.warning("Telegram unreachable or flooded, the step was dropped: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if not isinstance(update, Update):
        return
    texts = user_texts(user)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.error)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(texts.error)
    except TelegramError:
        log.warning("could not tell the user about the error", exc_info=True)


async def mark_blocked(context: QuizContext, user_id: int) -> None:
    """No reminders or notices for them until they write to the bot again."""
    data = context.bot_data
    if user_id not in data.blocked:
        data.blocked.add(user_id)
        await data.store.set_blocked(user_id, True)


async def unblock_on_contact(update: object, context: QuizContext) -> None:
    """First for every update: someone who blocked the bot and writes again is reachable
    (and Telegram is alive: in webhook mode, updates are the heartbeat)."""
    user = update.effective_user if isinstance(update, Update) else None
    data = context.bot_data
    if data.contact is not None:
        data.contact.heard()
    if user is not None and user.id in data.blocked:
        data.blocked.discard(user.id)
        await data.store.set_blocked(user.id, False)


def register(app: QuizApp) -> None:
    app.add_error_handler(on_error)
