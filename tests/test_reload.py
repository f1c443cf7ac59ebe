"""Hot reload: merge rules, /reload for admins, the folder watcher, answers across reloads."""

from __future__ import annotations

import asyncio
import os
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.context import QuizApp
from bot.questions import QuestionBank, load_folder
from bot.reload import QuestionReloader, merge
from bot.store import PRIVATE_SCOPE
from tests.conftest import ADMIN_ID, SMALL_SET, deliver, running
from tests.fakes import FakeBotAPI
from tests.helpers import question_id_of, right_and_wrong

ALICE = FakeBotAPI.user(1001, "Alice")
ADMIN = FakeBotAPI.user(ADMIN_ID, "Prof")


def question_yaml(qid: str, text: str = "Quelle couleur ?", answer: str = "Rouge") -> str:
    return textwrap.dedent(
        f"""\
        passage: p
        questions:
          - id: {qid}
            paragraph: 1
            difficulty: 1
            question: {text}
            choices: [{answer}, Bleu, Vert]
            answer: {answer}
            explanation: Parce que.
        """
    )


def write(path: Path, text: str) -> None:
    """Write and move the mtime on, as an editor saving a second later would."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def bank_of(folder: Path) -> QuestionBank:
    return QuestionBank.build(load_folder(folder))[0]


# --- merge rules ---------------------------------------------------------------------------


def test_counts_added_changed_removed(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", question_yaml("a1"))
    write(tmp_path / "b.yaml", question_yaml("b1"))
    before = bank_of(tmp_path)
    write(tmp_path / "a.yaml", question_yaml("a1", text="Quelle teinte ?"))
    (tmp_path / "b.yaml").unlink()
    write(tmp_path / "c.yaml", question_yaml("c1"))
    report = merge(before, load_folder(tmp_path))
    assert (report.added, report.changed, report.removed) == (("c1",), ("a1",), ("b1",))
    assert sorted(report.bank.ids()) == ["a1", "c1"]


def test_broken_file_keeps_its_previous_version_while_others_change(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", question_yaml("a1"))
    write(tmp_path / "b.yaml", question_yaml("b1"))
    before = bank_of(tmp_path)
    write(tmp_path / "a.yaml", question_yaml("a1").replace("answer: Rouge", "answer: Noir"))
    write(tmp_path / "b.yaml", question_yaml("b1", text="Autre ?"))
    report = merge(before, load_folder(tmp_path))
    assert report.bank.get("a1") is before.get("a1")
    assert report.changed == ("b1",)
    assert report.kept_files == ("a.yaml",)
    assert [str(e) for e in report.errors] == [
        "a.yaml, question 'a1' (#1), field 'answer': 'Noir' is not one of the choices"
    ]


def test_new_broken_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", question_yaml("a1"))
    before = bank_of(tmp_path)
    write(tmp_path / "new.yaml", "passage: p\nquestions: [\n")
    report = merge(before, load_folder(tmp_path))
    assert report.bank.ids() == ["a1"] and report.skipped_files == ("new.yaml",)
    assert not report.changed_anything


def test_emptied_folder_keeps_the_last_good_bank(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", question_yaml("a1"))
    before = bank_of(tmp_path)
    (tmp_path / "a.yaml").unlink()
    report = merge(before, load_folder(tmp_path))
    assert report.kept_everything and report.bank is before


def test_id_taken_by_another_file_falls_back_to_previous_version(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", question_yaml("a1"))
    write(tmp_path / "b.yaml", question_yaml("b1"))
    before = bank_of(tmp_path)
    write(tmp_path / "b.yaml", question_yaml("a1", text="Copie ?"))
    report = merge(before, load_folder(tmp_path))
    assert sorted(report.bank.ids()) == ["a1", "b1"]
    assert report.kept_files == ("b.yaml",)
    assert "duplicate id, already used in a.yaml" in str(report.errors[0])


async def test_reloader_reparses_only_changed_files(tmp_path: Path) -> None:
    for n in range(5):
        write(tmp_path / f"f{n}.yaml", question_yaml(f"q{n}"))
    reloader = QuestionReloader(tmp_path)
    bank, _ = QuestionBank.build(reloader.scan()[0])
    write(tmp_path / "f3.yaml", question_yaml("q3", text="Changée ?"))
    report = await reloader.reload(bank)
    assert report.reparsed == ("f3.yaml",) and report.changed == ("q3",)
    report = await reloader.reload(report.bank)
    assert report.reparsed == () and not report.changed_anything


async def test_large_reloads_parse_in_worker_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(4):
        write(tmp_path / f"f{n}.yaml", question_yaml(f"q{n}"))
    reloader = QuestionReloader(tmp_path)
    QuestionBank.build(reloader.scan()[0])
    monkeypatch.setattr("bot.reload.PROCESS_POOL_MIN_BYTES", 0)
    for n in range(4):
        write(tmp_path / f"f{n}.yaml", question_yaml(f"q{n}", text=f"Version {n} ?"))
    write(tmp_path / "f9.yaml", "passage: p\nquestions: [\n")
    report = await reloader.reload(QuestionBank.empty())
    assert report.worker_pids and os.getpid() not in report.worker_pids
    assert sorted(report.reparsed) == ["f0.yaml", "f1.yaml", "f2.yaml", "f3.yaml", "f9.yaml"]
    assert report.bank.get("q2").wording("fr").question == "Version 2 ?"  # type: ignore[union-attr]
    assert report.skipped_files == ("f9.yaml",)


# --- /reload and answers across reloads ----------------------------------------------------


async def test_reload_is_for_admins_only(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    write(questions_dir / "more.yaml", question_yaml("extra"))
    await deliver(app, api.send_text(ALICE, "/reload"))
    assert (
        api.last_sent(1001)["text"]
        == "Désolé, cette commande est réservée aux administrateurs du bot."
    )
    assert app.bot_data.bank.get("extra") is None


async def test_admin_reload_swaps_the_bank_and_summarises(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    write(questions_dir / "more.yaml", question_yaml("extra"))
    await deliver(app, api.send_text(ADMIN, "/reload"))
    assert api.last_sent(ADMIN_ID)["text"] == (
        "🔄 Questions rechargées : 1 ajoutée(s), 0 modifiée(s), 0 supprimée(s). "
        "4 questions en service."
    )
    assert app.bot_data.bank.get("extra") is not None
    await deliver(app, api.send_text(ADMIN, "/reload"))
    assert api.last_sent(ADMIN_ID)["text"] == "🔄 Aucun changement : 4 questions en service."


async def test_admin_sees_every_error_and_old_questions_keep_serving(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    write(questions_dir / "small.yaml", SMALL_SET.replace("difficulty: 3", "difficulty: 9"))
    write(questions_dir / "<new>.yaml", "passage: p\nquestions:\n  - {id: x}\n")
    await deliver(app, api.send_text(ADMIN, "/reload"))
    text = api.last_sent(ADMIN_ID)["text"]
    assert "erreur(s) dans les fichiers de questions" in text
    assert (
        "small.yaml, question 'q-what' (#3), field 'difficulty': Input should be less than or equal to 3"
        in text
    )
    assert "<new>.yaml, question 'x' (#1), field 'question': Field required" in text
    assert "Ces fichiers gardent leur dernière version valide : small.yaml." in text
    assert "Ces fichiers ne sont pas servis : <new>.yaml." in text
    assert sorted(app.bot_data.bank.ids()) == ["q-what", "q-who", "q-year"]


async def test_many_errors_are_summarised_not_dumped(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    items = "".join(f"  - {{id: bad-{n}}}\n" for n in range(30))
    write(questions_dir / "many.yaml", f"passage: p\nquestions:\n{items}")
    await deliver(app, api.send_text(ADMIN, "/reload"))
    text = api.last_sent(ADMIN_ID)["text"]
    assert text.count("• ") == 10 and "… et 11 autre(s)." in text
    assert "many.yaml: 180 errors; the first 20 follow" in text  # the real count, first


async def test_answer_to_a_removed_question_is_judged_as_asked(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    bank = app.bot_data.bank
    await deliver(app, api.send_text(ALICE, "/quiz"))
    held = api.last_sent(1001)
    right, _ = right_and_wrong(held, bank)
    held_id = question_id_of(held, bank)
    # the admin rewrites the file: the held question is gone, another one changed its answer
    write(questions_dir / "small.yaml", question_yaml("q-other"))
    await deliver(app, api.send_text(ADMIN, "/reload"))
    assert app.bot_data.bank.get(held_id) is None

    await deliver(app, api.tap(ALICE, held, right))
    assert "Bonne réponse" in api.message(1001, held["message_id"])["text"]
    score = await app.bot_data.store.player_score(PRIVATE_SCOPE, 1001)
    assert score is not None and score.correct == 1


# --- the watcher ---------------------------------------------------------------------------


@pytest.fixture
async def watching_app(settings: Settings, api: FakeBotAPI) -> AsyncIterator[QuizApp]:
    from dataclasses import replace

    async with running(replace(settings, watch_questions=True), api, seed=3) as application:
        await asyncio.sleep(0.3)  # let the OS watch settle
        yield application


async def test_watcher_reloads_after_an_edit_and_tells_admins(
    watching_app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    mark = len(api.calls)
    write(questions_dir / "more.yaml", question_yaml("watched"))
    call = await api.wait_for(
        lambda c: c.method == "sendMessage" and c.params.get("chat_id") == ADMIN_ID, 5, mark
    )
    assert "1 ajoutée(s)" in call.params["text"]
    assert watching_app.bot_data.bank.get("watched") is not None


async def test_editor_saving_in_steps_triggers_one_reload(
    watching_app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    mark = len(api.calls)
    target = questions_dir / "more.yaml"
    text = question_yaml("steps")
    for cut in (10, 60, len(text)):  # a truncated file, then more, then all of it
        write(target, text[:cut])
        await asyncio.sleep(0.05)
    await api.wait_for(lambda c: c.method == "sendMessage", 5, mark)
    await asyncio.sleep(1.0)
    notes = [c for c in api.sent(chat_id=ADMIN_ID) if api.calls.index(c) >= mark]
    assert len(notes) == 1 and "1 ajoutée(s)" in notes[0].params["text"]


async def test_watcher_reports_a_broken_file_once_and_keeps_serving(
    watching_app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    mark = len(api.calls)
    write(questions_dir / "small.yaml", "passage: p\nquestions: [\n")
    call = await api.wait_for(lambda c: c.method == "sendMessage", 5, mark)
    assert "small.yaml: not valid YAML at line" in call.params["text"]
    assert len(watching_app.bot_data.bank) == 3
    # another file changes: the admin hears about it, not again about the unchanged broken one
    mark = len(api.calls)
    write(questions_dir / "more.yaml", question_yaml("later"))
    call = await api.wait_for(lambda c: c.method == "sendMessage", 5, mark)
    assert "1 ajoutée(s)" in call.params["text"] and "small.yaml" not in call.params["text"]


async def test_deleting_every_file_keeps_serving_and_warns(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    (questions_dir / "small.yaml").unlink()
    await deliver(app, api.send_text(ADMIN, "/reload"))
    assert api.last_sent(ADMIN_ID)["text"].startswith(
        "⚠️ Aucun fichier de questions utilisable dans le dossier : je garde en service les "
        "3 questions d'avant."
    )
    await deliver(app, api.send_text(ALICE, "/quiz"))
    assert api.last_sent(1001)["text"].startswith("❓")


async def test_huge_error_reports_still_fit_in_one_message(
    app: QuizApp, api: FakeBotAPI, questions_dir: Path
) -> None:
    for n in range(80):
        write(questions_dir / f"a-rather-long-file-name-for-a-broken-set-{n:03}.yaml", "x: [\n")
    await deliver(app, api.send_text(ADMIN, "/reload"))
    text = api.last_sent(ADMIN_ID)["text"]  # the fake refuses anything over 4,096 characters
    assert "80 erreur(s)" in text and text.endswith("…") and len(text) <= 4096
