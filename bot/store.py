"""The Store owns every SQL statement: schema, migrations and one transaction per operation.

Durability promise: WAL with synchronous=NORMAL. A committed answer survives a crash of the bot
(kill -9); a power cut may lose the last few transactions. Idempotency lives in the schema: a
redelivered update or a double tap hits a UNIQUE key and changes nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Generic, TypeVar

import aiosqlite

from bot.engine import AskedQuestion, Outcome, ReviewState, SeenStat, review_after

T = TypeVar("T")

log = logging.getLogger(__name__)

PRIVATE_SCOPE = 0  # leaderboard of everyone playing in private chats; groups use their chat id

# Each entry moves the schema one version up; never edit a published one, append a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: players, quizzes as sent, the append-only answers log, per-scope score rows
    """
    CREATE TABLE users (
        user_id     INTEGER PRIMARY KEY,
        first_name  TEXT NOT NULL,
        username    TEXT,
        language    TEXT,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE quizzes (
        id           INTEGER PRIMARY KEY,
        origin       TEXT NOT NULL UNIQUE,
        kind         TEXT NOT NULL DEFAULT 'buttons',
        chat_id      INTEGER NOT NULL,
        scope        INTEGER NOT NULL,
        user_id      INTEGER,
        question_id  TEXT NOT NULL,
        asked        TEXT NOT NULL,
        message_id   INTEGER,
        poll_id      TEXT UNIQUE,
        created_at   TEXT NOT NULL,
        closed_at    TEXT
    );
    CREATE INDEX quizzes_by_user ON quizzes (user_id, question_id);
    CREATE TABLE answers (
        id           INTEGER PRIMARY KEY,
        quiz_id      INTEGER NOT NULL REFERENCES quizzes (id),
        user_id      INTEGER NOT NULL,
        scope        INTEGER NOT NULL,
        question_id  TEXT NOT NULL,
        choice       INTEGER NOT NULL,
        correct      INTEGER NOT NULL,
        points       INTEGER NOT NULL,
        answered_at  TEXT NOT NULL,
        UNIQUE (quiz_id, user_id)
    );
    CREATE INDEX answers_by_question ON answers (question_id);
    CREATE TABLE scores (
        scope           INTEGER NOT NULL,
        user_id         INTEGER NOT NULL,
        points          INTEGER NOT NULL DEFAULT 0,
        answers         INTEGER NOT NULL DEFAULT 0,
        correct         INTEGER NOT NULL DEFAULT 0,
        streak          INTEGER NOT NULL DEFAULT 0,
        best_streak     INTEGER NOT NULL DEFAULT 0,
        last_answer_at  TEXT NOT NULL,
        PRIMARY KEY (scope, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX scores_ranking ON scores (scope, points DESC, user_id);
    """,
    # 2: who did what as an admin; saved searches (their ids fit in button data)
    """
    CREATE TABLE admin_log (
        id       INTEGER PRIMARY KEY,
        user_id  INTEGER NOT NULL,
        chat_id  INTEGER,
        action   TEXT NOT NULL,
        detail   TEXT NOT NULL DEFAULT '',
        at       TEXT NOT NULL
    );
    CREATE TABLE searches (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL,
        query       TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX answers_by_time ON answers (answered_at);
    """,
    # 3: an admin's question in progress, so that a restart mid-conversation loses nothing
    """
    CREATE TABLE drafts (
        user_id     INTEGER PRIMARY KEY,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    """,
    # 4: the streak an answer made, so that re-showing a result never needs the scores table
    """
    ALTER TABLE answers ADD COLUMN streak INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: games in groups (quiz polls with a timer), players' choices, chats greeted once
    """
    CREATE TABLE games (
        id            INTEGER PRIMARY KEY,
        origin        TEXT NOT NULL UNIQUE,
        chat_id       INTEGER NOT NULL,
        started_by    INTEGER NOT NULL,
        question_ids  TEXT NOT NULL,
        seconds       INTEGER NOT NULL,
        tag           TEXT,
        position      INTEGER NOT NULL DEFAULT 0,
        status        TEXT NOT NULL DEFAULT 'running',
        created_at    TEXT NOT NULL,
        finished_at   TEXT
    );
    CREATE UNIQUE INDEX games_one_running_per_chat ON games (chat_id) WHERE status = 'running';
    ALTER TABLE quizzes ADD COLUMN game_id INTEGER REFERENCES games (id);
    ALTER TABLE quizzes ADD COLUMN position INTEGER;
    ALTER TABLE quizzes ADD COLUMN seconds INTEGER;
    ALTER TABLE quizzes ADD COLUMN sent_at TEXT;
    CREATE UNIQUE INDEX quizzes_by_game ON quizzes (game_id, position) WHERE game_id IS NOT NULL;
    ALTER TABLE answers ADD COLUMN game_id INTEGER;
    CREATE INDEX answers_by_game ON answers (game_id, user_id) WHERE game_id IS NOT NULL;
    CREATE INDEX answers_by_scope_time ON answers (scope, answered_at);
    ALTER TABLE users ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN mode TEXT;
    CREATE TABLE chats (
        chat_id     INTEGER PRIMARY KEY,
        greeted_at  TEXT NOT NULL
    );
    """,
    # 6: learning: each learner's review box per question, typed answers' tries, the passages'
    # own text (kept here, not in the repository), learners' language and reminder
    """
    CREATE TABLE reviews (
        user_id        INTEGER NOT NULL,
        question_id    TEXT NOT NULL,
        box            INTEGER NOT NULL,
        due_at         TEXT NOT NULL,
        streak         INTEGER NOT NULL DEFAULT 0,
        last_right_at  TEXT,
        wrong          INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, question_id)
    ) WITHOUT ROWID;
    CREATE INDEX reviews_due ON reviews (user_id, due_at);
    ALTER TABLE quizzes ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE quizzes ADD COLUMN last_message_id INTEGER;
    CREATE INDEX quizzes_open_typed ON quizzes (chat_id, user_id, kind);
    CREATE INDEX quizzes_by_chat_question ON quizzes (chat_id, question_id);
    CREATE TABLE passages (
        passage_id  TEXT PRIMARY KEY,
        text        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    ALTER TABLE users ADD COLUMN lang TEXT;
    ALTER TABLE users ADD COLUMN remind_at TEXT;
    """,
    # 7: learners who blocked the bot: not written to again until they write themselves
    """
    ALTER TABLE users ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
    """,
    # 8: how many players have each score, per leaderboard: any player's rank in a few rows
    # (COUNT(*) over a million players took ~100 ms on the one database thread)
    """
    CREATE TABLE score_counts (
        scope    INTEGER NOT NULL,
        points   INTEGER NOT NULL,
        players  INTEGER NOT NULL,
        PRIMARY KEY (scope, points)
    ) WITHOUT ROWID;
    INSERT INTO score_counts (scope, points, players)
        SELECT scope, points, COUNT(*) FROM scores GROUP BY scope, points;
    """,
    # 9: each wording a learner was shown, stored once and referred to by its quizzes with
    # the order its choices were shown in: the snapshot was ~625 bytes of every quiz, over half
    # of a private learner's database (bench/growth_bench.py). Older quizzes keep theirs.
    # And the index on answer times goes: no query used it (the daily overview scans).
    """
    CREATE TABLE wordings (
        id      INTEGER PRIMARY KEY,
        digest  TEXT NOT NULL UNIQUE,
        body    TEXT NOT NULL
    );
    ALTER TABLE quizzes ADD COLUMN wording_id INTEGER REFERENCES wordings (id);
    ALTER TABLE quizzes ADD COLUMN shown TEXT;
    DROP INDEX IF EXISTS answers_by_time;
    """,
    # 10: each player's points summed over every board, kept in the answer's transaction: the
    # global board read the whole scores table (1.45 s at a million players, on the one reader
    # thread, so every other read waited behind it)
    """
    CREATE TABLE global_scores (
        user_id  INTEGER PRIMARY KEY,
        points   INTEGER NOT NULL,
        correct  INTEGER NOT NULL
    );
    INSERT INTO global_scores (user_id, points, correct)
        SELECT user_id, SUM(points), SUM(correct) FROM scores GROUP BY user_id;
    CREATE INDEX global_scores_by_points ON global_scores (points DESC, correct DESC, user_id);
    """,
    # 11: points per player, board and calendar week or month, kept in the answer's transaction:
    # /top semaine summed the answers log at each call, and the private board's period (shared
    # by every private learner) grows with all of them. Filled from recent answers on upgrade.
    """
    CREATE TABLE period_scores (
        scope    INTEGER NOT NULL,
        period   TEXT NOT NULL,
        user_id  INTEGER NOT NULL,
        points   INTEGER NOT NULL,
        correct  INTEGER NOT NULL,
        PRIMARY KEY (scope, period, user_id)
    ) WITHOUT ROWID;
    CREATE INDEX period_board ON period_scores (scope, period, points DESC, correct DESC, user_id);
    """,
    # 12: how many players have each score on each week's and month's board, like score_counts:
    # a player's rank this week in a few rows, not a count over everyone who played this week
    """
    CREATE TABLE period_counts (
        scope    INTEGER NOT NULL,
        period   TEXT NOT NULL,
        points   INTEGER NOT NULL,
        players  INTEGER NOT NULL,
        PRIMARY KEY (scope, period, points)
    ) WITHOUT ROWID;
    INSERT INTO period_counts (scope, period, points, players)
        SELECT scope, period, points, COUNT(*) FROM period_scores GROUP BY scope, period, points;
    """,
    # 13: the histograms follow the boards by triggers, run inside SQLite: an answer's
    # transaction took 21 statements, each a turn of Python on the writer's thread holding the
    # interpreter lock the event loop needs (bench/RESULTS.md, taps). Deleting a board's rows
    # (reset, pruning, a group's move) still empties its histogram rows itself, in bulk.
    """
    CREATE TRIGGER score_counts_join AFTER INSERT ON scores BEGIN
        INSERT INTO score_counts (scope, points, players) VALUES (NEW.scope, NEW.points, 1)
        ON CONFLICT (scope, points) DO UPDATE SET players = players + 1;
    END;
    CREATE TRIGGER score_counts_move AFTER UPDATE OF points ON scores
    WHEN OLD.points IS NOT NEW.points BEGIN
        UPDATE score_counts SET players = players - 1
        WHERE scope = OLD.scope AND points = OLD.points;
        DELETE FROM score_counts
        WHERE scope = OLD.scope AND points = OLD.points AND players <= 0;
        INSERT INTO score_counts (scope, points, players) VALUES (NEW.scope, NEW.points, 1)
        ON CONFLICT (scope, points) DO UPDATE SET players = players + 1;
    END;
    CREATE TRIGGER period_counts_join AFTER INSERT ON period_scores BEGIN
        INSERT INTO period_counts (scope, period, points, players)
        VALUES (NEW.scope, NEW.period, NEW.points, 1)
        ON CONFLICT (scope, period, points) DO UPDATE SET players = players + 1;
    END;
    CREATE TRIGGER period_counts_move AFTER UPDATE OF points ON period_scores
    WHEN OLD.points IS NOT NEW.points BEGIN
        UPDATE period_counts SET players = players - 1
        WHERE scope = OLD.scope AND period = OLD.period AND points = OLD.points;
        DELETE FROM period_counts WHERE scope = OLD.scope AND period = OLD.period
        AND points = OLD.points AND players <= 0;
        INSERT INTO period_counts (scope, period, points, players)
        VALUES (NEW.scope, NEW.period, NEW.points, 1)
        ON CONFLICT (scope, period, points) DO UPDATE SET players = players + 1;
    END;
    """,
    # 14: how often each learner was asked each question, and the latest quiz that asked it,
    # kept by a trigger: choosing a learner's next question reads one row a question instead
    # of grouping the learner's whole history (2 ms at 20,000 quizzes, bench/RESULTS.md).
    # Quizzes are never deleted, so the counts stay the plain query's.
    """
    CREATE TABLE asked_counts (
        user_id      INTEGER NOT NULL,
        question_id  TEXT NOT NULL,
        times        INTEGER NOT NULL,
        last_quiz    INTEGER NOT NULL,
        PRIMARY KEY (user_id, question_id)
    ) WITHOUT ROWID;
    INSERT INTO asked_counts (user_id, question_id, times, last_quiz)
        SELECT user_id, question_id, COUNT(*), MAX(id) FROM quizzes
        WHERE user_id IS NOT NULL GROUP BY user_id, question_id;
    CREATE TRIGGER asked_counts_add AFTER INSERT ON quizzes WHEN NEW.user_id IS NOT NULL BEGIN
        INSERT INTO asked_counts (user_id, question_id, times, last_quiz)
        VALUES (NEW.user_id, NEW.question_id, 1, NEW.id)
        ON CONFLICT (user_id, question_id)
        DO UPDATE SET times = times + 1, last_quiz = MAX(last_quiz, NEW.id);
    END;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
PERIOD_BACKFILL_DAYS = 62  # older weeks and months are never shown again


class GameOver(Exception):
    """The game had already ended (another step, or /stop, got there first)."""


class StoreVersionError(RuntimeError):
    """The database was written by a newer version of the bot; refuse rather than corrupt it."""


@dataclass(frozen=True)
class Player:
    user_id: int
    first_name: str
    username: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class QuizRecord:
    id: int
    chat_id: int
    scope: int
    user_id: int | None  # None: anyone in the chat may answer
    asked: AskedQuestion
    message_id: int | None
    kind: str = "buttons"  # or "poll"
    poll_id: str | None = None
    game_id: int | None = None
    position: int | None = None  # in its game
    seconds: int | None = None  # how long it is open (timed questions)
    sent_at: datetime | None = None
    closed: bool = False

    @property
    def deadline(self) -> datetime | None:
        if self.sent_at is None or self.seconds is None:
            return None
        return self.sent_at + timedelta(seconds=self.seconds)


@dataclass(frozen=True)
class LearnerState:
    """What picking a learner's next private question needs, read at once."""

    mode: str | None  # "poll", "typed", "buttons" or None (never chosen)
    due: list[str]  # questions due for review, the longest overdue first
    seen: dict[str, SeenStat]


@dataclass(frozen=True)
class Game:
    id: int
    origin: str  # what started it (the /game message): a redelivery finds the same game
    chat_id: int
    started_by: int
    question_ids: tuple[str, ...]
    seconds: int
    tag: str | None
    position: int  # the question being played (0-based)
    running: bool

    @property
    def size(self) -> int:
        return len(self.question_ids)


@dataclass(frozen=True)
class GameLine:
    user_id: int
    first_name: str
    username: str | None
    points: int
    correct: int


@dataclass(frozen=True)
class AnswerRecord:
    """The answer as stored; `inserted` is False when it was already there (no score change).
    `streak` is the run of right answers this answer made, as it was then."""

    choice: int
    correct: bool
    points: int
    inserted: bool
    streak: int = 0


@dataclass(frozen=True)
class PlayerScore:
    user_id: int
    first_name: str
    username: str | None
    points: int
    answers: int
    correct: int
    streak: int
    best_streak: int
    rank: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class QuestionStats:
    times_asked: int
    answers: int
    correct: int
    wrong_picks: dict[str, int]  # wrong choice as shown -> how often it was picked

    @property
    def share_correct(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    answers: int
    correct: int

    @property
    def share_correct(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Overview:
    players: int
    answers_today: int
    answers_week: int
    answers_total: int
    per_question: list[QuestionResult]


@dataclass(frozen=True)
class AdminAction:
    at: str
    user_id: int
    first_name: str
    action: str
    detail: str


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _moment(stamp: object) -> datetime | None:
    """A stored time back, aware; None for what no version of the bot wrote."""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def period_keys(moment: datetime, zone: tzinfo) -> tuple[str, str]:
    """The calendar week (from Monday) and month a moment falls in, on the bot's clock:
    'w2026-11-30', 'm2026-12'."""
    return _period_keys_of(moment.astimezone(zone).date())


@lru_cache(maxsize=64)
def _period_keys_of(day: date) -> tuple[str, str]:
    """Kept per day: every answer writes its week's and month's rows on the writer's thread,
    and formatting the two keys took 2.9 µs of it each time (0.2-0.5 µs kept)."""
    monday = day - timedelta(days=day.weekday())
    return f"w{monday.isoformat()}", f"m{day:%Y-%m}"


@dataclass
class _Pending(Generic[T]):
    """A caller's statements, and where it waits for what they returned."""

    work: Callable[[sqlite3.Connection], T]
    future: asyncio.Future[T]


Outcomes = list[tuple[bool, Any]]  # per job: (True, its result) or (False, its exception)


class _Batches:
    """Jobs for one connection's thread that arrive while it is busy run there as one job:
    a job joins the batch already waiting in the thread's queue, or queues a new one. Under
    load, one trip to the thread and one wake-up of the loop serve many taps (the trips, not
    the queries, were most of a tap's cost: bench/RESULTS.md); alone, a job is a batch of one
    and waits no longer than before. `run` executes a batch on the thread and says how each
    job ended; the batch hands the results back itself, so no task waits on the thread.

    This uses aiosqlite's job queue (`_tx`) and connection (`_conn`), as `Store._queued`
    does; pyproject.toml pins the aiosqlite versions it was checked against."""

    def __init__(
        self,
        connection: aiosqlite.Connection,
        run: Callable[[sqlite3.Connection, list[Callable[[sqlite3.Connection], Any]]], Outcomes],
    ) -> None:
        self._connection = connection
        self._run = run
        self._waiting: list[_Pending[Any]] = []
        self._guard = threading.Lock()  # the loop appends, the connection's thread takes
        self._queued = False

    async def submit(self, work: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        pending: _Pending[T] = _Pending(work, loop.create_future())
        with self._guard:
            self._waiting.append(pending)
            start = not self._queued
            self._queued = True
        if start:
            connection = self._connection
            if not connection._running or connection._connection is None:
                self._hand_back(self._take(), ValueError("Connection closed"))
            else:
                connection._tx.put_nowait((None, partial(self._job, loop)))
        return await pending.future

    def _take(self) -> list[_Pending[Any]]:
        with self._guard:
            taken, self._waiting = self._waiting, []
            self._queued = False
        return taken

    def _job(self, loop: asyncio.AbstractEventLoop) -> None:
        """On the connection's thread: the jobs waiting now, as one."""
        taken = self._take()
        outcomes: Outcomes | BaseException
        try:
            outcomes = self._run(self._connection._conn, [pending.work for pending in taken])
        except BaseException as error:  # the batch failed: every job in it did
            outcomes = error
        with suppress(RuntimeError):  # the loop is closed: nobody waits any more
            loop.call_soon_threadsafe(self._hand_back, taken, outcomes)

    @staticmethod
    def _hand_back(taken: list[_Pending[Any]], outcomes: Outcomes | BaseException) -> None:
        if isinstance(outcomes, BaseException):
            outcomes = [(False, outcomes)] * len(taken)
        for pending, (ok, value) in zip(taken, outcomes, strict=True):
            if pending.future.done():
                continue  # its caller was cancelled; a write is recorded all the same
            if ok:
                pending.future.set_result(value)
            elif isinstance(value, Exception):
                pending.future.set_exception(value)
            else:
                pending.future.cancel()


def _write_batch(
    connection: sqlite3.Connection, works: list[Callable[[sqlite3.Connection], Any]]
) -> Outcomes:
    """Writes in one transaction (a whole transaction as one job on the writer's thread: see
    `Store._in_one_step`); several, each in its own savepoint: one that fails is rolled back
    alone and fails alone. Alone, a write needs no savepoint and its failure is raised."""
    if connection.in_transaction:
        # left open by a multi-statement transaction cancelled before it could roll back
        log.warning("rolling back a transaction left open by a cancelled write")
        connection.execute("ROLLBACK")
    outcomes: Outcomes = []
    connection.execute("BEGIN IMMEDIATE")
    try:
        if len(works) == 1:  # alone: a failure rolls the whole transaction back, and is raised
            outcomes.append((True, works[0](connection)))
        else:
            for work in works:
                connection.execute("SAVEPOINT answer")
                try:
                    outcomes.append((True, work(connection)))
                except Exception as error:  # handed to its own caller
                    if not connection.in_transaction:
                        raise  # SQLite ended the whole transaction (disk full, I/O): all failed
                    connection.execute("ROLLBACK TO answer")
                    outcomes.append((False, error))
                connection.execute("RELEASE answer")
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                log.exception("rollback failed after an error")
        raise
    return outcomes


def _read_batch(
    connection: sqlite3.Connection, works: list[Callable[[sqlite3.Connection], Any]]
) -> Outcomes:
    """Reads in one snapshot of the reader's connection; one that fails fails alone."""
    if connection.in_transaction:  # never expected: a stale snapshot would stay
        connection.execute("ROLLBACK")
    outcomes: Outcomes = []
    connection.execute("BEGIN")
    try:
        for work in works:
            try:
                outcomes.append((True, work(connection)))
            except Exception as error:  # handed to its own caller
                outcomes.append((False, error))
    finally:
        if connection.in_transaction:  # gone if SQLite ended it on an error
            connection.execute("ROLLBACK")  # read-only: nothing to commit
    return outcomes


class Store:
    """Two connections: one writer, whose transactions are serialised by a lock, and one
    read-only reader. In WAL mode the reader sees committed data only, never another
    handler's transaction half-way, and reads do not queue behind writes."""

    def __init__(
        self, db: aiosqlite.Connection, reader: aiosqlite.Connection, zone: tzinfo = UTC
    ) -> None:
        self._db = db
        self._read = reader
        self._zone = zone  # where a week starts on Monday at midnight
        # One writer connection is shared by concurrent handlers: a transaction must never
        # interleave with another's statements, or one COMMIT would commit the other's half.
        self._lock = asyncio.Lock()
        self._multi_statement = False  # a transaction of several steps through the loop is open
        # answers share a transaction under load, reads a snapshot (see _Batches)
        self._answers = _Batches(db, _write_batch)
        self._tap_reads = _Batches(reader, _read_batch)

    @classmethod
    async def open(cls, path: Path | str, zone: tzinfo = UTC) -> Store:
        """`zone`: the calendar of the week and month boards."""
        db = await aiosqlite.connect(str(path), isolation_level=None)
        reader: aiosqlite.Connection | None = None
        reader_uri = Path(path).absolute().as_uri() + "?mode=ro"  # noqa: ASYNC240 (no I/O)
        try:
            await db.execute("PRAGMA journal_mode = WAL")
            await db.execute("PRAGMA synchronous = NORMAL")
            await db.execute("PRAGMA foreign_keys = ON")
            await db.execute("PRAGMA busy_timeout = 5000")
            await _check_version(db)
            reader = await aiosqlite.connect(reader_uri, uri=True, isolation_level=None)
            await reader.execute("PRAGMA busy_timeout = 5000")
            store = cls(db, reader, zone)
            await store._migrate()
        except BaseException:
            if reader is not None:
                await reader.close()
            await db.close()
            raise
        return store

    async def close(self) -> None:
        await self._read.close()
        await self._db.close()

    async def schema_version(self) -> int:
        async with self._db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def _migrate(self) -> None:
        found = await self.schema_version()
        for version in range(found + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[version - 1]
            async with self._transaction() as db:
                for statement in _statements(script):
                    await db.execute(statement)
                if version == 11:
                    await self._fill_period_scores(db)
                # PRAGMA takes no parameters; `version` is our own integer.
                await db.execute(f"PRAGMA user_version = {int(version)}")

    async def _fill_period_scores(self, db: aiosqlite.Connection) -> None:
        """The weeks and months still on show, summed from the answers log once."""
        rows = list(
            await db.execute_fetchall(
                "SELECT MAX(answered_at) FROM answers"
                " WHERE answered_at GLOB '[0-9][0-9][0-9][0-9]-*'"
            )
        )
        last = _moment(rows[0][0]) if rows else None
        if last is None:
            return
        since = last - timedelta(days=PERIOD_BACKFILL_DAYS)
        sums: dict[tuple[int, str, int], list[int]] = {}
        async with db.execute(
            "SELECT scope, user_id, answered_at, points, correct FROM answers"
            " WHERE answered_at >= ?",
            (_iso(since),),
        ) as cursor:
            async for scope, user_id, stamp, points, correct in cursor:
                moment = _moment(stamp)
                if moment is None:
                    continue
                for key in period_keys(moment, self._zone):
                    total = sums.setdefault((int(scope), key, int(user_id)), [0, 0])
                    total[0] += int(points)
                    total[1] += int(correct)
        await db.executemany(
            "INSERT INTO period_scores (scope, period, user_id, points, correct)"
            " VALUES (?, ?, ?, ?, ?)",
            [(scope, key, user, total[0], total[1]) for (scope, key, user), total in sums.items()],
        )

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One transaction on the writer. Whatever fails, the COMMIT included, the connection
        leaves here outside any transaction, so the next write starts clean."""
        async with self._lock:
            self._multi_statement = True  # from here, urgent jobs queue at the lock too
            try:
                try:
                    await self._db.execute("BEGIN IMMEDIATE")
                    yield self._db
                    await self._db.execute("COMMIT")
                except BaseException:
                    # A caller cancelled while its BEGIN (or a statement) still waited in the
                    # writer's queue leaves it to run later, with nobody to end it: let all
                    # that is queued run first, then end whatever transaction it opened.
                    await self._queued(lambda: None)
                    if self._db.in_transaction:
                        try:
                            await self._db.execute("ROLLBACK")
                        except sqlite3.Error:
                            log.exception("rollback failed after an error")
                    raise
            finally:
                self._multi_statement = False

    async def _in_one_step(
        self, work: Callable[[sqlite3.Connection], T], *, urgent: bool = False
    ) -> T:
        """A whole transaction as one job on the writer's thread: BEGIN, the statements and
        COMMIT run back to back there, instead of one event-loop round trip per statement.
        Under load each round trip waits for the busy loop (about 1 ms), and the writer lock
        was held across a dozen of them per answer (bench/RESULTS.md). For the hot paths:
        answers, quizzes, users. `work` runs on that thread: plain sqlite3, nothing async.

        This uses aiosqlite's job queue (`_execute`), the same one its public methods use;
        pyproject.toml pins the aiosqlite versions it was checked against. An `urgent` job (an
        answer, whose learner waits for the verdict) skips the queue at the lock."""

        def job() -> T:
            result: T = _write_batch(self._db._conn, [work])[0][1]
            return result

        if urgent and not self._multi_statement:
            # Straight onto the writer thread's queue: it runs jobs in order, so a BEGIN sent
            # later waits for this one, and the check and the enqueue happen in one step of
            # the loop. It passes the writes queued at the lock (a burst of /quiz kept a tap's
            # answer 250 ms) and waits only for the job the thread is running.
            return await self._answers.submit(work)
        async with self._lock:  # no multi-statement transaction may be half-way meanwhile
            return await self._queued(job)

    async def _queued(self, job: Callable[[], T]) -> T:
        result: T = await self._db._execute(job)  # type: ignore[no-untyped-call]
        return result

    async def _reading(
        self, work: Callable[[sqlite3.Connection], T], *, for_a_tap: bool = False
    ) -> T:
        """Several reads as one job on the reader's thread, in one snapshot: a round trip to
        that thread costs the busy loop more than a small query does (bench/RESULTS.md).
        Taps that read at once share the trip; other reads do not join them, or a tap's
        verdict would wait for a batch of /quiz reads (its toast p95 rose from 47-51 to
        54-73 ms when every read was batched)."""
        if for_a_tap:
            return await self._tap_reads.submit(work)

        def job() -> T:
            ok, value = _read_batch(self._read._conn, [work])[0]
            if not ok:
                raise value
            result: T = value
            return result

        result: T = await self._read._execute(job)  # type: ignore[no-untyped-call]
        return result

    # --- quizzes ------------------------------------------------------------------------------

    async def create_quiz(
        self,
        *,
        origin: str,
        chat_id: int,
        scope: int,
        user_id: int | None,
        asked: AskedQuestion,
        now: datetime,
        kind: str = "buttons",
        game_id: int | None = None,
        position: int | None = None,
        seconds: int | None = None,
    ) -> tuple[QuizRecord, bool]:
        """Record a quiz before it is sent. `origin` names what asked for it (a command message,
        a "next" tap, a game's step): the same request redelivered gets the same quiz back, not
        a second one."""
        body, shown = canonical_wording(asked)
        digest = hashlib.sha256(body.encode()).hexdigest()
        values = (
            origin, kind, chat_id, scope, user_id, asked.question_id, _iso(now), game_id,
            position, seconds, shown, digest,
        )  # fmt: skip

        def work(db: sqlite3.Connection) -> tuple[Any, bool]:
            db.execute(
                "INSERT INTO wordings (digest, body) VALUES (?, ?) ON CONFLICT (digest) DO NOTHING",
                (digest, body),
            )
            cursor = db.execute(
                "INSERT INTO quizzes (origin, kind, chat_id, scope, user_id, question_id, asked,"
                " created_at, game_id, position, seconds, shown, wording_id)"
                " VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?,"
                " (SELECT id FROM wordings WHERE digest = ?)) ON CONFLICT (origin) DO NOTHING",
                values,
            )
            created = cursor.rowcount == 1
            return db.execute(f"{_QUIZ_COLUMNS} WHERE q.origin = ?", (origin,)).fetchone(), created

        row, created = await self._in_one_step(work)
        assert row is not None
        return _quiz(row), created

    async def set_quiz_message(self, quiz_id: int, message_id: int) -> None:
        await self._in_one_step(
            lambda db: db.execute(
                "UPDATE quizzes SET message_id = ? WHERE id = ?", (message_id, quiz_id)
            )
        )

    async def set_poll_sent(
        self, quiz_id: int, message_id: int, poll_id: str, sent_at: datetime
    ) -> None:
        """A poll is out: its id routes the answers, its send time starts its clock."""
        # one step: a transaction of several would send the answers meanwhile to the lock
        await self._in_one_step(
            lambda db: db.execute(
                "UPDATE quizzes SET message_id = ?, poll_id = ?, sent_at = ? WHERE id = ?",
                # to the microsecond: the speed bonus's thirds of 10 s are 3.3 s wide
                (message_id, poll_id, sent_at.isoformat(timespec="microseconds"), quiz_id),
            )
        )

    async def quiz_by_poll(self, poll_id: str) -> QuizRecord | None:
        rows = list(
            await self._read.execute_fetchall(f"{_QUIZ_COLUMNS} WHERE q.poll_id = ?", (poll_id,))
        )
        row = rows[0] if rows else None
        return _quiz(row) if row else None

    async def close_quiz(self, quiz_id: int, now: datetime) -> bool:
        """Close a timed question; True only for the caller that closed it (once)."""
        closed = await self._in_one_step(
            lambda db: (
                db.execute(
                    "UPDATE quizzes SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                    (_iso(now), quiz_id),
                ).rowcount
            )
        )
        return closed == 1

    async def get_quiz(self, quiz_id: int) -> QuizRecord | None:
        return await self._reading(lambda db: _quiz_by_id(db, quiz_id))

    async def quiz_to_answer(self, quiz_id: int) -> tuple[QuizRecord | None, bool]:
        """The quiz a tap answers, and whether its passage is stored (the result offers to
        read it): what an answer tap reads, in one round trip."""

        def work(db: sqlite3.Connection) -> tuple[QuizRecord | None, bool]:
            quiz = _quiz_by_id(db, quiz_id)
            return quiz, quiz is not None and _passage_stored(db, quiz.asked.passage_id)

        return await self._reading(work, for_a_tap=True)

    async def learner_state(self, user_id: int, now: datetime) -> LearnerState:
        """The learner's mode, due reviews and questions seen, in one round trip."""

        def work(db: sqlite3.Connection) -> LearnerState:
            mode = db.execute("SELECT mode FROM users WHERE user_id = ?", (user_id,)).fetchone()
            due = db.execute(_DUE_REVIEWS, (user_id, _iso(now))).fetchall()
            seen = db.execute(
                "SELECT question_id, times, last_quiz FROM asked_counts WHERE user_id = ?",
                (user_id,),
            ).fetchall()
            return LearnerState(
                mode=None if mode is None or mode[0] is None else str(mode[0]),
                due=[str(row[0]) for row in due],
                seen={qid: SeenStat(times, last) for qid, times, last in seen},
            )

        return await self._reading(work)

    # --- answers and scores -----------------------------------------------------------------

    async def record_answer(
        self, quiz: QuizRecord, player: Player, outcome: Outcome, now: datetime
    ) -> AnswerRecord:
        """Log the answer and update the score in one transaction, once per (quiz, user).

        The answer row carries the streak it made (read from the player's score row by key), so
        neither this call nor a later re-render needs a ranking query."""
        stamp = _iso(now)
        correct = int(outcome.correct)

        def work(db: sqlite3.Connection) -> AnswerRecord:
            _upsert_user(db, player, stamp)
            inserted = db.execute(
                "INSERT INTO answers (quiz_id, user_id, scope, question_id, choice, correct,"
                " points, answered_at, game_id, streak) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " CASE WHEN ? = 1 THEN 1 + COALESCE("
                "   (SELECT streak FROM scores WHERE scope = ? AND user_id = ?), 0) ELSE 0 END)"
                " ON CONFLICT (quiz_id, user_id) DO NOTHING RETURNING streak",
                (
                    quiz.id,
                    player.user_id,
                    quiz.scope,
                    quiz.asked.question_id,
                    outcome.choice,
                    correct,
                    outcome.points,
                    stamp,
                    quiz.game_id,
                    correct,
                    quiz.scope,
                    player.user_id,
                ),
            ).fetchone()
            if inserted is None:  # answered before (a redelivered tap): what was recorded
                row = db.execute(
                    "SELECT choice, correct, points, streak FROM answers"
                    " WHERE quiz_id = ? AND user_id = ?",
                    (quiz.id, player.user_id),
                ).fetchone()
                return AnswerRecord(int(row[0]), bool(row[1]), int(row[2]), False, int(row[3]))
            streak = int(inserted[0])
            db.execute(  # score_counts follows by its triggers (schema 13)
                "INSERT INTO scores (scope, user_id, points, answers, correct, streak,"
                " best_streak, last_answer_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"
                " ON CONFLICT (scope, user_id) DO UPDATE SET"
                " points = points + excluded.points,"
                " answers = answers + 1,"
                " correct = correct + excluded.correct,"
                " streak = excluded.streak,"
                " best_streak = MAX(best_streak, excluded.best_streak),"
                " last_answer_at = excluded.last_answer_at",
                (quiz.scope, player.user_id, outcome.points, correct, streak, streak, stamp),
            )
            db.execute(
                "INSERT INTO global_scores (user_id, points, correct) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET points = points + excluded.points,"
                " correct = correct + excluded.correct",
                (player.user_id, outcome.points, correct),
            )
            db.executemany(  # and period_counts by theirs
                "INSERT INTO period_scores (scope, period, user_id, points, correct)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, period, user_id) DO UPDATE SET"
                " points = points + excluded.points, correct = correct + excluded.correct",
                [
                    (quiz.scope, key, player.user_id, outcome.points, correct)
                    for key in period_keys(now, self._zone)
                ],
            )
            if quiz.scope == PRIVATE_SCOPE:  # a timed guess in a group game is no lesson
                _update_review(db, player.user_id, quiz.asked.question_id, outcome, now)
            return AnswerRecord(outcome.choice, outcome.correct, outcome.points, True, streak)

        return await self._in_one_step(work, urgent=True)  # a learner waits for the verdict

    async def player_score(self, scope: int, user_id: int) -> PlayerScore | None:
        rows = list(
            await self._read.execute_fetchall(
                f"{_SCORE_COLUMNS} WHERE s.scope = ? AND s.user_id = ?",
                (scope, user_id),
            )
        )
        row = rows[0] if rows else None
        if row is None:
            return None
        rows = list(
            await self._read.execute_fetchall(
                "SELECT COALESCE(SUM(players), 0) FROM score_counts WHERE scope = ? AND points > ?",
                (scope, row[3]),
            )
        )
        ahead = rows[0] if rows else None
        return _score(row, rank=1 + (int(ahead[0]) if ahead else 0))

    async def top_players(self, scope: int, limit: int = 10) -> list[PlayerScore]:
        """Best first; equal points share a rank (1, 2, 2, 4)."""
        rows = list(
            await self._read.execute_fetchall(
                f"{_SCORE_COLUMNS} WHERE s.scope = ?"
                " ORDER BY s.points DESC, s.correct DESC, s.user_id LIMIT ?",
                (scope, limit),
            )
        )
        found = list(rows)
        ranked: list[PlayerScore] = []
        for position, row in enumerate(found, start=1):
            tied = ranked and ranked[-1].points == row[3]
            ranked.append(_score(row, rank=ranked[-1].rank if tied else position))
        return ranked

    async def user_language(self, user_id: int) -> str | None:
        """The Telegram language last seen for a user, to write to them unprompted."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT language FROM users WHERE user_id = ?", (user_id,)
            )
        )
        row = rows[0] if rows else None
        return None if row is None or row[0] is None else str(row[0])

    async def remember_user(self, player: Player, now: datetime) -> None:
        await self._in_one_step(lambda db: _upsert_user(db, player, _iso(now)))

    # --- admin ------------------------------------------------------------------------------

    async def log_admin_action(
        self, user_id: int, chat_id: int | None, action: str, detail: str, now: datetime
    ) -> None:
        await self._in_one_step(
            lambda db: db.execute(
                "INSERT INTO admin_log (user_id, chat_id, action, detail, at)"
                " VALUES (?, ?, ?, ?, ?)",
                (user_id, chat_id, action, detail, _iso(now)),
            )
        )

    async def admin_log(self, limit: int = 20) -> list[AdminAction]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT l.at, l.user_id, COALESCE(u.first_name, ''), l.action, l.detail"
                " FROM admin_log AS l LEFT JOIN users AS u ON u.user_id = l.user_id"
                " ORDER BY l.id DESC LIMIT ?",
                (limit,),
            )
        )
        return [AdminAction(str(r[0]), int(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]

    async def save_search(self, user_id: int, query: str, now: datetime) -> int:
        async with self._transaction() as db:
            cursor = await db.execute(
                "INSERT INTO searches (user_id, query, created_at) VALUES (?, ?, ?)",
                (user_id, query, _iso(now)),
            )
            search_id = cursor.lastrowid
        assert search_id is not None
        return search_id

    async def get_search(self, search_id: int, user_id: int) -> str | None:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT query FROM searches WHERE id = ? AND user_id = ?", (search_id, user_id)
            )
        )
        row = rows[0] if rows else None
        return None if row is None else str(row[0])

    async def question_stats(self, question_id: str) -> QuestionStats:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT COUNT(*) FROM quizzes WHERE question_id = ?", (question_id,)
            )
        )
        asked = rows[0] if rows else None
        answers = correct = 0
        picks: dict[str, int] = {}
        rows = list(
            await self._read.execute_fetchall(
                "SELECT q.asked, w.body, q.shown, a.choice, a.correct FROM answers AS a"
                " JOIN quizzes AS q ON q.id = a.quiz_id"
                " LEFT JOIN wordings AS w ON w.id = q.wording_id WHERE a.question_id = ?",
                (question_id,),
            )
        )
        for own, body, order, choice, is_correct in rows:
            answers += 1
            if is_correct:
                correct += 1
                continue
            shown = _asked(own, body, order).choices
            text = shown[choice] if 0 <= choice < len(shown) else "?"
            picks[text] = picks.get(text, 0) + 1
        return QuestionStats(int(asked[0]) if asked else 0, answers, correct, picks)

    async def overview(self, now: datetime) -> Overview:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        week = day - timedelta(days=day.weekday())
        rows = list(
            await self._read.execute_fetchall(
                "SELECT COUNT(DISTINCT user_id), COUNT(*),"
                " SUM(answered_at >= ?), SUM(answered_at >= ?) FROM answers",
                (_iso(day), _iso(week)),
            )
        )
        row = rows[0] if rows else None
        assert row is not None
        rows = list(
            await self._read.execute_fetchall(
                "SELECT question_id, COUNT(*), SUM(correct) FROM answers GROUP BY question_id"
            )
        )
        per_question = [QuestionResult(str(q), int(n), int(c)) for q, n, c in rows]
        return Overview(
            players=int(row[0]),
            answers_total=int(row[1]),
            answers_today=int(row[2] or 0),
            answers_week=int(row[3] or 0),
            per_question=per_question,
        )

    async def save_draft(self, user_id: int, data: str, now: datetime) -> None:
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO drafts (user_id, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET data = excluded.data,"
                " updated_at = excluded.updated_at",
                (user_id, data, _iso(now)),
            )

    async def load_draft(self, user_id: int) -> str | None:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT data FROM drafts WHERE user_id = ?", (user_id,)
            )
        )
        row = rows[0] if rows else None
        return None if row is None else str(row[0])

    async def drop_draft(self, user_id: int) -> None:
        async with self._transaction() as db:
            await db.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))

    async def prune_periods(self, now: datetime) -> int:
        """Weeks and months older than PERIOD_BACKFILL_DAYS: no board shows them again (/top
        reads the current week and month), so their rows and histograms go. How many went."""
        week, month = period_keys(now - timedelta(days=PERIOD_BACKFILL_DAYS), self._zone)
        removed = 0
        async with self._transaction() as db:
            # the histograms name every board in a few rows; a board's rows are then found by
            # the index (scope, period …), where a test on the period alone reads them all
            stale = await db.execute_fetchall(
                "SELECT DISTINCT scope, period FROM period_counts"
                " WHERE (period LIKE 'w%' AND period < ?) OR (period LIKE 'm%' AND period < ?)",
                (week, month),
            )
            for scope, period in stale:
                cursor = await db.execute(
                    "DELETE FROM period_scores WHERE scope = ? AND period = ?", (scope, period)
                )
                removed += cursor.rowcount
                await db.execute(
                    "DELETE FROM period_counts WHERE scope = ? AND period = ?", (scope, period)
                )
        return removed

    async def reset_scores(self, scope: int) -> int:
        """Clear a leaderboard; the answers log stays, as the record of what happened."""
        async with self._transaction() as db:
            await db.execute(
                "UPDATE global_scores SET points = global_scores.points - s.points,"
                " correct = global_scores.correct - s.correct FROM scores AS s"
                " WHERE s.scope = ? AND s.user_id = global_scores.user_id",
                (scope,),
            )
            await db.execute("DELETE FROM global_scores WHERE points = 0 AND correct = 0")
            cursor = await db.execute("DELETE FROM scores WHERE scope = ?", (scope,))
            await db.execute("DELETE FROM score_counts WHERE scope = ?", (scope,))
            await db.execute("DELETE FROM period_scores WHERE scope = ?", (scope,))
            await db.execute("DELETE FROM period_counts WHERE scope = ?", (scope,))
            return cursor.rowcount

    async def export_scores(self) -> list[tuple[object, ...]]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT s.scope, s.user_id, COALESCE(u.first_name, ''), COALESCE(u.username, ''),"
                " s.points, s.answers, s.correct, s.streak, s.best_streak, s.last_answer_at"
                " FROM scores AS s LEFT JOIN users AS u ON u.user_id = s.user_id"
                " ORDER BY s.scope, s.points DESC, s.user_id"
            )
        )
        return [tuple(r) for r in rows]

    async def export_answers(self) -> list[tuple[object, ...]]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT a.answered_at, a.scope, a.user_id, COALESCE(u.first_name, ''),"
                " a.question_id, a.choice, a.correct, a.points FROM answers AS a"
                " LEFT JOIN users AS u ON u.user_id = a.user_id ORDER BY a.id"
            )
        )
        return [tuple(r) for r in rows]

    async def count_players(self, scope: int) -> int:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT COUNT(*) FROM scores WHERE scope = ?", (scope,)
            )
        )
        row = rows[0] if rows else None
        return int(row[0]) if row else 0

    # --- games in groups --------------------------------------------------------------------

    async def create_game(
        self,
        *,
        origin: str,
        chat_id: int,
        started_by: int,
        question_ids: list[str],
        seconds: int,
        tag: str | None,
        now: datetime,
    ) -> tuple[Game | None, bool]:
        """A new running game, or (the running game, False) when the chat already has one:
        one game per chat at a time, enforced by the schema. A redelivered /game finds the game
        it started."""
        async with self._transaction() as db:
            async with db.execute(
                f"{_GAME_COLUMNS} WHERE origin = ? OR (chat_id = ? AND status = 'running')"
                " ORDER BY origin = ? DESC LIMIT 1",
                (origin, chat_id, origin),
            ) as rows:
                found = await rows.fetchone()
            if found is not None:
                return _game(found), False
            cursor = await db.execute(
                "INSERT INTO games (origin, chat_id, started_by, question_ids, seconds, tag,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (origin, chat_id, started_by, json.dumps(question_ids), seconds, tag, _iso(now)),
            )
            game_id = cursor.lastrowid
            async with db.execute(f"{_GAME_COLUMNS} WHERE id = ?", (game_id,)) as rows:
                row = await rows.fetchone()
        assert row is not None
        return _game(row), True

    async def get_game(self, game_id: int) -> Game | None:
        rows = list(await self._read.execute_fetchall(f"{_GAME_COLUMNS} WHERE id = ?", (game_id,)))
        row = rows[0] if rows else None
        return _game(row) if row else None

    async def running_game(self, chat_id: int) -> Game | None:
        rows = list(
            await self._read.execute_fetchall(
                f"{_GAME_COLUMNS} WHERE chat_id = ? AND status = 'running'", (chat_id,)
            )
        )
        row = rows[0] if rows else None
        return _game(row) if row else None

    async def running_games(self) -> list[Game]:
        rows = list(await self._read.execute_fetchall(f"{_GAME_COLUMNS} WHERE status = 'running'"))
        return [_game(row) for row in rows]

    async def game_quiz(self, game_id: int, position: int) -> QuizRecord | None:
        rows = list(
            await self._read.execute_fetchall(
                f"{_QUIZ_COLUMNS} WHERE q.game_id = ? AND q.position = ?", (game_id, position)
            )
        )
        row = rows[0] if rows else None
        return _quiz(row) if row else None

    async def advance_game(self, game_id: int, from_position: int) -> bool:
        """Move a running game to its next question; True only for the caller that did."""
        async with self._transaction() as db:
            cursor = await db.execute(
                "UPDATE games SET position = position + 1"
                " WHERE id = ? AND position = ? AND status = 'running'",
                (game_id, from_position),
            )
            return cursor.rowcount == 1

    async def finish_game(self, game_id: int, now: datetime) -> list[QuizRecord]:
        """End a game (its last question done, or /stop) and close its open questions, in one
        step: no vote counts after the results. Returns the questions it closed (their polls
        are still to be stopped on Telegram); None when the game had ended already."""
        async with self._transaction() as db:
            cursor = await db.execute(
                "UPDATE games SET status = 'finished', finished_at = ?"
                " WHERE id = ? AND status = 'running'",
                (_iso(now), game_id),
            )
            if cursor.rowcount != 1:
                raise GameOver(game_id)
            async with db.execute(
                f"{_QUIZ_COLUMNS} WHERE q.game_id = ? AND q.closed_at IS NULL", (game_id,)
            ) as rows:
                still_open = [_quiz(row) for row in await rows.fetchall()]
            await db.execute(
                "UPDATE quizzes SET closed_at = ? WHERE game_id = ? AND closed_at IS NULL",
                (_iso(now), game_id),
            )
        return still_open

    async def game_answers(self, game_id: int, position: int) -> tuple[set[int], set[int]]:
        """(players who answered an earlier question of the game, those who answered this one)."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT a.user_id, MAX(q.position = ?), MAX(q.position < ?) FROM answers AS a"
                " JOIN quizzes AS q ON q.id = a.quiz_id WHERE a.game_id = ? GROUP BY a.user_id",
                (position, position, game_id),
            )
        )
        found = [(int(user), bool(now), bool(before)) for user, now, before in rows]
        return {u for u, _, before in found if before}, {u for u, now, _ in found if now}

    async def game_results(self, game_id: int) -> list[GameLine]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT a.user_id, COALESCE(u.first_name, ''), u.username, SUM(a.points),"
                " SUM(a.correct) FROM answers AS a LEFT JOIN users AS u ON u.user_id = a.user_id"
                " WHERE a.game_id = ? GROUP BY a.user_id",
                (game_id,),
            )
        )
        return [_game_line(row) for row in rows]

    async def played_in_chat(self, chat_id: int) -> dict[str, int]:
        """How often each question was asked in a chat, so games favour fresh ones."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT question_id, COUNT(*) FROM quizzes WHERE chat_id = ? GROUP BY question_id",
                (chat_id,),
            )
        )
        return {str(qid): int(n) for qid, n in rows}

    # --- leaderboards by period, global board, players' choices -----------------------------

    async def top_period(
        self, scope: int, period: str, now: datetime, limit: int = 10
    ) -> list[GameLine]:
        """Points earned on a board this calendar week or month ('week', 'month')."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT p.user_id, COALESCE(u.first_name, ''), u.username, p.points, p.correct"
                " FROM period_scores AS p LEFT JOIN users AS u ON u.user_id = p.user_id"
                " WHERE p.scope = ? AND p.period = ?"
                " ORDER BY p.points DESC, p.correct DESC, p.user_id LIMIT ?",
                (scope, self._period_key(period, now), limit),
            )
        )
        return [_game_line(row) for row in rows]

    def _period_key(self, period: str, now: datetime) -> str:
        """'week' or 'month': the key of the one `now` falls in."""
        week, month = period_keys(now, self._zone)
        return week if period == "week" else month

    async def period_rank(
        self, scope: int, period: str, user_id: int, now: datetime
    ) -> tuple[int, GameLine] | None:
        """A player's rank and line on this week's or month's board; None if not on it."""
        key = self._period_key(period, now)
        rows = list(
            await self._read.execute_fetchall(
                "SELECT p.user_id, COALESCE(u.first_name, ''), u.username, p.points, p.correct,"
                " (SELECT COALESCE(SUM(players), 0) FROM period_counts AS c"
                "  WHERE c.scope = p.scope AND c.period = p.period AND c.points > p.points)"
                " FROM period_scores AS p LEFT JOIN users AS u ON u.user_id = p.user_id"
                " WHERE p.scope = ? AND p.period = ? AND p.user_id = ?",
                (scope, key, user_id),
            )
        )
        if not rows:
            return None
        row = rows[0]
        return 1 + int(row[5]), _game_line(row[:5])

    async def top_global(self, limit: int = 10) -> list[GameLine]:
        """Everyone's points in every chat and in private play; hidden players left out."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT g.user_id, COALESCE(u.first_name, ''), u.username, g.points, g.correct"
                " FROM global_scores AS g LEFT JOIN users AS u ON u.user_id = g.user_id"
                " WHERE COALESCE(u.hidden, 0) = 0"
                " ORDER BY g.points DESC, g.correct DESC, g.user_id LIMIT ?",
                (limit,),
            )
        )
        return [_game_line(row) for row in rows]

    async def toggle_hidden(self, player: Player, now: datetime) -> bool:
        """Hide a player from the global board, or show them again; returns hidden or not."""

        def work(db: sqlite3.Connection) -> Any:
            _upsert_user(db, player, _iso(now))
            return db.execute(
                "UPDATE users SET hidden = 1 - hidden WHERE user_id = ? RETURNING hidden",
                (player.user_id,),
            ).fetchone()

        row = await self._in_one_step(work)
        return bool(row and row[0])

    async def set_mode(self, player: Player, mode: str, now: datetime) -> None:
        def work(db: sqlite3.Connection) -> None:
            _upsert_user(db, player, _iso(now))
            db.execute("UPDATE users SET mode = ? WHERE user_id = ?", (mode, player.user_id))

        await self._in_one_step(work)

    async def greet_once(self, chat_id: int, now: datetime) -> bool:
        """True the first time only: a group is greeted once, redeliveries included."""
        async with self._transaction() as db:
            cursor = await db.execute(
                "INSERT INTO chats (chat_id, greeted_at) VALUES (?, ?)"
                " ON CONFLICT (chat_id) DO NOTHING",
                (chat_id, _iso(now)),
            )
            return cursor.rowcount == 1

    async def migrate_chat(self, old_chat_id: int, new_chat_id: int, now: datetime) -> None:
        """A group became a supergroup under a new id: its board, history and game follow.
        Rows the new id already has (the bot was used there meanwhile) are merged, not lost."""
        old, new = old_chat_id, new_chat_id
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO scores (scope, user_id, points, answers, correct, streak,"
                " best_streak, last_answer_at) SELECT ?, user_id, points, answers, correct,"
                " streak, best_streak, last_answer_at FROM scores WHERE scope = ? AND true"
                " ON CONFLICT (scope, user_id) DO UPDATE SET"
                " points = points + excluded.points, answers = answers + excluded.answers,"
                " correct = correct + excluded.correct,"
                " best_streak = MAX(best_streak, excluded.best_streak),"
                " last_answer_at = MAX(last_answer_at, excluded.last_answer_at)",
                (new, old),
            )
            await db.execute("DELETE FROM scores WHERE scope = ?", (old,))
            await db.execute(
                "INSERT INTO period_scores (scope, period, user_id, points, correct)"
                " SELECT ?, period, user_id, points, correct FROM period_scores"
                " WHERE scope = ? AND true ON CONFLICT (scope, period, user_id) DO UPDATE SET"
                " points = points + excluded.points, correct = correct + excluded.correct",
                (new, old),
            )
            await db.execute("DELETE FROM period_scores WHERE scope = ?", (old,))
            # the new board's histograms followed its rows by their triggers; the old goes
            await db.execute("DELETE FROM period_counts WHERE scope = ?", (old,))
            await db.execute("DELETE FROM score_counts WHERE scope = ?", (old,))
            # one running game per chat: if both have one, the old chat's ends here
            await db.execute(
                "UPDATE games SET status = 'finished', finished_at = ? WHERE chat_id = ?"
                " AND status = 'running' AND EXISTS (SELECT 1 FROM games"
                " WHERE chat_id = ? AND status = 'running')",
                (_iso(now), old, new),
            )
            for statement in (
                "UPDATE answers SET scope = ? WHERE scope = ?",
                "UPDATE quizzes SET scope = ? WHERE scope = ?",
                "UPDATE quizzes SET chat_id = ? WHERE chat_id = ?",
                "UPDATE games SET chat_id = ? WHERE chat_id = ?",
                "UPDATE OR IGNORE chats SET chat_id = ? WHERE chat_id = ?",
            ):
                await db.execute(statement, (new, old))

    # --- learning: reviews, typed answers, passages, learners' settings ---------------------

    async def reviews(self, user_id: int) -> dict[str, ReviewState]:
        rows = list(
            await self._read.execute_fetchall(f"{_REVIEW_COLUMNS} WHERE user_id = ?", (user_id,))
        )
        return dict([_review(row) for row in rows])

    async def due_reviews(self, user_id: int, now: datetime) -> list[str]:
        """Questions due for review, the longest overdue first."""
        rows = list(await self._read.execute_fetchall(_DUE_REVIEWS, (user_id, _iso(now))))
        return [str(row[0]) for row in rows]

    async def next_due(self, user_id: int, now: datetime) -> datetime | None:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT MIN(due_at) FROM reviews WHERE user_id = ? AND due_at > ?",
                (user_id, _iso(now)),
            )
        )
        row = rows[0] if rows else None
        return None if row is None or row[0] is None else datetime.fromisoformat(str(row[0]))

    async def open_typed_quiz(
        self, chat_id: int, user_id: int, since: datetime
    ) -> QuizRecord | None:
        """The typed question a message from this learner answers: their newest question in
        this chat (any kind), if it is typed, unanswered and asked since `since`. An older
        one, or one followed by another question, never catches an unrelated message."""
        rows = list(
            await self._read.execute_fetchall(
                f"{_QUIZ_COLUMNS} WHERE q.chat_id = ? AND q.user_id = ? ORDER BY q.id DESC LIMIT 1",
                (chat_id, user_id),
            )
        )
        row = rows[0] if rows else None
        quiz = _quiz(row) if row else None
        if quiz is None or quiz.kind != "typed" or quiz.closed:
            return None
        rows = list(
            await self._read.execute_fetchall(
                "SELECT created_at >= ?, EXISTS (SELECT 1 FROM answers WHERE quiz_id = ?)"
                " FROM quizzes WHERE id = ?",
                (_iso(since), quiz.id, quiz.id),
            )
        )
        recent, answered = (rows[0] if rows else None) or (0, 1)
        return quiz if recent and not answered else None

    async def has_passage(self, passage_id: str) -> bool:
        return await self._reading(lambda db: _passage_stored(db, passage_id))

    async def note_attempt(self, quiz_id: int, message_id: int) -> bool:
        """A near miss: one more try. False when this message was counted already (a
        redelivery), so a repeated message never uses up the learner's try."""
        async with self._transaction() as db:
            cursor = await db.execute(
                "UPDATE quizzes SET attempts = attempts + 1, last_message_id = ?"
                " WHERE id = ? AND (last_message_id IS NULL OR last_message_id < ?)",
                (message_id, quiz_id, message_id),
            )
            return cursor.rowcount == 1

    async def quiz_attempts(self, quiz_id: int) -> tuple[int, int | None]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT attempts, last_message_id FROM quizzes WHERE id = ?", (quiz_id,)
            )
        )
        row = rows[0] if rows else None
        return (0, None) if row is None else (int(row[0]), _int_or_none(row[1]))

    async def save_passage(self, passage_id: str, text: str, now: datetime) -> None:
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO passages (passage_id, text, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (passage_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                (passage_id, text, _iso(now)),
            )

    async def passage_text(self, passage_id: str) -> str | None:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT text FROM passages WHERE passage_id = ?", (passage_id,)
            )
        )
        row = rows[0] if rows else None
        return None if row is None else str(row[0])

    async def passage_ids(self) -> list[str]:
        rows = list(
            await self._read.execute_fetchall("SELECT passage_id FROM passages ORDER BY passage_id")
        )
        return [str(row[0]) for row in rows]

    async def set_language(self, player: Player, language: str | None, now: datetime) -> None:
        def work(db: sqlite3.Connection) -> None:
            _upsert_user(db, player, _iso(now))
            db.execute("UPDATE users SET lang = ? WHERE user_id = ?", (language, player.user_id))

        await self._in_one_step(work)

    async def languages(self) -> dict[int, str]:
        """Every learner's chosen interface language (/lang), loaded once at start-up."""
        rows = list(
            await self._read.execute_fetchall(
                "SELECT user_id, lang FROM users WHERE lang IS NOT NULL"
            )
        )
        return {int(user): str(lang) for user, lang in rows}

    async def set_reminder(self, player: Player, at: str | None, now: datetime) -> None:
        def work(db: sqlite3.Connection) -> None:
            _upsert_user(db, player, _iso(now))
            db.execute("UPDATE users SET remind_at = ? WHERE user_id = ?", (at, player.user_id))

        await self._in_one_step(work)

    async def set_blocked(self, user_id: int, blocked: bool) -> None:
        async with self._transaction() as db:
            await db.execute(
                "INSERT INTO users (user_id, first_name, updated_at, blocked) VALUES (?, '', ?, ?)"
                " ON CONFLICT (user_id) DO UPDATE SET blocked = excluded.blocked",
                (user_id, _iso(datetime.now(UTC)), int(blocked)),
            )

    async def blocked_users(self) -> set[int]:
        rows = list(
            await self._read.execute_fetchall("SELECT user_id FROM users WHERE blocked = 1")
        )
        return {int(row[0]) for row in rows}

    async def stop_reminder(self, user_id: int) -> None:
        """A learner who blocked the bot: no more reminders until they set one again."""
        async with self._transaction() as db:
            await db.execute("UPDATE users SET remind_at = NULL WHERE user_id = ?", (user_id,))

    async def reminders(self) -> dict[int, str]:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT user_id, remind_at FROM users WHERE remind_at IS NOT NULL"
            )
        )
        return {int(user): str(at) for user, at in rows}

    async def count_due(self, user_id: int, now: datetime) -> int:
        rows = list(
            await self._read.execute_fetchall(
                "SELECT COUNT(*) FROM reviews WHERE user_id = ? AND due_at <= ?",
                (user_id, _iso(now)),
            )
        )
        row = rows[0] if rows else None
        return int(row[0]) if row else 0


_QUIZ_COLUMNS = (
    "SELECT q.id, q.chat_id, q.scope, q.user_id, q.asked, w.body, q.shown, q.message_id, q.kind,"
    " q.poll_id, q.game_id, q.position, q.seconds, q.sent_at, q.closed_at"
    " FROM quizzes AS q LEFT JOIN wordings AS w ON w.id = q.wording_id"
)
_DUE_REVIEWS = "SELECT question_id FROM reviews WHERE user_id = ? AND due_at <= ? ORDER BY due_at"
_SCORE_COLUMNS = (
    "SELECT s.user_id, COALESCE(u.first_name, ''), u.username, s.points, s.answers, s.correct,"
    " s.streak, s.best_streak FROM scores AS s LEFT JOIN users AS u ON u.user_id = s.user_id"
)


def canonical_wording(asked: AskedQuestion) -> tuple[str, str]:
    """The snapshot with its choices in one fixed order (sorted), and the order they were
    shown in ('2,0,3,1': positions in that fixed order): every learner shown a wording in any
    order shares one stored body."""
    order = sorted(range(len(asked.choices)), key=lambda i: (asked.choices[i], i))
    fixed = replace(
        asked,
        choices=tuple(asked.choices[i] for i in order),
        correct=order.index(asked.correct),
    )
    shown = ",".join(str(order.index(position)) for position in range(len(asked.choices)))
    return fixed.to_json(), shown


def _asked(own: object, body: object, shown: object) -> AskedQuestion:
    """A quiz's snapshot: its own (quizzes before schema 9), or the shared wording reordered."""
    if body is None:
        return AskedQuestion.from_json(str(own))
    return _shared_wording(str(body), str(shown))


@lru_cache(maxsize=1024)
def _shared_wording(body: str, shown: str) -> AskedQuestion:
    """Kept (snapshots never change): a tap reads its quiz soon after it was sent, and parsing
    the wording again was most of that read's CPU (bench/RESULTS.md, taps)."""
    fixed = AskedQuestion.from_json(body)
    positions = [int(part) for part in shown.split(",")]
    return replace(
        fixed,
        choices=tuple(fixed.choices[p] for p in positions),
        correct=positions.index(fixed.correct),
    )


def _quiz(row: sqlite3.Row | tuple[object, ...]) -> QuizRecord:
    (
        quiz_id, chat_id, scope, user_id, asked, body, shown, message_id, kind, poll_id, game_id,
        position, seconds, sent_at, closed_at,
    ) = tuple(row)  # fmt: skip
    return QuizRecord(
        id=int(quiz_id),
        chat_id=int(chat_id),
        scope=int(scope),
        user_id=_int_or_none(user_id),
        asked=_asked(asked, body, shown),
        message_id=_int_or_none(message_id),
        kind=str(kind),
        poll_id=None if poll_id is None else str(poll_id),
        game_id=_int_or_none(game_id),
        position=_int_or_none(position),
        seconds=_int_or_none(seconds),
        sent_at=None if sent_at is None else datetime.fromisoformat(str(sent_at)),
        closed=closed_at is not None,
    )


def _quiz_by_id(db: sqlite3.Connection, quiz_id: int) -> QuizRecord | None:
    row = db.execute(f"{_QUIZ_COLUMNS} WHERE q.id = ?", (quiz_id,)).fetchone()
    return _quiz(row) if row else None


def _passage_stored(db: sqlite3.Connection, passage_id: str) -> bool:
    return (
        db.execute("SELECT 1 FROM passages WHERE passage_id = ?", (passage_id,)).fetchone()
        is not None
    )


def _game_line(row: sqlite3.Row | tuple[object, ...]) -> GameLine:
    user_id, first_name, username, points, correct = tuple(row)
    return GameLine(
        user_id=int(str(user_id)),
        first_name=str(first_name),
        username=None if username is None else str(username),
        points=int(str(points)),
        correct=int(str(correct)),
    )


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(str(value))


def _game(row: sqlite3.Row | tuple[object, ...]) -> Game:
    game_id, origin, chat_id, started_by, question_ids, seconds, tag, position, status = tuple(row)
    return Game(
        id=int(game_id),
        origin=str(origin),
        chat_id=int(chat_id),
        started_by=int(started_by),
        question_ids=tuple(json.loads(str(question_ids))),
        seconds=int(seconds),
        tag=None if tag is None else str(tag),
        position=int(position),
        running=status == "running",
    )


_GAME_COLUMNS = (
    "SELECT id, origin, chat_id, started_by, question_ids, seconds, tag, position, status"
    " FROM games"
)


def _score(row: sqlite3.Row | tuple[object, ...], *, rank: int) -> PlayerScore:
    user_id, first_name, username, points, answers, correct, streak, best = tuple(row)
    return PlayerScore(
        user_id=int(user_id),
        first_name=str(first_name),
        username=None if username is None else str(username),
        points=int(points),
        answers=int(answers),
        correct=int(correct),
        streak=int(streak),
        best_streak=int(best),
        rank=rank,
    )


def _upsert_user(db: sqlite3.Connection, player: Player, stamp: str) -> None:
    """Written only when something changed: most answers come from a player already known."""
    db.execute(
        "INSERT INTO users (user_id, first_name, username, language, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
        " first_name = excluded.first_name, username = excluded.username,"
        " language = excluded.language, updated_at = excluded.updated_at"
        " WHERE users.first_name IS NOT excluded.first_name"
        " OR users.username IS NOT excluded.username"
        " OR users.language IS NOT excluded.language",
        (player.user_id, player.first_name, player.username, player.language, stamp),
    )


def _update_review(
    db: sqlite3.Connection, user_id: int, question_id: str, outcome: Outcome, now: datetime
) -> None:
    row = db.execute(
        f"{_REVIEW_COLUMNS} WHERE user_id = ? AND question_id = ?", (user_id, question_id)
    ).fetchone()
    state = review_after(_review(row)[1] if row else None, outcome.correct, now)
    db.execute(
        "INSERT INTO reviews (user_id, question_id, box, due_at, streak, last_right_at, wrong)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, question_id) DO UPDATE SET"
        " box = excluded.box, due_at = excluded.due_at, streak = excluded.streak,"
        " last_right_at = excluded.last_right_at, wrong = excluded.wrong",
        (
            user_id,
            question_id,
            state.box,
            _iso(state.due_at),
            state.streak,
            None if state.last_right_at is None else _iso(state.last_right_at),
            state.wrong,
        ),
    )


_REVIEW_COLUMNS = "SELECT question_id, box, due_at, streak, last_right_at, wrong FROM reviews"


def _review(row: sqlite3.Row | tuple[object, ...]) -> tuple[str, ReviewState]:
    question_id, box, due_at, streak, last_right_at, wrong = tuple(row)
    return str(question_id), ReviewState(
        box=int(str(box)),
        due_at=datetime.fromisoformat(str(due_at)),
        streak=int(str(streak)),
        last_right_at=None if last_right_at is None else datetime.fromisoformat(str(last_right_at)),
        wrong=int(str(wrong)),
    )


async def _check_version(db: aiosqlite.Connection) -> None:
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    found = int(row[0]) if row else 0
    if found > SCHEMA_VERSION:
        raise StoreVersionError(
            f"the database is at schema version {found}, but this bot only knows up to "
            f"{SCHEMA_VERSION}: upgrade the bot (or point QUIZBOT_DB at another file)"
        )


def _statements(script: str) -> list[str]:
    """A migration's statements, one by one; a trigger's body (up to its END) is one."""
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip())
    return statements
