"""Checks before the bot starts, each failing with one line that says what to fix."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.config import Settings


class StartupError(Exception):
    """Something outside the code is not right (a folder, another process)."""


def check_paths(settings: Settings) -> None:
    folder = settings.questions_dir
    if not folder.is_dir():
        raise StartupError(
            f"the questions folder {folder} does not exist: create it, or set QUIZBOT_QUESTIONS"
        )
    parent = settings.db_path.absolute().parent
    if not parent.is_dir():
        raise StartupError(
            f"the database folder {parent} does not exist: create it, or set QUIZBOT_DB"
        )
    if not os.access(parent, os.W_OK) or (
        settings.db_path.exists() and not os.access(settings.db_path, os.W_OK)
    ):
        raise StartupError(
            f"the database {settings.db_path} cannot be written here: check the folder's "
            "permissions, or set QUIZBOT_DB"
        )


@contextmanager
def hold_database(db_path: Path) -> Iterator[None]:
    """One bot per database: two would both poll Telegram (which refuses the second with 409
    Conflict) and fight over SQLite's write lock. A lock file beside the database, held for the
    process's life; the operating system releases it if the process dies, even by kill -9."""
    lock_path = db_path.absolute().with_name(db_path.name + ".lock")
    with open(lock_path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            raise StartupError(
                f"another quizbot (pid {holder}) is running on {db_path}: stop it first, or "
                "give this one its own QUIZBOT_DB"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class UnreachableError(StartupError):
    """The Bot API does not answer (network, a wrong BOT_API_URL)."""


def check_telegram(settings: Settings) -> None:
    """Ask Telegram who we are before anything else, so that a refused token or a network
    that does not reach it is one clear line, not the polling loop's tracebacks."""
    import asyncio

    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError
    from telegram.request import HTTPXRequest

    from bot.transport import RetryingRequest

    async def ask() -> None:
        bot = Bot(
            settings.token,
            base_url=settings.base_url,
            base_file_url=settings.base_file_url,
            request=RetryingRequest(HTTPXRequest(connection_pool_size=1)),
        )
        async with bot:
            pass  # initialising calls getMe

    try:
        asyncio.run(ask())
    except InvalidToken:
        raise StartupError(
            "Telegram refused the token (401): copy it again from @BotFather into BOT_TOKEN."
        ) from None
    except NetworkError as exc:
        root = settings.base_url.removesuffix("/bot")
        raise UnreachableError(
            f"cannot reach the Bot API at {root} ({exc}); check the network or BOT_API_URL."
        ) from None
