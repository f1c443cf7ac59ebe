"""Question files: the YAML format admins edit, its validation, and the immutable bank.

A file is the unit of validity: a file with any error is rejected whole, so a half-fixed file
never serves half its questions. Every error names the file, the question and the field.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

# Telegram's limits (quiz polls are the strictest consumer of a question).
MAX_QUESTION_CHARS = 300
MAX_CHOICE_CHARS = 100
MAX_EXPLANATION_CHARS = 200
MAX_EXPLANATION_LINE_FEEDS = 2
MIN_CHOICES = 2
MAX_ACCEPTED = 10  # typed-answer variants per question and language
MAX_QUESTIONS_PER_FILE = 5_000
MAX_FILE_CHARS = 10 * 1024 * 1024
MAX_ERRORS_KEPT = 20  # per file; the rest are counted
TRUE_FALSE = ({"vrai", "faux"}, {"true", "false"})
MAX_TYPED_ANSWER_WORDS = 6  # longer answers are clauses: asked with choices only
MAX_CHOICES = 12
CALLBACK_DATA_MAX_BYTES = 64
# Admin buttons carry a question id after a short prefix ("q:del:" and the like).
CALLBACK_PREFIX_RESERVED_BYTES = 16
MAX_ID_BYTES = CALLBACK_DATA_MAX_BYTES - CALLBACK_PREFIX_RESERVED_BYTES
ID_PATTERN = re.compile(r"^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$")
LANGUAGES = ("fr", "en")
DRAFTS_DIR = "drafts"

Language = Literal["fr", "en"]
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def fold_ascii(text: str) -> str:
    """Lowercase ASCII with accents and ligatures spelled out: 'Œuvre été' -> 'oeuvre ete'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return decomposed.encode("ascii", "ignore").decode().lower()


@dataclass(frozen=True)
class QuestionError:
    file: str
    question: str  # "id 'x'" or "#3" when the id itself is unusable
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}"
        if self.question:
            where += f", question {self.question}"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Wording:
    """The text of a question in one language; choices are in file order."""

    question: str
    choices: tuple[str, ...]
    explanation: str
    accept: tuple[str, ...] = ()  # other ways to type the right answer


@dataclass(frozen=True, eq=True)
class Question:
    id: str
    wordings: Mapping[str, Wording] = field(hash=False, compare=False)  # never mutated
    answer_index: int
    difficulty: int
    tags: tuple[str, ...]
    passage: str
    paragraph: int
    file: str
    passage_title: str
    fingerprint: str  # changes whenever anything a learner sees changes
    shuffle: bool = True  # False keeps the file's order (true/false, "all of the above")
    passage_title_en: str | None = None
    passage_override: str | None = None  # the question's own `passage:`, if it has one
    typed: bool = True  # may be asked without choices, the learner typing the answer

    def typed_answers(self, language: str) -> tuple[str, ...]:
        """The right answer and its accepted variants, in `language`."""
        wording = self.wording(language)
        return (wording.choices[self.answer_index], *wording.accept)

    def title_in(self, language: str) -> str:
        return (
            self.passage_title_en
            if language == "en" and self.passage_title_en
            else (self.passage_title)
        )

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.wordings)

    def wording(self, language: str) -> Wording:
        """The wording in `language`, else the file's main language."""
        found = self.wordings.get(language)
        return found if found is not None else next(iter(self.wordings.values()))


# --- the file format, as pydantic models -----------------------------------------------------

_Text = Field(min_length=1)


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )


def _check_choices(choices: list[str]) -> list[str]:
    seen: set[str] = set()
    for index, choice in enumerate(choices):
        if len(choice) > MAX_CHOICE_CHARS:
            raise ValueError(
                f"choice {index + 1} has {len(choice)} characters; Telegram allows "
                f"{MAX_CHOICE_CHARS}"
            )
        if not choice:
            raise ValueError(f"choice {index + 1} is empty")
        key = choice.casefold()
        if key in seen:
            raise ValueError(f"choice {index + 1} ({choice!r}) appears twice")
        seen.add(key)
    return choices


def _check_explanation(text: str) -> str:
    if text.count("\n") > MAX_EXPLANATION_LINE_FEEDS:
        raise ValueError(
            f"has {text.count(chr(10))} line breaks; Telegram allows {MAX_EXPLANATION_LINE_FEEDS}"
        )
    return text


class _Translation(_Strict):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    choices: list[str] = Field(min_length=MIN_CHOICES, max_length=MAX_CHOICES)
    explanation: str = Field(min_length=1, max_length=MAX_EXPLANATION_CHARS)
    accept: list[str] = Field(default_factory=list, max_length=MAX_ACCEPTED)

    _choices = field_validator("choices")(_check_choices)
    _explanation = field_validator("explanation")(_check_explanation)


class _QuestionEntry(_Strict):
    id: str = Field(min_length=1, max_length=MAX_ID_BYTES)
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    choices: list[str] = Field(min_length=MIN_CHOICES, max_length=MAX_CHOICES)
    answer: str = Field(min_length=1)
    explanation: str = Field(min_length=1, max_length=MAX_EXPLANATION_CHARS)
    difficulty: int = Field(ge=1, le=3)
    paragraph: int = Field(ge=1)
    tags: list[str] = Field(default_factory=list)
    shuffle: bool = True
    typed: bool | None = None
    accept: list[str] = Field(default_factory=list, max_length=MAX_ACCEPTED)
    passage: str | None = None
    en: _Translation | None = None
    fr: _Translation | None = None

    _choices = field_validator("choices")(_check_choices)
    _explanation = field_validator("explanation")(_check_explanation)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(
                "use lowercase letters, digits, '-' and '_' only (e.g. 'p1-founding-year'); "
                "ids must stay stable once published"
            )
        return value

    @field_validator("answer")
    @classmethod
    def _answer_is_a_choice(cls, value: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices is not None and value.casefold() not in [c.casefold() for c in choices]:
            raise ValueError(f"{value!r} is not one of the choices")
        return value

    @field_validator("tags")
    @classmethod
    def _tags_shape(cls, tags: list[str]) -> list[str]:
        for tag in tags:
            if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", tag):
                raise ValueError(f"tag {tag!r}: use one lowercase word (letters, digits, - or _)")
        return tags

    @field_validator("en", "fr")
    @classmethod
    def _same_number_of_choices(
        cls, value: _Translation | None, info: ValidationInfo
    ) -> _Translation | None:
        choices = info.data.get("choices")
        if value is not None and choices is not None and len(value.choices) != len(choices):
            raise ValueError(
                f"has {len(value.choices)} choices but the question has {len(choices)}; "
                "list the translated choices in the same order"
            )
        return value


class _FileHeader(_Strict):
    passage: str = Field(min_length=1)
    title: str | None = Field(default=None, min_length=1, max_length=120)
    title_en: str | None = Field(default=None, min_length=1, max_length=120)
    language: Language = "fr"
    questions: list[Any] = Field(min_length=1)


# --- loading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileReport:
    """What one file gave: its questions, or the reasons it was rejected."""

    path: Path
    name: str  # as shown to admins: relative to the questions folder
    questions: tuple[Question, ...] = ()
    errors: tuple[QuestionError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def _format_loc(loc: Sequence[str | int]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]" if text else f"#{part + 1}"
        else:
            text += f".{part}" if text else part
    return text


def _pydantic_message(error: Any) -> str:
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] in {"string_too_long", "too_long"} and isinstance(
        error.get("input"), str | list
    ):
        message += f" (it has {len(error['input'])})"
    if error["type"] == "extra_forbidden":
        message = "unknown field (check the spelling)"
    return message


def _fingerprint(
    entry: _QuestionEntry, passage: str, title: str | None, title_en: str | None
) -> str:
    import hashlib

    blob = entry.model_dump_json() + "\x00" + passage + "\x00" + (title or "")
    blob += "\x00" + (title_en or "")
    return hashlib.blake2b(blob.encode(), digest_size=8).hexdigest()


class _Errors(list[QuestionError]):
    """The first MAX_ERRORS_KEPT errors of a file, and a count of the rest: a hostile or badly
    broken file must not produce millions of error objects."""

    more = 0

    def append(self, error: QuestionError) -> None:
        if len(self) < MAX_ERRORS_KEPT:
            super().append(error)
        else:
            self.more += 1

    def final(self, name: str) -> tuple[QuestionError, ...]:
        if not self.more:
            return tuple(self)
        total = len(self) + self.more
        summary = QuestionError(name, "", "", f"{total} errors; the first {len(self)} follow")
        return (summary, *self)


_ALIAS_HINT = re.compile(r"[&*][^\s,\[\]{}]")  # anchor names may hold any of those


def _uses_aliases(text: str) -> bool:
    """YAML anchors and aliases (&a, *a): question files never need them, and a few bytes of
    them expand to millions of nodes (the 'billion laughs'). Refused before anything is built."""
    if not _ALIAS_HINT.search(text):
        return False
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return any(
        isinstance(token, yaml.AnchorToken | yaml.AliasToken)
        for token in yaml.scan(text, Loader=loader)
    )


def parse_question_file(text: str, name: str, path: Path | None = None) -> FileReport:
    """Parse and validate one file's text; never raises for bad content."""
    path = path or Path(name)
    errors = _Errors()

    def fail(message: str, question: str = "", where: str = "") -> FileReport:
        errors.append(QuestionError(name, question, where, message))
        return FileReport(path, name, (), errors.final(name))

    if len(text) > MAX_FILE_CHARS:
        return fail(f"the file is too large ({len(text)} characters; at most {MAX_FILE_CHARS})")
    try:
        if _uses_aliases(text):
            return fail("YAML anchors and aliases (&name, *name) are not allowed in question files")
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return fail(f"not valid YAML{where}: {problem}")
    except RecursionError:
        return fail("the file is nested too deeply")
    questions_found = raw.get("questions") if isinstance(raw, dict) else None
    if isinstance(questions_found, list) and len(questions_found) > MAX_QUESTIONS_PER_FILE:
        return fail(
            f"{len(questions_found)} questions in one file; at most {MAX_QUESTIONS_PER_FILE}: "
            "split it into several files"
        )
    if raw is None:
        return fail("the file is empty")
    if not isinstance(raw, dict):
        return fail("the file must be a mapping with 'passage' and 'questions'")
    try:
        header = _FileHeader.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            errors.append(QuestionError(name, "", _format_loc(err["loc"]), _pydantic_message(err)))
        return FileReport(path, name, (), errors.final(name))

    questions: list[Question] = []
    seen_ids: dict[str, int] = {}
    for index, item in enumerate(header.questions):
        label = f"#{index + 1}"
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            label = f"'{item['id']}' (#{index + 1})"
        if not isinstance(item, dict):
            errors.append(QuestionError(name, label, "", "each question must be a mapping"))
            continue
        raw_id = item.get("id")
        if isinstance(raw_id, str):
            if raw_id in seen_ids:
                errors.append(
                    QuestionError(
                        name, label, "id", f"duplicate id, first used by #{seen_ids[raw_id]}"
                    )
                )
            else:
                seen_ids[raw_id] = index + 1
        try:
            entry = _QuestionEntry.model_validate(item)
        except ValidationError as exc:
            for err in exc.errors():
                errors.append(
                    QuestionError(name, label, _format_loc(err["loc"]), _pydantic_message(err))
                )
            continue
        translation_error = _translation_clash(entry, header.language)
        if translation_error:
            errors.append(QuestionError(name, label, header.language, translation_error))
            continue
        questions.append(_to_question(entry, header, name))

    if errors:
        return FileReport(path, name, (), errors.final(name))
    return FileReport(path, name, tuple(questions), ())


def _translation_clash(entry: _QuestionEntry, language: str) -> str | None:
    if getattr(entry, language) is not None:
        return (
            f"the file's language is '{language}': its wording goes at the top level of the "
            "question, not in a block of its own"
        )
    return None


def _to_question(entry: _QuestionEntry, header: _FileHeader, name: str) -> Question:
    answer_index = [c.casefold() for c in entry.choices].index(entry.answer.casefold())
    wordings: dict[str, Wording] = {
        header.language: Wording(
            entry.question, tuple(entry.choices), entry.explanation, tuple(entry.accept)
        )
    }
    for language in LANGUAGES:
        translation: _Translation | None = getattr(entry, language)
        if translation is not None:
            wordings[language] = Wording(
                translation.question,
                tuple(translation.choices),
                translation.explanation,
                tuple(translation.accept),
            )
    passage = entry.passage or header.passage
    return Question(
        id=entry.id,
        wordings=wordings,
        answer_index=answer_index,
        difficulty=entry.difficulty,
        tags=tuple(entry.tags),
        passage=passage,
        paragraph=entry.paragraph,
        file=name,
        passage_title=header.title or passage,
        passage_title_en=header.title_en,
        fingerprint=_fingerprint(entry, passage, header.title, header.title_en),
        shuffle=entry.shuffle,
        passage_override=entry.passage,
        typed=_typeable(entry),
    )


def _typeable(entry: _QuestionEntry) -> bool:
    """Typed answers suit names, dates, terms; never true/false; clauses only when the file
    says so (`typed: true`), and any question can opt out (`typed: false`)."""
    if {c.casefold() for c in entry.choices} in TRUE_FALSE:
        return False
    if entry.typed is None and not entry.shuffle:
        return False  # kept in order: "all of the above", "which of these": choices needed
    if entry.typed is not None:
        return entry.typed
    return len(entry.answer.split()) <= MAX_TYPED_ANSWER_WORDS


def is_served(relative: PurePath) -> bool:
    """The one definition of a served file, by its path relative to the questions folder:
    YAML, not hidden (editors' temporary files), not under drafts/ (drafts await review)."""
    if relative.suffix not in {".yaml", ".yml"} or not relative.parts:
        return False
    if any(part.startswith(".") for part in relative.parts):
        return False
    return relative.parts[0] != DRAFTS_DIR


def question_files(folder: Path) -> list[Path]:
    """Files served from `folder`, in serving order."""
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.rglob("*") if is_served(path.relative_to(folder)) and path.is_file()
    )


def load_file(path: Path, folder: Path) -> FileReport:
    name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return FileReport(path, name, (), (QuestionError(name, "", "", f"cannot read: {exc}"),))
    return parse_question_file(text, name, path)


def load_folder(folder: Path) -> list[FileReport]:
    return [load_file(path, folder) for path in question_files(folder)]


@dataclass(frozen=True)
class QuestionBank:
    """An immutable set of valid questions; a reload builds a new bank and swaps it whole."""

    questions: Mapping[str, Question]
    files: Mapping[str, FileReport]

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions.values())

    def get(self, question_id: str) -> Question | None:
        return self.questions.get(question_id)

    def ids(self) -> list[str]:
        return list(self.questions)

    def taken_elsewhere(self, questions: Iterable[Question], file: str) -> dict[str, str]:
        """Ids of `questions` already served from another file than `file` -> that file."""
        return {
            q.id: self.questions[q.id].file
            for q in questions
            if q.id in self.questions and self.questions[q.id].file != file
        }

    @classmethod
    def empty(cls) -> QuestionBank:
        return cls(MappingProxyType({}), MappingProxyType({}))

    @classmethod
    def build(cls, reports: Iterable[FileReport]) -> tuple[QuestionBank, list[FileReport]]:
        """Bank from the valid reports; returns also every report, with cross-file errors."""
        questions: dict[str, Question] = {}
        files: dict[str, FileReport] = {}
        final: list[FileReport] = []
        for report in reports:
            if report.ok:
                clashes = [
                    QuestionError(
                        report.name,
                        f"'{q.id}'",
                        "id",
                        f"duplicate id, already used in {questions[q.id].file}",
                    )
                    for q in report.questions
                    if q.id in questions
                ]
                if clashes:
                    report = FileReport(report.path, report.name, (), tuple(clashes))
                else:
                    questions.update((q.id, q) for q in report.questions)
                    files[report.name] = report
            final.append(report)
        return cls(MappingProxyType(questions), MappingProxyType(files)), final


class BankLoadError(Exception):
    """No question file is usable: the bot cannot serve anything."""

    def __init__(self, folder: Path, errors: Sequence[QuestionError]) -> None:
        self.folder = folder
        self.errors = list(errors)
        lines = [f"No usable question file in {folder}:"] + [f"  - {e}" for e in errors]
        if not errors:
            lines.append("  (the folder has no .yaml files)")
        super().__init__("\n".join(lines))


def require_questions(
    folder: Path, bank: QuestionBank, reports: Sequence[FileReport]
) -> list[QuestionError]:
    """Start-up rule: skip broken files if at least one is good, else raise BankLoadError."""
    errors = [error for report in reports for error in report.errors]
    if len(bank) == 0:
        raise BankLoadError(folder, errors)
    return errors
