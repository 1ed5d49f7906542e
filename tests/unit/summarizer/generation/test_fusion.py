"""Sentence fusion (summarizer/generation/fusion.py) and constituent compression
(summarizer/generation/compress/constituents.py) on spaCy parses; no language model needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import candidates, deletable_spans
from summarizer.generation.fusion import conflict, donors, fusions, splices
from summarizer.guard import check
from summarizer.nlp.load import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc


def lent(base: "Doc", donor: "Doc") -> list[str]:
    """The words each fusion of ``donor`` into ``base`` lends (donor id 1)."""
    return [f.inserted for f in fusions(base, donor, 1)]


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
    base = parse("Twelve people died in the fire.")
    donor = parse("Twelve people died in the fire on Main Street, according to the police.")
    texts = [f.text for f in fusions(base, donor, 0)]
    assert "Twelve people died in the fire, according to the police." in texts
    # the source vouches for what its report states, not for the base's "Main Street"
    assert fusions(parse("Twelve people died in the fire on Main Street."),
                   parse("Twelve people died in the fire, according to the police."), 0) == []
    said = parse("Twelve people died in the fire, officials said.")
    assert not any(f.kind == "source" for f in fusions(said, donor, 0))


def test_compression_deletes_whole_constituents_and_keeps_negation_speaker_and_quotes() -> None:
    doc = parse("The envoy, who arrived in Geneva on Tuesday, said the talks would not start before August.")
    kinds = {doc[s.start:s.end].text: s.kind for s in deletable_spans(doc)}
    assert kinds[", who arrived in Geneva on Tuesday,"] == "relative clause"
    texts = [c.text for c in candidates(doc)]
    assert "The envoy said the talks would not start before August." in texts
    for text in texts:
        assert "not" in text.split() and text.startswith("The envoy") and " said " in text
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
    doc = parse('"We will not leave the city, which we love, until it pays," the mayor said, despite the objections.')
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
    editorial = Document("r1", None, ("The Portland Herald said in an editorial for Wednesday: "
                                      "The state failed its fishermen.", texts[1]))
    with_view = Corpus([Document("r0", None, (texts[0],)), editorial])
    assert donors(with_view, align(with_view), 0) == []  # an opinion piece lends no description


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


def test_a_year_is_no_conflicting_figure_and_an_age_joins_the_name() -> None:
    """Dates and years are not figures (``trust.align.numbers_of``): "in 1996" against "two
    years ago" does not stop the age another report gives from joining the name."""
    base = parse("Yeltsin has a history of health problems, and underwent heart bypass surgery in 1996.")
    donor = parse("Yeltsin, 67, has a history of health problems, including heart bypass surgery two years ago.")
    assert conflict(base, donor) is None
    texts = [f.text for f in fusions(base, donor, 2) if f.kind == "appositive"]
    assert "Yeltsin, 67, has a history of health problems, and underwent heart bypass surgery in 1996." in texts
    assert conflict(parse("Police said 22 people were injured and 26 were missing."),
                    parse("Police said 19 men were wounded and 26 others were missing.")) == "different numbers"


def test_a_description_in_apposition_to_the_name_joins_the_bare_name() -> None:
    """"Prodi's far-left ally, the Communist Refoundation Party," describes the party the
    base names bare; a list of people is no description."""
    base = parse("The Communist Refoundation Party provoked the crisis, officials said.")
    donor = parse("Prodi's far-left ally, the Communist Refoundation Party, provoked the crisis on Friday.")
    texts = [f.text for f in fusions(base, donor, 0) if f.kind == "appositive"]
    assert texts == ["The Communist Refoundation Party, Prodi's far-left ally, provoked the crisis, officials said."]
    listed = parse("Two ministers, Ali Baba and John Smith, met the party on Friday.")
    assert not any(f.kind == "appositive" for f in fusions(parse("John Smith met the party on Monday."), listed, 0))


def test_a_non_restrictive_relative_clause_of_the_same_noun_is_added() -> None:
    base = parse("On Sunday, Israel approved the plan for Har Homa in east Jerusalem.")
    donor = parse("The plan angered Palestinians in east Jerusalem, which Palestinians want as their capital.")
    fused = [f for f in fusions(base, donor, 4) if f.kind == "relative clause"]
    assert fused[0].text == \
        "On Sunday, Israel approved the plan for Har Homa in east Jerusalem, which Palestinians want as their capital."
    # not between the noun and a time of the verb after it, which the clause would seem to own
    assert not any(f.kind == "relative clause" for f in fusions(
        parse("Israel approved the plan for Har Homa in east Jerusalem on Sunday."), donor, 4))
    # "they" would point to whom the donor named before
    assert not any(f.kind == "relative clause" for f in fusions(base, parse(
        "The plan angered Palestinians in east Jerusalem, which they want as their capital."), 4))
    assert check([base.text, donor.text], fused[0].text).accepted
    # a noun named with other modifiers is another thing; inside what someone said, the
    # clause would be put in their mouth; a restrictive clause is no detail
    assert not any(f.kind == "relative clause" for f in fusions(
        parse("On Sunday, Israel approved the plan for Har Homa in west Jerusalem."), donor, 4))
    assert not any(f.kind == "relative clause" for f in fusions(
        parse("Israel approved the plan for Har Homa in east Jerusalem, officials said."), donor, 4))
    restrictive = parse("The plan angered Palestinians in east Jerusalem which Palestinians want as their capital.")
    assert not any(f.kind == "relative clause" for f in fusions(base, restrictive, 4))


def test_a_splice_never_takes_the_donors_main_verb() -> None:
    """"Police said two men followed [Starovoitova was shot ...]": the donor's clause, not a detail."""
    base = parse("Starovoitova was shot to death Friday evening as she climbed the stairs to her apartment.")
    donor = parse("Police said two men followed Starovoitova and shot her on the stairs Friday evening.")
    assert not any(f.text.startswith("Police said") for f in splices(base, donor, 1))


def test_compression_never_deletes_the_word_that_opens_a_clause() -> None:
    doc = parse("British sailor Glyn Charles was swept off the Sword of Orion when the boat rolled in wild seas.")
    for candidate in candidates(doc):
        assert "when the boat rolled" in candidate.text


def test_a_phrase_opening_the_donor_opens_the_base_on_the_same_verb() -> None:
    base = parse("The two parties agreed to form a coalition with Hun Sen as prime minister.")
    donor = parse("After a three-month impasse, they agreed to a coalition deal.")
    fused = [f.text for f in fusions(base, donor, 1) if f.kind == "opening phrase"]
    assert fused[0] == "After a three-month impasse, the two parties agreed to form a coalition with Hun Sen as prime minister."
    assert check([base.text, donor.text], fused[0]).accepted
    # a second time for one event, or a base that opens with its own phrase, takes none
    dated = parse("On Monday, they agreed to a coalition deal.")
    assert not any(f.kind == "opening phrase" for f in fusions(parse(
        "The two parties agreed on Tuesday to form a coalition with Hun Sen as prime minister."), dated, 1))
    assert not any("Phnom Penh" in f.text for f in fusions(parse(
        "In Phnom Penh, the two parties agreed to form a coalition."), donor, 1) if f.kind == "opening phrase")


def test_an_inserted_detail_never_names_again_what_the_base_names() -> None:
    base = parse("Lahoud has received the backing of Syria, the main power broker.")
    donor = parse("Lahoud, who won the backing of Syria, was elected on Sunday.")
    assert not any(f.kind == "relative clause" for f in fusions(base, donor, 1))


def test_an_appositive_goes_only_to_the_same_name() -> None:
    """"Refounding Party" is not "Refoundation Party"; "Yeltsin" is "Boris Yeltsin"."""
    base = parse("The Communist Refoundation Party provoked the crisis, officials said.")
    donor = parse("He relied on a fringe Marxist group, the Communist Refounding Party, for a majority.")
    assert not any(f.kind == "appositive" for f in fusions(base, donor, 0))
    short = parse("Yeltsin has a history of health problems.")
    longer = parse("Russian President Boris Yeltsin, 67, cut short his trip on Monday.")
    assert [f.text for f in fusions(short, longer, 0) if f.kind == "appositive"] == [
        "Yeltsin, 67, has a history of health problems."]


def test_no_appositive_between_a_name_and_its_own_phrase() -> None:
    """"Martha Raddatz, a reporter, of ABC News": the phrase would read as the appositive's."""
    base = parse("Martha Raddatz of ABC News was the moderator of the debate.")
    donor = parse("The debate was led by Martha Raddatz, a reporter with vast foreign policy experience.")
    assert not any(f.kind == "appositive" for f in fusions(base, donor, 0))
    bare = parse("Martha Raddatz was the moderator of the debate.")
    assert any(f.kind == "appositive" for f in fusions(bare, donor, 0))


def test_a_sentence_of_another_report_giving_a_name_an_appositive_is_a_name_donor() -> None:
    """Who someone is holds whatever fact the other report's sentence states: only its
    appositive is taken (``NAME_DETAILS``), never a splice of its other words."""
    from summarizer.corpus import Corpus
    from summarizer.generation.fusion import NAME_DETAILS, name_donors
    from summarizer.ingest import Document

    texts = ["Huckabee made the announcement in his hometown of Hope, Arkansas.",
             "Huckabee, a former Baptist minister, ran for president in 2008.",
             "Huckabee made the announcement in Hope on Tuesday, aides said."]
    corpus = Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])
    base = parse(texts[0])
    assert name_donors(corpus, 0, base) == [1]
    assert name_donors(corpus, 0, base, taken=[1]) == []
    fused = fusions(base, parse(texts[1]), 1, NAME_DETAILS)
    assert fused[0].text == \
        "Huckabee, a former Baptist minister, made the announcement in his hometown of Hope, Arkansas."
    assert {f.kind for f in fused} == {"appositive"}
    assert check([texts[0], texts[1]], fused[0].text).accepted


def test_a_name_donor_describes_only_an_unambiguous_name_and_only_timelessly() -> None:
    """A surname two people of the set share takes no description ("Clinton": Bill or
    Hillary?); a sentence inside a quotation describes nothing; a past-tense clause tells
    what the person did at another moment ("who was accompanied by ..."), a present one
    who the person is."""
    from summarizer.corpus import Corpus
    from summarizer.generation.fusion import NAME_DETAILS, name_donors
    from summarizer.ingest import Document

    def corpus(*texts: str) -> Corpus:
        return Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])

    base = "Clinton said any deal should include the retraining program."
    two = corpus(base, "Hillary Clinton spoke in Iowa.", "The pact that President Bill Clinton signed, a senator said.")
    assert name_donors(two, 0, parse(base)) == []
    one = corpus(base, "Hillary Clinton spoke in Iowa.", "Mrs. Clinton, a former senator, spoke in Iowa.")
    assert name_donors(one, 0, parse(base)) == [1, 2]
    quoted = Corpus([Document("r0", None, ("Lee, the mayor, opened the bridge.",)),
                     Document("r1", None, ('He said: "We need a bridge. Lee, a fraud, lied.',))])
    assert name_donors(quoted, 0, parse("Lee opened the bridge.")) == []
    opinion = Corpus([Document("r0", None, ("Lee opened the bridge.",)),
                      Document("r1", None, ("Lee, a visionary, opened the bridge.",), title="Opinion | Lee's bridge")])
    assert name_donors(opinion, 0, parse("Lee opened the bridge.")) == []
    news = Corpus([opinion.documents[0], Document("r1", None, ("Lee, the mayor, spoke.",))])
    assert name_donors(news, 0, parse("Lee opened the bridge.")) == [1]
    moment = fusions(parse("Trump signed a short-term spending package."),
                     parse("Trump, who was accompanied by parents of victims, declared an emergency."), 1, NAME_DETAILS)
    assert moment == []
    lasting = fusions(parse("Trump signed a short-term spending package."),
                      parse("Trump, who lives in Washington, declared an emergency."), 1, NAME_DETAILS)
    assert [f.kind for f in lasting] == ["relative clause"]


def test_no_opening_phrase_for_what_someone_said() -> None:
    base = parse("The ministry said the border would reopen next week.")
    donor = parse("In a statement, the ministry said the talks had failed.")
    assert not any(f.kind == "opening phrase" for f in fusions(base, donor, 0))


def test_no_appositive_from_a_list_a_subject_or_another_name_ending_alike() -> None:
    """Parser appositives that are list items ("the Congress, the White House, the DNC") or
    a following verb's subject ("St. Petersburg, a news report said") describe nothing; "the
    White House" is not "the House"; "here" is the donor's dateline."""
    base = parse("A struggle for control of the House is under way in Washington.")
    listed = parse("Everybody ought to be pushing, the leadership in the Congress, the White House, the DNC.")
    assert not any(f.kind == "appositive" for f in fusions(base, listed, 0))
    shot = parse("Starovoitova was shot to death Friday evening in St. Petersburg.")
    said = parse("A liberal lawmaker was killed Friday in St. Petersburg, a news report said.")
    assert not any(f.kind == "appositive" for f in fusions(shot, said, 0))
    arraigned = parse("Two men were arraigned on first-degree murder charges.")
    here = parse("At Albany County courthouse here, two men were arraigned on charges of kidnapping.")
    assert not any("here" in f.text.split() for f in fusions(arraigned, here, 0))


def test_an_appositive_before_an_auxiliary_of_the_names_verb_is_taken() -> None:
    base = parse("Galina Starovoitova was shot in St. Petersburg on Friday.")
    donor = parse("Galina Starovoitova, a member of parliament, was attacked in her building.")
    assert any(f.kind == "appositive" for f in fusions(base, donor, 0))


def test_no_detail_from_inside_a_quotation() -> None:
    """A tweet quoted from its first word: its description of Abedin is the writer's, not a fact."""
    base = parse("Abedin forwarded State Department emails to a personal account.")
    quoted = parse('"Crooked Hillary Clinton\'s top aide, Huma Abedin, has been accused of disregarding protocols.')
    assert not any(f.kind == "appositive" for f in fusions(base, quoted, 0))
    plain = parse("Hillary Clinton's top aide, Huma Abedin, has been accused of disregarding protocols.")
    assert any(f.kind == "appositive" for f in fusions(base, plain, 0))


def test_a_splice_never_says_a_thing_twice_nor_takes_a_focusing_phrase() -> None:
    """"arraigned on [charges of kidnapping and attempted] first-degree murder charges" names
    the charges twice (and changes them); "especially the capital" is no appositive."""
    base = parse("Two men were arraigned on first-degree murder charges.")
    donor = parse("Two men were arraigned on charges of kidnapping and attempted first-degree murder.")
    assert not any(f.text.count("charges") > 1 for f in splices(base, donor, 0))
    games = parse("China will send its team to the Asian Games in Thailand.")
    focus = parse("Thailand, especially the capital Bangkok, is known for its night life.")
    assert not any(f.kind == "appositive" for f in fusions(games, focus, 0))


def test_a_base_that_quotes_someone_takes_details_before_the_quotation_only() -> None:
    base = parse('Holbrooke said he will explain the "extreme gravity of the situation" when he meets Milosevic.')
    donor = parse("Holbrooke, the U.S. ambassador-designate to the United Nations, met with Milosevic on Monday.")
    found = fusions(base, donor, 0)
    assert [f.kind for f in found] == ["appositive"]
    assert found[0].text == ('Holbrooke, the U.S. ambassador-designate to the United Nations, said he will '
                             'explain the "extreme gravity of the situation" when he meets Milosevic.')
    # a quotation that ends the sentence counts as an ending; the quoted words stay untouched
    quoted = parse('Asked about the vote, Gingrich said, "I am not concerned."')
    titled = parse("House Speaker Newt Gingrich was driven from office on Friday.")
    assert [f.text for f in fusions(quoted, titled, 0, frozenset({"title", "appositive"}))] == \
        ['Asked about the vote, House Speaker Newt Gingrich said, "I am not concerned."']
    # nothing goes into or after the quotation (no source after the quoted words, no splice)
    claim = parse('The storm was "the worst in memory."')
    assert fusions(claim, parse("The storm was the worst in memory, according to police."), 0) == []


def test_a_name_donor_may_give_a_clause_or_participial_phrase_of_the_name_but_no_splice() -> None:
    """What the other report says of the name in a clause of its own holds whichever fact
    that report's sentence states; its other words are never spliced in."""
    from summarizer.generation.fusion import NAME_DETAILS

    base = parse("Many Arabs fear Sharon.")
    donor = parse("Sharon, who opposes ceding West Bank land to the Palestinians, is being considered for the post.")
    fused = fusions(base, donor, 1, NAME_DETAILS)
    assert [(f.kind, f.text) for f in fused] == [
        ("relative clause", "Many Arabs fear Sharon, who opposes ceding West Bank land to the Palestinians.")]
    assert check([base.text, donor.text], fused[0].text).accepted
    # not between the verb's object and a phrase of the verb, which the clause would seem to own
    assert fusions(parse("Many Arabs know Sharon for his role in the invasion of Lebanon."), donor, 1,
                   NAME_DETAILS) == []
    netscape = fusions(parse("AOL will own Netscape."),
                       parse("The browser maker Netscape, founded in 1994, lost its lead."), 1, NAME_DETAILS)
    assert ("participial phrase", "AOL will own Netscape, founded in 1994.") in [(f.kind, f.text) for f in netscape]


def test_no_inserted_phrase_whose_adverb_leans_on_the_donors_context() -> None:
    """"also" and "still" say something of the donor's other sentences or its moment."""
    base = parse("Arpaio endorsed Mitt Romney in 2008.")
    courted = "Arpaio, who had also been courted by Michele Bachmann, endorsed Rick Perry."
    assert not any(f.kind == "relative clause" for f in fusions(base, parse(courted), 1))
    plain = "Arpaio, who had been courted by Michele Bachmann, endorsed Rick Perry."
    assert any(f.kind == "relative clause" for f in fusions(base, parse(plain), 1))


def test_a_first_name_and_its_nickname_name_one_person() -> None:
    """"Richard J. Durbin" and "Dick Durbin" are one person, so a bare "Durbin" takes
    another report's description; "Bill" and "Hillary" Clinton are two, so "Clinton" does not."""
    from summarizer.corpus import Corpus
    from summarizer.generation.fusion import NAME_DETAILS, name_donors
    from summarizer.ingest import Document

    def _corpus(*texts: str) -> Corpus:
        return Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])

    base = "Durbin said the measure would pass the Senate."
    one = _corpus(base, "Sen. Richard J. Durbin spoke on Tuesday.", "Dick Durbin, a Democrat from Illinois, spoke.")
    assert name_donors(one, 0, parse(base)) == [1, 2]  # a title ("Sen."), an appositive
    fused = fusions(parse(base), parse(one.sentences[2].text), 2, NAME_DETAILS)
    assert fused[0].text == "Durbin, a Democrat from Illinois, said the measure would pass the Senate."
    two = _corpus(base.replace("Durbin", "Clinton"), "Hillary Clinton spoke on Tuesday.",
                  "Bill Clinton, a former president, spoke.")
    assert name_donors(two, 0, parse(two.sentences[0].text)) == []


def test_nicknames_are_read_from_the_table_not_guessed() -> None:
    from summarizer.trust.fullnames import same_first

    assert same_first("Dick", "Richard") and same_first("Bill", "William") and same_first("Barack", "barack")
    assert not same_first("Bill", "Hillary") and not same_first("Bill", "Bob")


def test_name_donors_in_the_reporters_own_words_come_first() -> None:
    """A title in a sentence a verb of saying attributes is the speaker's words as the guard
    reads them; the same title in an unattributed sentence is tried first."""
    from summarizer.corpus import Corpus
    from summarizer.generation.fusion import name_donors
    from summarizer.ingest import Document

    texts = ["Yeltsin has a history of health problems.",
             "Doctors ordered Russian President Boris Yeltsin to rest, officials said.",
             "Russian President Boris Yeltsin flew home on Monday."]
    corpus = Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])
    assert name_donors(corpus, 0, parse(texts[0])) == [2, 1]


def test_a_capitalised_word_before_a_surname_that_is_no_first_name_makes_no_second_person() -> None:
    """"Thursday Primakov" is no second Primakov: the recogniser does not read "Thursday"
    as part of a person's name, so a bare "Primakov" still takes another report's appositive."""
    from summarizer.corpus import Corpus
    from summarizer.generation.fusion import NAME_DETAILS, name_donors
    from summarizer.ingest import Document

    texts = ["Primakov promised to pay wage arrears.",
             "Prime Minister Yevgeny Primakov, a former spy chief, spoke in Moscow.",
             "Government officials met Thursday Primakov's aides in the Kremlin."]
    corpus = Corpus([Document(f"r{k}", None, (t,)) for k, t in enumerate(texts)])
    assert 1 in name_donors(corpus, 0, parse(texts[0]))
    fused = fusions(parse(texts[0]), parse(texts[1]), 1, NAME_DETAILS)
    assert "Primakov, a former spy chief, promised to pay wage arrears." in [f.text for f in fused]


def test_a_donors_judgement_of_a_person_is_not_lent() -> None:
    """One outlet's view ("treated by the press as a lovable, half-crazy uncle") would become
    the brief's statement; a plain description of the same person is lent."""
    base = parse("After the debate, the pressure was on Biden to recapture the momentum for the ticket.")
    judged = parse("If it were anyone other than Biden, who is treated by the press as a lovable, half-crazy uncle, "
                   "he would have been labeled insufferable.")
    plain = parse("Nobody doubted that Biden, who has served in the Senate since 1973, would attack the plan.")
    assert fusions(base, judged, 1, frozenset({"relative clause"})) == []
    said = parse("On Iran's nuclear program, Biden repeatedly suggested Romney would too readily choose the military option.")
    assert fusions(said, judged, 1, frozenset({"relative clause"})) == []  # not voiced by "suggested"
    assert [f.inserted for f in fusions(base, plain, 1, frozenset({"relative clause"}))] == [
        "who has served in the Senate since 1973"]


def test_no_description_parts_a_noun_phrase_from_what_follows_it() -> None:
    base = parse("The rebels entered Kindu, the strategic town in eastern Congo used by the government to halt them.")
    donor = parse("Rebel leaders hope to carry their rebellion into the rest of Congo, Africa's third-largest nation.")
    assert [f.text for f in fusions(base, donor, 1)] == []  # "Congo, Africa's ..., used by": what was used?
    ending = parse("The rebels entered Kindu, the strategic town in Congo.")
    assert [f.text for f in fusions(ending, donor, 1)] == [
        "The rebels entered Kindu, the strategic town in Congo, Africa's third-largest nation."]


def test_an_approximator_travels_with_the_figure_it_qualifies_but_a_hedge_is_never_lent() -> None:
    base = parse("Goteborg is 500 kilometers southwest of the capital, Stockholm.")
    donor = parse("Goteborg, Sweden's second-largest city with about 435,000 people, is 500 kilometers "
                  "southwest of Stockholm.")
    texts = {f.text for f in fusions(base, donor, 1)}
    assert "Goteborg, Sweden's second-largest city with about 435,000 people, is 500 kilometers " \
           "southwest of the capital, Stockholm." in texts
    hedged = parse("Goteborg, probably Sweden's second-largest city, is 500 kilometers southwest of Stockholm.")
    assert not any("probably" in f.text for f in fusions(base, hedged, 1))


def test_a_word_one_report_judges_with_is_not_lent() -> None:
    """"charismatic" leans (TextBlob: subjective and polar on average); a plain office does not."""
    base = parse("Anwar was fired by Mahathir Mohamad on Sept. 2.")
    assert fusions(base, parse("Anwar, a charismatic politician, was popular with young Malaysians."), 1) == []
    assert [f.inserted for f in fusions(base, parse("Anwar, a former opposition leader, was popular with young "
                                                    "Malaysians."), 1)] == ["a former opposition leader"]


def test_a_phrase_pointing_into_the_donors_text_is_not_lent() -> None:
    """"those areas", "these three men" and "the other party" mean what the donor named before."""
    base = parse("The leader of the Republicans, Deniz Baykal, urged Yilmaz to resign.")
    assert fusions(base, parse("Ecevit has the support of Premier Mesut Yilmaz, head of the other center-right "
                               "party."), 1) == []
    assert [f.inserted for f in fusions(base, parse("Ecevit has the support of Premier Mesut Yilmaz, head of the "
                                                    "center-right party."), 1)] == ["head of the center-right party"]
    taliban = parse("In the 90 percent of Afghanistan ruled by the Taliban a harsh brand of Islamic justice has been "
                    "imposed, including the death penalty.")
    assert fusions(taliban, parse("Fighters are alongside the Taliban army, which rules 90 percent of Afghanistan "
                                  "and has imposed a strict version of Islamic law in those areas."), 1) == []


def test_no_appositive_from_a_name_inside_a_list_or_another_appositive() -> None:
    base = parse("Thursday night, Livingston stated that he would not be intimidated.")
    listed = parse("The images were of impeachment, Iraq, the resignation of Rep. Robert Livingston, the response "
                   "from the White House.")
    assert fusions(base, listed, 1) == []
    assert [f.inserted for f in fusions(base, parse("Livingston, the speaker-designate, resigned from the House."),
                                        1)] == ["the speaker-designate"]


def test_an_abbreviations_point_goes_with_the_lent_word() -> None:
    base = parse("Shepard was born in Casper and attended school and college there.")
    donor = parse("Tuesday, when funeral arrangements were announced for Friday in Casper, Wyo., the hospital Web "
                  "site received 30,000 hits an hour.")
    assert "Shepard was born in Casper, Wyo., and attended school and college there." in \
        [f.text for f in fusions(base, donor, 1)]


def test_no_appositive_that_a_conjunction_shows_to_be_a_list_item() -> None:
    base = parse("Mahathir fired Anwar on Sept. 2, saying he was morally unfit for office.")
    donor = parse("Most pro-Anwar sites also contain his speeches, private letters to Mahathir, clippings of foreign "
                  "news reports and prose scorching the prime minister.")
    assert fusions(base, donor, 1) == []


def test_a_figure_the_donor_dates_to_another_year_is_not_lent() -> None:
    """Goma had 30,000 people in 1994, before a million refugees came; "an eight-month
    rebellion" ended in May 1997, and the base's rebellion is another one. An age alone is
    the report's own day's."""
    goma = parse("A spokesman in Goma boasted that Kindu was already under rebel control.")
    assert fusions(goma, parse("In 1994, nearly 1 million Rwandan refugees engulfed Goma, a town of 30,000."), 1) == []
    assert lent(goma, parse("Nearly 1 million Rwandan refugees are in Goma, a town of 30,000.")) == \
        ["a town of 30,000"]
    rebellion = parse("The president refused, accusing the rebels of being puppets of Rwanda and Uganda, which "
                      "Kabila has accused of orchestrating the rebellion.")
    assert fusions(rebellion, parse("Kabila accuses Rwanda and Uganda -- former allies who installed him in power in "
                                    "May 1997 after an eight-month rebellion -- of sponsoring the new fighting."), 1) == []
    yeltsin = parse("Yeltsin canceled a trip to Austria.")
    assert lent(yeltsin, parse("Yeltsin, 67, had heart surgery in 1996.")) == ["67"]


def test_a_possessor_the_base_does_not_name_is_not_lent() -> None:
    """"the party's chief strategist": which party, the donor said in its sentences before."""
    base = parse("Livingston could end up running against Newt Gingrich as speaker.")
    assert fusions(base, parse("They blamed Gingrich, the party's chief strategist."), 1) == []
    assert lent(base, parse("They blamed Gingrich, the Republican Party's chief strategist.")) == \
        ["the Republican Party's chief strategist"]


def test_a_verb_coordinated_above_a_name_makes_no_list_of_it() -> None:
    """"demonstrate their strength and carry the war into Congo, Africa's third-largest
    nation": the conjunction joins two verbs, and the appositive describes Congo."""
    base = parse("Rebels seized a town in Congo.")
    donor = parse("The rebels want to demonstrate their strength and carry the war into the rest of Congo, Africa's "
                  "third-largest nation.")
    assert lent(base, donor) == ["Africa's third-largest nation"]


def test_a_phrase_inserted_whole_may_lend_to_a_base_the_donor_says_all_of_but_a_splice_may_not() -> None:
    base = parse("The 36-foot, 25,000-pound Unity will serve as a connecting passageway.")
    donor = parse("Unity, the first American-made component, will serve as a connecting passageway for future modules.")
    assert "The 36-foot, 25,000-pound Unity will serve as a connecting passageway for future modules." in \
        [f.text for f in fusions(base, donor, 1)]  # the base's figures stay
    same = parse("Mission Control gave the astronauts plenty of time for the tasks.")
    assert fusions(same, parse("Mission Control gave the six astronauts plenty of time for the tasks."), 1) == []


def test_a_superlative_made_with_most_is_a_judgement_and_not_lent() -> None:
    base = parse("MoveOn praised the decision.")
    assert fusions(base, parse("MoveOn, one of the most influential progressive organizations in Washington, "
                               "praised the ruling."), 1) == []
    assert lent(base, parse("MoveOn, one of the largest progressive organizations in Washington, praised the "
                            "ruling.")) == \
        ["one of the largest progressive organizations in Washington"]  # measured


def test_a_clause_after_another_list_item_is_not_lent_to_the_first() -> None:
    """spaCy hangs Schumer's clause on Pelosi; the clause right after her name is hers."""
    base = parse("Pelosi has led House Democrats since 2003.")
    donor = parse("The party will be led by the established Democrats who have increasingly defined it -- Ms. "
                  "Pelosi, 76, who represents San Francisco, and Senator Chuck Schumer of New York, 66, who has held "
                  "various leadership posts since 2005.")
    assert lent(base, donor) == ["who represents San Francisco"]
    # a later "that's what ..." sums up the clause: a description there would be taken into it
    assert lent(parse("Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the "
                      "problem."), donor) == []


def test_no_description_is_set_into_what_someone_is_reported_to_say() -> None:
    """"an atheist" inside the Academy's statement reads as part of why it gave the award."""
    base = parse("In its citation, the Swedish Academy said it gave the award to Saramago for work that shows "
                 "compassion.")
    donor = parse("Saramago, an atheist, spoke at the time.")
    assert fusions(base, donor, 1) == []
    plain = parse("The Swedish Academy gave the award to Saramago for work that shows compassion.")
    assert lent(plain, donor) == ["an atheist"]
    minister = parse("Huckabee, a former Baptist minister, announced his run in Hope.")
    polled = parse("According to HuffPost Pollster, Huckabee trails the field in Iowa.")
    assert fusions(polled, minister, 1) == []  # the poll's account, not its description
    assert lent(parse("Huckabee trails the field in Iowa, according to HuffPost Pollster."), minister) == \
        ["a former Baptist minister"]


def test_no_appositive_that_names_another_kind_of_thing_or_clause_after_one() -> None:
    """spaCy hangs the airline and its clause on Kinshasa, and the party's clause on Ocalan."""
    base = parse("In Kinshasa, government spokesman Didier Mumengi said the army was firmly in control of Kindu.")
    donor = parse("In the capital, Kinshasa, the private Congolese Airlines, which owned the aircraft, said the "
                  "victims were civilians fleeing fighting in Kindu.")
    assert fusions(base, donor, 1) == []
    ocalan = parse("Better known as Apo, Ocalan founded the Kurdistan Workers Party, PKK, in 1978.")
    assert fusions(ocalan, parse("Turkey wants Italy to extradite the rebel, Abdullah Ocalan, leader of the Kurdistan "
                                 "Workers' Party, which is seeking Kurdish autonomy in southeastern Turkey."), 1) == []


def test_a_detail_both_reports_give_inside_what_the_same_verb_reports_may_be_lent() -> None:
    """Both reporters put the clause inside what the North Koreans denied: it has the same
    standing in the fused sentence as in the donor's."""
    base = parse("The North Koreans have denied that the complex is intended to help build nuclear weapons.")
    donor = parse("The North Koreans have denied that the complex, which is being built on a mountainside, is "
                  "intended for a nuclear weapons program.")
    assert lent(base, donor) == ["which is being built on a mountainside"]
    plain = parse("The complex, which is being built on a mountainside, is far from the border.")
    assert fusions(base, plain, 1) == []  # the donor's own statement, not the denial's


def test_no_description_lands_inside_an_aside_the_parser_took_for_the_clause() -> None:
    donor = parse("A start-up may be bought out by Microsoft, which has scooped up many fledgling companies.")
    aside = parse("The courts, Microsoft will emphasize, steer clear of redesigning products.")
    assert fusions(aside, donor, 1) == []
    assert lent(parse("Microsoft will emphasize that the courts steer clear of redesigning products."), donor) == \
        ["which has scooped up many fledgling companies"]


def test_a_grade_of_commitment_is_one_outlets_portrait() -> None:
    base = parse("Justice Ruth Bader Ginsburg said the issue is not proving discrimination.")
    lent_by = [f.inserted for f in fusions(base, parse("Even Justice Ruth Bader Ginsburg, an ardent defender of "
                                                       "women's rights, expressed concerns."), 1)]
    assert lent_by == []
    assert lent(base, parse("Even Justice Ruth Bader Ginsburg, a longtime defender of women's rights, expressed "
                            "concerns.")) == ["a longtime defender of women's rights"]


def test_a_comparison_whose_other_term_the_donor_states_is_not_lent() -> None:
    """"a smaller leadership body": smaller than the council the donor named before."""
    base = parse("98 members of the 124-member Palestinian Central Council met at Arafat's headquarters to vote.")
    smaller = parse("The Palestinians took an interim step when a smaller leadership body, the 124-member "
                    "Palestinian Central Council, declared the charter clauses revoked.")
    assert fusions(base, smaller, 1) == []
    plain = parse("The Palestinians took an interim step when a leadership body, the 124-member Palestinian Central "
                  "Council, declared the charter clauses revoked.")
    assert [f.inserted for f in fusions(base, plain, 1)] == ["a leadership body"]


def test_no_title_is_lent_into_a_clause_years_before_the_donors_day() -> None:
    donor = parse('Even Speaker Newt Gingrich conceded that the results "should sober every Republican."')
    assert lent(parse("Just four years ago, it was a good bet that Newt Gingrich would be the pivotal figure."),
                donor) == []
    assert lent(parse("Just two weeks ago, Gingrich had foreseen election gains."), donor) == ["Speaker Newt"]


def test_no_clause_is_set_between_an_object_and_the_verbs_phrase_after_it() -> None:
    donor = parse("Mr. Blumenthal, who is seeking the seat being vacated by Senator Christopher J. Dodd, is not alone.")
    assert lent(parse("McMahon is one of the candidates running to face Blumenthal in November."), donor) == []
    assert lent(parse("McMahon is one of the candidates running to face Blumenthal."), donor) == [
        "who is seeking the seat being vacated by Senator Christopher J. Dodd"]


def test_no_name_is_lent_before_a_there_of_the_base() -> None:
    """"there" was Turkey in the base's report; after the lent words it reads as Ankara University."""
    donor = parse("Ocalan, a political science dropout from Ankara University, founded the Marxist-inspired PKK in 1978.")
    assert lent(parse("Ocalan is being tried in absentia there on charges that could bring the death penalty."),
                donor) == []
    assert lent(parse("Ocalan is being tried in absentia on charges that could bring the death penalty."),
                donor) == ["a political science dropout from Ankara University"]


def test_no_description_before_a_participial_one_the_base_has() -> None:
    """Set 25's stacked asides: "Ms. Pelosi[, a prolific fundraiser,] long considered a
    legislative and fund-raising powerhouse" (the parser hangs the participle on the verb)."""
    from summarizer.generation.anchors import described_after

    donor = parse("In the days before the vote, Pelosi, a prolific fundraiser, promised some changes.")
    described = parse("Mr. Ryan mounted an unlikely challenge to Ms. Pelosi, long considered a legislative powerhouse.")
    assert described_after(described, 8)
    assert "a prolific fundraiser" not in lent(described, donor)
    assert "a prolific fundraiser" in lent(parse("Mr. Ryan mounted an unlikely challenge to Ms. Pelosi."), donor)
    assert not described_after(parse("Pelosi, Ryan said, would stay."), 0)


def test_no_state_an_event_of_the_donors_day_left_is_lent() -> None:
    """Set 29's reading: "captured Abdullah Ocalan[, the arrested Kurdish guerrilla leader,]"
    lent the state after the capture into the capture; the description without it is lent."""
    base = parse("Italian authorities captured Abdullah Ocalan at Rome's international airport Thursday.")
    arrested = parse("Greek media leveled strong opposition Sunday to the possible extradition of Abdullah Ocalan, "
                     "the arrested Kurdish guerrilla leader, to Turkey.")
    assert not any("arrested" in text for text in lent(base, arrested))
    plain = parse("Greek media leveled strong opposition Sunday to the possible extradition of Abdullah Ocalan, "
                  "the Kurdish guerrilla leader, to Turkey.")
    assert "the Kurdish guerrilla leader" in lent(base, plain)
