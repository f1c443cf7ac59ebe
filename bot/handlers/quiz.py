"""/quiz, answer buttons and "next question".

Order of work on every answer: judge, commit, then acknowledge and edit, each on its own.
Telegram may redeliver an update after a crash; the store's unique keys turn the replay into a
no-op that still repairs the message the crash left unedited, even though Telegram then refuses
to answer the (too old) tap.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import Sequence

from telegram import CallbackQuery, Message, Update, User
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callbacks import AnswerTap, NextQuestion
from bot.context import QuizApp, QuizContext
from bot.engine import InvalidChoice, ask, judge, pick_next
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    answer_quietly,
    edit_quietly,
    edit_text,
    player_of,
    post_text,
    scope_of,
    user_language,
    user_texts,
)
from bot.handlers.games import send_private_poll
from bot.questions import Question, QuestionBank
from bot.store import QuizRecord
from bot.views import (
    next_keyboard_json,
    question_keyboard,
    question_text,
    result_text,
    typed_question_text,
    verdict_toast,
)


async def quiz_command(update: Update, context: QuizContext) -> None:
    """/quiz [topic | difficulty] in a private chat (in groups: a quiz poll, see games.py)."""
    await quiz_on_topic(update, context, typed=None)


async def quiz_on_topic(update: Update, context: QuizContext, *, typed: bool | None) -> None:
    """/quiz or /ask with an optional topic or difficulty; `typed` as for send_quiz."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    topic = " ".join(context.args or []).strip().lower() or None
    pool = questions_on(context.bot_data.bank, topic)
    if not pool:
        await message.reply_text(topic_unknown(context.bot_data.bank, topic or "", user))
        return
    await send_quiz(
        context, chat.id, scope_of(chat), user, origin=f"cmd:{chat.id}:{message.message_id}",
        pool=pool, typed=typed,
    )  # fmt: skip


def questions_on(bank: QuestionBank, topic: str | None) -> list[Question]:
    """The questions of a topic (a tag) or of a difficulty ("1", "2", "3"); all without one."""
    if topic is None:
        return list(bank)
    if topic in ("1", "2", "3"):
        return [q for q in bank if q.difficulty == int(topic)]
    return [q for q in bank if topic in q.tags]


def topic_unknown(bank: QuestionBank, topic: str, user: User) -> str:
    tags = sorted({tag for q in bank for tag in q.tags})
    return user_texts(user).topic_unknown.format(
        topic=html.escape(topic[:40]), tags=html.escape(", ".join(tags))
    )


async def send_quiz(
    context: QuizContext,
    chat_id: int,
    scope: int,
    user: User,
    *,
    origin: str,
    pool: Sequence[Question] | None = None,
    typed: bool | None = None,
) -> bool:
    """Pick (questions due for review first), record, then send, in the learner's mode:
    buttons, a quiz poll, or typed (`typed` forces it). Returns False when this request was
    already served."""
    data = context.bot_data
    texts = user_texts(user)
    bank = data.bank  # one snapshot for the whole request, even if a reload swaps it meanwhile
    learner = await data.store.learner_state(user.id, data.clock())
    mode = learner.mode
    candidates = list(bank) if pool is None else list(pool)
    as_typed = typed if typed is not None else mode == MODE_TYPED
    if as_typed:
        typeable = [q for q in candidates if q.typed]
        if typeable:
            candidates = typeable
        elif typed:
            await context.bot.send_message(chat_id, texts.no_typed_questions)
            return True
        else:
            as_typed = False  # this topic has none: choices it is
    ids = [q.id for q in candidates]
    due = [qid for qid in learner.due if qid in ids]
    question_id = due[0] if due else pick_next(ids, learner.seen, data.rng)
    question = bank.get(question_id) if question_id else None
    if question is None:
        await context.bot.send_message(chat_id, texts.no_questions)
        return True
    asked = ask(question, user_language(user), data.rng)
    kind = "typed" if as_typed else "poll" if mode == MODE_POLL else "buttons"
    quiz, _ = await data.store.create_quiz(
        origin=origin, chat_id=chat_id, scope=scope, user_id=user.id, asked=asked,
        now=data.clock(), kind=kind,
    )  # fmt: skip
    if quiz.message_id is not None:
        return False
    if quiz.kind == "poll":  # the same question, the same scoring, as a native quiz poll
        await send_private_poll(context, chat_id, quiz)
        return True
    if quiz.kind == "typed":
        text, markup = typed_question_text(quiz.asked, texts), None
    else:
        text, markup = question_text(quiz.asked, texts), question_keyboard(quiz.id, quiz.asked)
    for attempt in range(2):  # recorded but not sent: sent once more, then the learner is told
        try:
            sent = await post_text(
                context.bot, "sendMessage", chat_id=chat_id, text=text, reply_markup=markup
            )
            break
        except TimedOut:
            raise  # it may have arrived: sending again could show it twice
        except BadRequest:
            raise  # Telegram will never take it: a bug, reported in full
        except NetworkError as exc:  # never reached Telegram (connection, 5xx)
            if attempt == 1:
                with contextlib.suppress(TelegramError):
                    await context.bot.send_message(chat_id, texts.send_failed)
                log.warning("a question could not be sent to %s: %s", chat_id, exc)
                return True
            await asyncio.sleep(SEND_RETRY_PAUSE)
    await data.store.set_quiz_message(quiz.id, int(sent["message_id"]))
    return True


def is_quiz_message(quiz: QuizRecord, query: CallbackQuery) -> bool:
    """Whether the tapped message is the quiz's own. Callback data can be forged and sent from
    any message: a result must never be painted over another of the bot's messages."""
    message = query.message
    if message is None or message.chat.id != quiz.chat_id:
        return False
    if quiz.message_id is not None:
        return message.message_id == quiz.message_id
    # sent, but the crash came before its id was stored: it is the one carrying this button
    return isinstance(message, Message) and any(
        button.callback_data == query.data
        for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
        for button in row
    )


async def answer_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    tap = AnswerTap.parse(query.data) if query else None
    if query is None or tap is None:
        return
    user = query.from_user
    texts = user_texts(user)
    store = context.bot_data.store
    quiz, readable = await store.quiz_to_answer(tap.quiz_id)
    if quiz is None:
        await answer_quietly(query, texts.stale_button)
        return
    message = query.message
    if message is None or not is_quiz_message(quiz, query):
        await answer_quietly(query, texts.invalid_button)
        return
    if quiz.user_id is not None and quiz.user_id != user.id:
        await answer_quietly(query, texts.not_yours)
        return
    try:
        outcome = judge(quiz.asked, tap.choice)
    except InvalidChoice:
        await answer_quietly(query, texts.invalid_button)
        return

    answer = await store.record_answer(quiz, player_of(user), outcome, context.bot_data.clock())

    # Committed. What the learner sees is attempted step by step, none depending on another.
    # the verdict in the toast itself: seen at once, while the edit waits its turn in the
    # rate limiter (answers to taps are not rate limited)
    await answer_quietly(query, verdict_toast(quiz.asked, answer, texts))
    await edit_quietly(
        edit_text(
            context.bot, chat_id=quiz.chat_id, message_id=message.message_id,
            text=result_text(quiz.asked, answer, texts),
            reply_markup=next_keyboard_json(quiz.id, texts, quiz.asked, readable),
        )
    )  # fmt: skip


def answers_in_any_order(update: Update) -> bool:
    """An answer tap needs no turn in its chat: the store keeps one answer per quiz and learner
    whichever tap commits first, and every tap on a quiz paints the same result. Its verdict
    then never waits for the /quiz that sent the question (still storing the message id)."""
    query = update.callback_query
    return query is not None and query.data is not None and AnswerTap.matches(query.data)


async def next_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    tap = NextQuestion.parse(query.data) if query else None
    if query is None or tap is None:
        return
    user = query.from_user
    texts = user_texts(user)
    quiz = await context.bot_data.store.get_quiz(tap.quiz_id)
    if quiz is None or query.message is None:
        await answer_quietly(query, texts.stale_button)
        return
    if quiz.user_id is not None and quiz.user_id != user.id:
        await answer_quietly(query, texts.not_yours)
        return
    # The origin is the quiz being left: tapping "next" twice yields one new question.
    sent = await send_quiz(
        context, quiz.chat_id, quiz.scope, user, origin=f"next:{quiz.id}",
        typed=True if quiz.kind == "typed" else None,  # after /ask, typed again
    )  # fmt: skip
    await answer_quietly(query, None if sent else texts.next_already_sent)


log = logging.getLogger(__name__)

SEND_RETRY_PAUSE = 1.0  # seconds before sending a question once more after a fault
MODE_POLL, MODE_BUTTONS, MODE_TYPED = "poll", "buttons", "typed"
MODE_WORDS = {
    "poll": MODE_POLL, "polls": MODE_POLL, "sondage": MODE_POLL, "sondages": MODE_POLL,
    "boutons": MODE_BUTTONS, "bouton": MODE_BUTTONS, "buttons": MODE_BUTTONS,
    "button": MODE_BUTTONS, "texte": MODE_TYPED, "text": MODE_TYPED, "typed": MODE_TYPED,
    "taper": MODE_TYPED,
}  # fmt: skip
MODE_REPLIES = {MODE_POLL: "mode_poll", MODE_BUTTONS: "mode_buttons", MODE_TYPED: "mode_typed"}


async def mode_command(update: Update, context: QuizContext) -> None:
    """/mode sondage | /mode boutons: how a learner's private questions come."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    texts = user_texts(user)
    mode = MODE_WORDS.get(" ".join(context.args or []).strip().lower())
    if mode is None:
        await message.reply_text(texts.mode_usage)
        return
    await context.bot_data.store.set_mode(player_of(user), mode, context.bot_data.clock())
    await message.reply_text(getattr(texts, MODE_REPLIES[mode]))


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("mode", mode_command, filters=PRIVATE & FRESH_MESSAGES))
    app.add_handler(CommandHandler("quiz", quiz_command, filters=PRIVATE & FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(answer_button, pattern=AnswerTap.matches))
    app.add_handler(CallbackQueryHandler(next_button, pattern=NextQuestion.matches))
