"""What /quiz reads to choose a learner's next question, by the length of the learner's
history: grouping every quiz the learner was asked (the first version) against the counts the
Store keeps per question (asked_counts), same database; and what keeping them costs a quiz."""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.store import Store

LEARNER = 42
GROUPED = (
    "SELECT question_id, COUNT(*), MAX(id) FROM quizzes WHERE user_id = ? GROUP BY question_id"
)
KEPT = "SELECT question_id, times, last_quiz FROM asked_counts WHERE user_id = ?"
INSERT = (
    "INSERT INTO quizzes (origin, chat_id, scope, user_id, question_id, asked, created_at)"
    " VALUES (?, ?, 0, ?, ?, '', 'x')"
)


def median_micros(db: sqlite3.Connection, query: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        db.execute(query, (LEARNER,)).fetchall()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def insert_micros(db: sqlite3.Connection, rng: random.Random, tag: str, count: int) -> float:
    rows = [(f"{tag}{i}", LEARNER + 1, LEARNER + 1, f"q{rng.randrange(60)}") for i in range(count)]
    started = time.perf_counter()
    db.executemany(INSERT, rows)
    db.commit()
    return (time.perf_counter() - started) / count * 1e6


async def run(args: argparse.Namespace) -> None:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.db"
        await (await Store.open(path)).close()  # the schema, migrations and triggers
        db = sqlite3.connect(path)
        print(f"one learner, {args.questions} questions in the bank; median of {args.repeats}")
        print(f"{'quizzes asked':>14} {'grouped':>10} {'kept':>10} {'ratio':>7}")
        done = 0
        for size in args.sizes:
            db.executemany(
                INSERT,
                [
                    (f"h{i}", LEARNER, LEARNER, f"q{rng.randrange(args.questions)}")
                    for i in range(done, size)
                ],
            )
            db.commit()
            done = size
            grouped = median_micros(db, GROUPED, args.repeats)
            kept = median_micros(db, KEPT, args.repeats)
            print(f"{size:>14,} {grouped:>8.0f}µs {kept:>8.0f}µs {grouped / kept:>6.1f}x")
        with_counts = insert_micros(db, rng, "w", args.inserts)
        db.execute("DROP TRIGGER asked_counts_add")
        without = insert_micros(db, rng, "n", args.inserts)
        print(
            f"a quiz recorded: {with_counts:.1f} µs with the counts kept, {without:.1f} µs"
            f" without ({args.inserts:,} inserts in one transaction each way)"
        )
        db.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 5_000, 20_000])
    parser.add_argument("--questions", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=300)
    parser.add_argument("--inserts", type=int, default=20_000)
    asyncio.run(run(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
