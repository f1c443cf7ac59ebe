"""Small helpers every handler uses: who is asking, in which language, which leaderboard."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Bot, CallbackQuery, Chat, Update, User
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import filters

from bot import api_calls
from bot.context import QuizContext
from bot.store import PRIVATE_SCOPE, Player
from bot.texts import CATALOGUES, Texts, language_of

log = logging.getLogger(__name__)

# Commands ignore edited messages: an edit of "/quiz" must not send a second question.
FRESH_MESSAGES = filters.UpdateType.MESSAGE
PRIVATE = filters.ChatType.PRIVATE
MESSAGE_LIMIT = 4000  # Telegram takes 4,096 characters; keep a margin
MAX_ERRORS_SHOWN = 10
MAX_ERROR_CHARS = 300


# The languages learners chose with /lang (user id -> "fr" | "en"): loaded from SQLite at
# start-up and kept up to date by /lang (learning.py), looked up by user, so that every reply
# (job callbacks included) speaks to each learner in their own choice.
CHOSEN_LANGUAGES: dict[int, str] = {}


def user_texts(user: User | None) -> Texts:
    return CATALOGUES[user_language(user)]


def user_language(user: User | None) -> str:
    """/lang if the learner chose one, else their Telegram language (French first)."""
    chosen = CHOSEN_LANGUAGES.get(user.id) if user else None
    if chosen in CATALOGUES:
        return chosen
    return language_of(user.language_code if user else None)


def scope_of(chat: Chat) -> int:
    """Private play shares one leaderboard; each group has its own."""
    return PRIVATE_SCOPE if chat.type == ChatType.PRIVATE else chat.id


def player_of(user: User) -> Player:
    return Player(user.id, user.first_name, user.username, user.language_code)


def display_name(first_name: str, username: str | None) -> str:
    """Escaped for HTML. Usernames go without '@' so a leaderboard never pings anyone."""
    return html.escape(username or first_name or "?")


async def document_text(update: Update, limit_bytes: int) -> str | None:
    """The UTF-8 text of the document in the update, or None after telling the sender why not."""
    message = update.effective_message
    if message is None or message.document is None:
        return None
    texts = user_texts(update.effective_user)
    if (message.document.file_size or 0) > limit_bytes:
        await message.reply_text(texts.import_too_big.format(limit=limit_bytes // 1024))
        return None
    raw = bytes(await (await message.document.get_file()).download_as_bytearray())
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        await message.reply_text(texts.import_not_utf8)
        return None


async def log_action(update: Update, context: QuizContext, action: str, detail: str = "") -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return
    store = context.bot_data.store
    now = context.bot_data.clock()
    await store.remember_user(player_of(user), now)
    await store.log_admin_action(user.id, chat.id if chat else None, action, detail, now)


def error_lines(errors: list[str], texts: Texts) -> list[str]:
    """The first errors in full, then a count: admins get summaries, not dumps."""
    lines = [f"• {html.escape(clip(e))}" for e in errors[:MAX_ERRORS_SHOWN]]
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append(texts.more_errors.format(count=len(errors) - MAX_ERRORS_SHOWN))
    return lines


async def edit_quietly(edit: Awaitable[object]) -> bool:
    """Edit a message the bot sent, as the last step of a tap's work. An edit that would change
    nothing (a repeated tap, a redelivery) is no error; a failed one is logged, not reported to
    the user as if their action had failed (it did not: it was done before)."""
    try:
        await edit
    except BadRequest as exc:
        if "not modified" in exc.message.lower():
            return True
        log.warning("could not edit a message: %s", exc.message)
        return False
    except TelegramError as exc:
        log.warning("could not edit a message: %s", exc)
        return False
    return True


async def post_text(bot: Bot, method: str, **params: object) -> dict[str, Any]:
    """sendMessage or editMessageText, returning Telegram's JSON: python-telegram-bot turns
    each message Telegram returns into objects, a seventh of an answer tap's CPU
    (bench/RESULTS.md), while a tap's edit never reads it and /quiz only needs its id. Sent
    with the fields encoded once (`bot.api_calls`), the Defaults, rate limiter and retries
    applying as to the library's methods; tests/test_quiz.py checks what reaches Telegram."""
    result: dict[str, Any] = await api_calls.call(bot, method, params)
    return result


async def edit_text(bot: Bot, **params: object) -> None:
    """editMessageText as `post_text` sends it, Telegram's answer (the edited message) unread:
    a tap's edit never needs it."""
    await api_calls.call(bot, "editMessageText", params, read=False)


async def answer_quietly(
    query: CallbackQuery, text: str | None = None, *, show_alert: bool = False
) -> bool:
    """Answer a tap (the toast). Telegram accepts one answer per tap and only for a short
    while: after a redelivery it says "query is too old". That must never stop the rest of
    the work, so a failure is logged and returned, never raised.

    Through `api_calls`, as `post_text`: the library's method takes 28 µs of CPU to build the
    same request, against 18 through its `_post`, and less again encoded once, on every tap."""
    params = {"callback_query_id": query.id, "text": text, "show_alert": show_alert}
    try:
        await api_calls.call(query.get_bot(), "answerCallbackQuery", params, read=False)
    except TelegramError as exc:
        log.info("could not answer a button tap: %s", exc)
        return False
    return True


def fit(lines: list[str], limit: int = MESSAGE_LIMIT) -> str:
    """Whole lines up to Telegram's message size (never cutting through an HTML tag)."""
    kept: list[str] = []
    size = 0
    for line in lines:
        size += len(line) + 1
        if size > limit - 2:
            kept.append("…")
            break
        kept.append(line)
    return "\n".join(kept)


def clip(text: str, limit: int = MAX_ERROR_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
