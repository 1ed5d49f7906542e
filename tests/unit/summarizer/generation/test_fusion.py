"""Sentence fusion (summarizer/generation/fusion.py) and constituent compression
(summarizer/generation/compress/constituents.py) on spaCy parses; no language model needed."""

from __future__ import annotations

from summarizer.generation.compress.constituents import candidates, deletable_spans
from summarizer.generation.fusion import conflict, donors, fusions, splices
from summarizer.guard import check
from summarizer.nlp.load import parse


def test_appositive_of_a_shared_name_is_inserted_and_guarded() -> None:
    base = parse("Kerry said the talks would not start before August.")
    donor = parse("Kerry, the secretary of state, said the talks were delayed.")
    found = fusions(base, donor, 7)
    assert {f.kind for f in found} == {"appositive"}  # into the sentence and its compressions
    fused = found[0].text
    assert fused == "Kerry, the secretary of state, said the talks would not start before August."
    assert found[0].donor == 7
    assert check([base.text, donor.text], fused).accepted


def test_conflicting_numbers_or_people_are_never_fused() -> None:
    assert conflict(parse("The quake killed 12 people in Lima."),
                    parse("The quake killed 15 people in Lima on Monday.")) == "different numbers"
    assert fusions(parse("The quake killed 12 people in Lima."),
                   parse("The quake killed 15 people in Lima on Monday."), 1) == []
    assert conflict(parse("The quake killed 12 people."), parse("The quake killed 12 people in Lima.")) is None


def test_a_source_is_added_only_to_an_unattributed_claim() -> None:
    base = parse("Twelve people died in the fire on Main Street.")
    donor = parse("Twelve people died in the fire, according to the police.")
    texts = [f.text for f in fusions(base, donor, 0)]
    assert "Twelve people died in the fire on Main Street, according to the police." in texts
    # the donor's own sentence is no fusion: it must keep something only the base says
    assert fusions(parse("Twelve people died in the fire."), donor, 0) == []
    said = parse("Twelve people died in the fire on Main Street, officials said.")
    assert not any(f.kind == "source" for f in fusions(said, donor, 0))


def test_compression_deletes_whole_constituents_and_keeps_negation_speaker_and_quotes() -> None:
    doc = parse("Kerry, who arrived in Geneva on Tuesday, said the talks would not start before August.")
    kinds = {doc[s.start:s.end].text: s.kind for s in deletable_spans(doc)}
    assert kinds[", who arrived in Geneva on Tuesday,"] == "relative clause"
    texts = [c.text for c in candidates(doc)]
    assert "Kerry said the talks would not start before August." in texts
    for text in texts:
        assert "not" in text.split() and text.startswith("Kerry") and " said " in text
    quoted = parse('Trump said he was proud to announce "a deal to end the shutdown" on Friday.')
    for candidate in candidates(quoted):
        assert candidate.text.count('"') == 2


def test_brackets_go_whole() -> None:
    doc = parse("The minister (a former general) told reporters in Brunei that 12 people died.")
    texts = [c.text for c in candidates(doc)]
    assert "The minister told reporters in Brunei that 12 people died." in texts
    assert not any("()" in t for t in texts)


def test_nothing_inside_a_quotation_is_deleted() -> None:
    """A deletion inside quotation marks would misquote the speaker; outside them it may go."""
    doc = parse('"We will not leave the city, which we love, until it pays," the mayor, a Democrat, said.')
    texts = [c.text for c in candidates(doc)]
    assert '"We will not leave the city, which we love, until it pays," the mayor said.' in texts
    assert all("which we love" in t and "until it pays" in t for t in texts)
    # one mark only (a quotation running over sentences): which words are quoted is unknown
    open_quote = parse('"The deal, which took weeks of talks in Geneva, is done, the mayor said.')
    assert candidates(open_quote) == []


def test_a_splice_takes_the_union_of_two_versions_details() -> None:
    """Word-graph fusion: the donor's words between two shared words join the base's,
    keeping what only the base says; the fused sentence passes the guard against both."""
    base = parse("The storm killed two fishermen off the coast of Maine on Tuesday.")
    donor = parse("The storm killed two fishermen from Portland off the coast of Maine.")
    texts = [f.text for f in splices(base, donor, 3)]
    assert texts == ["The storm killed two fishermen from Portland off the coast of Maine on Tuesday."]
    assert check([base.text, donor.text], texts[0]).accepted
    # put into a speaker's mouth, the other report's narration is refused by the guard
    said = parse("The storm killed two fishermen off the coast of Maine, the Coast Guard said.")
    fused = [f.text for f in splices(said, donor, 3)]
    assert fused == ["The storm killed two fishermen from Portland off the coast of Maine, the Coast Guard said."]
    assert check([said.text, donor.text], fused[0]).reason.startswith("changed attribution")


def test_a_splice_never_replaces_or_adds_a_conflicting_detail() -> None:
    base = parse("The minister resigned on Tuesday after the vote in parliament.")
    assert splices(base, parse("The minister resigned on Monday after the vote in parliament."), 0) == []
    # the base's words between the shared ones are kept, not swapped for the donor's
    assert splices(parse("Rebels attacked the northern town at dawn."),
                   parse("Rebels attacked the northern town with rockets."), 0) == []


def test_only_another_reports_sentences_that_share_the_fact_are_donors() -> None:
    from summarizer.corpus import Corpus
    from summarizer.ingest import Document
    from summarizer.trust.align import align

    texts = ["The storm killed two fishermen off the coast of Maine on Tuesday, officials said.",
             "Two fishermen from Portland were killed by the storm off the coast of Maine.",
             "The harbour in Portland will reopen next week after repairs."]
    corpus = Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])
    found = donors(corpus, align(corpus), 0)
    assert found == [1]


def test_no_appositive_for_a_titled_name_nor_a_phrase_on_a_subordinate_verb() -> None:
    """"House Majority Whip Steve Scalise, the majority whip of the House," says it twice;
    a phrase of one report's verb goes only on a main-clause verb of the other."""
    titled = parse("House Majority Whip Steve Scalise was still in critical condition on Thursday.")
    donor = parse("The gunman struck Steve Scalise, the majority whip of the House, at the practice.")
    assert not any(f.kind == "appositive" for f in fusions(titled, donor, 1))
    bare = parse("Steve Scalise was still in critical condition on Thursday.")
    assert any(f.kind == "appositive" for f in fusions(bare, donor, 1))
    base = parse("Democrats will not negotiate over border security until the government reopens.")
    other = parse("Democrats said the president should reopen the government before any negotiations.")
    assert not any(f.kind == "prepositional phrase" for f in fusions(base, other, 1))


def test_a_splice_never_replaces_the_words_that_frame_a_clause() -> None:
    """"whose" carries no content word but holds the relative clause together."""
    base = parse("Ocalan, whose Kurdistan Workers Party has waged a 14-year war with Turkey, is in custody in Rome.")
    donor = parse("Turkey wants Italy to extradite Ocalan, leader of the Kurdistan Workers Party, from Rome.")
    assert not any("leader of the Kurdistan Workers Party has waged" in f.text
                   for f in fusions(base, donor, 1))
