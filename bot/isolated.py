"""Parsing an uploaded question file in a worker process, with a memory and a time limit.

An admin's upload is untrusted bytes: a crafted YAML file can cost gigabytes and minutes to
build and validate. Here it never runs in the bot's own process: the worker's address space is
capped (RLIMIT_AS), the parse is given a deadline, and a worker that overruns either is ended
and replaced. The result (questions or errors) comes back; the bot keeps serving meanwhile.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot.questions import FileReport, QuestionError, parse_question_file

MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024
TIME_LIMIT_SECONDS = 20.0


def limit_memory(limit: int) -> None:
    """In a worker process: a parse that needs more fails with MemoryError, not the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


class IsolatedParser:
    def __init__(
        self, memory_limit: int = MEMORY_LIMIT_BYTES, time_limit: float = TIME_LIMIT_SECONDS
    ) -> None:
        self.memory_limit = memory_limit
        self.time_limit = time_limit
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=limit_memory,
                initargs=(self.memory_limit,),
            )
        return self._pool

    async def parse(self, text: str, name: str) -> FileReport:
        """The file's report; a refusal (one error) when it overruns a limit."""
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor(), parse_question_file, text, name)
        try:
            return await asyncio.wait_for(future, self.time_limit)
        except TimeoutError:
            self._discard()
            return _refused(name, f"checking it took over {self.time_limit:.0f} s")
        except (BrokenProcessPool, MemoryError):
            self._discard()
            limit = self.memory_limit // (1024 * 1024)
            return _refused(name, f"checking it needed over {limit} MB of memory")

    def _discard(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()  # a runaway parse does not get to finish
            pool.shutdown(wait=False, cancel_futures=True)

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await asyncio.to_thread(pool.shutdown, True, cancel_futures=True)


def _refused(name: str, why: str) -> FileReport:
    from pathlib import Path

    return FileReport(Path(name), name, (), (QuestionError(name, "", "", f"refused: {why}"),))
