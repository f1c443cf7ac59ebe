"""The Bot API calls of an answer tap (its toast, its edit) and of /quiz's question, each
encoded once as the form fields python-telegram-bot would send.

The library's request path re-checks every parameter of every call against a dozen types,
builds a `LinkPreviewOptions` from the Defaults and turns it back into JSON, and encodes each
value twice (`RequestData.json_parameters` reads `json_value` twice): about a third of the
bot's own CPU on the event loop for an answer tap (bench/RESULTS.md, taps). Here plain values
(text, numbers, booleans, JSON dicts and lists) are encoded as that path encodes them (text as
it is, the rest with `json.dumps`) and the Defaults' fields are worked out by the library once
per method.

The rest is the library's own: the bot's rate limiter (Telegram's limits and its 429s), its
request object (our retries, then httpx), its handling of the answer (a refusal raised as a
TelegramError). A call with any other value, or one setting a field the Defaults fill, goes
the library's whole way. `_post`, `_insert_defaults`, `_request_wrapper` and `RequestParameter`
are not public: pyproject.toml pins the python-telegram-bot versions they were checked
against, and tests/test_api_calls.py checks that both ways send the same fields.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from telegram import Bot
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

# the fields the application's Defaults fill in, per method (HTML, no link previews, ...)
DEFAULTED: dict[str, tuple[str, ...]] = {
    "sendMessage": (
        "parse_mode",
        "link_preview_options",
        "disable_notification",
        "protect_content",
    ),
    "editMessageText": ("parse_mode", "link_preview_options"),
    "answerCallbackQuery": (),
}


class _DefaultFields:
    """The Defaults last seen, and the encoded fields they add to each method. A bot's Defaults
    never change: one identity check a call (hashing them cost more than the encoding)."""

    def __init__(self) -> None:
        self.defaults: object = None
        self.by_method: dict[str, dict[str, str]] = {}


_seen = _DefaultFields()


async def call(bot: Bot, method: str, params: dict[str, Any], *, read: bool = True) -> Any:
    """`method` with `params` (None values left out, as the library does); Telegram's result.
    Not `read`, a successful answer is left unparsed and True returned: an edit's answer is
    the whole edited message, a kilobyte of JSON a tap never reads (a refusal is raised
    either way). `method` must be one of DEFAULTED's."""
    defaulted = DEFAULTED[method]
    fields = _encoded(params)
    if fields is None or not params.keys().isdisjoint(defaulted):
        return await bot._post(method, _with_markers(params, defaulted))
    fields.update(_defaults_of(bot, method))
    data = RequestData([RequestParameter(name, value, None) for name, value in fields.items()])
    url = f"{bot.base_url}/{method}"
    send = bot.request.post if read else partial(_unread, bot.request)
    limiter = bot.rate_limiter if isinstance(bot, ExtBot) else None
    if limiter is None:
        return await send(url, data)
    # as ExtBot._do_post hands a call to its limiter (which reads the chat from `data`)
    return await limiter.process_request(
        callback=send,
        args=(url, data),
        kwargs={},
        endpoint=method,
        data={key: value for key, value in params.items() if value is not None},
        rate_limit_args=None,
    )


async def _unread(request: BaseRequest, url: str, data: RequestData) -> bool:
    """`BaseRequest.post` without parsing a successful answer: its `_request_wrapper` raises
    the same TelegramError for a refusal, and returns the answer's bytes otherwise."""
    await request._request_wrapper(url, "POST", data)
    return True


def _encoded(params: dict[str, Any]) -> dict[str, str] | None:
    """The form fields, as python-telegram-bot writes them; None if a value is not plain."""
    fields: dict[str, str] = {}
    for key, value in params.items():
        kind = type(value)
        if kind is str:
            fields[key] = value
        elif kind is int:
            fields[key] = str(value)  # json.dumps writes an int as str does
        elif kind is bool:
            fields[key] = "true" if value else "false"
        elif kind is dict or kind is list:
            fields[key] = json.dumps(value)
        elif value is not None:
            return None  # a date, a library object, an enum...: the library encodes it
    return fields


def _with_markers(params: dict[str, Any], defaulted: tuple[str, ...]) -> dict[str, Any]:
    """The parameters as the library's methods pass them: a marker asks for each default."""
    marked = dict(params)
    for key in defaulted:
        marked.setdefault(key, BaseRequest.DEFAULT_NONE)
    return marked


def _defaults_of(bot: Bot, method: str) -> dict[str, str]:
    """What the bot's Defaults add to `method`, worked out by the library itself, once."""
    defaults = getattr(bot, "defaults", None)
    if _seen.defaults is not defaults:
        _seen.defaults, _seen.by_method = defaults, {}
    fields = _seen.by_method.get(method)
    if fields is None:
        data = _with_markers({}, DEFAULTED[method])
        bot._insert_defaults(data)
        fields = {}
        for name, value in data.items():
            if value is not None:
                encoded = RequestParameter.from_input(name, value).json_value
                if encoded is not None:
                    fields[name] = encoded
        _seen.by_method[method] = fields
    return fields
