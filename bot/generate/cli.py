"""`quizbot generate`: draft question files from passages, with progress for long runs."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.generate.draft import draft_text, passage_id_from
from bot.generate.pipeline import DEFAULT_MODEL, MAX_QUESTIONS, GeneratorUnavailable, load_pipeline
from bot.question_writer import atomic_write
from bot.questions import parse_question_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("passages", nargs="+", type=Path, help="UTF-8 text files, one passage each")
    parser.add_argument(
        "-o", "--output", type=Path, required=True,
        help="draft file (one passage) or folder (several), e.g. questions/drafts/NAME.yaml",
    )  # fmt: skip
    parser.add_argument("--seed", type=int, default=0, help="same seed, same drafts")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    parser.add_argument("--title", help="the passage's title as learners see it")
    parser.add_argument("--limit", type=int, default=MAX_QUESTIONS, help="questions per passage")
    parser.add_argument(
        "--min-quality", type=float, default=None, metavar="P",
        help="draft only questions the quality model scores at least P (default: its own "
        "threshold); a higher P drafts fewer, mostly dates, which the model trusts most",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    passages: list[Path] = args.passages
    many = len(passages) > 1 or args.output.suffix not in (".yaml", ".yml")
    missing = [p for p in passages if not p.is_file()]
    if missing:
        print(f"quizbot generate: no such file: {missing[0]}", file=sys.stderr)
        return 2
    from bot.generate.questions import generate  # the bot's own start-up never loads it

    print(f"Loading the French pipeline {args.model} (a few seconds)…", file=sys.stderr)
    started = time.perf_counter()
    try:
        nlp = load_pipeline(args.model)
    except GeneratorUnavailable as exc:
        print(f"quizbot generate: {exc}", file=sys.stderr)
        return 2
    print(f"  loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    total = 0
    for number, path in enumerate(passages, start=1):
        began = time.perf_counter()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"[{number}/{len(passages)}] {path.name}: cannot read ({exc})", file=sys.stderr)
            continue
        generation = generate(
            text, seed=args.seed, nlp=nlp, limit=args.limit, min_quality=args.min_quality
        )
        if not generation.candidates:  # a file with no question is no draft: say why instead
            print(
                f"[{number}/{len(passages)}] {path.name}: no question kept of "
                f"{len(generation.tried)} tried ({time.perf_counter() - began:.1f} s)",
                file=sys.stderr,
            )
            continue
        passage_id = passage_id_from(path.stem)
        draft = draft_text(
            generation,
            passage_id=passage_id,
            title=args.title or generation.title or path.stem.replace("-", " ").capitalize(),
            source=path.name,
            seed=args.seed,
            model=args.model,
            now=datetime.now(UTC),
        )
        target = args.output / f"{passage_id}.yaml" if many else args.output
        report = parse_question_file(draft, target.name)
        if not report.ok:  # a generator bug: say so rather than write a file the bot rejects
            print(f"[{number}/{len(passages)}] {path.name}: invalid draft: {report.errors[0]}",
                  file=sys.stderr)  # fmt: skip
            continue
        atomic_write(target, draft)
        total += len(generation.candidates)
        print(
            f"[{number}/{len(passages)}] {path.name}: {len(generation.candidates)} questions kept "
            f"of {len(generation.tried)} tried, {len(generation.mentions)} facts "
            f"({time.perf_counter() - began:.1f} s) -> {target}",
            file=sys.stderr,
        )
    print(f"{total} draft questions in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0 if total else 1
