"""Resident memory of the bot process with 10,000 questions and 1,000,000 players.

Goal: <= 150 MB. Compared with the same process started on the repository's own questions and
an empty database. RSS is what the host must provide; VmHWM, the peak, is what a container's memory
limit must allow, start-up included.

The bot runs against the HTTP fake; once it is ready (its command menu set) a few learners send
/quiz, tap an answer and ask for /top, then /proc/<pid>/status is read. A last run adds daily
reminders (/rappel) for a share of the players: the bot arms them all at start-up.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.processes import stop_bot  # noqa: E402
from bench.reload_bench import write_folder  # noqa: E402
from bot.store import Store  # noqa: E402
from tests.fakes import TOKEN, FakeBotAPI, FakeBotServer  # noqa: E402
from tests.helpers import buttons, served_bank  # noqa: E402

GOAL_MB = 150.0
STAMP = "2024-01-01T00:00:00"
LEARNERS_FROM = 1 << 40  # user ids above any player `fill` writes


def fill(path: Path, players: int, chose_language: float) -> None:
    """Players straight into SQLite (the Store's schema, made by its migrations): a users row
    and a private score each, the score histogram, and some languages chosen with /lang, which
    the bot loads at start-up."""
    rng = random.Random(1)

    def users() -> Iterator[tuple[object, ...]]:
        for user in range(1, players + 1):
            lang = "en" if rng.random() < chose_language else None
            yield user, f"Learner {user}", f"learner{user}", "fr", STAMP, lang

    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO users (user_id, first_name, username, language, updated_at, lang)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            users(),
        )
        db.executemany(
            "INSERT INTO scores (scope, user_id, points, answers, correct, last_answer_at)"
            " VALUES (0, ?, ?, 1, 1, ?)",
            ((user, int(rng.expovariate(1 / 40)), STAMP) for user in range(1, players + 1)),
        )  # score_counts follows by the Store's triggers


def add_reminders(path: Path, every: int) -> int:
    """A daily reminder (/rappel) for one player in `every`, at times spread over the day;
    the bot arms each at start-up."""
    with sqlite3.connect(path) as db:
        cursor = db.execute(
            "UPDATE users SET remind_at = printf('%02d:%02d', 7 + user_id % 15,"
            " 30 * (user_id / 15 % 2)) WHERE user_id % ? = 0",
            (every,),
        )
        return cursor.rowcount


def memory_of(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM in MB, from /proc."""
    found: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def children_of(pid: int) -> list[int]:
    """Worker processes the bot may have started (they count towards a container's limit)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = task / "children"
        if children.exists():
            found += [int(p) for p in children.read_text().split()]
    return found


async def measure(label: str, questions: Path, db_path: Path, learners: int,
                  first_user: int) -> dict[str, float]:  # fmt: skip
    """Start the bot, read its memory once ready, again after a few learners played. Learners
    must be new to the database: a /quiz whose (chat, message id) it has seen is taken for a
    redelivery and answered with nothing, and every fake numbers messages from 1."""
    api = FakeBotAPI()
    server = FakeBotServer(api)
    await server.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    env.update(BOT_TOKEN=TOKEN, BOT_API_URL=server.base_url, QUIZBOT_DB=str(db_path),
               QUIZBOT_QUESTIONS=str(questions), PYTHONPATH=str(ROOT))  # fmt: skip
    started = time.perf_counter()
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--log-level", "WARNING", cwd=db_path.parent, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await api.wait_for(lambda c: c.method == "setMyCommands", 180)
        ready_after = time.perf_counter() - started
        await asyncio.sleep(1.0)  # the other menus, the first heartbeat
        at_start = memory_of(bot.pid)
        for n in range(learners):
            user = FakeBotAPI.user(first_user + n, f"M{n}")
            mark = len(api.calls)
            api.send_text(user, "/quiz")
            call = await api.wait_for(
                lambda c, u=user: c.method == "sendMessage" and c.params.get("chat_id") == u["id"],
                60, mark,
            )  # fmt: skip
            message = api.message(user["id"], call.result["message_id"])
            mark = len(api.calls)
            api.tap(user, message, buttons(message)[0]["callback_data"])
            await api.wait_for(
                lambda c, u=user: c.method == "editMessageText"
                and c.params.get("chat_id") == u["id"], 60, mark,
            )  # fmt: skip
            mark = len(api.calls)
            api.send_text(user, "/top")
            await api.wait_for(
                lambda c, u=user: c.method == "sendMessage" and c.params.get("chat_id") == u["id"],
                60, mark,
            )  # fmt: skip
        await asyncio.sleep(0.5)
        after = memory_of(bot.pid)
        workers = [memory_of(child)["VmRSS"] for child in children_of(bot.pid)]
    finally:
        stderr = await stop_bot(bot)
        await server.stop()
    if stderr.strip():
        print(f"  [bot stderr] {stderr.decode(errors='replace')[-600:]}", file=sys.stderr)
    print(
        f"{label}: ready in {ready_after:.1f} s; RSS {at_start['VmRSS']:.1f} MB once ready, "
        f"{after['VmRSS']:.1f} MB after {learners} learners' /quiz, tap, /top; "
        f"peak (VmHWM) {after['VmHWM']:.1f} MB"
        + (f"; {len(workers)} worker processes, {sum(workers):.1f} MB" if workers else "")
    )
    return {"rss": after["VmRSS"], "hwm": after["VmHWM"], "ready": ready_after}


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small_db = folder / "small" / "q.db"
        small_db.parent.mkdir()
        bank_size = len(served_bank(ROOT / "questions"))
        base = await measure(
            f"baseline ({bank_size} questions of the repository, no players)",
            ROOT / "questions", small_db, args.learners, LEARNERS_FROM,
        )  # fmt: skip

        questions = folder / "questions"
        questions.mkdir()
        write_folder(questions, args.questions, args.files)
        big_db = folder / "big" / "q.db"
        big_db.parent.mkdir()
        store = await Store.open(big_db)  # the schema, by the Store's own migrations
        await store.close()
        t = time.perf_counter()
        fill(big_db, args.players, args.chose_language)
        size = big_db.stat().st_size / 2**20
        print(
            f"{args.players:,} players written in {time.perf_counter() - t:.1f} s ({size:.0f} MB;"
            f" {args.chose_language:.0%} chose a language with /lang)"
        )
        loaded = await measure(
            f"{args.questions:,} questions, {args.players:,} players", questions, big_db,
            args.learners, LEARNERS_FROM + 1000,
        )  # fmt: skip
        results = {"with the questions and players": loaded}
        if args.reminders_every:
            armed = add_reminders(big_db, args.reminders_every)
            results[f"and {armed:,} reminders"] = await measure(
                f"the same, and {armed:,} daily reminders",
                questions,
                big_db,
                args.learners,
                LEARNERS_FROM + 2000,
            )
    print(f"\ngoal: RSS and peak <= {GOAL_MB:.0f} MB")
    print(f"  {'baseline':32} RSS {base['rss']:6.1f} MB  peak {base['hwm']:6.1f} MB")
    for label, found in results.items():
        verdict = "met" if max(found["rss"], found["hwm"]) <= GOAL_MB else "NOT met"
        print(
            f"  {label:32} RSS {found['rss']:6.1f} MB  peak {found['hwm']:6.1f} MB"
            f"  ({found['rss'] - base['rss']:+.1f} MB over the baseline; ready in"
            f" {found['ready']:.1f} s): {verdict}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--players", type=int, default=1_000_000)
    parser.add_argument("--learners", type=int, default=5, help="each sends /quiz, taps, /top")
    parser.add_argument(
        "--chose-language", type=float, default=0.05, help="share of players who used /lang"
    )
    parser.add_argument(
        "--reminders-every", type=int, default=100, metavar="N",
        help="then once more with a reminder for one player in N (0: skip)",
    )  # fmt: skip
    asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
