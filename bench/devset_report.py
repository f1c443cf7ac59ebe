"""The generator's quality on the development set, as a teacher graded it.

bench/devset/ holds French history passages written for this purpose (passages/), the facts a
teacher wants tested in each (facts/), and every drafted question graded A/B/C with the rubric
of the generator's issue (labels/, one file per passage, tagged with the generator version that
drafted it: labels/<version>/). This prints, for every graded version side by side, per passage
and in all: the share of A, B and C, the key facts with at least one A or B question, questions
per 300 words, and the defects seen most. Regrade after a generator change and compare.

    .venv/bin/python bench/devset_report.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

DEVSET = Path(__file__).resolve().parent / "devset"


def main() -> int:
    versions = sorted(p for p in (DEVSET / "labels").iterdir() if p.is_dir())
    if not versions:
        print("no labels yet", file=sys.stderr)
        return 1
    for folder in versions:
        print(f"\n== drafts of generator {folder.name} ==")
        report(folder)
    return 0


def report(folder: Path) -> None:
    totals: Counter[str] = Counter()
    defects: Counter[str] = Counter()
    covered = facts = words = 0
    print(f"{'passage':24} {'words':>5} {'n':>4} {'A':>5} {'B':>5} {'C':>5}  facts A/B   per 300 w")
    for path in sorted(folder.glob("*.yaml")):
        labels = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = labels["passage"]
        key_facts = yaml.safe_load((DEVSET / "facts" / f"{name}.yaml").read_text("utf-8"))
        text = (DEVSET / "passages" / f"{name}.txt").read_text(encoding="utf-8")
        count = len(text.split("\n", 1)[-1].split())  # the first line is the title
        grades = Counter(label["grade"] for label in labels["labels"])
        good = {label["fact"] for label in labels["labels"] if label["grade"] in "AB"}
        hit = sum(1 for fact in key_facts["facts"] if fact["id"] in good)
        n = sum(grades.values())
        print(
            f"{name:24} {count:5} {n:4} {share(grades['A'], n):>5} {share(grades['B'], n):>5} "
            f"{share(grades['C'], n):>5}  {hit:3}/{len(key_facts['facts']):<3}   "
            f"{n * 300 / count:5.1f}"
        )
        totals.update(grades)
        defects.update(d for label in labels["labels"] for d in label.get("defects") or [])
        covered, facts, words = covered + hit, facts + len(key_facts["facts"]), words + count
    n = sum(totals.values())
    print(
        f"{'all':24} {words:5} {n:4} {share(totals['A'], n):>5} {share(totals['B'], n):>5} "
        f"{share(totals['C'], n):>5}  {covered:3}/{facts:<3}   {n * 300 / words:5.1f}"
    )
    print(f"key facts with an A or B question: {100 * covered / facts:.0f} %")
    print("defects: " + ", ".join(f"{name} {count}" for name, count in defects.most_common(8)))


def share(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "-"


if __name__ == "__main__":
    sys.exit(main())
