"""Database growth: bytes per answer and per quiz, by table, and the quiz snapshot's share.

Answers and quizzes are written through the real Store (the calls the handlers make), then the
file's size and each table's share are measured with SQLite's `dbstat`.

The default mix: 1,000 users, 10,000 quizzes, 100,000 answers, i.e. quiz polls
in 100 groups of 10 (/quiz in a group: one poll, every member answers). `--per-quiz 1` writes
private quizzes instead (/quiz in a learner's chat: one answer each, and a review row).
Every quiz keeps a JSON snapshot of what was shown (`quizzes.asked`); its share is printed,
with what it would weigh if each wording were kept once and a quiz kept only its choice order.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import AskedQuestion, ask, judge  # noqa: E402
from bot.store import PRIVATE_SCOPE, Player, Store  # noqa: E402
from tests.helpers import served_bank  # noqa: E402

TARGET = 1_000_000  # answers, for the extrapolation
POLL_IDS = 5_000_000_000_000_000_000  # Telegram's poll ids are 19-digit numbers
PER_QUIZ_TABLES = {"quizzes"}
PER_ANSWER_TABLES = {"answers"}


async def write(path: Path, answers: int, per_quiz: int, users: int, english: float) -> int:
    """Quizzes and answers through the Store, in the handlers' order: create the quiz, note
    the sent message (or poll), record each answer. Returns the number of quizzes."""
    bank = list(served_bank(ROOT / "questions"))
    rng = random.Random(1)
    players = [
        Player(user, f"Learner {user}", f"learner{user}", "en" if rng.random() < english else "fr")
        for user in range(1, users + 1)
    ]
    groups = [players[i : i + per_quiz] for i in range(0, users, per_quiz)]
    now = datetime(2024, 1, 8, 8, 0, tzinfo=UTC)
    store = await Store.open(path)
    quizzes = answers // per_quiz
    started = time.perf_counter()
    try:
        for n in range(quizzes):
            now += timedelta(seconds=rng.randrange(5, 60))
            question = rng.choice(bank)
            if per_quiz == 1:  # a learner's /quiz in their own chat: buttons, their language
                player = players[n % users]
                members, chat, scope = [player], player.user_id, PRIVATE_SCOPE
                language = player.language or "fr"
            else:  # /quiz in a group: a quiz poll in French, anyone may answer
                members = groups[n % len(groups)]
                chat = -1_001_000_000_000 - n % len(groups)
                scope, language = chat, "fr"
            asked = ask(question, language, rng)
            quiz, _ = await store.create_quiz(
                origin=f"cmd:{chat}:{n + 1}", kind="buttons" if per_quiz == 1 else "poll",
                chat_id=chat, scope=scope, user_id=members[0].user_id if per_quiz == 1 else None,
                asked=asked, now=now,
            )  # fmt: skip
            if per_quiz == 1:
                await store.set_quiz_message(quiz.id, n + 2)
            else:
                await store.set_poll_sent(quiz.id, n + 2, str(POLL_IDS + n), now)
                quiz = await store.get_quiz(quiz.id) or quiz
            stamp = now + timedelta(seconds=rng.randrange(2, 20))
            await asyncio.gather(
                *(
                    store.record_answer(quiz, member, judge(asked, pick(asked, rng)), stamp)
                    for member in members
                )
            )
            if (n + 1) % max(1, quizzes // 4) == 0:
                done = (n + 1) * per_quiz
                rate = done / (time.perf_counter() - started)
                print(f"  {done:>9,} answers written ({rate:,.0f}/s)", flush=True)
    finally:
        await store.close()
    return quizzes


def pick(asked: AskedQuestion, rng: random.Random, right: float = 0.6) -> int:
    """A learner's choice: right more often than not."""
    return asked.correct if rng.random() < right else rng.randrange(len(asked.choices))


Sizes = tuple[int, dict[str, int], dict[str, dict[str, int]], dict[str, dict[str, int]]]


def sizes(path: Path) -> Sizes:
    """File bytes (after the WAL is folded in), bytes per table with its indexes (dbstat), the
    bytes of each b-tree (the table's own, each index's) and per table the estimated stored
    bytes of each column."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        total = page_size * db.execute("PRAGMA page_count").fetchone()[0]
        owner = dict(db.execute("SELECT name, tbl_name FROM sqlite_master WHERE type != 'view'"))
        tables: dict[str, int] = {}
        trees: dict[str, dict[str, int]] = {}
        for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)  # sqlite_schema and the like stand for themselves
            tables[table] = tables.get(table, 0) + int(size)
            trees.setdefault(table, {})[name] = int(size)
        columns: dict[str, dict[str, int]] = {}
        for table in ("quizzes", "answers"):
            names = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            parts = ", ".join(f"SUM({_stored(name)})" for name in names)
            row = db.execute(f"SELECT {parts} FROM {table}").fetchone()
            columns[table] = {name: int(value or 0) for name, value in zip(names, row, strict=True)}
    return total, tables, trees, columns


def _stored(column: str) -> str:
    """SQL for the bytes a value takes in a record: text and blobs by length, integers by
    SQLite's serial types (0 and 1 take none), NULL none."""
    return (
        f"CASE typeof({column}) WHEN 'text' THEN length(CAST({column} AS BLOB))"
        f" WHEN 'blob' THEN length({column}) WHEN 'real' THEN 8"
        f" WHEN 'integer' THEN CASE WHEN {column} IN (0, 1) THEN 0"
        f" WHEN abs({column}) < 128 THEN 1 WHEN abs({column}) < 32768 THEN 2"
        f" WHEN abs({column}) < 8388608 THEN 3 WHEN abs({column}) < 2147483648 THEN 4"
        f" WHEN abs({column}) < 140737488355328 THEN 6 ELSE 8 END ELSE 0 END"
    )


def snapshot_bytes(path: Path) -> tuple[int, int, int]:
    """What the snapshots weigh: (bytes kept in quizzes.asked, bytes of the shared wordings,
    bytes of the per-quiz reference: wording id and shown order). Since schema 9 a quiz
    refers to its wording; a database of an older bot keeps a snapshot per quiz."""
    with sqlite3.connect(path) as db:
        own = db.execute("SELECT SUM(length(CAST(asked AS BLOB))) FROM quizzes").fetchone()[0]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        if "wordings" not in tables:
            return int(own or 0), 0, 0
        shared = db.execute("SELECT SUM(length(CAST(body AS BLOB))) FROM wordings").fetchone()[0]
        reference = db.execute(
            f"SELECT SUM({_stored('wording_id')} + {_stored('shown')}) FROM quizzes"
        ).fetchone()[0]
    return int(own or 0), int(shared or 0), int(reference or 0)


def mb(size: float) -> str:
    return f"{size / 2**20:8.2f} MB"


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.db"
        kind = "private quizzes (buttons)" if args.per_quiz == 1 else "group quiz polls"
        print(f"{args.answers:,} answers, {args.per_quiz} per quiz, {args.users:,} users: {kind}")
        started = time.perf_counter()
        quizzes = await write(path, args.answers, args.per_quiz, args.users, args.english)
        print(f"written in {time.perf_counter() - started:.0f} s through the Store")
        total, tables, trees, columns = sizes(path)
        own, shared, reference = snapshot_bytes(path)
    answers = quizzes * args.per_quiz
    print(f"\nfile: {mb(total)}  ({total / answers:,.0f} bytes per answer, "
          f"{total / quizzes:,.0f} bytes per quiz)")  # fmt: skip
    print("\nper table, its indexes included (dbstat):")
    for table, size in sorted(tables.items(), key=lambda kv: -kv[1]):
        if size >= total / 1000:
            print(f"  {table:14} {mb(size)}  {100 * size / total:5.1f}%")
        if table in PER_QUIZ_TABLES | PER_ANSWER_TABLES:
            for tree, part in sorted(trees[table].items(), key=lambda kv: -kv[1]):
                label = "the rows" if tree == table else tree
                print(f"    {label:28} {mb(part)}  {100 * part / total:5.1f}%")
    for table in ("quizzes", "answers"):
        stored = columns[table]
        whole = sum(stored.values())
        rows = quizzes if table == "quizzes" else answers
        print(
            f"\ncolumns of {table} (stored bytes of the values, records' headers and the b-tree"
            f" aside; {whole / rows:,.0f} bytes a row):"
        )
        for name, size in sorted(stored.items(), key=lambda kv: -kv[1])[:6]:
            print(f"  {name:14} {size / rows:8.1f} bytes a row  {100 * size / whole:5.1f}%")
    snapshot = own + shared + reference
    print(
        f"\nthe snapshots of what was shown: {snapshot / quizzes:,.0f} bytes a quiz in all,"
        f" {100 * snapshot / total:.1f}% of the file: {mb(own).strip()} kept per quiz (older"
        f" quizzes), {mb(shared).strip()} of shared wordings, {reference / quizzes:,.1f} bytes"
        " a quiz of reference and choice order"
    )

    scale = TARGET / answers
    growing = sum(
        size for table, size in tables.items() if table in PER_QUIZ_TABLES | PER_ANSWER_TABLES
    )
    fixed = total - growing  # players, scores, reviews: they grow with players, not answers
    print(
        f"\nat {TARGET:,} answers ({TARGET // args.per_quiz:,} quizzes), same mix:"
        f" {mb(fixed + growing * scale).strip()} with the same {args.users:,} users"
        f" ({mb(total * scale).strip()} if everything grew with the answers)"
    )
    print(f"  of which snapshots {mb((own + reference) * scale + shared).strip()}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument(
        "--per-quiz", type=int, default=10,
        help="answers per quiz: >1 group polls with that many members, 1 private quizzes",
    )  # fmt: skip
    parser.add_argument("--users", type=int, default=1_000)
    parser.add_argument("--english", type=float, default=0.2, help="share of English learners")
    args = parser.parse_args(argv)
    if args.per_quiz < 1 or args.users < args.per_quiz:
        parser.error("--per-quiz must be between 1 and --users")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
