"""Passages' own text: split into paragraphs for reading, and registered from the command line.

The text lives in the database, not in the repository (the project's files hold only our own
words about it): `quizbot passage add ID FILE` or an admin's `.txt` captioned `/texte ID`.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

PASSAGE_ID = re.compile(r"[a-z0-9_-]{1,40}")
MAX_PASSAGE_BYTES = 200 * 1024


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs split at blank lines, or at line breaks when the text has no blank line."""
    text = text.replace("\r\n", "\n").strip()
    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    return [" ".join(part.split()) for part in parts if part.strip()]


def add_from_command_line(passage_id: str, file: Path) -> int:
    """`quizbot passage add ID FILE`, into the database QUIZBOT_DB names (no token needed)."""
    from bot.config import ConfigError, time_zone
    from bot.store import Store

    if not PASSAGE_ID.fullmatch(passage_id):
        print(f"quizbot: {passage_id!r} is not a passage id (a-z, 0-9, '-', '_')", file=sys.stderr)
        return 2
    try:
        raw = file.read_bytes()
        text = raw[: MAX_PASSAGE_BYTES + 1].decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"quizbot: cannot read {file}: {exc}", file=sys.stderr)
        return 2
    if len(raw) > MAX_PASSAGE_BYTES or not paragraphs_of(text):
        print(f"quizbot: {file} is empty or over {MAX_PASSAGE_BYTES // 1024} KB", file=sys.stderr)
        return 2

    try:  # the calendar an upgrade sorts past answers into weeks by, as the bot would
        zone = time_zone(os.environ.get("QUIZBOT_TZ", "").strip() or "Europe/Paris")
    except ConfigError as exc:
        print(f"quizbot: {exc}", file=sys.stderr)
        return 2

    async def save() -> None:
        db_path = Path(os.environ.get("QUIZBOT_DB", "").strip() or "quizbot.db")
        store = await Store.open(db_path, zone)
        try:
            await store.save_passage(passage_id, text, datetime.now(UTC))
        finally:
            await store.close()

    asyncio.run(save())
    print(f"{passage_id}: {len(paragraphs_of(text))} paragraph(s) saved")
    return 0
