"""Every button's callback data, one typed definition per kind that both builds and parses it.

Callback data is untrusted: any client can send any 1-64 bytes for any message. Each kind is a
frozen dataclass with a fixed prefix and typed parts; `parse` accepts only what `pack` could
have produced (`fullmatch`, ASCII digits, bounded lengths), and `matches` routes a tap to its
handler, so a malformed value never reaches one and falls through to the "unknown button"
answer instead.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple, Self, cast

MAX_BYTES = 64  # Telegram's limit for callback_data


def number(digits: int = 15) -> Any:
    """A non-negative integer part of at most `digits` ASCII digits, written as `str` writes
    it (no leading zero): one value, one spelling."""
    return field(metadata={"pattern": f"0|[1-9][0-9]{{0,{digits - 1}}}", "kind": int})


def word(pattern: str) -> Any:
    """A text part that must fully match `pattern` (ASCII only, by construction)."""
    return field(metadata={"pattern": pattern, "kind": str})


QUESTION_ID = "[a-z0-9_-]{1,48}"  # the id rule of question files, in its byte budget


class _Layout(NamedTuple):
    """A kind's parts, read once: reading the dataclass's fields at every parse and pack cost
    more than the match itself."""

    regex: re.Pattern[str]
    names: tuple[str, ...]
    kinds: tuple[Callable[[str], Any], ...]


class CallbackData:
    """Base of every kind: `prefix` names the kind; the parts follow, separated by ':'."""

    prefix: ClassVar[str]
    _layout: ClassVar[_Layout | None] = None

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not re.fullmatch(r"[a-z]{1,3}(:[a-z]{1,3})?", prefix):
            raise ValueError(f"callback prefix {prefix!r}: one or two short lowercase words")
        cls.prefix = prefix
        cls._layout = None  # its own, made at first use (the dataclass has no fields yet)

    @classmethod
    def _parts(cls) -> _Layout:
        layout = cls._layout
        if layout is None:
            parts = dataclasses.fields(cls)  # type: ignore[arg-type]
            pattern = "".join(f":({f.metadata['pattern']})" for f in parts)
            layout = cls._layout = _Layout(
                re.compile(re.escape(cls.prefix) + pattern),
                tuple(f.name for f in parts),
                tuple(f.metadata["kind"] for f in parts),
            )
        return layout

    def pack(self) -> str:
        """The data, checked to parse back into these very values (as `parse` reads them,
        without building a second instance to compare)."""
        layout = self._parts()
        values = [getattr(self, name) for name in layout.names]
        data = ":".join([self.prefix, *map(str, values)])
        match = layout.regex.fullmatch(data)
        if (
            match is None
            or [kind(raw) for kind, raw in zip(layout.kinds, match.groups(), strict=True)] != values
            or len(data.encode()) > MAX_BYTES
        ):
            raise ValueError(f"{data!r} cannot be carried by a button")
        return data

    @classmethod
    def parse(cls, data: object) -> Self | None:
        if not isinstance(data, str):
            return None
        parsed = _parsed.get((cls, data))
        if parsed is None:
            parsed = cls._parse_new(data)
            if parsed is None:
                return None
            if len(_parsed) >= PARSED_KEPT:
                del _parsed[next(iter(_parsed))]  # the oldest
            _parsed[cls, data] = parsed
        return cast("Self", parsed)  # kept under its own kind

    @classmethod
    def _parse_new(cls, data: str) -> Self | None:
        if not data.startswith(cls.prefix):  # another kind's, as most data a handler sees
            return None
        layout = cls._parts()
        match = layout.regex.fullmatch(data)
        if match is None:
            return None
        return cls(
            *[convert(raw) for convert, raw in zip(layout.kinds, match.groups(), strict=True)]
        )

    @classmethod
    def matches(cls, data: object) -> bool:
        """For `CallbackQueryHandler(pattern=...)`: only well-formed data of this kind."""
        return cls.parse(data) is not None


PARSED_KEPT = 256
# Data parsed, by kind, kept (instances are frozen): an answer tap's data is parsed three times in
# a row, to route it, to skip its chat's turn and in its handler. Only what parsed is kept: each
# tap is also checked against the other kinds' handlers, and those misses would crowd it out.
_parsed: dict[tuple[type[CallbackData], str], CallbackData] = {}


# --- learners ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerTap(CallbackData, prefix="a"):
    quiz_id: int = number()
    choice: int = number(2)


@dataclass(frozen=True)
class NextQuestion(CallbackData, prefix="n"):
    quiz_id: int = number()


@dataclass(frozen=True)
class ReadParagraph(CallbackData, prefix="rp"):
    passage_id: str = word("[a-z0-9_-]{1,40}")
    paragraph: int = number(3)


# --- group admins -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ResetScores(CallbackData, prefix="rs"):
    confirm: str = word("[yn]")


# --- the question bank (admins) ---------------------------------------------------------------


@dataclass(frozen=True)
class SearchPage(CallbackData, prefix="ql"):
    search_id: int = number()
    page: int = number(5)


@dataclass(frozen=True)
class ShowQuestion(CallbackData, prefix="qv"):
    question_id: str = word(QUESTION_ID)


@dataclass(frozen=True)
class AskDelete(CallbackData, prefix="qd"):
    question_id: str = word(QUESTION_ID)


@dataclass(frozen=True)
class ConfirmDelete(CallbackData, prefix="qy"):
    question_id: str = word(QUESTION_ID)


@dataclass(frozen=True)
class EditQuestion(CallbackData, prefix="qe"):
    question_id: str = word(QUESTION_ID)


# --- /addquestion (admins) --------------------------------------------------------------------


@dataclass(frozen=True)
class Resume(CallbackData, prefix="c:r"):
    choice: str = word("old|new")


@dataclass(frozen=True)
class PickPassage(CallbackData, prefix="c:p"):
    index: int = number(3)


@dataclass(frozen=True)
class PickAnswer(CallbackData, prefix="c:a"):
    index: int = number(2)


@dataclass(frozen=True)
class PickDifficulty(CallbackData, prefix="c:d"):
    level: int = number(1)


@dataclass(frozen=True)
class PickParagraph(CallbackData, prefix="c:g"):
    paragraph: int = number(3)


@dataclass(frozen=True)
class PreviewChoice(CallbackData, prefix="c:v"):
    right: int = number(1)


@dataclass(frozen=True)
class SaveDraft(CallbackData, prefix="c:s"):
    pass


@dataclass(frozen=True)
class EditDraft(CallbackData, prefix="c:e"):
    pass


@dataclass(frozen=True)
class CancelDraft(CallbackData, prefix="c:x"):
    pass


@dataclass(frozen=True)
class PickField(CallbackData, prefix="c:f"):
    name: str = word("question|choices|explanation|tags|difficulty|paragraph")


AUTHORING_PREFIX = "c:"  # every button of the /addquestion conversation
