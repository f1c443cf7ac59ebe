"""Pure quiz logic: which question next, how choices are shown, what an answer is worth.

No Telegram, no I/O, no clock, no global random: every input is passed in, so the same rules
serve inline buttons today and quiz polls in groups later.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from bot.questions import Question


class InvalidChoice(ValueError):
    """A choice index that the asked question does not have (forged or stale input)."""


SNAPSHOT_VERSION = 3  # of AskedQuestion.to_json


@dataclass(frozen=True)
class AskedQuestion:
    """What a learner was shown, kept with the quiz so that later edits to the question file
    never change how an answer already in flight is judged."""

    question_id: str
    fingerprint: str
    language: str
    text: str
    choices: tuple[str, ...]  # in the order shown
    correct: int  # index into `choices`
    explanation: str
    difficulty: int
    passage: str  # the passage's title, as shown
    paragraph: int
    passage_id: str = ""  # which passage (for "read the paragraph"); "" in old snapshots
    accept: tuple[str, ...] = ()  # the right answer and its variants, for typed answers

    def to_json(self) -> str:
        """Kept in SQLite with each quiz, so it must load in later versions of the bot."""
        data = {"v": SNAPSHOT_VERSION, **asdict(self)}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, blob: str) -> AskedQuestion:
        """Any version: version 1 had no "v" key; keys a newer version added are ignored."""
        data = json.loads(blob)
        data.pop("v", 1)
        data["choices"] = tuple(data["choices"])
        data["accept"] = tuple(data.get("accept", ()))
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


@dataclass(frozen=True)
class SeenStat:
    """How often a learner was asked a question, and when last (a growing sequence number)."""

    times: int
    last: int


@dataclass(frozen=True)
class Outcome:
    choice: int
    correct: bool
    points: int


def pick_next(
    candidates: Sequence[str], seen: Mapping[str, SeenStat], rng: random.Random
) -> str | None:
    """Least-asked first, so nothing repeats before every question has been seen; among those,
    never the one just asked when there is another."""
    if not candidates:
        return None
    never = SeenStat(0, -1)
    fewest = min(seen.get(qid, never).times for qid in candidates)
    pool = sorted(qid for qid in candidates if seen.get(qid, never).times == fewest)
    if len(pool) > 1 and seen:
        latest = max(seen, key=lambda qid: seen[qid].last)
        pool = [qid for qid in pool if qid != latest] or pool
    return rng.choice(pool)


def ask(question: Question, language: str, rng: random.Random) -> AskedQuestion:
    wording = question.wording(language)
    order = list(range(len(wording.choices)))
    if question.shuffle:
        rng.shuffle(order)
    return AskedQuestion(
        question_id=question.id,
        fingerprint=question.fingerprint,
        language=language if language in question.wordings else question.languages[0],
        text=wording.question,
        choices=tuple(wording.choices[i] for i in order),
        correct=order.index(question.answer_index),
        explanation=wording.explanation,
        difficulty=question.difficulty,
        passage=question.title_in(language),
        paragraph=question.paragraph,
        passage_id=question.passage,
        accept=question.typed_answers(language),
    )


def points_for(difficulty: int, correct: bool) -> int:
    """A right answer is worth its difficulty (1 to 3); a wrong one costs nothing."""
    return difficulty if correct else 0


def judge(asked: AskedQuestion, choice: int) -> Outcome:
    if not 0 <= choice < len(asked.choices):
        raise InvalidChoice(choice)
    correct = choice == asked.correct
    return Outcome(choice, correct, points_for(asked.difficulty, correct))


# --- games in groups (quiz polls) -------------------------------------------------------------

SPEED_BONUS_MAX = 2


def speed_bonus(elapsed: float, period: float) -> int:
    """2 points for an answer in the first third of the time, 1 in the second, 0 after."""
    if period <= 0:
        return 0
    share = min(max(elapsed / period, 0.0), 1.0)
    return max(SPEED_BONUS_MAX - int(3 * share), 0)


def timed_outcome(asked: AskedQuestion, choice: int, elapsed: float, period: float) -> Outcome:
    """A timed question: a right answer is worth its difficulty plus the speed bonus."""
    outcome = judge(asked, choice)
    if not outcome.correct:
        return outcome
    return Outcome(choice, True, outcome.points + speed_bonus(elapsed, period))


def pick_game(
    candidates: Sequence[str], count: int, played: Mapping[str, int], rng: random.Random
) -> list[str]:
    """`count` different questions, those the chat has played least first, in random order."""
    shuffled = list(candidates)
    rng.shuffle(shuffled)
    shuffled.sort(key=lambda qid: played.get(qid, 0))  # stable: random among equals
    chosen = shuffled[:count]
    rng.shuffle(chosen)
    return chosen


@dataclass(frozen=True)
class Ranked:
    """One line of a ranking: equal points share a rank (1, 2, 2, 4)."""

    rank: int
    user_id: int
    points: int
    correct: int


def rank(rows: Sequence[tuple[int, int, int]]) -> list[Ranked]:
    """(user, points, right answers) best first: more points, then more right answers."""
    ordered = sorted(rows, key=lambda r: (-r[1], -r[2], r[0]))
    ranked: list[Ranked] = []
    for position, (user_id, points, correct) in enumerate(ordered, start=1):
        tied = ranked and ranked[-1].points == points
        ranked.append(Ranked(ranked[-1].rank if tied else position, user_id, points, correct))
    return ranked


# --- spaced review (Leitner boxes) ------------------------------------------------------------

# Box n waits REVIEW_INTERVALS[n] after a right answer; a wrong answer goes back to box 0 and
# comes back within the session. Leitner boxes rather than SM-2: a learner sees why a question
# came back ("you missed it", "it has been a week"), and there is no per-learner ease factor
# to tune from the few answers a passage gets.
REVIEW_INTERVALS = (
    timedelta(minutes=10), timedelta(days=1), timedelta(days=3), timedelta(days=7),
    timedelta(days=16), timedelta(days=35),
)  # fmt: skip
MASTERY_STREAK = 2  # right answers in a row, each at least a day after the previous one
MASTERY_SPACING = timedelta(days=1)


@dataclass(frozen=True)
class ReviewState:
    box: int
    due_at: datetime
    streak: int  # right answers in a row, counted at most once a day
    last_right_at: datetime | None
    wrong: int  # how often this learner missed it, in all

    @property
    def mastered(self) -> bool:
        return self.streak >= MASTERY_STREAK


def review_after(state: ReviewState | None, correct: bool, now: datetime) -> ReviewState:
    """The learner's state for a question after one more answer."""
    if not correct:
        return ReviewState(
            box=0,
            due_at=now + REVIEW_INTERVALS[0],
            streak=0,
            last_right_at=state.last_right_at if state else None,
            wrong=(state.wrong if state else 0) + 1,
        )
    if state is not None and now < state.due_at and state.box > 0:
        box = state.box  # asked again before it was due: no jump ahead
    else:
        box = min((state.box if state else 0) + 1, len(REVIEW_INTERVALS) - 1)
    streak = state.streak if state else 0
    last = state.last_right_at if state else None
    if streak == 0 or last is None or now - last >= MASTERY_SPACING:
        streak += 1
    return ReviewState(box, now + REVIEW_INTERVALS[box], streak, now, state.wrong if state else 0)
