"""Fixtures: the real Application wired to the fake Bot API, on a temporary database."""

from __future__ import annotations

import random
import textwrap
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import QuizApp
from tests.fakes import TOKEN, FakeBotAPI, FakeRequest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_QUESTIONS = ROOT / "questions"
ADMIN_ID = 999

SMALL_SET = textwrap.dedent(
    """\
    passage: test-passage
    title: Un texte <court> & simple
    title_en: A short & simple text
    questions:
      - id: q-year
        paragraph: 1
        difficulty: 2
        tags: [dates]
        question: En quelle année <b>a</b> eu lieu l'événement ?
        choices: ["1923", "1917", "1933"]
        answer: "1923"
        explanation: "C'était en 1923 : a < b & c > d."
        en:
          question: In which year did the event happen?
          choices: ["1923", "1917", "1933"]
          explanation: It was in 1923.
      - id: q-who
        paragraph: 2
        difficulty: 1
        question: Qui l'a fondé ?
        choices: [Trotsky, Staline]
        answer: Trotsky
        explanation: Trotsky l'a fondé.
      - id: q-what
        paragraph: 3
        difficulty: 3
        question: Quelle organisation ?
        choices: [Le Comintern, La SDN, L'ONU, L'OTAN]
        answer: Le Comintern
        explanation: Le Comintern.
    """
)


class Clock:
    """A clock the tests move by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def api() -> FakeBotAPI:
    return FakeBotAPI()


@pytest.fixture
def questions_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "questions"
    folder.mkdir()
    (folder / "small.yaml").write_text(SMALL_SET, encoding="utf-8")
    return folder


@pytest.fixture
def settings(tmp_path: Path, questions_dir: Path) -> Settings:
    return Settings(
        token=TOKEN,
        db_path=tmp_path / "quiz.db",
        questions_dir=questions_dir,
        admins=frozenset({ADMIN_ID}),
        watch_questions=False,  # the reload tests turn it on
    )


@asynccontextmanager
async def running(
    settings: Settings,
    api: FakeBotAPI,
    seed: int = 1,
    clock: Callable[[], datetime] | None = None,
) -> AsyncIterator[QuizApp]:
    """The real Application with its handlers, on the fake transport: post_init, the job
    queue (timers) and post_shutdown run as in production; updates are handed over by tests
    (and benchmarks, which pass the real clock)."""
    application = build_application(
        settings,
        request=FakeRequest(api),
        get_updates_request=FakeRequest(api),
        rng=random.Random(seed),
        clock=clock or Clock(),
    )
    async with application:
        assert application.post_init is not None and application.post_shutdown is not None
        assert application.job_queue is not None
        await application.post_init(application)
        await application.job_queue.start()
        try:
            yield application
        finally:
            await application.job_queue.stop()
            await application.post_shutdown(application)


@pytest.fixture
async def app(settings: Settings, api: FakeBotAPI) -> AsyncIterator[QuizApp]:
    async with running(settings, api) as application:
        yield application


async def deliver(app: QuizApp, update: dict[str, Any]) -> None:
    """Hand one Telegram update to the bot, as the polling loop would."""
    await app.process_update(Update.de_json(update, app.bot))
