"""eval/rouge/porter.py: ROUGE-1.5.5's Porter variant and its WordNet exception table."""

from __future__ import annotations

import random
import subprocess

import pytest
from rouge_support import needs_perl

from summarizer.eval.rouge.perl import perl_release_dir
from summarizer.eval.rouge.porter import EXCEPTION_FILES, exceptions_dir, load_exceptions, morph_stem, porter_stem


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


def test_words_shorter_than_three_letters_are_left_alone() -> None:
    assert [porter_stem(w) for w in ("is", "as", "ys", "")] == ["is", "as", "ys", ""]
    # three letters are stemmed (outputs of ROUGE-1.5.5.pl's sub stem)
    assert [porter_stem(w) for w in ("day", "sky", "yes", "ties")] == ["dai", "sky", "ye", "ti"]


def test_exception_table_is_read_from_the_four_lists_later_file_winning() -> None:
    folder = exceptions_dir()
    assert [p.name for p in sorted(folder.glob("*.exc"))] == sorted(EXCEPTION_FILES)
    table = load_exceptions()
    assert table["said"] == "say" and table["children"] == "child"
    assert table["better"] == "good"  # adv.exc says "well"; adj.exc comes later and wins
    # an exception hit is returned as is, not stemmed further
    assert morph_stem("geese") == table["geese"] == "goose"
    assert morph_stem("leaves") == table["leaves"]


def _perl_stem_program() -> str:
    """ROUGE-1.5.5.pl's Porter stemmer (its globals, sub stem and sub initialise), as is."""
    source = (perl_release_dir() / "ROUGE-1.5.5.pl").read_text(encoding="latin-1")
    start = source.index("local %step2list;")
    end = source.index("\n}\n", source.index("sub initialise")) + 3
    return source[start:end] + 'initialise(); while (my $w = <STDIN>) { chomp $w; print stem($w), "\\n"; }\n'


@needs_perl
def test_porter_stem_equals_perl_sub_stem_on_generated_words() -> None:
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
