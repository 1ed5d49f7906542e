"""trust.spellings: one name spelled two ways by two reports where they state one claim
(handmade set tests/data/trust/spelling), and the look-alikes that are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import Document, load_documents
from summarizer.trust.align import align
from summarizer.trust.claims import contradicted_by
from summarizer.trust.spellings import edits, spelling_differences, spelling_variants

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


@pytest.mark.parametrize("a, b, expected", [
    ("vicente", "vincente", 1), ("priebus", "preibus", 1), ("norfolk", "norwalk", 2),
    ("iran", "iraq", 1), ("fox", "fox", 0), ("qaddafi", "gadhafi", 2),
])
def test_edits(a: str, b: str, expected: int) -> None:
    assert edits(a, b) == expected == edits(b, a)


@pytest.mark.parametrize("a, b, expected", [
    ("Vicente", "Vincente", True),
    ("Norfolk", "Norwalk", True),
    ("Priebus", "Preibus", True),
    ("Obama", "Obamas", False),  # another form: one begins the other
    ("Democrats", "Democratic", False),  # one stem
    ("Calderón", "Calderon", False),  # an accent dropped
    ("Fox", "Fix", False),  # too short to tell
    ("Norfolk", "Nordstrom", False),  # too many edits
    ("vicente", "vincente", False),  # not capitalised: no name
])
def test_spelling_variants(a: str, b: str, expected: bool) -> None:
    assert spelling_variants(a, b) is expected


def differences(corpus: Corpus):
    found = spelling_differences(corpus, align(corpus, embeddings=False), range(len(corpus.documents)))
    return [(d.kind, d.conflicting, [(v.changed, [(s.document, s.sentence) for s in v.sources]) for v in d.variants])
            for d in found], found


def test_a_name_and_a_place_spelled_two_ways() -> None:
    """a.txt spells "Vincente" and "Norfolk" where b.txt and c.txt write "Vicente" and
    "Norwalk" in sentences of the same claim. "Mark Ellison" / "Marc Bennett" are two people
    (their surnames differ) and "Obamas" / "Obama" one word's two forms: not listed."""
    listed, found = differences(Corpus(load_documents(DATA / "spelling")))
    assert listed == [
        ("name", True, [("Norfolk", [("a.txt", 1)]), ("Norwalk", [("b.txt", 1)])]),
        ("name", False, [("Vincente", [("a.txt", 0)]), ("Vicente", [("b.txt", 0), ("c.txt", 0)])]),
    ]
    # a person's name misspelt is one party: listed, the report still cited; two places
    # spelled alike may be two places: the report of one is not cited for the other
    assert contradicted_by(found, "a.txt", 0) == set()
    assert contradicted_by(found, "a.txt", 1) == {"b.txt"}


def _corpus(*reports: str) -> Corpus:
    return Corpus([Document(id=f"{k}.txt", path=None, paragraphs=(text,), language="en")
                   for k, text in enumerate(reports)])


def test_a_look_alike_in_sentences_about_other_things_is_no_difference() -> None:
    """"Norfolk" and "Norwalk" alone, in sentences that share no claim: two places."""
    aligned = _corpus("The former president spoke at a business forum in Norfolk, Virginia, on Monday.",
                      "The former president spoke at a business forum in Norwalk, Virginia, on Monday.")
    assert len(differences(aligned)[0]) == 1
    apart = _corpus("The former president spoke at a business forum in Norfolk, Virginia, on Monday.",
                    "Flooding closed three schools in Norwalk last winter, the county said.")
    assert differences(apart)[0] == []


def test_a_place_modifying_a_noun_is_compared_though_spacy_reads_no_entity_there() -> None:
    """basil-dev 85475456: Fox's "a 2008 event in Norfolk", the Times's "during the Norwalk
    event" (spaCy labels no entity in the modifier): the report of one place is not cited for
    the other."""
    corpus = _corpus("Attorney General Richard Blumenthal said he had misspoken at a 2008 event in Norfolk "
                     "in which he said he had served in Vietnam.",
                     "Attorney General Richard Blumenthal said on Monday that he had misspoken about his "
                     "service during the Norwalk event in 2008.")
    listed, found = differences(corpus)
    assert listed == [("name", True, [("Norfolk", [("0.txt", 0)]), ("Norwalk", [("1.txt", 0)])])]
    assert contradicted_by(found, "0.txt", 0) == {"1.txt"}
    # the word takes the look-alike's kind only where it is a proper noun modifying a noun
    from summarizer.nlp.load import parse
    from summarizer.trust.spellings import _modifying_name

    modifier = _modifying_name(parse(corpus.sentences[1].text), "Norwalk", "GPE")
    assert modifier is not None and (modifier.text, modifier.label_) == ("Norwalk", "GPE")
    assert _modifying_name(parse("He spoke to the crowd in Norwalk."), "crowd", "GPE") is None


def test_a_place_spelled_with_one_letter_more_is_one_place() -> None:
    """"Kazakhstan" / "Kazakstan": one letter dropped is one place's two spellings, listed but
    disputing nothing; a letter changed ("Norfolk" / "Norwalk", "Iran" / "Iraq") may be two."""
    one = _corpus("The module was launched from Kazakhstan on Nov. 20 aboard a Russian rocket.",
                  "The module was launched from Kazakstan on Nov. 20 aboard a Russian rocket.")
    assert [(kind, conflicting) for kind, conflicting, _ in differences(one)[0]] == [("name", False)]


def test_a_report_writing_both_spellings_differs_from_no_one() -> None:
    both = _corpus("Former Mexican President Vicente Fox said his country would never pay for the wall.",
                   "Former Mexican President Vincente Fox said his country would never pay for the wall, "
                   "Vicente Fox told reporters.")
    assert differences(both)[0] == []


def test_the_deletion_index_finds_every_pair_comparing_all_words_finds() -> None:
    from summarizer.trust.spellings import _candidates, _capitalised, _fold

    seeds = Path(__file__).resolve().parents[4] / "seeds"
    compared = 0
    for path in [seeds] + sorted(p for p in DATA.iterdir() if p.is_dir()):
        corpus = Corpus(load_documents(path))
        docs = range(len(corpus.documents))
        words = {doc: _capitalised(corpus, doc) for doc in docs}
        every = sorted((x, y, a, b) if x < y else (y, x, b, a)
                       for a in docs for b in docs if a != b
                       for x in words[a][0] if _fold(x) not in words[b][1]
                       for y in words[b][0] if _fold(y) not in words[a][1] and spelling_variants(x, y))
        assert sorted(_candidates(corpus, docs)) == sorted(set(every)), path.name
        compared += len(every)
    assert compared > 0


def test_names_with_words_of_their_own_are_two_people() -> None:
    from summarizer.nlp.load import parse
    from summarizer.trust.spellings import one_party

    def party(a: str, b: str, x: str, y: str) -> bool | None:
        first, second = parse(a).ents[0], parse(b).ents[0]
        return one_party(first, second, x, y)

    assert party("Kim Jong Il ruled the north.", "Kim Dae Jung ruled the south.", "Jong", "Jung") is False
    assert party("Dennis Hastert spoke.", "Dennis Hassert spoke.", "Hastert", "Hassert") is True
    assert party("Suleiman Tahayneh spoke.", "Suleiman Musa Dahayneh spoke.", "Tahayneh", "Dahayneh") is True
    assert party("Mark Emmert spoke.", "Marc Benioff spoke.", "Mark", "Marc") is False


def test_one_name_spelled_two_ways_is_one_difference():
    """"Muammar al-Qaddafi" / "Moammar Gadhafi": the surname found as a substituted name and
    the first name as a spelling are one name, listed once with both words marked."""
    from summarizer.trust.differences import find_differences

    corpus = Corpus(load_documents(DATA / "name_two_spellings"))
    found = find_differences(corpus, align(corpus, embeddings=False), [(0, range(len(corpus.documents)))])
    assert [(d.kind, [(v.changed, [(s.document, s.sentence) for s in v.sources]) for v in d.variants])
            for d in found] == [("name", [("Muammar al-Qaddafi", [("a.txt", 1)]), ("Moammar Gadhafi", [("b.txt", 1)])])]
    variant = found[0].variants[0]
    assert variant.text[variant.offset:].startswith("Muammar al-Qaddafi") and variant.text in variant.sentence


def test_names_apart_in_the_sentence_stay_two_differences():
    from summarizer.brief import Source
    from summarizer.trust.spellings import one_per_name
    from summarizer.trust.variants import Difference, Variant

    a = "Smith met Jones in Paris."
    b = "Smyth met Jonas in Paris."

    def name(word_a: str, word_b: str) -> Difference:
        return Difference("name", (Variant(a, word_a, (Source("a.txt", 0),), a, a.index(word_a)),
                                   Variant(b, word_b, (Source("b.txt", 0),), b, b.index(word_b))))

    apart = [name("Smith", "Smyth"), name("Jones", "Jonas")]
    assert one_per_name(apart) == apart  # "met" stands between them: two people
