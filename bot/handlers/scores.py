"""/score and /top: a learner's own figures and the leaderboard of the chat."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.context import QuizApp, QuizContext
from bot.engine import rank
from bot.handlers.common import FRESH_MESSAGES, display_name, player_of, scope_of, user_texts
from bot.store import GameLine
from bot.texts import Texts

TOP_SIZE = 10
MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}


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


PERIODS = {
    "semaine": "week", "week": "week", "mois": "month", "month": "month",
    "global": "global", "general": "global", "général": "global", "tous": "global",
    "all": "global",
}  # fmt: skip


async def top_command(update: Update, context: QuizContext) -> None:
    """/top: this chat's board; /top semaine|mois: points earned this week or month here;
    /top global: everyone, everywhere (players who chose /privacy are left out)."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    texts = user_texts(user)
    data = context.bot_data
    words = " ".join(context.args or []).strip().lower()
    if not words:
        await message.reply_text(await _all_time(update, context, texts))
        return
    period = PERIODS.get(words)
    if period is None:
        await message.reply_text(texts.top_usage)
        return
    now = data.clock()  # read once: the top and the asker's rank of the same week
    if period == "global":
        rows, header = await data.store.top_global(TOP_SIZE), texts.top_global_header
    else:
        rows = await data.store.top_period(scope_of(chat), period, now, TOP_SIZE)
        header = texts.top_week_header if period == "week" else texts.top_month_header
    if not rows:
        await message.reply_text(texts.top_empty)
        return
    lines = [header, "", *ranking_lines(rows, texts, TOP_SIZE, highlight=user.id)]
    if period != "global" and all(row.user_id != user.id for row in rows):
        own = await data.store.period_rank(scope_of(chat), period, user.id, now)
        if own is not None:  # below the top: where the asker stands this week or month
            rank, line = own
            lines.append(_you_line(texts, rank, line.first_name, line.username, line.points))
    await message.reply_text("\n".join(lines))


async def _all_time(update: Update, context: QuizContext, texts: Texts) -> str:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    store = context.bot_data.store
    scope = scope_of(chat)
    top = await store.top_players(scope, TOP_SIZE)
    if not top:
        return texts.top_empty
    lines = [texts.top_header, ""]
    for row in top:
        name = display_name(row.first_name, row.username)
        if row.user_id == user.id:
            name = f"<b>{name}</b>"
        medal = MEDALS.get(row.rank, "")
        lines.append(
            texts.top_line.format(
                rank=f"{medal}{row.rank}", name=name, points=texts.count_points(row.points)
            )
        )
    if all(row.user_id != user.id for row in top):
        own = await store.player_score(scope, user.id)
        if own is not None:
            lines.append(_you_line(texts, own.rank, own.first_name, own.username, own.points))
    return "\n".join(lines)


def _you_line(texts: Texts, rank: int, first_name: str, username: str | None, points: int) -> str:
    """The asker's own rank, below a top that does not show them."""
    return texts.top_you.format(
        rank=rank, name=display_name(first_name, username), points=texts.count_points(points)
    )


def ranking_lines(
    rows: list[GameLine],
    texts: Texts,
    limit: int,
    highlight: int | None = None,
    template: str | None = None,
) -> list[str]:
    """Best first, equal points sharing a rank, with medals; `highlight` in bold. `template`
    (default: a leaderboard line) may also show the right answers ({correct})."""
    by_user = {row.user_id: row for row in rows}
    lines = []
    for ranked in rank([(row.user_id, row.points, row.correct) for row in rows])[:limit]:
        row = by_user[ranked.user_id]
        name = display_name(row.first_name, row.username)
        if ranked.user_id == highlight:
            name = f"<b>{name}</b>"
        lines.append(
            (template or texts.top_line).format(
                rank=f"{MEDALS.get(ranked.rank, '')}{ranked.rank}",
                name=name,
                points=texts.count_points(ranked.points),
                correct=texts.count_right(ranked.correct),
            )
        )
    return lines


async def privacy_command(update: Update, context: QuizContext) -> None:
    """Hide from the global board, or appear again; chats' own boards are not affected."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    hidden = await context.bot_data.store.toggle_hidden(player_of(user), context.bot_data.clock())
    await message.reply_text(texts.privacy_hidden if hidden else texts.privacy_shown)


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("score", score_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("top", top_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("privacy", privacy_command, filters=FRESH_MESSAGES))
