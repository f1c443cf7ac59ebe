"""Generated questions as a draft question file: the ordinary format, with review notes in
comments, kept under questions/drafts/ (not served) until an admin publishes it."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from bot.question_writer import render_item
from bot.questions import fold_ascii

if TYPE_CHECKING:  # the bot imports this module for ids; the generator stays unloaded
    from bot.generate.questions import Candidate, Generation

TAGS = {
    "person": "people", "organisation": "organisations", "place": "places", "work": "works",
    "event": "events", "year": "dates", "date": "dates", "month": "dates", "decade": "dates",
    "number": "numbers",
}  # fmt: skip


def passage_id_from(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold_ascii(name)).strip("-")
    return slug or "passage"


def draft_text(
    generation: Generation,
    *,
    passage_id: str,
    title: str,
    source: str,
    seed: int,
    model: str,
    now: datetime,
) -> str:
    lines = [
        f"# DRAFT generated from {source} on {now:%Y-%m-%d %H:%M} (model {model}, seed {seed}).",
        "# Not served until published: review every question (is it answerable from the text,",
        "# is exactly one choice right?), fix or delete, then /publish it in the bot or move the",
        "# file out of drafts/. Quality scores and sources are notes for the reviewer.",
        f"passage: {passage_id}",
        f"title: {_quoted(title)}",
        "questions:",
    ]
    text = "\n".join(lines) + "\n"
    taken: set[str] = set()
    for candidate in generation.candidates:
        question_id = _unique(f"gen-p{candidate.paragraph}-{_slug(candidate)}", taken)
        text += (
            f"  # quality {candidate.quality:.2f} · {candidate.form} question on a {candidate.kind}"
            f" · paragraph {candidate.paragraph}\n"
        )
        text += render_item(_entry(candidate, question_id), 2)
    return text


def _entry(candidate: Candidate, question_id: str) -> dict[str, object]:
    return {
        "id": question_id,
        "paragraph": candidate.paragraph,
        "difficulty": candidate.difficulty,
        "tags": [TAGS.get(candidate.kind, "facts")],
        "question": candidate.question,
        "choices": candidate.choices,
        "answer": candidate.answer,
        "explanation": candidate.explanation,
    }


def _slug(candidate: Candidate) -> str:
    """The answer's words, cut at 24 characters, never ending on a dash (ids may not)."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold_ascii(candidate.answer)).strip("-")
    return slug[:24].rstrip("-") or "fact"


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
