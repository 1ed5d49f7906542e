"""eval/rouge/perl.py: running the Perl original ROUGE-1.5.5 with a ``Rouge155``'s options,
and ``eval.rouge`` against it on random inputs."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rouge_support import needs_perl

from summarizer.eval.rouge import Rouge155, Score, SystemScore
from summarizer.eval.rouge.perl import PerlRouge155, _parse_perl, perl_release_dir

_OUTPUT = """\
---------------------------------------------
SYS ROUGE-1 Average_R: 0.33333 (95%-conf.int. 0.30000 - 0.36667)
SYS ROUGE-1 Average_P: 0.50000 (95%-conf.int. 0.50000 - 0.50000)
SYS ROUGE-1 Average_F: 0.40000 (95%-conf.int. 0.37500 - 0.42000)
.............................................
SYS ROUGE-1 Eval 1.SYS R:0.25000 P:0.50000 F:0.33333
SYS ROUGE-1 Eval 2.SYS R:0.41667 P:0.50000 F:0.45455
"""


def test_parse_perl_reads_averages_and_per_topic_lines() -> None:
    result = _parse_perl(_OUTPUT, ["a", "b"])
    assert result.averages == {"rouge-1": SystemScore(0.33333, 0.5, 0.4, (0.3, 0.36667), (0.5, 0.5), (0.375, 0.42))}
    # eval ids 1..n are the topics in the order given (sorted by the runner)
    assert result.per_topic == {"a": {"rouge-1": Score(0.25, 0.5, 0.33333)},
                                "b": {"rouge-1": Score(0.41667, 0.5, 0.45455)}}


def test_a_seeded_scorer_has_no_perl_equivalent(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="seed"):
        PerlRouge155(Rouge155(seed=3), tmp_path)
    assert not (tmp_path / "rouge-data").exists()  # refused before writing anything


@needs_perl
def test_options_translate_the_scorer_settings(tmp_path: Path) -> None:
    perl = PerlRouge155(Rouge155(), tmp_path)
    data = str(tmp_path / "rouge-data")
    assert perl.options() == ["-e", data, "-n", "4", "-2", "4", "-u", "-m", "-l", "100", "-p", "0.5", "-c", "95",
                              "-r", "1000", "-f", "A", "-t", "0", "-a", "-d", "-z", "SPL"]
    other = PerlRouge155(Rouge155(max_n=2, skip_distance=None, stem=False, word_limit=None, alpha=0.8,
                                  confidence=90, resamples=10), tmp_path)
    assert other.options() == ["-e", data, "-n", "2", "-p", "0.8", "-c", "90", "-r", "10",
                               "-f", "A", "-t", "0", "-a", "-d", "-z", "SPL"]
    assert (tmp_path / "rouge-data" / "WordNet-2.0.exc.db").is_file()
    assert (perl_release_dir() / "ROUGE-1.5.5.pl").is_file()


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


@needs_perl
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
