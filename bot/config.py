"""Settings read from the environment (and a `.env` file when present)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

TELEGRAM_API_URL = "https://api.telegram.org"
_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]{1,}$")


class ConfigError(Exception):
    """A setting is missing or malformed; the message says how to fix it in one line."""


@dataclass(frozen=True)
class Settings:
    token: str
    db_path: Path = Path("quizbot.db")
    questions_dir: Path = Path("questions")
    admins: frozenset[int] = field(default_factory=frozenset)
    api_url: str | None = None
    watch_questions: bool = True  # reload question files when they change
    timezone: str = "Europe/Paris"  # where weeks and months begin, for the boards by period
    max_rate: int = 30  # requests a second to Telegram; 0: no limiter (a self-hosted Bot API)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_url(self) -> str:
        """Bot API method URL prefix; the token is appended by python-telegram-bot."""
        return f"{self._server_root()}/bot"

    @property
    def base_file_url(self) -> str:
        """File downloads go to the same server as the methods, never silently to Telegram."""
        return f"{self._server_root()}/file/bot"

    def _server_root(self) -> str:
        root = (self.api_url or TELEGRAM_API_URL).rstrip("/")
        return root.removesuffix("/bot")

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.admins

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")
    ) -> Settings:
        """Real environment variables win over the `.env` file."""
        values: dict[str, str] = {}
        if env_file is not None and env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        token = values.get("BOT_TOKEN", "").strip()
        if not token:
            raise ConfigError(
                "BOT_TOKEN is not set: create a bot with @BotFather on Telegram (/newbot), "
                "then run with BOT_TOKEN=<the token it gives you> (or put it in .env)."
            )
        if not _TOKEN_SHAPE.match(token):
            raise ConfigError(
                "BOT_TOKEN does not look like a bot token (expected digits, a colon, then "
                "letters): copy it again from @BotFather."
            )
        timezone = values.get("QUIZBOT_TZ", "").strip() or "Europe/Paris"
        time_zone(timezone)
        raw_rate = values.get("QUIZBOT_MAX_RATE", "").strip() or "30"
        if not raw_rate.isdigit():
            raise ConfigError(
                f"QUIZBOT_MAX_RATE must be a number of requests a second (30 for Telegram, 0 "
                f"for no limit); {raw_rate!r} is not."
            )
        return cls(
            token=token,
            timezone=timezone,
            max_rate=int(raw_rate),
            db_path=Path(values.get("QUIZBOT_DB", "").strip() or "quizbot.db"),
            questions_dir=Path(values.get("QUIZBOT_QUESTIONS", "").strip() or "questions"),
            admins=_parse_admins(values.get("QUIZBOT_ADMINS", "")),
            api_url=values.get("BOT_API_URL", "").strip() or None,
        )


def _parse_admins(raw: str) -> frozenset[int]:
    admins: set[int] = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                f"QUIZBOT_ADMINS must be comma-separated Telegram user ids; {part!r} is not a "
                "number (a user can get theirs from @userinfobot)."
            )
        admins.add(int(part))
    return frozenset(admins)


def time_zone(name: str) -> ZoneInfo:
    """QUIZBOT_TZ's calendar, or a ConfigError that says what to write instead."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(
            f"QUIZBOT_TZ={name!r} is not a time zone name; use one like Europe/Paris or "
            "America/Montreal."
        ) from exc
