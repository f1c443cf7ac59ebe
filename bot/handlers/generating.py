"""Admins get draft questions from a passage: `/generate TEXT` or a .txt document; `/publish`
moves a reviewed draft into service."""

from __future__ import annotations

import html
import re
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from telegram import InputFile, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.catalog import CatalogError, NameTaken
from bot.context import QuizApp, QuizContext
from bot.generate.draft import passage_id_from
from bot.generate.pipeline import GeneratorUnavailable
from bot.generate.service import GeneratorService
from bot.handlers.access import admin_only
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    document_text,
    fit,
    log_action,
    user_texts,
)
from bot.handlers.importing import refusal_count, refusal_lines

MAX_PASSAGE_BYTES = 200 * 1024
_DRAFT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,60}")
TEXT_DOCUMENT = filters.Document.FileExtension("txt")


@admin_only
async def generate_command(update: Update, context: QuizContext) -> None:
    message = update.effective_message
    if message is None:
        return
    parts = (message.text or "").split(maxsplit=1)
    if len(parts) < 2 or len(parts[1].split()) < 5:
        await message.reply_text(user_texts(update.effective_user).gen_usage)
        return
    now = context.bot_data.clock()
    words = parts[1].split()
    title = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    await _draft_from(update, context, parts[1], f"chat-{now:%Y%m%d-%H%M%S}", title)


@admin_only
async def generate_document(update: Update, context: QuizContext) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    text = await document_text(update, MAX_PASSAGE_BYTES)
    if text is None:
        return
    stem = Path(message.document.file_name or "texte").stem
    title = stem.replace("-", " ").replace("_", " ").capitalize()
    await _draft_from(update, context, text, passage_id_from(stem), title)


async def _draft_from(
    update: Update, context: QuizContext, text: str, name: str, title: str
) -> None:
    message = update.effective_message
    assert message is not None
    texts = user_texts(update.effective_user)
    data = context.bot_data
    await message.reply_text(texts.gen_working)
    if data.generator is None:
        data.generator = GeneratorService()
    try:
        result = await data.generator.draft(text, name, title, data.clock())
    except GeneratorUnavailable as exc:  # the generate extra is not installed
        await message.reply_text(texts.gen_unavailable + f"\n({html.escape(str(exc))})")
        return
    except BrokenProcessPool:  # the worker died (memory); the next request starts a new one
        await message.reply_text(texts.gen_failed)
        return
    if result.kept == 0:
        await message.reply_text(texts.gen_nothing.format(facts=result.facts))
        return
    draft, kept, facts = result.text, result.kept, result.facts
    stored = await data.catalog.write_draft(name, draft)
    await log_action(update, context, "generate", f"{stored}: {kept} questions")
    await message.reply_document(
        InputFile(draft.encode("utf-8"), filename=f"{name}.yaml"),
        caption=texts.gen_done.format(count=kept, facts=facts, name=name),
    )


@admin_only
async def publish_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    catalog = context.bot_data.catalog
    drafts = catalog.drafts()
    name = (context.args or [""])[0].removesuffix(".yaml")
    if not name:
        await message.reply_text(
            texts.publish_list.format(names=html.escape(", ".join(drafts)))
            if drafts
            else texts.publish_none
        )
        return
    if not _DRAFT_NAME.fullmatch(name) or name not in drafts:
        await message.reply_text(texts.publish_unknown.format(name=html.escape(name)))
        return
    try:
        outcome = await catalog.publish(name)
    except NameTaken:
        await message.reply_text(texts.publish_exists.format(name=html.escape(f"{name}.yaml")))
        return
    except CatalogError as exc:
        await message.reply_text(texts.write_failed.format(reason=html.escape(str(exc))))
        return
    if not outcome.ok:
        header = texts.publish_invalid.format(name=html.escape(name), count=refusal_count(outcome))
        await message.reply_text(fit([header, *refusal_lines(outcome, texts)]))
        return
    await log_action(update, context, "publish", f"{outcome.name}: {outcome.count}")
    await message.reply_text(
        texts.publish_done.format(
            name=html.escape(outcome.name),
            count=outcome.count,
            total=texts.count_questions(outcome.total),
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("generate", generate_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("publish", publish_command, filters=FRESH_MESSAGES))
    app.add_handler(MessageHandler(PRIVATE & TEXT_DOCUMENT, generate_document))
