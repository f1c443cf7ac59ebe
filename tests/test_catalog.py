"""The question catalogue, without Telegram: every change to the folder goes through it."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from bot.catalog import BankChange, CatalogError, QuestionCatalog
from bot.config import Settings
from bot.question_writer import Draft
from bot.questions import DRAFTS_DIR, parse_question_file
from tests.conftest import ADMIN_ID, SMALL_SET, deliver, running
from tests.fakes import FakeBotAPI
from tests.test_authoring import Admin
from tests.test_reload import question_yaml


def draft(text: str) -> Draft:
    return Draft(
        passage="test-passage", title="Un texte", question=text, choices=["Oui", "Non"],
        answer_index=0, explanation="Parce que.", difficulty=1, paragraph=1,
    )  # fmt: skip


@pytest.fixture
def catalog(questions_dir: Path) -> QuestionCatalog:
    catalog = QuestionCatalog(questions_dir)
    catalog.load_initial()
    return catalog


async def test_concurrent_adds_are_all_kept(catalog: QuestionCatalog, questions_dir: Path) -> None:
    saved = await asyncio.gather(*(catalog.add(draft(f"Question {n} ?")) for n in range(12)))
    ids = {s.question_id for s in saved}
    assert len(ids) == 12 and ids <= set(catalog.bank.ids())
    text = (questions_dir / "from-chat-test-passage.yaml").read_text(encoding="utf-8")
    assert {q.id for q in parse_question_file(text, "f.yaml").questions} == ids


async def test_two_adds_of_the_same_wording_get_two_ids(catalog: QuestionCatalog) -> None:
    first, second = await asyncio.gather(
        catalog.add(draft("Pareil ?")), catalog.add(draft("Pareil ?"))
    )
    assert first.question_id != second.question_id
    assert {first.question_id, second.question_id} <= set(catalog.bank.ids())


async def test_a_reload_during_writes_always_sees_a_consistent_bank(
    catalog: QuestionCatalog,
) -> None:
    seen: list[int] = []

    async def reload_often() -> None:
        for _ in range(10):
            report = await catalog.reload()
            seen.append(len(report.bank))
            await asyncio.sleep(0)

    await asyncio.gather(reload_often(), *(catalog.add(draft(f"Q{n} ?")) for n in range(6)))
    assert seen == sorted(seen)  # never a step back: no reload saw a file half-written
    assert len(catalog.bank) == 3 + 6 and seen[-1] <= 9


async def test_drafts_are_never_served(catalog: QuestionCatalog, questions_dir: Path) -> None:
    stored = await catalog.write_draft("brouillon", question_yaml("draft-only"))
    assert stored == f"{DRAFTS_DIR}/brouillon.yaml"
    await catalog.reload()
    assert catalog.bank.get("draft-only") is None
    assert not catalog.is_served(questions_dir / DRAFTS_DIR / "brouillon.yaml")
    assert catalog.is_served(questions_dir / "small.yaml")
    assert not catalog.is_served(questions_dir / ".small.yaml.swp.yaml")
    published = await catalog.publish("brouillon")
    assert published.ok and catalog.bank.get("draft-only") is not None


async def test_listeners_hear_each_change_once_with_its_cause(catalog: QuestionCatalog) -> None:
    heard: list[BankChange] = []

    async def listen(change: BankChange) -> None:
        heard.append(change)

    catalog.subscribe(listen)
    saved = await catalog.add(draft("Écoutée ?"))
    await catalog.delete(saved.question_id)
    assert [(c.cause, c.report.added, c.report.removed) for c in heard] == [
        ("admin", (saved.question_id,), ()),
        ("admin", (), (saved.question_id,)),
    ]
    assert await catalog.refresh() is None  # the disk already matches: no second reload
    assert len(heard) == 2


async def test_refused_changes_write_nothing(catalog: QuestionCatalog, questions_dir: Path) -> None:
    before = (questions_dir / "small.yaml").read_text(encoding="utf-8")
    with pytest.raises(CatalogError):
        await catalog.delete("no-such-question")
    clash = await catalog.import_file("other.yaml", question_yaml("q-year"))
    assert not clash.ok and clash.taken == (("q-year", "small.yaml"),)
    broken = await catalog.import_file("other.yaml", "passage: p\nquestions: [\n")
    assert not broken.ok and broken.errors
    assert not (questions_dir / "other.yaml").exists()
    assert (questions_dir / "small.yaml").read_text(encoding="utf-8") == before


async def test_a_save_from_the_chat_is_reloaded_once_not_twice(
    settings: Settings, api: FakeBotAPI, questions_dir: Path
) -> None:
    async with running(replace(settings, watch_questions=True), api, seed=3) as application:
        await asyncio.sleep(0.3)  # let the OS watch settle
        heard: list[BankChange] = []

        async def listen(change: BankChange) -> None:
            heard.append(change)

        application.bot_data.catalog.subscribe(listen)
        admin = Admin(application, api)
        await admin.say("/question q-who")
        await admin.tap("✏️ Modifier")
        await admin.tap("✏️ Modifier")
        await admin.tap("Explication")
        await admin.say("Une explication revue.")
        mark = len(api.calls)
        assert "enregistrée" in await admin.tap("💾 Enregistrer")
        await asyncio.sleep(2.5)  # longer than the watcher's settle and debounce times
    assert [c.cause for c in heard] == ["admin"]
    notes = [c for c in api.calls[mark:] if c.method == "sendMessage"]
    assert len(notes) == 1  # the admin's own confirmation; no second "reloaded" notice
    assert (questions_dir / "small.yaml").read_text(encoding="utf-8") != SMALL_SET


async def test_watcher_edits_still_reach_admins(
    settings: Settings, api: FakeBotAPI, questions_dir: Path
) -> None:
    """The other half of the rule above: a file edited by hand is reloaded and announced."""
    async with running(replace(settings, watch_questions=True), api, seed=3) as application:
        await asyncio.sleep(0.3)
        await deliver(application, api.send_text(FakeBotAPI.user(ADMIN_ID, "Prof"), "/start"))
        mark = len(api.calls)
        (questions_dir / "more.yaml").write_text(question_yaml("by-hand"), encoding="utf-8")
        call = await api.wait_for(lambda c: c.method == "sendMessage", 5, mark)
        assert "1 ajoutée(s)" in call.params["text"]


async def test_a_listener_may_use_the_catalogue(catalog: QuestionCatalog) -> None:
    """Listeners run after the lock is released: one that reloads does not deadlock."""
    heard: list[str] = []

    async def listen(change: BankChange) -> None:
        heard.append(change.cause)
        if len(heard) == 1:
            await catalog.reload()

    catalog.subscribe(listen)
    await asyncio.wait_for(catalog.add(draft("Sans blocage ?")), 5)
    assert heard == ["admin", "admin"]


async def test_a_hand_edit_picked_up_by_a_save_is_still_news(
    catalog: QuestionCatalog, questions_dir: Path
) -> None:
    heard: list[BankChange] = []

    async def listen(change: BankChange) -> None:
        heard.append(change)

    catalog.subscribe(listen)
    (questions_dir / "hand.yaml").write_text(question_yaml("by-hand"), encoding="utf-8")
    saved = await catalog.add(draft("Et celle-ci ?"))  # before the watcher saw hand.yaml
    assert heard[0].edited_by_hand == ("hand.yaml",)
    assert saved.file not in heard[0].edited_by_hand
