"""Is the bot alive? A heartbeat file beside the database, touched while the bot hears from
Telegram (a poll answered, or an update received); `quizbot health` reads its age. This is the
container's HEALTHCHECK and what a supervisor can watch."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

STALE_AFTER = 180.0  # seconds without hearing from Telegram (a long poll lasts 10)


def heartbeat_path(db_path: Path) -> Path:
    return db_path.absolute().with_name(db_path.name + ".alive")


def beat(db_path: Path) -> None:
    path = heartbeat_path(db_path)
    path.touch()
    os.utime(path)


def check(db_path: Path, now: float | None = None) -> int:
    path = heartbeat_path(db_path)
    try:
        age = (time.time() if now is None else now) - path.stat().st_mtime
    except OSError:
        print(f"quizbot: no heartbeat at {path}: is the bot running?", file=sys.stderr)
        return 1
    if age > STALE_AFTER:
        print(f"quizbot: no word from Telegram for {age:.0f} s", file=sys.stderr)
        return 1
    print(f"alive: heard from Telegram {age:.0f} s ago")
    return 0
