# Findings (2 December 2026, commit b75c147, 2 vCPUs shared with other work; bench/RESULTS.md).
#
# Goal 1, >= 3000 taps/s: missed, by 5 to 8 times: 384-480 taps/s with 100 taps in flight
# (3 runs; 533-646 taps/s at other widths, see below).
# Goal 2, p99 <= 10 ms at a steady 200 taps/s: met in 2 runs of 3 (8.2 and 8.5 ms), missed in
# the run where other processes took 0.7 of the 2 CPUs (31 ms). Little margin: the same code
# ran up to twice as slow from one run to the next on this shared machine.
#
# Where a tap's time goes, one tap at a time (2.1-2.7 ms; 370-550 taps/s):
#   Store, 1.35-1.95 ms: get_quiz 0.24-0.27, record_answer 0.94-1.45, has_passage 0.18-0.22.
#     That is 22 round trips ("hops") to aiosqlite's threads: 3 + 16 + 3, as every execute,
#     fetchone and cursor close is one hop (a queue put, a thread wake-up, then a wake-up of
#     the loop through its self-pipe). cProfile of the loop's thread agrees: epoll, the
#     self-pipe's recv and SimpleQueue.put lead by own time, with 22 puts a tap.
#   Bot API calls, 0.54-0.59 ms: answerCallbackQuery 0.10, editMessageText 0.44-0.49
#     (python-telegram-bot builds the request, then turns the edited message into objects);
#     0.18-0.20 ms of the two is the fake Bot API's JSON and HTML checks, where a real HTTPS
#     call would cost more, not less.
#   python-telegram-bot's dispatch and the per-chat processor: about 0.2 ms.
#   CPU on the loop's thread: 1.2-1.7 ms a tap in phase 1. 3000 taps/s on one event loop
#   leaves 0.33 ms a tap for everything.
#
# Why more taps at once do not help: record_answer holds the Store's write lock across its 16
# hops, and under load each hop also waits for a turn of a busy loop. With 1, 8, 64, 100 and
# 200 taps in flight: 542, 646, 606, 533 and 561-578 taps/s; the lock held 0.60, 1.12, 1.18,
# 1.47 and 1.35-1.39 ms a tap and busy 44, 78, 85, 86 and 88% of the time; each tap's time
# p50 1.5, 7, 53, 101 and 176-183 ms. The lock is the queue: past 8 in flight, taps wait on it
# while the loop's thread idles a third of the time. At 200 taps/s the loop's thread is only
# a third to a half busy, but each tap costs more CPU (1.7-2.2 ms: every hop wakes the loop
# from sleep), and a slower moment of the machine stretches the lock's hops into a queue.
#
# What would move it, measured by patching the Store inside this benchmark (never shipped):
#   - record_answer's statements in one hop, one function run on the writer's thread:
#     635 taps/s in phase 1 and p99 9.6 ms at 200/s, scores still exact (664 and 890 in two
#     earlier runs): the lock is then held for one hop instead of 16.
#   - no database at all (quizzes served from memory, nothing written): 1,690-2,250 taps/s,
#     0.44-0.59 ms of CPU a tap. python-telegram-bot and the two Bot API calls alone exceed the
#     0.33 ms budget, so 3000 taps/s is out of reach for one process on this machine whatever
#     the Store does. Fewer hops (one per transaction; the quiz and has_passage from memory)
#     might bring one process near 1000 taps/s (an estimate, not measured); 3000 needs
#     several processes (webhook mode, chats split between them, SQLite taking their writes in
#     turn).
#
# Since then (6 December 2026, bench/RESULTS.md, "taps and reads after this change"): one
# process reaches 3,000 taps/s in phase 1 in 6 runs of 9 (3,008-3,471; 2,869-2,997 when the
# machine ran slowest), 283-343 µs of CPU a tap in all threads, 1.35-1.44x the start of that
# night run alternately; p99 6.2-7.2 ms at 200 taps/s. The "out of reach whatever the Store
# does" above did not hold: answers and reads now share trips to the threads, and of the
# 0.44-0.59 ms measured with no database, about 80 µs was this fake Bot API and about 60 µs
# python-telegram-bot's request path, which a tap's calls no longer take (bot/api_calls.py).
# A tap's CPU now: the fake about 80 µs, the library's dispatch and the per-chat processor 26,
# the bot's other work on the loop about 85, the writer's thread 90-100 (about 80 of it
# SQLite's own statements), the reader's 18.
"""Answer taps in process: taps/s flat out, and handling time at 200 taps/s.

The production Application (`build_application`, every handler, the real Store on disk in WAL
mode, the shipped questions) runs on the tests' transport-level fake (`tests.fakes.FakeRequest`):
no sockets, no polling, no rate limiter (QUIZBOT_MAX_RATE=0, as with a self-hosted Bot API
server), so what is measured is the bot's own work. Updates are handed over the way the polling
loop does: through the per-chat update processor, then `Application.process_update`.

Phase 1: N learners each have questions open; their taps (right or wrong, a few tapped twice)
are fed as fast as possible, a batch at a time with asyncio.gather: taps a second.
Check: the scores must be exact: each learner's points, answers and right answers in the Store
equal what the taps earned (a right answer is worth its question's difficulty), so no tap was
lost or counted twice; every tap got its toast; nothing was logged as an error. PASS/FAIL.
Phase 2: a steady 200 taps a second for 10 s: p50/p95/p99 of the time until the update is
handled. The check runs again on the final scores.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import logging
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Bot, Update  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.context import QuizApp, utc_now  # noqa: E402
from bot.store import PRIVATE_SCOPE  # noqa: E402
from tests.conftest import running  # noqa: E402
from tests.fakes import TOKEN, ApiError, FakeBotAPI  # noqa: E402
from tests.helpers import question_id_of, right_and_wrong  # noqa: E402

GOAL_TAPS_PER_SECOND = 3000
GOAL_P99_MS = 10.0
FIRST_USER_ID = 100_000
SETUP_BATCH = 100  # /quiz commands handled at once while the questions are being opened
# Taps handed over at once: at most 100 updates come in one getUpdates answer, and the polling
# loop starts them all together (the per-chat processor then runs 64 at a time).
BATCH = 100


@dataclass(frozen=True)
class OpenQuestion:
    """A question on a learner's screen, and what its right answer earns."""

    user: dict[str, Any]
    message: dict[str, Any]
    right: str  # the buttons' callback data
    wrong: str
    points: int  # the question's difficulty


@dataclass
class Tally:
    """What the taps should have done to one learner's score, kept by the benchmark itself."""

    points: int = 0
    answers: int = 0
    correct: int = 0


@dataclass
class Ledger:
    """Every tap sent, and the score each learner should end with (the first tap counts)."""

    scores: dict[int, Tally] = field(default_factory=dict)
    taps: int = 0

    def tap(self, api: FakeBotAPI, bot: Bot, question: OpenQuestion, right: bool) -> Update:
        """A learner's first tap on an open question."""
        tally = self.scores.setdefault(question.user["id"], Tally())
        tally.answers += 1
        tally.correct += right
        tally.points += question.points if right else 0
        return self.again(api, bot, question, right)

    def again(self, api: FakeBotAPI, bot: Bot, question: OpenQuestion, right: bool) -> Update:
        """A tap that must change nothing (a double tap): counted as sent, not as scored."""
        self.taps += 1
        data = question.right if right else question.wrong
        return Update.de_json(api.tap(question.user, question.message, data), bot)


class ErrorLog(logging.Handler):
    """Keeps the bot's warnings and errors: a clean run logs no error."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass(frozen=True)
class Harness:
    app: QuizApp
    api: FakeBotAPI
    errors: ErrorLog


@asynccontextmanager
async def running_bot(folder: Path, seed: int = 1) -> AsyncIterator[Harness]:
    """The bot as `python -m bot` starts it (post_init, job queue), minus polling, with its
    database in `folder`; what it logs at WARNING and above is kept in `errors`."""
    settings = Settings(
        token=TOKEN,
        db_path=folder / "quiz.db",
        questions_dir=ROOT / "questions",
        watch_questions=False,
        max_rate=0,
    )
    api = FakeBotAPI()
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    try:
        async with running(settings, api, seed, clock=utc_now) as app:
            yield Harness(app, api, errors)
    finally:
        logging.getLogger().removeHandler(errors)
        gc.unfreeze()  # the bot's freeze and ours: `python -m bench all` goes on in-process


def settle() -> None:
    """Keep the collector off the benchmark's own objects (prepared updates, the fake's record
    of every call), as the bot keeps it off what it loaded at start-up (gc.freeze): a full
    collection over them paused the loop for 80-150 ms, a pause the bot itself does not have."""
    gc.collect()
    gc.freeze()


class GcPauses:
    """How long the collector stopped the loop while this is entered (seconds, each pause)."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self._started)

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def describe(self) -> str:
        worst = 1000 * max(self.pauses, default=0.0)
        return f"{len(self.pauses)} collections, longest {worst:.1f} ms"


async def handle(app: QuizApp, update: Update) -> float:
    """Seconds until the update is handled, handed over as the polling loop does: the per-chat
    processor (the chat's turn, a free slot), then process_update."""
    started = time.perf_counter()
    await app.update_processor.process_update(update, app.process_update(update))
    return time.perf_counter() - started


def learners(count: int) -> list[dict[str, Any]]:
    return [FakeBotAPI.user(FIRST_USER_ID + n, f"L{n}") for n in range(count)]


async def open_questions(
    app: QuizApp, api: FakeBotAPI, users: Sequence[dict[str, Any]], rounds: int
) -> list[list[OpenQuestion]]:
    """Every learner sends /quiz `rounds` times; round r holds each learner's r-th question.
    The right button is found the way a reader finds it, from the question's wording."""
    bank = app.bot_data.bank
    opened = []
    for _ in range(rounds):
        mark = len(api.calls)
        for start in range(0, len(users), SETUP_BATCH):
            part = users[start : start + SETUP_BATCH]
            await asyncio.gather(
                *(handle(app, Update.de_json(api.send_text(u, "/quiz"), app.bot)) for u in part)
            )
        sent = {  # api.last_sent would scan every call for every learner
            c.params["chat_id"]: c.result["message_id"]
            for c in api.calls[mark:]
            if c.method == "sendMessage" and isinstance(c.result, dict)
        }
        round_ = []
        for user in users:
            message = api.message(user["id"], sent[user["id"]])
            right, wrong = right_and_wrong(message, bank)
            question = bank.get(question_id_of(message, bank))
            assert question is not None
            round_.append(OpenQuestion(user, message, right, wrong, question.difficulty))
        opened.append(round_)
    return opened


async def in_batches(
    updates: Sequence[Update], size: int, work: Callable[[Update], Awaitable[float]]
) -> tuple[float, list[float]]:
    """All updates, `size` at a time; the wall time, and each update's own time."""
    times: list[float] = []
    started = time.perf_counter()
    for start in range(0, len(updates), size):
        times += await asyncio.gather(*(work(u) for u in updates[start : start + size]))
    return time.perf_counter() - started, times


async def steady(
    updates: Sequence[Update], rate: float, work: Callable[[Update], Coroutine[Any, Any, float]]
) -> tuple[list[float], list[float]]:
    """Updates started at `rate` a second on a fixed schedule, whether or not the earlier ones
    are done (as Telegram delivers them); each one's time, and how late each started."""
    tasks: list[asyncio.Task[float]] = []
    late: list[float] = []
    started = time.perf_counter()
    for n, update in enumerate(updates):
        due = started + n / rate
        if (wait := due - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        late.append(time.perf_counter() - due)
        tasks.append(asyncio.create_task(work(update)))
    return list(await asyncio.gather(*tasks)), late


class Cpu:
    """CPU time spent from now to `stop`: on the event loop's thread, in all this process's
    threads (the loop's plus aiosqlite's, one per connection), and by the rest of the machine,
    whose share says how far to trust a run: the figures move a lot when others compete."""

    def __init__(self) -> None:
        self.loop, self.all, self.machine = time.thread_time(), time.process_time(), busy()
        self.taps = 0

    def stop(self, taps: int) -> None:
        self.loop, self.all = time.thread_time() - self.loop, time.process_time() - self.all
        self.machine = busy() - self.machine
        self.taps = taps

    def describe(self, wall: float) -> str:
        others = max(self.machine - self.all, 0.0) / wall
        return (
            f"CPU a tap: {1e6 * self.loop / self.taps:.0f} µs on the loop's thread, "
            f"{1e6 * self.all / self.taps:.0f} µs in all threads (loop thread busy "
            f"{100 * self.loop / wall:.0f}% of the time); other processes used {others:.1f} "
            f"of the {os.cpu_count()} CPUs meanwhile"
        )


def busy() -> float:
    """Seconds of CPU the whole machine has spent working since boot (0 outside Linux)."""
    try:
        first = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq = (int(n) for n in first[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def percentiles(seconds: Sequence[float]) -> tuple[float, float, float]:
    """p50, p95, p99 in milliseconds."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return 1000 * cuts[49], 1000 * cuts[94], 1000 * cuts[98]


def describe(seconds: Sequence[float]) -> str:
    p50, p95, p99 = percentiles(seconds)
    return f"p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   p99 {p99:6.2f} ms"


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


async def check(bot: Harness, ledger: Ledger) -> list[str]:
    """What is wrong with the scores, the toasts or the logs (nothing: a PASS)."""
    problems = []
    store, api = bot.app.bot_data.store, bot.api
    for user_id, expected in sorted(ledger.scores.items()):
        score = await store.player_score(PRIVATE_SCOPE, user_id)
        found = Tally(score.points, score.answers, score.correct) if score else Tally()
        if found != expected:
            problems.append(f"learner {user_id}: the Store has {found}, the taps earned {expected}")
    toasts = api.sent("answerCallbackQuery")
    if len(toasts) != ledger.taps:
        problems.append(f"{ledger.taps} taps sent, {len(toasts)} answered")
    refused = [
        c for c in api.calls
        if isinstance(c.result, ApiError) and "not modified" not in c.result.description
    ]  # fmt: skip
    problems += [f"Telegram refused {c.method}: {c.result.description}" for c in refused[:5]]
    errors = [r for r in bot.errors.records if r.levelno >= logging.ERROR]
    problems += [f"logged: {r.levelname} {r.getMessage()}" for r in errors[:5]]
    return problems


async def verify(bot: Harness, ledger: Ledger) -> bool:
    """Run the check and print PASS or FAIL; then the warnings the bot logged since the last
    time (no failure, but worth seeing: a timer that ran late, an edit refused)."""
    problems = await check(bot, ledger)
    answers = sum(t.answers for t in ledger.scores.values())
    if problems:
        print(f"scores: FAIL ({len(problems)} problems)")
        for problem in problems[:20]:
            print(f"  {problem}")
    else:
        print(
            f"scores exact for {len(ledger.scores)} learners ({answers} answers, "
            f"{ledger.taps} taps answered): PASS"
        )
    warned = [r.getMessage()[:160] for r in bot.errors.records if r.levelno < logging.ERROR]
    for message in dict.fromkeys(warned):
        print(f"  the bot warned ({warned.count(message)}x): {message}")
    bot.errors.records = [r for r in bot.errors.records if r.levelno >= logging.ERROR]
    return not problems


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="questions each for phase 1")
    parser.add_argument("--batch", type=int, default=BATCH, help="taps handed over at once")
    parser.add_argument("--double", type=float, default=0.05, help="share of taps made twice")
    parser.add_argument("--rate", type=float, default=200, help="taps a second, phase 2")
    parser.add_argument("--seconds", type=float, default=10, help="length of phase 2")
    parser.add_argument("--profile", action="store_true", help="cProfile phase 1 (slower)")
    args = parser.parse_args(argv)
    rng = random.Random(7)
    steady_rounds = -(-int(args.rate * args.seconds) // args.learners)  # ceiling
    ledger = Ledger()
    with tempfile.TemporaryDirectory() as tmp:
        async with running_bot(Path(tmp)) as bot:
            app, api = bot.app, bot.api
            started = time.perf_counter()
            users = learners(args.learners)
            opened = await open_questions(app, api, users, args.rounds + steady_rounds)
            print(
                f"{args.learners} learners, {args.rounds + steady_rounds} questions open each "
                f"({len(app.bot_data.bank)} in the bank), set up in "
                f"{time.perf_counter() - started:.1f} s"
            )

            # phase 1: as fast as possible; a double tap follows its first tap in the same batch
            taps = []
            parse_started = time.perf_counter()
            for question in (q for round_ in opened[: args.rounds] for q in round_):
                right = rng.random() < 0.7
                taps.append(ledger.tap(api, app.bot, question, right))
                if rng.random() < args.double:
                    taps.append(ledger.again(api, app.bot, question, rng.random() < 0.5))
            parse_us = 1e6 * (time.perf_counter() - parse_started) / len(taps)
            settle()
            profile = cProfile.Profile() if args.profile else None
            cpu = Cpu()
            with GcPauses() as pauses:
                if profile is not None:
                    profile.enable()
                took, times = await in_batches(taps, args.batch, lambda u: handle(app, u))
                if profile is not None:
                    profile.disable()
            cpu.stop(len(taps))
            rate = len(taps) / took
            print(
                f"phase 1, as fast as possible: {len(taps)} taps, {args.batch} at a time, in "
                f"{took:.2f} s: {rate:6.0f} taps/s   "
                f"(goal >= {GOAL_TAPS_PER_SECOND}: {verdict(rate >= GOAL_TAPS_PER_SECOND)})"
            )
            print(f"  each tap's time at that load: {describe(times)}")
            print(f"  {cpu.describe(took)}; garbage collector: {pauses.describe()}")
            print(f"  (building the updates, Update.de_json, not counted: {parse_us:.0f} µs a tap)")
            passed = await verify(bot, ledger)

            # phase 2: a steady rate, on questions not tapped yet
            later = [q for round_ in opened[args.rounds :] for q in round_]
            count = int(args.rate * args.seconds)
            updates = [ledger.tap(api, app.bot, q, rng.random() < 0.7) for q in later[:count]]
            settle()
            cpu = Cpu()
            with GcPauses() as pauses:
                times, late = await steady(updates, args.rate, lambda u: handle(app, u))
            cpu.stop(len(updates))
            p99 = percentiles(times)[2]
            print(
                f"phase 2, steady {args.rate:.0f} taps/s for {args.seconds:.0f} s "
                f"({len(updates)} taps): {describe(times)}   "
                f"(goal p99 <= {GOAL_P99_MS:.0f} ms: {verdict(p99 <= GOAL_P99_MS)})"
            )
            slow = sum(t > GOAL_P99_MS / 1000 for t in times)
            print(
                f"  over {GOAL_P99_MS:.0f} ms: {slow} taps; started late by the schedule: "
                f"max {1000 * max(late):.1f} ms; garbage collector: {pauses.describe()}"
            )
            print(f"  {cpu.describe(args.seconds)}")
            passed = await verify(bot, ledger) and passed
    if profile is not None:
        print("\nphase 1 profile (event-loop thread only), by own time:")
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
