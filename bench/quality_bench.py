"""How well the generator's quality model predicts a teacher's grades: leave-one-passage-out ROC AUC on
the labelled drafts (bench/devset/labels, those that keep their choices) and on every candidate
of some passages, each graded on its own (bench/devset/candidates), A above C and A or B above
C; and, with --write, the model trained on all of them saved to bot/generate/quality.yaml with
the threshold below which dropping a question removes more unusable ones than usable ones
(a B, which a teacher must still edit, counting half).

Needs the `generate` extra (numpy comes with spaCy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.generate.quality import WEIGHTS_FILE, features  # noqa: E402

EXTRA = "generate"
DEVSET = ROOT / "bench" / "devset"
L2 = 1.0


def examples() -> tuple[list[str], np.ndarray, np.ndarray, list[str], list[str]]:
    """(feature names, X, grades as 2 A / 1 B / 0 C, generator versions, passages)."""
    rows: list[dict[str, float]] = []
    grades: list[int] = []
    versions: list[str] = []
    passages: list[str] = []
    paths = sorted((DEVSET / "labels").glob("*/*.yaml"))
    paths += sorted((DEVSET / "candidates").glob("*.yaml"))  # the drafts' pools, graded alone
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        passage = (DEVSET / "passages" / f"{data['passage']}.txt").read_text(encoding="utf-8")
        for label in data["labels"]:
            if "choices" not in label:
                continue  # graded before the labels kept the choices
            rows.append(features(label["question"], label["answer"], label["choices"], passage))
            grades.append({"A": 2, "B": 1, "C": 0}[label["grade"]])
            pool = path.parent.name == "candidates"
            versions.append("candidates" if pool else str(data["generator"]))
            passages.append(str(data["passage"]))
    names = sorted(rows[0])
    x = np.array([[row[name] for name in names] for row in rows], dtype=float)
    return names, x, np.array(grades), versions, passages


def fit(x: np.ndarray, y: np.ndarray, steps: int = 3000) -> tuple[np.ndarray, float]:
    """Logistic regression by gradient descent, with an L2 penalty (few examples)."""
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        grad_w = x.T @ (p - y) / len(y) + L2 * w / len(y)
        grad_b = float(np.mean(p - y))
        w -= 0.5 * grad_w
        b -= 0.5 * grad_b
    return w, b


def auc(scores: np.ndarray, positive: np.ndarray) -> float:
    """The chance that a positive example scores above a negative one (ties count half)."""
    pos, neg = scores[positive], scores[~positive]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def _by_family(scores: np.ndarray, grades: np.ndarray, pool: np.ndarray, dates: np.ndarray) -> None:
    """What the candidates graded one by one (what the model ranks in the generator) keep at
    each threshold, dates apart from names: on 410 of them the model separated the two
    families (60% A against 22%) and hardly ranked inside either, so a higher threshold only
    drafts dates."""
    print("\ncandidates graded one by one, kept at t (held-out scores):")
    print("              t   kept     A     B     C")
    for label, family in (("dates", pool & dates), ("names", pool & ~dates)):
        for t in (0.5, 0.7, 0.8, 0.9):
            kept = family & (scores >= t)
            n = int(kept.sum())
            if n:
                a, b, c = ((grades[kept] == v).sum() / n for v in (2, 1, 0))
                print(f"  {label:8}  {t:4.2f}  {n:4d}  {a:4.0%}  {b:4.0%}  {c:4.0%}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the model trained on all")
    args = parser.parse_args(argv)
    names, x, grades, versions, passages = examples()
    usable = grades >= 1
    held_out = np.zeros(len(grades))
    groups = np.array(passages)
    for passage in sorted(set(passages)):
        # leave one passage out: the same question graded in several rounds, or its
        # neighbours, never help score it
        out = groups == passage
        w, b = fit(x[~out], usable[~out].astype(float))
        held_out[out] = 1 / (1 + np.exp(-(x[out] @ w + b)))
    counts = {g: int((grades == v).sum()) for g, v in (("A", 2), ("B", 1), ("C", 0))}
    print(f"{len(grades)} graded questions ({', '.join(sorted(set(versions)))}): {counts}")
    not_c = grades != 1
    print(f"leave-one-passage-out ROC AUC, A above C:       {auc(held_out[not_c], grades[not_c] == 2):.3f}"
          "   (goal >= 0.8)")  # fmt: skip
    print(f"leave-one-passage-out ROC AUC, A or B above C:  {auc(held_out, usable):.3f}")
    print("\nkeeping questions scored at least t (held-out scores):")
    print("     t   kept   A    B    C   C share")
    best = (0.0, 0.0)  # (threshold, unusable dropped minus usable dropped)
    for t in np.arange(0.3, 0.85, 0.05):
        kept = held_out >= t
        a, b_, c = ((grades[kept] == v).sum() for v in (2, 1, 0))
        share = c / max(1, kept.sum())
        print(f"  {t:4.2f}  {kept.sum():4d}  {a:3d}  {b_:3d}  {c:3d}   {share:5.0%}")
        # the threshold: where dropping removes more unusable questions than it costs usable
        # ones, a B counting half (a teacher must still edit it)
        gain = (counts["C"] - c) - (counts["A"] - a) - (counts["B"] - b_) / 2
        if gain > best[1]:
            best = (float(t), float(gain))
    pool = np.array([v == "candidates" for v in versions])
    _by_family(held_out, grades, pool, x[:, names.index("date_answer")] > 0)
    w, b = fit(x, usable.astype(float))
    print("\nweights (all examples):")
    for name, value in sorted(zip(names, w, strict=True), key=lambda kv: -abs(kv[1])):
        print(f"  {name:14} {value:+.3f}")
    print(f"  {'bias':14} {b:+.3f}\nthreshold: {best[0]:.2f}")
    if args.write:
        data = {
            "trained_on": sorted(set(versions)),
            "examples": len(grades),
            "threshold": round(best[0], 2),
            "bias": round(b, 4),
            "weights": {name: round(float(value), 4) for name, value in zip(names, w, strict=True)},
        }
        header = "# Written by `python -m bench quality --write`: do not edit by hand.\n"
        WEIGHTS_FILE.write_text(header + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        print(f"written to {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
