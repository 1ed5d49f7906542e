"""bench/bench_trust.py: the "unintroduced name" detectors, on handmade sentences."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_trust", ROOT / "bench" / "bench_trust.py")
bench_trust = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_trust)


def _flag(text: str, earlier: list[str]) -> str | None:
    from summarizer.nlp.load import parse, parse_all

    return bench_trust.unintroduced_name(parse(text), parse_all(earlier))


def test_a_surname_alone_is_flagged_until_a_sentence_gives_the_full_name() -> None:
    text = "Ms. Lauten apologized on Sunday after a wave of criticism online."
    assert _flag(text, []) is not None
    assert _flag(text, ["Elizabeth Lauten, a communications director, criticized the daughters."]) is None
    assert _flag("Elizabeth Lauten apologized on Sunday after a wave of criticism online.", []) is None


def test_a_full_name_with_a_generational_suffix_introduces_the_surname() -> None:
    text = "As part of a plea agreement, prosecutors recommended that Mr. Talbot receive a sentence."
    assert _flag(text, ["Former Rep. Martin Talbot Jr. pleaded guilty on Wednesday in federal court."]) is None
    assert _flag(text, ["A former congressman pleaded guilty on Wednesday in federal court."]) is not None


def test_a_surname_behind_an_office_says_who_the_person_is() -> None:
    assert _flag("Governor Olsen did not comment on the post or on the resignation.", []) is None


def test_the_surface_detector_sees_courtesy_titles_only() -> None:
    text = "Ms. Lauten apologized on Sunday after a wave of criticism online."
    assert bench_trust.surface_unintroduced(text, [])
    assert not bench_trust.surface_unintroduced(text, ["Elizabeth Lauten criticized the daughters."])
    assert not bench_trust.surface_unintroduced("Lauten apologized on Sunday.", [])


def test_given_in_full_looks_for_a_full_name_in_any_report() -> None:
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    corpus = Corpus(load_documents(["Elizabeth Lauten criticized the daughters on Friday. Ms. Lauten apologized.",
                                    "Mr. Obama said nothing about it on Saturday."]))
    assert bench_trust.given_in_full(corpus, "Ms. Lauten") and bench_trust.given_in_full(corpus, "Lauten's")
    assert not bench_trust.given_in_full(corpus, "Mr. Obama")


def test_the_surface_framing_detector_reads_cues_outside_quotes_in_sentences_with_no_speaker() -> None:
    assert bench_trust.surface_framing("Relying on perhaps his last remaining advantage, he entered the race.")
    assert bench_trust.surface_framing("The courts are widely seen as loyal to the prime minister.")
    assert bench_trust.surface_framing("He faced better-liked rivals in a crowded field.")
    assert not bench_trust.surface_framing('He called it "perhaps the worst plan" on Tuesday.')
    assert not bench_trust.surface_framing("Critics said the plan was perhaps the worst in decades.")
    assert not bench_trust.surface_framing("The storm killed at least 231 people in Honduras on Friday.")


def test_the_spacy_framing_flag_counts_judgements_and_framing_cues() -> None:
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    texts = ["The senator launched a tirade against the tech companies on Tuesday.",
             "The courts are widely seen as loyal to the prime minister of the country.",
             "The storm killed at least 231 people in Honduras on Friday morning."]
    corpus = Corpus(load_documents(["\n\n".join(texts)]))
    assert [bench_trust.nlp_flags(corpus, None, t, [])[-1] for t in texts] == [True, True, False]
