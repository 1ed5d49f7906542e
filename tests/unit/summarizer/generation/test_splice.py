"""summarizer.generation.splice: word-graph splices of two versions of a fact (exact answers
on handmade sentences; no language model)."""

from __future__ import annotations

from summarizer.generation.splice import splices
from summarizer.nlp.load import parse


def texts(base: str, donor: str) -> list[str]:
    return [text for text, _ in splices(parse(base), parse(donor))]


def test_the_donors_words_between_two_shared_words_are_spliced_in() -> None:
    assert texts("Two fishermen drowned off the coast of Maine.",
                 "Two fishermen from Portland drowned off the coast.") == [
        "Two fishermen from Portland drowned off the coast of Maine."]


def test_a_splice_keeps_the_frame_of_the_shared_word() -> None:
    found = texts("In the poll, Romney leads the group of contenders with 21 percent of the voters.",
                  "A national NBC poll shows Trump tied for second, while Romney leads at 21 percent.")
    assert not any(t.startswith("A national") for t in found)  # "In the" framed "poll"


def test_a_name_the_base_titles_takes_no_appositive_of_its_own() -> None:
    described = "Jesse L. Jackson Jr., the former Democratic representative from Illinois, pleaded guilty to charges."
    titled = texts("Former Rep. Jesse Jackson Jr. pleaded guilty in federal court to charges.", described)
    assert not any("the former Democratic" in t for t in titled)
    bare = texts("Jesse L. Jackson Jr. pleaded guilty in federal court to charges.", described)
    assert any("Jr., the former Democratic representative from Illinois, pleaded" in t for t in bare)
    # adding to the base's own appositive of a titled name is no repeat
    assert "Rep. Steny Hoyer, 77, of Maryland, kept the job of whip." in texts(
        "Rep. Steny Hoyer, Maryland, kept the job of whip.",
        "Democrats re-elected Representative Steny H. Hoyer, 77, of Maryland as whip.")


def test_a_splice_names_nothing_the_base_names_elsewhere() -> None:
    # the parser reads the donor's "militiamen's" as a name and the base's "militiamen" as a
    # noun: either way, the spliced stretch would name them twice
    found = texts("A tribunal found him indirectly responsible for the massacre of hundreds of refugees by "
                  "Christian Lebanese militiamen at two Beirut camps.",
                  "He is held indirectly responsible for Lebanese Christian militiamen's September 1982 massacre "
                  "of hundreds of Palestinian civilians.")
    assert not any("militiamen's" in t for t in found)


def test_a_splice_names_no_thing_the_base_says_with_a_verb_of_the_same_stem() -> None:
    """"a proposal for an [investigation by the 54-nation] OSCE to investigate the crisis"."""
    donor = ("Bulatovic said the government had accepted a Russian proposal for an investigation by the 54-nation "
             "Organization for Security and Cooperation in Europe.")
    assert texts("Bulatovic said the government had accepted a Russian proposal for the Organization for Security "
                 "and Cooperation in Europe to investigate the crisis.", donor) == []
    assert texts("Bulatovic said the government had accepted a Russian proposal for the Organization for Security "
                 "and Cooperation in Europe.", donor) != []


def test_a_splice_of_a_linking_word_alone_adds_no_detail() -> None:
    """"including" set before "12 of them Americans" tells nothing and breaks the phrase."""
    assert texts("The blast killed 213 people, 12 of them Americans, and injured 5,400.",
                 "An attack killed 213 people, including 12 Americans, at the embassy.") == []
    assert texts("The blast killed 213 people and injured 5,400.",
                 "The blast in Nairobi killed 213 people and injured 5,400.") == [
        "The blast in Nairobi killed 213 people and injured 5,400."]


def test_a_splice_adds_no_possessor() -> None:
    """A possessor says which one: Lebanon's talks with Israel are not Syria's."""
    assert texts("Peace talks between Syria and Israel broke off two years ago.",
                 "Lebanon's peace talks with Israel have been suspended for two years.") == []


def test_a_noun_with_a_possessor_takes_no_of_phrase() -> None:
    """"the men's bodies" has its owner: "of the four foreigners" would give it a second."""
    assert texts("Chechen security forces are still searching for the men's bodies.",
                 "Chechen security forces were searching for the bodies of the four foreigners.") == []
    assert texts("Chechen security forces are still searching for the bodies.",
                 "Chechen security forces were searching for the bodies of the four foreigners.") == [
        "Chechen security forces are still searching for the bodies of the four foreigners."]


def test_an_item_joins_only_a_list_the_same_verb_governs() -> None:
    """Those countries were among the dead or injured, not on the list of injured."""
    base = "Police said the list of injured included Somalis and people from Yugoslavia."
    assert texts(base, "Police said the dead or injured represented 19 nationalities, including Somalis, along "
                       "with people from Yugoslavia and unspecified Latin American countries.") == []
    # set 30: the donor's own list hangs under "including", a participle that is no verb of it
    assert texts("Police said the list of injured included Somalis and people from current and former Yugoslavia.",
                 "Officials said the dead and injured were of 19 nationalities, including Somalis, Ethiopians, "
                 "Iraqis, Iranians and Swedes, as well as people from the current and former Yugoslavia and "
                 "unspecified Latin American countries.") == []
    assert texts(base, "Police said the list of injured included Somalis and people from Yugoslavia and "
                       "unspecified Latin American countries.") == [
        "Police said the list of injured included Somalis and people from Yugoslavia and unspecified Latin American "
        "countries."]


def test_a_splice_adds_no_verb_of_a_noun_the_base_has() -> None:
    """"an investigation by the OSCE [to investigate the crisis]" says it twice."""
    assert texts("Bulatovic said the government had accepted a Russian proposal for an investigation by the "
                 "Organization for Security and Cooperation in Europe.",
                 "Bulatovic said the government had accepted a Russian proposal for the Organization for Security "
                 "and Cooperation in Europe to investigate the crisis.") == []


def test_details_of_the_same_shape_lent_to_two_items_come_together() -> None:
    """Set 26b read "Reps. Steny Hoyer, [77, of] Maryland, ... and Jim Clyburn, South Carolina,
    ..." borderline: one of a list given an age. Lent together, the list stays even."""
    found = texts("Reps. Steny Hoyer, Maryland, kept the No. 2 job of House minority whip, and Jim Clyburn, "
                  "South Carolina, remained in No. 3 position of assistant leader.",
                  "Democrats also re-elected Representative Steny H. Hoyer, 77, of Maryland as whip, the No. 2 "
                  "position, as well as Representative James E. Clyburn, 76, of South Carolina in the No. 3 spot "
                  "as the assistant Democratic leader.")
    assert "Reps. Steny Hoyer, 77, of Maryland, kept the No. 2 job of House minority whip, and Jim Clyburn, 76, of " \
           "South Carolina, remained in No. 3 position of assistant Democratic leader." in found
    assert not any("77, of" in text and "76, of" not in text for text in found)
    assert not any("76, of" in text and "77, of" not in text for text in found)
    # a one-word detail makes no pattern: it may go alone
    assert "Reps. Steny Hoyer, Maryland, kept the No. 2 job of House minority whip, and Jim Clyburn, South " \
           "Carolina, remained in No. 3 position of assistant Democratic leader." in found


def test_a_splice_adds_no_word_derived_from_one_the_base_has() -> None:
    """Set 29's reading: "the 122 [parliamentary] seats in parliament" and "the 122
    parliamentary seats [in parliament]" said parliament twice."""
    assert texts("Hun Sen's party won 64 of the 122 seats in parliament in July's national election.",
                 "In July, Hun Sen's party collected 64 of the 122 parliamentary seats.") == []
    assert texts("Hun Sen's party won 64 of the 122 parliamentary seats in July's elections.",
                 "Hun Sen's party won 64 of the 122 seats in parliament in July's national election.") == []
    # a name or title is no common word: "presidential" repeats no "President Obama"
    assert texts("Hillary Rodham Clinton urged President Obama to listen to congressional Democrats.",
                 "Democratic presidential hopeful Hillary Clinton urged President Obama to listen.") == [
        "Democratic presidential hopeful Hillary Rodham Clinton urged President Obama to listen to congressional "
        "Democrats."]
    # a word no base word begins or is begun by is spliced as before
    assert texts("Hun Sen's party won 64 of the 122 seats in July's elections.",
                 "Hun Sen's party won 64 of the 122 contested seats in July's elections.") == [
        "Hun Sen's party won 64 of the 122 contested seats in July's elections."]


def test_a_splice_lends_no_state_an_event_left() -> None:
    """"the [detained] opposition leader": true on the donor's day, not of the base's."""
    assert texts("Aung San Suu Kyi, the opposition leader, called for talks with the generals.",
                 "Aung San Suu Kyi, the detained opposition leader, called for talks.") == []
    assert texts("Aung San Suu Kyi, the opposition leader, called for talks with the generals.",
                 "Aung San Suu Kyi, the veteran opposition leader, called for talks.") == [
        "Aung San Suu Kyi, the veteran opposition leader, called for talks with the generals."]
