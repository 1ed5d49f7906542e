"""summarizer/generation/compress/constituents.py: which constituents of the spaCy parse may
be deleted, the compressions they give, quotations and rendering."""

from __future__ import annotations

import pytest

from summarizer.generation.compress.constituents import candidates, deletable_spans, is_speaker_verb, quoted, render
from summarizer.nlp.load import parse


def spans(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(span.kind, doc[span.start:span.end].text) for span in deletable_spans(doc)]


def texts(text: str) -> list[str]:
    return [c.text for c in candidates(parse(text))]


def test_appositives_and_asides_go_with_their_commas_longest_first() -> None:
    sentence = "The envoy, a former general, met Lavrov in Geneva, despite the objections."
    assert spans(sentence) == [("appositive", ", a former general,"),
                               ("prepositional phrase", ", despite the objections")]
    assert texts(sentence) == ["The envoy met Lavrov in Geneva, despite the objections.",
                               "The envoy, a former general, met Lavrov in Geneva.",
                               "The envoy met Lavrov in Geneva."]  # "in Geneva" says where


@pytest.mark.parametrize("sentence, kept", [
    ("At one Atlanta location, the restaurant was packed.", "At one Atlanta location"),  # where
    ("In a February interview, he spoke of the difficulty he had.", "In a February interview"),  # when
    ("McLeod said 40,000 were killed by soldiers for protecting commandos during World War II.", "during World War II"),
    ("Mr. Trump got his start in real estate before becoming a casino magnate and then a reality-show "
     "celebrity.", "before becoming a casino magnate"),  # a time preposition
    ("The American maxi Sayonara was expected to cross the line Tuesday.", "Tuesday"),  # a date as an adverb
])
def test_what_tells_when_or_where_stays(sentence: str, kept: str) -> None:
    """The moment or the place is part of what a report says: without it a scene at one
    restaurant reads as general, and a remark from February as one made now."""
    assert all(kept in c.text for c in candidates(parse(sentence), min_kept=0.3))


@pytest.mark.parametrize("sentence, kept", [
    ("By lying under oath, Clinton made it necessary for the House to consider impeachment.", "By lying under oath"),
    ("Because of the storm, the flight was delayed by two hours.", "Because of the storm"),
    ("The announcement by Rep. Robert Livingston that he would resign, following his disclosure on Thursday "
     "night of several affairs, only deepened the sense of insecurity.", "following his disclosure"),
])
def test_what_tells_how_or_why_stays(sentence: str, kept: str) -> None:
    """A phrase of means or cause is often the sentence's point: without "By lying under
    oath" an editorial's reasoning reads as a bare claim that Clinton made impeachment
    necessary."""
    assert all(kept in c.text for c in candidates(parse(sentence), min_kept=0.3))


def test_a_date_nested_deeper_in_a_phrase_does_not_make_it_tell_when() -> None:
    assert ("prepositional phrase", ", with the help of a program founded last year") in \
        spans("Food aid has reached millions of children, with the help of a program founded last year, U.N. "
              "experts said.")
    # an absolute phrase states a fact of its own, whatever it dates (``phrases.states_a_fact``)
    assert spans("Food shortages have stunted the growth of millions of children, with many children born last "
                 "year suffering malnourishment, U.N. experts said.") == []


@pytest.mark.parametrize("sentence, kept", [
    ("The companies said they only complied when legally bound to do so.", "only"),  # scope
    ("The companies said they only complied when legally bound to do so.", "legally"),  # how
    ("She said she first learned of it from news reports.", "first"),
    ("One was charged with illegally funneling money into his campaign.", "illegally"),
])
def test_an_adverb_that_sets_how_or_how_far_a_claim_holds_stays(sentence: str, kept: str) -> None:
    assert all(kept in c.text.split() for c in candidates(parse(sentence), min_kept=0.3))


def test_a_scope_word_goes_only_with_the_word_it_qualifies() -> None:
    """"nearly" alone may not go; the phrase holding it and its head may."""
    found = texts("The port, which was nearly destroyed by the storm, is being rebuilt with federal money.")
    assert "The port is being rebuilt with federal money." in found
    assert not any("which was destroyed" in t for t in found)
    assert texts("The airport has been nearly completed for months.") == []


def test_an_appositive_that_is_a_name_or_describes_one_stays_and_one_of_a_common_noun_may_go() -> None:
    assert spans("One, Diana Durand of Houston, was charged with funneling money into his campaign.") == []
    assert spans("Carter Page, a onetime Trump campaign adviser, testified before the committee.") == []
    assert spans("The project, a vast dam on the river, was approved by the committee.") == [
        ("appositive", ", a vast dam on the river,")]


def test_who_or_what_a_named_person_or_body_is_stays() -> None:
    assert spans("Michael Flynn, Mr. Trump's first national security adviser, pleaded guilty to lying.") == []
    assert spans("The bill was sent to the House Judiciary Committee, which is conducting the impeachment "
                 "investigation, on Monday.") == []
    assert spans("The complex, which is being built on a mountainside, is intended for the Olympics.") == [
        ("relative clause", ", which is being built on a mountainside,")]


def test_a_phrase_that_limits_how_often_a_claim_holds_stays() -> None:
    assert spans("Biden butted in while Ryan was speaking, at times.") == []
    assert ("prepositional phrase", ", despite the rules") in spans("Biden butted in while Ryan was speaking, despite "
                                                                   "the rules.")


def test_a_deletion_before_the_closing_period_of_an_abbreviation_ends_the_sentence_once() -> None:
    doc = parse("The report was reviewed by officials at the C.I.A., which declined to comment.")
    end = next(t.i for t in doc if t.text == ",")
    assert render(doc, [*range(end), len(doc) - 1]) == "The report was reviewed by officials at the C.I.A."


@pytest.mark.parametrize("sentence", [
    # a list's end the parser read as an appositive
    "Records showed expenses of $2,306.08 at Walt Disney World, over $300 at Build-A-Bear, $3,544.00 at "
    "Mariel's Boutique, and $5,687.75 on a retreat.",
    # which comma closes what cannot be told
    "Mr. Hunter won the primary; the next highest vote-getter, Ammar Campa-Najjar, a Democrat, took only 17 percent.",
    # a second appositive of the same name: the deletion would strand it
    "He is under fire: Representative Daniel Lipinski of Illinois, a moderate Democrat from Chicago who is "
    "facing a primary race challenger, Marie Newman, in March.",
])
def test_no_appositive_is_deleted_where_the_parse_shows_no_single_aside(sentence: str) -> None:
    assert not any(kind == "appositive" for kind, _ in spans(sentence))


def test_relative_clauses_and_brackets_go_whole() -> None:
    sentence = "Kerry met the envoy, who had flown in from Moscow, at the summit in Brunei."
    # (the phrase after the clause's closing comma has no comma of its own: it stays)
    assert spans(sentence) == [("relative clause", ", who had flown in from Moscow,")]
    assert texts(sentence) == ["Kerry met the envoy at the summit in Brunei."]
    assert texts("Officials met (in secret) to talk.") == ["Officials met to talk."]


def test_the_speaker_a_quotation_and_most_of_the_sentence_stay() -> None:
    assert spans("Grimm's lawyer, William McGinley, said the case was weak.") == []  # the speaker's only name
    assert spans('He said "we will meet in Geneva on Tuesday" after talks.') == []
    assert spans("He left, saying the talks had failed.") == []  # only two words would be left


def test_a_purpose_the_parser_hung_as_a_clause_and_an_opening_phrase_dated_inside_stay() -> None:
    """"[, to replace the existing federal taxes]" says what the tax is for; "In a CNN
    interview [in January]," dates the claim, though the date is nested in the phrase."""
    assert not any("replace" not in c.text for c in candidates(parse(
        "Huckabee advocates a national consumption tax, which is similar to a sales tax, to replace the existing "
        "federal taxes on personal income and payrolls."), min_kept=0.3))
    assert candidates(parse("In a CNN interview in January, Mr. Trump voiced skepticism that Mr. Bloomberg was "
                            "worth as much as Forbes magazine estimated."), min_kept=0.3) == []
    assert [c.text for c in candidates(parse("In 17 years as prime minister, Mahathir, 72, who is a medical "
                                             "doctor, fostered an economic liberalization."), min_kept=0.3)] == [
        "In 17 years as prime minister, Mahathir, 72, fostered an economic liberalization."]


def test_who_a_speaker_is_and_a_participial_clause_stay() -> None:
    """"said Ken Davies" leaves the reader unable to weigh the claim; "refused to accept the
    results" without "alleging widespread fraud" loses why."""
    assert spans("Malnutrition is rising, said Ken Davies, the WFP's country director.") == []
    assert spans("Kerry, the secretary of state, said the talks would resume.") == []
    assert spans("The envoy, a former general, met Lavrov.") == [("appositive", ", a former general,")]
    # a relative clause saying who the speaker is stays too
    assert spans("The minister made the offer, said the paper, which is close to the Foreign Ministry.") == []
    assert spans("The paper, which is close to the Foreign Ministry, said the minister made the offer.") == []
    assert spans("The opposition refused to accept the results of the polls, alleging widespread fraud.") == []


def test_a_month_is_no_modal() -> None:
    assert spans("The talks, which began in May, ended without a deal.") == [
        ("relative clause", ", which began in May,")]


def test_quoted_tokens_pair_straight_quotes_in_order() -> None:
    doc = parse('He said "we will win" and "they lose" today.')
    assert sorted(quoted(doc)) == [2, 3, 4, 5, 6, 8, 9, 10, 11]
    unpaired = parse('He said "we will win today.')
    assert quoted(unpaired) == frozenset(range(len(unpaired)))  # which part is quoted cannot be told
    assert quoted(parse("He said we will win.")) == frozenset()


def test_a_description_naming_no_place_stays_though_the_model_tags_the_name_a_place() -> None:
    """Set 33: "against Suharto[, Indonesia's iron-fisted ruler at the time]" and "Renong[, a major
    conglomerate with close ties to Mahathir,]" (both tagged places by the small model) lost who
    or what the name is; a place's description ("a province of Serbia") may still go."""
    assert spans("Protesters marched against Suharto, Indonesia's ruler at the time.") == []
    assert spans("The rescue of Renong, a major conglomerate with close ties to Mahathir, is going ahead.") == []
    assert spans("Troops were sent to Kosovo, a province of Serbia.") == [("appositive", ", a province of Serbia")]


def test_a_list_after_a_dash_is_no_aside() -> None:
    """Set 33: "with whatever was at hand -- a sodden piece of cardboard[, a plastic shopping bag]"
    took a list's second item for an appositive."""
    assert spans("He covered the corpse with whatever was at hand -- a sodden piece of cardboard, a plastic "
                 "shopping bag.") == []
    assert spans("He covered the corpse with a sodden piece of cardboard, a gift from the shop.") == [
        ("appositive", ", a gift from the shop")]  # no dash before: one aside


def test_a_clause_stating_a_plan_stays_as_a_modal_does() -> None:
    """Set 31: "which is to start late Saturday" told that the visit had not begun."""
    planned = parse("Clinton's visit to the region, which is to start late Saturday, is fomenting more unrest rather "
                    "than calming the situation.")
    assert candidates(planned) == []
    begun = parse("Clinton's visit to the region, which began late Saturday, is fomenting more unrest rather than "
                  "calming the situation.")
    assert [c.text for c in candidates(begun)] == [
        "Clinton's visit to the region is fomenting more unrest rather than calming the situation."]


def test_a_single_opening_quote_marks_a_quotation_whose_end_cannot_be_told() -> None:
    """Set 31: "said: `Most of my friends[, who are predominantly activist conservatives,] are
    split" cut words out of someone's quoted words (DUC 2004's single backquote)."""
    text = "Rep. Mark Souder said: `Most of my friends, who are predominantly activist conservatives, are split."
    doc = parse(text)
    assert quoted(doc) == frozenset(range(len(doc)))
    assert candidates(doc) == []
    assert candidates(parse(text.replace("`", ""))) != []  # unquoted, the clause may go


def test_render_keeps_the_spacing_and_tidies_commas_and_capitals() -> None:
    doc = parse("Kerry, the envoy, met Lavrov.")
    assert render(doc, [0, 5, 6, 7]) == "Kerry met Lavrov."
    assert render(doc, [2, 3, 5, 6, 7]) == "The envoy met Lavrov."
    doc = parse("Kerry met Lavrov in Geneva on Tuesday.")
    assert render(doc, [0, 1, 2, 5, 6, 7]) == "Kerry met Lavrov on Tuesday."


def test_a_speaker_verb_is_a_verb_of_saying() -> None:
    doc = parse("Kerry said it.")
    assert (is_speaker_verb(doc[1]), is_speaker_verb(doc[0])) == (True, False)


def test_candidates_keep_the_share_asked_for() -> None:
    sentence = "The envoy, a former general, met Lavrov in Geneva on Tuesday."
    assert texts(sentence) and [c.text for c in candidates(parse(sentence), max_kept=0.75)] == \
        ["The envoy met Lavrov in Geneva on Tuesday."]  # 8 of 11 words
    assert candidates(parse(sentence), min_kept=0.9) == []
    assert len(candidates(parse(sentence), limit=1)) == 1


def test_a_spaced_hyphen_keeps_its_space_after_a_deletion() -> None:
    """A hyphen used as a dash keeps the space before it when the words before it go."""
    doc = parse("He apologised for grabbing the young man, who was a student - as a camera rolled - "
                "in a Washington street.")
    assert [c.text for c in candidates(doc, min_kept=0.3)] == [
        "He apologised for grabbing the young man - as a camera rolled - in a Washington street."]


def test_an_appositive_closing_an_opening_phrase_leaves_its_comma() -> None:
    """Deleting "a Democrat from Virginia" after an opening phrase keeps the comma before the
    subject: "In questioning by the ranking member, Shulman offered ...", not "member Shulman"."""
    doc = parse("In questioning by the committee's ranking member, a Democrat from Virginia, "
                "Mr. Shulman offered an explanation.")
    found = [c.text for c in candidates(doc)]
    assert "In questioning by the committee's ranking member, Mr. Shulman offered an explanation." in found
    assert not any("member Mr." in t for t in found)


def test_a_modifier_of_a_negated_verb_is_not_deleted() -> None:
    """Deleting it would widen what is denied: "did not attack the town" is a stronger claim."""
    assert spans("Rebels said they did not attack the town, despite the orders.") == []
    assert ("prepositional phrase", ", despite the orders") in spans("Rebels said they attacked the town, "
                                                                      "despite the orders.")


@pytest.mark.parametrize("sentence, kept", [
    ("A weekend tweet landed the White House in hot water.", "in hot water"),  # a second complement
    ("Critics have described the chairman as gaffe-prone.", "as gaffe-prone"),
    ("He used his belt as a tourniquet to stop the bleeding.", "as a tourniquet"),
    ("The coalition is calling on the tax agency to review the group's status.", "on the tax agency"),
    ("Ms. Griffin went online on Tuesday night to express regret.", "online"),  # completes the verb
    ("More of his aides came forward to accuse him.", "forward"),
    ("Microsoft began bundling the browser into Windows and giving it away free, critics said.", "away"),
    ("His thick glasses often give him a mien of severity in public.", "often"),  # how often it holds
])
def test_what_completes_a_verb_is_never_deleted(sentence: str, kept: str) -> None:
    assert all(kept in c.text for c in candidates(parse(sentence), min_kept=0.3))


def test_a_sentence_does_not_open_with_a_joint_once_its_opening_phrase_goes() -> None:
    found = [c.text for c in candidates(parse(
        "At the end of last month, though, Trump signed a short-term spending package."), min_kept=0.3)]
    assert not any(t.startswith(("Though", "though")) for t in found)


def test_a_pending_qualifier_stays() -> None:
    # "reversed the decision, pending a further review": without it a hold reads as final
    found = candidates(parse("The president reversed the decision to allow the imports, pending a further review."),
                       min_kept=0.3)
    assert all("pending a further review" in c.text for c in found)


def test_the_comma_closing_an_outer_phrase_stays_when_an_inner_appositive_goes() -> None:
    found = [c.text for c in candidates(parse(
        "Blumenthal, once thought to be a shoo-in for the seat being vacated by the senator, a Democrat, finds "
        "himself in trouble after a newspaper exposed a past statement."), min_kept=0.3)]
    assert "Blumenthal, once thought to be a shoo-in for the seat being vacated by the senator, finds " \
           "himself in trouble after a newspaper exposed a past statement." in found
    assert "The envoy met Lavrov in Geneva." in [c.text for c in candidates(parse(
        "The envoy, a former general, met Lavrov in Geneva."), min_kept=0.3)]
    # a phrase set off by commas closes with the comma the deleted clause ended on
    assert [c.text for c in candidates(parse("Exxon and Chevron, along with the computer maker, which rose sharply "
                                             "on the news, were the main drivers of the Dow Jones industrial average."))] == [
        "Exxon and Chevron, along with the computer maker, were the main drivers of the Dow Jones industrial average."]


@pytest.mark.parametrize("sentence, kept", [
    ("HuffPost reported in November 2012 that Christie turned down an invitation.", "in November 2012"),  # dates it
    ("The order lets them use $3.6 billion for the wall, along with another $2.5 billion for other work, "
     "he told reporters.", "another $2.5 billion"),  # adds to the figure
    ("They now claim that the president already knew about the lie to the FBI.", "already"),  # aspect
    ("The airport has been nearly completed for months.", "nearly"),  # how close to true
    ("They weighed a deal to finance for six months the departments of State and Justice.", "for six months"),
])
def test_what_dates_a_claim_or_adds_to_its_figure_stays(sentence: str, kept: str) -> None:
    assert all(kept in c.text for c in candidates(parse(sentence), min_kept=0.3))


def test_a_relative_clause_after_a_deleted_appositive_keeps_its_comma() -> None:
    found = [c.text for c in candidates(parse(
        "Among those on the field was the congressman, a Republican of Texas, whose aide was shot."),
        min_kept=0.3)]
    assert "Among those on the field was the congressman, whose aide was shot." in found


def test_a_conversion_that_gives_the_open_unit_stays() -> None:
    """"600 degrees" alone reads as Fahrenheit; "(1,100 F)" says they are Celsius."""
    sentence = "The fire raised the temperature in the hall to 600 degrees (1,100 F)."
    assert all("(1,100 F)" in c.text for c in candidates(parse(sentence), min_kept=0.3))
    assert "The winds dropped to near 30 mph." in texts("The winds dropped to near 30 mph (50 kph).")


def test_a_parse_with_a_participle_for_its_main_verb_gives_nothing_to_delete() -> None:
    """spaCy reads "tied" as the main verb (a past participle with no auxiliary): the
    appositive's commas are then not the sentence's, and deleting it left "Shepard tied to a
    fence and left to die alone, was mourned"."""
    assert spans("Matthew Wayne Shepard, the gay student who was beaten in the dead of night, tied to a fence and "
                 "left to die alone, was mourned at his funeral by 1,000 people.") == []
    assert spans("The envoy, a former general, was greeted in Geneva, despite the objections.") != []


def test_a_parse_whose_root_is_no_verb_gives_nothing_to_delete() -> None:
    """spaCy reads "profess" as an adjective and the predicate as an appositive of the
    subject: deleting that "appositive" left a sentence with no verb."""
    assert spans("Recipients of the Nobel Prize, including some who have lobbied for it for years, often profess "
                 "surprise on learning of their award.") == []


@pytest.mark.parametrize("sentence, kept", [
    ("Under the GOP bill, minors who cross the border would face much stiffer consequences.", "Under the GOP bill"),
    ("Bruning, along with Oklahoma Attorney General Scott Pruitt, argue that the law is unconstitutional.",
     "along with Oklahoma Attorney General Scott Pruitt"),  # who else acts: the verb agrees with both
    ("Jonathan Cowan, president of centrist think tank Third Way, hailed AARP's apparent reversal, per the "
     "Journal story.", "per the Journal story"),  # a source
])
def test_terms_and_a_source_stay(sentence: str, kept: str) -> None:
    assert all(kept in c.text for c in candidates(parse(sentence), min_kept=0.3))
    assert kept not in [text for kind, text in spans(sentence)]


def test_a_phrase_after_an_asides_closing_comma_or_on_a_source_stays() -> None:
    assert not any(kind == "prepositional phrase" for kind, _ in spans(
        "Hunter had blamed his wife, who acted as a campaign manager, for many of the improper charges, saying she "
        "controlled the campaign's credit card."))  # "for ..." has no comma of its own: it completes "blamed"
    assert spans("In the poll, former House Speaker Newt Gingrich garnered 11 percent of the vote.") == []
    assert spans("At his announcement, Mr. Christie sought a political rebirth in the state.") == []
    assert spans("Thousands of protesters gathered at the capitol, over the law, and called for a boycott.") == []


def test_a_number_stays() -> None:
    """Readers found "the Sept. 11 attack" alone had lost the point: four Americans were killed."""
    assert texts("The officials discussed the Sept. 11 attack, which killed four Americans, including Ambassador "
                 "J. Christopher Stevens, in a briefing.") == []
    assert texts("Hodler said four agents -- including one IOC member -- had been involved.") == []
    assert spans("The project, a $20 billion dam on the river, was approved by the committee.") == []
    # no number in the aside: it may go
    assert texts("Hodler said the agents -- including an IOC member -- had been involved.") == [
        "Hodler said the agents had been involved."]


def test_an_aside_listing_what_a_counted_noun_counts_stays() -> None:
    """Without it a reader cannot tell what the "two pillars" are."""
    assert spans("With two pillars of his run -- his record and his judgment -- looking wobbly, Mr. Christie must "
                 "build a campaign around his personality.") == []
    assert spans("With the pillars of his run -- his record and his judgment -- looking wobbly, Mr. Christie must "
                 "build a campaign around his personality.") != []


def test_a_role_with_no_article_says_who_a_name_is_whatever_its_tag() -> None:
    """spaCy's small model tags Rivera a place; "president of the largest union" says who he is."""
    assert spans("Rivera, president of the largest union in New York City, praised the senator.") == []


def test_what_a_name_of_no_known_kind_is_stays_and_a_places_description_goes() -> None:
    """The small model tags neither Cecil nor Project 21: their appositive is all a reader learns of them."""
    assert spans("An American dentist killed Cecil, a lion beloved in Zimbabwe, in 2015.") == []
    assert spans("Among the groups is Project 21, a black conservative activist organization.") == []
    assert spans("The talks ended in Pretoria, the capital.") != []  # a place: where


def test_words_that_set_the_claim_in_its_time_stay() -> None:
    assert not any("once" not in c.text for c in candidates(parse(
        "Liu once started a hunger strike, despite the guards, to protest his treatment."), min_kept=0.3))
    assert spans("One official said in a telephone interview that, at the time, Krstic had responsibility for the "
                 "units.") == []


def test_a_place_the_sentence_later_calls_there_stays() -> None:
    assert spans("Krstic, who was transferred to The Hague for trial, is the 35th suspect who has been taken there.") \
        == []
    assert spans("Krstic, who was transferred for trial last month, is the 35th suspect taken to The Hague.") != []


def test_what_the_sentence_names_again_after_it_stays() -> None:
    """The later mention leans on the first: "the online service" is America Online."""
    assert spans("Microsoft signed an earlier deal, when America Online chose Internet Explorer as its preferred "
                 "browser, and the online service grew.") == []
    assert spans("Pinochet, who ruled Chile with an iron fist, was arrested in London on Friday.") != []


def test_the_one_name_a_later_pronoun_stands_for_stays() -> None:
    assert spans("But many legislators, who in the past gave their overwhelming support to Hariri, did not name him "
                 "and left it to the president to select a prime minister.") == []


def test_a_condition_stays() -> None:
    """Deleting the condition made the backing, and the release, unconditional."""
    assert spans("The premier got the backing of two parties in his efforts to form a government, on condition that "
                 "his government stick to secular principles.") == []
    assert spans("Authorities released Liu on medical parole, provided he go into exile, said his brother.") == []


def test_an_aside_telling_when_and_a_figure_in_brackets_stay() -> None:
    assert spans("The remarks in Brussels -- before the cuts were made -- gave no hint that a rate drop was "
                 "imminent.") == []
    assert spans("The remarks in Brussels -- a rare public statement -- gave no hint that a rate drop was "
                 "imminent.") != []
    # last year's rate is a figure of its own; a conversion is not
    assert spans("Eurostat gave the rates for November 1998: Sweden, 0.1 (2.7); France, 0.2 (1.4).") == []
    assert "The storm crossed the 1,162-kilometer border on Friday." in texts(
        "The storm crossed the 1,162-kilometer (725-mile) border on Friday.")


def test_an_aside_adding_to_the_subject_stays() -> None:
    """"The deaths [-- and the ostentatious display of the heads --] prompted ...": the display
    drove the outrage too."""
    assert spans("The deaths -- and the ostentatious display of the heads by killers -- prompted neighboring "
                 "Russian regions to close off roads into Chechnya, and caused an outpouring of outrage.") == []
    assert spans("The deaths -- a grim toll -- prompted neighboring regions to close off roads into Chechnya.") == [
        ("parenthetical", "-- a grim toll --")]


def test_a_parenthetical_that_limits_when_the_claim_holds_stays() -> None:
    """A strict reading of basil-dev compressions rated "has suspended [-- at least for now
    --] his administration's decision" borderline: without it the suspension reads final."""
    text = "Trump announced that he has suspended -- at least for now -- the decision to reverse the ban."
    assert ("parenthetical", "-- at least for now --") not in spans(text)
    other = "Trump announced that he has suspended -- in a brief statement -- the decision to reverse the ban."
    assert ("parenthetical", "-- in a brief statement --") in spans(other)


def test_a_that_clause_restricts_even_after_a_comma() -> None:
    """Set 29's reading: "a cable, which has not been made public, [that summarized an
    emergency meeting ...]" lost what the cable said. A "which" clause after a comma goes."""
    restricted = ("The warning was a classified cable, which was sent in August, that summarized an emergency "
                  "meeting in Benghazi.")
    assert not any(text.startswith(", that") for _, text in spans(restricted))
    assert ("relative clause", ", which was sent in August") in spans(restricted)
    assert ("relative clause", ", which summarized an emergency meeting in Benghazi") in spans(
        "The warning was a classified cable sent in August, which summarized an emergency meeting in Benghazi.")


def test_an_appositive_holding_a_verb_of_a_list_is_no_aside() -> None:
    """"the nation's currency, the real, and stem capital flight,": the parser hung the second
    aim ("and stem capital flight") inside the appositive "the real"; deleting it lost that aim."""
    sentence = ("In an effort to prevent a collapse of the nation's currency, the real, and stem capital flight, "
                "interest rates were hiked to 50 percent a year.")
    assert not any("stem" in text for _, text in spans(sentence))


def test_what_answers_a_how_clause_stays() -> None:
    """"the theory about how the company discriminated [-- through a central policy ... --]":
    the aside is the how."""
    how = ("Justice Anthony M. Kennedy said the theory about how the company discriminated -- through a central "
           "policy conferring local discretion -- was internally inconsistent.")
    assert spans(how) == []
    other = ("Justice Anthony M. Kennedy said the theory about the company -- a central policy conferring local "
             "discretion -- was internally inconsistent.")
    assert any(kind == "parenthetical" for kind, _ in spans(other))

