"""Where the dev set's key facts are lost, stage by stage, before anyone grades a draft.

A teacher's reading says how good the drafts are; it does not say why a key fact got no
question. For every key fact of bench/devset/facts/, this follows its answer through the
generator and counts the first stage that loses it:

- not found: no mention of the answer (an event, a cause, a consequence: no name at all);
- no wrong answers: a form was drafted, but three wrong answers of its kind (for a person,
  of his station) were not found;
- no form: the answer is found, but no question form was tried on it;
- refused: every form tried broke a rule (the rules most often named are listed);
- below the model: every form that passed scored under the quality model's threshold;
- not chosen: a good form lost to another question (one per answer, per sentence …);
- kept: a draft asks it.

Answers are matched loosely (case, accents and a leading article aside; one inside the
other), so read the counts as a map of where to work, not as recall to the unit.

    python -m bench keyfacts [--type person] [--examples 10]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import yaml

EXTRA = "generate"  # spaCy and its French models: `python -m bench all` leaves it out
DEVSET = Path(__file__).resolve().parent / "devset"
STAGES = (
    "kept", "not chosen", "below the model", "refused", "no wrong answers", "no form", "not found"
)  # fmt: skip


def plain(text: object) -> str:
    """The answer as matched: no accents, no case, no leading article."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    folded = folded.casefold().strip()
    for article in ("le ", "la ", "les ", "l'"):
        if folded.startswith(article):
            return folded[len(article) :].strip()
    return folded


def same(answer: str, found: str, kind: str = "") -> bool:
    """For a count (`kind` 'number'), a short number found counts where the answer holds it
    whole: '363' for '363 voix contre 117', 'dix-huit' for 'dix-huit apparitions'; not '5'
    for '5 000', nor a day or a year inside a date."""
    found = plain(found)
    if found == answer or (len(found) > 3 and (found in answer or answer in found)):
        return True
    return kind == "number" and _counted(found, answer)


def _counted(number: str, answer: str) -> bool:
    from bot.generate.facts import NUMBER_WORDS

    words = number.replace("-", " ").split()
    if not re.fullmatch(r"\d[\d \u00a0\u202f,]*|[a-z-]+", number) or not words:
        return False
    if not number[:1].isdigit() and words[0] not in NUMBER_WORDS:
        return False
    before = r"(?<![\w,-])(?<!\d[ \u00a0\u202f])"  # not '10' of '2 10', nor of '10 000'
    after = r"(?![\w,-]|[ \u00a0\u202f]\d{3})"
    return bool(re.search(rf"{before}{re.escape(number)}{after}", answer))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--type", help="only the key facts of this type (person, date …)")
    parser.add_argument("--examples", type=int, default=0, help="print N facts per lost stage")
    args = parser.parse_args(argv)

    from bot.generate.pipeline import load_pipeline
    from bot.generate.quality import threshold
    from bot.generate.questions import generate, problems

    nlp = load_pipeline()
    floor = threshold()
    stages: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    rules: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    files = sorted((DEVSET / "facts").glob("*.yaml"))
    for number, path in enumerate(files, 1):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = record["passage"]
        passage = (DEVSET / "passages" / f"{name}.txt").read_text(encoding="utf-8")
        print(f"[{number}/{len(files)}] {name}", file=sys.stderr)
        drafts = generate(passage, nlp=nlp)
        for fact in record["facts"]:
            if args.type and fact["type"] != args.type:
                continue
            answer = plain(fact["answer"])
            kind = fact["type"]
            tried = [c for c in drafts.tried if same(answer, c.answer, kind)]
            passing = [c for c in tried if not problems(c)]
            if any(same(answer, c.answer, kind) for c in drafts.candidates):
                stage = "kept"
            elif not tried and any(same(answer, name, kind) for name in drafts.unanswered):
                stage = "no wrong answers"
            elif not tried:
                found = any(same(answer, m.text, kind) for m in drafts.mentions)
                stage = "no form" if found else "not found"
            elif not passing:
                stage = "refused"
                rules.update(rule for c in tried for rule in problems(c))
            elif all(c.quality < floor for c in passing):
                stage = "below the model"
            else:
                stage = "not chosen"
            stages[stage] += 1
            by_type[fact["type"]][stage] += 1
            examples[stage].append(f"{name}: {fact['answer']} | {fact['fact']}")

    total = sum(stages.values())
    print(f"{total} key facts of {len(files)} passages, the stage that loses each:")
    for stage in STAGES:
        print(f"  {stage:16} {stages[stage]:5}  {stages[stage] / max(total, 1):6.1%}")
    print("\nby type (" + " / ".join(STAGES) + "):")
    for kind, counts in sorted(by_type.items(), key=lambda item: -sum(item[1].values())):
        row = " / ".join(str(counts[stage]) for stage in STAGES)
        print(f"  {kind:12} {sum(counts.values()):5}  {row}")
    print("\nthe rules that refused most:")
    for rule, count in rules.most_common(10):
        print(f"  {count:5}  {rule}")
    for stage in STAGES[1:] if args.examples else ():
        print(f"\n{stage}, {min(args.examples, len(examples[stage]))} of {len(examples[stage])}:")
        for line in examples[stage][: args.examples]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
