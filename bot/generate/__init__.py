"""Draft questions from a French passage, offline: extract facts, over-generate, rank, keep
the best.

spaCy and its French pipeline come with the optional `generate` extra; nothing here is imported by
the bot until an admin asks for a draft.
"""

from typing import TYPE_CHECKING, Any

from bot.generate.pipeline import GeneratorUnavailable, load_pipeline

if TYPE_CHECKING:
    from bot.generate.questions import Candidate, Generation, generate

__all__ = ["Candidate", "Generation", "GeneratorUnavailable", "generate", "load_pipeline"]


def __getattr__(name: str) -> Any:
    """The generator's code (some 10 MB once compiled) only when a draft is asked for: the bot
    imports this package for its service and its ids at start-up (bench/RESULTS.md, memory)."""
    if name in ("Candidate", "Generation", "generate"):
        from bot.generate import questions

        return getattr(questions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
