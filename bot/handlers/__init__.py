"""The one ordered list of handlers.

Within a group, python-telegram-bot stops at the first handler that matches, so the order is:
feature handlers first (commands, buttons), then the catch-alls in `fallback` (unknown commands,
free text, unknown buttons), which must never shadow a real command.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import TypeHandler

from bot.context import QuizApp
from bot.handlers import (
    admin,
    authoring,
    bank,
    errors,
    fallback,
    games,
    generating,
    groups,
    importing,
    learning,
    quiz,
    scores,
    start,
)

# Group games first: in groups /quiz and /start mean a quiz poll and how to play, which the
# private-chat handlers of `start` and `quiz` must not take. Then learner features, then admin
# tools; the /addquestion conversation sits before the catch-alls so that, while it runs, the
# admin's plain messages reach it (a typed answer is read by the catch-all for free text, so it
# never takes an admin's conversation message).
FEATURES = (
    games, start, quiz, scores, learning, admin, bank, authoring, importing, generating, groups,
)  # fmt: skip


def register_handlers(app: QuizApp) -> None:
    # group -1, before everything: a learner who blocked the bot and writes again is reachable
    app.add_handler(TypeHandler(Update, errors.unblock_on_contact), group=-1)
    for feature in FEATURES:
        feature.register(app)
    fallback.register(app)  # last: catches only what no feature took
    errors.register(app)
