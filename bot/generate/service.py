"""Drafting questions for the bot, in a worker process of its own.

spaCy's parsing is CPU work that holds the interpreter lock: in a thread it would stall every
learner's update for seconds. One worker process, started on the first request and kept warm,
loads the French model once; later drafts take well under a second.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class GeneratedDraft:
    text: str  # the draft question file
    kept: int  # questions in it
    facts: int  # facts found in the passage
    worker_pid: int


class GeneratorService:
    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    async def draft(self, text: str, name: str, title: str, now: datetime) -> GeneratedDraft:
        """Raises GeneratorUnavailable when spaCy or the model is not installed."""
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(
                self._executor(), draft_in_worker, text, name, title, now
            )
        except BrokenProcessPool:
            self._discard()  # the worker died (out of memory, killed): start afresh next time
            raise

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # "spawn": forking a process that runs threads (SQLite, the watcher) is unsafe
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def _discard(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.to_thread(pool.shutdown, True, cancel_futures=True)


def draft_in_worker(text: str, name: str, title: str, now: datetime) -> GeneratedDraft:
    """Runs in the worker: the pipeline is loaded on the first call and cached there."""
    from bot.generate import generate, load_pipeline
    from bot.generate.draft import draft_text
    from bot.generate.pipeline import DEFAULT_MODEL

    generation = generate(text, nlp=load_pipeline())
    draft = draft_text(
        generation, passage_id=name, title=generation.title or title, source="Telegram", seed=0,
        model=DEFAULT_MODEL, now=now,
    )  # fmt: skip
    return GeneratedDraft(draft, len(generation.candidates), len(generation.mentions), os.getpid())
