"""summarizer.language.resources: stop words, folding, stemmers, segmenters and scripts per language."""

from __future__ import annotations

import importlib

import pytest

from summarizer.language import LANGUAGES
from summarizer.language.resources import _spacy_stop_words, fold, script, segment, stemmer, stop_words

from fresh_process import modules_after


@pytest.mark.parametrize("code, words", [
    ("de", {"der", "und", "nicht"}),
    ("fr", {"de", "un", "le"}),  # from spaCy: sumy's French list lacks "de" and "un"
    ("es", {"de", "un", "el"}),
    ("ru", {"и", "в", "не"}),  # sumy has no Russian list: spaCy's alone
    ("no", {"og", "ikke"}),  # spaCy's Norwegian Bokmål ("nb") list
])
def test_stop_words_join_sumy_and_spacy(code: str, words: set[str]) -> None:
    assert words <= stop_words(code)


@pytest.mark.parametrize("code", sorted(set(LANGUAGES) - {"en"}))
def test_stop_words_are_folded_and_not_empty(code: str) -> None:
    listed = stop_words(code)
    assert listed and all(w == fold(w, code) and w.strip() == w for w in listed)


@pytest.mark.parametrize("code", ["de", "fr", "ru", "no"])
def test_spacy_stop_words_are_spacys_module_list(code: str) -> None:
    spacy_code = LANGUAGES[code].spacy_stop_words or code
    module = importlib.import_module(f"spacy.lang.{spacy_code}.stop_words")
    assert _spacy_stop_words(spacy_code) == set(module.STOP_WORDS)


def test_stop_words_do_not_import_spacy() -> None:
    """Reading a word list must not import spaCy (thinc, torch) nor spacy.lang.fr's tokenizer
    exceptions: run in a fresh process, since this one may have imported them already."""
    loaded = modules_after("from summarizer.language.resources import stop_words\n"
                           "assert {'de', 'un'} <= stop_words('fr') and 'der' in stop_words('de')")
    assert sorted(m for m in loaded if m == "spacy" or m.startswith("spacy.")) == []


def test_stop_words_leave_content_words_out() -> None:
    assert "feuerwehr" not in stop_words("de") and "Der" not in stop_words("de")


@pytest.mark.parametrize("word, code, folded", [
    ("Straße", "de", "straße"),
    ("ÉTÉ", "fr", "été"),
    ("Ёлка", "ru", "елка"),  # ё is written е in most Russian print
    ("Ёлка", "uk", "елка"),
    ("Ёлка", "de", "ёлка"),  # only Russian and Ukrainian fold ё
    ("مُحَمَّد", "ar", "محمد"),  # Arabic without its optional vowel marks
    ("الـكتاب", "ar", "الكتاب"),  # and without tatweel
])
def test_fold(word: str, code: str, folded: str) -> None:
    assert fold(word, code) == folded


@pytest.mark.parametrize("code, forms", [
    ("de", ("menschen", "mensch")),
    ("ru", ("пожарных", "пожарные")),
    ("fr", ("incendies", "incendie")),
    ("es", ("personas", "persona")),
])
def test_snowball_stems_join_a_words_forms(code: str, forms: tuple[str, ...]) -> None:
    stem = stemmer(code)
    assert len({stem(f) for f in forms}) == 1


def test_a_language_without_a_stemmer_keeps_the_word() -> None:
    assert LANGUAGES["he"].snowball is None
    assert stemmer("he")("שלום") == "שלום"


@pytest.mark.parametrize("word, code, value", [
    ("1 500", "fr", "1500"),
    ("3 000,5", "de", "3000.5"),
    ("1\u00a0200", "ru", "1200"),
    ("1 500", "he", "1500"),  # also without a stemmer
])
def test_stemmers_read_grouped_numbers_as_one_number(word: str, code: str, value: str) -> None:
    assert stemmer(code)(word) == value


def test_stemmers_are_loaded_once() -> None:
    assert stemmer("de") is stemmer("de")


def test_chinese_is_segmented_by_jieba() -> None:
    assert segment("全县共转移群众3200人。", "zh") == ["全县", "共", "转移", "群众", "3200", "人", "。"]


def test_japanese_is_segmented_by_tinysegmenter() -> None:
    assert segment("倉庫の火災で3人が死亡した。", "ja") == ["倉庫", "の", "火災", "で", "3", "人", "が", "死亡",
                                                       "し", "た", "。"]


def test_a_spaced_language_has_no_segmenter() -> None:
    with pytest.raises(ValueError, match="^de has no segmenter$"):
        segment("Der Pegel stieg.", "de")


@pytest.mark.parametrize("char, name", [
    ("a", "LATIN"), ("é", "LATIN"), ("я", "CYRILLIC"), ("中", "CJK"), ("ا", "ARABIC"), ("あ", "HIRAGANA"),
    ("ア", "KATAKANA"), ("한", "HANGUL"), ("ש", "HEBREW"), ("λ", "GREEK"), ("\ue000", "UNKNOWN"),
])
def test_script(char: str, name: str) -> None:
    assert script(char) == name
