"""Which reports state a sentence's main claim (``summarizer.trust.support.carrying``), on
handmade reports: a report sharing only a side clause is not cited, one stating the main
claim in the predicate's words, in a clause sharing its words, or in other words the
encoder rates alike, is."""

from __future__ import annotations

import math

import numpy as np

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.trust.support import MAIN_CLAIM_COSINE, carrying, restating_texts

FURY = ["Town officials were furious that the bridge closure was announced by the state engineer on Friday.",
        "The state engineer announced the bridge closure on Friday.",
        "Town officials were angry about the closure, aides said."]
UPSET = ["Mayor Green was beaten on Tuesday by a retired teacher who ran on school funding.",
         "In a stunning upset, a political newcomer defeated the incumbent mayor.",
         "The retired teacher ran on school funding, a campaign aide said."]


def corpus(reports: list[str]) -> Corpus:
    return Corpus(load_documents(reports))


def test_a_report_sharing_only_the_side_clause_does_not_state_the_main_claim():
    reports = corpus(FURY)
    # the fury is the claim: the announcement it is about is not; "angry" is not its word,
    # and a main clause of three content words is too short to judge by words in common
    assert carrying(reports, 0, [1, 2], None) == set()
    # the announcement is stated, as the subordinate clause of the furious officials
    assert carrying(reports, 1, [0], None) == {0}


def test_the_predicate_counts_in_any_form_and_the_sentence_itself_is_never_its_own_support():
    reports = corpus(["The board began investigating the leak in March.",
                      "An investigation of the leak by the board opened in March.",
                      "The board closed its inquiry in March."])
    assert carrying(reports, 0, [0, 1, 2], None) == {1}  # "investigation": the stem of "investigating"


def stub(alike: float):
    """An encoder rating every text that tells of the defeat ("beaten", "defeated") at
    ``alike`` with the others telling of it, and every other text unrelated."""
    def vector(text: str) -> list[float]:
        if "beaten" in text:
            return [1.0, 0.0, 0.0]
        if "defeated" in text:
            return [alike, math.sqrt(1 - alike ** 2), 0.0]
        return [0.0, 0.0, 1.0]

    def encoder(texts):
        return np.array([vector(t) for t in texts], dtype=np.float32)
    return encoder


def test_other_words_count_when_the_encoder_rates_a_clause_alike_with_the_main_clause():
    reports = corpus(UPSET)
    # no word of the predicate ("beat") and few words in common: words alone do not tell
    assert carrying(reports, 0, [1, 2], None) == set()
    assert carrying(reports, 0, [1, 2], stub(MAIN_CLAIM_COSINE)) == {1}
    assert carrying(reports, 0, [1, 2], stub(MAIN_CLAIM_COSINE - 0.01)) == set()


def test_a_clause_sharing_most_of_the_main_clause_words_states_it_without_an_encoder():
    reports = corpus(["Rebel fighters took control of the main airport near the capital on Sunday.",
                      "Rebels seized the main airport near the capital after heavy fighting on Sunday."])
    # "took control" / "seized": no predicate word in common, but half the main clause's words
    assert carrying(reports, 0, [1], None) == {1}


def bag_of_words(texts):
    """An encoder that rates texts alike by the words they share (unit vectors of word
    counts over the words of every text it is given; stop words out)."""
    from summarizer.text import content_stems

    words = [content_stems(t) for t in texts]
    vocabulary = sorted({w for found in words for w in found})
    vectors = np.array([[found.count(w) for w in vocabulary] for found in words], dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def test_the_speaker_and_the_day_of_saying_are_not_the_claim():
    """Two sentences quoting one speaker on one day share the attribution: the main clause
    compared is what was said, so a report of another thing the minister said is not cited,
    and one saying the same thing in other words still is."""
    reports = corpus(["The two governments are committed to a peace conference, the foreign minister said on Tuesday.",
                      "The foreign minister said on Tuesday that the two governments could make a difference.",
                      "The foreign minister said on Tuesday that both governments backed a peace conference."])
    assert carrying(reports, 0, [1, 2], bag_of_words) == {2}


def test_what_was_said_in_a_statement_is_the_claim():
    """"said in a statement that ...": the claim is the intent to file charges (the parser
    hangs the "that"-clause on "statement", and the "to"-clause on "intent"), stated by the
    attorney's confirmation, not by another thing the lawyer said in a statement."""
    reports = corpus(["The lawyer said in a statement that the prosecutors' office has disclosed its intent "
                      "to file criminal charges.",
                      "Federal prosecutors plan to file criminal charges against the mayor, his attorney confirmed.",
                      "The lawyer said in a statement that the mayor would appeal."])
    assert carrying(reports, 0, [1, 2], None) == {1}


def test_the_same_claim_from_another_named_speaker_is_not_support():
    """Two named speakers saying the same thing are two claims: the reports quoting the
    sentence's speaker (by any part of the name) carry it, the one quoting someone else does
    not unless it names the sentence's speaker too, and the one whose speaker is unnamed is
    decided by its words alone."""
    reports = corpus(["Senator Jane Miller said the bridge closure would hurt downtown shops.",
                      "Mr. Tom Baker said the bridge closure would hurt downtown shops.",
                      "Miller said the bridge closure would hurt downtown shops.",
                      "Officials said the bridge closure would hurt downtown shops.",
                      "Mr. Tom Baker said the mayor agreed with Miller that the bridge closure would hurt "
                      "downtown shops."])
    assert carrying(reports, 0, [1, 2, 3, 4], None) == {2, 3, 4}


def test_the_texts_named_ahead_are_those_the_main_claim_test_embeds():
    """``restating_texts`` names, for checks known ahead, exactly what ``carrying`` embeds
    for them (the main clause and the clauses of the sentences words leave undecided), and
    nothing for checks words decide or a sentence checked against itself."""
    reports = corpus(UPSET + FURY)  # ids 0-2: UPSET, 3-5: FURY
    embedded: list[str] = []

    def recording(texts):
        embedded.extend(texts)
        return stub(MAIN_CLAIM_COSINE)(texts)
    checks = [(0, [1, 2]), (4, [3]), (1, [1])]
    assert [carrying(reports, i, others, recording) for i, others in checks] == [{1}, {3}, set()]
    assert embedded and restating_texts(reports, checks) == list(dict.fromkeys(embedded))
    assert restating_texts(reports, [(4, [3]), (1, [1])]) == []
