"""/questions search on a large bank: folding every question's text per query (as the first
version did, on the event loop) against the catalogue's index, folded once per bank."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.reload_bench import write_folder
from bot.catalog import QuestionCatalog, _search_index
from bot.questions import Question, QuestionBank, fold_ascii

QUERIES = ["", "1933", "evenement 42", "fichier 7 annee", "rien de tel"]


def fold_per_query(bank: QuestionBank, query: str) -> list[Question]:
    """The first version's search: every question's text folded again for each query."""
    words = fold_ascii(query).split()
    found = []
    for question in bank:
        haystack = fold_ascii(
            " ".join(
                [question.id, question.file, " ".join(question.tags)]
                + [w.question for w in question.wordings.values()]
            )
        )
        if all(word in haystack for word in words):
            found.append(question)
    return sorted(found, key=lambda q: (q.file, q.id))


def median_ms(run: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_folder(folder, args.questions, 50)
        catalog = QuestionCatalog(folder)
        catalog.load_initial()
        bank = catalog.bank
        print(f"{len(bank)} questions")
        index_ms = median_ms(lambda: _search_index(bank), repeat=3)
        print(f"building the index (once per bank, off the loop): {index_ms:7.1f} ms")
        for query in QUERIES:
            old = fold_per_query(bank, query)
            new = catalog.search(query)
            assert [q.id for q in old] == [q.id for q in new], query
            before = median_ms(lambda q=query: fold_per_query(bank, q))  # type: ignore[misc]
            after = median_ms(lambda q=query: catalog.search(q))  # type: ignore[misc]
            print(
                f"query {query!r:20} {len(new):6} found: folded per query {before:7.1f} ms, "
                f"indexed {after:6.2f} ms  ({before / after:5.0f}x)"
            )


if __name__ == "__main__":
    main()
