"""Updates from one chat are handled in order; different chats are handled at the same time.

Plain `concurrent_updates(True)` would let a learner's two quick taps, or the steps of an admin's
conversation, race each other; fully sequential handling would make every chat wait for the
slowest one. Ordering per chat gives both guarantees.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

UNORDERED_PER_CHAT = 2  # a double tap runs side by side; a flood of them does not
# Updates fetched but not yet handled are bounded by Telegram's batches (100 per getUpdates)
# and by what the chats send; this only keeps python-telegram-bot's semaphore out of the way.
QUEUE_BOUND = 1_000_000


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """An update first waits for its chat's turn, and only then for one of the shared slots:
    a chat with many queued updates holds at most one slot, never starving the others.

    python-telegram-bot's own semaphore is taken before `do_process_update` (where the chat's
    turn is known), so it is made wide enough never to block, and the real limit is ours."""

    def __init__(
        self,
        max_concurrent_updates: int,
        *,
        needs_no_turn: Callable[[Update], bool] = lambda update: False,
    ) -> None:
        super().__init__(QUEUE_BOUND)
        # Updates whose handler is safe in any order (an answer tap: the store keeps one
        # answer per quiz and learner, and its edit is the same whoever gets there first) skip
        # their chat's queue: a tap never waits for the /quiz that sent its question to finish.
        self._needs_no_turn = needs_no_turn
        self.slots = max_concurrent_updates
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        # Taps have a lane of their own: a handler sending a message may wait in the rate
        # limiter while holding a slot; a tap's answer is not rate limited and must not queue
        # behind it.
        self._tap_slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        # per chat: its turn (ordered updates), or a few turns at once (those needing none)
        self._locks: dict[tuple[int, bool], asyncio.Semaphore] = {}
        self._waiting: dict[tuple[int, bool], int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        tap = isinstance(update, Update) and update.callback_query is not None
        slots = self._tap_slots if tap else self._slots
        chat = _chat_key(update)
        if chat is None:
            async with slots:
                await coroutine
            return
        unordered = isinstance(update, Update) and self._needs_no_turn(update)
        # Even unordered, one chat (or a client replaying forged taps) holds at most a few
        # of the tap lane's slots: the others' verdicts never wait for it.
        key = (chat, unordered)
        turns = UNORDERED_PER_CHAT if unordered else 1
        lock = self._locks.get(key)
        if lock is None:  # not made for every update only to be dropped when the chat has one
            lock = self._locks[key] = asyncio.Semaphore(turns)
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock, slots:
                await coroutine
        finally:
            self._waiting[key] -= 1
            if self._waiting[key] == 0:  # forget idle chats: memory stays bounded
                del self._waiting[key]
                del self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None
