"""/score and /top: a learner's own figures and the leaderboard of the chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import QuizApp, QuizContext
from bot.handlers.common import FRESH_MESSAGES, display_name, scope_of, user_texts

TOP_SIZE = 10


async def score_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    texts = user_texts(user)
    store = context.bot_data.store
    scope = scope_of(chat)
    score = await store.player_score(scope, user.id)
    if score is None:
        await message.reply_text(texts.score_none)
        return
    await message.reply_text(
        texts.score.format(
            points=score.points,
            answers=score.answers,
            correct=texts.count_right(score.correct),
            accuracy=round(100 * score.accuracy),
            streak=score.streak,
            best_streak=score.best_streak,
            rank=score.rank,
            players=await store.count_players(scope),
        )
    )


async def top_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    texts = user_texts(user)
    store = context.bot_data.store
    scope = scope_of(chat)
    top = await store.top_players(scope, TOP_SIZE)
    if not top:
        await message.reply_text(texts.top_empty)
        return
    lines = [texts.top_header, ""]
    for row in top:
        name = display_name(row.first_name, row.username)
        if row.user_id == user.id:
            name = f"<b>{name}</b>"
        medal = {1: "🥇", 2: "🥈", 3: "🥉"}.get(row.rank, "")
        lines.append(
            texts.top_line.format(
                rank=f"{medal}{row.rank}", name=name, points=texts.count_points(row.points)
            )
        )
    if all(row.user_id != user.id for row in top):
        own = await store.player_score(scope, user.id)
        if own is not None:
            lines.append(
                texts.top_you.format(
                    rank=own.rank,
                    name=display_name(own.first_name, own.username),
                    points=texts.count_points(own.points),
                )
            )
    await message.reply_text("\n".join(lines))


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("score", score_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("top", top_command, filters=FRESH_MESSAGES))
