"""Group administration: a group's own Telegram admins may reset that group's leaderboard.

Telegram is asked who the group's admins are (getChatMember), and the answer is cached for a few
minutes: a reset is rare, but a forged confirmation button must be checked again.
"""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.callbacks import ResetScores
from bot.context import QuizApp, QuizContext
from bot.handlers.common import FRESH_MESSAGES, answer_quietly, edit_quietly, log_action, user_texts

ADMIN_STATUSES = {ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR}


async def is_group_admin(context: QuizContext, chat_id: int, user_id: int) -> bool:
    """Bot admins count as admins of every group the bot is in."""
    if context.bot_data.config.is_admin(user_id):
        return True
    cache = context.bot_data.group_admins
    known = cache.get(chat_id, user_id)
    if known is not None:
        return known
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False  # not reachable: refuse rather than guess
    is_admin = member.status in ADMIN_STATUSES
    cache.put(chat_id, user_id, is_admin)
    return is_admin


async def reset_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    if message is None or user is None or chat is None:
        return
    texts = user_texts(user)
    if chat.type == ChatType.PRIVATE:
        await message.reply_text(texts.reset_in_groups_only)
        return
    if not await is_group_admin(context, chat.id, user.id):
        await message.reply_text(texts.reset_admins_only)
        return
    players = await context.bot_data.store.count_players(chat.id)
    buttons = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.reset_yes, callback_data=ResetScores("y").pack()),
                InlineKeyboardButton(texts.reset_no, callback_data=ResetScores("n").pack()),
            ]
        ]
    )
    await message.reply_text(texts.reset_confirm.format(players=players), reply_markup=buttons)


async def reset_button(update: Update, context: QuizContext) -> None:
    query, chat = update.callback_query, update.effective_chat
    tap = ResetScores.parse(query.data) if query else None
    if query is None or chat is None or tap is None:
        return
    texts = user_texts(query.from_user)
    if chat.type == ChatType.PRIVATE or not await is_group_admin(
        context, chat.id, query.from_user.id
    ):
        await answer_quietly(query, texts.reset_admins_only, show_alert=True)
        return
    await answer_quietly(query)
    if tap.confirm == "n":
        await edit_quietly(query.edit_message_text(texts.reset_cancelled))
        return
    removed = await context.bot_data.store.reset_scores(chat.id)
    await log_action(update, context, "reset-scores", f"group {chat.id}: {removed} players")
    await edit_quietly(
        query.edit_message_text(
            texts.reset_done.format(name=html.escape(query.from_user.first_name), players=removed)
        )
    )


def register(app: QuizApp) -> None:
    app.add_handler(CommandHandler("resetscores", reset_command, filters=FRESH_MESSAGES))
    app.add_handler(CallbackQueryHandler(reset_button, pattern=ResetScores.matches))
