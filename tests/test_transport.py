"""The transport's own behaviour: a pause between fetches under load, none when idle."""

from __future__ import annotations

import asyncio

from bot.transport import RetryingRequest
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
