"""The shape every language must fill: a missing text is a type error, not a runtime surprise.

Texts are HTML (the bot's parse mode); placeholders receive values already escaped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Texts:
    language: str
    singular_up_to_one: bool  # French says "0 point", English "0 points"
    point: str
    points: str
    question: str
    questions: str

    start: str
    help: str
    menu_start: str
    menu_quiz: str
    menu_score: str
    menu_top: str
    menu_help: str

    question_header: str
    source_line: str
    right: str
    wrong: str
    your_choice: str
    streak: str
    next_button: str
    no_questions: str
    quiz_in_private_only: str

    already_answered: str
    not_yours: str
    stale_button: str
    invalid_button: str
    next_already_sent: str

    score: str
    score_none: str
    top_header: str
    top_line: str
    top_you: str
    top_empty: str
    you: str

    admin_only: str
    reload_summary: str
    reload_unchanged: str
    reload_errors: str
    reload_kept: str
    reload_skipped: str
    reload_kept_everything: str
    more_errors: str

    unknown_command: str
    text_hint: str
    error: str

    def count_points(self, count: int) -> str:
        return self._count(count, self.point, self.points)

    def count_questions(self, count: int) -> str:
        return self._count(count, self.question, self.questions)

    def _count(self, count: int, one: str, many: str) -> str:
        singular = count <= 1 if self.singular_up_to_one else count == 1
        return f"{count} {one if singular else many}"
