"""Command line: `quizbot` (or `python -m bot`) runs the bot with long polling."""

from __future__ import annotations

import argparse
import logging
import os
import re
import secrets
import sys
from pathlib import Path
from urllib.parse import urlsplit

from bot import __doc__ as summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quizbot", description=summary)
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    parser.add_argument(
        "--webhook", metavar="URL",
        help="receive updates at this public https URL instead of polling",
    )  # fmt: skip
    parser.add_argument("--listen", default="0.0.0.0", help="webhook: address to listen on")
    parser.add_argument("--port", type=int, default=8443, help="webhook: port to listen on")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="run the bot (the default)")
    generate = commands.add_parser(
        "generate", help="draft questions from French passages (needs the generate extra)"
    )
    from bot.generate.cli import add_arguments, run

    add_arguments(generate)
    passage = commands.add_parser("passage", help="register a passage's text for /texte")
    passage.add_argument("action", choices=["add"])
    passage.add_argument("passage_id", help="the id the question files use, e.g. trotsky-1923-1938")
    passage.add_argument("file", type=Path, help="the text, UTF-8; paragraphs at blank lines")
    for name, text in (
        ("backup", "copy the live database to FILE (safe while the bot runs)"),
        ("restore", "replace the database with FILE (the bot must be stopped)"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("file", type=Path)  # fmt: skip
    commands.add_parser("health", help="exit 0 if the running bot polled Telegram recently")
    args = parser.parse_args(argv)
    if args.command in ("backup", "restore", "health"):
        from bot import backup, health

        db_path = backup.db_path_from_env()
        if args.command == "health":
            return health.check(db_path)
        action = backup.backup if args.command == "backup" else backup.restore
        return action(db_path, args.file)
    if args.command == "generate":
        logging.basicConfig(level=logging.WARNING)
        return run(args)
    if args.command == "passage":
        from bot.passages import add_from_command_line

        return add_from_command_line(args.passage_id, args.file)

    logging.basicConfig(
        level=args.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # the job queue's scheduler logs every timer it adds and runs: a line per game question
    logging.getLogger("apscheduler").setLevel(logging.WARNING)

    from bot.app import ALLOWED_UPDATES, build_application
    from bot.config import ConfigError, Settings
    from bot.preflight import (
        StartupError,
        UnreachableError,
        check_paths,
        check_telegram,
        hold_database,
    )
    from bot.questions import BankLoadError
    from bot.store import StoreVersionError

    try:
        settings = Settings.from_env()
        redact(settings.token)
        check_paths(settings)
        with hold_database(settings.db_path):
            app = build_application(settings)  # the question files first: no network needed
            check_telegram(settings)
            if args.webhook:
                secret = webhook_secret()
                redact(secret)  # python-telegram-bot logs setWebhook's parameters at DEBUG
                app.bot_data.webhook_mode = True
                app.run_webhook(
                    listen=args.listen, port=args.port, url_path=urlsplit(args.webhook).path,
                    webhook_url=args.webhook, secret_token=secret,
                    allowed_updates=ALLOWED_UPDATES,
                )  # fmt: skip
            else:
                app.run_polling(allowed_updates=ALLOWED_UPDATES)
            if app.bot_data.fatal is not None:
                print(f"quizbot: {app.bot_data.fatal}", file=sys.stderr)
                return app.bot_data.fatal_code
    except UnreachableError as exc:
        print(f"quizbot: {exc}", file=sys.stderr)
        return 3
    except (ConfigError, StartupError, StoreVersionError) as exc:
        print(f"quizbot: {exc}", file=sys.stderr)
        return 2
    except BankLoadError as exc:
        print(f"quizbot: cannot start.\n{exc}", file=sys.stderr)
        return 2
    return 0


def webhook_secret() -> str:
    """Telegram sends it with every update (X-Telegram-Bot-Api-Secret-Token); a request
    without it is refused. QUIZBOT_WEBHOOK_SECRET keeps it across restarts."""
    from bot.preflight import StartupError

    secret = os.environ.get("QUIZBOT_WEBHOOK_SECRET", "").strip()
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise StartupError(
            "QUIZBOT_WEBHOOK_SECRET may hold only letters, digits, '_' and '-' (1 to 256)"
        )
    return secret or secrets.token_urlsafe(32)


class _Redact(logging.Filter):
    """The token must never reach a log, whatever the level (PTB logs its URLs at DEBUG)."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "[bot token]"), None
        return True


def redact(secret: str) -> None:
    for handler in logging.getLogger().handlers:
        handler.addFilter(_Redact(secret))


if __name__ == "__main__":
    sys.exit(main())
