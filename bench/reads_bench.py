# Findings (2 December 2026, commit b75c147, 2 vCPUs shared with other work; bench/RESULTS.md).
#
# Goal, p99 <= 20 ms for /top and /score while 500 answer taps a second are written: met in 3
# runs of 3 (p99 4.3-6.9 ms; 2.4-6.8 ms without writes), but for a poor reason: the bot does
# not keep up with 500 taps/s (it handled 337-359 a second; taps waited 0.9-3.9 s). The taps
# then pile up on the Store's write lock after their own reads, and the reads' thread is quiet.
# Once the writes keep up, reads slow down: with record_answer patched into one hop inside this
# benchmark (see taps_bench.py), 495 taps/s were handled and p99 rose to 17-21 ms, 2-5 times
# the figure without writes, right at the goal.
#
# Where a read's time goes: each command makes about 9 hops to aiosqlite's reader thread
# (execute, fetch and cursor close: three a query). Every hop of the reads timed from the put
# on aiosqlite's queue to the coroutine's resumption, averages of two runs each:
#                             whole read  waiting for the thread  SQLite    back to the coroutine
#   no writes                 1.7 ms      0.2 ms                  0.25 ms   0.3 ms
#   500 taps/s, behind        2.8-2.9     0.85-1.05               0.25-0.35 0.85-1.05
#   500 taps/s, kept up       5.3-6.5     1.9-3.1                 0.3-1.1   1.75-2.5
# (the rest, python-telegram-bot and the reply, is 0.6-1 ms). The Store has one read-only
# connection, so one thread, and every tap's get_quiz and has_passage go through it as well:
# 6 hops a tap, 3,000 a second at 500 taps/s, each also needing the GIL, which the loop's
# thread (about 70% busy) and the writer's thread hold most of the time.
#
# What would help: fewer hops (each query executed and fetched as one function on the thread:
# about 9 hops down to 3); the taps' own reads off the reader (the quiz just answered, created
# by this process, and the passages, which change only on /texte, kept in memory); or a second
# read-only connection for commands.
"""/top and /score handling time with answers written at 500 a second, and without.

Same in-process bot as taps_bench.py (the production Application on the tests' fake transport,
the real Store in WAL mode on disk, the shipped questions, no rate limiter). Every learner has
answered once, so the board is full. Then, for the same length of time each:

- no writes: a reader task sends /top and /score in turn (message updates from learners who
  have a score), one at a time, and times each until it is handled;
- with writes: the same reader, while a writer task taps answers at a steady 500 a second on a
  fixed schedule (whether or not the earlier taps are done, as Telegram delivers them).

Prints p50/p95/p99 of each command both ways, side by side with the ratio, against the goal
p99 <= 20 ms with writes; and checks the scores are exact at the end, as taps_bench.py does.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402

from bench.taps_bench import (  # noqa: E402
    Cpu,
    GcPauses,
    Harness,
    Ledger,
    describe,
    handle,
    learners,
    open_questions,
    percentiles,
    running_bot,
    settle,
    steady,
    verdict,
    verify,
)

GOAL_P99_MS = 20.0
COMMANDS = ("/top", "/score")
READERS = 20  # learners who read; they never tap while the reads are timed


async def read(
    bot: Harness, readers: list[dict[str, Any]], seconds: float, pause: float
) -> dict[str, list[float]]:
    """/top and /score in turn, one at a time, `pause` apart, for `seconds`: each one's time."""
    times: dict[str, list[float]] = {command: [] for command in COMMANDS}
    until = time.perf_counter() + seconds
    n = 0
    while time.perf_counter() < until:
        command = COMMANDS[n % len(COMMANDS)]
        user = readers[(n // len(COMMANDS)) % len(readers)]
        update = Update.de_json(bot.api.send_text(user, command), bot.app.bot)
        times[command].append(await handle(bot.app, update))
        n += 1
        await asyncio.sleep(pause)
    return times


def table(quiet: dict[str, list[float]], busy: dict[str, list[float]], load: str) -> str:
    """Each command's percentiles without and with writes, and how much slower with."""
    lines = [
        f"{'':8}{'no writes':^26}  {load:^26}  {'with / without':^14}",
        f"{'ms':8}" + "  ".join(f"{'p50':>8}{'p95':>8}{'p99':>8}" for _ in range(2))
        + f"  {'p50':>7}{'p99':>7}",
    ]  # fmt: skip
    for command in COMMANDS:
        before, during = percentiles(quiet[command]), percentiles(busy[command])
        cells = "  ".join("".join(f"{ms:8.2f}" for ms in row) for row in (before, during))
        ratios = f"{during[0] / before[0]:6.1f}x{during[2] / before[2]:6.1f}x"
        lines.append(f"{command:8}{cells}  {ratios}")
    return "\n".join(lines)


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=500, help="answer taps a second")
    parser.add_argument("--seconds", type=float, default=8, help="length of each run")
    parser.add_argument("--pause", type=float, default=0.01, help="seconds between reads")
    args = parser.parse_args(argv)
    rng = random.Random(11)
    ledger = Ledger()
    users = learners(args.learners)
    readers, writers = users[:READERS], users[READERS:]
    rounds = -(-int(args.rate * args.seconds) // len(writers))  # ceiling
    with tempfile.TemporaryDirectory() as tmp:
        async with running_bot(Path(tmp)) as bot:
            app, api = bot.app, bot.api
            started = time.perf_counter()
            opened = await open_questions(app, api, users, 1 + rounds)
            warm_up = [ledger.tap(api, app.bot, q, rng.random() < 0.7) for q in opened[0]]
            for start in range(0, len(warm_up), 100):
                await asyncio.gather(*(handle(app, u) for u in warm_up[start : start + 100]))
            print(
                f"{args.learners} learners on the board, {READERS} of them reading, set up in "
                f"{time.perf_counter() - started:.1f} s"
            )

            settle()
            quiet = await read(bot, readers, args.seconds, args.pause)

            tapping = {user["id"] for user in writers}
            questions = [q for round_ in opened[1:] for q in round_ if q.user["id"] in tapping]
            count = int(args.rate * args.seconds)
            taps = [ledger.tap(api, app.bot, q, rng.random() < 0.7) for q in questions[:count]]
            settle()
            cpu = Cpu()
            with GcPauses() as pauses:
                writing = time.perf_counter()
                writer = asyncio.create_task(steady(taps, args.rate, lambda u: handle(app, u)))
                busy = await read(bot, readers, args.seconds, args.pause)
                writes, late = await writer
                writing = time.perf_counter() - writing
            cpu.stop(len(taps))

            print(table(quiet, busy, f"{args.rate:.0f} answer taps/s"))
            counts = ", ".join(f"{len(busy[c])} {c}" for c in COMMANDS)
            print(f"({counts} timed with writes, one at a time, {1000 * args.pause:.0f} ms apart)")
            for command in COMMANDS:
                met = percentiles(busy[command])[2] <= GOAL_P99_MS
                print(f"goal {command} p99 <= {GOAL_P99_MS:.0f} ms while writing: {verdict(met)}")
            print(
                f"\nthe writes: {len(taps)} taps due over {args.seconds:.0f} s, the last one "
                f"handled after {writing:.1f} s ({len(taps) / writing:.0f} taps/s handled)"
            )
            print(f"  each tap's time: {describe(writes)}")
            print(
                f"  started late by the schedule: max {1000 * max(late):.1f} ms; "
                f"garbage collector: {pauses.describe()}"
            )
            print(f"  {cpu.describe(writing)} (reads included)")
            passed = await verify(bot, ledger)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
