"""Claims, not sentences: paraphrases across reports count as support (the calibrated rule
of ``align.same_claim``), a report is never cited for a claim it contradicts, and a claim the
reports give incompatible accounts of is told as "Reports differ", each account with its
sources, in every rendering. Handmade sets with exact answers (tests/data/trust/)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from summarizer.trust.align import CLAIM_MIN_SHARED, CLAIM_SCORE, claim_matches, same_claim
from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.render import to_text

DATA = Path(__file__).resolve().parents[3] / "data" / "trust"


def brief_of(name: str):
    corpus = Corpus(load_documents(DATA / name))
    return summarize_corpus(corpus, "lead", "400w", embeddings=False)


def test_a_later_death_toll_is_told_as_two_accounts():
    brief = brief_of("contradiction_count")
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1
    difference = brief.differences[disputed[0].disputed]
    assert difference.kind == "claim"
    assert [(v.changed, [s.document for s in v.sources]) for v in difference.variants] == [
        ("Three", ["a.txt", "b.txt"]), ("fourth", ["c.txt"])]
    assert disputed[0].support == ["a.txt", "b.txt"]  # c.txt contradicts it: not cited
    markdown = brief.to_markdown()
    told = markdown.split("## Where")[0]
    # [2] writes "a blast": quoted, only [1]'s words are given as [1]'s
    assert (f'- Reports differ: [1] says "{disputed[0].text}" ([2] too, in other words); [3] says "A fourth '
            'victim has died after the explosion at the Halvern chemical plant on the river bank, the county '
            'coroner said.". (see below)') in told
    assert disputed[0].text.startswith("Three workers were killed in an explosion")
    assert told.count("Three workers were killed") == 1  # only as [1][2]'s account
    assert "- Claim: " in markdown.split("## Where the reports differ")[1]


def test_opposite_outcomes_are_told_as_two_accounts():
    brief = brief_of("contradiction_outcome")
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1  # the second account is not a sentence of its own
    assert not any("clashed" in s.text for s in brief.sentences if s.disputed is None)
    text = to_text(brief)
    assert (f'Reports differ: a.txt says "{disputed[0].text}"; '
            'b.txt says "Marchers clashed with police outside the parliament building in the evening, and '
            'officers fired tear gas, witnesses said.".') in text
    assert disputed[0].text.startswith("The march ended peacefully outside the parliament")
    data = json.loads(brief.to_json())
    note = next(s for s in data["sentences"] if s["disputed"] is not None)
    assert note["note"] in data["summary"] and data["summary"].count("ended peacefully outside the parliament building") == 1
    assert data["differences"][note["disputed"]]["kind"] == "claim"


def test_agreeing_reports_are_not_disputed():
    brief = brief_of("word_order")
    assert all(s.disputed is None for s in brief.sentences)
    assert "Reports differ" not in brief.to_markdown()


@pytest.mark.parametrize("cosine,shared,overlap,expected", [
    (CLAIM_SCORE, CLAIM_MIN_SHARED, 0.0, True), (CLAIM_SCORE - 0.01, CLAIM_MIN_SHARED + 5, 0.0, False),
    (CLAIM_SCORE - 0.2, CLAIM_MIN_SHARED, 0.21, True), (0.99, CLAIM_MIN_SHARED - 1, 1.0, False),
])
def test_the_claim_rule(cosine, shared, overlap, expected):
    assert same_claim(cosine, shared, overlap) is expected


def test_claim_matches_take_the_best_passing_sentence_per_report_and_embed_only_candidates():
    corpus = Corpus(load_documents([
        "Rebels seized the airport after two days of heavy fighting near the capital.",
        "After a two-day battle, insurgents took control of the airport near the capital. "
        "The weather near the capital was mild for the season, forecasters said.",
        "Bakers sold bread.",
    ]))
    seen: list[str] = []

    def encoder(texts):
        seen.extend(texts)
        rows = [[1.0, 0.0] if "airport" in t else [0.0, 1.0] for t in texts]
        return np.array(rows, dtype=np.float32)

    found = claim_matches(corpus, 0, encoder)
    assert found == {1: 1}
    assert "Bakers sold bread." not in seen  # shares no words: never embedded


@pytest.mark.slow
def test_real_encoder_aligns_a_paraphrase_across_reports():
    corpus = Corpus(load_documents([
        "The central bank raised its key interest rate by half a point on Tuesday, citing inflation.",
        "On Tuesday the central bank lifted its key interest rate by half a percentage point as inflation rose.",
    ]))
    brief = summarize_corpus(corpus, "lead", "20w")
    assert brief.sentences[0].support and len(brief.sentences[0].support) == 2


# --- numbers that can both be true are listed, not disputed ---------------------------------

def test_qualified_figures_that_can_both_be_true_are_compatible():
    from summarizer.trust.quantities import compatible

    assert compatible(("at least", 93000.0), ("more than", 93000.0))
    assert compatible(("about", 100.0), ("", 95.0))
    assert not compatible(("", 3.0), ("", 4.0))
    assert not compatible(("more than", 100.0), ("less than", 90.0))


def test_a_brief_states_a_figure_two_reports_qualify_differently_without_a_dispute():
    from summarizer import summarize

    reports = [
        "The civil war in Syria has claimed at least 93,000 lives in two years, the United Nations "
        "said on Thursday. Talks on a peace conference stalled again in Geneva this week.",
        "The civil war in Syria has claimed more than 93,000 lives in two years, the United Nations "
        "said on Thursday. Diplomats expect the peace conference to open in Geneva next month.",
    ]
    brief = summarize(reports, strategy="lead", length="40w")
    assert [s.disputed for s in brief.sentences] == [None] * len(brief.sentences)
    numbers = [d for d in brief.differences if d.kind == "number"]
    assert numbers and not any(d.conflicting for d in numbers)


def test_a_report_with_another_figure_does_not_support_the_claim():
    from summarizer.trust.align import numbers_agree, numbers_of
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    corpus = Corpus(load_documents([
        "The conflict began in March 2011 and has claimed more than 93,000 lives.",
        "The conflict has claimed more than 70,000 lives since March 2011.",
        "Since March 2011 the conflict has claimed more than 93,000 lives.",
    ]))
    first, second, third = (numbers_of(s) for s in corpus.sentences)
    assert first == {"93000"} and second == {"70000"}  # dates are not figures
    assert not numbers_agree(first, second) and numbers_agree(first, third)


# --- readings of loaded terms and outcomes, and their pairing across reports ----------------

def _terms_one_by_one(text):
    """``loaded_terms`` by its definition: each term of each pair searched on its own, its
    first use outside quotation marks."""
    import re

    from summarizer.nlp.claims import TERM_PAIRS, quoted_spans, _term_pattern

    quoted = [i for start, end in quoted_spans(text) for i in range(start, end)]
    found = {}
    for n, pair in enumerate(TERM_PAIRS):
        hits = [(side, text[m.start():m.end()]) for side, term in enumerate(pair)
                if (m := next((m for m in re.finditer(_term_pattern(term), text.lower())
                               if m.start() not in quoted), None))]
        if len(hits) == 1:
            found[n] = hits[0]
    return found


@pytest.mark.parametrize("text", [
    "The regime said the Riots were staged.", "Illegal immigrants and undocumented immigrants.",
    "Critics slammed the death tax cut and the estate taxes.", "The government's regimen.",
    "No loaded word here at all.", "Pro-life marchers met pro-choice groups; far-right militants.",
    "Obamacare, the Affordable Care Act, was PROTESTED by radicals and progressives.",
    'He called it "amnesty" twice, then amnesty again.', 'It was "amnesty" and not legalization.',
    'There will be no amnesty in it," he said of the path to citizenship.',
    "Critics slammed and bashed the plan; others criticized it.", "The Democrat Party's vouchers.",
])
def test_loaded_terms_read_as_each_term_alone_would(text):
    from summarizer.nlp.claims import loaded_terms

    assert loaded_terms(text) == _terms_one_by_one(text)


def test_loaded_terms_take_plural_and_doubled_past_forms_outside_quotations():
    from summarizer.nlp.claims import TERM_PAIRS, loaded_terms

    def read(text):
        return {TERM_PAIRS[n]: found for n, found in loaded_terms(text).items()}

    assert read("Critics slammed the plan.") == {("slam", "criticize"): (0, "slammed")}
    assert read("Illegal aliens crossed.") == {("illegal alien", "undocumented immigrant"): (0, "Illegal aliens"),
                                               ("illegal alien", "illegal immigrant"): (0, "Illegal aliens"),
                                               ("illegal alien", "undocumented worker"): (0, "Illegal aliens")}
    assert read('He said it was "amnesty" for illegals.') == {
        ("illegals", "undocumented immigrant"): (0, "illegals")}  # the quoted "amnesty" is his
    assert read("There will be no amnesty in it,\" Mr. King said.") == {}  # a quotation's close
    assert read("\u201cNo amnesty, he said. Never.") == {}  # a quotation still open
    assert read("Voters backed the regime and the government.") == {  # both sides: none taken
        ("regime", "administration"): (0, "regime")}


def test_loaded_terms_on_real_sentences_read_as_each_term_alone_would(seeds_dir):
    from summarizer.nlp.claims import loaded_terms

    corpus = Corpus(load_documents(seeds_dir))
    readings = [(loaded_terms(s.text), _terms_one_by_one(s.text)) for s in corpus.sentences]
    assert all(fast == slow for fast, slow in readings)
    assert sum(bool(fast) for fast, _ in readings) > 3  # the sample uses loaded terms


def test_outcome_sides_take_the_first_word_of_a_single_side():
    from summarizer.nlp.claims import outcome_sides

    assert outcome_sides("The march ended peacefully, then calm returned.") == {0: (0, "peacefully")}
    assert outcome_sides("A peaceful march turned violent.") == {}  # both sides: none taken
    assert outcome_sides("The bill passed after the jury acquitted him.") == {
        1: (0, "acquitted"), 2: (0, "passed")}


def _paired_by_definition(corpus, alignment, documents, read):
    """Which sentences ``_paired_readings`` reads, by its definition: every taker compared
    with every taker of the other side in another report."""
    from summarizer.trust.claims import ONE_THING_SHARED_WORDS, about_one_thing, _term_stems

    ids = [s.id for s in corpus.sentences if s.doc in documents]
    sides = {i: read(corpus.sentences[i].text) for i in ids}
    found = {}
    for pair in sorted({p for taken in sides.values() for p in taken}):
        takers = [i for i in ids if pair in sides[i]]
        found[pair] = [a for a in takers if any(
            corpus.sentences[b].doc != corpus.sentences[a].doc and sides[b][pair][0] != sides[a][pair][0]
            and about_one_thing(corpus, alignment, a, b, _term_stems(sides[a][pair][1]) | _term_stems(sides[b][pair][1]),
                                 ONE_THING_SHARED_WORDS)
            for b in takers)]
    return found


@pytest.mark.parametrize("seed", range(6))
def test_blocked_pairing_of_loaded_terms_finds_what_all_pairs_find(seed):
    """Reports made of sentences with one loaded term and words from a small vocabulary (so
    many pairs share three words, many do not), some sentences copied across reports."""
    import random

    from summarizer.nlp.claims import loaded_terms
    from summarizer.trust import claims
    from summarizer.trust.align import align

    rng = random.Random(seed)
    vocabulary = ("police marchers capital minister border village army leader election "
                  "parliament budget rally crowd square city official troops vote").split()
    terms = ["regime", "government", "riots", "protests", "illegal immigrants",
             "undocumented immigrants", "militants", "terrorists"]
    verbs = "met warned visited praised blamed joined".split()
    closers = ["on Monday", "late last night", "in the morning", "before the vote"]

    def sentence():
        words = rng.sample(vocabulary, rng.randint(2, 6))
        return (f"The {rng.choice(terms)} {rng.choice(verbs)} the {words[0]} "
                + " ".join(f"and the {w}" for w in words[1:]) + f" {rng.choice(closers)}.")

    pool = [sentence() for _ in range(40)]
    reports = [" ".join(rng.sample(pool, 6)) + f" Report {n} closes here." for n in range(9)]
    corpus = Corpus(load_documents(reports))
    alignment = align(corpus, embeddings=False)
    documents = set(rng.sample(range(len(corpus.documents)), 7))
    expected = _paired_by_definition(corpus, alignment, documents, loaded_terms)
    assert any(expected.values())  # some sentences are opposed, some not
    assert any(len(found) < sum(pair in loaded_terms(s.text) for s in corpus.sentences if s.doc in documents)
               for pair, found in expected.items())
    for pair, found in expected.items():
        takers = [s.id for s in corpus.sentences if s.doc in documents and pair in loaded_terms(s.text)]
        taken = {i: loaded_terms(corpus.sentences[i].text)[pair] for i in takers}
        assert sorted(claims._opposed(corpus, alignment, takers, taken, claims.ONE_THING_SHARED_WORDS)) == found


def test_a_fused_sentence_is_told_in_its_reports_own_words():
    """The fused words come from several reports, none of which says all of them: the
    note quotes each report's own sentence, never the fusion as what they "say"."""
    brief = brief_of("contradiction_count")
    disputed = next(s for s in brief.sentences if s.disputed is not None)
    variant = brief.differences[disputed.disputed].variants[0]
    disputed.text = disputed.text.replace("Three workers", "Three workers, all welders,")
    disputed.operation = "fused"
    told = to_text(brief)
    assert "all welders" not in told
    assert f'a.txt says "{variant.sentence.strip()}" (b.txt too, in other words)' in told


def test_counts_of_the_dead_of_two_happenings_are_no_claim():
    """"At least 231 deaths in Honduras" and "killed more than 10,000 across the region" count
    different dead: the sentences share no words beside the death words, so neither
    disputes the other."""
    brief = brief_of("counts_of_two_happenings")
    assert [d for d in brief.differences if d.kind == "claim"] == []
    assert all(s.disputed is None for s in brief.sentences)


def test_counts_of_the_dead_of_different_places_are_no_claim():
    """213 killed in Nairobi and 224 in Kenya and Tanzania: one attack's dead and both attacks'."""
    from summarizer.trust.align import align
    from summarizer.trust.claims import casualty_differences

    corpus = Corpus(load_documents(DATA / "counts_of_two_places"))
    assert casualty_differences(corpus, align(corpus, embeddings=False), {0, 1}) == []
    corpus = Corpus(load_documents(DATA / "contradiction_count"))  # one place (none named): a claim
    assert [d.kind for d in casualty_differences(corpus, align(corpus, embeddings=False), {0, 1, 2})] == ["claim"]
