"""Sentence fusion (summarizer/generation/fusion.py) and constituent compression
(summarizer/generation/compress/constituents.py) on spaCy parses; no language model needed."""

from __future__ import annotations

from summarizer.generation.compress.constituents import candidates, deletable_spans
from summarizer.generation.fusion import conflict, fusions
from summarizer.guard import check
from summarizer.nlp.load import parse


def test_appositive_of_a_shared_name_is_inserted_and_guarded() -> None:
    base = parse("Kerry said the talks would not start before August.")
    donor = parse("Kerry, the secretary of state, said the talks were delayed.")
    found = fusions(base, donor, 7)
    assert [f.kind for f in found] == ["appositive"]
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
    base = parse("Twelve people died in the fire.")
    donor = parse("Twelve people died in the fire, according to the police.")
    texts = [f.text for f in fusions(base, donor, 0)]
    assert "Twelve people died in the fire, according to the police." in texts
    said = parse("Twelve people died in the fire, officials said.")
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
