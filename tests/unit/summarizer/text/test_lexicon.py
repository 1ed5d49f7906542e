"""The lexicon: one home per word list, lists that must not overlap do not, all in use."""

from __future__ import annotations

import re
from pathlib import Path


from summarizer.text import lexicon

PACKAGE = Path(lexicon.__file__).resolve().parents[2]  # summarizer/
#: Lists of punctuation, and of spaCy's entity labels, not words.
PUNCTUATION_SETS = {"DASHES"}
LABEL_SETS = {"NAME_ENTITIES"}
#: Tables of other languages' words, keyed by ISO 639-1 code.
BY_LANGUAGE = {name: value for name, value in vars(lexicon).items()
               if name.isupper() and name.endswith("_BY_LANGUAGE")}
WORD_SETS = {name: value for name, value in vars(lexicon).items()
             if name.isupper() and isinstance(value, (frozenset, dict, list))
             and name not in PUNCTUATION_SETS | LABEL_SETS | set(BY_LANGUAGE)}


def _entries(value: object) -> list[str]:
    items = value.keys() if isinstance(value, dict) else value
    return [w for item in items for w in (item if isinstance(item, tuple) else (item,))]


def test_every_entry_is_one_lowercase_word() -> None:
    for name, value in WORD_SETS.items():
        # An abbreviation may keep its inner periods ("d.c", "w.va"), never a final one.
        inner = r"." if name.endswith("_ABBREVIATIONS") else ""
        for word in _entries(value):
            assert re.fullmatch(rf"[a-zà-ÿ]([a-zà-ÿ'\-{inner}]*[a-zà-ÿ'\-])?", word), (name, word)  # "clichés" too


def test_polarity_lists_are_disjoint() -> None:
    polarity = [lexicon.NEGATIONS, lexicon.NEGATING_FORMS, lexicon.NEAR_NEGATIONS,
                lexicon.NEGATING_VERBS, lexicon.HEDGE_ADVERBS, lexicon.HEDGE_VERBS,
                lexicon.ALLEGATION_WORDS, lexicon.MODALS, lexicon.CONDITIONALS]
    for i, a in enumerate(polarity):
        for b in polarity[i + 1:]:
            assert not a & b, sorted(a & b)


def test_number_words_scales_and_dates_do_not_overlap() -> None:
    numbers = set(lexicon.NUMBER_WORDS) | set(lexicon.SCALES) | set(lexicon.COUNT_NOUNS)
    assert not numbers & set(lexicon.ORDINALS)
    assert not set(lexicon.MONTHS) & set(lexicon.WEEKDAYS)
    assert lexicon.NUMBER_WORDS["twenty"] == 20 and lexicon.SCALES["million"] == 10**6


def test_auxiliaries_are_the_union_of_their_parts() -> None:
    parts = [lexicon.BE_FORMS, lexicon.HAVE_FORMS, lexicon.DO_FORMS, lexicon.MODALS]
    assert lexicon.AUXILIARIES == frozenset().union(*parts)
    assert sum(map(len, parts)) == len(lexicon.AUXILIARIES)  # no form in two parts


def test_particle_qualifiers_are_qualifiers() -> None:
    assert lexicon.PARTICLE_QUALIFIERS <= set(lexicon.QUANTITY_QUALIFIERS)
    assert lexicon.QUANTITY_QUALIFIERS[("over",)] == lexicon.QUANTITY_QUALIFIERS[("more", "than")]


def test_every_list_is_used_by_some_module() -> None:
    """Every list is read outside the lexicon, or the lexicon derives another from it."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
                        if "lexicon" not in p.parts)
    own = "\n".join(p.read_text(encoding="utf-8") for p in (PACKAGE / "text" / "lexicon").glob("*.py"))
    unused = [name for name in WORD_SETS if not re.search(rf"\b{name}\b", sources)
              and len(re.findall(rf"\b{name}\b", own)) < 2]
    assert not unused, unused


def test_punctuation_sets_hold_no_letters() -> None:
    for name in PUNCTUATION_SETS:
        assert not any(ch.isalnum() for mark in getattr(lexicon, name) for ch in mark), name


def test_label_sets_are_spacy_entity_labels() -> None:
    for name in LABEL_SETS:
        assert all(label.isupper() and label.isalpha() for label in getattr(lexicon, name)), name


def test_other_languages_tables_hold_lowercase_words_of_languages_the_engine_reads() -> None:
    from summarizer.language import LANGUAGES

    assert set(BY_LANGUAGE) >= {"NUMBER_WORDS_BY_LANGUAGE", "SCALES_BY_LANGUAGE", "QUALIFIERS_BY_LANGUAGE",
                                "QUALIFIERS_AFTER_BY_LANGUAGE", "MONTHS_BY_LANGUAGE", "DATE_WORDS_BY_LANGUAGE"}
    for name, table in BY_LANGUAGE.items():
        for code, value in table.items():
            assert code in LANGUAGES, (name, code)
            for word in _entries(value):
                assert word == word.lower() and word.strip() and " " not in word, (name, code, word)
                assert all(ch.isalpha() or ch == "'" for ch in word), (name, code, word)


def test_other_languages_qualifiers_use_the_english_classes_and_no_word_is_two_things() -> None:
    classes = set(lexicon.QUANTITY_QUALIFIERS.values())
    for table in (lexicon.QUALIFIERS_BY_LANGUAGE, lexicon.QUALIFIERS_AFTER_BY_LANGUAGE):
        for code, qualifiers in table.items():
            assert set(qualifiers.values()) <= classes, code
    for code in lexicon.NUMBER_WORDS_BY_LANGUAGE:
        numbers = set(lexicon.NUMBER_WORDS_BY_LANGUAGE[code])
        assert not numbers & set(lexicon.SCALES_BY_LANGUAGE.get(code, {})), code
        assert not numbers & lexicon.DATE_WORDS_BY_LANGUAGE.get(code, frozenset()), code
    for code, words in lexicon.DATE_WORDS_BY_LANGUAGE.items():
        assert lexicon.MONTHS_BY_LANGUAGE.get(code, frozenset()) <= words, code


def test_the_german_sentence_splitter_reads_the_lexicons_months() -> None:
    from summarizer.language import LANGUAGES

    assert LANGUAGES["de"].months is lexicon.MONTHS_BY_LANGUAGE["de"]
