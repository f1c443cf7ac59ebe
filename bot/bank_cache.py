"""Parsed question files kept between runs, keyed by their content.

Parsing YAML is most of a start-up with a big bank (10,000 questions: seconds, see
bench/startup_bench.py). A file whose bytes are the same as at the last start-up parses to the
same report, so the report is taken from here instead: reading and hashing the bytes is all a
start-up with unchanged files costs. The cache sits beside the database, in the bot's own
data, and is written atomically; a cache that is missing, unreadable, or made by another
version of the validator is ignored and rebuilt, never trusted. Pickle is safe here only
because nobody but the bot writes this file (it never comes from a chat or an upload).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
from dataclasses import replace
from pathlib import Path

import pydantic
import pydantic_core
import yaml

from bot import questions as questions_module
from bot.questions import FileReport, QuestionError, parse_question_file

log = logging.getLogger(__name__)


def validator_version() -> str:
    """Reports from another validator are stale: its source changed, or Python, pydantic or
    PyYAML did (their verdicts and messages are part of a report)."""
    try:
        source = Path(questions_module.__file__).read_bytes()
    except OSError:  # installed without its source: its version then stands for it
        source = questions_module.__name__.encode()
    parts = [
        sys.version,
        pydantic.VERSION,
        pydantic_core.__version__,
        yaml.__version__,
        str(hasattr(yaml, "CSafeLoader")),
    ]
    return hashlib.sha256(source + "|".join(parts).encode()).hexdigest()[:16]


class BankCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.version = validator_version()
        self._entries: dict[tuple[str, str], FileReport] = self._read()
        self._used: dict[tuple[str, str], FileReport] = {}
        self.hits = self.misses = 0

    def _read(self) -> dict[tuple[str, str], FileReport]:
        if self.path is None or not self.path.exists():
            return {}
        try:
            with self.path.open("rb") as file:
                stored = pickle.load(file)
        except Exception as exc:  # a torn or foreign file: start afresh, never fail start-up
            log.warning("question cache %s unreadable (%s); parsing every file", self.path, exc)
            return {}
        if not isinstance(stored, dict) or stored.get("version") != self.version:
            return {}
        entries = stored.get("entries")
        return entries if isinstance(entries, dict) else {}

    def load_file(self, path: Path, folder: Path) -> FileReport:
        """The report of one file: from the cache when its bytes are unchanged, else parsed."""
        name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else path.name
        try:
            data = path.read_bytes()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            return FileReport(path, name, (), (QuestionError(name, "", "", f"cannot read: {exc}"),))
        key = (name, hashlib.sha256(data).hexdigest())
        cached = self._entries.get(key)
        if cached is not None:
            self.hits += 1
            report = cached if cached.path == path else replace(cached, path=path)
        else:
            self.misses += 1
            report = parse_question_file(text, name, path)
        self._used[key] = report
        return report

    def save(self) -> None:
        """Keep exactly the files of this start-up; written only when something changed."""
        if self.path is None or self._used.keys() == self._entries.keys():
            return
        temporary = self.path.with_name(self.path.name + ".tmp")
        try:
            with temporary.open("wb") as file:
                pickle.dump(
                    {"version": self.version, "entries": self._used},
                    file,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            os.replace(temporary, self.path)
        except Exception as exc:  # a full disk or an unpicklable report: start without it
            log.warning("question cache %s not written: %s", self.path, exc)
            temporary.unlink(missing_ok=True)
        self._entries = dict(self._used)


def bank_cache_path(db_path: Path) -> Path | None:
    """Beside the database ('quizbot.db.bank-cache'); none for a database in memory."""
    if str(db_path) == ":memory:":
        return None
    return db_path.with_name(db_path.name + ".bank-cache")
