"""/quiz, answer buttons and "next question".

Order of work on every answer: judge, commit, then acknowledge and edit, each on its own.
Telegram may redeliver an update after a crash; the store's unique keys turn the replay into a
no-op that still repairs the message the crash left unedited, even though Telegram then refuses
to answer the (too old) tap.
"""

from __future__ import annotations

from telegram import CallbackQuery, Message, Update, User
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callbacks import AnswerTap, NextQuestion
from bot.context import QuizApp, QuizContext
from bot.engine import InvalidChoice, ask, judge, pick_next
from bot.handlers.common import (
    FRESH_MESSAGES,
    PRIVATE,
    answer_quietly,
    edit_quietly,
    player_of,
    scope_of,
    user_language,
    user_texts,
)
from bot.handlers.games import send_private_poll
from bot.store import QuizRecord
from bot.views import next_keyboard, question_keyboard, question_text, result_text


async def quiz_command(update: Update, context: QuizContext) -> None:
    """/quiz in a private chat (in groups it is a quiz poll: see games.py)."""
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    await send_quiz(
        context, chat.id, scope_of(chat), user, origin=f"cmd:{chat.id}:{message.message_id}"
    )


async def send_quiz(
    context: QuizContext, chat_id: int, scope: int, user: User, *, origin: str
) -> bool:
    """Pick, record, then send. Returns False when this request was already served."""
    data = context.bot_data
    texts = user_texts(user)
    bank = data.bank  # one snapshot for the whole request, even if a reload swaps it meanwhile
    seen = await data.store.seen_stats(user.id)
    question_id = pick_next(bank.ids(), seen, data.rng)
    question = bank.get(question_id) if question_id else None
    if question is None:
        await context.bot.send_message(chat_id, texts.no_questions)
        return True
    asked = ask(question, user_language(user), data.rng)
    as_poll = await data.store.mode_of(user.id) == MODE_POLL
    quiz, _ = await data.store.create_quiz(
        origin=origin,
        chat_id=chat_id,
        scope=scope,
        user_id=user.id,
        asked=asked,
        now=data.clock(),
        kind="poll" if as_poll else "buttons",
    )
    if quiz.message_id is not None:
        return False
    if quiz.kind == "poll":  # the same question, the same scoring, as a native quiz poll
        await send_private_poll(context, chat_id, quiz)
        return True
    sent = await context.bot.send_message(
        chat_id,
        question_text(quiz.asked, texts),
        reply_markup=question_keyboard(quiz.id, quiz.asked),
    )
    await data.store.set_quiz_message(quiz.id, sent.message_id)
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
    quiz = await store.get_quiz(tap.quiz_id)
    if quiz is None:
        await answer_quietly(query, texts.stale_button)
        return
    if not is_quiz_message(quiz, query):
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
    await answer_quietly(query, None if answer.inserted else texts.already_answered)
    await edit_quietly(
        query.edit_message_text(
            result_text(quiz.asked, answer, texts),
            reply_markup=next_keyboard(quiz.id, texts),
        )
    )


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
    sent = await send_quiz(context, quiz.chat_id, quiz.scope, user, origin=f"next:{quiz.id}")
    await answer_quietly(query, None if sent else texts.next_already_sent)


MODE_POLL, MODE_BUTTONS = "poll", "buttons"
MODE_WORDS = {
    "poll": MODE_POLL, "polls": MODE_POLL, "sondage": MODE_POLL, "sondages": MODE_POLL,
    "boutons": MODE_BUTTONS, "bouton": MODE_BUTTONS, "buttons": MODE_BUTTONS,
    "button": MODE_BUTTONS,
}  # fmt: skip


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
    await message.reply_text(texts.mode_poll if mode == MODE_POLL else texts.mode_buttons)


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("mode", mode_command, filters=PRIVATE & FRESH_MESSAGES))
    app.add_handler(CommandHandler("quiz", quiz_command, filters=PRIVATE & FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(answer_button, pattern=AnswerTap.matches))
    app.add_handler(CallbackQueryHandler(next_button, pattern=NextQuestion.matches))
