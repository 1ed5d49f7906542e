"""Fusion of a place another report gives the same event in other words
(summarizer/generation/places.py); spaCy parses, no model."""

from __future__ import annotations

from summarizer.generation.fusion import fusions
from summarizer.guard import check
from summarizer.nlp.load import parse

KURDS = ("About 1,500 Kurds who spent the night outside a military hospital continued their "
         "hunger strike to protest the detention.")
ROME = "In Rome, 1,500 Kurds massed for a second day of demonstrations outside the military hospital."


def test_a_place_opening_the_donor_opens_the_base_of_the_same_subject_and_another_verb() -> None:
    found = [f for f in fusions(parse(KURDS), parse(ROME), 3) if f.kind == "opening phrase"]
    assert [f.text for f in found] == ["In Rome, about 1,500 Kurds who spent the night outside a military "
                                       "hospital continued their hunger strike to protest the detention."]
    assert check([KURDS, ROME], found[0].text).accepted


def test_no_place_for_another_subject_a_place_of_its_own_a_time_or_what_was_said() -> None:
    def openings(base: str, donor: str) -> list[str]:
        return [f.text for f in fusions(parse(base), parse(donor), 0) if f.kind == "opening phrase"]

    # other people: "4,000 Kurds" are not the "1,500 Kurds"; "police" are not the Kurds
    assert openings(KURDS, ROME.replace("1,500", "4,000")) == []
    assert openings(KURDS, "In Rome, police guarded the military hospital where the Kurds spent the night.") == []
    # the base says where already; the phrase says when, not where
    assert openings(KURDS.replace("a military hospital", "a military hospital in Milan"), ROME) == []
    assert openings(KURDS, ROME.replace("In Rome", "In December")) == []
    # where someone said something is not where it happened
    said = "In Rome, 1,500 Kurds said they would go on with the hunger strike outside the hospital."
    assert openings(KURDS, said) == []
