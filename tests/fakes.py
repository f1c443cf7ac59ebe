"""A fake Telegram Bot API, honest enough to catch what the real one would reject.

`FakeBotAPI` keeps the state (messages, callback queries, updates, offsets) and answers like
Telegram does: `{"ok": true, "result": ...}` or `{"ok": false, "error_code": ..., "description":
...}`, with per-chat message ids, HTML that must parse, callback data of 1-64 bytes, and
"message is not modified" on an identical edit. Two ways in:

- `FakeRequest`, a python-telegram-bot `BaseRequest`, for unit tests (no sockets);
- `FakeBotServer`, an aiohttp server on 127.0.0.1, for the real bot polling over HTTP.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

TOKEN = "123456:TEST-token-never-logged"
BOT_ID = 123456
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "span",
    "tg-spoiler", "blockquote", "tg-emoji",
}  # fmt: skip
MAX_TEXT = 4096
# Form fields that Telegram reads as plain strings; every other field holds JSON.
STRING_FIELDS = {
    "text", "caption", "question", "explanation", "callback_query_id", "parse_mode",
    "language_code", "description", "short_description", "name", "url", "data", "poll_id",
    "type", "explanation_parse_mode", "question_parse_mode", "secret_token",
}  # fmt: skip


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


# One pass over Telegram's HTML: a tag, an entity, or a bare "<" or "&" Telegram refuses.
_MARKUP = re.compile(r"<(/?)([a-z-]+)(?:\s[^<>]*)?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[<&]")


def plain_text(text: str, parse_mode: str | None) -> str:
    """The text Telegram stores for `text` sent in `parse_mode`, or the error it answers: a
    few tags, balanced; entities escaped."""
    if parse_mode != "HTML" or ("<" not in text and "&" not in text):
        return text
    stack: list[str] = []
    parts: list[str] = []
    last = 0
    for match in _MARKUP.finditer(text):
        parts.append(text[last : match.start()])
        last = match.end()
        token = match[0]
        if len(token) == 1:
            raise ApiError(400, f"Bad Request: can't parse entities: unexpected '{token}' at "
                           f"byte offset {len(text[: match.start()].encode())}")  # fmt: skip
        if token[0] == "&":
            parts.append(html.unescape(token))
        elif not match[1]:
            if match[2] not in ALLOWED_TAGS:
                raise ApiError(400, "Bad Request: can't parse entities: unsupported start "
                               f'tag "{match[2]}"')  # fmt: skip
            stack.append(match[2])
        elif not stack or stack.pop() != match[2]:
            raise ApiError(
                400, f'Bad Request: can\'t parse entities: unexpected end tag "{match[2]}"'
            )
    if stack:
        raise ApiError(400, f'Bad Request: can\'t parse entities: unclosed tag "{stack[-1]}"')
    parts.append(text[last:])
    return "".join(parts)


class FakeBotAPI:
    def __init__(self, token: str = TOKEN, username: str = "quiz_test_bot") -> None:
        self.token = token
        self.me = {
            "id": BOT_ID, "is_bot": True, "first_name": "Quiz", "username": username,
            "can_join_groups": True, "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }  # fmt: skip
        self.calls: list[Call] = []
        self._waiters: list[tuple[Callable[[Call], bool], asyncio.Future[Call]]] = []
        self.updates: list[dict[str, Any]] = []
        self.confirmed_offset = 0
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.polls: dict[str, dict[str, Any]] = {}
        self.poll_messages: dict[str, tuple[int, int]] = {}  # poll id -> (chat, message id)
        self.chats: dict[int, dict[str, Any]] = {}  # chats updates came from
        self.webhook: dict[str, Any] = {}  # url and secret_token, when one is set
        self.timeouts: dict[str, int] = {}  # method -> requests that time out (FakeRequest)
        self.documents: list[dict[str, Any]] = []
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self.chat_admins: dict[int, set[int]] = {}  # group id -> user ids with admin rights
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._poll_ids = itertools.count(1)
        self._open_queries: dict[str, dict[str, Any]] = {}
        self.failures: list[tuple[Callable[[Call], bool], ApiError]] = []
        self._event: asyncio.Event | None = None
        self.closing = False

    # --- simulated users -----------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str, username: str | None = None,
             language_code: str | None = "fr") -> dict[str, Any]:  # fmt: skip
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    @staticmethod
    def private_chat(user: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if "username" in user:
            chat["username"] = user["username"]
        return chat

    @staticmethod
    def group_chat(chat_id: int, title: str = "Cercle de lecture") -> dict[str, Any]:
        return {"id": chat_id, "type": "supergroup", "title": title}

    def send_text(self, user: dict[str, Any], text: str,
                  chat: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
        """A user sends a message; returns the update queued for the bot."""
        chat = chat or self.private_chat(user)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self.messages[(chat["id"], message["message_id"])] = message
        return self.push_update({"message": message})

    def upload(self, user: dict[str, Any], file_name: str, content: bytes) -> dict[str, Any]:
        """A user sends a document (a file) in their private chat."""
        chat = self.private_chat(user)
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = (f"documents/{file_id}_{file_name}", content)
        message = {
            "message_id": self._next_message_id(chat["id"]), "date": int(time.time()),
            "chat": chat, "from": user,
            "document": {"file_id": file_id, "file_unique_id": f"u{file_id}",
                         "file_name": file_name, "file_size": len(content)},
        }  # fmt: skip
        self.messages[(chat["id"], message["message_id"])] = message
        return self.push_update({"message": message})

    def download(self, file_path: str) -> tuple[int, bytes]:
        for path, content in self.files.values():
            if path == file_path:
                return 200, content
        return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'

    def tap(self, user: dict[str, Any], message: dict[str, Any], data: str) -> dict[str, Any]:
        """A user taps an inline button (or a forged client sends any data)."""
        query_id = f"cq{next(self._query_ids)}"
        current = self.messages.get((message["chat"]["id"], message["message_id"]), message)
        query = {
            "id": query_id,
            "from": user,
            "chat_instance": f"ci{message['chat']['id']}",
            "message": current,
            "data": data,
        }
        self._open_queries[query_id] = query
        return self.push_update({"callback_query": query})

    def redeliver(self, update: dict[str, Any]) -> dict[str, Any]:
        """Telegram hands an update over again after a crash; by then a tap is too old to be
        answered (answerCallbackQuery fails), as it is with the real API."""
        query = update.get("callback_query")
        if query is not None:
            self._open_queries.pop(query["id"], None)
        return update

    def push_update(self, body: dict[str, Any]) -> dict[str, Any]:
        for part in body.values():  # Telegram knows every chat an update comes from
            chat = part.get("chat") if isinstance(part, dict) else None
            if isinstance(chat, dict) and "id" in chat:
                self.chats.setdefault(int(chat["id"]), dict(chat))
        update = {"update_id": next(self._update_ids), **body}
        self.updates.append(update)
        if self._event is not None:
            self._event.set()
        return update

    # --- what the bot did ----------------------------------------------------------------

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[Call]:
        """Calls that succeeded, i.e. what the chat really shows."""
        return [
            c for c in self.calls
            if c.method == method and not isinstance(c.result, ApiError)
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]  # fmt: skip

    def last_sent(self, chat_id: int) -> dict[str, Any]:
        calls = self.sent("sendMessage", chat_id)
        assert calls, f"the bot sent nothing to chat {chat_id}"
        result = calls[-1].result
        assert isinstance(result, dict)
        return self.messages[(chat_id, result["message_id"])]

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        return self.messages[(chat_id, message_id)]

    def fail_next(self, when: Callable[[Call], bool], error: ApiError, times: int = 1) -> None:
        """Make the next `times` matching calls fail as Telegram would (429, 400, 5xx...)."""
        self.failures.extend([(when, error)] * times)

    async def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10.0,
                       after: int = 0) -> Call:  # fmt: skip
        """The first call at index >= `after` that matches, waiting for it if needed. Woken by
        the call itself, not by polling: a hundred waiting learners cost nothing meanwhile, so
        the benchmarks time the bot, not this fake."""
        for call in self.calls[after:]:
            if predicate(call):
                return call
        waiter: tuple[Callable[[Call], bool], asyncio.Future[Call]] = (
            predicate, asyncio.get_running_loop().create_future()
        )  # fmt: skip
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(waiter[1], timeout)
        except TimeoutError:
            seen = [(c.method, c.params.get("text", "")[:60]) for c in self.calls[after:]]
            raise AssertionError(f"no matching call within {timeout}s; calls: {seen}") from None
        finally:
            self._waiters.remove(waiter)

    def _wake_waiters(self, call: Call) -> None:
        for predicate, future in self._waiters:
            if future.done():
                continue
            try:
                matched = predicate(call)
            except Exception as exc:  # the waiter's own test reports it
                future.set_exception(exc)
                continue
            if matched:
                future.set_result(call)

    # --- the Bot API ---------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        call = Call(method, params)
        self.calls.append(call)
        try:
            return self._answer(call)
        finally:
            self._wake_waiters(call)  # once the call has its result

    def _answer(self, call: Call) -> tuple[int, dict[str, Any]]:
        method, params = call.method, call.params
        try:
            for index, (when, error) in enumerate(self.failures):
                if when(call):
                    del self.failures[index]
                    raise error
            handler = getattr(self, f"_api_{method.lower()}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            call.result = handler(params)
            return 200, {"ok": True, "result": call.result}
        except ApiError as exc:
            call.result = exc
            body: dict[str, Any] = {
                "ok": False, "error_code": exc.code, "description": exc.description
            }  # fmt: skip
            if exc.retry_after is not None:
                body["parameters"] = {"retry_after": exc.retry_after}
            return exc.code, body

    def pending_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        if offset > self.confirmed_offset:
            self.confirmed_offset = offset  # Telegram forgets everything below the offset
        limit = int(params.get("limit") or 100)
        return [u for u in self.updates if u["update_id"] >= self.confirmed_offset][:limit]

    async def long_poll(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        timeout = float(params.get("timeout") or 0)
        if self._event is None:
            self._event = asyncio.Event()
        deadline = asyncio.get_running_loop().time() + timeout
        while not self.pending_updates(params) and not self.closing:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                break
            self._event.clear()
            try:
                await asyncio.wait_for(self._event.wait(), remaining)
            except TimeoutError:
                break
        return self.handle("getUpdates", params)

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _chat(self, chat_id: Any) -> dict[str, Any]:
        try:
            chat_id = int(chat_id)
        except (TypeError, ValueError) as exc:
            raise ApiError(400, "Bad Request: chat not found") from exc
        if chat_id in self.chats:
            return dict(self.chats[chat_id])
        for (cid, _), message in self.messages.items():
            if cid == chat_id:
                return dict(message["chat"])
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "?"}
        raise ApiError(400, "Bad Request: chat not found")

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
        return dict(markup)

    def _text(self, params: dict[str, Any]) -> str:
        text = str(params.get("text", ""))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        plain = plain_text(text, params.get("parse_mode"))
        if len(plain) > MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return plain

    def _api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.me

    def _api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.pending_updates(params)

    def _api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {}
        return True

    def _api_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": 0}  # fmt: skip

    def _api_setwebhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url.startswith(("https://", "http://127.0.0.1")):  # Telegram wants https
            raise ApiError(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        return True

    def _api_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if isinstance(commands, str):
            commands = json.loads(commands)
        for command in commands or []:
            if (
                not 1 <= len(command["command"]) <= 32
                or not 1 <= len(command["description"]) <= 256
            ):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        scope = params.get("scope")
        if isinstance(scope, str):
            scope = json.loads(scope)
        key = str(params.get("language_code") or "")
        if scope and scope.get("type") == "chat":
            self._chat(scope.get("chat_id"))  # Telegram refuses chats it does not know
            key = f"chat:{scope['chat_id']}"
        self.commands[key] = list(commands or [])
        return True

    def _api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        plain = self._text(params)
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "date": int(time.time()),
            "chat": chat,
            "from": self.me,
            "text": plain,
        }
        markup = self._check_markup(params.get("reply_markup"))
        if markup:
            message["reply_markup"] = markup
        self.messages[(chat["id"], message["message_id"])] = message
        return message

    def _api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        plain = self._text(params)
        markup = self._check_markup(params.get("reply_markup"))
        if plain == message.get("text") and markup == message.get("reply_markup"):
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        message = {**message, "text": plain, "edit_date": int(time.time())}
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self.messages[key] = message
        return message

    def _api_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        message = dict(message)
        message.pop("reply_markup", None)
        markup = self._check_markup(params.get("reply_markup"))
        if markup:
            message["reply_markup"] = markup
        self.messages[key] = message
        return message

    def _api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id"))
        if self._open_queries.pop(query_id, None) is None:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _api_sendpoll(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        options = params.get("options")
        if isinstance(options, str):
            options = json.loads(options)
        options = [o["text"] if isinstance(o, dict) else o for o in options or []]
        if not 2 <= len(options) <= 12 or any(not 1 <= len(o) <= 100 for o in options):
            raise ApiError(400, "Bad Request: POLL_OPTION_INVALID")
        question = str(params.get("question", ""))
        if not 1 <= len(question) <= 300:
            raise ApiError(400, "Bad Request: POLL_QUESTION_INVALID")
        kind = params.get("type", "regular")
        correct = params.get("correct_option_ids")
        if isinstance(correct, str):
            correct = json.loads(correct)
        if kind == "quiz" and (not correct or any(not 0 <= int(i) < len(options) for i in correct)):
            raise ApiError(400, "Bad Request: wrong correct option ids specified")
        explanation = params.get("explanation")
        if explanation is not None and (
            len(str(explanation)) > 200 or str(explanation).count("\n") > 2
        ):
            raise ApiError(400, "Bad Request: POLL_EXPLANATION_INVALID")
        if params.get("explanation_parse_mode") == "HTML" and explanation is not None:
            plain_text(str(explanation), "HTML")
        period = params.get("open_period")
        if period is not None and not 5 <= int(period) <= 2_628_000:
            raise ApiError(400, "Bad Request: POLL_OPEN_PERIOD_INVALID")
        poll_id = f"poll{next(self._poll_ids)}"
        poll: dict[str, Any] = {
            "id": poll_id, "question": question,
            "options": [{"text": o, "voter_count": 0, "persistent_id": str(i)}
                        for i, o in enumerate(options)],
            "total_voter_count": 0, "is_closed": False,
            "is_anonymous": params.get("is_anonymous", True) not in (False, "false"),
            "type": kind, "allows_multiple_answers": False, "allows_revoting": False,
            "members_only": False,
        }  # fmt: skip
        if kind == "quiz":
            poll["correct_option_ids"] = [int(i) for i in correct or []]
        if explanation is not None:
            poll["explanation"] = str(explanation)
        if period is not None:
            poll["open_period"] = int(period)
            poll["close_date"] = int(time.time()) + int(period)
        self.polls[poll_id] = poll
        message = {
            "message_id": self._next_message_id(chat["id"]), "date": int(time.time()),
            "chat": chat, "from": self.me, "poll": poll,
        }  # fmt: skip
        self.messages[(chat["id"], message["message_id"])] = message
        self.poll_messages[poll_id] = (chat["id"], message["message_id"])
        return message

    def _api_stoppoll(self, params: dict[str, Any]) -> dict[str, Any]:
        key = (int(params.get("chat_id", 0)), int(params.get("message_id", 0)))
        message = self.messages.get(key)
        if message is None or "poll" not in message:
            raise ApiError(400, "Bad Request: message with poll to stop not found")
        poll = message["poll"]
        if poll["is_closed"] or time.time() >= poll.get("close_date", float("inf")):
            poll["is_closed"] = True
            raise ApiError(400, "Bad Request: poll has already been closed")
        poll["is_closed"] = True
        return dict(poll)

    def vote(self, user: dict[str, Any], poll_id: str, option: int) -> dict[str, Any] | None:
        """A user answers a poll. Telegram refuses votes on a closed poll (no update then), and
        sends poll_answer updates only for polls the bot sent with is_anonymous=False."""
        poll = self.polls[poll_id]
        if poll["is_closed"] or time.time() >= poll.get("close_date", float("inf")):
            return None
        poll["options"][option]["voter_count"] += 1
        poll["total_voter_count"] += 1
        if poll["is_anonymous"]:
            return None
        return self.push_update({"poll_answer": {
            "poll_id": poll_id, "user": user, "option_ids": [option],
            "option_persistent_ids": [poll["options"][option]["persistent_id"]],
        }})  # fmt: skip

    def _api_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, content = self.files[file_id]
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(content),
                "file_path": path}  # fmt: skip

    def _api_getchatmember(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id, user_id = int(params.get("chat_id", 0)), int(params.get("user_id", 0))
        status = "administrator" if user_id in self.chat_admins.get(chat_id, set()) else "member"
        member: dict[str, Any] = {"status": status, "user": self.user(user_id, f"User {user_id}")}
        if status == "administrator":
            member.update({
                "can_be_edited": False, "is_anonymous": False, "can_manage_chat": True,
                "can_delete_messages": True, "can_manage_video_chats": True,
                "can_restrict_members": True, "can_promote_members": False,
                "can_change_info": True, "can_invite_users": True, "can_post_stories": False,
                "can_edit_stories": False, "can_delete_stories": False,
            })  # fmt: skip
        return member

    def _api_senddocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params.get("chat_id"))
        document = params.get("document")
        if document is None:
            raise ApiError(400, "Bad Request: there is no document in the request")
        self.documents.append(params)
        message = {
            "message_id": self._next_message_id(chat["id"]), "date": int(time.time()),
            "chat": chat, "from": self.me,
            "document": {"file_id": f"doc{len(self.documents)}",
                         "file_unique_id": f"u{len(self.documents)}",
                         "file_name": params.get("filename", "file")},
        }  # fmt: skip
        self.messages[(chat["id"], message["message_id"])] = message
        return message


def _decode_field(name: str, value: str) -> Any:
    if name in STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


class FakeRequest(BaseRequest):
    """Transport-level fake: real Bot, real Application, no sockets."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None,
                         connect_timeout: Any = None, pool_timeout: Any = None,
                         ) -> tuple[int, bytes]:  # fmt: skip
        if "/file/bot" in url:
            url = urllib.parse.unquote(url)  # PTB percent-encodes file URLs
            prefix = f"/file/bot{self.api.token}/"
            if prefix not in url:
                return 401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}'
            return self.api.download(url.split(prefix, 1)[1])
        token, _, api_method = url.rpartition("/")
        if self.api.timeouts.get(api_method, 0) > 0:  # the network drops the request
            self.api.timeouts[api_method] -= 1
            raise TimedOut("Timed out")
        if not token.endswith(self.api.token):
            return 401, json.dumps({"ok": False, "error_code": 401,
                                    "description": "Unauthorized"}).encode()  # fmt: skip
        params: dict[str, Any] = {}
        if request_data is not None:
            params = {k: _decode_field(k, v) for k, v in request_data.json_parameters.items()}
            for name, upload in request_data.multipart_data.items():
                filename, content = upload[0], upload[1]
                params[name] = {"filename": filename, "content": content}
        status, body = self.api.handle(api_method, params)
        return status, json.dumps(body).encode()


@dataclass
class FakeBotServer:
    """The fake Bot API over HTTP on 127.0.0.1, for the real bot's polling loop."""

    api: FakeBotAPI
    host: str = "127.0.0.1"
    port: int = 0
    _runner: web.AppRunner | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        self.api.closing = True  # release long polls so the server can close at once
        if self.api._event is not None:
            self.api._event.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _download(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.api.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        status, body = self.api.download(request.match_info["path"])
        return web.Response(body=body, status=status)

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.api.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    params[name] = {"filename": value.filename, "content": value.file.read()}
                    params.setdefault("filename", value.filename)
                else:
                    params[name] = _decode_field(name, str(value))
        if method.lower() == "getupdates":
            status, body = await self.api.long_poll(params)
        else:
            status, body = self.api.handle(method, params)
        return web.json_response(body, status=status)
