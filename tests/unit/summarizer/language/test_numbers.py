"""summarizer.language.numbers: number words, scales and qualifiers as each language writes them."""

from __future__ import annotations

import pytest

from summarizer.language.numbers import key, number_value, qualifier_after, qualifier_before, vocabulary


@pytest.mark.parametrize("word, code, keyed", [
    ("أكثر", "ar", "اكثر"), ("إلى", "ar", "الى"), ("آلاف", "ar", "الاف"),  # alef with hamza or madda
    ("مُحَمَّد", "ar", "محمد"),  # without vowel marks
    ("Mehr", "de", "mehr"), ("Ещё", "ru", "еще"),
])
def test_key(word: str, code: str, keyed: str) -> None:
    assert key(word, code) == keyed


@pytest.mark.parametrize("word, code, value", [
    ("12", "en", 12.0), ("1,500", "en", 1500.0), ("twelve", "en", 12.0), ("dozen", "en", 12.0),
    ("thousands", "en", 2000.0),  # a vague count
    ("1.500", "de", 1500.0), ("4,5", "de", 4.5), ("1,500", "de", 1.5),  # the language's decimal comma
    ("zwölf", "de", 12.0), ("1 500", "fr", 1500.0), ("семь", "ru", 7.0), ("خمسة", "ar", 5.0), ("٣٥", "ar", 35.0),
])
def test_number_value(word: str, code: str, value: float) -> None:
    assert number_value(word, code) == value


@pytest.mark.parametrize("word, code", [
    ("one", "en"),  # "one of them" counts nothing
    ("millions", "en"),  # as often a manner of speaking
    ("fire", "en"), ("Zwölf", "de"),  # words are looked up in their key form only
    ("1.2.3", "en"),
])
def test_no_number_value(word: str, code: str) -> None:
    assert number_value(word, code) is None


@pytest.mark.parametrize("words, index, code, found", [
    (["more", "than", "20"], 2, "en", ("more than", 0)),
    (["about", "20"], 1, "en", ("about", 0)),
    (["hand", "over", "20"], 2, "en", ("", 2)),  # "over" belongs as often to a verb
    (["only", "20"], 1, "en", ("", 1)),  # "only" leaves the number as it is
    (["20"], 0, "en", ("", 0)),
    (["es", "starben", "mehr", "als", "20"], 4, "de", ("more than", 2)),
    (["plus", "de", "20"], 2, "fr", ("more than", 0)),
    (["более", "10"], 1, "ru", ("more than", 0)),
    (["اكثر", "من", "10"], 2, "ar", ("more than", 0)),
    (["واكثر", "من", "10"], 2, "ar", ("more than", 0)),  # "and more than": a joined "and"
    (["بنحو", "40"], 1, "ar", ("about", 0)),  # "with about"
])
def test_qualifier_before(words: list[str], index: int, code: str, found: tuple[str, int]) -> None:
    assert qualifier_before(words, index, code) == found


def test_qualifier_before_gives_the_class_of_the_phrase() -> None:
    assert qualifier_before(["approximately", "20"], 1) == ("about", 0)
    assert qualifier_before(["at", "least", "20"], 2) == ("at least", 0)


@pytest.mark.parametrize("words, end, found", [
    (["3200", "多人"], 1, ("more than", 1)),  # the qualifier opens the next word
    (["3200", "多", "人"], 1, ("more than", 2)),
    (["2000", "人", "左右"], 1, ("about", 3)),  # after the measure word
    (["10", "人"], 1, ("", 1)),
])
def test_qualifier_after_in_chinese(words: list[str], end: int, found: tuple[str, int]) -> None:
    assert qualifier_after(words, end, "zh") == found


def test_qualifier_after_in_arabic() -> None:
    words = [key(w, "ar") for w in ("10", "أشخاص", "على", "الأقل")]  # "10 people at least"
    assert qualifier_after(words, 1, "ar") == ("at least", 4)


def test_vocabulary_per_language() -> None:
    zh = vocabulary("zh")
    assert (zh.scales["万"], zh.scales["亿"]) == (10_000, 100_000_000)
    assert "年" in zh.dates and zh.after[("左右",)] == "about"
    assert vocabulary("en").after == {}
    assert vocabulary("ar").before[("اكثر", "من")] == "more than"  # keys in key form
    assert vocabulary("de") is vocabulary("de")


def test_qualifiers_are_read_in_english_and_the_languages_the_lexicon_lists() -> None:
    from summarizer.language.numbers import reads_qualifiers

    assert reads_qualifiers("en") and reads_qualifiers("de") and reads_qualifiers("zh")
    assert not reads_qualifiers("it")
