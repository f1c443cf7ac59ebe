"""Reloading question files while the bot runs.

A reload parses everything first (off the event loop, re-reading only files that changed),
then builds a whole new bank and swaps it in one assignment. A broken file never replaces its
last good version; a folder emptied by mistake never empties the bank.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.bank_cache import BankCache
from bot.isolated import MEMORY_LIMIT_BYTES, limit_memory
from bot.questions import FileReport, QuestionBank, QuestionError, load_file, question_files

_Signature = tuple[int, int, int]  # mtime_ns, size, inode


@dataclass(frozen=True)
class ReloadReport:
    bank: QuestionBank
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    errors: tuple[QuestionError, ...] = ()
    kept_files: tuple[str, ...] = ()  # broken now, their previous version still serves
    skipped_files: tuple[str, ...] = ()  # broken and never valid: nothing from them serves
    kept_everything: bool = False  # nothing usable on disk: the previous bank stays whole
    reparsed: tuple[str, ...] = ()  # files read again because they changed
    worker_pids: frozenset[int] = frozenset()  # processes that parsed them (none: this one)

    @property
    def fresh_errors(self) -> tuple[QuestionError, ...]:
        """Errors in files that changed since the last reload (older ones were reported then)."""
        return tuple(e for e in self.errors if e.file in self.reparsed)

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    @property
    def error_files(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.file for e in self.errors))


def merge(previous: QuestionBank, reports: Iterable[FileReport]) -> ReloadReport:
    """The new bank from what is on disk now, falling back file by file to what served before."""
    reports = list(reports)
    errors = [e for r in reports for e in r.errors]
    candidates: dict[str, FileReport] = {}
    kept: list[str] = []
    skipped: list[str] = []
    for report in reports:
        if report.ok:
            candidates[report.name] = report
        elif report.name in previous.files:
            candidates[report.name] = previous.files[report.name]
            kept.append(report.name)
        else:
            skipped.append(report.name)

    bank, built = QuestionBank.build(candidates.values())
    # A new version that clashes with another file's ids falls back to its previous version.
    fallbacks = [
        r.name
        for r in built
        if not r.ok
        and r.name in previous.files
        and candidates[r.name] is not previous.files[r.name]
    ]
    errors += [e for r in built if not r.ok for e in r.errors]
    if fallbacks:
        for name in fallbacks:
            candidates[name] = previous.files[name]
            kept.append(name)
        bank, built = QuestionBank.build(candidates.values())
    skipped += [r.name for r in built if not r.ok and r.name not in kept]

    if len(bank) == 0 and len(previous) > 0:
        return ReloadReport(previous, errors=tuple(errors), kept_everything=True)

    old, new = previous.questions, bank.questions
    return ReloadReport(
        bank=bank,
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
        changed=tuple(
            sorted(q for q in new.keys() & old.keys() if new[q].fingerprint != old[q].fingerprint)
        ),
        errors=tuple(dict.fromkeys(errors)),
        kept_files=tuple(dict.fromkeys(kept)),
        skipped_files=tuple(dict.fromkeys(skipped)),
    )


# Parsing is CPU-bound Python (YAML, validation): a thread would hold the GIL against the event
# loop, so big reloads go to worker processes; small ones stay in a thread (no start-up cost).
PROCESS_POOL_MIN_BYTES = 512 * 1024
WORKERS = max(1, min(2, os.cpu_count() or 1))


@dataclass
class _Plan:
    signatures: dict[Path, _Signature] = field(default_factory=dict)  # in serving order
    stale: list[Path] = field(default_factory=list)  # new or changed since the last parse
    stale_bytes: int = 0


@dataclass
class QuestionReloader:
    """Keeps the parse of every file with its stat signature, so a reload re-reads only the
    files that changed (a 10,000-question folder where one file changed costs one file)."""

    folder: Path
    _cache: dict[Path, tuple[_Signature, FileReport]] = field(default_factory=dict)

    def _plan(self) -> _Plan:
        """Blocking: the files on disk now with their signatures, and which of them changed."""
        plan = _Plan()
        for path in question_files(self.folder):
            try:
                stat = path.stat()
            except OSError:
                continue  # deleted between listing and reading
            signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
            plan.signatures[path] = signature
            cached = self._cache.get(path)
            if cached is None or cached[0] != signature:
                plan.stale.append(path)
                plan.stale_bytes += stat.st_size
        return plan

    def has_changes(self) -> bool:
        """Blocking: whether any file was added, changed or removed since the last parse."""
        plan = self._plan()
        return bool(plan.stale) or bool(self._cache.keys() - plan.signatures.keys())

    def _parse_here(self, paths: list[Path]) -> dict[Path, FileReport]:
        return {path: load_file(path, self.folder) for path in paths}

    def _collect(self, plan: _Plan, parsed: dict[Path, FileReport]) -> list[FileReport]:
        for path, report in parsed.items():
            self._cache[path] = (plan.signatures[path], report)
        for gone in self._cache.keys() - plan.signatures.keys():
            del self._cache[gone]
        return [self._cache[path][1] for path in plan.signatures]

    def scan(self, cache: BankCache | None = None) -> tuple[list[FileReport], list[str]]:
        """Blocking, in this thread: for start-up, before the event loop serves anyone. With
        a cache, files unchanged since the last start-up are not parsed again."""
        plan = self._plan()
        if cache is None:
            parsed = self._parse_here(plan.stale)
        else:
            with collector_paused():
                parsed = {path: cache.load_file(path, self.folder) for path in plan.stale}
            cache.save()
        return self._collect(plan, parsed), [r.name for r in parsed.values()]

    async def reload(self, previous: QuestionBank) -> ReloadReport:
        """Parse what changed and merge it over `previous`. The caller serialises reloads
        (the catalogue's lock): the cache is not safe for two at once."""
        plan = await asyncio.to_thread(self._plan)
        pids: frozenset[int] = frozenset()
        if plan.stale_bytes >= PROCESS_POOL_MIN_BYTES and len(plan.stale) > 1:
            with collector_paused():
                parsed, pids = await asyncio.to_thread(_parse_in_processes, plan.stale, self.folder)
                reports = self._collect(plan, parsed)
            # outside the pause: its freeze would keep whatever handlers made meanwhile
            report = await asyncio.to_thread(merge, previous, reports)
        else:
            parsed = await asyncio.to_thread(self._parse_here, plan.stale)
            # Building the bank indexes every question (20-30 ms for 10,000): in a thread, the
            # loop gets the interpreter back every few milliseconds meanwhile.
            report = await asyncio.to_thread(merge, previous, self._collect(plan, parsed))
        return replace(report, reparsed=tuple(r.name for r in parsed.values()), worker_pids=pids)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Tens of thousands of new objects trigger full garbage collections that walk them all,
    stalling the event loop for 100-200 ms (bench/reload_bench.py). Pause the collector while
    they are made, then freeze them: long-lived question objects are never walked again, and
    reference counting still frees an old bank once it is swapped out. The price: a reference
    cycle alive at that moment is never collected, acceptable for rare, admin-driven reloads."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _parse_in_processes(
    paths: list[Path], folder: Path
) -> tuple[dict[Path, FileReport], frozenset[int]]:
    """Blocking: run it in a thread, so that starting and joining the workers (and unpickling
    their results) never happens on the event loop."""
    # "spawn": forking a process that runs threads (SQLite, the file watcher) is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        WORKERS, mp_context=context, initializer=limit_memory, initargs=(MEMORY_LIMIT_BYTES,)
    ) as pool:
        results = list(pool.map(_load_in_worker, paths, [folder] * len(paths), chunksize=4))
    reports = {path: report for path, (_, report) in zip(paths, results, strict=True)}
    return reports, frozenset(pid for pid, _ in results)


def _load_in_worker(path: Path, folder: Path) -> tuple[int, FileReport]:
    return os.getpid(), load_file(path, folder)
