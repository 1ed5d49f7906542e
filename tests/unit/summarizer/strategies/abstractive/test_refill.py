"""summarizer/strategies/abstractive/refill.py: spending the words compression freed on
further sentences (``Refill``), or giving rewritten sentences their words back (``restore``)."""

from __future__ import annotations

import dataclasses

import pytest

from summarizer.brief import BriefSentence, Source, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.strategies import get_strategy
from summarizer.strategies.abstractive.refill import Refill, restore

#: Three reports whose leads are near-duplicates (one group, counted once); the fishermen's
#: death is in two reports (sentences 1 and 4), the harbour in Portland in two (2 and 7).
REPORTS = [
    "The storm hit the coast of Maine on Tuesday. Two fishermen died at sea. The harbour in Portland was closed.",
    "The storm hit the coast of Maine with strong winds. Two fishermen died near Portland. Schools stayed open.",
    "A storm hit the coast of Maine. The harbour in Portland was closed after the storm. The governor visited.",
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(REPORTS)])


def chosen(corpus: Corpus, *ids: int) -> list[BriefSentence]:
    return [BriefSentence(corpus.sentences[i].text, sources_of(corpus, i), i) for i in ids]


def refill(corpus: Corpus, length: str = "30w") -> Refill:
    return Refill(corpus, Budget.parse(length), chosen(corpus, 0), get_strategy("lead").rules)


# --------------------------------------------------------------------------- restore


def rewritten(text: str) -> BriefSentence:
    return BriefSentence(text, [Source("a.txt", 0)], None, rewritten=True, guard=None)


SOURCES = {"a b c": "a b c d e", "h i": "h i j k l m"}


def test_restore_gives_back_what_fits_most_returned_words_first() -> None:
    brief = [rewritten("a b c"), BriefSentence("f g", [Source("b.txt", 1)], None), rewritten("h i")]
    # 12 words: "h i" gets its 4 words back first (3 + 2 + 6 = 11), then "a b c" no longer fits
    out = restore(Budget.parse("12w"), brief, lambda s: SOURCES[s.text])
    assert [s.text for s in out] == ["a b c", "f g", "h i j k l m"]
    assert [s.rewritten for s in out] == [True, False, False]
    # 10 words: "h i j k l m" does not fit (11), "a b c d e" does (5 + 2 + 2 = 9)
    out = restore(Budget.parse("10w"), brief, lambda s: SOURCES[s.text])
    assert [s.text for s in out] == ["a b c d e", "f g", "h i"]
    assert [s.text for s in brief] == ["a b c", "f g", "h i"]  # the input is left as it was


def test_restore_leaves_a_fusion_and_names_what_it_gives_back() -> None:
    """A fused sentence cites its donors for words its source text lacks: it stays; a
    compression given its words back is kept text again."""
    fused = dataclasses.replace(rewritten("h i"), operation="fused", sources=[Source("a.txt", 0), Source("b.txt", 3)])
    out = restore(Budget.parse("20w"), [rewritten("a b c"), fused], lambda s: SOURCES[s.text])
    assert [(s.text, s.operation, s.rewritten) for s in out] == [("a b c d e", "kept", False), ("h i", "fused", True)]
    assert out[1].sources == fused.sources


def test_restore_clears_the_guard_note_and_leaves_kept_sentences_alone() -> None:
    noted = dataclasses.replace(rewritten("a b c"), guard="fusion: refused")
    kept = BriefSentence("a b c", [Source("b.txt", 1)], None, guard="ending: stops")
    out = restore(Budget.parse("100w"), [noted, kept], lambda s: SOURCES[s.text])
    assert (out[0].text, out[0].rewritten, out[0].guard) == ("a b c d e", False, None)
    assert out[1] is kept


# --------------------------------------------------------------------------- Refill


def test_room_and_gain_are_measured_against_the_brief_so_far(corpus: Corpus) -> None:
    state = refill(corpus)
    assert state.room() == 30 - 9
    assert state.taken == [0] and state.tried == set()
    assert state.gain(corpus.sentences[0].text) == 0  # all it says is covered
    assert state.gain(corpus.sentences[3].text) == 0  # its near-duplicate adds no weighted concept
    # the death of two fishermen: the bigrams and words two reports share
    fishermen = ("fishermen", "die"), ("two", "fishermen"), ("fishermen",), ("die",)
    assert state.gain(corpus.sentences[1].text) == pytest.approx(sum(state.weights[c] for c in fishermen))
    assert state.gain(corpus.sentences[4].text) == pytest.approx(
        state.gain(corpus.sentences[1].text) + state.weights[("portland",)])
    assert state.gain(corpus.sentences[8].text) == 0  # one report's news: no concept weight


def test_best_takes_the_most_new_weight_per_word_once_each(corpus: Corpus) -> None:
    state = refill(corpus)
    anything = lambda budget, sentence: 0  # noqa: E731
    # gain per word: sentence 4 (5 words) above sentence 1 (5 words, no Portland), then the
    # harbour, 2; 7 says what 2 says (one group: only its representative 2 is a candidate),
    # and nothing else adds weight
    assert [state.best(anything) for _ in range(4)] == [4, 1, 2, None]
    assert state.tried == {1, 2, 4}


def test_best_skips_what_cannot_fit_even_compressed(corpus: Corpus) -> None:
    state = refill(corpus)
    assert state.best(lambda budget, sentence: state.room() + 1) is None
    assert state.tried == set()
    assert state.best(lambda budget, sentence: 0 if sentence.id == 2 else 99) == 2


def test_offer_adds_a_fitting_sentence_that_still_adds_weight(corpus: Corpus) -> None:
    state = refill(corpus)
    assert not state.offer(chosen(corpus, 3)[0])  # fits, but adds no weighted concept
    long = BriefSentence(" ".join(["Two fishermen died."] * 8), sources_of(corpus, 4), 4)
    assert not state.offer(long)  # 24 words: more than the 21 left
    assert state.offer(chosen(corpus, 4)[0])
    assert state.taken == [0, 4] and [s.sentence_id for s in state.sentences] == [0, 4]
    assert state.room() == 30 - 9 - 5
    # now the fishermen and Portland are covered: nothing adds weight any more
    assert state.best(lambda budget, sentence: 0) is None
    assert not state.offer(chosen(corpus, 1)[0])


# --------------------------------------------------------------------------- value, forget


def test_a_sentence_is_worth_the_concepts_only_it_brings(corpus: Corpus) -> None:
    state = Refill(corpus, Budget.parse("100w"), chosen(corpus, 1, 5), get_strategy("lead").rules)
    deaths, schools = state.sentences
    assert state.value(deaths) > 0  # two fishermen died: two reports say it
    assert state.value(schools) == 0  # one report's detail: no concept of weight
    again = Refill(corpus, Budget.parse("100w"), chosen(corpus, 1, 5, 4), get_strategy("lead").rules)
    assert again.value(again.sentences[0]) < state.value(deaths)  # the other report says it too


def test_a_forgotten_sentence_uncovers_its_concepts_and_is_not_offered_again(corpus: Corpus) -> None:
    state = Refill(corpus, Budget.parse("100w"), chosen(corpus, 0, 1), get_strategy("lead").rules)
    gain = state.gain(corpus.sentences[1].text)
    assert gain == 0  # in the brief: it adds nothing
    state.sentences = state.sentences[:1]
    state.forget([1])
    assert (state.taken, 1 in state.tried) == ([0], True)
    assert state.gain(corpus.sentences[4].text) > 0  # the fishermen's death is news again
