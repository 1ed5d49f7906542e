"""Incompatible accounts ("claim"), loaded wording between aligned facts, and which reports
contradict a sentence, on handmade report sets with known answers."""

from pathlib import Path

from summarizer.trust.align import align
from summarizer.corpus import Corpus
from summarizer.trust.differences import contradicted_by, find_differences
from summarizer.ingest import Document
from summarizer.ingest import load_documents

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


def differences(name: str):
    corpus = Corpus(load_documents(DATA / name))
    found = find_differences(corpus, align(corpus, embeddings=False), [(0, range(len(corpus.documents)))])
    return [(d.kind, [(v.changed, [(s.document, s.sentence) for s in v.sources]) for v in d.variants])
            for d in found], found


def test_a_later_death_toll_is_a_claim_and_phrasing_is_no_difference():
    listed, found = differences("contradiction_count")
    assert listed == [("claim", [("Three", [("a.txt", 0), ("b.txt", 0)]), ("fourth", [("c.txt", 0)])])]
    assert contradicted_by(found, "a.txt", 0) == {"c.txt"}
    assert contradicted_by(found, "c.txt", 0) == {"a.txt", "b.txt"}
    assert contradicted_by(found, "a.txt", 1) == set()


def test_opposite_outcomes_are_a_claim():
    listed, found = differences("contradiction_outcome")
    assert listed == [("claim", [("peacefully", [("a.txt", 1)]), ("clashed", [("b.txt", 1)])])]
    assert contradicted_by(found, "b.txt", 1) == {"a.txt"}


def test_loaded_wording_between_aligned_sentences():
    listed, _ = differences("loaded")
    assert listed == [("wording", [("illegal immigrants", [("a.txt", 0)]),
                                   ("undocumented immigrants", [("b.txt", 0)])])]


def _sentence_id(corpus, document: str, index: int) -> int:
    return next(s.id for s in corpus.sentences if corpus.documents[s.doc].id == document and s.index == index)


def test_loaded_wording_between_long_sentences_about_one_thing():
    """Two outlets tell one plan in long sentences sharing a clause (7 content words besides
    the terms) but under a quarter of their words: not one fact, yet one thing named two ways."""
    from summarizer.trust.claims import ONE_THING_SHARED_WORDS, about_one_thing, _term_stems

    listed, found = differences("loaded_long")
    assert listed == [("wording", [("illegal immigrants", [("a.txt", 0)]),
                                   ("undocumented immigrants", [("b.txt", 0)])])]
    corpus = Corpus(load_documents(DATA / "loaded_long"))
    alignment = align(corpus, embeddings=False)
    a, b = _sentence_id(corpus, "a.txt", 0), _sentence_id(corpus, "b.txt", 0)
    ignore = _term_stems("illegal immigrants") | _term_stems("undocumented immigrants")
    assert alignment.fact_of[a] != alignment.fact_of[b]
    assert not about_one_thing(corpus, alignment, a, b, ignore)  # the share alone: too few
    assert about_one_thing(corpus, alignment, a, b, ignore, ONE_THING_SHARED_WORDS)


def test_a_quoted_term_is_the_speakers_not_the_outlets():
    """a.txt quotes what conservatives call the plan ("amnesty"); c.txt quotes it too, then
    calls it amnesty in its own voice: only c.txt's own word is set against b.txt's "path to
    citizenship"."""
    listed, found = differences("loaded_quoted")
    assert listed == [("wording", [("path to citizenship", [("b.txt", 0)]), ("amnesty", [("c.txt", 0)])])]
    own = found[0].variants[1]  # c.txt also quotes the critics' word: its own use is shown
    assert "grants amnesty" in own.text and own.text[own.offset - 7:own.offset] == "grants "


def test_terms_in_sentences_about_different_things_are_no_difference():
    """"illegal immigrants" (a border bill) / "undocumented immigrants" (farm workers) share
    no happening; "regime" / "government" in Caracas share five words, one short of
    ``ONE_THING_SHARED_WORDS``, and a fifth of their words."""
    from summarizer.trust.claims import ONE_THING_SHARED_WORDS, about_one_thing, _term_stems

    listed, _ = differences("loaded_apart")
    assert listed == []
    corpus = Corpus(load_documents(DATA / "loaded_apart"))
    alignment = align(corpus, embeddings=False)
    a, b = _sentence_id(corpus, "a.txt", 2), _sentence_id(corpus, "b.txt", 2)
    ignore = _term_stems("regime") | _term_stems("government")
    assert not about_one_thing(corpus, alignment, a, b, ignore, ONE_THING_SHARED_WORDS)
    assert about_one_thing(corpus, alignment, a, b, ignore, ONE_THING_SHARED_WORDS - 1)


def test_an_attack_verb_for_the_reporting_verb_in_one_fact():
    """"slammed" / "criticized" in two versions of one fact: the word-by-word comparison
    takes a verb for rephrasing, the pair of terms lists it."""
    listed, _ = differences("loaded_verbs")
    assert listed == [("wording", [("slammed", [("a.txt", 0)]), ("criticized", [("b.txt", 0)])])]


def test_a_different_number_is_listed_once():
    listed, _ = differences("number")
    assert [kind for kind, _ in listed] == ["number"]


# --- blocking finds what comparing every pair finds ---------------------------------------

import itertools  # noqa: E402

from summarizer.trust import claims, quantities as quantity_module  # noqa: E402
from summarizer.trust.variants import ALIGNED_RATIO, ratio, related  # noqa: E402

SEEDS = Path(__file__).resolve().parents[4] / "seeds"
ALL_SETS = [SEEDS] + sorted(p for p in DATA.iterdir() if p.is_dir())


def every_quantity_pair(corpus, alignment, mentions):
    """Every pair of sentences compared, as ``_quantity_pairs`` once did."""
    by_sentence = {}
    for index, mention in enumerate(mentions):
        by_sentence.setdefault(mention.sentence, []).append(index)
    for first, second in itertools.combinations(sorted(by_sentence), 2):
        if corpus.sentences[first].doc == corpus.sentences[second].doc:
            continue
        if alignment.fact_of[first] == alignment.fact_of[second]:
            aligned = ratio(corpus.sentences[first], corpus.sentences[second]) >= ALIGNED_RATIO
            yield from quantity_module._match_in_fact(by_sentence[first], by_sentence[second], mentions, aligned)
        else:
            yield from ((i, j) for i in by_sentence[first] for j in by_sentence[second]
                        if quantity_module._same_elsewhere(mentions[i], mentions[j])
                        or quantity_module._one_thing(mentions[i], mentions[j]))


def test_blocked_quantity_pairs_are_every_pair_of_one_quantity():
    compared = 0
    for path in ALL_SETS:
        corpus = Corpus(load_documents(path))
        alignment = align(corpus, embeddings=False)
        mentions = [q for s in corpus.sentences for q in quantity_module.quantities(s)]
        blocked = sorted(quantity_module._quantity_pairs(corpus, alignment, mentions))
        assert blocked == sorted(every_quantity_pair(corpus, alignment, mentions)), path.name
        compared += len(blocked)
    assert compared > 0  # the sets do pair some numbers


def about_one_thing_every_word(corpus, alignment, a, b, ignore):
    """``claims.about_one_thing`` comparing every word with every word."""
    if alignment.fact_of[a] == alignment.fact_of[b]:
        return True
    left = [w for w in corpus.sentences[a].content if w not in ignore]
    right = [w for w in corpus.sentences[b].content if w not in ignore]
    shared = sum(1 for w in left if any(w == o or related(w, o) for o in right))
    union = len(left) + len(right) - shared
    return shared >= claims.ABOUT_ONE_THING_WORDS and union > 0 and shared / union >= claims.CANDIDATE_JACCARD


def test_bucketed_word_matching_is_every_word_matching():
    corpus = Corpus(load_documents(SEEDS))
    alignment = align(corpus, embeddings=False)
    sentences = corpus.sentences
    answers = set()
    for a, b in itertools.combinations(range(len(sentences)), 2):
        ignore = set(sorted(sentences[a].content)[:1])
        expected = about_one_thing_every_word(corpus, alignment, a, b, ignore)
        assert claims.about_one_thing(corpus, alignment, a, b, ignore) == expected, (a, b)
        answers.add(expected)
    assert answers == {True, False}


# --- other languages: numbers paired by what they count ----------------------------------------

from summarizer import language  # noqa: E402
from summarizer.trust.quantities import quantity_differences  # noqa: E402

LANGUAGES = Path(__file__).resolve().parents[3] / "data" / "languages"


def _corpus(code: str, *reports: str) -> Corpus:
    return Corpus([Document(id=f"{n}.txt", path=None, paragraphs=(text,), language=code)
                   for n, text in enumerate(reports)])


def _number_differences(corpus: Corpus) -> list[list[str]]:
    with language.use(corpus.documents[0].language):
        alignment = align(corpus, embeddings=False)
        found = quantity_differences(corpus, alignment, set(range(len(corpus.documents))))
    return [[v.changed for v in d.variants] for d in found]


def test_paraphrased_counts_are_no_fact_yet_their_numbers_are_compared():
    """Why the signature rule exists: without the (English-only) encoder, two reports'
    wordings of a death toll share too few words to be one fact."""
    reading_a = (LANGUAGES / "numbers" / "de" / "a.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    reading_b = (LANGUAGES / "numbers" / "de" / "b.txt").read_text(encoding="utf-8").split("\n\n")[1:]
    corpus = Corpus([Document(id="a.txt", path=None, paragraphs=tuple(reading_a), language="de"),
                     Document(id="b.txt", path=None, paragraphs=tuple(reading_b), language="de")])
    with language.use("de"):
        alignment = align(corpus, embeddings=False)
    twelve = next(s.id for s in corpus.sentences if "zwölf" in s.text)
    fifteen = next(s.id for s in corpus.sentences if "15 Menschen" in s.text)
    assert alignment.fact_of[twelve] != alignment.fact_of[fifteen]
    assert ["zwölf", "15"] in _number_differences(corpus)


def test_counts_far_apart_or_of_other_things_are_not_one_quantity():
    assert _number_differences(_corpus("de", "Zwei Menschen starben in den Fluten.",
                                       "Drei Menschen starben in den Fluten der Wette.")) == [["Zwei", "Drei"]]
    assert _number_differences(_corpus("de", "Zwei Menschen starben in den Fluten.",
                                       "1.500 Menschen flohen vor den Fluten.")) == []
    assert _number_differences(_corpus("de", "Zwei Menschen starben in den Fluten.",
                                       "Drei Brücken wurden von den Fluten zerstört.")) == []
    assert _number_differences(_corpus("de", "Der Fluss trat am 3. Mai über die Ufer.",
                                       "Die Schulen bleiben bis zum 4. Mai geschlossen.")) == []  # days
    assert _number_differences(_corpus("zh", "5月12日夜间，青禾县遭遇特大暴雨。", "截至13日上午，暴雨已造成3人死亡。")) == []


def test_english_numbers_are_paired_only_by_facts_and_equal_values():
    corpus = _corpus("en", "Officials said two people died in the floods on Tuesday.",
                     "Rescuers reported that three people died when the river flooded.")
    assert all(not q.signature for s in corpus.sentences for q in quantity_module.quantities(s, "en"))
    assert _number_differences(corpus) == []  # no encoder here: the sentences are no fact


# --- days, spellings and joined numbers (trust.dates, trust.spellings, trust.quantities) --


def test_other_days_for_one_happening_are_claims_and_not_names() -> None:
    """The apology's day differs in two versions of one fact: a claim (``trust.dates``),
    not a name swapped in the word-by-word comparison."""
    listed, found = differences("date_clash")
    assert listed == [("claim", [("Friday", [("a.txt", 0)]), ("Saturday", [("b.txt", 0)])]),
                      ("claim", [("Tuesday", [("a.txt", 2)]), ("Thursday", [("b.txt", 2)])])]
    assert contradicted_by(found, "a.txt", 0) == {"b.txt"}


def test_a_name_spelled_two_ways_is_listed() -> None:
    listed, _ = differences("spelling")
    assert listed == [("name", [("Norfolk", [("a.txt", 1)]), ("Norwalk", [("b.txt", 1)])]),
                      ("name", [("Vincente", [("a.txt", 0)]), ("Vicente", [("b.txt", 0), ("c.txt", 0)])])]


def test_joined_numbers_differ_and_rounded_or_approximate_figures_do_not() -> None:
    """"48-page" / "47-page" differ; "$43,000" / "$43,350" is one figure rounded and
    "Roughly 35" / "35" one approximated."""
    listed, found = differences("number_attached")
    assert listed == [("number", [("48-page", [("a.txt", 0)]), ("47-page", [("b.txt", 0)])])]
    assert contradicted_by(found, "a.txt", 0) == {"b.txt"}


# --- accounts in someone else's words ---------------------------------------------------------


def test_a_talking_point_a_colon_lists_is_no_reports_account():
    """A note of where reports differ quotes each account as what its report says: an item
    of a bulleted list a colon opens is the list's author's words (a campaign's talking
    points), so it gives no account of the report's own; the same sentence in the report's
    voice does."""
    said = "Four workers were killed in the blast at the chemical plant in Texas on Monday."
    own = "Three workers were killed in the blast at the chemical plant in Texas on Monday."

    def found(*paragraphs: str) -> list[list[str]]:
        corpus = Corpus([Document(id="a.txt", path=None, paragraphs=(own,)),
                         Document(id="b.txt", path=None, paragraphs=paragraphs)])
        return [[v.changed for v in d.variants]
                for d in find_differences(corpus, align(corpus, embeddings=False), [(0, range(2))])]

    assert found("The company circulated its response points:", "-" + said) == []
    assert found("The company said so on Tuesday.", said) == [["Three", "Four"]]


def test_a_report_using_both_terms_in_its_own_voice_has_chosen_neither():
    """b.txt writes "illegal immigrants" where a.txt writes "undocumented immigrants", but
    b.txt also writes "undocumented immigrants" itself: no choice of words sets the outlets
    apart. Where b.txt's "undocumented immigrants" is an advocate's quoted words, its own
    term is still "illegal immigrants", and the difference stands."""
    listed, _ = differences("loaded_both")
    assert listed == []
    listed, _ = differences("loaded_both_quoted")
    assert listed == [("wording", [("undocumented immigrants", [("a.txt", 0)]),
                                   ("illegal immigrants", [("b.txt", 0)])])]


def test_a_one_word_term_written_of_something_else_is_no_choice_of_both():
    """b.txt calls Assad's rule a "regime" and writes "government" of the United States:
    a single word names nothing by itself, so b.txt still chose "regime" for Assad's."""
    listed, _ = differences("loaded_single")
    assert listed == [("wording", [("government", [("a.txt", 0)]), ("regime", [("b.txt", 0)])])]
