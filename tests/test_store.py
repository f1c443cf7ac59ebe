"""The Store's guarantees: migrations, refusal of newer databases, once-only scoring."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.engine import AskedQuestion, Outcome
from bot.store import (
    PRIVATE_SCOPE,
    SCHEMA_VERSION,
    AnswerRecord,
    Player,
    QuizRecord,
    Store,
    StoreVersionError,
    period_keys,
)

NOW = datetime(2026, 11, 25, tzinfo=UTC)
ASKED = AskedQuestion("q1", "f", "fr", "Q ?", ("a", "b", "c"), 1, "E", 2, "t", 1)


def old_database(path: Path, version: int) -> sqlite3.Connection:
    """A database as an older bot left it: the migrations up to `version`, no further."""
    from bot.store import MIGRATIONS

    db = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:version], start=1):
        db.executescript(script)
        db.execute(f"PRAGMA user_version = {number}")
    return db


def old_answers(
    db: sqlite3.Connection,
    chat_id: int,
    user_id: int | None,
    answers: list[tuple[int, int, int, str]],
) -> None:
    """One quiz (private when `user_id` is given, else the chat's) and its answers, each
    (user, correct, points, answered_at), written as an older version did."""
    scope = 0 if user_id is not None else chat_id
    db.execute(
        "INSERT INTO quizzes (id, origin, chat_id, scope, user_id, question_id, asked,"
        " created_at) VALUES (1, 'cmd:1:1', ?, ?, ?, 'q1', ?, 'x')",
        (chat_id, scope, user_id, ASKED.to_json()),
    )
    db.executemany(
        "INSERT INTO answers (quiz_id, user_id, scope, question_id, choice, correct, points,"
        " answered_at) VALUES (1, ?, ?, 'q1', 1, ?, ?, ?)",
        [(user, scope, correct, points, stamp) for user, correct, points, stamp in answers],
    )


async def new_quiz(store: Store, origin: str, user_id: int = 1) -> int:
    quiz, created = await store.create_quiz(
        origin=origin, chat_id=user_id, scope=PRIVATE_SCOPE, user_id=user_id, asked=ASKED, now=NOW
    )
    assert created
    return quiz.id


async def one_quiz_each(store: Store, players: int) -> list[QuizRecord]:
    """A private quiz for each of players 1 … n, as stored."""
    quizzes = []
    for user in range(1, players + 1):
        quiz = await store.get_quiz(await new_quiz(store, f"cmd:{user}:1", user))
        assert quiz is not None
        quizzes.append(quiz)
    return quizzes


async def traced(connection: Any) -> list[str]:
    """Every statement the connection's thread runs from now on, as SQLite traces it."""
    statements: list[str] = []
    await connection._execute(lambda: connection._conn.set_trace_callback(statements.append))
    return statements


async def test_fresh_database_is_migrated_in_wal_mode(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    assert await store.schema_version() == SCHEMA_VERSION
    await store.close()
    with sqlite3.connect(tmp_path / "q.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_newer_database_is_refused_with_its_version(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "q.db") as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreVersionError, match=f"version {SCHEMA_VERSION + 1}"):
        await Store.open(tmp_path / "q.db")


async def test_reopening_keeps_data_and_quizzes_survive_restart(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    quiz_id = await new_quiz(store, "cmd:1:1")
    await store.set_quiz_message(quiz_id, 42)
    await store.close()
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(quiz_id)
    assert quiz is not None and quiz.message_id == 42 and quiz.asked == ASKED
    await store.close()


async def test_same_origin_gives_back_the_same_quiz(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    first = await new_quiz(store, "cmd:1:7")
    again, created = await store.create_quiz(
        origin="cmd:1:7", chat_id=1, scope=0, user_id=1, asked=ASKED, now=NOW
    )
    assert (again.id, created) == (first, False)
    await store.close()


async def test_answer_counts_once_even_when_racing(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:1"))
    assert quiz is not None
    results = await asyncio.gather(
        *(store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW) for _ in range(20))
    )
    assert sum(r.inserted for r in results) == 1
    score = await store.player_score(PRIVATE_SCOPE, 1)
    assert score is not None and (score.points, score.answers) == (2, 1)
    await store.close()


async def test_many_concurrent_players_lose_nothing(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    quizzes = await one_quiz_each(store, 40)
    await asyncio.gather(
        *(store.record_answer(q, Player(q.user_id or 0, "P"), Outcome(1, True, 2), NOW)
          for q in quizzes)
    )  # fmt: skip
    assert await store.count_players(PRIVATE_SCOPE) == 40
    top = await store.top_players(PRIVATE_SCOPE, 50)
    assert sum(p.points for p in top) == 80
    await store.close()


async def test_answers_at_once_share_a_transaction_and_one_failure_loses_no_other(
    tmp_path: Path,
) -> None:
    """Taps that come while the writer is busy are written in one transaction (fewer writer
    jobs than answers); an answer that fails there (a quiz that does not exist) fails alone,
    and every other answer of its batch is recorded once."""
    store = await Store.open(tmp_path / "q.db")
    try:  # closed even when a check fails: its threads would keep the run alive
        quizzes = await one_quiz_each(store, 30)
        statements = await traced(store._db)
        forged = replace(quizzes[0], id=999_999)
        results = await asyncio.gather(
            store.record_answer(forged, Player(1, "P"), Outcome(1, True, 2), NOW),
            *(store.record_answer(q, Player(q.user_id or 0, "P"), Outcome(1, True, 2), NOW)
              for q in quizzes + quizzes),
            return_exceptions=True,
        )  # fmt: skip
        assert isinstance(results[0], sqlite3.IntegrityError)
        recorded = results[1:]
        assert all(isinstance(r, AnswerRecord) for r in recorded)
        assert sum(r.inserted for r in recorded if isinstance(r, AnswerRecord)) == 30
        assert statements.count("BEGIN IMMEDIATE") < len(results) / 2
        top = await store.top_players(PRIVATE_SCOPE, 50)
        assert len(top) == 30 and sum(p.points for p in top) == 60
    finally:
        await store.close()


async def test_a_batch_sqlite_ends_whole_fails_with_its_own_cause(tmp_path: Path) -> None:
    """An error that makes SQLite end the whole transaction (here a trigger's ROLLBACK; a
    full disk does the same) fails every answer of the batch with that error, not 'no such
    savepoint', and the writer is ready for the next answer."""
    store = await Store.open(tmp_path / "q.db")
    try:  # closed even when a check fails: its threads would keep the run alive
        quizzes = await one_quiz_each(store, 5)
        writer = store._db
        await writer._execute(
            lambda: writer._conn.execute(
                "CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.answers WHEN NEW.user_id = 3"
                " BEGIN SELECT RAISE(ROLLBACK, 'refused'); END"
            )
        )
        results = await asyncio.gather(
            *(store.record_answer(q, Player(q.user_id or 0, "P"), Outcome(1, True, 2), NOW)
              for q in quizzes),
            return_exceptions=True,
        )  # fmt: skip
        refused = [r for r in results if isinstance(r, sqlite3.IntegrityError)]
        assert refused and all("refused" in str(r) for r in refused)
        assert not any("savepoint" in str(r) for r in results)
        recorded = await store.top_players(PRIVATE_SCOPE, 10)
        answered = {
            q.user_id for q, r in zip(quizzes, results, strict=True) if isinstance(r, AnswerRecord)
        }
        assert {p.user_id for p in recorded} == answered and 3 not in answered
        again = await store.record_answer(quizzes[0], Player(1, "P"), Outcome(1, True, 2), NOW)
        assert isinstance(again, AnswerRecord)
    finally:
        await store.close()


async def test_reads_at_once_share_a_snapshot_and_one_failure_fails_alone(
    tmp_path: Path,
) -> None:
    """Taps read their quizzes together in one trip to the reader's thread; a read that
    fails (here a broken query) fails alone, every other tap gets its quiz."""
    store = await Store.open(tmp_path / "q.db")
    try:  # closed even when a check fails: its threads would keep the run alive
        quizzes = await one_quiz_each(store, 20)
        statements = await traced(store._read)

        def broken(db: sqlite3.Connection) -> object:
            return db.execute("SELECT no_such_column FROM quizzes").fetchone()

        results = await asyncio.gather(
            store._reading(broken, for_a_tap=True),
            *(store.quiz_to_answer(q.id) for q in quizzes),
            return_exceptions=True,
        )
        assert isinstance(results[0], sqlite3.OperationalError)
        found = [r[0] for r in results[1:] if isinstance(r, tuple)]
        assert [q.id for q in found if q is not None] == [q.id for q in quizzes]
        assert statements.count("BEGIN") < len(results) / 2
    finally:
        await store.close()


async def test_streaks_follow_right_and_wrong_answers(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    for n, correct in enumerate([True, True, True, False, True]):
        quiz = await store.get_quiz(await new_quiz(store, f"cmd:1:{n}"))
        assert quiz is not None
        await store.record_answer(
            quiz, Player(1, "A"), Outcome(1 if correct else 0, correct, 2 if correct else 0), NOW
        )
    score = await store.player_score(PRIVATE_SCOPE, 1)
    assert score is not None
    assert (score.streak, score.best_streak, score.correct, score.answers) == (1, 3, 4, 5)
    assert score.accuracy == pytest.approx(0.8)
    await store.close()


async def test_answer_survives_a_crash_after_commit(tmp_path: Path) -> None:
    """A committed answer is on disk even if the process dies before closing the store."""
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:1"))
    assert quiz is not None
    await store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW)
    # read with an independent connection while the first one is still open (no clean close)
    with sqlite3.connect(tmp_path / "q.db") as db:
        assert db.execute("SELECT points FROM scores WHERE user_id = 1").fetchone() == (2,)
    await store.close()


async def test_a_failed_commit_leaves_the_store_usable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A COMMIT can fail (disk full, I/O error): the write is lost, but never every later one."""
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:1"))
    assert quiz is not None
    writer = store._db
    real = writer._connection  # the sqlite3 connection the writer's thread runs everything on
    failed: list[str] = []

    class FailingCommit:
        """The raw connection, whose first COMMIT fails as a full disk would make it."""

        def execute(self, sql: str, *args: object) -> object:
            if sql == "COMMIT" and not failed:
                failed.append(sql)
                raise sqlite3.OperationalError("disk I/O error")
            return real.execute(sql, *args)  # type: ignore[union-attr,arg-type]

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    monkeypatch.setattr(writer, "_connection", FailingCommit())
    with pytest.raises(sqlite3.OperationalError):
        await store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW)
    assert failed and not writer.in_transaction

    again = await store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW)
    assert again.inserted  # the failed one left nothing behind, and writing works again
    score = await store.player_score(PRIVATE_SCOPE, 1)
    assert score is not None and (score.points, score.answers) == (2, 1)
    await store.close()


async def test_reads_never_see_another_handlers_unfinished_transaction(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    written, release = asyncio.Event(), asyncio.Event()

    async def write_then_fail() -> None:
        async with store._transaction() as db:
            await db.execute(
                "INSERT INTO scores (scope, user_id, points, answers, correct, streak,"
                " best_streak, last_answer_at) VALUES (0, 1, 99, 1, 1, 1, 1, 'x')"
            )
            written.set()
            await release.wait()
            raise RuntimeError("rolled back")

    writer = asyncio.create_task(write_then_fail())
    await written.wait()
    seen = await asyncio.wait_for(store.player_score(PRIVATE_SCOPE, 1), 2)
    top = await asyncio.wait_for(store.top_players(PRIVATE_SCOPE), 2)
    release.set()
    with pytest.raises(RuntimeError):
        await writer
    assert seen is None and top == []  # the 99 points were never committed
    await store.close()


async def test_an_answer_never_joins_a_transaction_of_several_steps(tmp_path: Path) -> None:
    """Answers skip the queue of writes, but never into a transaction left open meanwhile:
    they wait for it, and its rollback takes none of theirs."""
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:1"))
    assert quiz is not None
    begun, release = asyncio.Event(), asyncio.Event()

    async def write_then_fail() -> None:
        async with store._transaction() as db:
            await db.execute("UPDATE users SET first_name = 'X'")
            begun.set()
            await release.wait()
            raise RuntimeError("rolled back")

    writer = asyncio.create_task(write_then_fail())
    await begun.wait()
    answer = asyncio.create_task(
        store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW)
    )
    await asyncio.sleep(0.05)
    assert not answer.done()  # it waits for the open transaction
    release.set()
    with pytest.raises(RuntimeError):
        await writer
    assert (await answer).inserted
    score = await store.player_score(PRIVATE_SCOPE, 1)
    assert score is not None and (score.points, score.answers) == (2, 1)
    await store.close()


async def test_a_writer_cancelled_before_its_begin_ran_leaves_no_transaction_open(
    tmp_path: Path,
) -> None:
    """Its BEGIN, still queued behind a slow job, ran after the caller was gone: the next
    writer was refused ('cannot start a transaction within a transaction')."""
    store = await Store.open(tmp_path / "q.db")
    try:
        busy = asyncio.ensure_future(store._db._execute(time.sleep, 0.3))

        async def rename() -> None:
            async with store._transaction() as db:
                await db.execute("UPDATE users SET first_name = 'X'")

        writer = asyncio.create_task(rename())
        await asyncio.sleep(0.05)  # its BEGIN waits behind the slow job
        writer.cancel()
        with pytest.raises(asyncio.CancelledError):
            await writer
        await busy
        async with store._transaction() as db:  # the next writer of several steps is served
            await db.execute(
                "INSERT INTO admin_log (user_id, chat_id, action, detail, at)"
                " VALUES (1, NULL, 'test', 'after', '2026-11-25')"
            )
        assert [a.action for a in await store.admin_log()] == ["test"]
    finally:
        await store.close()


async def test_answers_pass_writes_queued_before_them_and_lose_none(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "q.db")
    quizzes = await one_quiz_each(store, 20)
    finished: list[str] = []

    async def quiz_then_note(n: int) -> None:
        await new_quiz(store, f"cmd:{n}:2", n)
        finished.append("quiz")

    async def answer_then_note(quiz: QuizRecord) -> None:
        await store.record_answer(quiz, Player(quiz.user_id or 0, "P"), Outcome(1, True, 2), NOW)
        finished.append("answer")

    try:
        # 40 quiz writes queue at the lock first; the answers, asked for after them, pass them
        await asyncio.gather(
            *(quiz_then_note(n) for n in range(100, 140)),
            *(answer_then_note(q) for q in quizzes),
        )
        assert finished.count("answer") == 20 and "answer" not in finished[-30:]
        top = await store.top_players(PRIVATE_SCOPE, 50)
        assert (len(top), sum(p.points for p in top)) == (20, 40)
    finally:
        await store.close()  # a failure must not leave the database threads running


async def test_an_answer_needs_no_ranking_query_and_known_players_are_not_rewritten(
    tmp_path: Path,
) -> None:
    store = await Store.open(tmp_path / "q.db")
    statements: list[str] = []
    for connection in {store._db, getattr(store, "_read", store._db)}:
        await connection.set_trace_callback(statements.append)
    records = []
    for n, correct in enumerate([True, True, False]):
        quiz = await store.get_quiz(await new_quiz(store, f"cmd:1:{n}"))
        assert quiz is not None
        records.append(await store.record_answer(quiz, Player(1, "A"), Outcome(1, correct, 2), NOW))
    await asyncio.sleep(0)
    assert [r.streak for r in records] == [1, 2, 0]
    assert not [s for s in statements if "COUNT(" in s.upper()], statements
    with sqlite3.connect(tmp_path / "q.db") as db:
        stamp = db.execute("SELECT updated_at FROM users WHERE user_id = 1").fetchone()
    later = NOW.replace(year=2027)
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:9"))
    assert quiz is not None
    await store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), later)
    with sqlite3.connect(tmp_path / "q.db") as db:
        assert db.execute("SELECT updated_at FROM users WHERE user_id = 1").fetchone() == stamp
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:10"))
    assert quiz is not None
    await store.record_answer(quiz, Player(1, "Alice"), Outcome(1, True, 2), later)
    with sqlite3.connect(tmp_path / "q.db") as db:
        row = db.execute("SELECT first_name, updated_at FROM users WHERE user_id = 1").fetchone()
    assert row[0] == "Alice" and row[1] != stamp[0]
    again = await store.record_answer(quiz, Player(1, "Alice"), Outcome(0, False, 0), later)
    assert (again.inserted, again.streak) == (False, 2)  # a repeat shows the streak it made
    await store.close()


async def test_a_database_of_the_previous_version_is_migrated(tmp_path: Path) -> None:
    """Answers recorded before answers carried their streak still load."""
    with old_database(tmp_path / "q.db", version=3) as db:
        old_answers(db, chat_id=1, user_id=1, answers=[(1, 1, 2, "x")])
    store = await Store.open(tmp_path / "q.db")
    assert await store.schema_version() == SCHEMA_VERSION
    quiz = await store.get_quiz(1)
    assert quiz is not None
    old = await store.record_answer(quiz, Player(1, "A"), Outcome(0, False, 0), NOW)
    assert (old.inserted, old.choice, old.correct, old.streak) == (False, 1, True, 0)
    await store.close()


async def test_histograms_upgraded_to_triggers_stay_the_plain_counts(tmp_path: Path) -> None:
    """A database of schema 12 (histograms kept by the bot's own statements) gets the
    triggers of 13: the players already counted move between scores as they answer again,
    new players join, and nothing is counted twice."""
    db = old_database(tmp_path / "q.db", 12)
    db.executemany(
        "INSERT INTO scores (scope, user_id, points, answers, correct, last_answer_at)"
        " VALUES (0, ?, ?, 1, 1, 'x')",
        [(1, 3), (2, 3), (3, 0)],
    )
    db.execute("INSERT INTO score_counts VALUES (0, 3, 2), (0, 0, 1)")
    db.commit()
    db.close()
    store = await Store.open(tmp_path / "q.db")
    try:
        for n, (user, right) in enumerate([(1, True), (3, True), (4, False), (5, True), (1, True)]):
            quiz, _ = await store.create_quiz(
                origin=f"up:{n}", chat_id=user, scope=PRIVATE_SCOPE, user_id=user, asked=ASKED,
                now=NOW + timedelta(minutes=n),
            )  # fmt: skip
            await store.record_answer(quiz, Player(user, "P"), Outcome(1, right, 2 * right), NOW)
    finally:
        await store.close()
    with sqlite3.connect(tmp_path / "q.db") as db:
        for counts, board, key in [
            ("score_counts", "scores", "scope"),
            ("period_counts", "period_scores", "scope, period"),
        ]:
            kept = db.execute(f"SELECT * FROM {counts} ORDER BY 1, 2, 3").fetchall()
            counted = db.execute(
                f"SELECT {key}, points, COUNT(*) FROM {board} GROUP BY {key}, points"
                " ORDER BY 1, 2, 3"
            ).fetchall()
            assert kept == counted, counts
        assert (0, 7, 1) in db.execute("SELECT * FROM score_counts").fetchall()  # 3 + 2 + 2


async def test_ranks_from_the_score_histogram_equal_the_plain_count(tmp_path: Path) -> None:
    """The histogram and the global board's sums are kept in the answer's transaction; after
    random answers, resets and a group's move to a new id, every player's rank is what COUNT(*)
    over the scores says, and the global board what summing every board says."""
    import random

    store = await Store.open(tmp_path / "q.db")
    rng = random.Random(5)
    scopes = [PRIVATE_SCOPE, -100, -200]

    async def check() -> None:
        with sqlite3.connect(tmp_path / "q.db") as db:
            rows = db.execute("SELECT scope, user_id, points FROM scores").fetchall()
            for scope, user, points in rows:
                ahead = db.execute(
                    "SELECT COUNT(*) FROM scores WHERE scope = ? AND points > ?", (scope, points)
                ).fetchone()[0]
                found = await store.player_score(scope, user)
                assert found is not None and found.rank == ahead + 1, (scope, user)
            histogram = db.execute(
                "SELECT scope, points, players FROM score_counts ORDER BY 1, 2"
            ).fetchall()
            plain = db.execute(
                "SELECT scope, points, COUNT(*) FROM scores GROUP BY 1, 2 ORDER BY 1, 2"
            ).fetchall()
            assert histogram == plain
            summed = db.execute(  # a player at zero may drop out after a reset: no one misses them
                "SELECT user_id, points, correct FROM global_scores"
                " WHERE points != 0 OR correct != 0 ORDER BY 1"
            ).fetchall()
            plain = db.execute(
                "SELECT user_id, SUM(points), SUM(correct) FROM scores GROUP BY 1"
                " HAVING SUM(points) != 0 OR SUM(correct) != 0 ORDER BY 1"
            ).fetchall()
            assert summed == plain
            board = db.execute(
                "SELECT user_id FROM scores GROUP BY user_id HAVING SUM(points) + SUM(correct) > 0"
                " ORDER BY SUM(points) DESC, SUM(correct) DESC, user_id LIMIT 10"
            ).fetchall()
        top = await store.top_global(10)
        assert [line.user_id for line in top if line.points or line.correct] == [
            u for (u,) in board
        ]

    for n in range(300):
        user, scope = rng.randint(1, 25), rng.choice(scopes)
        quiz, _ = await store.create_quiz(
            origin=f"r:{n}", chat_id=scope or user, scope=scope, user_id=user, asked=ASKED, now=NOW
        )
        right = rng.random() < 0.6
        await store.record_answer(
            quiz, Player(user, "P"), Outcome(1, right, 2 if right else 0), NOW
        )
        if n % 97 == 96:
            await store.reset_scores(-100)
        await check() if n % 25 == 0 else None
    await store.migrate_chat(-200, -100, NOW)
    await check()
    await store.close()


async def test_a_wording_is_stored_once_whatever_order_its_choices_were_shown_in(
    tmp_path: Path,
) -> None:
    """The snapshot each quiz kept was most of the database; now quizzes share one copy of a
    wording, and each still reads back exactly as it was shown (order and right answer)."""
    store = await Store.open(tmp_path / "q.db")
    orders = [("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a")]
    shown = [replace(ASKED, choices=order, correct=order.index("b")) for order in orders]
    for n, asked in enumerate(shown):
        await store.create_quiz(
            origin=f"cmd:{n}", chat_id=n, scope=PRIVATE_SCOPE, user_id=n, asked=asked, now=NOW
        )
    edited = replace(ASKED, fingerprint="g", text="Q, reworded ?")
    await store.create_quiz(
        origin="cmd:9", chat_id=9, scope=PRIVATE_SCOPE, user_id=9, asked=edited, now=NOW
    )
    back = [await store.get_quiz(n + 1) for n in range(4)]
    assert [q.asked for q in back if q] == [*shown, edited]
    await store.close()
    with sqlite3.connect(tmp_path / "q.db") as db:
        assert db.execute("SELECT COUNT(*) FROM wordings").fetchone()[0] == 2
        assert db.execute("SELECT COUNT(*) FROM quizzes WHERE asked = ''").fetchone()[0] == 4


async def test_a_transaction_left_open_by_a_cancelled_write_does_not_block_the_next(
    tmp_path: Path,
) -> None:
    """A write cancelled while its BEGIN waited for the database left that BEGIN to run alone,
    owned by nobody: the next answer must still be recorded."""
    store = await Store.open(tmp_path / "q.db")
    quiz = await store.get_quiz(await new_quiz(store, "cmd:1:1"))
    assert quiz is not None
    await store._db.execute("BEGIN IMMEDIATE")  # what the cancelled write leaves behind
    answer = await store.record_answer(quiz, Player(1, "A"), Outcome(1, True, 2), NOW)
    assert answer.inserted and not store._db.in_transaction
    await store.close()


async def test_a_database_of_schema_8_gets_wordings_and_global_sums(tmp_path: Path) -> None:
    """The upgrade this version brings: quizzes keep their own snapshot and still load, new ones
    share wordings, and the global board's sums are filled from the boards already there."""
    with old_database(tmp_path / "q.db", version=8) as db:
        db.execute(
            "INSERT INTO quizzes (id, origin, chat_id, scope, user_id, question_id, asked,"
            " created_at) VALUES (1, 'cmd:1:1', 1, 0, 1, 'q1', ?, 'x')",
            (ASKED.to_json(),),
        )
        db.executemany(
            "INSERT INTO scores (scope, user_id, points, answers, correct, streak, best_streak,"
            " last_answer_at) VALUES (?, ?, ?, 1, ?, 0, 0, 'x')",
            [(0, 1, 5, 2), (-100, 1, 3, 1), (-100, 2, 4, 2)],
        )
    store = await Store.open(tmp_path / "q.db")
    old = await store.get_quiz(1)
    assert old is not None and old.asked == ASKED
    new = await store.get_quiz(await new_quiz(store, "cmd:2:2", user_id=2))
    assert new is not None and new.asked == ASKED
    assert [(line.user_id, line.points) for line in await store.top_global(10)] == [(1, 8), (2, 4)]
    await store.close()


async def test_week_and_month_boards_equal_the_answers_they_sum(tmp_path: Path) -> None:
    """The boards by period are kept in the answer's transaction, on the bot's calendar; after
    answers over six weeks, resets and a group's move to a new id, each week's and month's
    board is what summing its answers gives (a reset clears a chat's boards of every period)."""
    import random

    paris = ZoneInfo("Europe/Paris")
    store = await Store.open(tmp_path / "q.db", paris)
    rng = random.Random(11)
    expected: dict[tuple[int, str], dict[int, list[int]]] = {}
    moments: dict[str, datetime] = {}
    for n in range(400):
        user, scope = rng.randint(1, 20), rng.choice([PRIVATE_SCOPE, -100, -200])
        when = NOW + timedelta(hours=rng.randint(0, 24 * 42))
        quiz, _ = await store.create_quiz(
            origin=f"p:{n}", chat_id=scope or user, scope=scope, user_id=user, asked=ASKED, now=when
        )
        right = rng.random() < 0.6
        await store.record_answer(
            quiz, Player(user, "P"), Outcome(1, right, 3 if right else 0), when
        )
        if n % 7 == 0:  # Telegram redelivers the tap: counted once on every board
            await store.record_answer(quiz, Player(user, "P"), Outcome(1, right, 3), when)
        for key in period_keys(when, paris):
            moments[key] = when
            total = expected.setdefault((scope, key), {}).setdefault(user, [0, 0])
            total[0] += 3 if right else 0
            total[1] += int(right)
        if n == 250:
            await store.reset_scores(-100)
            expected = {k: v for k, v in expected.items() if k[0] != -100}
    await store.migrate_chat(-200, -100, NOW)
    for (scope, key), totals in list(expected.items()):
        if scope == -200:
            merged = expected.setdefault((-100, key), {})
            for user, (points, correct) in totals.items():
                mine = merged.setdefault(user, [0, 0])
                mine[0] += points
                mine[1] += correct
            del expected[(scope, key)]
    assert len(expected) >= 2 * (6 + 2)  # two boards left, each over six weeks and two months
    for (scope, key), totals in expected.items():
        period = "week" if key.startswith("w") else "month"
        board = await store.top_period(scope, period, moments[key], limit=100)
        want = sorted(totals.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        assert [(line.user_id, line.points, line.correct) for line in board] == [
            (user, points, correct) for user, (points, correct) in want
        ], (scope, key)
        for user, (points, _) in totals.items():  # the histogram's rank is the plain count's
            found = await store.period_rank(scope, period, user, moments[key])
            assert found is not None and found[1].points == points
            assert found[0] == 1 + sum(1 for other, _ in totals.values() if other > points)
    assert await store.top_period(-200, "week", NOW) == []
    assert await store.period_rank(-200, "week", 1, NOW) is None
    await store.close()
    with sqlite3.connect(tmp_path / "q.db") as db:  # the histograms are the plain counts
        kept = db.execute("SELECT * FROM period_counts ORDER BY 1, 2, 3").fetchall()
        counted = db.execute(
            "SELECT scope, period, points, COUNT(*) FROM period_scores GROUP BY 1, 2, 3"
            " ORDER BY 1, 2, 3"
        ).fetchall()
    assert kept == counted and len(kept) > 10


async def test_boards_of_weeks_and_months_no_one_can_show_are_pruned(tmp_path: Path) -> None:
    """A bot that runs for months keeps one row per player, board and period: those older
    than PERIOD_BACKFILL_DAYS go, this week's and month's stay whole."""
    store = await Store.open(tmp_path / "q.db", ZoneInfo("Europe/Paris"))
    for n, days in enumerate((200, 100, 3, 0)):
        when = NOW - timedelta(days=days)
        quiz, _ = await store.create_quiz(
            origin=f"p:{n}", chat_id=-100, scope=-100, user_id=None, asked=ASKED, now=when
        )
        await store.record_answer(quiz, Player(n + 1, "P"), Outcome(1, True, 2), when)
    assert await store.prune_periods(NOW) == 4  # two old players, a week and a month each
    month = await store.top_period(-100, "month", NOW)
    week = await store.top_period(-100, "week", NOW)
    assert [line.user_id for line in month] == [3, 4] and [line.user_id for line in week] == [4]
    assert await store.prune_periods(NOW) == 0
    await store.close()
    with sqlite3.connect(tmp_path / "q.db") as db:
        periods = {row[0] for row in db.execute("SELECT period FROM period_scores")}
        counted = {row[0] for row in db.execute("SELECT period FROM period_counts")}
    assert periods == counted == {"w2026-11-16", "w2026-11-23", "m2026-11"}


async def test_a_database_of_schema_10_gets_this_weeks_and_months_boards(tmp_path: Path) -> None:
    """On upgrade, the boards of recent weeks and months are summed from the answers log."""
    with old_database(tmp_path / "q.db", version=10) as db:
        old_answers(
            db,
            chat_id=-100,
            user_id=None,
            answers=[
                (1, 1, 2, "2026-11-25T10:00:00+00:00"),  # Wednesday
                (2, 1, 5, "2026-11-29T23:30:00+00:00"),  # Sunday night in UTC, Monday in Paris
                (3, 0, 0, "not a time"),
            ],
        )
    store = await Store.open(tmp_path / "q.db", ZoneInfo("Europe/Paris"))
    this_week = await store.top_period(-100, "week", datetime(2026, 12, 2, tzinfo=UTC))
    assert [(line.user_id, line.points) for line in this_week] == [(2, 5)]
    november = await store.top_period(-100, "month", datetime(2026, 11, 28, tzinfo=UTC))
    assert [(line.user_id, line.points) for line in november] == [(2, 5), (1, 2)]
    ranked = await store.period_rank(-100, "month", 1, datetime(2026, 11, 28, tzinfo=UTC))
    assert ranked is not None and ranked[0] == 2
    await store.close()


def plain_asked_counts(path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT user_id, question_id, COUNT(*), MAX(id) FROM quizzes"
            " WHERE user_id IS NOT NULL GROUP BY user_id, question_id ORDER BY 1, 2"
        ).fetchall()


async def test_questions_a_learner_was_asked_are_counted_as_the_history_says(
    tmp_path: Path,
) -> None:
    """/quiz picks the least-asked question from counts kept beside the quizzes: after random
    quizzes (requests redelivered, group quizzes with no learner, a database of schema 13
    upgraded), every learner's counts and latest quiz are what grouping the quizzes gives."""
    import random

    rng = random.Random(7)
    db = old_database(tmp_path / "q.db", 13)
    db.executemany(  # two quizzes asked before the counts existed
        "INSERT INTO quizzes (origin, chat_id, scope, user_id, question_id, asked, created_at)"
        " VALUES (?, 1, 0, 1, ?, '', 'x')",
        [("old:1", "q2"), ("old:2", "q2")],
    )
    db.commit()
    db.close()
    store = await Store.open(tmp_path / "q.db")
    try:
        for n in range(150):
            user = rng.choice([1, 2, 3, None])
            origin = f"cmd:{rng.randrange(120)}"  # some requests come twice: one quiz each
            await store.create_quiz(
                origin=origin, chat_id=user or -100, scope=PRIVATE_SCOPE if user else -100,
                user_id=user, asked=replace(ASKED, question_id=f"q{rng.randrange(6)}"),
                now=NOW + timedelta(seconds=n),
            )  # fmt: skip
        states = {user: await store.learner_state(user, NOW) for user in (1, 2, 3)}
    finally:
        await store.close()
    plain = plain_asked_counts(tmp_path / "q.db")
    kept = sorted(
        (user, qid, stat.times, stat.last)
        for user, state in states.items()
        for qid, stat in state.seen.items()
    )
    assert kept == plain
    assert (1, "q2") in {(user, qid) for user, qid, _, _ in plain}
