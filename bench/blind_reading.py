"""Blind readings of generated drafts: pack them for a fresh reader, then merge the grades.

A reader who knows which generator version wrote a question grades it with that in mind, so a
reading mixes the drafts of one or more versions, drops exact repeats, shuffles them and numbers
them per passage. The key (which version drafted which question) goes to a file the reader is
not given. After the reading, `merge` puts the grades beside the questions in
bench/devset/candidates/ (what the quality model learns from), adds new passages and their key
facts to the dev set, and prints per version the A/B/C shares, the key facts with an A or B
question and the questions per 300 words.

    python -m bench reading pack OUT --key KEY.json --passages P.txt... --facts DIR \\
        --drafts NAME=DIR [NAME=DIR ...] [--changed]
    python -m bench reading merge OUT --key KEY.json --generator "what was read" [--tag s42]
    python -m bench reading shares OUT --key KEY.json     # the figures only, nothing written

`--changed` (two draft folders) keeps only the questions that are not in both: how a change
is read without grading what it left alone. The reader writes OUT/grades/<passage>.yaml in the
format OUT/READER.md describes.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "bench" / "devset"
sys.path.insert(0, str(ROOT))

from bot.generate.draft import passage_id_from  # noqa: E402

READER = """\
# Grading quiz questions drafted from French history passages

`passages/` holds the passages, `facts/` the key facts a teacher wants tested in each, and
`questions/` the drafted multiple-choice questions, one file per passage. Read each passage,
then grade every one of its questions on its own, as a strict teacher preparing a quiz would:

- **A, usable unedited**: grammatical, natural French; answerable from the passage; exactly one
  right choice; wrong choices plausible, of the same fine kind and period; the stem does not
  give the answer away; it tests a meaningful fact; nothing truncated or dangling.
- **B, small edit**: at most two small operations (trim, change a word or two, swap one wrong
  choice, move an article into the choices).
- **C, unusable**: wrong, ambiguous (two defensible answers), wrong question word, ungrammatical,
  broken fragment, trivial, or not answerable from the passage.

Questions of one passage may test the same fact: grade each on its own and list the others of
the same fact under `same_fact_as`. Write `grades/<passage>.yaml` (same name as the questions
file) as:

    passage: <passage>
    labels:
    - id: <question id>
      grade: A            # A, B or C
      defects: [none]     # short tags: fragment, grammar, lost-subject, distractors, trivial,
                          # guessable, ambiguous, wrong, missing-context, question-word, ...
      same_fact_as: []    # ids of this passage's questions on the same fact
      facts: []           # ids of the key facts (facts/<passage>.yaml) it tests, if any
      note: one or two sentences saying why
"""


def main(argv: list[str] | None = None) -> int:
    if argv == []:  # `python -m bench all`: a reading needs its folders, so it only says how
        print(__doc__)
        return 0
    parser = argparse.ArgumentParser(
        prog="python -m bench reading", description=__doc__.split("\n\n")[0]
    )
    verbs = parser.add_subparsers(dest="verb", required=True)
    pack_parser = verbs.add_parser("pack", help="mix, shuffle and number drafts for a reader")
    pack_parser.add_argument("out", type=Path)
    pack_parser.add_argument(
        "--key", type=Path, required=True, help="JSON file kept from the reader"
    )
    pack_parser.add_argument("--passages", type=Path, nargs="+", required=True)
    pack_parser.add_argument("--facts", type=Path, required=True, help="folder of key-fact files")
    pack_parser.add_argument(
        "--drafts", nargs="+", required=True, help="NAME=FOLDER, one per version"
    )
    pack_parser.add_argument(
        "--changed", action="store_true", help="only what the versions do not share"
    )
    pack_parser.add_argument("--seed", type=int, default=0)
    for verb in ("merge", "shares"):
        sub = verbs.add_parser(verb)
        sub.add_argument("out", type=Path)
        sub.add_argument("--key", type=Path, required=True)
        if verb == "merge":
            sub.add_argument("--generator", required=True, help="what was read, for the record")
            sub.add_argument("--tag", default="", help="prefix for ids added to a passage's labels")
    args = parser.parse_args(argv)
    if args.verb == "pack":
        return pack(args)
    key = json.loads(args.key.read_text(encoding="utf-8"))
    grades = read_grades(args.out, key)
    if grades is None:
        return 1
    if args.verb == "merge":
        merge(args.out, key, grades, args.generator, args.tag)
    print_shares(args.out, key, grades)
    return 0


def question_key(item: dict) -> tuple[str, str, tuple[str, ...]]:
    return (str(item["question"]), str(item["answer"]), tuple(sorted(map(str, item["choices"]))))


def pack(args: argparse.Namespace) -> int:
    versions: dict[str, Path] = {}
    for spec in args.drafts:
        name, sep, folder = spec.partition("=")
        if not sep or not Path(folder).is_dir():
            print(f"--drafts wants NAME=FOLDER, got {spec!r}", file=sys.stderr)
            return 2
        versions[name] = Path(folder)
    if args.changed and len(versions) != 2:
        print("--changed compares exactly two versions", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    for sub in ("passages", "facts", "questions", "grades"):
        (args.out / sub).mkdir(parents=True, exist_ok=True)
    (args.out / "READER.md").write_text(READER, encoding="utf-8")
    key: dict[str, dict] = {}
    total = 0
    for passage in args.passages:
        slug = passage_id_from(passage.stem)
        found: dict[tuple, dict] = {}
        made_by: dict[tuple, list[str]] = {}
        for name, folder in versions.items():
            draft = folder / f"{slug}.yaml"
            items = (
                yaml.safe_load(draft.read_text(encoding="utf-8"))["questions"]
                if draft.is_file()
                else []
            )
            for item in items:
                found.setdefault(question_key(item), item)
                made_by.setdefault(question_key(item), []).append(name)
        keys = [k for k in found if not (args.changed and len(made_by[k]) == len(versions))]
        if not keys:
            continue
        rng.shuffle(keys)
        shutil.copy(passage, args.out / "passages" / f"{slug}.txt")
        facts = args.facts / f"{passage.stem}.yaml"
        if facts.is_file():
            shutil.copy(facts, args.out / "facts" / f"{slug}.yaml")
        questions = []
        for number, k in enumerate(keys, start=1):
            item = found[k]
            choices = [str(c) for c in item["choices"]]
            rng.shuffle(choices)
            qid = f"{slug}-{number}"
            questions.append({"id": qid, "question": item["question"], "choices": choices,
                              "answer": str(item["answer"])})  # fmt: skip
            key[qid] = {"passage": slug, "versions": made_by[k], "draft_id": item["id"]}
        text = yaml.safe_dump(
            {"passage": slug, "questions": questions},
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        (args.out / "questions" / f"{slug}.yaml").write_text(text, encoding="utf-8")
        total += len(questions)
        print(f"{slug}: {len(questions)} questions", file=sys.stderr)
    args.key.write_text(
        json.dumps({"versions": list(versions), "questions": key}, indent=1), encoding="utf-8"
    )
    print(f"{total} questions packed in {args.out}; key in {args.key}", file=sys.stderr)
    return 0


def read_grades(out: Path, key: dict) -> dict[str, dict] | None:
    """Every packed question's label, by id; None (and why, on stderr) if any is missing."""
    labels: dict[str, dict] = {}
    for path in sorted((out / "grades").glob("*.yaml")):
        for label in yaml.safe_load(path.read_text(encoding="utf-8"))["labels"]:
            if str(label.get("grade")) not in ("A", "B", "C"):
                print(f"{path.name}: {label.get('id')}: grade must be A, B or C", file=sys.stderr)
                return None
            labels[str(label["id"])] = label
    missing = sorted(set(key["questions"]) - set(labels))
    if missing:
        print(f"{len(missing)} questions not graded, first {missing[0]}", file=sys.stderr)
        return None
    return labels


def merge(out: Path, key: dict, grades: dict[str, dict], generator: str, tag: str) -> None:
    for path in sorted((out / "questions").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        slug = data["passage"]
        for sub, suffix in (("passages", ".txt"), ("facts", ".yaml")):
            target = DEVSET / sub / f"{slug}{suffix}"
            if not target.exists() and (out / sub / f"{slug}{suffix}").is_file():
                shutil.copy(out / sub / f"{slug}{suffix}", target)
        target = DEVSET / "candidates" / f"{slug}.yaml"
        record = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else None
        prefix = f"{slug}-{tag}-" if tag and record else f"{slug}-"
        new = []
        for item in data["questions"]:
            label = grades[item["id"]]
            number = item["id"].removeprefix(f"{slug}-")
            new.append({
                "id": prefix + number, "question": item["question"], "answer": item["answer"],
                "choices": item["choices"], "grade": str(label["grade"]),
                "defects": list(label.get("defects") or []),
                "same_fact_as": [prefix + str(s).removeprefix(f"{slug}-") for s in label.get("same_fact_as") or []],
                "facts": list(label.get("facts") or []), "note": str(label.get("note", "")),
            })  # fmt: skip
        if record is None:
            record = {"passage": slug, "generator": generator, "labels": new}
        else:
            record["labels"] += new
            record["more"] = [*record.get("more", []), generator]
        text = yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        target.write_text(text, encoding="utf-8")
    print(f"grades merged into {DEVSET / 'candidates'}", file=sys.stderr)


def print_shares(out: Path, key: dict, grades: dict[str, dict]) -> None:
    facts_of = {}
    words: Counter[str] = Counter()
    for path in sorted((out / "passages").glob("*.txt")):
        words[path.stem] = len(path.read_text(encoding="utf-8").split())
        facts = out / "facts" / f"{path.stem}.yaml"
        facts_of[path.stem] = (
            len(yaml.safe_load(facts.read_text(encoding="utf-8"))["facts"])
            if facts.is_file()
            else 0
        )
    print(f"{'version':12} {'n':>4} {'A':>5} {'B':>5} {'C':>5}  key facts  q/300w")
    for version in key["versions"]:
        ids = [qid for qid, entry in key["questions"].items() if version in entry["versions"]]
        count = Counter(str(grades[qid]["grade"]) for qid in ids)
        covered = {(key["questions"][q]["passage"], f) for q in ids if grades[q]["grade"] in "AB"
                   for f in grades[q].get("facts") or []}  # fmt: skip
        n = len(ids) or 1
        passages = {key["questions"][q]["passage"] for q in ids} | set(words)
        per300 = len(ids) * 300 / max(1, sum(words[p] for p in passages))
        print(f"{version:12} {len(ids):4} {count['A'] / n:5.0%} {count['B'] / n:5.0%} {count['C'] / n:5.0%}"
              f"  {len(covered):3}/{sum(facts_of.values()):<4}  {per300:5.1f}")  # fmt: skip
