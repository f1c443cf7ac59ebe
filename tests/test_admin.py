"""Admin tools through the real Application: refusals, browsing, stats, export, log, import,
deleting, and group leaderboard resets."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from bot.context import QuizApp
from bot.store import Player
from tests.conftest import ADMIN_ID, deliver
from tests.fakes import FakeBotAPI
from tests.helpers import buttons, right_and_wrong
from tests.test_reload import question_yaml

ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof", "prof_h")
ALICE = FakeBotAPI.user(1001, "Alice")
REFUSAL = "Désolé, cette commande est réservée aux administrateurs du bot."
ADMIN_COMMANDS = [
    "/reload", "/stats", "/export", "/log", "/questions", "/question q-year", "/addquestion",
    "/generate Un texte assez long pour essayer ici.", "/publish brouillon",
]  # fmt: skip


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.yaml"))}


@pytest.mark.parametrize("command", ADMIN_COMMANDS)
async def test_learners_are_refused_every_admin_command(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path, command: str
) -> None:
    before = files_of(questions_dir)
    await deliver(app, api.send_text(ALICE, command))
    assert api.last_sent(1001)["text"] == REFUSAL
    assert files_of(questions_dir) == before
    assert await app.bot_data.store.admin_log() == []


@pytest.mark.parametrize("data", ["qv:q-year", "qd:q-year", "qy:q-year", "ql:1:0", "qe:q-year"])
async def test_learners_forging_admin_buttons_change_nothing(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path, data: str
) -> None:
    before = files_of(questions_dir)
    await deliver(app, api.send_text(ALICE, "/help"))
    await deliver(app, api.tap(ALICE, api.last_sent(1001), data))
    toast = api.sent("answerCallbackQuery")[-1].params
    assert toast["text"] == REFUSAL
    assert files_of(questions_dir) == before
    assert app.bot_data.bank.get("q-year") is not None


async def test_learners_cannot_import_files(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    await deliver(app, api.upload(ALICE, "mine.yaml", question_yaml("sneaky").encode()))
    assert api.last_sent(1001)["text"] == REFUSAL
    assert not (questions_dir / "mine.yaml").exists()


async def test_help_shows_admin_commands_to_admins_only(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ADMIN, "/help"))
    assert "/addquestion" in api.last_sent(ADMIN_ID)["text"]
    await deliver(app, api.send_text(ALICE, "/help"))
    assert "/addquestion" not in api.last_sent(1001)["text"]


async def test_search_is_accent_blind_and_paginated(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    await deliver(app, api.send_text(ADMIN, "/questions annee"))
    found = api.last_sent(ADMIN_ID)
    assert "1 question pour « annee »" in found["text"] and "q-year" in found["text"]

    many = "passage: p\nquestions:\n" + "".join(
        f"  - {{id: extra-{n:02}, paragraph: 1, difficulty: 1, question: Numéro {n} ?,"
        f" choices: [A, B], answer: A, explanation: E.}}\n"
        for n in range(20)
    )
    (questions_dir / "many.yaml").write_text(many, encoding="utf-8")
    await deliver(app, api.send_text(ADMIN, "/reload"))
    await deliver(app, api.send_text(ADMIN, "/questions numero"))
    page = api.last_sent(ADMIN_ID)
    assert "20 questions pour « numero » — page 1/3" in page["text"]
    forward = buttons(page)[-1]
    assert forward["text"] == "▶️"
    await deliver(app, api.tap(ADMIN, page, forward["callback_data"]))
    assert "page 2/3" in api.message(ADMIN_ID, page["message_id"])["text"]


async def test_question_view_shows_statistics_and_wrong_picks(
    app: QuizApp, api: FakeBotAPI
) -> None:
    bank = app.bot_data.bank
    # six learners play until each meets q-who; every other one picks a wrong answer
    learners = [FakeBotAPI.user(2000 + n, f"L{n}") for n in range(6)]
    for n, learner in enumerate(learners):
        for _ in range(3):
            await deliver(app, api.send_text(learner, "/quiz"))
            question = api.last_sent(learner["id"])
            if "Qui l'a fondé" in question["text"]:
                right, wrong = right_and_wrong(question, bank)
                await deliver(app, api.tap(learner, question, wrong if n % 2 else right))
                break
    await deliver(app, api.send_text(ADMIN, "/question q-who"))
    text = api.last_sent(ADMIN_ID)["text"]
    assert "📊 Posée 6 fois · 6 réponse(s) · 50 % justes" in text
    assert "Mauvais choix : « Staline » ×3" in text
    assert "[fr] Qui l'a fondé ?" in text


async def test_delete_asks_first_then_removes_from_file_and_bank(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    await deliver(app, api.send_text(ADMIN, "/question q-who"))
    view = api.last_sent(ADMIN_ID)
    delete = next(b for b in buttons(view) if b["text"] == "🗑 Supprimer")
    await deliver(app, api.tap(ADMIN, view, delete["callback_data"]))
    confirm = api.message(ADMIN_ID, view["message_id"])
    assert "C'est définitif" in confirm["text"]
    assert app.bot_data.bank.get("q-who") is not None  # nothing happens before confirming
    yes = next(b for b in buttons(confirm) if b["text"] == "Oui, supprimer")
    await deliver(app, api.tap(ADMIN, confirm, yes["callback_data"]))
    assert (
        "supprimée de small.yaml. 2 questions en service."
        in api.message(ADMIN_ID, view["message_id"])["text"]
    )
    assert app.bot_data.bank.get("q-who") is None
    assert "q-who" not in (questions_dir / "small.yaml").read_text(encoding="utf-8")
    log = await app.bot_data.store.admin_log()
    assert (log[0].action, log[0].detail) == ("delete", "q-who (small.yaml)")


async def test_stats_export_and_log(app: QuizApp, api: FakeBotAPI) -> None:
    store = app.bot_data.store
    tricky = FakeBotAPI.user(3001, '=HYPERLINK("x")')
    for learner in (ALICE, tricky):
        await deliver(app, api.send_text(learner, "/quiz"))
        question = api.last_sent(learner["id"])
        right, _ = right_and_wrong(question, app.bot_data.bank)
        await deliver(app, api.tap(learner, question, right))

    await deliver(app, api.send_text(ADMIN, "/stats"))
    stats = api.last_sent(ADMIN_ID)["text"]
    assert "Joueurs : 2" in stats and "2 aujourd'hui · 2 cette semaine · 2 au total" in stats
    assert "Pas encore assez de réponses" in stats

    await deliver(app, api.send_text(ADMIN, "/export"))
    documents = [c.params for c in api.sent("sendDocument", ADMIN_ID)]
    assert [d["document"]["filename"][:7] for d in documents] == ["scores-", "answers"]
    scores = list(csv.reader(io.StringIO(documents[0]["document"]["content"].decode("utf-8-sig"))))
    assert scores[0][:3] == ["scope", "user_id", "first_name"]
    assert '\'=HYPERLINK("x")' in [row[2] for row in scores[1:]]
    answers = documents[1]["document"]["content"].decode("utf-8-sig").splitlines()
    assert len(answers) == 3

    await store.remember_user(Player(ADMIN_ID, "Prof"), app.bot_data.clock())
    await deliver(app, api.send_text(ADMIN, "/log"))
    log = api.last_sent(ADMIN_ID)["text"]
    assert "Prof (999) · export 2 scores, 2 answers" in log


async def test_import_valid_file_is_stored_and_served(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    content = question_yaml("imported", text="Importée ?").encode()
    await deliver(app, api.upload(ADMIN, "nouveau.yaml", content))
    reply = api.last_sent(ADMIN_ID)["text"]
    assert reply == (
        "✅ nouveau.yaml importé : 1 ajoutée(s), 0 remplacée(s), 0 retirée(s). 4 questions en service."
    )
    assert (questions_dir / "nouveau.yaml").read_bytes() == content
    assert app.bot_data.bank.get("imported") is not None
    # sending a new version replaces it
    await deliver(
        app, api.upload(ADMIN, "nouveau.yaml", question_yaml("imported", "Encore ?").encode())
    )
    assert "0 ajoutée(s), 1 remplacée(s)" in api.last_sent(ADMIN_ID)["text"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.yaml", b"passage: p\nquestions:\n  - {id: x, question: Q ?}\n",
         "broken.yaml, question 'x' (#1), field 'choices': Field required"),
        ("clash.yaml", question_yaml("q-year").encode(),
         "clash.yaml, question 'q-year', field 'id': id déjà utilisé dans small.yaml"),
        ("latin1.yaml", "passage: é".encode("latin-1"), "n'est pas en UTF-8"),
        ("..yaml", question_yaml("x").encode(), "ne convient pas"),
    ],
)  # fmt: skip
async def test_import_with_errors_changes_nothing(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path, name: str, content: bytes, expected: str
) -> None:
    before = files_of(questions_dir)
    await deliver(app, api.upload(ADMIN, name, content))
    assert expected in api.last_sent(ADMIN_ID)["text"]
    assert files_of(questions_dir) == before
    assert len(app.bot_data.bank) == 3


GROUP = FakeBotAPI.group_chat(-100555)


async def test_group_admin_resets_the_group_leaderboard(app: QuizApp, api: FakeBotAPI) -> None:
    store = app.bot_data.store
    from bot.engine import Outcome
    from tests.test_scores import ASKED, NOW

    quiz, _ = await store.create_quiz(origin="g", chat_id=-100555, scope=-100555, user_id=None,
                                      asked=ASKED, now=NOW)  # fmt: skip
    await store.record_answer(quiz, Player(1001, "Alice"), Outcome(0, True, 1), NOW)
    api.chat_admins[-100555] = {4242}
    group_admin = FakeBotAPI.user(4242, "Chef")

    await deliver(app, api.send_text(ALICE, "/resetscores", chat=GROUP))
    assert api.last_sent(-100555)["text"].startswith("Seuls les administrateurs du groupe")

    await deliver(app, api.send_text(group_admin, "/resetscores", chat=GROUP))
    ask = api.last_sent(-100555)
    assert "(1 joueur(s))" in ask["text"]
    await deliver(app, api.tap(ALICE, ask, "rs:y"))  # a member taps the admin's button
    assert api.sent("answerCallbackQuery")[-1].params["show_alert"] is True
    assert await store.count_players(-100555) == 1

    await deliver(app, api.tap(group_admin, ask, "rs:y"))
    assert "remis à zéro par Chef" in api.message(-100555, ask["message_id"])["text"]
    assert await store.count_players(-100555) == 0
    # the answer for Alice was cached: Telegram was asked once per person
    assert [c.params["user_id"] for c in api.sent("getChatMember")] == [1001, 4242]


async def test_resetscores_in_private_explains_where_it_works(
    app: QuizApp, api: FakeBotAPI
) -> None:
    await deliver(app, api.send_text(ADMIN, "/resetscores"))
    assert "dans un groupe" in api.last_sent(ADMIN_ID)["text"]


@pytest.mark.parametrize("name", ["=1+1", "+33", "-2", "@cmd", "\tx", "\rx"])
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(name: str) -> None:
    from bot.handlers.admin import to_csv

    text = to_csv(["name"], [[name]]).decode("utf-8-sig")
    row = next(csv.reader(io.StringIO(text[text.index("\n") + 1 :])))
    assert row == ["'" + name]


def alias_bomb() -> str:
    """The measured shape: one mapping of 200 unknown keys referenced 20,000 times (62 KB)."""
    keys = "".join(f"    k{n}: v\n" for n in range(200))
    refs = "".join("  - *big\n" for _ in range(20_000))
    return f"passage: p\nbase: &big\n{keys}questions:\n{refs}"


def alias_copies() -> str:
    """The other one: a question copied 300,001 times by alias (about 900 KB)."""
    one = "  - &q {id: q, paragraph: 1, difficulty: 1, question: Q ?, choices: [a, b], answer: a, explanation: E.}\n"
    return "passage: p\nquestions: [" + one.strip()[2:] + ",*q" * 300_000 + "]\n"


def alias_bomb_with_a_dash() -> str:
    """Anchor names may hold '-': '&-big' must be caught as well as '&big'."""
    return alias_bomb().replace("&big", "&-big").replace("*big", "*-big")


@pytest.mark.parametrize("make", [alias_bomb, alias_copies, alias_bomb_with_a_dash])
async def test_alias_bombs_are_refused_in_one_line_at_once(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path, make: Any
) -> None:
    import time

    text = make()
    started = time.perf_counter()
    await deliver(app, api.upload(ADMIN, "bomb.yaml", text.encode()))
    took = time.perf_counter() - started
    reply = api.last_sent(ADMIN_ID)["text"]
    assert "anchors and aliases" in reply and reply.count("\n") <= 2
    assert not (questions_dir / "bomb.yaml").exists()
    assert took < 10  # today's code froze 14-30 s on these (and grew to gigabytes)


async def test_too_many_questions_in_one_file_is_a_clear_refusal(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    item = "  - {{id: q{n}, paragraph: 1, difficulty: 1, question: Q ?, choices: [a, b], answer: a, explanation: E.}}\n"
    text = "passage: p\nquestions:\n" + "".join(item.format(n=n) for n in range(5_001))
    await deliver(app, api.upload(ADMIN, "huge.yaml", text.encode()))
    assert "5001 questions in one file; at most 5000" in api.last_sent(ADMIN_ID)["text"]


async def test_a_parse_that_overruns_its_limits_is_refused(tmp_path: Path) -> None:
    from bot.isolated import IsolatedParser

    slow = IsolatedParser(time_limit=0.5)
    # valid YAML, several seconds of parsing on any machine: an invalid file failed at its
    # first line, within the limit on a fast machine, and the test with it
    item = "  - {{id: q{n}, paragraph: 1, difficulty: 1, question: 'Q ?', choices: [a, b], answer: a, explanation: E.}}\n"
    text = "passage: p\nquestions:\n" + "".join(item.format(n=n) for n in range(20_000))
    report = await slow.parse(text, "slow.yaml")
    await slow.close()
    assert not report.ok and "took over 0 s" in str(report.errors[0])
    small = IsolatedParser(memory_limit=16 * 1024 * 1024)  # too little for any parse
    report = await small.parse(text, "big.yaml")
    await small.close()
    assert not report.ok and ("needed over 16 MB" in str(report.errors[0])
                              or "died" in str(report.errors[0]))  # fmt: skip
