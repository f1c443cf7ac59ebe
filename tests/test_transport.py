"""The transport's own behaviour: a pause between fetches under load, none when idle; with
no rate limit, Telegram's 429s still waited out."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.config import Settings
from bot.transport import RetryAfterLimiter, RetryingRequest
from tests.fakes import TOKEN, FakeBotAPI, FakeRequest

GET_UPDATES = f"https://api.telegram.org/bot{TOKEN}/getUpdates"
ALICE = FakeBotAPI.user(1001, "Alice")


async def fetch(request: RetryingRequest) -> tuple[bytes, float]:
    loop = asyncio.get_running_loop()
    started = loop.time()
    _, body = await request.do_request(GET_UPDATES, "POST")
    return body, loop.time() - started


async def test_a_fetch_after_updates_waits_so_that_updates_come_in_batches() -> None:
    api = FakeBotAPI()
    request = RetryingRequest(FakeRequest(api), batch_pause=0.05)
    api.send_text(ALICE, "/quiz")
    body, _ = await fetch(request)
    assert b"/quiz" in body
    api.send_text(ALICE, "/score")
    api.send_text(ALICE, "/top")
    body, waited = await fetch(request)
    assert waited >= 0.045  # the pause let both arrive before this call
    assert b"/score" in body and b"/top" in body


async def test_an_empty_fetch_makes_the_next_one_wait_for_nothing() -> None:
    api = FakeBotAPI()
    request = RetryingRequest(FakeRequest(api), batch_pause=5.0)
    body, _ = await fetch(request)
    assert b'"result":[]' in body.replace(b" ", b"")
    api.send_text(ALICE, "/quiz")
    body, waited = await fetch(request)  # an idle bot answers the first update at once
    assert b"/quiz" in body and waited < 1.0


class Flooded:
    """A Bot API call Telegram refuses `refusals` times with "retry after `pause`", then
    answers; each call's start is kept."""

    def __init__(self, refusals: int, pause: float = 0.0) -> None:
        self.refusals = refusals
        self.pause = pause
        self.started: list[float] = []

    async def __call__(self, *args: Any, **kwargs: Any) -> bool:
        self.started.append(asyncio.get_running_loop().time())
        if self.refusals:
            self.refusals -= 1
            raise RetryAfter(timedelta(seconds=self.pause))
        return True


# RetryAfter's own constructor reads its deprecated int `retry_after` (python-telegram-bot 22)
FLOOD_WARNING = pytest.mark.filterwarnings("ignore:Deprecated since version v22.2")


@FLOOD_WARNING
async def test_without_a_rate_limit_a_429_is_waited_out_and_retried() -> None:
    limiter = RetryAfterLimiter(max_retries=3)
    flooded, other = Flooded(2), Flooded(0)
    first = asyncio.create_task(limiter.process_request(flooded, (), {}, "sendMessage", {}, None))
    await asyncio.sleep(0.05)  # inside the first pause: the other call waits for its end
    assert await limiter.process_request(other, (), {}, "sendMessage", {}, None) is True
    assert await first is True
    assert len(flooded.started) == 3 and flooded.started[1] - flooded.started[0] >= 0.09
    # never inside the pause; at its end, either of the two may go first
    assert other.started[0] - flooded.started[0] >= 0.09


@FLOOD_WARNING
async def test_a_short_pause_ending_never_opens_a_longer_one() -> None:
    """Two calls refused at once, for 0 s and for 0.3 s: a third waits for the longer pause,
    not only for the first one to end."""
    limiter = RetryAfterLimiter(max_retries=3)
    short, long, late = Flooded(1, 0.0), Flooded(1, 0.3), Flooded(0)
    calls = [
        asyncio.create_task(limiter.process_request(call, (), {}, "sendMessage", {}, None))
        for call in (short, long)
    ]
    await asyncio.sleep(0.05)
    assert await limiter.process_request(late, (), {}, "sendMessage", {}, None) is True
    assert all(await asyncio.gather(*calls))
    assert late.started[0] - long.started[0] >= 0.35


@FLOOD_WARNING
async def test_without_a_rate_limit_a_429_past_the_retries_is_raised() -> None:
    flooded = Flooded(5)
    with pytest.raises(RetryAfter):
        await RetryAfterLimiter(max_retries=1).process_request(flooded, (), {}, "x", {}, None)
    assert len(flooded.started) == 2


def test_the_rate_limiter_throttles_only_when_a_rate_is_set(settings: Settings) -> None:
    unlimited = build_application(replace(settings, max_rate=0), request=FakeRequest(FakeBotAPI()))
    limited = build_application(settings, request=FakeRequest(FakeBotAPI()))
    assert isinstance(unlimited.bot.rate_limiter, RetryAfterLimiter)
    assert isinstance(limited.bot.rate_limiter, AIORateLimiter)
