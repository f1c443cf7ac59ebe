"""Start-up with an unchanged question folder reads the parsed files from the cache kept
beside the database; what it serves is exactly what a full parse would serve."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bot import bank_cache
from bot.bank_cache import BankCache, bank_cache_path
from bot.catalog import QuestionCatalog


def question_yaml(prefix: str, count: int) -> str:
    items = "".join(
        f"""  - id: {prefix}-{n}
    paragraph: 1
    difficulty: 1
    question: Question {prefix} {n} ?
    choices: [Rouge, Bleu, Vert]
    answer: Rouge
    explanation: Parce que.
"""
        for n in range(count)
    )
    return f"passage: p\nquestions:\n{items}"


def start(folder: Path, cache: Path) -> tuple[QuestionCatalog, BankCache]:
    """A start-up as build_application does it, keeping the cache object for inspection."""
    catalog = QuestionCatalog(folder, cache)
    seen: list[BankCache] = []
    original = catalog._reloader.scan

    def scan(cache_object: BankCache | None = None) -> object:
        assert cache_object is not None
        seen.append(cache_object)
        return original(cache_object)

    catalog._reloader.scan = scan  # type: ignore[method-assign]
    catalog.load_initial()
    return catalog, seen[0]


def served(catalog: QuestionCatalog) -> dict[str, str]:
    return {q.id: q.fingerprint for q in catalog.bank}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "questions"
    folder.mkdir()
    for n in range(3):
        (folder / f"set-{n}.yaml").write_text(question_yaml(f"q{n}", count=4), encoding="utf-8")
    return folder


def test_an_unchanged_folder_is_not_parsed_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "quiz.db.bank-cache"
    first, cold = start(folder, cache)
    assert (cold.hits, cold.misses) == (0, 3) and cache.exists()
    second, warm = start(folder, cache)
    assert (warm.hits, warm.misses) == (3, 0)
    assert served(second) == served(first) and len(served(first)) == 12


def test_a_changed_file_is_parsed_again_and_the_others_are_not(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "quiz.db.bank-cache"
    start(folder, cache)
    (folder / "set-1.yaml").write_text(question_yaml("q1", count=2), encoding="utf-8")
    catalog, warm = start(folder, cache)
    assert (warm.hits, warm.misses) == (2, 1)
    assert len(catalog.bank) == 10  # the edit is served, not the cached version


def test_a_broken_file_stays_broken_from_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "quiz.db.bank-cache"
    (folder / "broken.yaml").write_text("questions: [unclosed", encoding="utf-8")
    first = QuestionCatalog(folder, cache).load_initial()
    second = QuestionCatalog(folder, cache).load_initial()
    assert first == second and first and first[0].file == "broken.yaml"


def test_a_torn_or_foreign_cache_is_ignored(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "quiz.db.bank-cache"
    cache.write_bytes(b"\x80\x05not a pickle at all")
    catalog, cold = start(folder, cache)
    assert cold.misses == 3 and len(catalog.bank) == 12
    # written anew, readable next time
    assert start(folder, cache)[1].hits == 3


def test_another_validator_version_parses_everything(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "quiz.db.bank-cache"
    start(folder, cache)
    monkeypatch.setattr(bank_cache, "validator_version", lambda: "another")
    assert start(folder, cache)[1].misses == 3
    with cache.open("rb") as file:
        assert pickle.load(file)["version"] == "another"


def test_the_cache_lives_beside_the_database() -> None:
    assert bank_cache_path(Path("/data/quizbot.db")) == Path("/data/quizbot.db.bank-cache")
    assert bank_cache_path(Path(":memory:")) is None


def test_no_cache_file_without_a_database_path(folder: Path) -> None:
    catalog = QuestionCatalog(folder)
    assert catalog.load_initial() == [] and len(catalog.bank) == 12
    assert not list(folder.parent.glob("*.bank-cache"))
