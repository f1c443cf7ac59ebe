"""The question catalogue: the one owner of the questions folder and of the bank it serves.

Every change to the folder (a question added, edited or deleted from the chat, a file imported,
a draft published) and every reload goes through here, under one lock: a write and the reload
that serves it happen as one step, so two admins saving at once both keep their question, and
no reload ever sees a file half-way through a change. Handlers check input, call one method,
and render what it returns. Listeners hear about every change of the served bank.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from bot.bank_cache import BankCache
from bot.isolated import IsolatedParser
from bot.question_writer import (
    Draft,
    UnsafeEdit,
    append_question,
    atomic_move,
    atomic_write,
    new_question_id,
    replace_question,
)
from bot.questions import (
    DRAFTS_DIR,
    Question,
    QuestionBank,
    QuestionError,
    fold_ascii,
    is_served,
    require_questions,
)
from bot.reload import QuestionReloader, ReloadReport

log = logging.getLogger(__name__)

Cause = Literal["files", "admin"]  # edited on disk (watcher), or changed through the bot


class CatalogError(Exception):
    """A change could not be made; nothing was written. The message is for the admin."""


class NameTaken(CatalogError):
    """A served file already has the name a draft would be published under."""


@dataclass(frozen=True)
class BankChange:
    report: ReloadReport
    cause: Cause
    written: tuple[str, ...] = ()  # files the bot itself wrote in this change

    @property
    def edited_by_hand(self) -> tuple[str, ...]:
        """Files re-read because they changed on disk, not through the bot: those changes are
        news to the admins (a hand edit the watcher had not reported yet included)."""
        return tuple(name for name in self.report.reparsed if name not in self.written)


Listener = Callable[[BankChange], Awaitable[None]]


@dataclass(frozen=True)
class Saved:
    question_id: str
    file: str
    report: ReloadReport


@dataclass(frozen=True)
class Imported:
    """A file accepted into service (errors empty), or refused with its errors."""

    name: str
    errors: tuple[QuestionError, ...] = ()
    taken: tuple[tuple[str, str], ...] = ()  # (question id, file that already serves it)
    added: int = 0
    replaced: int = 0
    removed: int = 0
    count: int = 0  # questions in the file
    total: int = 0  # questions in service afterwards

    @property
    def ok(self) -> bool:
        return not self.errors and not self.taken


class QuestionCatalog:
    def __init__(self, folder: Path, cache_path: Path | None = None) -> None:
        self.folder = folder
        self.cache_path = cache_path  # parsed files kept between runs (bot/bank_cache.py)
        self.uploads = IsolatedParser()  # files from the chat are parsed in a sandbox
        self._reloader = QuestionReloader(folder)
        self._bank = QuestionBank.empty()
        self._index: list[tuple[Question, str]] = []
        self._lock = asyncio.Lock()
        self._listeners: list[Listener] = []
        self._changes: list[BankChange] = []  # made under the lock, announced after it

    # --- reading ----------------------------------------------------------------------------

    @property
    def bank(self) -> QuestionBank:
        """The bank in service: an immutable snapshot, replaced whole by each change."""
        return self._bank

    def is_served(self, path: str | os.PathLike[str]) -> bool:
        """Whether a path under the folder is a file the bot serves (the watcher's filter).
        Pure path arithmetic, as `question_files` sees the folder: no disk access."""
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(self.folder))
        if relative.startswith(os.pardir):
            return False
        return is_served(Path(relative))

    def drafts(self) -> list[str]:
        """Names of the generated drafts awaiting review (never served)."""
        return sorted(p.stem for p in (self.folder / DRAFTS_DIR).glob("*.yaml"))

    def search(self, query: str) -> list[Question]:
        """Accent-blind search over ids, files, tags and every wording; all words must match.
        The folded text is prepared once per bank, off the event loop."""
        words = fold_ascii(query).split()
        return [q for q, text in self._index if all(w in text for w in words)]

    # --- start-up and reloads ---------------------------------------------------------------

    def load_initial(self) -> list[QuestionError]:
        """Blocking, before the bot serves anyone. Broken files are skipped (their errors are
        returned); raises BankLoadError when nothing at all is usable."""
        cache = BankCache(self.cache_path) if self.cache_path is not None else None
        reports, _ = self._reloader.scan(cache)
        bank, built = QuestionBank.build(reports)
        errors = require_questions(self.folder, bank, built)
        self._bank, self._index = bank, _search_index(bank)
        return errors

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @asynccontextmanager
    async def _changing(self) -> AsyncIterator[None]:
        """Hold the lock for a change, then tell the listeners once it is released: a
        listener (sending admin notices, waiting on Telegram's rate limits) never holds up
        the next change, and may itself use the catalogue."""
        try:
            async with self._lock:
                yield
        finally:
            changes, self._changes = self._changes, []
            for change in changes:
                for listener in self._listeners:
                    try:
                        await listener(change)
                    except Exception:
                        log.exception("a listener of bank changes failed")

    async def reload(self, cause: Cause = "admin") -> ReloadReport:
        async with self._changing():
            return await self._reload(cause)

    async def refresh(self) -> ReloadReport | None:
        """After the watcher saw files change: reload unless the bank already matches the
        disk (the bot's own writes are served at once, and must not be reloaded twice)."""
        async with self._changing():
            if not await asyncio.to_thread(self._reloader.has_changes):
                log.debug("question files changed, but the bank already matches them")
                return None
            return await self._reload("files")

    async def _reload(self, cause: Cause, written: tuple[str, ...] = ()) -> ReloadReport:
        report = await self._reloader.reload(self._bank)
        if report.bank is not self._bank:
            self._index = await asyncio.to_thread(_search_index, report.bank)
            self._bank = report.bank
        log.info(
            "questions reloaded (%s): +%d ~%d -%d, %d in service, %d file(s) parsed, %d error(s)",
            cause, len(report.added), len(report.changed), len(report.removed),
            len(report.bank), len(report.reparsed), len(report.errors),
        )  # fmt: skip
        for error in report.fresh_errors:
            log.warning("question file error: %s", error)
        self._changes.append(BankChange(report, cause, written))
        return report

    # --- changes from the chat --------------------------------------------------------------

    async def add(self, draft: Draft) -> Saved:
        """Append a new question to the bot's own file for its passage; served at once."""
        async with self._changing():
            question_id = new_question_id(draft.question, self._bank.ids())
            try:
                path = await asyncio.to_thread(append_question, self.folder, draft, question_id)
            except (UnsafeEdit, OSError, yaml.YAMLError) as exc:
                raise CatalogError(str(exc)) from exc
            name = path.relative_to(self.folder).as_posix()
            report = await self._reload("admin", (name,))
            return Saved(question_id, name, report)

    async def replace(self, question_id: str, draft: Draft) -> Saved:
        """Rewrite one served question in place, leaving the rest of its file untouched.
        Refused when the question changed since the edit began (another admin, a hand edit):
        saving would silently undo that change."""
        async with self._changing():
            question = self._served(question_id)
            if draft.fingerprint is not None and draft.fingerprint != question.fingerprint:
                raise CatalogError(f"question {question_id!r} was changed meanwhile")
            await self._edit(question, draft.entry(question_id))
            report = await self._reload("admin", (question.file,))
            return Saved(question_id, question.file, report)

    async def delete(self, question_id: str) -> Saved:
        async with self._changing():
            question = self._served(question_id)
            await self._edit(question, None)
            report = await self._reload("admin", (question.file,))
            return Saved(question_id, question.file, report)

    async def import_file(self, name: str, text: str) -> Imported:
        """Validate a whole uploaded file; write it only if every question is valid and no id
        is served by another file."""
        if not is_served(Path(name)) or "/" in name:
            raise CatalogError(f"{name}: not a name the bot can serve")
        report = await self.uploads.parse(text, name)  # outside the lock: it may take seconds
        if not report.ok:
            return Imported(name, errors=report.errors)
        async with self._changing():
            taken = self._bank.taken_elsewhere(report.questions, name)
            if taken:
                return Imported(name, taken=tuple(taken.items()))
            previous = self._bank.files.get(name)
            old_ids = {q.id for q in previous.questions} if previous else set()
            new_ids = {q.id for q in report.questions}
            try:
                await asyncio.to_thread(atomic_write, self.folder / name, text)
            except OSError as exc:
                raise CatalogError(str(exc)) from exc
            reloaded = await self._reload("admin", (name,))
            return Imported(
                name,
                added=len(new_ids - old_ids),
                replaced=len(new_ids & old_ids),
                removed=len(old_ids - new_ids),
                count=len(new_ids),
                total=len(reloaded.bank),
            )

    async def write_draft(self, name: str, text: str) -> str:
        """Store a generated draft for review; drafts are never served. Returns its path."""
        async with self._changing():
            await asyncio.to_thread(atomic_write, self.folder / DRAFTS_DIR / f"{name}.yaml", text)
        return f"{DRAFTS_DIR}/{name}.yaml"

    async def publish(self, name: str) -> Imported:
        """Move a reviewed draft into service, under the same checks as an import."""
        target_name = f"{name}.yaml"
        async with self._changing():
            source, target = self.folder / DRAFTS_DIR / target_name, self.folder / target_name
            if not source.is_file():
                raise CatalogError(f"{DRAFTS_DIR}/{target_name}: no such draft")
            if target.exists():
                raise NameTaken(target_name)
            text = await asyncio.to_thread(source.read_text, encoding="utf-8")
            report = await self.uploads.parse(text, target_name)  # drafts are bot-written,
            # but an admin may have replaced one by hand: same sandbox as uploads
            if not report.ok:
                return Imported(target_name, errors=report.errors)
            taken = self._bank.taken_elsewhere(report.questions, target_name)
            if taken:
                return Imported(target_name, taken=tuple(taken.items()))
            await asyncio.to_thread(atomic_move, source, target)
            reloaded = await self._reload("admin", (target_name,))
            count = len(report.questions)
            return Imported(target_name, added=count, count=count, total=len(reloaded.bank))

    # --- helpers ----------------------------------------------------------------------------

    def _served(self, question_id: str) -> Question:
        question = self._bank.get(question_id)
        if question is None:
            raise CatalogError(f"question {question_id!r} is no longer served")
        return question

    async def _edit(self, question: Question, entry: dict[str, object] | None) -> None:
        try:
            await asyncio.to_thread(
                replace_question, self.folder / question.file, question.id, entry
            )
        except (UnsafeEdit, OSError, yaml.YAMLError) as exc:
            raise CatalogError(str(exc)) from exc


def _search_index(bank: QuestionBank) -> list[tuple[Question, str]]:
    """Each question with its searchable text folded to plain ASCII, in (file, id) order."""
    index = [
        (
            question,
            fold_ascii(
                " ".join(
                    [question.id, question.file, " ".join(question.tags)]
                    + [w.question for w in question.wordings.values()]
                )
            ),
        )
        for question in bank
    ]
    index.sort(key=lambda item: (item[0].file, item[0].id))
    return index
