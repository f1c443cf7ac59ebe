"""The hot path's Bot API calls (`bot.api_calls`) send what python-telegram-bot's own path
and its public methods send, field for field, through the bot's rate limiter; on a release
whose internals were not read, or with one of them gone, they go the library's own way."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC
from typing import Any

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, MessageEntity
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Defaults, ExtBot
from telegram.request import RequestData

from bot import api_calls
from bot.context import QuizApp
from bot.store import PRIVATE_SCOPE
from bot.transport import RetryingRequest
from bot.views import keyboard_object
from tests.conftest import deliver
from tests.fakes import TOKEN, ApiError, FakeBotAPI, FakeRequest, _decode_field
from tests.helpers import right_and_wrong

ALICE = FakeBotAPI.user(1001, "Alice <&>")
MARKUP = {"inline_keyboard": [[{"text": "Question suivante ➡️", "callback_data": "n:12"}]]}


def recorder(app: QuizApp, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[Any]]]:
    """Each call's method and form fields, in order, as the transport is handed them."""
    seen: list[tuple[str, list[Any]]] = []
    request = app.bot.request
    assert isinstance(request, RetryingRequest)
    inner = request.inner
    send = inner.do_request

    async def recording(url: str, method: str, request_data: RequestData | None = None,
                        **kwargs: Any) -> tuple[int, bytes]:  # fmt: skip
        fields = list(request_data.json_parameters.items()) if request_data else []
        seen.append((url.rsplit("/", 1)[-1], fields))
        return await send(url, method, request_data, **kwargs)

    monkeypatch.setattr(inner, "do_request", recording)
    return seen


async def both_ways(app: QuizApp, method: str, params: dict[str, Any]) -> tuple[Any, Any]:
    """The call sent through `api_calls`, then through the library's `_post` (what its
    methods do); each one's result, or the error Telegram answered."""
    results = []
    for send in (
        lambda: api_calls.call(app.bot, method, dict(params)),
        lambda: app.bot._post(method, api_calls._with_markers(params, api_calls.DEFAULTED[method])),
    ):
        try:
            results.append(await send())
        except TelegramError as exc:
            results.append(type(exc))
    return results[0], results[1]


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("sendMessage", {"chat_id": 1001, "text": "<b>Q</b> é ❓", "reply_markup": MARKUP}),
        ("sendMessage", {"chat_id": 1001, "text": "plain", "reply_markup": None}),
        (
            "answerCallbackQuery",
            {"callback_query_id": "cq9", "text": "Oui ✅", "show_alert": False},
        ),
        ("answerCallbackQuery", {"callback_query_id": "cq9", "text": None, "show_alert": True}),
    ],
)
async def test_each_call_sends_the_fields_the_library_would(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, method: str, params: dict[str, Any]
) -> None:
    seen = recorder(app, monkeypatch)
    ours, theirs = await both_ways(app, method, params)
    assert len(seen) == 2 and seen[0] == seen[1]
    if method == "sendMessage":  # the Defaults applied: HTML, no link previews
        assert ("parse_mode", "HTML") in seen[0][1]
        assert ("link_preview_options", '{"is_disabled": true}') in seen[0][1]
        assert ours["text"] == theirs["text"] and ours["message_id"] + 1 == theirs["message_id"]
    else:
        assert ours == theirs  # the query is unknown to the fake: the same refusal


async def test_an_edit_sends_the_fields_the_library_would(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI
) -> None:
    sent = await api_calls.call(app.bot, "sendMessage", {"chat_id": 1001, "text": "<i>Q</i>"})
    seen = recorder(app, monkeypatch)
    edit = {"chat_id": 1001, "message_id": sent["message_id"], "text": "<b>A</b> &amp; co",
            "reply_markup": MARKUP}  # fmt: skip
    ours, theirs = await both_ways(app, "editMessageText", edit)
    assert seen[0] == seen[1]
    assert ours["text"] == "A & co"
    assert theirs is BadRequest  # the second edit changes nothing: Telegram refuses it
    refusal = api.calls[-1].result
    assert isinstance(refusal, ApiError) and "not modified" in refusal.description
    assert api.message(1001, sent["message_id"])["reply_markup"] == MARKUP


async def test_a_value_only_the_library_encodes_goes_its_whole_way(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Library objects, dates, and a field the Defaults would fill: the library's own path
    (which merges link preview options with the Defaults')."""
    seen = recorder(app, monkeypatch)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="n:1")]])
    cases = [
        {"chat_id": 1001, "text": "x", "reply_markup": markup},
        {"chat_id": 1001, "text": "y", "link_preview_options": LinkPreviewOptions(url="u")},
        {"chat_id": 1001, "text": "z", "parse_mode": None},
    ]
    for params in cases:
        await both_ways(app, "sendMessage", params)
    assert [fields for _, fields in seen[0::2]] == [fields for _, fields in seen[1::2]]
    assert ("link_preview_options", '{"is_disabled": true, "url": "u"}') in seen[2][1]
    assert not any(name == "parse_mode" for name, _ in seen[4][1])


async def test_calls_go_through_the_bots_rate_limiter(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    limiter = app.bot.rate_limiter
    assert limiter is not None
    handed: list[tuple[str, object]] = []
    process = type(limiter).process_request

    async def watching(self: Any, **kwargs: Any) -> Any:
        handed.append((kwargs["endpoint"], kwargs["data"].get("chat_id")))
        method, data = kwargs["args"]  # not the URL: it holds the token
        assert method == kwargs["endpoint"] and isinstance(data, RequestData)
        assert TOKEN not in repr(kwargs["args"])
        return await process(self, **kwargs)

    monkeypatch.setattr(type(limiter), "process_request", watching)
    await api_calls.call(app.bot, "sendMessage", {"chat_id": 1001, "text": "hi"})
    with contextlib.suppress(TelegramError):
        await api_calls.call(app.bot, "answerCallbackQuery", {"callback_query_id": "cq1"})
    assert handed == [("sendMessage", 1001), ("answerCallbackQuery", None)]


def test_each_bots_defaults_give_its_own_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worked out once for each Defaults, however the bots' calls interleave."""
    worked_out: list[object] = []
    insert = ExtBot._insert_defaults

    def counting(self: ExtBot[Any], data: dict[str, object]) -> None:
        worked_out.append(self.defaults)
        insert(self, data)

    monkeypatch.setattr(ExtBot, "_insert_defaults", counting)
    monkeypatch.setattr(api_calls, "_by_defaults", {}, raising=False)
    html = ExtBot(TOKEN, defaults=Defaults(parse_mode="HTML"))
    markdown = ExtBot(TOKEN, defaults=Defaults(parse_mode="MarkdownV2"))
    for bot, expected in [
        (html, {"parse_mode": "HTML"}),
        (markdown, {"parse_mode": "MarkdownV2"}),
        (html, {"parse_mode": "HTML"}),
        (markdown, {"parse_mode": "MarkdownV2"}),
        (ExtBot(TOKEN), {}),
        (ExtBot(TOKEN, defaults=html.defaults), {"parse_mode": "HTML"}),
    ]:
        assert api_calls._defaults_of(bot, "editMessageText") == expected
    assert worked_out == [html.defaults, markdown.defaults, None]


async def test_an_answer_left_unread_is_still_checked(app: QuizApp, api: FakeBotAPI) -> None:
    """Unread, an edit returns True once Telegram took it; a refusal is raised as when read,
    and a fault of Telegram's is retried the same."""
    sent = await api_calls.call(app.bot, "sendMessage", {"chat_id": 1001, "text": "Q"})
    edit = {"chat_id": 1001, "message_id": sent["message_id"], "text": "<b>A</b>"}
    api.fail_next(lambda c: c.method == "editMessageText", ApiError(502, "Bad Gateway"))
    assert await api_calls.call(app.bot, "editMessageText", edit, read=False) is True
    assert api.message(1001, sent["message_id"])["text"] == "A"
    for read in (True, False):
        with pytest.raises(BadRequest, match="not modified"):
            await api_calls.call(app.bot, "editMessageText", edit, read=read)
        with pytest.raises(BadRequest, match="not found"):
            await api_calls.call(app.bot, "editMessageText", {**edit, "message_id": 99}, read=read)


async def test_a_value_json_cannot_write_goes_the_librarys_way(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI
) -> None:
    """A list of library objects (entities) is converted by the library, never refused here."""
    api.send_text(ALICE, "hi")
    seen = recorder(app, monkeypatch)
    params = {"chat_id": 1001, "text": "Bold", "entities": [MessageEntity("bold", 0, 4)]}
    ours, theirs = await both_ways(app, "sendMessage", params)
    assert seen[0][1] == seen[1][1]
    assert ("entities", '[{"length": 4, "offset": 0, "type": "bold"}]') in seen[0][1]
    assert ours["text"] == theirs["text"] == "Bold"


async def test_rate_limit_args_are_never_sent(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = recorder(app, monkeypatch)
    with pytest.raises(ValueError, match="rate_limit_args"):
        await api_calls.call(
            app.bot, "sendMessage", {"chat_id": 1001, "text": "hi", "rate_limit_args": 3}
        )
    assert seen == []


@pytest.mark.parametrize(
    "body",
    [b"<html><body>502 Bad Gateway</body></html>", b"", b'{"ok": false}', b"[true]",
     b'{"ok": true, "result": tru'],
)  # fmt: skip
async def test_an_unread_answer_that_is_not_telegrams_is_refused(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, body: bytes
) -> None:
    """A 200 with a body that is not Telegram's `{"ok": true, ...}` (a proxy's page): the same
    error as when the answer is read."""
    _answer_with(app, monkeypatch, body)
    params = {"callback_query_id": "cq1", "text": "Oui"}
    for read in (False, True):
        if read and body[:1] in (b"{", b"["):
            continue  # JSON, read: the library looks for the result, another error
        with pytest.raises(TelegramError, match="Invalid server response"):
            await api_calls.call(app.bot, "answerCallbackQuery", params, read=read)


@pytest.mark.parametrize(
    "body",
    [
        b'{"ok":true,"result":true}',
        b' {\n "ok" : true ,"result": true}\n',
        b'{"result": 1, "ok": true}',
    ],
)
async def test_an_unread_answer_of_telegrams_is_taken(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, body: bytes
) -> None:
    _answer_with(app, monkeypatch, body)
    params = {"callback_query_id": "cq1", "text": "Oui"}
    assert await api_calls.call(app.bot, "answerCallbackQuery", params, read=False) is True


def _answer_with(app: QuizApp, monkeypatch: pytest.MonkeyPatch, body: bytes) -> None:
    """Every call answered 200 with `body`, whatever it asked."""
    request = app.bot.request
    assert isinstance(request, RetryingRequest)

    async def answer(*args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return 200, body

    monkeypatch.setattr(request.inner, "do_request", answer)


def as_sent(fields: list[tuple[str, str]]) -> dict[str, Any]:
    """The form fields as Telegram reads them: JSON parsed (keys in any order)."""
    return {name: _decode_field(name, value) for name, value in fields}


async def test_the_fields_are_those_of_the_librarys_public_methods(api: FakeBotAPI) -> None:
    """Every option of Defaults these methods take, set: what `send_message`,
    `edit_message_text` and `answer_callback_query` send, the fast path sends, but for the two
    fields the library adds to an edit that the Bot API's editMessageText does not take."""
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True, prefer_small_media=True),
        disable_notification=True,
        protect_content=True,
        allow_sending_without_reply=True,
        do_quote=True,
        tzinfo=UTC,
        block=False,
    )
    seen: list[tuple[str, dict[str, Any]]] = []

    class Recording(FakeRequest):
        async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                             **kwargs: Any) -> tuple[int, bytes]:  # fmt: skip
            assert request_data is not None
            seen.append(
                (url.rsplit("/", 1)[-1], as_sent(list(request_data.json_parameters.items())))
            )
            return await super().do_request(url, method, request_data, **kwargs)

    bot = ExtBot(TOKEN, defaults=defaults, request=Recording(api))
    api.send_text(ALICE, "hi")
    text = "<b>Q</b> é ❓ https://example.org"
    sent = await bot.send_message(1001, text, reply_markup=keyboard_object(MARKUP))
    await api_calls.call(
        bot, "sendMessage", {"chat_id": 1001, "text": text, "reply_markup": MARKUP}
    )
    edit = {"chat_id": 1001, "message_id": sent.message_id, "text": "<i>A</i>"}
    await bot.edit_message_text(**edit, reply_markup=keyboard_object(MARKUP))
    with contextlib.suppress(BadRequest):  # the same edit again: not modified
        await api_calls.call(bot, "editMessageText", {**edit, "reply_markup": MARKUP}, read=False)
    for read in (True, False):
        with contextlib.suppress(BadRequest):  # a query the fake never saw
            await bot.answer_callback_query("cq9", text="Oui ✅", show_alert=False)
        with contextlib.suppress(BadRequest):
            toast = {"callback_query_id": "cq9", "text": "Oui ✅", "show_alert": False}
            await api_calls.call(bot, "answerCallbackQuery", toast, read=read)

    assert [method for method, _ in seen] == ["sendMessage"] * 2 + ["editMessageText"] * 2 + [
        "answerCallbackQuery"
    ] * 4
    (_, send_theirs), (_, send_ours), (_, edit_theirs), (_, edit_ours), *toasts = seen
    assert send_ours == send_theirs
    assert send_ours["link_preview_options"] == {"is_disabled": True, "prefer_small_media": True}
    assert send_ours["disable_notification"] is True and send_ours["protect_content"] is True
    left_out = {"disable_notification": True, "protect_content": True}
    assert edit_theirs == {**edit_ours, **left_out} and not left_out.keys() & edit_ours.keys()
    assert all(fields == toasts[0][1] for _, fields in toasts)


async def test_another_release_goes_the_librarys_way(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """On a release the internals were not read against, every call is the library's own
    (said once), with the same fields."""
    api.send_text(ALICE, "hi")
    posted = spy_on_post(app, monkeypatch)
    seen = recorder(app, monkeypatch)
    params = {"chat_id": 1001, "text": "<b>Q</b>", "reply_markup": MARKUP}
    toast = {"callback_query_id": "cq9", "text": "Oui", "show_alert": False}
    for version in ("23.0", "22.8"):
        monkeypatch.setattr(telegram, "__version__", version)
        monkeypatch.setattr(api_calls, "_fast", None)
        with caplog.at_level(logging.INFO, logger="bot.api_calls"):
            for _ in range(2):
                await api_calls.call(app.bot, "sendMessage", params)
                with contextlib.suppress(BadRequest):
                    await api_calls.call(app.bot, "answerCallbackQuery", toast, read=False)
    assert posted == ["sendMessage", "answerCallbackQuery"] * 2  # 23.0's calls only
    assert seen[:4] == seen[4:]
    said = [r.getMessage() for r in caplog.records if r.name == "bot.api_calls"]
    assert len(said) == 1 and "23.0" in said[0]


@pytest.mark.parametrize(
    ("version", "fast"),
    [("22.8", True), ("22.8.1", True), ("22.80", False), ("22.9", False), ("23.0", False)],
)
def test_only_the_releases_read_take_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, version: str, fast: bool
) -> None:
    monkeypatch.setattr(telegram, "__version__", version)
    monkeypatch.setattr(api_calls, "_fast", None)
    assert api_calls._settle() is fast


async def test_internals_gone_send_the_librarys_way(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    """An internal missing, found before the first call or at it: the library's way, not a
    failure at every call; said once."""
    api.send_text(ALICE, "hi")
    posted = spy_on_post(app, monkeypatch)
    params = {"chat_id": 1001, "text": "hi"}

    class Changed:  # a RequestParameter of another shape
        def __init__(self, name: str, value: object) -> None: ...

    with caplog.at_level(logging.INFO, logger="bot.api_calls"):
        monkeypatch.setattr(api_calls, "_fast", None)
        monkeypatch.setattr(api_calls, "RequestParameter", None)
        await api_calls.call(app.bot, "sendMessage", params)
        await api_calls.call(app.bot, "sendMessage", params)
        monkeypatch.setattr(api_calls, "_fast", True)  # taken as there, but changed
        monkeypatch.setattr(api_calls, "RequestParameter", Changed)
        await api_calls.call(app.bot, "sendMessage", params)
        await api_calls.call(app.bot, "sendMessage", params)
    assert posted == ["sendMessage"] * 4
    assert len(api.sent("sendMessage", 1001)) == 4
    said = [r.getMessage() for r in caplog.records if r.name == "bot.api_calls"]
    assert len(said) == 2 and "RequestParameter" in said[0] and "Changed" in said[1]


def spy_on_post(app: QuizApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The methods sent through the library's `_post`, in order."""
    posted: list[str] = []
    post = type(app.bot)._post

    async def spying(self: Any, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        posted.append(endpoint)
        return await post(self, endpoint, *args, **kwargs)

    monkeypatch.setattr(type(app.bot), "_post", spying)
    return posted


async def ask_question(app: QuizApp, api: FakeBotAPI) -> dict[str, Any]:
    await deliver(app, api.send_text(ALICE, "/quiz"))
    return api.last_sent(1001)


async def test_a_tap_takes_the_fast_path(
    app: QuizApp, monkeypatch: pytest.MonkeyPatch, api: FakeBotAPI
) -> None:
    """On this release a tap's toast and edit never go the library's way."""
    question = await ask_question(app, api)
    right, _ = right_and_wrong(question, app.bot_data.bank)

    async def refused(self: Any, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"{endpoint} went the library's way")

    monkeypatch.setattr(type(app.bot), "_post", refused)
    await deliver(app, api.tap(ALICE, question, right))
    assert api.sent("answerCallbackQuery")[-1].params["text"].startswith("✅")
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]


async def test_an_edit_answered_429_lands_after_the_pause(app: QuizApp, api: FakeBotAPI) -> None:
    """Telegram's 429 to a tap's edit: the limiter waits the pause asked, then the edit lands;
    the answer is recorded once, the toast sent once."""
    question = await ask_question(app, api)
    right, _ = right_and_wrong(question, app.bot_data.bank)
    flood = ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
    api.fail_next(lambda c: c.method == "editMessageText", flood)
    loop = asyncio.get_running_loop()
    start = loop.time()
    await deliver(app, api.tap(ALICE, question, right))
    assert loop.time() - start >= 1
    edits = [c for c in api.calls if c.method == "editMessageText"]
    assert [c.result is flood for c in edits] == [True, False]
    assert "Bonne réponse" in api.message(1001, question["message_id"])["text"]
    assert len(api.sent("answerCallbackQuery")) == 1
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.answers == 1 and score.correct == 1
