"""Admins import a question file by sending it as a document in a private chat.

The upload is validated completely before anything is written: on any error nothing changes and
the admin gets the list; on success the file lands in the questions folder, atomically, and the
bank is reloaded at once.
"""

from __future__ import annotations

import html
import re

from telegram import Update
from telegram.ext import MessageHandler, filters

from bot.catalog import CatalogError, Imported
from bot.context import QuizApp, QuizContext
from bot.handlers.access import admin_only
from bot.handlers.common import (
    PRIVATE,
    document_text,
    error_lines,
    fit,
    log_action,
    user_texts,
)
from bot.questions import DRAFTS_DIR
from bot.texts import Texts

MAX_IMPORT_BYTES = 1024 * 1024
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.ya?ml")

YAML_DOCUMENT = filters.Document.FileExtension("yaml") | filters.Document.FileExtension("yml")


def refusal_lines(outcome: Imported, texts: Texts) -> list[str]:
    """Why a file was not taken into service: its errors, or the ids other files serve."""
    errors = [str(e) for e in outcome.errors] + [
        f"{outcome.name}, question '{qid}', field 'id': {texts.import_id_taken.format(file=file)}"
        for qid, file in outcome.taken
    ]
    return error_lines(errors, texts)


def refusal_count(outcome: Imported) -> int:
    return len(outcome.errors) + len(outcome.taken)


@admin_only
async def import_document(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or message.document is None:
        return
    texts = user_texts(user)
    name = message.document.file_name or ""
    if not _SAFE_NAME.fullmatch(name) or name.startswith(DRAFTS_DIR):
        await message.reply_text(texts.import_bad_name.format(name=html.escape(name)))
        return
    text = await document_text(update, MAX_IMPORT_BYTES)
    if text is None:
        return
    try:
        outcome = await context.bot_data.catalog.import_file(name, text)
    except CatalogError as exc:
        await message.reply_text(texts.write_failed.format(reason=html.escape(str(exc))))
        return
    if not outcome.ok:
        header = texts.import_rejected.format(name=html.escape(name), count=refusal_count(outcome))
        await message.reply_text(fit([header, *refusal_lines(outcome, texts)]))
        return
    await log_action(update, context, "import", f"{name}: {outcome.count} questions")
    await message.reply_text(
        texts.import_done.format(
            name=html.escape(name),
            added=outcome.added,
            replaced=outcome.replaced,
            removed=outcome.removed,
            total=texts.count_questions(outcome.total),
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(MessageHandler(PRIVATE & YAML_DOCUMENT, import_document))
