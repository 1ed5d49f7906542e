"""summarizer/guard/analysis.py: tokens with clause and sentence marks, number values, stems
and which capitalised words are names."""

from __future__ import annotations

from summarizer.guard.analysis import ACCEPT, Verdict, analyse, is_acronym, number_value, token_stem, tokenize


def test_tokens_carry_clause_marks_cut_at_punctuation_and_sentence_starts() -> None:
    tokens = tokenize("Police said, in Kabul, that two men didn't go. Then they left.")
    assert [(t.text, t.clause, t.opens) for t in tokens] == [
        ("Police", 0, True), ("said", 0, False), ("in", 1, False), ("Kabul", 1, False),
        ("that", 2, False), ("two", 2, False), ("men", 2, False), ("didn't", 2, False),
        ("go", 2, False), ("Then", 3, True), ("they", 3, False), ("left", 3, False)]
    assert [t.index for t in tokens] == list(range(12))


def test_numbers_compare_by_value_in_digits_words_and_ordinals() -> None:
    assert [number_value(w) for w in ("93,000", "93000", "two", "Two", "third", "21st", "Kabul")] == \
        ["93000", "93000", "2", "2", "3th", "21th", None]


def test_acronyms_are_two_or_more_capitals() -> None:
    assert [is_acronym(w) for w in ("U.S.", "NSA", "US", "Us", "A", "G7")] == [True, True, True, False, False, False]


def test_stems_read_numbers_negations_and_irregular_verbs() -> None:
    assert [token_stem(w) for w in ("two", "wasn't", "went", "going", "running")] == ["2", "not", "go", "go", "run"]


def test_a_capitalised_opener_is_a_name_unless_the_texts_write_it_in_lower_case() -> None:
    names = analyse("Earlier, Kerry met the US envoy. The talks ended.")
    assert sorted(names.tokens[i].text for i in names.names) == ["Earlier", "Kerry", "US"]
    lower_too = analyse("Earlier, Kerry met the US envoy earlier.")
    assert sorted(lower_too.tokens[i].text for i in lower_too.names) == ["Kerry", "US"]
    # an opener the sources write in lower case, or use as a name
    assert analyse("Talks ended.").names == {0}
    assert analyse("Talks ended.", known_lower=frozenset({"talks"})).names == set()
    assert analyse("Will ended it.").names == set()  # a cue opening the sentence
    assert analyse("Will ended it.", frozenset({"will"})).names == {0}
    # so is one opening a quotation (Token.opens), not one inside it
    assert analyse('He said: "Talks ended."').names == {2}
    assert analyse('He said: "Talks ended."', known_lower=frozenset({"talks"})).names == set()
    assert analyse('He said "new Talks ended."', known_lower=frozenset({"talks"})).names == {3}


def test_content_leaves_out_free_words_and_a_verdict_is_truthy_only_when_accepted() -> None:
    assert [t.text for t in analyse("The talks were delayed in Geneva.").content()] == ["talks", "delayed", "Geneva"]
    assert analyse("Kerry went home.").stems == {"kerri", "go", "home"}
    assert (bool(ACCEPT), bool(Verdict(False, "why")), ACCEPT.reason) == (True, False, None)
