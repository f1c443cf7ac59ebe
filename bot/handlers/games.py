"""Games in groups: quiz polls one after another, each with a timer, scored for every member.

SQLite is the truth: the game, its question order, each poll and when it was sent. The job
queue only wakes a game up. Every step checks the stored state and moves it on with a
compare-and-set, so a step reached twice (a timer and the last player's answer at once, a
redelivered update, a restart) happens once. A game posts no message per answer: an
announcement, the polls (each closed when its time is up, one every 6 s at most), and the
results fit in a group's flood limit by design.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from telegram import (
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Poll,
    Update,
    User,
)
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    ChatMemberHandler,
    CommandHandler,
    ExtBot,
    MessageHandler,
    PollAnswerHandler,
    filters,
)
from telegram.warnings import PTBDeprecationWarning

from bot.context import QuizApp, QuizContext
from bot.engine import AskedQuestion, InvalidChoice, ask, judge, pick_game, timed_outcome
from bot.handlers.common import FRESH_MESSAGES, display_name, player_of, user_texts
from bot.handlers.groups import is_group_admin
from bot.handlers.scores import MEDALS, ranking_lines
from bot.questions import MAX_QUESTION_CHARS
from bot.store import Game, GameOver, QuizRecord
from bot.texts import CATALOGUES

log = logging.getLogger(__name__)

DEFAULT_QUESTIONS = 10
DEFAULT_SECONDS = 30
MAX_QUESTIONS = 50
# 10 s at least: a poll and its closing are two messages, and a group takes about 20 a minute.
MIN_SECONDS = 10
MAX_SECONDS = 600
# On start-up, a game whose current question ran out longer ago than this is closed with its
# results rather than resumed: the group has moved on.
STALE_AFTER = timedelta(minutes=10)
RESULTS_SIZE = 10
RESULTS_ATTEMPTS = 5
NETWORK_RETRY = 5  # seconds
# A poll and its closing are two messages and a group takes about 20 a minute: one poll every
# 6 s at most, however fast the players answer.
MIN_GAP_SECONDS = 6
BOARD_SIZE = 5
GROUP_LANGUAGE = "fr"  # a group's questions and messages: French first
GROUPS = filters.ChatType.GROUPS


@dataclass(frozen=True)
class GameRequest:
    questions: int = DEFAULT_QUESTIONS
    seconds: int = DEFAULT_SECONDS
    tag: str | None = None


def parse_game_args(args: Sequence[str]) -> GameRequest | None:
    """`[N] [SECONDS] [tag]` in any order of numbers then tag; None when out of range."""
    numbers = [a for a in args if re.fullmatch(r"[0-9]{1,4}", a)]
    words = [a.lower() for a in args if a not in numbers]
    if len(numbers) > 2 or len(words) > 1:
        return None
    if words and not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,40}", words[0]):
        return None  # tags are lowercase words (see questions/README.md)
    request = GameRequest(
        questions=int(numbers[0]) if numbers else DEFAULT_QUESTIONS,
        seconds=int(numbers[1]) if len(numbers) > 1 else DEFAULT_SECONDS,
        tag=words[0].lower() if words else None,
    )
    if not 1 <= request.questions <= MAX_QUESTIONS:
        return None
    if not MIN_SECONDS <= request.seconds <= MAX_SECONDS:
        return None
    return request


class GameRunner:
    """Drives every running game; one lock per game keeps its steps in order in this process."""

    def __init__(self, app: QuizApp) -> None:
        self.app = app
        self._locks: dict[int, asyncio.Lock] = {}

    # --- the one step function ----------------------------------------------------------

    async def drive(self, game_id: int, *, time_up: int | None = None) -> None:
        """Bring a game up to date: send the current question if it is not out yet, close it
        when its time is up (`time_up` = its position, from its timer) or every player has
        answered, move on, and end the game after the last question. A step Telegram refuses
        for a while (flood limit, network) is retried later; it is never lost."""
        async with self._lock(game_id):
            try:
                await self._drive(game_id, time_up)
            except RetryAfter as exc:  # the flood limit: the same step, a little later
                seconds = retry_seconds(exc)
                log.info("game %s: Telegram asks to wait %.0f s", game_id, seconds)
                self._wake(game_id, seconds + 1, time_up)
            except ChatMigrated as exc:  # the group became a supergroup: follow it
                data = self.app.bot_data
                game = await data.store.get_game(game_id)
                if game is not None:
                    await data.store.migrate_chat(game.chat_id, exc.new_chat_id, data.clock())
                self._wake(game_id, 0, time_up)
            except BadRequest:  # a NetworkError in PTB, but permanent: no retry loop
                log.exception("game %s: Telegram refused a step", game_id)
            except (NetworkError, TimedOut) as exc:  # Telegram unreachable: try again soon
                log.warning("game %s: %s; trying again in %d s", game_id, exc, NETWORK_RETRY)
                self._wake(game_id, NETWORK_RETRY, time_up)

    def _lock(self, game_id: int) -> asyncio.Lock:
        return self._locks.setdefault(game_id, asyncio.Lock())

    async def _drive(self, game_id: int, time_up: int | None) -> None:
        store = self.app.bot_data.store
        while True:
            game = await store.get_game(game_id)
            if game is None or not game.running:
                return
            if game.position >= game.size:
                await self._finish(game, stopped_by=None)
                return
            quiz = await store.game_quiz(game.id, game.position)
            if quiz is None or quiz.poll_id is None:
                wait = await self._pause_before(game)
                if wait > 0:  # keep within the group's flood limit
                    self._wake(game.id, wait, None)
                    return
                quiz = await self._send(game, quiz)
                if quiz is None:  # the question left the bank meanwhile: skip it
                    await store.advance_game(game.id, game.position)
                    continue
                if quiz.poll_id is None:  # the bot may not post here: the game ended
                    return
                self._arm(game, quiz)
                return
            if not quiz.closed:
                if time_up != game.position and not await self._everyone_answered(game, quiz):
                    self._arm(game, quiz)
                    return
                await self._close(quiz)
            await store.advance_game(game.id, game.position)

    # --- steps --------------------------------------------------------------------------

    async def _pause_before(self, game: Game) -> float:
        """Seconds to wait before the next poll: a poll and its closing are two messages, and a
        group takes about 20 a minute, so polls go out at most every MIN_GAP_SECONDS."""
        if game.position == 0:
            return 0.0
        previous = await self.app.bot_data.store.game_quiz(game.id, game.position - 1)
        if previous is None or previous.sent_at is None:
            return 0.0
        ready = previous.sent_at + timedelta(seconds=MIN_GAP_SECONDS)
        return max((ready - self.app.bot_data.clock()).total_seconds(), 0.0)

    async def _send(self, game: Game, quiz: QuizRecord | None) -> QuizRecord | None:
        data = self.app.bot_data
        if quiz is None:
            question = data.bank.get(game.question_ids[game.position])
            if question is None:
                return None
            asked = ask(question, GROUP_LANGUAGE, data.rng)
            quiz, _ = await data.store.create_quiz(
                origin=f"game:{game.id}:{game.position}", kind="poll", chat_id=game.chat_id,
                scope=game.chat_id, user_id=None, asked=asked, now=data.clock(),
                game_id=game.id, position=game.position, seconds=game.seconds,
            )  # fmt: skip
        counter = f"{game.position + 1}/{game.size} · "
        try:
            message = await send_quiz_poll(
                self.app.bot, game.chat_id, quiz.asked, seconds=game.seconds, counter=counter
            )
        except (Forbidden, BadRequest) as exc:  # removed from the group, no right to post polls
            log.warning("game %s ends: cannot post in chat %s (%s)", game.id, game.chat_id, exc)
            await self._finish(game, stopped_by=None)
            return quiz
        assert message.poll is not None
        sent_at = data.clock()
        await data.store.set_poll_sent(quiz.id, message.message_id, message.poll.id, sent_at)
        return await data.store.get_quiz(quiz.id)

    async def _everyone_answered(self, game: Game, quiz: QuizRecord) -> bool:
        """Every player of the game so far has answered this question (never the first one:
        the first question always runs its full time, so that people can join)."""
        if game.position == 0:
            return False
        before, now = await self.app.bot_data.store.game_answers(game.id, game.position)
        return bool(before) and before <= now

    async def _close(self, quiz: QuizRecord) -> None:
        data = self.app.bot_data
        if await data.store.close_quiz(quiz.id, data.clock()):
            await self._stop_poll(quiz)

    async def _stop_poll(self, quiz: QuizRecord) -> None:
        """Best effort: the question is closed in SQLite already (no vote counts after it)."""
        if quiz.message_id is None:
            return
        try:
            await self.app.bot.stop_poll(quiz.chat_id, quiz.message_id)
        except BadRequest as exc:  # Telegram closed it already (its open_period ran out)
            log.debug("poll %s already closed: %s", quiz.poll_id, exc.message)
        except TelegramError as exc:
            log.warning("could not close poll %s: %s", quiz.poll_id, exc)

    async def _finish(self, game: Game, stopped_by: User | None) -> None:
        """End the game first (in SQLite, every open question closed with it), then tell
        Telegram: whatever fails afterwards, no vote counts after the results."""
        data = self.app.bot_data
        try:
            still_open = await data.store.finish_game(game.id, data.clock())
        except GameOver:
            return
        self._cancel_timers(game.id)
        for quiz in still_open:
            await self._stop_poll(quiz)
        await self._post_results(game.id, stopped_by)

    async def _post_results(self, game_id: int, stopped_by: User | None, attempt: int = 1) -> None:
        data = self.app.bot_data
        game = await data.store.get_game(game_id)
        if game is None:
            return
        try:
            await self.app.bot.send_message(game.chat_id, await self.results_text(game, stopped_by))
        except (RetryAfter, NetworkError) as exc:
            if attempt >= RESULTS_ATTEMPTS or self.app.job_queue is None:
                log.warning("gave up posting the results of game %s: %s", game_id, exc)
                return
            delay = retry_seconds(exc) + 1 if isinstance(exc, RetryAfter) else NETWORK_RETRY

            async def again(_: object) -> None:
                await self._post_results(game_id, stopped_by, attempt + 1)

            self.app.job_queue.run_once(again, delay, name=f"results:{game_id}:{attempt}")
        except TelegramError as exc:
            log.warning("could not post the results of game %s: %s", game_id, exc)
        finally:
            self._locks.pop(game_id, None)

    async def stop(self, game_id: int, by: User) -> None:
        """/stop: end with the results so far, whatever step the game was at."""
        async with self._lock(game_id):
            game = await self.app.bot_data.store.get_game(game_id)  # read under the lock
            if game is not None and game.running:
                await self._finish(game, stopped_by=by)

    async def results_text(self, game: Game, stopped_by: User | None) -> str:
        texts = CATALOGUES[GROUP_LANGUAGE]
        store = self.app.bot_data.store
        count = texts.count_questions(game.size)
        if stopped_by is None:
            lines = [texts.game_results_header.format(count=count)]
        else:
            name = html.escape(stopped_by.first_name)
            lines = [texts.game_stopped_header.format(name=name, count=count)]
        results = await store.game_results(game.id)
        lines += ranking_lines(results, texts, RESULTS_SIZE, template=texts.game_results_line)
        if len(lines) == 1:
            lines.append(texts.game_results_none)
        board = await store.top_players(game.chat_id, BOARD_SIZE)
        if board:
            lines += ["", texts.game_board_header]
            lines += [
                texts.top_line.format(
                    rank=f"{MEDALS.get(row.rank, '')}{row.rank}",
                    name=display_name(row.first_name, row.username),
                    points=texts.count_points(row.points),
                )
                for row in board
            ]
        return "\n".join(lines)

    # --- timers -------------------------------------------------------------------------

    def _arm(self, game: Game, quiz: QuizRecord) -> None:
        """Wake the game when the current question's time is up (SQLite has the deadline)."""
        deadline = quiz.deadline
        if deadline is None:
            return
        delay = max((deadline - self.app.bot_data.clock()).total_seconds(), 0.0)
        self._wake(game.id, delay, game.position)

    def _wake(self, game_id: int, delay: float, position: int | None) -> None:
        queue = self.app.job_queue
        if queue is None:
            return
        name = f"game:{game_id}:{position}"
        if queue.get_jobs_by_name(name):
            return
        # no misfire limit: a timer armed at start-up, before the scheduler runs, must still
        # fire however late the start-up makes it
        queue.run_once(
            _timer, delay, data=(game_id, position), name=name,
            job_kwargs={"misfire_grace_time": None},
        )  # fmt: skip

    def _cancel_timers(self, game_id: int) -> None:
        queue = self.app.job_queue
        if queue is None:
            return
        for job in queue.jobs():
            if job.name and job.name.startswith(f"game:{game_id}:"):
                job.schedule_removal()

    async def resume_all(self) -> None:
        """On start-up: every running game goes on where it was, or, when its time ran out
        long ago, closes with its results. One game's trouble never stops the bot starting."""
        for game in await self.app.bot_data.store.running_games():
            try:
                await self._resume(game)
            except Exception:
                log.exception("game %s could not be resumed now; its timer will retry", game.id)
                self._wake(game.id, NETWORK_RETRY, None)

    async def _resume(self, game: Game) -> None:
        data = self.app.bot_data
        quiz = await data.store.game_quiz(game.id, game.position)
        deadline = quiz.deadline if quiz else None
        if deadline is not None and data.clock() - deadline > STALE_AFTER:
            log.info("game %s in chat %s ran out while the bot was away", game.id, game.chat_id)
            async with self._lock(game.id):
                await self._finish(game, stopped_by=None)
            return
        log.info("resuming game %s in chat %s at question %d", game.id, game.chat_id,
                 game.position + 1)  # fmt: skip
        late = deadline is not None and deadline <= data.clock()
        await self.drive(game.id, time_up=game.position if late else None)


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter's delay, whichever type this python-telegram-bot version gives it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)  # int today, timedelta later
        delay = exc.retry_after
    return delay.total_seconds() if isinstance(delay, timedelta) else float(delay)


async def _timer(context: QuizContext) -> None:
    job = context.job
    if job is None or context.bot_data.games is None:
        return
    game_id, position = cast(tuple[int, int | None], job.data)
    await context.bot_data.games.drive(game_id, time_up=position)


async def send_quiz_poll(
    bot: ExtBot[Any], chat_id: int, asked: AskedQuestion, *, seconds: int | None, counter: str = ""
) -> Message:
    """A native quiz poll for an asked question. Texts go as plain text (no HTML parsing):
    question files may hold '<' and '&'."""
    question = asked.text
    if len(counter) + len(question) <= MAX_QUESTION_CHARS:
        question = counter + question
    right: Any = [asked.correct]  # a list of option indexes (typed as literals 0-11 by PTB)
    return await bot.send_poll(
        chat_id,
        question,
        list(asked.choices),
        is_anonymous=False,
        type=Poll.QUIZ,
        correct_option_ids=right,
        explanation=asked.explanation,
        explanation_parse_mode=None,
        question_parse_mode=None,
        open_period=seconds,
    )


# --- handlers ---------------------------------------------------------------------------------


async def game_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    runner = context.bot_data.games
    if message is None or user is None or chat is None or runner is None:
        return
    texts = user_texts(user)
    if chat.type == ChatType.PRIVATE:
        link = f"https://t.me/{context.bot.username}?startgroup=game"
        button = InlineKeyboardMarkup([[InlineKeyboardButton(texts.game_add_button, url=link)]])
        await message.reply_text(texts.game_private_intro, reply_markup=button)
        return
    request = parse_game_args(context.args or [])
    if request is None:
        await message.reply_text(
            texts.game_usage.format(
                max_questions=MAX_QUESTIONS, min_seconds=MIN_SECONDS, max_seconds=MAX_SECONDS
            )
        )
        return
    data = context.bot_data
    bank = data.bank
    candidates = [q.id for q in bank if request.tag is None or request.tag in q.tags]
    if not candidates:
        tags = sorted({tag for q in bank for tag in q.tags})
        await message.reply_text(
            texts.game_no_questions_tag.format(
                tag=html.escape(request.tag or ""), tags=html.escape(", ".join(tags))
            )
        )
        return
    played = await data.store.played_in_chat(chat.id)
    chosen = pick_game(candidates, request.questions, played, data.rng)
    await data.store.remember_user(player_of(user), data.clock())
    origin = f"game:{chat.id}:{message.message_id}"
    game, created = await data.store.create_game(
        origin=origin, chat_id=chat.id, started_by=user.id, question_ids=chosen,
        seconds=request.seconds, tag=request.tag, now=data.clock(),
    )  # fmt: skip
    if game is None:
        return
    if not created and game.origin != origin:
        await message.reply_text(texts.game_already_running)
        await runner.drive(game.id)  # and make sure that game is moving
        return
    if created:
        group_texts = CATALOGUES[GROUP_LANGUAGE]
        await message.reply_text(
            group_texts.game_announce.format(
                name=html.escape(user.first_name),
                count=group_texts.count_questions(game.size),
                seconds=game.seconds,
            )
        )
    await runner.drive(game.id)  # a redelivered /game only makes sure the game goes on


async def stop_command(update: Update, context: QuizContext) -> None:
    message, user, chat = update.effective_message, update.effective_user, update.effective_chat
    runner = context.bot_data.games
    if message is None or user is None or chat is None or runner is None:
        return
    texts = user_texts(user)
    game = await context.bot_data.store.running_game(chat.id)
    if game is None:
        await message.reply_text(texts.game_stop_none)
        return
    if user.id != game.started_by and not await is_group_admin(context, chat.id, user.id):
        await message.reply_text(texts.game_stop_refused)
        return
    await runner.stop(game.id, user)


async def poll_answer(update: Update, context: QuizContext) -> None:
    """A vote on one of our quiz polls: judged, timed, recorded once; nothing is posted."""
    answer = update.poll_answer
    if answer is None or answer.user is None or not answer.option_ids:
        return  # an anonymous voter, or a vote taken back
    data = context.bot_data
    quiz = await data.store.quiz_by_poll(answer.poll_id)
    if quiz is None or quiz.closed:
        return
    now = data.clock()
    try:
        if quiz.seconds and quiz.sent_at is not None:
            elapsed = (now - quiz.sent_at).total_seconds()
            if elapsed > quiz.seconds + 2:  # after the timer: Telegram should not deliver it
                return
            outcome = timed_outcome(quiz.asked, answer.option_ids[0], elapsed, quiz.seconds)
        else:
            outcome = judge(quiz.asked, answer.option_ids[0])
    except InvalidChoice:
        return
    recorded = await data.store.record_answer(quiz, player_of(answer.user), outcome, now)
    if recorded.inserted and quiz.game_id is not None and data.games is not None:
        await data.games.drive(quiz.game_id)


async def group_quiz(update: Update, context: QuizContext) -> None:
    """/quiz in a group: one quiz poll, no timer; answers score in the group's board."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    data = context.bot_data
    bank = data.bank
    played = await data.store.played_in_chat(chat.id)
    chosen = pick_game(bank.ids(), 1, played, data.rng)
    question = bank.get(chosen[0]) if chosen else None
    if question is None:
        await message.reply_text(CATALOGUES[GROUP_LANGUAGE].no_questions)
        return
    quiz, _ = await data.store.create_quiz(
        origin=f"cmd:{chat.id}:{message.message_id}", kind="poll", chat_id=chat.id,
        scope=chat.id, user_id=None, asked=ask(question, GROUP_LANGUAGE, data.rng),
        now=data.clock(),
    )  # fmt: skip
    if quiz.poll_id is not None:
        return  # a redelivered /quiz: its poll is out already
    sent = await send_quiz_poll(context.bot, chat.id, quiz.asked, seconds=None)
    assert sent.poll is not None
    await data.store.set_poll_sent(quiz.id, sent.message_id, sent.poll.id, data.clock())


async def send_private_poll(context: QuizContext, chat_id: int, quiz: QuizRecord) -> None:
    sent = await send_quiz_poll(context.bot, chat_id, quiz.asked, seconds=None)
    assert sent.poll is not None
    await context.bot_data.store.set_poll_sent(
        quiz.id, sent.message_id, sent.poll.id, context.bot_data.clock()
    )


async def bot_added(update: Update, context: QuizContext) -> None:
    """Added to a group (by the 'add to a group' button or by hand): greet it, once."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type == ChatType.PRIVATE:
        return
    present = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR}
    if change.new_chat_member.status not in present or change.old_chat_member.status in present:
        return
    data = context.bot_data
    if await data.store.greet_once(change.chat.id, data.clock()):
        await context.bot.send_message(
            change.chat.id, CATALOGUES[GROUP_LANGUAGE].game_group_greeting
        )


async def group_start(update: Update, context: QuizContext) -> None:
    """/start in a group (the 'add to a group' link sends it): how to play here."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            user_texts(update.effective_user).game_group_greeting
        )


async def chat_migrated(update: Update, context: QuizContext) -> None:
    """A group became a supergroup: its scores, history and running game follow the new id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    data = context.bot_data
    await data.store.migrate_chat(message.chat_id, message.migrate_to_chat_id, data.clock())
    game = await data.store.running_game(message.migrate_to_chat_id)
    if game is not None and data.games is not None:
        await data.games.drive(game.id)  # its next step goes to the new chat id
    log.info("chat %s moved to %s", message.chat_id, message.migrate_to_chat_id)


def register(app: QuizApp) -> None:
    app.bot_data.games = GameRunner(app)
    app.add_handler(CommandHandler("game", game_command, filters=FRESH_MESSAGES))
    app.add_handler(CommandHandler("stop", stop_command, filters=GROUPS & FRESH_MESSAGES))
    # before quiz.register: in groups /quiz is a poll; in private chats it stays with quiz.py
    app.add_handler(CommandHandler("quiz", group_quiz, filters=GROUPS & FRESH_MESSAGES))
    app.add_handler(CommandHandler("start", group_start, filters=GROUPS & FRESH_MESSAGES))
    app.add_handler(PollAnswerHandler(poll_answer))
    app.add_handler(ChatMemberHandler(bot_added, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, chat_migrated))
