"""Builds the Application; nothing here runs at import time or touches the network."""

from __future__ import annotations

import contextlib
import gc
import logging
import random
import time
from collections.abc import Callable
from datetime import datetime

from telegram import BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot import health
from bot.bank_cache import bank_cache_path
from bot.catalog import QuestionCatalog
from bot.concurrency import PerChatUpdateProcessor
from bot.config import Settings
from bot.context import CONTEXT_TYPES, QuizApp, QuizContext
from bot.handlers import learning, register_handlers
from bot.handlers.quiz import answers_in_any_order
from bot.httpcore_request import HttpcoreRequest
from bot.store import Store
from bot.texts import CATALOGUES, Texts, language_of
from bot.transport import RetryAfterLimiter, RetryingRequest
from bot.watcher import QuestionWatcher

log = logging.getLogger(__name__)

# Updates the bot asks Telegram for; anything else is never delivered.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.POLL_ANSWER, Update.MY_CHAT_MEMBER]
UPDATES_PAUSE = 0.02  # seconds between two getUpdates under load (bot/transport.py)
# Chats are handled concurrently (the Store serialises its transactions); updates of one chat
# stay in order, which conversations and "next" taps rely on; answer taps need no turn.
CONCURRENT_UPDATES = 64
RETRIES_429 = 3  # a call Telegram refused with "retry after" is tried again this many times


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rng: random.Random | None = None,
    clock: Callable[[], datetime] | None = None,
) -> QuizApp:
    """The bot as it runs in production; tests pass a fake transport, a seeded rng, a clock.

    Raises BankLoadError when no question file is usable (broken files are skipped otherwise).
    """
    catalog = QuestionCatalog(settings.questions_dir, bank_cache_path(settings.db_path))
    for error in catalog.load_initial():
        log.error("question file skipped: %s", error)
    log.info("loaded %d questions from %s", len(catalog.bank), settings.questions_dir)

    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .context_types(CONTEXT_TYPES)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .concurrent_updates(
            PerChatUpdateProcessor(CONCURRENT_UPDATES, needs_no_turn=answers_in_any_order)
        )
        # Telegram's limits (30/s, 20/min a group); QUIZBOT_MAX_RATE=0 lifts them, for a
        # self-hosted Bot API server and for benchmarks; Telegram's 429s are still retried
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.max_rate, group_max_rate=20, max_retries=RETRIES_429
            )
            if settings.max_rate
            else RetryAfterLimiter(max_retries=RETRIES_429)
        )
        .post_init(_open_services)
        .post_shutdown(_close_services)
    )
    # idempotent calls survive a brief fault (bot/transport.py); the timeouts are PTB's own
    builder = builder.request(RetryingRequest(request or HttpcoreRequest(connection_pool_size=256)))
    contact = Contact()
    builder = builder.get_updates_request(
        RetryingRequest(
            get_updates_request or HttpcoreRequest(connection_pool_size=1),
            on_answer=contact.heard,
            batch_pause=UPDATES_PAUSE,
        )
    )
    app: QuizApp = builder.build()

    data = app.bot_data
    data.settings = settings
    data.catalog = catalog
    data.contact = contact
    if rng is not None:
        data.rng = rng
    if clock is not None:
        data.clock = clock
    register_handlers(app)
    return app


async def _open_services(app: QuizApp) -> None:
    data = app.bot_data
    data.store = await Store.open(data.config.db_path, data.config.zone)
    await data.store.prune_periods(data.clock())
    gc.freeze()  # what start-up loaded lives as long as the bot: keep the collector off it
    await learning.start(app)  # learners' languages and reminders
    if app.job_queue is not None:  # `quizbot health` (the container's check) reads it
        app.job_queue.run_repeating(_heartbeat, HEARTBEAT_SECONDS, first=1, name="heartbeat")
        app.job_queue.run_repeating(_prune, PRUNE_SECONDS, first=PRUNE_SECONDS, name="prune")
    if data.games is not None:
        await data.games.resume_all()  # games that were running when the bot stopped
    if data.config.watch_questions:
        data.watcher = QuestionWatcher(
            data.config.questions_dir, data.catalog.is_served, data.catalog.refresh
        )
        data.watcher.start()
    for language, texts in CATALOGUES.items():
        await app.bot.set_my_commands(_menu(texts), language_code=language)
    await app.bot.set_my_commands(_menu(CATALOGUES["fr"]))  # everyone else: French first
    for admin_id in sorted(data.config.admins):  # admins see their tools in the menu too
        texts = CATALOGUES[language_of(await data.store.user_language(admin_id))]
        try:
            await app.bot.set_my_commands(
                _menu(texts) + _admin_menu(texts), scope=BotCommandScopeChat(admin_id)
            )
        except TelegramError:  # an admin who never opened a chat with the bot
            log.info("no command menu for admin %s yet (no chat with the bot)", admin_id)


async def _close_services(app: QuizApp) -> None:
    if app.bot_data.watcher is not None:
        await app.bot_data.watcher.stop()
        app.bot_data.watcher = None
    if app.bot_data.generator is not None:
        await app.bot_data.generator.close()
        app.bot_data.generator = None
    await app.bot_data.catalog.uploads.close()
    store = app.bot_data.take_store()
    if store is not None:
        await store.close()


HEARTBEAT_SECONDS = 30


class Contact:
    """When Telegram last answered a poll for updates (or sent one, in webhook mode)."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def heard(self) -> None:
        self.last = time.monotonic()


PRUNE_SECONDS = 24 * 3600


async def _prune(context: QuizContext) -> None:
    """Past weeks' and months' boards, once a day: a bot may run for months."""
    await context.bot_data.store.prune_periods(context.bot_data.clock())


async def _heartbeat(context: QuizContext) -> None:
    data = context.bot_data
    if data.webhook_mode and data.contact is not None:  # updates may be rare: ask Telegram
        with contextlib.suppress(TelegramError):
            await context.bot.get_webhook_info()
            data.contact.heard()
    if data.contact is not None and time.monotonic() - data.contact.last < 3 * HEARTBEAT_SECONDS:
        health.beat(data.config.db_path)


def _admin_menu(texts: Texts) -> list[BotCommand]:
    return [
        BotCommand("addquestion", texts.menu_addquestion),
        BotCommand("questions", texts.menu_questions),
        BotCommand("stats", texts.menu_stats),
        BotCommand("export", texts.menu_export),
        BotCommand("log", texts.menu_log),
        BotCommand("reload", texts.menu_reload),
        BotCommand("generate", texts.menu_generate),
        BotCommand("publish", texts.menu_publish),
    ]


def _menu(texts: Texts) -> list[BotCommand]:
    french = texts.language == "fr"
    return [
        BotCommand("quiz", texts.menu_quiz),
        BotCommand("ask", texts.menu_ask),
        BotCommand("revision" if french else "review", texts.menu_review),
        BotCommand("progres" if french else "progress", texts.menu_progress),
        BotCommand("themes" if french else "topics", texts.menu_themes),
        BotCommand("score", texts.menu_score),
        BotCommand("top", texts.menu_top),
        BotCommand("game", texts.menu_game),
        BotCommand("mode", texts.menu_mode),
        BotCommand("privacy", texts.menu_privacy),
        BotCommand("help", texts.menu_help),
        BotCommand("start", texts.menu_start),
    ]
