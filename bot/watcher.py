"""Watches the questions folder and triggers a reload once a burst of changes has settled."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

from watchfiles import Change, awatch

log = logging.getLogger(__name__)

# An editor saving a file writes it in several steps: wait until the folder has been quiet for
# SETTLE_MS (at most DEBOUNCE_MS in all) and reload once.
SETTLE_MS = 400
DEBOUNCE_MS = 1600
RETRY_SECONDS = 5.0


class QuestionWatcher:
    """`is_wanted` says which paths matter (the catalogue's definition of a served file)."""

    def __init__(
        self,
        folder: Path,
        is_wanted: Callable[[str], bool],
        on_change: Callable[[], Awaitable[object]],
    ) -> None:
        self.folder = folder
        self._is_wanted = is_wanted
        self._on_change = on_change
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="question-watcher")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, 5)
            except TimeoutError:
                self._task.cancel()

    def _wanted(self, change: Change, path: str) -> bool:
        return self._is_wanted(path)

    async def _run(self) -> None:
        while not self._stop.is_set():
            try:
                async for changes in awatch(
                    self.folder,
                    watch_filter=self._wanted,
                    step=SETTLE_MS,
                    debounce=DEBOUNCE_MS,
                    stop_event=self._stop,
                    recursive=True,
                ):
                    log.info("question files changed: %d change(s), reloading", len(changes))
                    try:
                        await self._on_change()
                    except Exception:
                        log.exception("reload after a file change failed")
            except Exception:
                # the folder vanished or the OS watch broke: try again later, never crash the bot
                log.exception("watching %s failed; retrying in %.0fs", self.folder, RETRY_SECONDS)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), RETRY_SECONDS)
