"""The blind-reading tool: what a reader is shown, and the figures it prints afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bench.blind_reading import main


def draft(folder: Path, *questions: tuple[str, str]) -> None:
    folder.mkdir()
    items = [
        {"id": f"q{n}", "question": q, "choices": [a, "x", "y", "z"], "answer": a}
        for n, (q, a) in enumerate(questions)
    ]
    (folder / "la-prise.yaml").write_text(yaml.safe_dump({"questions": items}), encoding="utf-8")


def test_a_reading_of_a_change_shows_only_what_differs_and_hides_who_wrote_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passage = tmp_path / "la-prise.txt"
    passage.write_text("La prise (1420)\n\nLes Anglais prennent la ville en 1420.\n", "utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    shared = ("Complétez (année) : Les Anglais prennent la ville en _____.", "1420")
    draft(tmp_path / "old", shared, ("Qui prend la ville en 1420 ?", "Les Anglais"))
    draft(tmp_path / "new", shared, ("Quand les Anglais prennent-ils la ville ?", "1420"))
    out, key = tmp_path / "reading", tmp_path / "key.json"
    assert main(["pack", str(out), "--key", str(key), "--passages", str(passage),
                 "--facts", str(facts), "--drafts", f"old={tmp_path / 'old'}",
                 f"new={tmp_path / 'new'}", "--changed"]) == 0  # fmt: skip
    shown = yaml.safe_load((out / "questions" / "la-prise.yaml").read_text("utf-8"))["questions"]
    assert sorted(q["question"] for q in shown) == [
        "Quand les Anglais prennent-ils la ville ?",
        "Qui prend la ville en 1420 ?",
    ]  # the shared question is not read again, and nothing says which version wrote which
    assert all(set(q) == {"id", "question", "choices", "answer"} for q in shown)
    versions = {e["versions"][0] for e in json.loads(key.read_text("utf-8"))["questions"].values()}
    assert versions == {"old", "new"} and not (out / "key.json").exists()
    grades = [
        {"id": q["id"], "grade": "A" if q["question"].startswith("Quand") else "C"} for q in shown
    ]
    (out / "grades" / "la-prise.yaml").write_text(yaml.safe_dump({"labels": grades}), "utf-8")
    capsys.readouterr()
    assert main(["shares", str(out), "--key", str(key)]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert rows["new"][2] == "100%" and rows["old"][4] == "100%"


def test_a_reading_with_a_question_left_ungraded_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reading"
    (out / "grades").mkdir(parents=True)
    key = tmp_path / "key.json"
    key.write_text(json.dumps({"versions": ["v"], "questions": {"p-1": {"passage": "p",
                   "versions": ["v"], "draft_id": "q0"}}}), "utf-8")  # fmt: skip
    assert main(["shares", str(out), "--key", str(key)]) == 1
    assert "1 questions not graded" in capsys.readouterr().err
