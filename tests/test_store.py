"""The Store's guarantees: migrations, refusal of newer databases, once-only scoring."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.engine import AskedQuestion, Outcome
from bot.store import PRIVATE_SCOPE, SCHEMA_VERSION, Player, Store, StoreVersionError

NOW = datetime(2026, 11, 25, tzinfo=UTC)
ASKED = AskedQuestion("q1", "f", "fr", "Q ?", ("a", "b", "c"), 1, "E", 2, "t", 1)


async def new_quiz(store: Store, origin: str, user_id: int = 1) -> int:
    quiz, created = await store.create_quiz(
        origin=origin, chat_id=user_id, scope=PRIVATE_SCOPE, user_id=user_id, asked=ASKED, now=NOW
    )
    assert created
    return quiz.id


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
    quizzes = []
    for user in range(1, 41):
        quiz = await store.get_quiz(await new_quiz(store, f"cmd:{user}:1", user))
        assert quiz is not None
        quizzes.append(quiz)
    await asyncio.gather(
        *(store.record_answer(q, Player(q.user_id or 0, "P"), Outcome(1, True, 2), NOW)
          for q in quizzes)
    )  # fmt: skip
    assert await store.count_players(PRIVATE_SCOPE) == 40
    top = await store.top_players(PRIVATE_SCOPE, 50)
    assert sum(p.points for p in top) == 80
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
