"""/quiz, answer buttons and "next question".

Order of work on every answer: judge, commit, then acknowledge and edit. Telegram may redeliver
an update after a crash; the store's unique keys turn the replay into a no-op that still
repairs the message the crash left unedited.
"""

from __future__ import annotations

from telegram import Update, User
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.context import QuizApp, QuizContext
from bot.engine import InvalidChoice, ask, judge, pick_next
from bot.handlers.common import (
    FRESH_MESSAGES,
    edit_quietly,
    player_of,
    scope_of,
    user_language,
    user_texts,
)
from bot.views import (
    ANSWER_PATTERN,
    NEXT_PATTERN,
    next_keyboard,
    parse_answer,
    parse_next,
    question_keyboard,
    question_text,
    result_text,
)


async def quiz_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    if chat.type != ChatType.PRIVATE:
        await message.reply_text(
            user_texts(user).quiz_in_private_only.format(bot=context.bot.username)
        )
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
    quiz, _ = await data.store.create_quiz(
        origin=origin,
        chat_id=chat_id,
        scope=scope,
        user_id=user.id,
        asked=asked,
        now=data.clock(),
    )
    if quiz.message_id is not None:
        return False
    sent = await context.bot.send_message(
        chat_id,
        question_text(quiz.asked, texts),
        reply_markup=question_keyboard(quiz.id, quiz.asked),
    )
    await data.store.set_quiz_message(quiz.id, sent.message_id)
    return True


async def answer_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    if query is None:
        return
    user = query.from_user
    texts = user_texts(user)
    tap = parse_answer(query.data)
    if tap is None:
        await query.answer(texts.invalid_button)
        return
    store = context.bot_data.store
    quiz = await store.get_quiz(tap.quiz_id)
    if quiz is None:
        await query.answer(texts.stale_button)
        return
    if quiz.user_id is not None and quiz.user_id != user.id:
        await query.answer(texts.not_yours)
        return
    try:
        outcome = judge(quiz.asked, tap.choice)
    except InvalidChoice:
        await query.answer(texts.invalid_button)
        return

    answer = await store.record_answer(quiz, player_of(user), outcome, context.bot_data.clock())

    streak = None
    if answer.inserted:
        score = await store.player_score(quiz.scope, user.id)
        streak = score.streak if score else None
        await query.answer()
    else:
        await query.answer(texts.already_answered)
    if query.message is None:
        return  # too old for Telegram to hand us the message; the answer is recorded anyway
    await edit_quietly(
        query.edit_message_text(
            result_text(quiz.asked, answer, texts, streak),
            reply_markup=next_keyboard(quiz.id, texts),
        )
    )


async def next_button(update: Update, context: QuizContext) -> None:
    query = update.callback_query
    if query is None:
        return
    user = query.from_user
    texts = user_texts(user)
    quiz_id = parse_next(query.data)
    if quiz_id is None:
        await query.answer(texts.invalid_button)
        return
    quiz = await context.bot_data.store.get_quiz(quiz_id)
    if quiz is None or query.message is None:
        await query.answer(texts.stale_button)
        return
    if quiz.user_id is not None and quiz.user_id != user.id:
        await query.answer(texts.not_yours)
        return
    # The origin is the quiz being left: tapping "next" twice yields one new question.
    sent = await send_quiz(context, quiz.chat_id, quiz.scope, user, origin=f"next:{quiz.id}")
    await query.answer(None if sent else texts.next_already_sent)


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("quiz", quiz_command, filters=FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(answer_button, pattern=ANSWER_PATTERN))
    app.add_handler(CallbackQueryHandler(next_button, pattern=NEXT_PATTERN))
