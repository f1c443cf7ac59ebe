"""Learning, not just scoring: typed answers, spaced review, progress by paragraph and topic,
the passage's own text, the learner's language and a daily reminder.

The review state (a Leitner box per learner and question) is updated by the Store with every
answer, whatever the mode; this module only chooses what to ask and shows where a learner is.
"""

from __future__ import annotations

import html
import logging
import re
from collections import defaultdict
from datetime import time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import ReadParagraph
from bot.context import QuizApp, QuizContext
from bot.engine import Outcome, points_for
from bot.handlers.access import admin_only
from bot.handlers.common import (
    CHOSEN_LANGUAGES,
    FRESH_MESSAGES,
    PRIVATE,
    answer_quietly,
    document_text,
    fit,
    player_of,
    scope_of,
    user_texts,
)
from bot.handlers.errors import mark_blocked
from bot.handlers.quiz import quiz_on_topic, send_quiz
from bot.matching import Verdict, judge_typed
from bot.passages import MAX_PASSAGE_BYTES, PASSAGE_ID, paragraphs_of
from bot.questions import Question
from bot.texts import CATALOGUES, Texts, language_of
from bot.views import keyboard_object, next_keyboard, typed_result_text

log = logging.getLogger(__name__)

BAR_WIDTH = 8
MISSED_SHOWN = 3
REMIND_AT = re.compile(r"([01]?[0-9]|2[0-3])[:hH]([0-5][0-9])")
TYPED_ANSWER_WINDOW = timedelta(hours=1)  # an older typed question is not what a message answers
TYPED_WRONG = -1  # the choice recorded for a wrong typed answer (no choice was shown)
PARAGRAPH_CHARS = 3900  # a paragraph longer than one message is sent in parts


# --- language ---------------------------------------------------------------------------------


async def lang_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    choice = " ".join(context.args or []).strip().lower()
    data = context.bot_data
    if choice not in ("fr", "en", "auto"):
        await message.reply_text(user_texts(user).lang_usage)
        return
    language = None if choice == "auto" else choice
    await data.store.set_language(player_of(user), language, data.clock())
    if language is None:
        CHOSEN_LANGUAGES.pop(user.id, None)
    else:
        CHOSEN_LANGUAGES[user.id] = language
    await message.reply_text(user_texts(user).lang_set)


# --- typed answers ----------------------------------------------------------------------------


async def ask_command(update: Update, context: QuizContext) -> None:
    """/ask [topic]: a question without choices; the learner types the answer."""
    await quiz_on_topic(update, context, typed=True)


async def answer_typed(update: Update, context: QuizContext) -> bool:
    """A private message that answers the learner's open typed question. False when no typed
    question is waiting (the message is something else)."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None or not message.text:
        return False
    data = context.bot_data
    quiz = await data.store.open_typed_quiz(chat.id, user.id, data.clock() - TYPED_ANSWER_WINDOW)
    if quiz is None:
        return False
    texts = user_texts(user)
    attempts, last_seen = await data.store.quiz_attempts(quiz.id)
    if last_seen is not None and message.message_id <= last_seen:
        return True  # a near miss Telegram delivered again: it was answered already
    asked = quiz.asked
    right = asked.choices[asked.correct]
    others = [choice for i, choice in enumerate(asked.choices) if i != asked.correct]
    judgement = judge_typed(message.text, asked.accept or (right,), others)
    if judgement.verdict is Verdict.NEAR and attempts == 0:
        if await data.store.note_attempt(quiz.id, message.message_id):
            await message.reply_text(texts.typed_near.format(typed=html.escape(message.text[:60])))
        return True
    correct = judgement.verdict is Verdict.RIGHT
    outcome = Outcome(
        asked.correct if correct else -1, correct, points_for(asked.difficulty, correct)
    )
    answer = await data.store.record_answer(quiz, player_of(user), outcome, data.clock())
    readable = await data.store.has_passage(asked.passage_id)
    await message.reply_text(
        typed_result_text(asked, answer, texts),
        reply_markup=keyboard_object(next_keyboard(quiz.id, texts, asked, readable)),
    )
    return True


# --- spaced review ----------------------------------------------------------------------------


async def review_command(update: Update, context: QuizContext) -> None:
    """/revision: only the questions due for review; when none are, when the next one is."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    data = context.bot_data
    texts = user_texts(user)
    now = data.clock()
    bank = data.bank
    due = [bank.get(qid) for qid in await data.store.due_reviews(user.id, now)]
    pool = [q for q in due if q is not None]
    if not pool:
        upcoming = await data.store.next_due(user.id, now)
        if upcoming is None:
            await message.reply_text(texts.review_next)
        else:
            when = upcoming.astimezone(data.config.zone).strftime("%d/%m %H:%M")
            await message.reply_text(texts.review_none.format(when=when))
        return
    await message.reply_text(texts.review_done_for_now.format(count=len(pool)))
    await send_quiz(
        context, chat.id, scope_of(chat), user, origin=f"cmd:{chat.id}:{message.message_id}",
        pool=pool,
    )  # fmt: skip


# --- progress and topics ----------------------------------------------------------------------


def bar(done: int, total: int) -> str:
    filled = round(BAR_WIDTH * done / total) if total else 0
    return "▓" * filled + "░" * (BAR_WIDTH - filled)


async def progress_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    data = context.bot_data
    states = await data.store.reviews(user.id)
    questions = list(data.bank)
    if not states or not questions:
        await message.reply_text(texts.progress_none)
        return
    mastered = {qid for qid, state in states.items() if state.mastered}
    lines = [
        texts.progress_header.format(
            mastered=sum(1 for q in questions if q.id in mastered), total=len(questions)
        ),
        "",
    ]
    for (title, paragraph), group in sorted(_paragraphs(questions).items()):
        done = sum(1 for q in group if q.id in mastered)
        label = texts.progress_paragraph.format(
            paragraph=paragraph, bar=bar(done, len(group)), mastered=done, total=len(group)
        )
        several = len({q.passage for q in questions}) > 1
        lines.append(f"{html.escape(title)} · {label}" if several else label)
    lines.append("")
    for tag, group in sorted(_tags(questions).items()):
        done = sum(1 for q in group if q.id in mastered)
        lines.append(
            texts.progress_tag.format(
                tag=html.escape(tag), bar=bar(done, len(group)), mastered=done, total=len(group)
            )
        )
    missed = sorted(
        ((state.wrong, qid) for qid, state in states.items() if state.wrong),
        key=lambda item: (-item[0], item[1]),
    )[:MISSED_SHOWN]
    if missed:
        lines += ["", texts.progress_missed_header]
        for wrong, qid in missed:
            question = data.bank.get(qid)
            if question is not None:
                text = question.wording(texts.language).question
                lines.append(
                    texts.progress_missed_line.format(
                        question=html.escape(text[:80] + ("…" if len(text) > 80 else "")),
                        wrong=wrong,
                    )
                )
    await message.reply_text(fit(lines))


def _paragraphs(questions: list[Question]) -> dict[tuple[str, int], list[Question]]:
    groups: dict[tuple[str, int], list[Question]] = defaultdict(list)
    for question in questions:
        groups[(question.passage_title, question.paragraph)].append(question)
    return groups


def _tags(questions: list[Question]) -> dict[str, list[Question]]:
    groups: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        for tag in question.tags:
            groups[tag].append(question)
    return groups


async def themes_command(update: Update, context: QuizContext) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    data = context.bot_data
    states = await data.store.reviews(user.id)
    lines = [texts.themes_header]
    for tag, group in sorted(_tags(list(data.bank)).items()):
        done = sum(1 for q in group if q.id in states and states[q.id].mastered)
        lines.append(
            texts.themes_line.format(tag=html.escape(tag), total=len(group), mastered=done)
        )
    await message.reply_text(fit(lines))


# --- the passage's own text -------------------------------------------------------------------


def _title_of(context: QuizContext, passage_id: str, texts: Texts) -> str:
    for question in context.bot_data.bank:
        if question.passage == passage_id:
            return question.title_in(texts.language)
    return passage_id


async def send_paragraph(
    context: QuizContext, chat_id: int, passage_id: str, number: int, texts: Texts
) -> None:
    text = await context.bot_data.store.passage_text(passage_id)
    if text is None:
        await context.bot.send_message(chat_id, texts.passage_none)
        return
    paragraphs = paragraphs_of(text)
    if not 1 <= number <= len(paragraphs):
        await context.bot.send_message(
            chat_id, texts.passage_no_paragraph.format(id=passage_id, count=len(paragraphs))
        )
        return
    header = texts.passage_paragraph_header.format(
        title=html.escape(_title_of(context, passage_id, texts)),
        paragraph=number,
        count=len(paragraphs),
    )
    body = paragraphs[number - 1]
    parts = [body[i : i + PARAGRAPH_CHARS] for i in range(0, len(body), PARAGRAPH_CHARS)]
    await context.bot.send_message(chat_id, f"{header}\n\n{html.escape(parts[0])}")
    for part in parts[1:]:
        await context.bot.send_message(chat_id, html.escape(part))


async def text_command(update: Update, context: QuizContext) -> None:
    """/texte: the passages; /texte ID [N]: paragraph N (1 by default)."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    texts = user_texts(user)
    ids = await context.bot_data.store.passage_ids()
    args = context.args or []
    if not args:
        await message.reply_text(
            texts.passage_list.format(ids=", ".join(ids)) if ids else texts.passage_none
        )
        return
    passage_id = args[0].lower()
    number = args[1] if len(args) > 1 else "1"
    if passage_id not in ids or not re.fullmatch(r"[0-9]{1,3}", number):
        await message.reply_text(texts.passage_usage.format(ids=", ".join(ids) or "—"))
        return
    await send_paragraph(context, chat.id, passage_id, int(number), texts)


async def read_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    tap = ReadParagraph.parse(query.data) if query else None
    if query is None or tap is None or query.message is None:
        return
    await answer_quietly(query)
    texts = user_texts(query.from_user)
    await send_paragraph(context, query.message.chat.id, tap.passage_id, tap.paragraph, texts)


@admin_only
async def passage_document(update: Update, context: QuizContext) -> None:
    """An admin sends a .txt with the caption `/texte ID`: the passage's text, kept in SQLite
    (the repository holds only our own words)."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    words = (message.caption or "").split()
    passage_id = words[1].lower() if len(words) > 1 else ""
    if not PASSAGE_ID.fullmatch(passage_id):
        await message.reply_text(texts.passage_usage.format(ids="—"))
        return
    text = await document_text(update, MAX_PASSAGE_BYTES)
    if text is None:
        return
    await context.bot_data.store.save_passage(passage_id, text, context.bot_data.clock())
    await message.reply_text(
        texts.passage_saved.format(id=passage_id, count=len(paragraphs_of(text)))
    )


# --- reminders --------------------------------------------------------------------------------


async def remind_command(update: Update, context: QuizContext) -> None:
    """/rappel HH:MM [time zone]: a daily word when reviews are due; /rappel off. The time is
    in the learner's time zone when they give one (Europe/Paris, America/Montreal), else in
    the bot's."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    data = context.bot_data
    args = context.args or []
    choice = (args[0] if args else "").strip().lower()
    if choice in ("off", "stop", "non", "no"):
        await data.store.set_reminder(player_of(user), None, data.clock())
        _cancel_reminder(context.application, user.id)
        await message.reply_text(texts.remind_off)
        return
    match = REMIND_AT.fullmatch(choice)
    zone = args[1] if len(args) == 2 else data.config.timezone
    if match is None or len(args) > 2 or _zone(zone) is None:
        await message.reply_text(texts.remind_usage)
        return
    at = f"{int(match[1]):02d}:{match[2]} {zone}"
    await data.store.set_reminder(player_of(user), at, data.clock())
    _arm_reminder(context.application, user.id, at)
    await message.reply_text(texts.remind_set.format(time=html.escape(at)))


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _arm_reminder(app: Application, user_id: int, at: str) -> None:  # type: ignore[type-arg]
    queue = app.job_queue
    if queue is None:
        return
    _cancel_reminder(app, user_id)
    clock, _, zone_name = at.partition(" ")
    hours, minutes = (int(part) for part in clock.split(":"))
    zone = _zone(zone_name) or app.bot_data.config.zone
    app.bot_data.reminder_jobs[user_id] = queue.run_daily(
        _remind, time(hours, minutes, tzinfo=zone), data=user_id, name=f"remind:{user_id}"
    )


def _cancel_reminder(app: Application, user_id: int) -> None:  # type: ignore[type-arg]
    job = app.bot_data.reminder_jobs.pop(user_id, None)
    if job is not None:
        job.schedule_removal()


async def _remind(context: QuizContext) -> None:
    job = context.job
    if job is None or not isinstance(job.data, int):
        return
    user_id = job.data
    data = context.bot_data
    due = await data.store.count_due(user_id, data.clock())
    if due == 0 or user_id in data.blocked:
        return
    language = CHOSEN_LANGUAGES.get(user_id) or language_of(await data.store.user_language(user_id))
    texts = CATALOGUES[language]
    try:
        await context.bot.send_message(user_id, texts.remind_message.format(count=due))
    except Forbidden:  # blocked the bot: stop writing to them until they write again
        log.info("user %s blocked the bot: reminders stopped", user_id)
        await data.store.stop_reminder(user_id)
        await mark_blocked(context, user_id)
        job.schedule_removal()
        if data.reminder_jobs.get(user_id) is job:  # not one set again meanwhile
            del data.reminder_jobs[user_id]
    except TelegramError as exc:
        log.warning("could not remind user %s: %s", user_id, exc)


async def start(app: QuizApp) -> None:
    """At start-up: the learners' chosen languages, and their reminders re-armed."""
    data = app.bot_data
    CHOSEN_LANGUAGES.clear()
    CHOSEN_LANGUAGES.update(await data.store.languages())
    data.blocked = await data.store.blocked_users()
    for user_id, at in (await data.store.reminders()).items():
        _arm_reminder(app, user_id, at)


def register(app: QuizApp) -> None:
    private = PRIVATE & FRESH_MESSAGES
    app.add_handler(CommandHandler("lang", lang_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("ask", ask_command, filters=private))
    app.add_handler(CommandHandler(["revision", "review"], review_command, filters=private))
    app.add_handler(CommandHandler(["progres", "progress"], progress_command, filters=private))
    app.add_handler(CommandHandler(["themes", "topics"], themes_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler(["texte", "text"], text_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler(["rappel", "remind"], remind_command, filters=private))
    app.add_handler(CallbackQueryHandler(read_button, pattern=ReadParagraph.matches))
    # before the drafts' handler: a .txt captioned /texte is a passage, not a text to draft from
    caption = filters.CaptionRegex(r"^/(texte|text)\b")
    app.add_handler(
        MessageHandler(PRIVATE & filters.Document.FileExtension("txt") & caption, passage_document)
    )
