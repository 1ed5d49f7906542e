"""eval/rouge/lcs.py: ROUGE-L's summary-level union LCS, against plain ports of the Perl subs."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from rouge_support import prepared

from summarizer.eval.rouge import lcs as rouge_lcs
from summarizer.eval.rouge import Rouge155
from summarizer.eval.rouge.lcs import References, union_lcs_hits


def _perl_lcs_hits(model: list[list[str]], peer: list[list[str]]) -> int:
    """ROUGE-1.5.5's lcs / lcs_inner / markLCS and its unigram clip, line by line."""
    model_1grams = Counter(t for s in model for t in s)
    peer_1grams = Counter(t for s in peer for t in s)
    hit = 0
    for m in model:
        mask = [0] * len(m)
        for p in peer if m else []:
            c = [[0] * (len(p) + 1) for _ in range(len(m) + 1)]
            b = [[""] * (len(p) + 1) for _ in range(len(m) + 1)]
            for i in range(1, len(m) + 1):
                for j in range(1, len(p) + 1):
                    if m[i - 1] == p[j - 1]:
                        c[i][j], b[i][j] = c[i - 1][j - 1] + 1, "\\"
                    elif c[i - 1][j] >= c[i][j - 1]:
                        c[i][j], b[i][j] = c[i - 1][j], "^"
                    else:
                        c[i][j], b[i][j] = c[i][j - 1], "<"
            i, j = len(m), len(p)
            while i and j:
                if b[i][j] == "\\":
                    i, j = i - 1, j - 1
                    mask[i] = 1
                elif b[i][j] == "^":
                    i -= 1
                else:
                    j -= 1
        for k, token in enumerate(m):
            if mask[k] and model_1grams[token] > 0 and peer_1grams[token] > 0:
                hit += 1
                model_1grams[token] -= 1
                peer_1grams[token] -= 1
    return hit


def hits(peer: list[list[int]], *references: list[list[int]]) -> int:
    """Union-LCS hits of one peer (sentences of token ids) pooled over its references."""
    return union_lcs_hits([prepared(peer)], References.of((tuple(prepared(r) for r in references),)))[0]


def test_union_lcs_example_from_lins_paper() -> None:
    # Lin (2004), sec. 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    # LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 of 5.
    assert hits([[1, 2, 6, 7, 8], [1, 3, 8, 9, 5]], [[1, 2, 3, 4, 5]]) == 4


def test_union_lcs_is_clipped_by_peer_unigram_counts() -> None:
    # both reference sentences match the peer sentence, which has one "1" and one "2"
    assert hits([[1, 2]], [[1, 2], [1, 2]]) == 2
    assert hits([[1, 2], [1, 2]], [[1, 2], [1, 2]]) == 4


def test_hits_are_pooled_over_references_and_kept_per_topic() -> None:
    assert hits([[1, 2, 3]], [[3, 2, 1]], [[1, 3]]) == 1 + 2
    topics = (tuple([prepared([[1, 2]])]), tuple([prepared([[5]]), prepared([[6, 5]])]))
    assert union_lcs_hits([prepared([[2, 1]]), prepared([[5, 6]])], References.of(topics)) == [1, 2]


def test_no_references_or_empty_texts_give_no_hits() -> None:
    assert union_lcs_hits([prepared([[1, 2]])], References.of(((),))) == [0]
    assert hits([], [[1, 2]]) == 0
    assert hits([[1, 2]], []) == 0


def test_sentences_do_not_match_across_their_boundary() -> None:
    # an LCS stays within one (reference sentence, peer sentence) pair: "1 2" is not
    # found in the peer's "... 1" + "2 ..." sentences as one sequence, but each token is
    assert hits([[1], [2]], [[1, 2]]) == 2
    assert hits([[2, 1]], [[1, 2]]) == 1


@pytest.mark.parametrize("budget", [None, 2000])
def test_union_lcs_equals_perl_port_on_long_and_many_sentences(budget: int | None,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # sentences past 64 and 128 tokens (the bit rows span several words), few distinct words
    # (many ties), several topics and references in one batch; budget 2000 splits the
    # pairs into several batches
    if budget:
        monkeypatch.setattr(rouge_lcs, "_CELL_BUDGET", budget)
    rng = random.Random(11)

    def text() -> list[str]:
        return [" ".join(f"w{rng.randint(0, 5)}" for _ in range(rng.choice([0, 1, 3, 9, 40, 70, 140])))
                for _ in range(rng.randint(0, 4))]

    scorer = Rouge155(word_limit=None, stem=False)
    topics = [(text(), [text() for _ in range(rng.randint(1, 3))]) for _ in range(12)]
    prepared_ = [(scorer._text(p), tuple(scorer._text(r) for r in refs)) for p, refs in topics]
    ours = union_lcs_hits([p for p, _ in prepared_], References.of(tuple(r for _, r in prepared_)))
    expected = [sum(_perl_lcs_hits([s.split() for s in r], [s.split() for s in p]) for r in refs)
                for p, refs in topics]
    assert ours == expected
    assert sum(expected) > 0
