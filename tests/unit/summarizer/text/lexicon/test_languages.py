"""summarizer.text.lexicon.languages: the word lists of other languages, read through the lexicon."""

from summarizer import text
from summarizer.language import LANGUAGES
from summarizer.text import lexicon
from summarizer.text.lexicon import languages

TABLES = ("NUMBER_WORDS_BY_LANGUAGE", "SCALES_BY_LANGUAGE", "QUALIFIERS_BY_LANGUAGE",
          "QUALIFIERS_AFTER_BY_LANGUAGE", "MONTHS_BY_LANGUAGE", "ORDINAL_DETERMINERS_BY_LANGUAGE",
          "TIME_WORDS_BY_LANGUAGE", "DATE_WORDS_BY_LANGUAGE")


def test_the_lexicon_gives_the_same_tables():
    for name in TABLES:
        assert getattr(lexicon, name) is getattr(languages, name)


def test_every_table_is_keyed_by_a_language_the_engine_reads_and_written_in_lower_case():
    for name in TABLES:
        for code, entries in getattr(languages, name).items():
            assert code in LANGUAGES, (name, code)
            words = [w for entry in entries for w in (entry if isinstance(entry, tuple) else (entry,))]
            assert all(w == w.lower() for w in words), (name, code)


def test_date_words_are_the_months_and_time_words_of_each_language():
    assert languages.DATE_WORDS_BY_LANGUAGE["de"] >= languages.MONTHS_BY_LANGUAGE["de"]
    assert "märz" in languages.DATE_WORDS_BY_LANGUAGE["de"]
    assert text.is_stop_word("und", "de")  # the tables sit beside, not instead of, stop words
