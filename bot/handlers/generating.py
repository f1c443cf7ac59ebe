"""Admins get draft questions from a passage: `/generate TEXT` or a .txt document; `/publish`
moves a reviewed draft into service."""

from __future__ import annotations

import asyncio
import html
import re
from datetime import datetime
from pathlib import Path

from telegram import InputFile, Update
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.context import QuizApp, QuizContext
from bot.generate import GeneratorUnavailable, generate, load_pipeline
from bot.generate.draft import draft_text, passage_id_from
from bot.generate.pipeline import DEFAULT_MODEL
from bot.handlers.admin import apply_reload
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    document_text,
    error_lines,
    fit,
    is_bot_admin,
    log_action,
    user_texts,
)
from bot.question_writer import atomic_move, atomic_write
from bot.questions import DRAFTS_DIR, parse_question_file

MAX_PASSAGE_BYTES = 200 * 1024
_DRAFT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")
TEXT_DOCUMENT = filters.Document.FileExtension("txt")


async def generate_command(update: Update, context: QuizContext) -> None:
    message = update.effective_message
    if message is None or not await is_bot_admin(update, context):
        return
    parts = (message.text or "").split(maxsplit=1)
    if len(parts) < 2 or len(parts[1].split()) < 5:
        await message.reply_text(user_texts(update.effective_user).gen_usage)
        return
    now = context.bot_data.clock()
    words = parts[1].split()
    title = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    await _draft_from(update, context, parts[1], f"chat-{now:%Y%m%d-%H%M%S}", title)


async def generate_document(update: Update, context: QuizContext) -> None:
    message = update.effective_message
    if message is None or message.document is None or not await is_bot_admin(update, context):
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
    try:
        draft, kept, facts = await asyncio.to_thread(_generate, text, name, title, data.clock())
    except GeneratorUnavailable as exc:  # the generate extra is not installed
        await message.reply_text(texts.gen_unavailable + f"\n({html.escape(str(exc))})")
        return
    if kept == 0:
        await message.reply_text(texts.gen_nothing.format(facts=facts))
        return
    path = data.config.questions_dir / DRAFTS_DIR / f"{name}.yaml"
    await asyncio.to_thread(atomic_write, path, draft)
    await log_action(update, context, "generate", f"{DRAFTS_DIR}/{name}.yaml: {kept} questions")
    await message.reply_document(
        InputFile(draft.encode("utf-8"), filename=f"{name}.yaml"),
        caption=texts.gen_done.format(count=kept, facts=facts, name=name),
    )


def _generate(text: str, name: str, title: str, now: datetime) -> tuple[str, int, int]:
    """Blocking (model load, parsing): runs in a thread."""
    generation = generate(text, nlp=load_pipeline())
    draft = draft_text(
        generation, passage_id=name, title=title, source="Telegram", seed=0,
        model=DEFAULT_MODEL, now=now,
    )  # fmt: skip
    return draft, len(generation.candidates), len(generation.mentions)


async def publish_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await is_bot_admin(update, context):
        return
    texts = user_texts(user)
    data = context.bot_data
    folder = data.config.questions_dir
    drafts = sorted(p.stem for p in (folder / DRAFTS_DIR).glob("*.yaml"))
    name = (context.args or [""])[0].removesuffix(".yaml")
    if not name:
        await message.reply_text(
            texts.publish_list.format(names=html.escape(", ".join(drafts)))
            if drafts
            else texts.publish_none
        )
        return
    if not _DRAFT_NAME.match(name) or name not in drafts:
        await message.reply_text(texts.publish_unknown.format(name=html.escape(name)))
        return
    source, target = folder / DRAFTS_DIR / f"{name}.yaml", folder / f"{name}.yaml"
    if target.exists():
        await message.reply_text(texts.publish_exists.format(name=html.escape(target.name)))
        return
    report = parse_question_file(source.read_text(encoding="utf-8"), target.name)
    errors = [str(e) for e in report.errors]
    errors += [
        f"{target.name}, question '{qid}', field 'id': {texts.import_id_taken.format(file=file)}"
        for qid, file in data.bank.taken_elsewhere(report.questions, target.name).items()
    ]
    if errors:
        lines = [texts.publish_invalid.format(name=html.escape(name), count=len(errors))]
        await message.reply_text(fit(lines + error_lines(errors, texts)))
        return
    await asyncio.to_thread(atomic_move, source, target)
    await apply_reload(context.bot, data, notify=False)
    await log_action(update, context, "publish", f"{target.name}: {len(report.questions)}")
    await message.reply_text(
        texts.publish_done.format(
            name=html.escape(target.name),
            count=len(report.questions),
            total=texts.count_questions(len(data.bank)),
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("generate", generate_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("publish", publish_command, filters=FRESH_MESSAGES))
    app.add_handler(MessageHandler(PRIVATE & TEXT_DOCUMENT, generate_document))
