"""/score and /top as a learner sees them."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.context import QuizApp
from bot.engine import AskedQuestion, Outcome
from bot.store import PRIVATE_SCOPE, Player, Store
from tests.conftest import deliver
from tests.fakes import FakeBotAPI
from tests.helpers import right_and_wrong

ALICE = FakeBotAPI.user(1001, "Alice", "alice_reads")
NOW = datetime(2026, 11, 25, tzinfo=UTC)
ASKED = AskedQuestion("q", "f", "fr", "Q ?", ("a", "b"), 0, "E", 1, "t", 1)


async def play(app: QuizApp, api: FakeBotAPI, user: dict, right: bool) -> None:
    await deliver(app, api.send_text(user, "/quiz"))
    question = api.last_sent(user["id"])
    good, bad = right_and_wrong(question, app.bot_data.bank)
    await deliver(app, api.tap(user, question, good if right else bad))


async def add_player(store: Store, user_id: int, name: str, correct_answers: int) -> None:
    for n in range(max(correct_answers, 1)):
        quiz, _ = await store.create_quiz(
            origin=f"seed:{user_id}:{n}", chat_id=user_id, scope=PRIVATE_SCOPE,
            user_id=user_id, asked=ASKED, now=NOW,
        )  # fmt: skip
        outcome = Outcome(0, True, 1) if correct_answers else Outcome(1, False, 0)
        await store.record_answer(quiz, Player(user_id, name), outcome, NOW)


async def test_score_before_playing_invites_to_start(app: QuizApp, api: FakeBotAPI) -> None:
    await deliver(app, api.send_text(ALICE, "/score"))
    assert "/quiz" in api.last_sent(1001)["text"]


async def test_score_shows_points_accuracy_streaks_and_rank(app: QuizApp, api: FakeBotAPI) -> None:
    for right in (True, True, False, True):
        await play(app, api, ALICE, right)
    await deliver(app, api.send_text(ALICE, "/score"))
    text = api.last_sent(1001)["text"]
    assert "Réponses : 4 dont 3 justes (75 %)" in text
    assert "Série en cours : 1 · meilleure série : 2" in text
    assert "Rang : 1 sur 1" in text


async def test_top_orders_players_and_escapes_names(app: QuizApp, api: FakeBotAPI) -> None:
    store = app.bot_data.store
    await add_player(store, 2001, "<script>Eve</script>", 3)
    await add_player(store, 2002, "Zero", 0)
    await play(app, api, ALICE, True)  # 1 to 3 points by difficulty
    await deliver(app, api.send_text(ALICE, "/top"))
    lines = api.last_sent(1001)["text"].splitlines()
    assert lines[0] == "🏆 Classement"
    assert "<script>Eve</script> — 3 points" in lines[2]
    assert "alice_reads" in "\n".join(lines[2:4])
    assert lines[-1].endswith("Zero — 0 point")  # everyone who answered is ranked


async def test_top_shows_own_rank_below_the_top_ten(app: QuizApp, api: FakeBotAPI) -> None:
    store = app.bot_data.store
    for n in range(11):
        await add_player(store, 3000 + n, f"Joueur {n}", 5)
    await play(app, api, ALICE, False)
    await deliver(app, api.send_text(ALICE, "/top"))
    lines = api.last_sent(1001)["text"].splitlines()
    assert len([line for line in lines if "Joueur" in line]) == 10
    assert lines[-2] == "…"
    assert lines[-1] == "12. alice_reads (vous) — 0 point"


async def test_ties_share_a_rank(app: QuizApp, api: FakeBotAPI) -> None:
    store = app.bot_data.store
    await add_player(store, 4001, "Ana", 2)
    await add_player(store, 4002, "Ben", 2)
    await add_player(store, 4003, "Cy", 1)
    top = await store.top_players(PRIVATE_SCOPE)
    assert [(p.first_name, p.rank) for p in top] == [("Ana", 1), ("Ben", 1), ("Cy", 3)]
    cy = await store.player_score(PRIVATE_SCOPE, 4003)
    assert cy is not None and cy.rank == 3


async def test_top_in_english(app: QuizApp, api: FakeBotAPI) -> None:
    bob = FakeBotAPI.user(1002, "Bob", None, language_code="en")
    await play(app, api, bob, True)
    await deliver(app, api.send_text(bob, "/top"))
    text = api.last_sent(1002)["text"]
    assert text.startswith("🏆 Leaderboard") and "Bob" in text
