"""Words that decide what a compression may delete (``generation/compress/constituents.py``):
a phrase that completes its verb stays, one that tells when may go, and an adverb of aspect
stays because deleting it moves the claim in time."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Prepositions that usually head a verb's complement ("moved to", "went to", "described him
#: as gaffe-prone", "used his belt as a tourniquet"), not an optional modifier, or name who
#: else acts ("Bruning, [along with Attorney General Scott Pruitt,] argue": the verb agrees
#: with both): a PP they head is never deleted.
COMPLEMENT_PREPOSITIONS = _words("to into onto as along together")
#: Words that set a condition on the claim beside the conditionals ("got the backing of two
#: parties[, on condition that his government stick to secular principles]", "released Liu[,
#: provided he go into exile,]"): deleting the condition makes the claim unconditional.
CONDITION_WORDS = _words("provided providing condition conditions")
#: Nouns of "in ... for" that make the phrase a deal's condition ("would vote to end the
#: shutdown[, in exchange for Republicans' commitment to ...]"): the claim's terms stay.
EXCHANGE_NOUNS = _words("exchange return")
#: Adverbs of aspect: deleting one moves the claim in time ("[already] knew", "[still] searching").
ASPECT_ADVERBS = _words("already still yet again anymore once formerly previously")
#: Prepositions of a phrase that tells when ("[after the long talks]"): a circumstance of
#: the verb, which a compression may delete when the verb has its complement besides.
TIME_PREPOSITIONS = _words("after before during since until amid following")
#: Words that open a dashed or bracketed aside telling when ("The remarks in Brussels [--
#: before the cuts were made --] gave no hint"): the moment is the point, so the aside stays.
WHEN_OPENERS = TIME_PREPOSITIONS | _words("when while as")
#: Words that open an aside adding to what precedes it ("The deaths [-- and the ostentatious
#: display of the heads by killers --] prompted ..."): a part of the subject, not an aside.
ADDING_OPENERS = _words("and or nor")
#: Pronouns that stand for one person named before them ("did not name [him]"; the singular
#: personal ones of the lexicon's ``PRONOUNS``): a compression keeps the one name they can
#: stand for.
PERSON_PRONOUNS = _words("he him his she her")
#: Prepositions of a phrase that tells by what means or why ("[By lying under oath,] Clinton
#: made it necessary for the House to consider impeachment"): the cause is often the point
#: of the sentence, and without it a report's reasoning reads as a bare claim; or under
#: what terms ("[Under the GOP bill,] minors would face stiffer consequences": without it
#: a proposal reads as the law); or over what ("protesters gathered[, over the law,]").
REASON_PREPOSITIONS = _words("by because under over")
#: Adverbs that say how close a claim comes to true: deleting one makes it false ("has been
#: [nearly] completed for months").
APPROXIMATORS = _words("nearly almost virtually practically roughly approximately about")
#: Adverbs that set a claim's scope or order: deleting one changes it ("they [only] complied
#: when legally bound", "when she [first] learned").
FOCUS_ADVERBS = _words("only merely solely just even first")
#: Adverbs of frequency: deleting one makes a sometimes-claim an always-claim ("glasses
#: [often] give him a mien of severity").
FREQUENCY_ADVERBS = _words("often usually sometimes occasionally frequently generally typically normally")
#: Phrases that do the same, or set a claim at its first moment only: deleting one makes it
#: general ("[At times,] Biden repeatedly butted in"; "[At first,] the bicyclist thought").
QUALIFYING_PHRASES = ("at first", "at one point", "at other times", "at times", "for now", "for the most part",
                      "in general", "in part", "in some cases", "on occasion", "at the time", "at that time",
                      "by then", "until then")  # phrases: a tuple, as POINTING_OPENERS
#: Where a claim comes from ("[In the poll,] Gingrich garnered 11 percent", "[In court papers
#: filed on Friday,] prosecutors said", "[At his announcement,] Mr. Christie sought", "[At a
#: state dinner,] Yeltsin made rambling remarks": where he said them is the story): a
#: phrase on one of them gives the claim's source or occasion.
SOURCE_NOUNS = _words("poll survey statement report interview study letter filing papers memo documents "
                      "testimony complaint indictment affidavit ruling transcript data figures "
                      "announcement speech rally hearing briefing conference dinner banquet reception "
                      "appearance meeting summit ceremony session debate")
#: Units that leave the scale open ("600 degrees": Celsius or Fahrenheit?): a conversion in
#: brackets after one says which, so it stays.
OPEN_UNITS = _words("degree degrees ton tons")
#: Relative pronouns whose clause restricts its noun, comma or not ("a cable, which has not been
#: made public, [that summarized an emergency meeting]"): never deleted as an aside.
RESTRICTIVE_RELATIVES = _words("that")
#: Prepositions of an absolute phrase ("[with much of the money coming from a campaign account]"):
#: with a participle telling of their noun, a fact of its own (``phrases.states_a_fact``).
ABSOLUTE_PREPOSITIONS = _words("with without")
#: Adverbs that open a clause asking how or why ("the theory about [how] the company
#: discriminated"): what modifies or follows that clause answers it (``phrases.answers_how_or_why``).
MANNER_QUESTIONS = _words("how why")
#: Nouns of places besides ``lexicon.PLACE_NOUNS`` ("Casper[, the capital of Wyoming's oil
#: belt,]"): a description headed by neither is of no place, whatever the small model tags the
#: name ("Suharto[, Indonesia's iron-fisted ruler]", "Renong[, a major conglomerate]", tagged
#: places), so it says who or what the name is and stays.
SETTLEMENT_NOUNS = _words("capital village port district territory republic kingdom enclave suburb "
                          "resort peninsula continent archipelago metropolis municipality hub outpost base")
