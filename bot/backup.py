"""`quizbot backup FILE` and `quizbot restore FILE`: a consistent copy of the live database.

A backup uses SQLite's online backup API, so it can run while the bot answers learners: the
copy is one consistent moment (an answer is in it whole or not at all). A restore replaces the
database, so it refuses to run while a bot holds it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from bot.preflight import StartupError, hold_database
from bot.store import SCHEMA_VERSION


def db_path_from_env() -> Path:
    return Path(os.environ.get("QUIZBOT_DB", "").strip() or "quizbot.db")


def backup(db_path: Path, target: Path) -> int:
    if not db_path.exists():
        print(f"quizbot: no database at {db_path} (set QUIZBOT_DB)", file=sys.stderr)
        return 2
    target = target.absolute()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(descriptor)
    try:
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)  # pages copied under one read transaction: one moment
        finally:
            copy.close()
            source.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    print(f"{db_path} copied to {target}")
    return 0


def restore(db_path: Path, source: Path) -> int:
    problem = _not_a_backup(source)
    if problem:
        print(f"quizbot: {source}: {problem}", file=sys.stderr)
        return 2
    try:
        with hold_database(db_path):  # refuses while a bot runs on it
            temporary = db_path.with_name(f".{db_path.name}.restoring")
            shutil.copyfile(source, temporary)
            with open(temporary, "rb+") as handle:  # on disk before the old one goes
                os.fsync(handle.fileno())
            for suffix in ("-wal", "-shm"):  # the old journal must not be replayed on the copy
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            os.replace(temporary, db_path)
            folder = os.open(db_path.absolute().parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except StartupError as exc:
        print(f"quizbot: cannot restore now: {exc}", file=sys.stderr)
        return 2
    print(f"{db_path} restored from {source}")
    return 0


def _not_a_backup(path: Path) -> str | None:
    if not path.is_file():
        return "no such file"
    try:
        with sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True) as db:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            check = db.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return f"not a database ({exc})"
    if version == 0 or version > SCHEMA_VERSION:
        return f"not a database of this bot (schema version {version})"
    if check != "ok":
        return f"the copy is damaged ({check})"
    return None
