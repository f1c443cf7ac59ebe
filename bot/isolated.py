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
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


class IsolatedParser:
    """A fresh worker for each file: its clock starts with its own parse (never while another
    upload is being checked), and a runaway is ended without touching anything else."""

    def __init__(
        self, memory_limit: int = MEMORY_LIMIT_BYTES, time_limit: float = TIME_LIMIT_SECONDS
    ) -> None:
        self.memory_limit = memory_limit
        self.time_limit = time_limit
        self._pools: set[ProcessPoolExecutor] = set()

    async def parse(self, text: str, name: str) -> FileReport:
        """The file's report; a refusal (one error) when it overruns a limit."""
        pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=limit_memory,
            initargs=(self.memory_limit,),
        )
        self._pools.add(pool)
        loop = asyncio.get_running_loop()
        try:
            future = loop.run_in_executor(pool, parse_question_file, text, name)
            return await asyncio.wait_for(future, self.time_limit)
        except TimeoutError:
            return _refused(name, f"checking it took over {self.time_limit:.0f} s")
        except MemoryError:
            limit = self.memory_limit // (1024 * 1024)
            return _refused(name, f"checking it needed over {limit} MB of memory")
        except BrokenProcessPool:
            return _refused(name, "the worker checking it died (memory limit?)")
        finally:
            self._pools.discard(pool)
            _end(pool)

    async def close(self) -> None:
        for pool in list(self._pools):
            _end(pool)
        self._pools.clear()


def _end(pool: ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        if process.is_alive():
            process.kill()  # a runaway parse does not get to finish
    pool.shutdown(wait=False, cancel_futures=True)


def _refused(name: str, why: str) -> FileReport:
    from pathlib import Path

    return FileReport(Path(name), name, (), (QuestionError(name, "", "", f"refused: {why}"),))
