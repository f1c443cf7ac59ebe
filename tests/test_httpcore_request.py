"""The Bot API over httpcore: Telegram receives what the library's own request would send, an
upload still goes, failures come back as the library's errors, and a connection the server
closed while idle is never used again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.httpcore_request import HttpcoreRequest
from tests.fakes import TOKEN, FakeBotAPI, FakeBotServer

ALICE = FakeBotAPI.user(1001, "Alice")
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


@pytest.fixture
async def server() -> AsyncIterator[FakeBotServer]:
    fake = FakeBotServer(FakeBotAPI())
    await fake.start()
    fake.api.send_text(ALICE, "/start")  # the chat Telegram knows
    yield fake
    await fake.stop()


async def bot_over(request: BaseRequest, base_url: str) -> Bot:
    bot = Bot(TOKEN, base_url=base_url, request=request)
    await bot.initialize()
    return bot


async def test_a_message_reaches_telegram_as_the_librarys_own_request_sends_it(
    server: FakeBotServer,
) -> None:
    text = "Quelle <b>année</b> ? 1 + 1 & « deux » = ½"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A. Brest", callback_data="a:1:0")]])
    sent = []
    for request in (HttpcoreRequest(4), HTTPXRequest(4)):
        bot = await bot_over(request, server.base_url)
        try:
            message = await bot.send_message(ALICE["id"], text, reply_markup=markup)
        finally:
            await bot.shutdown()
        assert message.text == "Quelle <b>année</b> ? 1 + 1 & « deux » = ½"
        sent.append(server.api.sent(chat_id=ALICE["id"])[-1].params)
    assert sent[0] == sent[1]
    assert sent[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a:1:0"


async def test_a_file_is_uploaded(server: FakeBotServer) -> None:
    bot = await bot_over(HttpcoreRequest(4), server.base_url)
    try:
        await bot.send_document(ALICE["id"], b"SQLite format 3\x00", filename="quiz.db")
    finally:
        await bot.shutdown()
    (document,) = server.api.documents
    assert document["document"] == {"filename": "quiz.db", "content": b"SQLite format 3\x00"}


async def serve(answer: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]):
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/bot{TOKEN}/getMe"


async def test_a_server_that_never_answers_is_a_timeout() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        await asyncio.sleep(5)

    server, url = await serve(silent)
    request = HttpcoreRequest(2, read_timeout=0.2)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(url, "POST")
    finally:
        await request.shutdown()
        server.close()


async def test_a_refused_connection_is_a_network_error_without_the_token() -> None:
    server, url = await serve(lambda reader, writer: asyncio.sleep(0))
    server.close()
    await server.wait_closed()  # nobody listens on that port any more
    request = HttpcoreRequest(2)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as caught:
            await request.do_request(url, "POST")
    finally:
        await request.shutdown()
    assert "httpcore.ConnectError" in str(caught.value)
    assert TOKEN not in str(caught.value)


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """Telegram (or a proxy before it) drops idle keep-alive connections: the next call must
    open a new one, not fail on the dead one (a question sent is not retried)."""
    connections = 0

    async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await reader.readuntil(b"\r\n\r\n")
        body = b'{"ok":true,"result":true}'
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )  # keep-alive, as far as the client can tell
        await writer.drain()
        writer.close()

    server, url = await serve(once)
    request = HttpcoreRequest(2)
    await request.initialize()
    try:
        for _ in range(3):
            assert await request.do_request(url, "POST") == (200, b'{"ok":true,"result":true}')
            await asyncio.sleep(0.05)  # the close reaches the client while it is idle
    finally:
        await request.shutdown()
        server.close()
    assert connections == 3


async def test_a_proxy_set_in_the_environment_is_honoured(
    server: FakeBotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed, _ = await serve(lambda reader, writer: asyncio.sleep(0))
    port = closed.sockets[0].getsockname()[1]
    closed.close()
    await closed.wait_closed()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")  # a proxy that is down
    request = HttpcoreRequest(2)
    await request.initialize()
    try:
        with pytest.raises(NetworkError):  # through the proxy, not straight to the server
            await request.do_request(f"{server.base_url}{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
    monkeypatch.delenv("HTTP_PROXY")
    request = HttpcoreRequest(2)
    await request.initialize()
    try:  # the same call without the proxy reaches Telegram
        status, _ = await request.do_request(f"{server.base_url}{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
    assert status == 200
