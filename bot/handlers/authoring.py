"""/addquestion: admins write a question step by step from their phone, see it as learners will,
then save it to a question file. The same conversation edits an existing question.

Every step checks what it receives against the file format's rules and asks again with the
reason; the final check is the very loader that serves question files.
"""

from __future__ import annotations

import asyncio
import functools
import html
import json
import random
import re
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass, field
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.context import QuizApp, QuizContext
from bot.engine import ask
from bot.handlers.admin import apply_reload
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    error_lines,
    is_bot_admin,
    log_action,
    user_texts,
)
from bot.question_writer import (
    Draft,
    UnsafeEdit,
    append_question,
    bot_file_name,
    new_question_id,
    replace_question,
)
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

(
    PASSAGE, QUESTION, CHOICES, ANSWER, EXPLANATION, TAGS, DIFFICULTY, PARAGRAPH, PREVIEW, FIELD,
    RESUME,
) = range(11)  # fmt: skip
TEXT_STEPS = (QUESTION, CHOICES, EXPLANATION, TAGS)
SESSION_KEY = "authoring"
Step = Callable[[Update, QuizContext], Coroutine[Any, Any, int | None]]
FIELDS = ("question", "choices", "explanation", "tags", "difficulty", "paragraph")
MAX_PARAGRAPH_BUTTONS = 8


@dataclass
class Session:
    draft: Draft
    passages: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    back_to_preview: bool = False
    prompt: str = ""
    state: int = QUESTION

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, blob: str) -> Session:
        data = json.loads(blob)
        data["draft"] = Draft(**data["draft"])
        data["passages"] = [tuple(p) for p in data["passages"]]
        return cls(**data)


def durable(step: Step) -> Step:
    """Keep the admin's question in SQLite after every step: a restart of the bot in the middle
    of a conversation loses nothing (/addquestion offers to resume)."""

    @functools.wraps(step)
    async def run(update: Update, context: QuizContext) -> int | None:
        state = await step(update, context)
        user, session = update.effective_user, _session(context)
        if user is None or state is None or not context.bot_data.config.is_admin(user.id):
            return state
        store = context.bot_data.store
        if state == ConversationHandler.END:
            await store.drop_draft(user.id)
        elif session is not None:
            session.state = state
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


async def start_adding(update: Update, context: QuizContext) -> int:
    if not await is_bot_admin(update, context) or context.user_data is None:
        return ConversationHandler.END
    user = update.effective_user
    texts = user_texts(user)
    saved = await context.bot_data.store.load_draft(user.id) if user else None
    if saved is not None and _session(context) is None:
        draft = Session.from_json(saved).draft
        buttons = [
            [
                InlineKeyboardButton(texts.resume_button, callback_data="c:r:old"),
                InlineKeyboardButton(texts.restart_button, callback_data="c:r:new"),
            ]
        ]
        await _say(
            update,
            texts.add_resume.format(question=html.escape(draft.question[:80] or "…")),
            InlineKeyboardMarkup(buttons),
        )
        return RESUME
    return await _begin(update, context)


async def resume(update: Update, context: QuizContext) -> int:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or context.user_data is None:
        return ConversationHandler.END
    await query.answer()
    saved = await context.bot_data.store.load_draft(user.id)
    if query.data != "c:r:old" or saved is None:
        return await _begin(update, context)
    session = Session.from_json(saved)
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


async def _begin(update: Update, context: QuizContext) -> int:
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
            [InlineKeyboardButton(title[:60], callback_data=f"c:p:{i}")]
            for i, (_, title) in enumerate(passages)
        ]
        await _prompt(update, session, texts.add_pick_passage, InlineKeyboardMarkup(buttons))
        return PASSAGE
    await _prompt(update, session, texts.add_intro + "\n\n" + texts.add_ask_question)
    return QUESTION


async def start_editing(update: Update, context: QuizContext) -> int:
    query = update.callback_query
    if query is None or not await is_bot_admin(update, context) or context.user_data is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    match = re.fullmatch(r"qe:([a-z0-9_-]{1,48})", query.data or "")
    question = context.bot_data.bank.get(match[1]) if match else None
    if question is None:
        await query.answer(texts.stale_button)
        return ConversationHandler.END
    await query.answer()
    draft = Draft.of(question, main_language=question.languages[0])
    context.user_data[SESSION_KEY] = Session(draft)
    return await show_preview(update, context)


# --- steps ----------------------------------------------------------------------------------


async def got_passage(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    match = re.fullmatch(r"c:p:(\d{1,3})", query.data or "")
    if match is None or int(match[1]) >= len(session.passages):
        await query.answer(texts.invalid_button)
        return PASSAGE
    await query.answer()
    session.draft.passage, session.draft.title = session.passages[int(match[1])]
    await _prompt(update, session, texts.add_ask_question)
    return QUESTION


async def got_question(update: Update, context: QuizContext) -> int:
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


async def got_choices(update: Update, context: QuizContext) -> int:
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


async def choices_done(update: Update, context: QuizContext) -> int:
    session, message = _session(context), update.effective_message
    if session is None or message is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    if len(session.draft.choices) < MIN_CHOICES:
        await message.reply_text(texts.add_too_few_choices.format(minimum=MIN_CHOICES))
        return CHOICES
    return await ask_answer(update, session, texts)


async def ask_answer(update: Update, session: Session, texts: Texts) -> int:
    buttons = [
        [InlineKeyboardButton(f"{LETTERS[i]}. {c}"[:60], callback_data=f"c:a:{i}")]
        for i, c in enumerate(session.draft.choices)
    ]
    await _prompt(update, session, texts.add_ask_answer, InlineKeyboardMarkup(buttons))
    return ANSWER


async def got_answer(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    match = re.fullmatch(r"c:a:(\d{1,2})", query.data or "")
    if match is None or int(match[1]) >= len(session.draft.choices):
        await query.answer(texts.invalid_button)
        return ANSWER
    await query.answer()
    session.draft.answer_index = int(match[1])
    if session.back_to_preview:
        return await show_preview(update, context)
    await _prompt(update, session, _explanation_prompt(texts))
    return EXPLANATION


def _choices_prompt(texts: Texts) -> str:
    return texts.add_ask_choices.format(minimum=MIN_CHOICES, maximum=MAX_CHOICES)


def _explanation_prompt(texts: Texts) -> str:
    return texts.add_ask_explanation.format(limit=MAX_EXPLANATION_CHARS)


async def got_explanation(update: Update, context: QuizContext) -> int:
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


async def got_tags(update: Update, context: QuizContext) -> int:
    session, message = _session(context), update.effective_message
    if session is None or message is None:
        return ConversationHandler.END
    words = re.split(r"[,\s]+", message.text or "") if message.text else []
    session.draft.tags = list(dict.fromkeys(t for t in (_tag(w) for w in words) if t))[:10]
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_difficulty(update, session, user_texts(update.effective_user))


async def skip_tags(update: Update, context: QuizContext) -> int:
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    session.draft.tags = []
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_difficulty(update, session, user_texts(update.effective_user))


async def ask_difficulty(update: Update, session: Session, texts: Texts) -> int:
    levels = (texts.difficulty_easy, texts.difficulty_medium, texts.difficulty_hard)
    buttons = [
        [InlineKeyboardButton(label, callback_data=f"c:d:{n}") for n, label in enumerate(levels, 1)]
    ]
    await _prompt(update, session, texts.add_ask_difficulty, InlineKeyboardMarkup(buttons))
    return DIFFICULTY


async def got_difficulty(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    match = re.fullmatch(r"c:d:([123])", query.data or "")
    if match is None:
        await query.answer(texts.invalid_button)
        return DIFFICULTY
    await query.answer()
    session.draft.difficulty = int(match[1])
    if session.back_to_preview:
        return await show_preview(update, context)
    return await ask_paragraph(update, context, session, texts)


async def ask_paragraph(
    update: Update, context: QuizContext, session: Session, texts: Texts
) -> int:
    known = [q.paragraph for q in context.bot_data.bank if q.passage == session.draft.passage]
    count = min(max(known, default=1), MAX_PARAGRAPH_BUTTONS)
    row = [InlineKeyboardButton(str(n), callback_data=f"c:g:{n}") for n in range(1, count + 1)]
    await _prompt(update, session, texts.add_ask_paragraph, InlineKeyboardMarkup([row]))
    return PARAGRAPH


async def got_paragraph(update: Update, context: QuizContext) -> int:
    session = _session(context)
    if session is None:
        return ConversationHandler.END
    texts = user_texts(update.effective_user)
    if update.callback_query is not None:
        raw = (update.callback_query.data or "").removeprefix("c:g:")
    else:
        raw = (update.effective_message.text or "") if update.effective_message else ""
    if not raw.strip().isdigit() or not 1 <= int(raw.strip()) <= 999:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.invalid_button)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(texts.add_bad_paragraph)
        return PARAGRAPH
    await _ack(update)
    session.draft.paragraph = int(raw.strip())
    return await show_preview(update, context)


# --- preview, edit, save --------------------------------------------------------------------


async def show_preview(update: Update, context: QuizContext) -> int:
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
                    f"{LETTERS[i]}. {c}", callback_data=f"c:v:{int(i == asked.correct)}"
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
    await _say(update, summary, _preview_buttons(texts))
    return PREVIEW


def _preview_buttons(texts: Texts) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.save_button, callback_data="c:s"),
                InlineKeyboardButton(texts.edit_button, callback_data="c:e"),
                InlineKeyboardButton(texts.cancel_button, callback_data="c:x"),
            ]
        ]
    )


async def preview_tap(update: Update, context: QuizContext) -> int:
    query = update.callback_query
    if query is not None:
        texts = user_texts(query.from_user)
        await query.answer(
            texts.add_preview_right if query.data == "c:v:1" else texts.add_preview_wrong
        )
    return PREVIEW


async def pick_field(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    await query.answer()
    texts = user_texts(query.from_user)
    labels = dict(zip(FIELDS, texts.field_labels.split("|"), strict=True))
    buttons = [[InlineKeyboardButton(labels[name], callback_data=f"c:f:{name}")] for name in FIELDS]
    await _prompt(update, session, texts.add_pick_field, InlineKeyboardMarkup(buttons))
    return FIELD


async def got_field(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    texts = user_texts(query.from_user)
    name = (query.data or "").removeprefix("c:f:")
    if name not in FIELDS:
        await query.answer(texts.invalid_button)
        return FIELD
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


async def save(update: Update, context: QuizContext) -> int:
    session, query = _session(context), update.callback_query
    if session is None or query is None:
        return ConversationHandler.END
    if not await is_bot_admin(update, context):
        return ConversationHandler.END
    await query.answer()
    texts = user_texts(query.from_user)
    data = context.bot_data
    draft = session.draft
    folder = data.config.questions_dir
    problems = draft.validate()
    if problems:
        await _say(
            update, "\n".join([texts.add_invalid, *error_lines([str(e) for e in problems], texts)])
        )
        return PREVIEW
    try:
        if draft.question_id and draft.file:
            question_id, file = draft.question_id, draft.file
            entry = draft.entry(question_id)
            await asyncio.to_thread(replace_question, folder / file, question_id, entry)
        else:
            question_id = new_question_id(draft.question, data.bank.ids())
            path = await asyncio.to_thread(append_question, folder, draft, question_id)
            file = path.relative_to(folder).as_posix()
    except (UnsafeEdit, OSError) as exc:
        await _say(update, texts.write_failed.format(reason=html.escape(str(exc))))
        return PREVIEW
    await apply_reload(context.bot, data, notify=False)
    action = "edit" if draft.question_id else "add"
    await log_action(update, context, action, f"{question_id} ({file})")
    _end(context)
    await _say(update, texts.add_saved.format(id=question_id, file=html.escape(file)))
    return ConversationHandler.END


async def cancel(update: Update, context: QuizContext) -> int:
    await _ack(update)
    _end(context)
    await _say(update, user_texts(update.effective_user).add_cancelled)
    return ConversationHandler.END


async def remind(update: Update, context: QuizContext) -> int | None:
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
            CommandHandler("addquestion", durable(start_adding), filters=PRIVATE & FRESH_MESSAGES),
            CallbackQueryHandler(durable(start_editing), pattern=r"^qe:"),
        ],
        states={
            RESUME: [CallbackQueryHandler(durable(resume), pattern=r"^c:r:")],
            PASSAGE: [CallbackQueryHandler(durable(got_passage), pattern=r"^c:p:")],
            QUESTION: [MessageHandler(text, durable(got_question))],
            CHOICES: [
                CommandHandler("done", durable(choices_done)),
                MessageHandler(text, durable(got_choices)),
            ],
            ANSWER: [CallbackQueryHandler(durable(got_answer), pattern=r"^c:a:")],
            EXPLANATION: [MessageHandler(text, durable(got_explanation))],
            TAGS: [
                CommandHandler("skip", durable(skip_tags)),
                MessageHandler(text, durable(got_tags)),
            ],
            DIFFICULTY: [CallbackQueryHandler(durable(got_difficulty), pattern=r"^c:d:")],
            PARAGRAPH: [
                CallbackQueryHandler(durable(got_paragraph), pattern=r"^c:g:"),
                MessageHandler(text, durable(got_paragraph)),
            ],
            PREVIEW: [
                CallbackQueryHandler(preview_tap, pattern=r"^c:v:"),
                CallbackQueryHandler(durable(save), pattern=r"^c:s$"),
                CallbackQueryHandler(durable(pick_field), pattern=r"^c:e$"),
                CallbackQueryHandler(durable(cancel), pattern=r"^c:x$"),
            ],
            FIELD: [CallbackQueryHandler(durable(got_field), pattern=r"^c:f:")],
        },
        fallbacks=[
            CommandHandler("cancel", durable(cancel)),
            MessageHandler(PRIVATE & ~filters.COMMAND & FRESH_MESSAGES, remind),
            CallbackQueryHandler(remind, pattern=r"^c:"),
        ],
        allow_reentry=True,
        name="addquestion",
    )
