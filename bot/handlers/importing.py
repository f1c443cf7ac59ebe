"""Admins import a question file by sending it as a document in a private chat.

The upload is validated completely before anything is written: on any error nothing changes and
the admin gets the list; on success the file lands in the questions folder, atomically, and the
bank is reloaded at once.
"""

from __future__ import annotations

import asyncio
import html
import re

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.context import QuizApp, QuizContext
from bot.handlers.admin import apply_reload
from bot.handlers.common import (
    PRIVATE,
    document_text,
    error_lines,
    fit,
    is_bot_admin,
    log_action,
    user_texts,
)
from bot.question_writer import atomic_write
from bot.questions import DRAFTS_DIR, parse_question_file

MAX_IMPORT_BYTES = 1024 * 1024
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.ya?ml$")

YAML_DOCUMENT = filters.Document.FileExtension("yaml") | filters.Document.FileExtension("yml")


async def import_document(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.document is None:
        return
    if not await is_bot_admin(update, context):
        return
    texts = user_texts(user)
    document = message.document
    name = document.file_name or ""
    if not _SAFE_NAME.match(name) or name.startswith(DRAFTS_DIR):
        await message.reply_text(texts.import_bad_name.format(name=html.escape(name)))
        return
    text = await document_text(update, MAX_IMPORT_BYTES)
    if text is None:
        return

    data = context.bot_data
    report = parse_question_file(text, name)
    errors = [str(e) for e in report.errors]
    if report.ok:
        errors = [
            f"{name}, question '{qid}', field 'id': {texts.import_id_taken.format(file=file)}"
            for qid, file in data.bank.taken_elsewhere(report.questions, name).items()
        ]
    if errors:
        lines = [texts.import_rejected.format(name=html.escape(name), count=len(errors))]
        await message.reply_text(fit(lines + error_lines(errors, texts)))
        return

    previous = data.bank.files.get(name)
    old_ids = {q.id for q in previous.questions} if previous else set()
    new_ids = {q.id for q in report.questions}
    await asyncio.to_thread(atomic_write, data.config.questions_dir / name, text)
    await apply_reload(context.bot, data, notify=False)
    await log_action(update, context, "import", f"{name}: {len(new_ids)} questions")
    await message.reply_text(
        texts.import_done.format(
            name=html.escape(name),
            added=len(new_ids - old_ids),
            replaced=len(new_ids & old_ids),
            removed=len(old_ids - new_ids),
            total=texts.count_questions(len(data.bank)),
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(MessageHandler(PRIVATE & YAML_DOCUMENT, import_document))
