"""summarizer.language.support: which parts of the engine run in which language."""

from __future__ import annotations

import pytest

from summarizer.language import LANGUAGES
from summarizer.language.support import (ENGLISH_ONLY, NO_QUALIFIERS, notes, strategy_available, table,
                                         uses_english_models)


def test_only_english_uses_the_english_models() -> None:
    assert uses_english_models("en")
    assert not any(uses_english_models(code) for code in LANGUAGES if code != "en")


@pytest.mark.parametrize("name, code, available", [
    ("lexrank", "zh", True), ("centroid", "de", True), ("ilp", "ar", True),
    ("centroid-emb", "de", False), ("submodular-emb", "ru", False),
    ("abstractive", "fr", False), ("abstractive:model=smollm2", "fr", False),  # options do not matter
    ("abstractive-full", "es", False),
    ("centroid-emb", "en", True), ("abstractive:model=smollm2", "en", True),
])
def test_strategy_available(name: str, code: str, available: bool) -> None:
    assert strategy_available(name, code) is available


def test_notes_name_every_skipped_part_in_the_language() -> None:
    assert notes("en") == []
    lines = notes("de")
    assert len(lines) == len(ENGLISH_ONLY) == 4
    assert lines[0] == ("German: the sentence encoder (all-MiniLM-L6-v2) is English-only: facts are aligned by "
                        "shared words, and centroid-emb / submodular-emb are not available")
    assert all(line.startswith("German: ") for line in lines)
    assert notes("zh")[3] == "Chinese: the abstractive strategies (SmolLM2 and the guard) are English-only"


def test_table_has_one_row_per_language() -> None:
    rows = table().splitlines()
    assert len(rows) == 2 + len(LANGUAGES)
    assert all(row.count("|") == 10 for row in rows)
    by_code = {row.split(" | ")[1]: row for row in rows[2:]}
    assert sorted(by_code) == sorted(LANGUAGES)
    assert by_code["en"] == "| English | en | yes | yes | Porter | sumy | yes | yes | yes |"
    assert by_code["zh"].startswith("| Chinese | zh | yes | jieba | no (lower case only) | ")
    assert by_code["ja"].split(" | ")[3] == "tinysegmenter"
    assert by_code["pl"].split(" | ")[4] == "no (lower case only)"  # no Snowball stemmer for Polish
    from summarizer.language.resources import stop_words

    assert by_code["de"].split(" | ")[5] == str(len(stop_words("de")))  # the size of the list


def test_table_says_where_number_words_are_read() -> None:
    cells = {row.split(" | ")[1]: row.split(" | ")[7] for row in table().splitlines()[2:]}
    assert cells["de"] == cells["zh"] == cells["ar"] == "yes"
    assert cells["it"] == "digits only (no number words, qualifiers)"


def test_a_language_whose_qualifiers_are_not_read_says_so_and_others_do_not() -> None:
    assert any(NO_QUALIFIERS in line for line in notes("it"))
    assert not any(NO_QUALIFIERS in line for line in notes("de") + notes("en"))
