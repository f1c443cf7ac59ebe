"""Admin commands (bot admins are the user ids in QUIZBOT_ADMINS) and admin notifications."""

from __future__ import annotations

import csv
import html
import io
import logging
from collections.abc import Sequence

from telegram import InputFile, Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler

from bot.catalog import BankChange
from bot.context import QuizApp, QuizContext
from bot.handlers.access import admin_only
from bot.handlers.common import (
    FRESH_MESSAGES,
    clip,
    error_lines,
    fit,
    log_action,
    user_texts,
)
from bot.questions import QuestionError
from bot.reload import ReloadReport
from bot.texts import Texts, texts_for

log = logging.getLogger(__name__)


@admin_only
async def reload_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    report = await context.bot_data.catalog.reload()
    await log_action(update, context, "reload", f"{len(report.bank)} questions")
    await message.reply_text(
        reload_message(report, user_texts(user), report.errors, always=True) or ""
    )


async def notify_admins(app: QuizApp, change: BankChange) -> None:
    """Files edited on disk: every admin hears what changed. A change made through the bot is
    answered to the admin who made it, unless it also picked up a hand edit."""
    if change.cause != "files" and not change.edited_by_hand:
        return
    data = app.bot_data
    for admin_id in sorted(data.config.admins - data.blocked):
        texts = texts_for(await data.store.user_language(admin_id))
        text = reload_message(change.report, texts, change.report.fresh_errors, always=False)
        if text is None:
            continue
        try:
            await app.bot.send_message(admin_id, text)
        except TelegramError:
            log.warning("could not notify admin %s about a reload", admin_id, exc_info=True)


def reload_message(
    report: ReloadReport, texts: Texts, errors: Sequence[QuestionError], *, always: bool
) -> str | None:
    """A summary for admins; None when there is nothing new worth a message."""
    total = texts.count_questions(len(report.bank))
    parts: list[str] = []
    if report.kept_everything:
        parts.append(texts.reload_kept_everything.format(total=total))
    elif report.changed_anything:
        parts.append(
            texts.reload_summary.format(
                added=len(report.added), changed=len(report.changed),
                removed=len(report.removed), total=total,
            )
        )  # fmt: skip
    elif always:
        parts.append(texts.reload_unchanged.format(total=total))
    if errors:
        lines = [texts.reload_errors.format(count=len(errors))]
        lines += error_lines([str(e) for e in errors], texts)
        files = {e.file for e in errors}
        kept = [f for f in report.kept_files if f in files]
        skipped = [f for f in report.skipped_files if f in files]
        if kept:
            lines.append(texts.reload_kept.format(files=html.escape(", ".join(kept))))
        if skipped:
            lines.append(texts.reload_skipped.format(files=html.escape(", ".join(skipped))))
        parts.append("\n".join(lines))
    return fit("\n\n".join(parts).split("\n")) if parts else None


HARDEST_MIN_ANSWERS = 3
RANKED_QUESTIONS = 3
LOG_SIZE = 20


@admin_only
async def stats_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    data = context.bot_data
    overview = await data.store.overview(data.clock())
    lines = [
        texts.stats_header,
        texts.stats_players.format(players=overview.players),
        texts.stats_answers.format(
            today=overview.answers_today, week=overview.answers_week, total=overview.answers_total
        ),
        texts.stats_questions.format(total=len(data.bank)),
    ]
    rated = [q for q in overview.per_question if q.answers >= HARDEST_MIN_ANSWERS]
    if rated:
        by_share = sorted(rated, key=lambda q: (q.share_correct, -q.answers, q.question_id))
        for title, chosen in (
            (texts.stats_hardest, by_share[:RANKED_QUESTIONS]),
            (texts.stats_easiest, by_share[::-1][:RANKED_QUESTIONS]),
        ):
            lines += ["", title.format(minimum=HARDEST_MIN_ANSWERS)]
            lines += [
                texts.stats_question_line.format(
                    id=html.escape(q.question_id),
                    share=round(100 * q.share_correct),
                    answers=q.answers,
                )
                for q in chosen
            ]
    else:
        lines += ["", texts.stats_not_enough.format(minimum=HARDEST_MIN_ANSWERS)]
    await message.reply_text(fit(lines))


@admin_only
async def export_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    store = context.bot_data.store
    stamp = context.bot_data.clock().strftime("%Y%m%d-%H%M")
    scores = await store.export_scores()
    answers = await store.export_answers()
    await message.reply_document(
        InputFile(to_csv(SCORE_COLUMNS, scores), filename=f"scores-{stamp}.csv"),
        caption=user_texts(user).export_scores.format(rows=len(scores)),
    )
    await message.reply_document(
        InputFile(to_csv(ANSWER_COLUMNS, answers), filename=f"answers-{stamp}.csv"),
        caption=user_texts(user).export_answers.format(rows=len(answers)),
    )
    await log_action(update, context, "export", f"{len(scores)} scores, {len(answers)} answers")


SCORE_COLUMNS = (
    "scope", "user_id", "first_name", "username", "points", "answers", "correct", "streak",
    "best_streak", "last_answer_at",
)  # fmt: skip
ANSWER_COLUMNS = (
    "answered_at", "scope", "user_id", "first_name", "question_id", "choice", "correct", "points",
)  # fmt: skip


def to_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """UTF-8 with a BOM (spreadsheets then read accents right); cells that a spreadsheet would
    run as a formula are prefixed with a quote (names are user-chosen)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            "'" + cell
            if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r")
            else cell
            for cell in row
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


@admin_only
async def log_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    actions = await context.bot_data.store.admin_log(LOG_SIZE)
    if not actions:
        await message.reply_text(texts.log_empty)
        return
    lines = [texts.log_header.format(count=len(actions))]
    lines += [
        texts.log_line.format(
            at=html.escape(a.at.replace("T", " ")[:16]),
            name=html.escape(a.first_name or str(a.user_id)),
            user_id=a.user_id,
            action=html.escape(a.action),
            detail=html.escape(clip(a.detail, 120)),
        )
        for a in actions
    ]
    await message.reply_text(fit(lines))


def register(app: QuizApp) -> None:
    app.bot_data.catalog.subscribe(lambda change: notify_admins(app, change))
    app.add_handler(CommandHandler("reload", reload_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("stats", stats_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("export", export_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("log", log_command, filters=FRESH_MESSAGES))
