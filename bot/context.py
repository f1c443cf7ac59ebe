"""Typed shared state: handlers read `context.bot_data.store`, checked by mypy, no string keys."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.catalog import QuestionCatalog
from bot.config import Settings
from bot.group_admins import GroupAdminCache
from bot.questions import QuestionBank
from bot.store import Store

if TYPE_CHECKING:
    from bot.app import Contact
    from bot.generate.service import GeneratorService
    from bot.handlers.games import GameRunner
    from bot.watcher import QuestionWatcher


def utc_now() -> datetime:
    return datetime.now(UTC)


class BotData:
    """Everything the handlers share. python-telegram-bot creates it empty; `build_application`
    fills it, and the store arrives in post_init (it needs the running event loop)."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self._catalog: QuestionCatalog | None = None
        self.rng: random.Random = random.Random()
        self.clock: Callable[[], datetime] = utc_now
        self._store: Store | None = None
        self.watcher: QuestionWatcher | None = None
        self.generator: GeneratorService | None = None
        self.games: GameRunner | None = None
        self.blocked: set[int] = set()  # learners who blocked the bot (loaded at start-up)
        # each learner's daily reminder: found in O(1) (the job queue's lookup by name walks
        # every job, which made a start-up with 10,000 reminders take a minute)
        self.reminder_jobs: dict[int, Any] = {}
        self.fatal: str | None = None  # why the bot stopped itself (the exit message)
        self.fatal_code = 3
        self.webhook_mode = False  # the heartbeat then asks Telegram, updates may be rare
        self.contact: Contact | None = None  # when Telegram last answered (for the heartbeat)
        self.group_admins: GroupAdminCache = GroupAdminCache()

    @property
    def catalog(self) -> QuestionCatalog:
        if self._catalog is None:
            raise RuntimeError("the catalogue is set by build_application")
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: QuestionCatalog) -> None:
        self._catalog = catalog

    @property
    def bank(self) -> QuestionBank:
        """The bank in service now; read it once per request and keep that snapshot."""
        return self.catalog.bank

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is opened in post_init; the application is not started")
        return self._store

    @store.setter
    def store(self, store: Store | None) -> None:
        self._store = store

    def take_store(self) -> Store | None:
        """Hand the store over for closing; afterwards handlers get a clear error."""
        store, self._store = self._store, None
        return store

    @property
    def config(self) -> Settings:
        if self.settings is None:
            raise RuntimeError("settings are set by build_application")
        return self.settings


QuizContext = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
QuizApp = Application[ExtBot[Any], QuizContext, dict[Any, Any], dict[Any, Any], BotData, Any]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)
