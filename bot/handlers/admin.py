"""Admin commands (bot admins are the user ids in QUIZBOT_ADMINS) and admin notifications."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, ExtBot

from bot.context import BotData, QuizApp, QuizContext
from bot.handlers.common import FRESH_MESSAGES, user_texts
from bot.questions import QuestionError
from bot.reload import ReloadReport
from bot.texts import Texts, texts_for

log = logging.getLogger(__name__)

MAX_ERRORS_SHOWN = 10
MAX_ERROR_CHARS = 300


async def reload_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    if not context.bot_data.config.is_admin(user.id):
        await message.reply_text(texts.admin_only)
        return
    report = await apply_reload(context.bot, context.bot_data, notify=False)
    await message.reply_text(reload_message(report, texts, report.errors, always=True) or "")


async def apply_reload(bot: ExtBot[object], data: BotData, *, notify: bool) -> ReloadReport:
    """Reload, swap the bank in one assignment, log, and (for file changes) tell the admins."""
    if data.reloader is None:
        raise RuntimeError("no reloader configured")
    report = await data.reloader.reload(data.bank)
    data.bank = report.bank
    log.info(
        "questions reloaded: +%d ~%d -%d, %d in service, %d file(s) parsed, %d error(s)",
        len(report.added), len(report.changed), len(report.removed), len(report.bank),
        len(report.reparsed), len(report.errors),
    )  # fmt: skip
    for error in report.fresh_errors:
        log.warning("question file error: %s", error)
    if notify:
        await notify_admins(bot, data, report)
    return report


async def notify_admins(bot: ExtBot[object], data: BotData, report: ReloadReport) -> None:
    for admin_id in sorted(data.config.admins):
        texts = texts_for(await data.store.user_language(admin_id))
        text = reload_message(report, texts, report.fresh_errors, always=False)
        if text is None:
            continue
        try:
            await bot.send_message(admin_id, text)
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
        lines += [f"• {html.escape(_clip(str(e)))}" for e in errors[:MAX_ERRORS_SHOWN]]
        if len(errors) > MAX_ERRORS_SHOWN:
            lines.append(texts.more_errors.format(count=len(errors) - MAX_ERRORS_SHOWN))
        files = {e.file for e in errors}
        kept = [f for f in report.kept_files if f in files]
        skipped = [f for f in report.skipped_files if f in files]
        if kept:
            lines.append(texts.reload_kept.format(files=html.escape(", ".join(kept))))
        if skipped:
            lines.append(texts.reload_skipped.format(files=html.escape(", ".join(skipped))))
        parts.append("\n".join(lines))
    return "\n\n".join(parts) if parts else None


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("reload", reload_command, filters=FRESH_MESSAGES))
