"""Start-up with a big question bank: parsing every file against reading the parse kept from the
last run (bot/bank_cache.py), side by side on the same 10,000 questions.

Prints, for a cold start (no cache: every file parsed, as the first run), a warm start (files
unchanged since the last run), and a start after one file of 50 changed, the time
`QuestionCatalog.load_initial` takes (median of five) and the warm/cold ratio; then checks that
the banks served are identical. The goal is a warm start under 500 ms for 10,000 questions.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.reload_bench import write_folder  # noqa: E402
from bot.catalog import QuestionCatalog  # noqa: E402

GOAL_MS = 500.0


def timed_start(folder: Path, cache: Path | None) -> tuple[float, dict[str, str]]:
    started = time.perf_counter()
    catalog = QuestionCatalog(folder, cache)
    catalog.load_initial()
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, {q.id: q.fingerprint for q in catalog.bank}


def median_start(folder: Path, cache: Path | None, runs: int, reset: bool) -> float:
    times = []
    for _ in range(runs):
        if reset and cache is not None:
            cache.unlink(missing_ok=True)
        times.append(timed_start(folder, cache)[0])
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "questions"
        folder.mkdir()
        write_folder(folder, args.questions, args.files)
        cache = Path(tmp) / "quiz.db.bank-cache"
        cold = median_start(folder, cache, args.runs, reset=True)
        timed_start(folder, cache)  # leaves the cache of these files
        warm = median_start(folder, cache, args.runs, reset=False)
        one_changed = []
        for run in range(args.runs):
            target = folder / "set-000.yaml"
            target.write_text(target.read_text(encoding="utf-8") + f"# edit {run}\n", "utf-8")
            one_changed.append(timed_start(folder, cache)[0])
        _, from_cache = timed_start(folder, cache)
        _, parsed = timed_start(folder, None)
        size = sum(p.stat().st_size for p in folder.glob("*.yaml")) / 1e6
        print(f"{args.questions} questions in {args.files} files ({size:.1f} MB of YAML), "
              f"cache {cache.stat().st_size / 1e6:.1f} MB; median of {args.runs}")  # fmt: skip
        print(f"  cold start, every file parsed   {cold:8.0f} ms")
        print(f"  warm start, nothing changed     {warm:8.0f} ms   goal <= {GOAL_MS:.0f} ms: "
              f"{'met' if warm <= GOAL_MS else 'MISSED'}")  # fmt: skip
        print(
            f"  one file of {args.files} changed          {statistics.median(one_changed):8.0f} ms"
        )
        print(f"  warm / cold                     {warm / cold:8.2f}   ({cold / warm:.1f}x faster)")
        same = from_cache == parsed
        print(f"  same bank from the cache as from a full parse: {'yes' if same else 'NO'}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
