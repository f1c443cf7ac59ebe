"""The Bot API over httpcore: Telegram receives what the library's own request would send, an
upload still goes, failures come back as the library's errors, and a connection the server
closed while idle is never used again."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
import trustme
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData
from telegram.request._requestparameter import RequestParameter

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


class RawServer:
    """HTTP/1.1 by hand: every request's head recorded, each connection counted; `answers`
    requests answered on a connection, then it stays open and silent (a connection a NAT
    dropped without a word), after `delay` seconds each."""

    def __init__(self, answers: int = 1_000_000, delay: float = 0.0) -> None:
        self.answers, self.delay = answers, delay
        self.heads: list[bytes] = []
        self.connections = 0

    async def __call__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        for _ in range(self.answers):
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            length = next(
                (int(line.split(b":")[1]) for line in head.lower().split(b"\r\n")
                 if line.startswith(b"content-length:")),
                0,
            )  # fmt: skip
            await reader.readexactly(length)
            self.heads.append(head.lower())
            await asyncio.sleep(self.delay)
            writer.write(b'HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n{"ok":true}')
            await writer.drain()
        await reader.read()  # silent until the client lets go


async def test_a_call_sends_telegram_only_its_form(server: FakeBotServer) -> None:
    """The pool's way, not httpx's client (which would ask for compressed answers): the form
    and its type for a call with fields, nothing but the agent for a bare call or a GET."""
    raw = RawServer()
    listening, url = await serve(raw)
    request = HttpcoreRequest(2)
    await request.initialize()
    try:
        data = RequestData([RequestParameter("chat_id", 5, None)])
        assert await request.do_request(url, "POST", data) == (200, b'{"ok":true}')
        await request.do_request(url, "POST")
        await request.do_request(url, "GET")
    finally:
        await request.shutdown()
        listening.close()
    form, empty, download = raw.heads
    assert b"content-type: application/x-www-form-urlencoded" in form
    assert b"user-agent: python-telegram-bot" in form
    assert all(b"accept-encoding" not in head for head in raw.heads)
    assert b"content-type" not in empty and b"content-type" not in download
    assert download.startswith(b"get ")


async def test_no_proxy_alone_keeps_the_pool_and_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Containers often set NO_PROXY with no proxy at all: calls still go through the pool,
    several at a time."""
    monkeypatch.setenv("NO_PROXY", "intranet.example")  # and no proxy to bypass
    raw = RawServer(delay=0.3)
    listening, url = await serve(raw)
    request = HttpcoreRequest(8)
    await request.initialize()
    try:
        answers = await asyncio.gather(*(request.do_request(url, "POST") for _ in range(4)))
    finally:
        await request.shutdown()
        listening.close()
    assert [status for status, _ in answers] == [200] * 4
    assert raw.connections == 4
    assert all(b"accept-encoding" not in head for head in raw.heads)


async def test_a_busy_pool_is_a_timeout_and_nothing_is_sent() -> None:
    raw = RawServer(delay=0.5)
    listening, url = await serve(raw)
    request = HttpcoreRequest(1, pool_timeout=0.1)
    await request.initialize()
    try:
        first = asyncio.create_task(request.do_request(url, "POST"))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut, match="busy"):
            await request.do_request(url, "POST")
        assert (await first)[0] == 200
    finally:
        await request.shutdown()
        listening.close()
    assert len(raw.heads) == 1


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


async def test_a_connection_idle_past_its_expiry_is_not_reused() -> None:
    """A connection dropped silently (no close ever arrives) would swallow the next call:
    after idling past the keep-alive expiry, a call opens a new one, as httpx's client does."""
    raw = RawServer(answers=1)
    listening, url = await serve(raw)
    request = HttpcoreRequest(2, read_timeout=1.0, keepalive_expiry=0.2)
    await request.initialize()
    try:
        assert (await request.do_request(url, "POST"))[0] == 200
        await asyncio.sleep(0.4)
        assert (await request.do_request(url, "POST"))[0] == 200
    finally:
        await request.shutdown()
        listening.close()
    assert raw.connections == 2


async def test_https_keeps_its_connection_and_refuses_an_unknown_certificate() -> None:
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    raw = RawServer()
    listening = await asyncio.start_server(raw, "127.0.0.1", 0, ssl=server_context)
    url = f"https://127.0.0.1:{listening.sockets[0].getsockname()[1]}/bot{TOKEN}/getMe"
    trusting = ssl.create_default_context()
    authority.configure_trust(trusting)
    request = HttpcoreRequest(2, ssl_context=trusting)
    stranger = HttpcoreRequest(2)  # the public authorities only
    await request.initialize()
    await stranger.initialize()
    try:
        for _ in range(3):
            assert await request.do_request(url, "POST") == (200, b'{"ok":true}')
        with pytest.raises(NetworkError, match="CERTIFICATE_VERIFY_FAILED"):
            await stranger.do_request(url, "POST")
    finally:
        await request.shutdown()
        await stranger.shutdown()
        listening.close()
    assert len(raw.heads) == 3
    assert raw.connections == 1  # one kept for the three calls (the stranger's never opened)


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


async def test_a_call_after_shutdown_is_refused_and_sends_nothing() -> None:
    raw = RawServer()
    listening, url = await serve(raw)
    request = HttpcoreRequest(2)
    await request.initialize()
    await request.do_request(url, "POST")
    await request.shutdown()
    try:
        with pytest.raises(RuntimeError, match="not initialized"):
            await request.do_request(url, "POST")
        await request.initialize()  # a restart of the application: usable again
        assert (await request.do_request(url, "POST"))[0] == 200
    finally:
        await request.shutdown()
        listening.close()
    assert len(raw.heads) == 2
