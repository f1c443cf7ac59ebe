"""Settings from the environment, and how the command line fails when they are wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from tests.conftest import ROOT
from tests.fakes import TOKEN


def test_defaults_and_names() -> None:
    settings = Settings.from_env({"BOT_TOKEN": TOKEN}, env_file=None)
    assert settings.db_path == Path("quizbot.db")
    assert settings.questions_dir == Path("questions")
    assert settings.admins == frozenset()
    assert settings.base_url == "https://api.telegram.org/bot"
    assert settings.base_file_url == "https://api.telegram.org/file/bot"


def test_all_variables_are_read() -> None:
    settings = Settings.from_env(
        {
            "BOT_TOKEN": TOKEN,
            "BOT_API_URL": "http://127.0.0.1:8081/bot",
            "QUIZBOT_DB": "/tmp/x.db",
            "QUIZBOT_QUESTIONS": "/srv/questions",
            "QUIZBOT_ADMINS": "12, 34,",
            "QUIZBOT_TZ": "America/Montreal",
            "QUIZBOT_MAX_RATE": "0",
        },
        env_file=None,
    )
    assert settings.timezone == "America/Montreal" and settings.max_rate == 0
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.db_path == Path("/tmp/x.db")
    assert settings.questions_dir == Path("/srv/questions")
    assert settings.admins == frozenset({12, 34})
    assert settings.is_admin(12) and not settings.is_admin(56)


def test_api_url_without_bot_suffix_is_the_server_root() -> None:
    settings = Settings.from_env({"BOT_TOKEN": TOKEN, "BOT_API_URL": "http://h:1/"}, None)
    assert (settings.base_url, settings.base_file_url) == ("http://h:1/bot", "http://h:1/file/bot")


def test_env_file_is_read_and_real_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(f"BOT_TOKEN={TOKEN}\nQUIZBOT_DB=from-file.db\nQUIZBOT_ADMINS=7\n")
    settings = Settings.from_env({"QUIZBOT_ADMINS": "8"}, env_file=env)
    assert (settings.token, settings.db_path, settings.admins) == (
        TOKEN, Path("from-file.db"), frozenset({8})
    )  # fmt: skip


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({}, "BOT_TOKEN is not set: create a bot with @BotFather"),
        ({"BOT_TOKEN": "  "}, "BOT_TOKEN is not set"),
        ({"BOT_TOKEN": "not-a-token"}, "does not look like a bot token"),
        ({"BOT_TOKEN": TOKEN, "QUIZBOT_ADMINS": "12,bob"}, "'bob' is not a number"),
        ({"BOT_TOKEN": TOKEN, "QUIZBOT_TZ": "Mars/Olympus"}, "is not a time zone name"),
        ({"BOT_TOKEN": TOKEN, "QUIZBOT_MAX_RATE": "fast"}, "must be a number of requests"),
    ],
)
def test_bad_settings_fail_fast_with_a_helpful_message(
    environ: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(environ, env_file=None)


def run_cli(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "QUIZBOT_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,  # no .env there
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_missing_token_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    result = run_cli(tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "@BotFather" in result.stderr


def test_no_usable_question_file_refuses_to_start_and_lists_errors(tmp_path: Path) -> None:
    questions = tmp_path / "q"
    questions.mkdir()
    (questions / "one.yaml").write_text("passage: p\nquestions: [\n")
    (questions / "two.yaml").write_text("passage: p\nquestions:\n  - id: X\n")
    result = run_cli(tmp_path, BOT_TOKEN=TOKEN, QUIZBOT_QUESTIONS=str(questions))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "one.yaml: not valid YAML" in result.stderr
    assert "two.yaml, question 'X' (#1), field 'id'" in result.stderr
    assert "two.yaml, question 'X' (#1), field 'question': Field required" in result.stderr


def test_health_fails_without_a_recent_heartbeat(tmp_path: Path) -> None:
    import time

    from bot import health

    db = tmp_path / "quiz.db"
    assert health.check(db) == 1  # never started
    health.beat(db)
    assert health.check(db) == 0
    assert health.check(db, now=time.time() + health.STALE_AFTER + 1) == 1


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    from bot import backup

    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite")
    assert backup.restore(tmp_path / "quiz.db", junk) == 2
    assert backup.restore(tmp_path / "quiz.db", tmp_path / "missing.db") == 2
    assert not (tmp_path / "quiz.db").exists()


def test_deployment_files_run_the_documented_commands() -> None:
    from tests.conftest import ROOT

    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "USER quizbot" in dockerfile and 'CMD ["quizbot", "health"]' in dockerfile
    assert 'VOLUME ["/data", "/questions"]' in dockerfile
    compose = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    assert "quizbot-data:/data" in compose and "BOT_TOKEN" in compose
    unit = (ROOT / "deploy" / "quizbot.service").read_text(encoding="utf-8")
    assert "ExecStart=/srv/quizbot/.venv/bin/quizbot" in unit and "Restart=on-failure" in unit


def test_the_bot_starts_without_the_generators_code() -> None:
    """The bot imports the generator's service and its ids at start-up; the generator itself
    (some 10 MB once compiled) waits for an admin's first draft."""
    probe = (  # the command line parsed (its 'generate' subcommand built), then the app
        "import contextlib, sys, bot.__main__, bot.app, bot.handlers\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(None):\n"
        "    bot.__main__.main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('bot.generate.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert loaded.returncode == 0, loaded.stderr
    assert "bot.generate.service" in loaded.stdout  # the probe did reach the generator's door
    assert "bot.generate.questions" not in loaded.stdout
    assert "bot.generate.distractors" not in loaded.stdout
