"""Talking to the Bot API through brief faults: idempotent calls are retried, others are not.

A 5xx, a timeout or a dropped connection on a call that changes nothing when repeated
(editing a message, answering a tap, closing a poll, fetching updates) is tried again, a few
times, with growing pauses: one failed edit must not leave a learner's answer unshown. A call
that would act twice (sending a message, a poll, a document) is never repeated here: the
caller decides, knowing what it recorded.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest, RequestData

log = logging.getLogger(__name__)

IDEMPOTENT = frozenset(
    {
        "editmessagetext", "editmessagereplymarkup", "answercallbackquery", "stoppoll",
        "getupdates", "getme", "getchatmember", "setmycommands", "deletewebhook", "getfile",
    }
)  # fmt: skip
PAUSES = (0.2, 0.6, 1.5)  # seconds before each new try
NO_UPDATES = re.compile(rb'"result"\s*:\s*\[\s*\]')


class RetryingRequest(BaseRequest):
    """Wraps the real transport (httpx in production, the fake one in tests)."""

    def __init__(
        self,
        inner: BaseRequest,
        pauses: tuple[float, ...] = PAUSES,
        on_answer: Callable[[], None] | None = None,
        batch_pause: float = 0.0,
    ) -> None:
        self.inner = inner
        self.pauses = pauses
        self.on_answer = on_answer  # told whenever Telegram answered (the bot's heartbeat)
        # The next getUpdates waits this long after one that brought updates, so that under
        # load one call fetches several learners' updates: without it a bot not saturated
        # fetched them almost one by one (1.9 calls a round trip against 0.4), each call
        # costing as much CPU as a tap's own work (bench/RESULTS.md, e2e). Here, not in
        # run_polling's poll_interval, which also shortens the library's backoff on errors.
        self.batch_pause = batch_pause
        self._updates_came_at = float("-inf")

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1].lower()
        retries = self.pauses if api_method in IDEMPOTENT else ()
        fetching = api_method == "getupdates" and self.batch_pause > 0
        if fetching:
            wait = self._updates_came_at + self.batch_pause - asyncio.get_running_loop().time()
            if wait > 0:
                await asyncio.sleep(wait)
        for attempt in range(len(retries) + 1):
            try:
                status, body = await self.inner.do_request(
                    url, method, request_data, read_timeout=read_timeout,
                    write_timeout=write_timeout, connect_timeout=connect_timeout,
                    pool_timeout=pool_timeout,
                )  # fmt: skip
            except (NetworkError, TimedOut) as exc:  # TimedOut is a NetworkError; both named
                if attempt == len(retries):
                    raise
                log.info("%s failed (%s); trying again", api_method, exc)
            else:
                if status < 500 and self.on_answer is not None:
                    self.on_answer()
                if fetching and status == 200 and not NO_UPDATES.search(body):
                    self._updates_came_at = asyncio.get_running_loop().time()
                if status < 500 or attempt == len(retries):
                    return status, body
                log.info("%s answered %d; trying again", api_method, status)
            await asyncio.sleep(retries[attempt])
        raise AssertionError("unreachable")


class RetryAfterLimiter(BaseRateLimiter[int]):
    """No throttling, only Telegram's 429s waited out and retried (QUIZBOT_MAX_RATE=0): PTB's
    AIORateLimiter with its limits off still wraps every call in its context managers and
    coroutines, a few percent of an answer tap's CPU (bench/RESULTS.md, taps). A 429 holds
    every call back until the latest pause Telegram asked for is over, and `max_retries`
    retries are made."""

    __slots__ = ("_max_retries", "_until")

    def __init__(self, max_retries: int = 3) -> None:
        self._max_retries = max_retries
        self._until = 0.0  # the loop's time before which nothing is sent

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        max_retries = rate_limit_args or self._max_retries
        for attempt in range(max_retries + 1):
            # a call woken as one pause ends still waits for a longer or later one: a deadline
            # that may move, which an Event does not hold
            while (wait := self._until - loop.time()) > 0:  # noqa: ASYNC110
                await asyncio.sleep(wait)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == max_retries:
                    log.exception("%s: rate limit hit after %d retries", endpoint, max_retries)
                    raise
                # as PTB's own limiter reads it (`retry_after` warns while it may be an int)
                seconds = exc._retry_after.total_seconds() + 0.1
                log.info("%s: rate limit hit, retrying after %.1f s", endpoint, seconds)
                self._until = max(self._until, loop.time() + seconds)
        raise AssertionError("unreachable")
