"""The Bot API calls of an answer tap (its toast, its edit) and of /quiz's question, each
encoded once as the form fields python-telegram-bot would send.

The library's request path re-checks every parameter of every call against a dozen types,
builds a `LinkPreviewOptions` from the Defaults and turns it back into JSON, and encodes each
value twice (`RequestData.json_parameters` reads `json_value` twice): about a third of the
bot's own CPU on the event loop for an answer tap (bench/RESULTS.md, taps). Here plain values
(text, numbers, booleans, JSON dicts and lists) are encoded as that path encodes them (text as
it is, the rest with `json.dumps`) and the Defaults' fields are worked out by the library once
per Defaults and method.

The rest is the library's own: the bot's rate limiter (Telegram's limits and its 429s), its
request object (our retries, then httpcore), its handling of the answer (a refusal raised as a
TelegramError). A call with any other value, or one setting a field the Defaults fill, goes
the library's whole way.

`Bot._post`, `Bot._insert_defaults`, `BaseRequest._request_wrapper`, `RequestParameter` and
the `RequestData` constructor are not public, and pyproject.toml accepts any 22.x release: the
fast path is taken only on the releases they were read against (CHECKED_RELEASES), and only
while they are all there. Otherwise every call goes the library's way (`Bot._post`, as its
methods do), said once in the log. tests/test_api_calls.py checks that both ways, and the
library's public methods, send the same fields.
"""

from __future__ import annotations

import json
import logging
import re
from functools import partial
from typing import Any

import telegram
from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import BaseRequest, RequestData

try:
    from telegram.request._requestparameter import RequestParameter
except ImportError:  # moved or gone in a later release: the library's way only
    RequestParameter = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)

# python-telegram-bot releases whose internals (above) were read: each with its patch releases
CHECKED_RELEASES = ("22.8",)

# the fields the application's Defaults may fill in, per method (HTML, no link previews, ...).
# editMessageText leaves out disable_notification and protect_content, which the library's
# `edit_message_text` sends when the Defaults set them (it shares `_send_message` with
# sendMessage): the Bot API's editMessageText has no such parameters, and Telegram ignores them.
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

# whether the fast path is taken: None until the first call settles it, False once it is off
_fast: bool | None = None

# the encoded fields each Defaults adds, per method: id(Defaults) -> (the Defaults themselves,
# held so that the id stays theirs, and the fields by method). A bot's Defaults never change;
# one dict look-up a call (hashing the Defaults cost more than the encoding).
_DEFAULTS_KEPT = 8
_by_defaults: dict[int, tuple[object, dict[str, dict[str, str]]]] = {}

# a successful answer, `{"ok": true, ...}`, with any JSON whitespace
_OK_ANSWER = re.compile(rb'\s*\{\s*"ok"\s*:\s*true\s*[,}]')


async def call(bot: Bot, method: str, params: dict[str, Any], *, read: bool = True) -> Any:
    """`method` with `params` (None values left out, as the library does); Telegram's result.
    Not `read`, a successful answer is left unparsed and True returned: an edit's answer is
    the whole edited message, a kilobyte of JSON a tap never reads (a refusal is raised
    either way). `method` must be one of DEFAULTED's."""
    if "rate_limit_args" in params:
        # the library takes it out of the fields for its limiter; none of our calls needs it
        raise ValueError("rate_limit_args is not a Bot API parameter")
    defaulted = DEFAULTED[method]
    if _fast or (_fast is None and _settle()):
        fields = _encoded(params)
        if fields is not None and params.keys().isdisjoint(defaulted):
            try:
                fields.update(_defaults_of(bot, method))
                data = RequestData(
                    [RequestParameter(name, value, None) for name, value in fields.items()]
                )
            except (AttributeError, ImportError, TypeError) as exc:  # an internal changed
                _turn_off(f"{type(exc).__name__}: {exc}")
            else:
                return await _send(bot, method, params, data, read)
    return await bot._post(method, _with_markers(params, defaulted))


def _settle() -> bool:
    """Whether this release's internals are the ones the fast path was written against."""
    global _fast
    version = telegram.__version__
    if not any(version == r or version.startswith(f"{r}.") for r in CHECKED_RELEASES):
        return _turn_off(f"python-telegram-bot {version} is not one of {CHECKED_RELEASES}")
    internals = {
        "Bot._post": hasattr(Bot, "_post"),
        "Bot._insert_defaults": hasattr(Bot, "_insert_defaults"),
        "BaseRequest._request_wrapper": hasattr(BaseRequest, "_request_wrapper"),
        "RequestParameter": hasattr(RequestParameter, "from_input"),
    }
    missing = [name for name, present in internals.items() if not present]
    if missing:
        return _turn_off(f"{', '.join(missing)} not found")
    _fast = True
    return True


def _turn_off(reason: str) -> bool:
    global _fast
    _fast = False
    log.info("Bot API calls go python-telegram-bot's own way (%s)", reason)
    return False


async def _send(
    bot: Bot, method: str, params: dict[str, Any], data: RequestData, read: bool
) -> Any:
    """Through the bot's limiter, as ExtBot._do_post hands it a call (the limiter reads the
    chat from `data`); the URL, which holds the token, is made only once past it."""
    send = partial(_post if read else _post_unread, bot)
    limiter = bot.rate_limiter if isinstance(bot, ExtBot) else None
    if limiter is None:
        return await send(method, data)
    return await limiter.process_request(
        callback=send,
        args=(method, data),
        kwargs={},
        endpoint=method,
        data={key: value for key, value in params.items() if value is not None},
        rate_limit_args=None,
    )


async def _post(bot: Bot, method: str, data: RequestData) -> Any:
    return await bot.request.post(f"{bot.base_url}/{method}", data)


async def _post_unread(bot: Bot, method: str, data: RequestData) -> bool:
    """`BaseRequest.post` without parsing a successful answer: its `_request_wrapper` raises
    the same TelegramError for a refusal and returns the answer's bytes otherwise. Those are
    only checked to be Telegram's `{"ok": true, ...}` (not, say, a proxy's HTML page), which
    the read path would have refused as an invalid answer."""
    request = bot.request
    payload = await request._request_wrapper(f"{bot.base_url}/{method}", "POST", data)
    if _OK_ANSWER.match(payload) is None or not payload.rstrip().endswith(b"}"):
        answer = request.parse_json_payload(payload)  # raises for what is not JSON
        if not isinstance(answer, dict) or answer.get("ok") is not True:
            raise TelegramError("Invalid server response")
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
            try:
                fields[key] = json.dumps(value)
            except (TypeError, ValueError):
                return None  # holds library objects, dates...: the library converts them
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
    """What the bot's Defaults add to `method`, worked out by the library itself, once for
    each Defaults (a process may hold bots with different ones)."""
    defaults = getattr(bot, "defaults", None)
    kept = _by_defaults.get(id(defaults))
    if kept is None:
        if len(_by_defaults) >= _DEFAULTS_KEPT:
            _by_defaults.clear()
        kept = _by_defaults[id(defaults)] = (defaults, {})
    fields = kept[1].get(method)
    if fields is None:
        data = _with_markers({}, DEFAULTED[method])
        bot._insert_defaults(data)
        fields = {}
        for name, value in data.items():
            if value is not None:
                encoded = RequestParameter.from_input(name, value).json_value
                if encoded is not None:
                    fields[name] = encoded
        kept[1][method] = fields
    return fields
