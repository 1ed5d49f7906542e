"""Tests of eval.rouge against ROUGE-1.5.5: published DUC 2004 tables, hand cases, Perl.

The DUC 2004 data is licensed for evaluation only and never copied into the
repository; those tests read it from ../shared/data/duc2004 and skip without it.
The Perl comparison runs only when perl with XML::DOM is installed.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.eval.rouge import (  # noqa: E402
    METRICS,
    Rouge155,
    Score,
    SystemResult,
    SystemScore,
    cut_words,
    load_lines,
    read_sentences,
    tokenize,
)
from summarizer.eval.rouge_bootstrap import _perl_instance_order, perl_srand_indices  # noqa: E402
from summarizer.eval.rouge_grams import skip_columns as _skip_columns  # noqa: E402
from summarizer.eval.rouge_perl import PerlRouge155, perl_rouge_available  # noqa: E402
from summarizer.eval.rouge_porter import morph_stem, porter_stem  # noqa: E402

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/duc2004"
TABLE_METRIC = {f"ROUGE-{k}": f"rouge-{k.lower()}" for k in ("1", "2", "3", "4", "L", "SU4")}
needs_duc = pytest.mark.skipif(not (DATA / "rouge-1.5.5" / "averages.tsv").is_file(), reason="DUC 2004 data absent")


# --------------------------------------------------------------------------
# The published ROUGE-1.5.5 tables (-n 4 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0)
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def duc_results() -> dict[str, SystemResult]:
    """All 13 systems x 50 topics scored once with the default settings."""
    topics = sorted(p.name for p in (DATA / "clusters").iterdir())
    references = {t: [load_lines(f) for f in sorted((DATA / "clusters" / t / "refs").glob("*.txt"))] for t in topics}
    scorer = Rouge155()
    results = {}
    for system_dir in sorted((DATA / "peers").iterdir()):
        peers = {t: load_lines(system_dir / f"{t}.txt") for t in topics}
        results[system_dir.name] = scorer.evaluate(peers, references)
    return results


def _table(name: str) -> list[dict[str, str]]:
    with open(DATA / "rouge-1.5.5" / name, newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@needs_duc
def test_duc2004_per_topic_equal_at_5_decimals(duc_results: dict[str, SystemResult]) -> None:
    rows = _table("per-topic.tsv")
    assert len(rows) == 13 * 50 * 6
    wrong = []
    for row in rows:
        score = duc_results[row["system"]].per_topic[row["topic"]][TABLE_METRIC[row["metric"]]]
        ours = (score.recall, score.precision, score.f)
        theirs = tuple(float(row[k]) for k in ("recall", "precision", "fscore"))
        if tuple(round(x, 5) for x in ours) != theirs:
            wrong.append((row["system"], row["metric"], row["topic"], ours, theirs))
    assert not wrong, f"{len(wrong)} per-topic rows differ, e.g. {wrong[:3]}"


@needs_duc
def test_duc2004_averages_and_intervals(duc_results: dict[str, SystemResult]) -> None:
    rows = _table("averages.tsv")
    assert len(rows) == 13 * 6
    wrong = []
    for row in rows:
        score = duc_results[row["system"]].averages[TABLE_METRIC[row["metric"]]]
        for ours, key in ((score.recall, "recall"), (score.precision, "precision"), (score.f, "fscore")):
            if round(ours, 5) != float(row[key]):
                wrong.append((row["system"], row["metric"], key, ours, row[key]))
        for ours, key in zip(score.recall_ci, ("recall_low", "recall_high")):
            if abs(ours - float(row[key])) > 0.0005:
                wrong.append((row["system"], row["metric"], key, ours, row[key]))
    assert not wrong, f"{len(wrong)} average values differ, e.g. {wrong[:3]}"


@needs_duc
def test_duc2004_result_shape(duc_results: dict[str, SystemResult]) -> None:
    result = duc_results["Lead"]
    assert tuple(result.averages) == METRICS
    score = result.averages["rouge-1"]
    assert isinstance(score, SystemScore)
    assert score.recall_ci[0] <= score.recall <= score.recall_ci[1]
    assert score.f_ci[0] <= score.f <= score.f_ci[1]
    assert len(result.per_topic) == 50 and list(result.per_topic) == sorted(result.per_topic)


# --------------------------------------------------------------------------
# Hand-computed cases
# --------------------------------------------------------------------------


def test_tokenize_like_rouge() -> None:
    # "-" is split off and then dropped, other punctuation becomes a blank.
    assert tokenize("cambodia's u.s.-led 1,000 e-mail -- ok") == [
        "cambodia", "s", "u", "s", "led", "1", "000", "e", "mail", "ok",
    ]
    # Only ASCII A-Z is lower-cased; non-ASCII characters are blanks.
    assert read_sentences(["Caf\u00e9 OK", "", "\r", "A\nB"]) == ["caf\u00e9 ok", "\r", "a", "b"]
    assert tokenize(read_sentences(["Caf\u00e9 \u00c9T\u00c9 x\u00a0y"])[0]) == ["caf", "t", "x", "y"]


def test_word_cut_counts_raw_whitespace_fields() -> None:
    assert cut_words(["a b c", "d e f g"], 5) == ["a b c", "d e"]
    assert cut_words(["a b c", "d e"], 5) == ["a b c", "d e"]  # exactly N: the else branch keeps it all
    assert cut_words(["a b c", "d e"], None) == ["a b c", "d e"]
    # A leading blank gives Perl's split a leading empty field, counted as a word.
    assert cut_words([" a b", "c d e"], 3) == [" a b"]
    # Words are fields of the raw line: "u.s.-led" is one word but three tokens.
    assert cut_words(["u.s.-led forces x", "y"], 2) == ["u.s.-led forces"]


def test_references_are_cut_too() -> None:
    # Peer cut to "cat dog", reference to "pig cow": no common unigram left.
    scorer = Rouge155(word_limit=2)
    assert scorer.score_topic(["cat dog cow pig"], [["pig cow dog cat"]])["rouge-1"] == Score(0.0, 0.0, 0.0)
    full = Rouge155(word_limit=None).score_topic(["cat dog cow pig"], [["pig cow dog cat"]])
    assert full["rouge-1"] == Score(1.0, 1.0, 1.0)


def test_su4_counts_skip_bigrams_and_all_but_last_unigram() -> None:
    ids = np.array([1, 2, 3, 4, 5, 6])
    firsts, seconds = _skip_columns(ids, 4, True)
    grams = set(zip(firsts.tolist(), seconds.tolist()))
    # Bigrams with up to 4 words in between: 5 + 4 + 3 + 2 + 1; unigrams (id, -1) for all but
    # the last token.
    assert len(firsts) == len(seconds) == 15 + 5
    assert (1, 6) in grams and (6, -1) not in grams and (5, -1) in grams
    scorer = Rouge155()
    # Model: 20 units; peer "cat dog cow": unigrams cat, dog + bigrams (cat dog), (cat cow), (dog cow).
    score = scorer.score_topic(["cat dog cow"], [["cat dog cow pig hen fox"]])["rouge-su4"]
    assert score == Score(0.25, 1.0, 0.4)
    # A one-token peer has no SU4 unit at all, although "cat" occurs in both.
    assert scorer.score_topic(["cat"], [["fox cat"]])["rouge-su4"] == Score(0.0, 0.0, 0.0)


def test_union_lcs_example_from_lins_paper() -> None:
    # Lin (2004), sec. 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    # LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 of 5.
    score = Rouge155().score_topic(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], [["w1 w2 w3 w4 w5"]])["rouge-l"]
    assert score == Score(0.8, 0.4, 0.53333)


def test_union_lcs_is_clipped_by_peer_unigram_counts() -> None:
    # Both model sentences match the single peer sentence, but the peer has
    # only one "cat" and one "dog": 2 hits, not 4 (ROUGE 1.4.1 clip).
    score = Rouge155().score_topic(["cat dog"], [["cat dog", "cat dog"]])["rouge-l"]
    assert score == Score(0.5, 1.0, 0.66667)


def test_model_average_pools_hits_over_references() -> None:
    # -f A: R = (1 + 1) / (2 + 4), not the mean of 1/2 and 1/4; P = 2 / (1 * 2).
    score = Rouge155().score_topic(["cat"], [["cat dog"], ["cat dog cow pig"]])["rouge-1"]
    assert score == Score(0.33333, 1.0, 0.5)


def test_stemming_only_for_tokens_longer_than_three() -> None:
    stemmed = Rouge155().score_topic(["dogs said"], [["dog say"]])["rouge-1"]
    assert stemmed == Score(1.0, 1.0, 1.0)  # dogs -> dog, said -> say (exception table)
    assert Rouge155(stem=False).score_topic(["dogs said"], [["dog say"]])["rouge-1"].recall == 0.0
    # "was" has 3 characters, so the exception table ("was" -> "be") is never consulted.
    assert Rouge155().score_topic(["was"], [["be"]])["rouge-1"].recall == 0.0


@pytest.mark.parametrize(
    ("word", "porter", "rouge"),
    [
        ("running", "run", "run"),
        ("said", "said", "say"),  # WordNet exception before Porter
        ("children", "children", "child"),
        ("went", "went", "go"),
        ("best", "best", "good"),  # adj.exc read after adv.exc, as in the published tables
        ("governmental", "govern", "govern"),  # CYL's sequential step 4 (Porter: government)
        ("agreement", "agreem", "agreem"),  # ... which also strips "ent" after "ement"
        ("relational", "relat", "relat"),
        ("happiness", "happi", "happi"),
        ("yelling", "yell", "yell"),  # initial y is a consonant
        ("ponies", "poni", "poni"),
        ("caresses", "caress", "caress"),
        ("hopping", "hop", "hop"),
        ("hoping", "hope", "hope"),
        ("controllable", "control", "control"),
        ("oscillators", "oscil", "oscil"),
    ],
)
def test_stemmer_on_known_words(word: str, porter: str, rouge: str) -> None:
    assert porter_stem(word) == porter
    assert morph_stem(word) == rouge


def test_perl_drand48_draws_and_instance_order() -> None:
    # perl -e 'srand($s); print join(",", map {int(rand(50))} 1..6)' for s = 0, 1, 999
    draws = perl_srand_indices(50, 1000, None)
    assert draws[0, :6].tolist() == [8, 37, 4, 43, 28, 39]
    assert draws[1, :6].tolist() == [2, 22, 41, 16, 28, 0]
    assert draws[999, :6].tolist() == [5, 31, 40, 46, 38, 26]
    # Keys "<id>.<peer>" are sorted as strings: 1, 10, 11, 12, 2, ...
    assert _perl_instance_order(12) == [0, 9, 10, 11, 1, 2, 3, 4, 5, 6, 7, 8]


def test_bootstrap_average_is_mean_of_resamples() -> None:
    scorer = Rouge155(resamples=50)
    per_topic = {f"t{k}": {m: Score(k / 10, 0.5, 0.25) for m in scorer.metrics} for k in range(4)}
    result = scorer.aggregate(per_topic)["rouge-1"]
    assert result.precision == 0.5 and result.precision_ci == (0.5, 0.5)
    assert result.recall_ci[0] <= result.recall <= result.recall_ci[1]
    assert Rouge155(resamples=50, seed=0).aggregate(per_topic) == scorer.aggregate(per_topic)
    assert Rouge155(resamples=50, seed=7).aggregate(per_topic)["rouge-1"] != result  # other draws


def test_empty_texts_score_zero() -> None:
    scores = Rouge155().score_topic([], [["cat dog"], []])
    assert set(scores) == set(METRICS)
    assert all(s == Score(0.0, 0.0, 0.0) for s in scores.values())


# --------------------------------------------------------------------------
# Against the Perl original on random inputs
# --------------------------------------------------------------------------

_WORDS = (
    "the a of said says best better running governmental agreement agreements children went "
    "U.S. U.S.-led cambodia's 1,000 1990s hun sen party parties yes yelling e-mail co-operation "
    "rate rating happiness relational Is IS it's don't $5 5% (left) [x] caf\u00e9 x\u00a0y -- - ... ' \" "
    "dog dogs cat cats sky skies flies hopping hoping testes offer"
).split()


def _random_text(rng: random.Random) -> list[str]:
    lines = []
    for _ in range(rng.randint(0, 7)):
        words = [rng.choice(_WORDS) + rng.choice([" ", " ", "  ", "\t", " \r "]) for _ in range(rng.randint(0, 16))]
        line = ("" if rng.random() < 0.8 else " ") + "".join(words).rstrip(" ")
        lines.append(rng.choice([line] * 12 + ["", "\r"]))
    return lines


@pytest.mark.skipif(not perl_rouge_available(), reason="perl with XML::DOM / DB_File not installed")
@pytest.mark.parametrize(
    ("seed", "options"),
    [
        (1, {}),
        (2, {"word_limit": 12, "skip_distance": 1, "max_n": 2}),
        (3, {"word_limit": None, "alpha": 0.8, "confidence": 90, "resamples": 200, "use_unigrams_in_skip": False}),
    ],
)
def test_matches_perl_on_random_inputs(seed: int, options: dict, tmp_path: Path) -> None:
    rng = random.Random(seed)
    topics = [f"t{k:02d}" for k in range(12)]  # 12 eval ids: string order differs from numeric
    peers = {t: _random_text(rng) for t in topics}
    references = {t: [_random_text(rng) for _ in range(rng.randint(1, 4))] for t in topics}
    scorer = Rouge155(**options)
    perl = PerlRouge155(scorer, tmp_path).evaluate("SYS", peers, references)
    ours = scorer.evaluate(peers, references)
    assert ours.per_topic == perl.per_topic
    assert ours.averages == perl.averages


def test_scores_do_not_depend_on_how_large_the_vocabulary_has_grown() -> None:
    # token ids past 2**15 are keyed by interning instead of arithmetic: same figures
    peer = ["the cat sat on the mat near the dog", "a dog barked at the cat"]
    models = [["the cat sat on a mat", "the dog barked"], ["a cat and a dog met on the mat"]]
    fresh = Rouge155()
    grown = Rouge155()
    for n in range(40_000):
        grown._vocab[f"filler{n}"] = n
    grown._vocab["cat"] = len(grown._vocab)  # one word with a large id, the others small
    assert grown.score_topic(peer, models) == fresh.score_topic(peer, models)


def test_five_grams_are_counted_too() -> None:
    # -n 5 keys grams longer than four words by interning; the figure is the one the
    # Counter-based scorer (before gram keys) gave for the same texts
    scorer = Rouge155(max_n=5, word_limit=None)
    score = scorer.score_topic(["a b c d e f"], [["a b c d e x", "b c d e f"]])
    assert score["rouge-5"] == Score(recall=0.28571, precision=1.0, f=0.44444)
    assert score["rouge-1"] == Rouge155(word_limit=None).score_topic(["a b c d e f"], [["a b c d e x", "b c d e f"]])["rouge-1"]


# --------------------------------------------------------------------------
# The fast paths against plain ports of the Perl subs
# --------------------------------------------------------------------------


def _perl_lcs_hits(model: list[list[str]], peer: list[list[str]]) -> int:
    """ROUGE-1.5.5's lcs / lcs_inner / markLCS and its unigram clip, line by line."""
    from collections import Counter

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


@pytest.mark.parametrize("budget", [None, 2000])
def test_union_lcs_equals_perl_port_on_long_and_many_sentences(budget: int | None, monkeypatch) -> None:
    # sentences past 64 and 128 tokens (the bit rows span several words), few distinct words
    # (many ties), several topics and references in one batch; budget 2000 splits the
    # pairs into several batches
    from summarizer.eval import rouge_lcs

    if budget:
        monkeypatch.setattr(rouge_lcs, "_CELL_BUDGET", budget)
    rng = random.Random(11)

    def text() -> list[str]:
        return [" ".join(f"w{rng.randint(0, 5)}" for _ in range(rng.choice([0, 1, 3, 9, 40, 70, 140])))
                for _ in range(rng.randint(0, 4))]

    scorer = Rouge155(word_limit=None, stem=False)
    topics = [(text(), [text() for _ in range(rng.randint(1, 3))]) for _ in range(12)]
    prepared = [(scorer._text(p), tuple(scorer._text(r) for r in refs)) for p, refs in topics]
    ours = rouge_lcs.union_lcs_hits([p for p, _ in prepared],
                                    rouge_lcs.References.of(tuple(r for _, r in prepared)))
    expected = [sum(_perl_lcs_hits([s.split() for s in r], [s.split() for s in p]) for r in refs)
                for p, refs in topics]
    assert ours == expected
    assert sum(expected) > 0


def _perl_stem_program() -> str:
    """ROUGE-1.5.5.pl's Porter stemmer (its globals, sub stem and sub initialise), as is."""
    from summarizer.eval.rouge_perl import perl_release_dir

    source = (perl_release_dir() / "ROUGE-1.5.5.pl").read_text(encoding="latin-1")
    start = source.index("local %step2list;")
    end = source.index("\n}\n", source.index("sub initialise")) + 3
    return source[start:end] + 'initialise(); while (my $w = <STDIN>) { chomp $w; print stem($w), "\\n"; }\n'


@pytest.mark.skipif(not perl_rouge_available(), reason="perl with XML::DOM / DB_File not installed")
def test_porter_stem_equals_perl_sub_stem_on_generated_words() -> None:
    import subprocess

    rng = random.Random(5)
    suffixes = ["sses", "ies", "s", "ss", "eed", "ed", "ing", "at", "bl", "iz", "y", "ational", "tional",
                "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator",
                "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate",
                "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able",
                "ible", "ant", "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion",
                "tion", "e", "ll", "bb", "ee", "yy"]
    words = sorted({("y" if rng.random() < 0.1 else "")
                    + "".join(rng.choice("aeiouybcdfghlmnprstvwxz") for _ in range(rng.randint(0, 7)))
                    + "".join(rng.choice(suffixes) for _ in range(rng.randint(0, 3))) for _ in range(20000)} - {""})
    out = subprocess.run(["perl", "-e", _perl_stem_program()], input="\n".join(words) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    wrong = [(w, porter_stem(w), perl) for w, perl in zip(words, out) if porter_stem(w) != perl]
    assert len(out) == len(words) + 1 and not wrong, wrong[:5]


def test_word_cut_splits_on_perl_whitespace_only() -> None:
    # "\x1c" and U+00A0 are whitespace to Python's str.split but not to Perl's \s
    assert cut_words(["a\x1cb c", "d e"], 3) == ["a\x1cb c", "d"]
    assert cut_words(["a\u00a0b c", "d e"], 3) == ["a\u00a0b c", "d"]
    assert cut_words(["\ta b", "c d"], 4) == ["\ta b", "c"]  # the leading empty field counts
