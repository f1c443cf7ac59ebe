"""The hot path's Bot API calls (`bot.api_calls`) send what python-telegram-bot's own path
sends, field for field and byte for byte, through the bot's rate limiter."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.error import BadRequest, TelegramError
from telegram.ext import Defaults, ExtBot
from telegram.request import RequestData

from bot import api_calls
from bot.context import QuizApp
from bot.transport import RetryingRequest
from tests.fakes import TOKEN, ApiError, FakeBotAPI

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
    assert theirs is not None  # the second edit changes nothing: Telegram refuses it
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
        return await process(self, **kwargs)

    monkeypatch.setattr(type(limiter), "process_request", watching)
    await api_calls.call(app.bot, "sendMessage", {"chat_id": 1001, "text": "hi"})
    with contextlib.suppress(TelegramError):
        await api_calls.call(app.bot, "answerCallbackQuery", {"callback_query_id": "cq1"})
    assert handed == [("sendMessage", 1001), ("answerCallbackQuery", None)]


def test_each_bots_defaults_give_its_own_fields() -> None:
    html = ExtBot(TOKEN, defaults=Defaults(parse_mode="HTML"))
    markdown = ExtBot(TOKEN, defaults=Defaults(parse_mode="MarkdownV2"))
    for bot, expected in [
        (html, {"parse_mode": "HTML"}),
        (markdown, {"parse_mode": "MarkdownV2"}),
        (html, {"parse_mode": "HTML"}),
        (ExtBot(TOKEN), {}),
    ]:
        assert api_calls._defaults_of(bot, "editMessageText") == expected


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
