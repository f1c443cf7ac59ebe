"""Small helpers every handler uses: who is asking, in which language, which leaderboard."""

from __future__ import annotations

import html

from telegram import Chat, User
from telegram.constants import ChatType
from telegram.ext import filters

from bot.store import PRIVATE_SCOPE, Player
from bot.texts import Texts, language_of, texts_for

# Commands ignore edited messages: an edit of "/quiz" must not send a second question.
FRESH_MESSAGES = filters.UpdateType.MESSAGE


def user_texts(user: User | None) -> Texts:
    return texts_for(user.language_code if user else None)


def user_language(user: User | None) -> str:
    return language_of(user.language_code if user else None)


def scope_of(chat: Chat) -> int:
    """Private play shares one leaderboard; each group has its own."""
    return PRIVATE_SCOPE if chat.type == ChatType.PRIVATE else chat.id


def player_of(user: User) -> Player:
    return Player(user.id, user.first_name, user.username, user.language_code)


def display_name(first_name: str, username: str | None) -> str:
    """Escaped for HTML. Usernames go without '@' so a leaderboard never pings anyone."""
    return html.escape(username or first_name or "?")
