"""Writing question files from the chat: drafts, atomic writes, and surgical edits.

Hand-written files keep their comments and layout: editing or deleting a question splices the
text of that one question (located with PyYAML's node positions) and leaves every other byte as
it was. Each change is checked by parsing the result before it replaces the file, and written
atomically (temporary file, fsync, rename, fsync of the folder), so a crash never leaves half a
file behind.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.questions import (
    LANGUAGES,
    FileReport,
    Question,
    QuestionError,
    fold_ascii,
    parse_question_file,
)

BOT_FILE_PREFIX = "from-chat-"
BOT_FILE_HEADER = (
    "# Questions added from Telegram by the bot's admins.\n"
    "# The bot appends to this file; it can be edited by hand like any other.\n"
)
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UnsafeEdit(Exception):
    """The file could not be changed without touching more than the one question."""


@dataclass
class Draft:
    """A question being written or edited in the chat (main language only)."""

    passage: str
    title: str | None = None
    question: str = ""
    choices: list[str] = field(default_factory=list)
    answer_index: int | None = None
    explanation: str = ""
    tags: list[str] = field(default_factory=list)
    difficulty: int | None = None
    paragraph: int | None = None
    shuffle: bool = True
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)
    question_id: str | None = None  # set when editing an existing question
    file: str | None = None  # its file, when editing
    passage_override: str | None = None  # the question's own `passage:`, kept by an edit
    # choices and answer as they were before the edit: translations are kept only while the
    # main language still has these (a translated choice list must match it one for one)
    original_choices: list[str] | None = None
    original_answer: int | None = None
    fingerprint: str | None = None  # of the question when the edit began

    @classmethod
    def of(cls, question: Question, main_language: str = "fr") -> Draft:
        main = question.wording(main_language)
        translations = {
            lang: {"question": w.question, "choices": list(w.choices), "explanation": w.explanation}
            for lang, w in question.wordings.items()
            if lang != main_language and lang in LANGUAGES
        }
        return cls(
            passage=question.passage,
            title=question.passage_title,
            question=main.question,
            choices=list(main.choices),
            answer_index=question.answer_index,
            explanation=main.explanation,
            tags=list(question.tags),
            difficulty=question.difficulty,
            paragraph=question.paragraph,
            shuffle=question.shuffle,
            translations=translations,
            question_id=question.id,
            file=question.file,
            passage_override=question.passage_override,
            original_choices=list(main.choices),
            original_answer=question.answer_index,
            fingerprint=question.fingerprint,
        )

    def dropped_translations(self) -> list[str]:
        """Languages whose wording the saved question will lose: the choices or the right
        answer changed, so the old translated choices no longer say the same thing."""
        if not self.translations:
            return []
        unchanged = (
            self.original_choices == self.choices and self.original_answer == self.answer_index
        )
        return [] if unchanged else sorted(self.translations)

    def entry(self, question_id: str) -> dict[str, Any]:
        """The question as it is written in a file, fields in the documented order."""
        assert self.answer_index is not None
        entry: dict[str, Any] = {"id": question_id}
        if self.passage_override:
            entry["passage"] = self.passage_override
        entry["paragraph"] = self.paragraph
        entry["difficulty"] = self.difficulty
        if self.tags:
            entry["tags"] = list(self.tags)
        entry["question"] = self.question
        entry["choices"] = list(self.choices)
        entry["answer"] = self.choices[self.answer_index]
        entry["explanation"] = self.explanation
        if not self.shuffle:
            entry["shuffle"] = False
        dropped = self.dropped_translations()
        for language, wording in self.translations.items():
            if language not in dropped:
                entry[language] = wording
        return entry

    def as_file(self, question_id: str = "draft") -> FileReport:
        """The draft as the loader reads it: every rule of the file format applies."""
        entry = self.entry(question_id)
        return parse_question_file(file_text(self.passage, self.title, [entry]), "draft")

    def validate(self, question_id: str = "draft") -> list[QuestionError]:
        return list(self.as_file(question_id).errors)


def new_question_id(text: str, taken: Iterable[str]) -> str:
    """A readable, stable id from the question's words: 'chat-en-quelle-annee-la-...'."""
    words = re.findall(r"[a-z0-9]+", fold_ascii(text))
    base = "chat-" + "-".join(words)[:32].rstrip("-") if words else "chat-question"
    taken = set(taken)
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def bot_file_name(passage: str) -> str:
    safe = re.sub(r"[^a-z0-9_-]+", "-", passage.lower()).strip("-") or "questions"
    return f"{BOT_FILE_PREFIX}{safe}.yaml"


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def atomic_move(source: Path, target: Path) -> None:
    """Within one file system a rename is atomic; the folder's fsync makes it durable."""
    os.replace(source, target)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def append_question(folder: Path, draft: Draft, question_id: str) -> Path:
    """Add a question to the bot's own file for the draft's passage (created if needed)."""
    path = folder / bot_file_name(draft.passage)
    entry = draft.entry(question_id)
    if not path.exists():
        text = BOT_FILE_HEADER + file_text(draft.passage, draft.title, [entry])
    else:
        text = path.read_text(encoding="utf-8")
        sequence = _questions_node(text)
        if sequence.flow_style or not sequence.value:
            raise UnsafeEdit(f"{path.name}: the question list is not a plain block list")
        indent = sequence.value[0].start_mark.column - 2
        text = text.rstrip("\n") + "\n" + render_item(entry, indent)
    _check(text, path.name, expect={question_id: entry})
    atomic_write(path, text)
    return path


def replace_question(path: Path, question_id: str, entry: dict[str, Any] | None) -> bool:
    """Rewrite one question in place (or delete it when `entry` is None), leaving every other
    line of the file untouched. Returns False when the file was removed (its last question)."""
    text = path.read_text(encoding="utf-8")
    sequence = _questions_node(text)
    items = [item for item in sequence.value if _id_of(item) == question_id]
    if len(items) != 1 or sequence.flow_style:
        raise UnsafeEdit(f"{path.name}: question {question_id!r} cannot be located safely")
    if entry is None and len(sequence.value) == 1:
        path.unlink()
        return False
    item = items[0]
    start = text.rfind("\n", 0, item.start_mark.index) + 1
    end = _content_end(item)
    newline = text.find("\n", end)
    end = len(text) if newline == -1 else newline + 1
    if entry is None:
        new_text = text[:start] + text[end:]
    else:
        indent = item.start_mark.column - 2
        new_text = text[:start] + render_item(entry, indent) + text[end:]
    before = {q.id: q.fingerprint for q in parse_question_file(text, path.name).questions}
    after = _check(new_text, path.name, expect={question_id: entry} if entry else {})
    unchanged = {qid: fp for qid, fp in before.items() if qid != question_id}
    if {qid: fp for qid, fp in after.items() if qid != question_id} != unchanged:
        raise UnsafeEdit(f"{path.name}: the edit would change other questions")
    atomic_write(path, new_text)
    return True


def file_text(passage: str, title: str | None, entries: list[dict[str, Any]]) -> str:
    header: dict[str, Any] = {"passage": passage}
    if title and title != passage:
        header["title"] = title
    text = yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=10**6) + "questions:\n"
    return text + "".join(render_item(entry, 2) for entry in entries)


def render_item(entry: dict[str, Any], indent: int) -> str:
    block = _dump([entry])
    return "".join(" " * indent + line + "\n" for line in block.splitlines())


def _dump(data: Any) -> str:
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=10**6, default_flow_style=None
    )


def _questions_node(text: str) -> yaml.SequenceNode:
    root = yaml.compose(text, Loader=_Loader)
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "questions" and isinstance(value, yaml.SequenceNode):
                return value
    raise UnsafeEdit("the file has no question list")


def _id_of(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "id" and isinstance(value, yaml.ScalarNode):
                return str(value.value)
    return None


def _content_end(node: yaml.Node) -> int:
    """Where a node's own text ends (a block mapping's end mark runs on over later comments)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1])
    return int(node.end_mark.index)


def _check(text: str, name: str, expect: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Parse the new text; refuse it unless valid and holding exactly the expected entries."""
    report: FileReport = parse_question_file(text, name)
    if not report.ok:
        raise UnsafeEdit("; ".join(str(e) for e in report.errors))
    found = {q.id: q for q in report.questions}
    for question_id, entry in expect.items():
        question = found.get(question_id)
        if (
            question is None
            or question.wording(question.languages[0]).question != entry["question"]
        ):
            raise UnsafeEdit(f"{name}: question {question_id!r} did not come out as written")
    return {q.id: q.fingerprint for q in report.questions}
