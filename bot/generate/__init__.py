"""Draft questions from a French passage, offline: extract facts, over-generate, rank, keep
the best.

spaCy and its French pipeline come with the optional `generate` extra; nothing here is imported by
the bot until an admin asks for a draft.
"""

from bot.generate.pipeline import GeneratorUnavailable, load_pipeline
from bot.generate.questions import Candidate, Generation, generate

__all__ = ["Candidate", "Generation", "GeneratorUnavailable", "generate", "load_pipeline"]
