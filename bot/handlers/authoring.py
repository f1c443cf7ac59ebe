"""/addquestion: admins write a question step by step from their phone, see it as learners will,
then save it to a question file. The same conversation edits an existing question.

Every step checks what it receives against the file format's rules and asks again with the
reason; the final check is the very loader that serves question files.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import json
import logging
import random
import re
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass, field
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.callbacks import (
    AUTHORING_PREFIX,
    CancelDraft,
    EditDraft,
    EditQuestion,
    PickAnswer,
    PickDifficulty,
    PickField,
    PickParagraph,
    PickPassage,
    PreviewChoice,
    Resume,
    SaveDraft,
)
from bot.catalog import CatalogError
from bot.context import QuizApp, QuizContext
from bot.engine import ask
from bot.handlers.access import admin_only
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    answer_quietly,
    error_lines,
    log_action,
    user_texts,
)
from bot.question_writer import Draft, bot_file_name
from bot.questions import (
    MAX_CHOICE_CHARS,
    MAX_CHOICES,
    MAX_EXPLANATION_CHARS,
    MAX_EXPLANATION_LINE_FEEDS,
    MAX_QUESTION_CHARS,
    MIN_CHOICES,
    fold_ascii,
)
from bot.texts import Texts
from bot.views import LETTERS, question_text

log = logging.getLogger(__name__)

# Conversation states, by name: a saved draft records its step by name, so reordering or adding
# steps never resumes an admin at the wrong one.
PASSAGE, QUESTION, CHOICES, ANSWER, EXPLANATION = (
    "passage", "question", "choices", "answer", "explanation",
)  # fmt: skip
TAGS, DIFFICULTY, PARAGRAPH, PREVIEW, FIELD, RESUME = (
    "tags", "difficulty", "paragraph", "preview", "field", "resume",
)  # fmt: skip
# Version 1 of saved drafts stored a state as its position in this tuple.
LEGACY_STATES = (
    PASSAGE, QUESTION, CHOICES, ANSWER, EXPLANATION, TAGS, DIFFICULTY, PARAGRAPH, PREVIEW, FIELD,
    RESUME,
)  # fmt: skip
SESSION_VERSION = 2
TEXT_STEPS = (QUESTION, CHOICES, EXPLANATION, TAGS)
SESSION_KEY = "authoring"
Next = str | int  # a state, or ConversationHandler.END
Step = Callable[[Update, QuizContext], Coroutine[Any, Any, Next | None]]
FIELDS = ("question", "choices", "explanation", "tags", "difficulty", "paragraph")
MAX_PARAGRAPH_BUTTONS = 8
# An admin who walks away ends the conversation after this long; their question stays saved
# and /addquestion offers to resume it. Until then, uploads still reach their own handlers.
CONVERSATION_TIMEOUT_SECONDS = 30 * 60


@dataclass
class Session:
    draft: Draft
    passages: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    back_to_preview: bool = False
    prompt: str = ""
    state: str = QUESTION

    def to_json(self) -> str:
        return json.dumps({"version": SESSION_VERSION, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, blob: str) -> Session | None:
        """A saved session of this or an older version; None when it cannot be read."""
        try:
            data = json.loads(blob)
            version = data.pop("version", 1)
            if version == 1 and isinstance(data.get("state"), int):
                index = data["state"]
                data["state"] = (
                    LEGACY_STATES[index] if 0 <= index < len(LEGACY_STATES) else QUESTION
                )
            known = {f.name for f in dataclasses.fields(Draft)}
            draft = Draft(**{k: v for k, v in data["draft"].items() if k in known})
            if version == 1 and draft.question_id and draft.original_choices is None:
                # version 1 kept translations whose choice count matched; it did not record
                # the choices before the edit, so take them as unchanged (the old rule)
                draft.original_choices = list(draft.choices)
                draft.original_answer = draft.answer_index
            data["draft"] = draft
            data["passages"] = [tuple(p) for p in data.get("passages", [])]
            fields = {f.name for f in dataclasses.fields(cls)}
            return cls(**{k: v for k, v in data.items() if k in fields})
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("a saved question draft could not be read; starting afresh")
            return None


def durable(step: Step, *, needs_session: bool = True) -> Step:
    """Keep the admin's question in SQLite after every step: a restart of the bot in the middle
    of a conversation loses nothing (/addquestion offers to resume). The saved question is
    dropped only by Save and Cancel themselves, never because a step ended without one.

    A step that needs the question in progress and finds none (the conversation timed out a
    moment ago) says so and ends; the saved copy stays for /addquestion to resume."""

    @functools.wraps(step)
    async def run(update: Update, context: QuizContext) -> Next | None:
        if needs_session and _session(context) is None:
            if update.callback_query is not None:
                await answer_quietly(update.callback_query)
            await _say(update, user_texts(update.effective_user).add_timed_out)
            return ConversationHandler.END
        state = await step(update, context)
        user, session = update.effective_user, _session(context)
        if user is None or state is None or not context.bot_data.config.is_admin(user.id):
            return state
        if session is not None and isinstance(state, str):
            session.state = state
            store = context.bot_data.store
            await store.save_draft(user.id, session.to_json(), context.bot_data.clock())
        return state

    return run


def _session(context: QuizContext) -> Session | None:
    found = (context.user_data or {}).get(SESSION_KEY)
    return found if isinstance(found, Session) else None


async def _say(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        chat_id = message.chat_id
        await message.get_bot().send_message(chat_id, text, reply_markup=markup)


async def _ack(update: Update) -> None:
    """Answer the tap that brought us here (Telegram accepts one answer per tap)."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def _prompt(
    update: Update,
    session: Session,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    session.prompt = text
    await _say(update, text, markup)


# --- entry points ---------------------------------------------------------------------------


@admin_only
async def start_adding(update: Update, context: QuizContext) -> Next:
    if context.user_data is None:
        return ConversationHandler.END
    user = update.effective_user
    texts = user_texts(user)
    saved = await context.bot_data.store.load_draft(user.id) if user else None
    session = Session.from_json(saved) if saved is not None else None
    if session is not None and _session(context) is None:
        draft = session.draft
        buttons = [
            [
                InlineKeyboardButton(texts.resume_button, callback_data=Resume("old").pack()),
                InlineKeyboardButton(texts.restart_button, callback_data=Resume("new").pack()),
            ]
        ]
        await _say(
            update,
            texts.add_resume.format(question=html.escape(draft.question[:80] or "…")),
            InlineKeyboardMarkup(buttons),
        )
        return RESUME
    return await _begin(update, context)


async def resume(update: Update, context: QuizContext) -> Next:
    query, user = update.callback_query, update.effective_user
    tap = Resume.parse(query.data) if query else None
    if query is None or user is None or context.user_data is None or tap is None:
        return ConversationHandler.END
    await query.answer()
    saved = await context.bot_data.store.load_draft(user.id)
    session = Session.from_json(saved) if saved is not None else None
    if tap.choice != "old" or session is None:
        return await _begin(update, context)
    context.user_data[SESSION_KEY] = session
    texts = user_texts(user)
    if session.state in TEXT_STEPS:
        await _say(update, session.prompt)
        return session.state
    if session.state == ANSWER and session.draft.choices:
        return await ask_answer(update, session, texts)
    if session.state == DIFFICULTY:
        return await ask_difficulty(update, session, texts)
    if session.state == PARAGRAPH:
        return await ask_paragraph(update, context, session, texts)
    if session.state in (PREVIEW, FIELD) and session.draft.answer_index is not None:
        return await show_preview(update, context)
    return await _begin(update, context)


async def _begin(update: Update, context: QuizContext) -> Next:
    if context.user_data is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    passages = sorted({(q.passage, q.passage_title) for q in context.bot_data.bank})
    session = Session(Draft(passage=passages[0][0] if passages else "questions"), passages)
    if passages:
        session.draft.title = passages[0][1]
    context.user_data[SESSION_KEY] = session
    if len(passages) > 1:
        buttons = [
            [InlineKeyboardButton(title[:60], callback_data=PickPassage(i).pack())]
            for i, (_, title) in enumerate(passages)
        ]
        await _prompt(update, session, texts.add_pick_passage, InlineKeyboardMarkup(buttons))
        return PASSAGE
    await _prompt(update, session, texts.add_intro + "\n\n" + texts.add_ask_question)
    return QUESTION


@admin_only
async def start_editing(update: Update, context: QuizContext) -> Next:
    query = update.callback_query
    tap = EditQuestion.parse(query.data) if query else None
    if query is None or context.user_data is None or tap is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    question = context.bot_data.bank.get(tap.question_id)
    if question is None:
        await query.answer(texts.stale_button)
        return ConversationHandler.END
    await query.answer()
    draft = Draft.of(question, main_language=question.languages[0])
    context.user_data[SESSION_KEY] = Session(draft)
    return await show_preview(update, context)


# --- steps ----------------------------------------------------------------------------------


async def got_passage(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    tap = PickPassage.parse(query.data)
    if tap is None or tap.index >= len(session.passages):
        await query.answer(texts.invalid_button)
        return PASSAGE
    await query.answer()
    session.draft.passage, session.draft.title = session.passages[tap.index]
    await _prompt(update, session, texts.add_ask_question)
    return QUESTION


async def got_question(update: Update, context: QuizContext) -> Next:
    session, message = _session(context), update.effective_message
    if session is None or message is None or message.text is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    text = message.text.strip()
    if len(text) > MAX_QUESTION_CHARS:
        await message.reply_text(
            texts.add_too_long.format(length=len(text), limit=MAX_QUESTION_CHARS)
        )
        return QUESTION
    session.draft.question = text
    if session.back_to_preview:
        return await show_preview(update, context)
    session.draft.choices = []
    await _prompt(update, session, _choices_prompt(texts))
    return CHOICES


async def got_choices(update: Update, context: QuizContext) -> Next:
    session, message = _session(context), update.effective_message
    if session is None or message is None or message.text is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    problems: list[str] = []
    for line in message.text.splitlines():
        choice = line.strip()
        if not choice:
            continue
        if len(choice) > MAX_CHOICE_CHARS:
            problems.append(
                texts.add_choice_too_long.format(
                    choice=html.escape(choice[:40]), length=len(choice), limit=MAX_CHOICE_CHARS
                )
            )
        elif choice.casefold() in (c.casefold() for c in session.draft.choices):
            problems.append(texts.add_choice_twice.format(choice=html.escape(choice)))
        elif len(session.draft.choices) >= MAX_CHOICES:
            problems.append(texts.add_too_many_choices.format(maximum=MAX_CHOICES))
            break
        else:
            session.draft.choices.append(choice)
    listing = "\n".join(
        f"{LETTERS[i]}. {html.escape(c)}" for i, c in enumerate(session.draft.choices)
    )
    await message.reply_text(
        "\n".join([*problems, texts.add_choices_so_far.format(choices=listing or "—")])
    )
    return CHOICES


async def choices_done(update: Update, context: QuizContext) -> Next:
    session, message = _session(context), update.effective_message
    if session is None or message is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    if len(session.draft.choices) < MIN_CHOICES:
        await message.reply_text(texts.add_too_few_choices.format(minimum=MIN_CHOICES))
        return CHOICES
    return await ask_answer(update, session, texts)


async def ask_answer(update: Update, session: Session, texts: Texts) -> Next:
    buttons = [
        [InlineKeyboardButton(f"{LETTERS[i]}. {c}"[:60], callback_data=PickAnswer(i).pack())]
        for i, c in enumerate(session.draft.choices)
    ]
    await _prompt(update, session, texts.add_ask_answer, InlineKeyboardMarkup(buttons))
    return ANSWER


async def got_answer(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    tap = PickAnswer.parse(query.data)
    if tap is None or tap.index >= len(session.draft.choices):
        await query.answer(texts.invalid_button)
        return ANSWER
    await query.answer()
    session.draft.answer_index = tap.index
    if session.back_to_preview:
        return await show_preview(update, context)
    await _prompt(update, session, _explanation_prompt(texts))
    return EXPLANATION


def _choices_prompt(texts: Texts) -> str:
    return texts.add_ask_choices.format(minimum=MIN_CHOICES, maximum=MAX_CHOICES)


def _explanation_prompt(texts: Texts) -> str:
    return texts.add_ask_explanation.format(limit=MAX_EXPLANATION_CHARS)


async def got_explanation(update: Update, context: QuizContext) -> Next:
    session, message = _session(context), update.effective_message
    if session is None or message is None or message.text is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    text = message.text.strip()
    if len(text) > MAX_EXPLANATION_CHARS:
        await message.reply_text(
            texts.add_too_long.format(length=len(text), limit=MAX_EXPLANATION_CHARS)
        )
        return EXPLANATION
    if text.count("\n") > MAX_EXPLANATION_LINE_FEEDS:
        await message.reply_text(texts.add_too_many_lines.format(limit=MAX_EXPLANATION_LINE_FEEDS))
        return EXPLANATION
    session.draft.explanation = text
    if session.back_to_preview:
        return await show_preview(update, context)
    await _prompt(update, session, texts.add_ask_tags)
    return TAGS


def _tag(word: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", fold_ascii(word)).strip("-_")


async def got_tags(update: Update, context: QuizContext) -> Next:
    session, message = _session(context), update.effective_message
    if session is None or message is None:
        return ConversationHandler.END
    words = re.split(r"[,\s]+", message.text or "") if message.text else []
    session.draft.tags = list(dict.fromkeys(t for t in (_tag(w) for w in words) if t))[:10]
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_difficulty(update, session, user_texts(update.effective_user))


async def skip_tags(update: Update, context: QuizContext) -> Next:
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    session.draft.tags = []
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_difficulty(update, session, user_texts(update.effective_user))


async def ask_difficulty(update: Update, session: Session, texts: Texts) -> Next:
    levels = (texts.difficulty_easy, texts.difficulty_medium, texts.difficulty_hard)
    buttons = [
        [
            InlineKeyboardButton(label, callback_data=PickDifficulty(n).pack())
            for n, label in enumerate(levels, 1)
        ]
    ]
    await _prompt(update, session, texts.add_ask_difficulty, InlineKeyboardMarkup(buttons))
    return DIFFICULTY


async def got_difficulty(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    tap = PickDifficulty.parse(query.data)
    if tap is None or not 1 <= tap.level <= 3:
        await query.answer(texts.invalid_button)
        return DIFFICULTY
    await query.answer()
    session.draft.difficulty = tap.level
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_paragraph(update, context, session, texts)


async def ask_paragraph(
    update: Update, context: QuizContext, session: Session, texts: Texts
) -> Next:
    known = [q.paragraph for q in context.bot_data.bank if q.passage == session.draft.passage]
    count = min(max(known, default=1), MAX_PARAGRAPH_BUTTONS)
    row = [
        InlineKeyboardButton(str(n), callback_data=PickParagraph(n).pack())
        for n in range(1, count + 1)
    ]
    await _prompt(update, session, texts.add_ask_paragraph, InlineKeyboardMarkup([row]))
    return PARAGRAPH


async def got_paragraph(update: Update, context: QuizContext) -> Next:
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    if update.callback_query is not None:
        tap = PickParagraph.parse(update.callback_query.data)
        raw = str(tap.paragraph) if tap else ""
    else:
        raw = (update.effective_message.text or "") if update.effective_message else ""
    raw = raw.strip()
    if not re.fullmatch(r"[0-9]{1,3}", raw) or not 1 <= int(raw) <= 999:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.invalid_button)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(texts.add_bad_paragraph)
        return PARAGRAPH
    await _ack(update)
    session.draft.paragraph = int(raw)
    return await show_preview(update, context)


# --- preview, edit, save --------------------------------------------------------------------


async def show_preview(update: Update, context: QuizContext) -> Next:
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    session.back_to_preview = False
    draft = session.draft
    report = draft.as_file(draft.question_id or "preview")
    if not report.ok:
        lines = [texts.add_invalid, *error_lines([str(e) for e in report.errors], texts)]
        await _say(update, "\n".join(lines), _preview_buttons(texts))
        return PREVIEW
    asked = ask(report.questions[0], texts.language, random.Random())
    # exactly what a learner gets; its buttons only say whether the choice is right
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    f"{LETTERS[i]}. {c}",
                    callback_data=PreviewChoice(int(i == asked.correct)).pack(),
                )
            ]
            for i, c in enumerate(asked.choices)
        ]
    )
    await _say(update, texts.add_preview_title)
    await _say(update, question_text(asked, texts), keyboard)
    summary = texts.add_preview_summary.format(
        answer=html.escape(asked.choices[asked.correct]),
        explanation=html.escape(draft.explanation),
        tags=html.escape(", ".join(draft.tags) or "—"),
        difficulty=draft.difficulty,
        paragraph=draft.paragraph,
        file=html.escape(draft.file or bot_file_name(draft.passage)),
    )
    dropped = draft.dropped_translations()
    if dropped:
        summary += "\n\n" + texts.add_translation_dropped.format(languages=", ".join(dropped))
    await _say(update, summary, _preview_buttons(texts))
    return PREVIEW


def _preview_buttons(texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.save_button, callback_data=SaveDraft().pack()),
                InlineKeyboardButton(texts.edit_button, callback_data=EditDraft().pack()),
                InlineKeyboardButton(texts.cancel_button, callback_data=CancelDraft().pack()),
            ]
        ]
    )


async def preview_tap(update: Update, context: QuizContext) -> Next:
    query = update.callback_query
    if query is not None:
        texts = user_texts(query.from_user)
        await query.answer(
            texts.add_preview_right
            if PreviewChoice.parse(query.data) == PreviewChoice(1)
            else texts.add_preview_wrong
        )
    return PREVIEW


async def pick_field(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    await query.answer()
    texts = user_texts(query.from_user)
    labels = dict(zip(FIELDS, texts.field_labels.split("|"), strict=True))
    buttons = [
        [InlineKeyboardButton(labels[name], callback_data=PickField(name).pack())]
        for name in FIELDS
    ]
    await _prompt(update, session, texts.add_pick_field, InlineKeyboardMarkup(buttons))
    return FIELD


async def got_field(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    tap = PickField.parse(query.data)
    if tap is None:
        await query.answer(texts.invalid_button)
        return FIELD
    name = tap.name
    await query.answer()
    session.back_to_preview = True
    if name == "question":
        await _prompt(update, session, texts.add_ask_question)
        return QUESTION
    if name == "choices":
        session.draft.choices, session.draft.answer_index = [], None  # then a new right one
        await _prompt(update, session, _choices_prompt(texts))
        return CHOICES
    if name == "explanation":
        await _prompt(update, session, _explanation_prompt(texts))
        return EXPLANATION
    if name == "tags":
        await _prompt(update, session, texts.add_ask_tags)
        return TAGS
    if name == "difficulty":
        return await ask_difficulty(update, session, texts)
    return await ask_paragraph(update, context, session, texts)


@admin_only
async def save(update: Update, context: QuizContext) -> Next:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    await query.answer()
    texts = user_texts(query.from_user)
    draft = session.draft
    problems = draft.validate()
    if problems:
        await _say(
            update, "\n".join([texts.add_invalid, *error_lines([str(e) for e in problems], texts)])
        )
        return PREVIEW
    dropped = draft.dropped_translations()
    catalog = context.bot_data.catalog
    try:
        if draft.question_id:
            saved = await catalog.replace(draft.question_id, draft)
        else:
            saved = await catalog.add(draft)
    except CatalogError as exc:
        await _say(update, texts.write_failed.format(reason=html.escape(str(exc))))
        return PREVIEW
    await context.bot_data.store.drop_draft(query.from_user.id)  # saved: never offered again
    action = "edit" if draft.question_id else "add"
    await log_action(update, context, action, f"{saved.question_id} ({saved.file})")
    _end(context)
    text = texts.add_saved.format(id=saved.question_id, file=html.escape(saved.file))
    if dropped:
        text += "\n" + texts.add_translation_dropped.format(languages=", ".join(dropped))
    await _say(update, text)
    return ConversationHandler.END


async def cancel(update: Update, context: QuizContext) -> Next:
    await _ack(update)
    _end(context)
    if update.effective_user is not None:
        await context.bot_data.store.drop_draft(update.effective_user.id)
    await _say(update, user_texts(update.effective_user).add_cancelled)
    return ConversationHandler.END


async def timed_out(update: object, context: QuizContext) -> None:
    """The admin walked away: the conversation ends, the question stays saved in SQLite."""
    _end(context)
    if isinstance(update, Update) and update.effective_chat is not None:
        texts = user_texts(update.effective_user)
        try:
            await context.bot.send_message(update.effective_chat.id, texts.add_timed_out)
        except TelegramError as exc:  # the conversation must end all the same
            log.warning("could not tell an admin their question was put aside: %s", exc)


async def remind(update: Update, context: QuizContext) -> Next | None:
    """Anything unexpected mid-conversation (a sticker, a photo): repeat what is awaited."""
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    if update.callback_query is not None:
        await update.callback_query.answer(texts.invalid_button)
        return None
    await _say(update, texts.add_reminder + "\n\n" + session.prompt)
    return None


def _end(context: QuizContext) -> None:
    if context.user_data is not None:
        context.user_data.pop(SESSION_KEY, None)


def register(app: QuizApp) -> None:
    app.add_handler(build_conversation())


def build_conversation() -> ConversationHandler[QuizContext]:
    text = filters.TEXT & ~filters.COMMAND & FRESH_MESSAGES
    with warnings.catch_warnings():
        # Conversations are tracked per chat and user, not per message, on purpose: the
        # buttons of the latest prompt are the ones that count. PTB warns about that choice.
        warnings.filterwarnings("ignore", message=".*per_message=False.*", category=PTBUserWarning)
        return _conversation(text)


def _conversation(text: filters.BaseFilter) -> ConversationHandler[QuizContext]:
    return ConversationHandler(
        entry_points=[
            CommandHandler(
                "addquestion",
                durable(start_adding, needs_session=False),
                filters=PRIVATE & FRESH_MESSAGES,
            ),
            CallbackQueryHandler(
                durable(start_editing, needs_session=False), pattern=EditQuestion.matches
            ),
        ],
        states={
            RESUME: [
                CallbackQueryHandler(durable(resume, needs_session=False), pattern=Resume.matches)
            ],
            PASSAGE: [CallbackQueryHandler(durable(got_passage), pattern=PickPassage.matches)],
            QUESTION: [MessageHandler(text, durable(got_question))],
            CHOICES: [
                CommandHandler("done", durable(choices_done)),
                MessageHandler(text, durable(got_choices)),
            ],
            ANSWER: [CallbackQueryHandler(durable(got_answer), pattern=PickAnswer.matches)],
            EXPLANATION: [MessageHandler(text, durable(got_explanation))],
            TAGS: [
                CommandHandler("skip", durable(skip_tags)),
                MessageHandler(text, durable(got_tags)),
            ],
            DIFFICULTY: [
                CallbackQueryHandler(durable(got_difficulty), pattern=PickDifficulty.matches)
            ],
            PARAGRAPH: [
                CallbackQueryHandler(durable(got_paragraph), pattern=PickParagraph.matches),
                MessageHandler(text, durable(got_paragraph)),
            ],
            PREVIEW: [
                CallbackQueryHandler(preview_tap, pattern=PreviewChoice.matches),
                CallbackQueryHandler(durable(save), pattern=SaveDraft.matches),
                CallbackQueryHandler(durable(pick_field), pattern=EditDraft.matches),
                CallbackQueryHandler(
                    durable(cancel, needs_session=False), pattern=CancelDraft.matches
                ),
            ],
            FIELD: [CallbackQueryHandler(durable(got_field), pattern=PickField.matches)],
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[
            CommandHandler("cancel", durable(cancel, needs_session=False)),
            # documents are left to their own handlers (imports, drafts), even mid-question
            MessageHandler(
                PRIVATE & ~filters.COMMAND & ~filters.Document.ALL & FRESH_MESSAGES, remind
            ),
            CallbackQueryHandler(remind, pattern=f"^{AUTHORING_PREFIX}"),
        ],
        allow_reentry=True,
        conversation_timeout=CONVERSATION_TIMEOUT_SECONDS,
        name="addquestion",
    )
