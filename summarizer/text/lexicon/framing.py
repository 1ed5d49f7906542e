"""Words of a reporter's framing: what a writer adds to the facts when the sentence itself says
what they mean, why someone acted, how likely something is, or what kind of person someone is
("perhaps his last remaining advantage", "in an apparent bid to", "a clear sign that",
"widely seen as", "better-liked rivals"). Read by ``nlp.framing``, which keeps only the uses in
a sentence's own voice (outside quotation marks, not governed by a verb of saying).

The judging adjectives come from a well-kept library's subjectivity lexicon: the English
lexicon of TextBlob (``textblob/en/en-sentiment.xml``, from the Pattern project, De Smedt &
Daelemans), adjectives tagged per WordNet sense with a polarity and a subjectivity. An
adjective judges when *every* sense the lexicon lists is subjective (``JUDGING_SUBJECTIVITY``)
and its senses are strongly polar on average (``JUDGING_POLARITY``). That lexicon was built on
product and movie reviews, so each such word was then read for its sense in news: the words
whose usual news sense is a plain fact are left out (``NEWS_SENSE``: "deadly storm",
"violent clashes", "crude oil", "popular vote", "the president-elect", "his own party").
The other lists are chosen from general knowledge of news writing, with the uses wire copy
needs kept out (the reason stands beside each list).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Adverbs by which the writer weighs what the sentence states: how likely ("perhaps his
#: last remaining advantage", "arguably the greatest step") or how plain it is ("he clearly
#: was too frightened to vote"). Not "probably", "likely", "apparently", "possibly": wire
#: copy forecasts and infers with them ("the toll will probably rise", "apparently killed by
#: rival groups"), a plain report of what is known and not known; nor "seemingly" and
#: "evidently", which wire copy uses the same way ("the storm, seemingly anchored off
#: Honduras", "evidently because of a sensitive switch").
SPECULATION_ADVERBS = _words(
    "perhaps arguably conceivably presumably maybe undoubtedly unquestionably indisputably "
    "surely obviously clearly ostensibly")
#: "may well", "might well", "could well", "may ultimately", "may soon": after a modal of
#: possibility, the writer's own forecast ("may soon be dismissed, considering the tenor of
#: the arguments", "may ultimately side with the plaintiffs").
SPECULATION_DEGREE = _words("well ultimately eventually soon")
#: Heads a speculation adverb may hedge as an estimate, not a judgement ("perhaps two more
#: weeks", "perhaps as many as 400", "possibly as soon as Friday").
ESTIMATE_WORDS = _words(
    "as many much soon early late few several dozen dozens hundreds thousands millions "
    "weeks months years days hours minutes percent")
#: Heads of "clearly" in its manner sense ("failed to clearly explain the
#: law", "a replay clearly showing interference"): how something was shown or said.
MANNER_HEADS = _words(
    "explain show see say state define mark indicate visible hear speak read write display "
    "label identify spell communicate outline articulate understand")

#: Nouns of a purpose the writer ascribes ("in an apparent bid to", "a thinly veiled attempt").
MOTIVE_NOUNS = _words("bid attempt effort move ploy gambit ruse maneuver manoeuvre tactic")
#: Modifiers that make a purpose the writer's reading ("apparent", "transparent", "desperate").
#: Without one ("in a bid to end the strike") wire copy states a declared aim: left.
MOTIVE_QUALIFIERS = _words(
    "apparent obvious transparent thinly-veiled veiled desperate cynical naked blatant "
    "calculated clear")
#: Purposes that judge whoever has them, with or without a modifier.
SCHEMING_NOUNS = _words("ploy gambit ruse")
#: Words that, opening a sentence with "to", give the subject's purpose as the writer reads
#: it ("Trying to claw his way back to the top, Mr. Christie took a swipe at ...", "Eager to
#: bolster the sagging economy, Cardoso wants ..."). Not "struggling": an effort one sees.
MOTIVE_OPENERS = _words("trying hoping eager anxious desperate scrambling seeking looking keen")

#: Nouns by which the writer says what an event means ("a clear sign that", "the strongest
#: rebuke to date", "a tacit admission"). Counted when the sentence makes the event one
#: (``nlp.framing``) and does not deny it ("there was no sign of"); "victory" and "defeat"
#: are left out (an election's result).
SIGNIFICANCE_NOUNS = _words(
    "sign signal indication reminder admission rebuke repudiation blow setback embarrassment "
    "coup watershed harbinger")
#: Of these, the nouns that also name plain evidence ("bearing signs of torture", "a sign
#: of coronary disease", "an indication of the government's chances"): the writer's reading
#: only with a "that" clause, a modifier ("a clear sign", "the clearest signal yet") or as
#: the frame of the whole sentence ("In a sign of cooperation, ...").
EVIDENCE_NOUNS = _words("sign signal indication reminder")
#: Verbs that make their object the meaning of their subject ("marked the strongest rebuke",
#: "amounts to an admission", "dealt a blow").
SIGNIFICANCE_VERBS = _words("mark represent constitute amount deal deliver send signal")
#: Verbs of comment: an event or a thing that "underscores" or "highlights" something is the
#: writer's reading of it ("The controversy underscores State Department concerns"). A
#: person who highlights something did it ("Obama highlighted his plan"): not counted.
COMMENT_VERBS = _words("underscore underline highlight illustrate epitomize exemplify")
#: Verbs and objects by which an event or a thing "raises questions" or "poses doubts": the
#: writer's reading of it when no person raises them ("The timing of the release raises its
#: own set of questions"); a senator who raised questions asked them.
QUESTIONING_VERBS = _words("raise pose prompt")
DOUBT_NOUNS = _words("question doubt")
#: Verbs of seeming that a thing "makes" something do: how the writer reads its effect
#: ("The additions make the offer appear less of a compromise and more of a wish list").
SEEMING_VERBS = _words("appear seem")

#: Labels that cast doubt on the label ("a self-styled visionary"). "so-called" is left: in
#: wire copy it introduces a term ("the so-called browser software"); so is "self-appointed",
#: which wire copy uses for a body's own role ("the military, self-appointed guardians of
#: Turkey's secular system").
DOUBTING_LABELS = _words("self-described self-styled self-proclaimed self-titled")
#: Verbs of a view that, passive and with no one holding it, give a view of no one as a
#: fact ("courts that are widely seen as loyal", "has been seen as one of the leading
#: opponents"); with an agent ("seen as a provocation by the Palestinians") it is theirs.
VIEW_VERBS = _words("see view regard perceive consider believe think deem")
#: Subjects that name nobody in particular: "what critics call a ban" gives a label of
#: no one in particular.
ANONYMOUS_GROUPS = _words("critic critics opponent opponents detractor detractors observer observers "
                          "some many others")

#: Participles of regard that, in a comparative compound, rank people by how they are liked
#: ("better-liked rivals", "best-loved", "less-respected"): a judgement of standing.
REGARD_PARTICIPLES = _words("liked loved hated regarded respected admired trusted despised feared "
                            "disliked")
#: The compounds' first words.
COMPARATIVE_PREFIXES = _words("better best worse worst less least more most well")
#: Adverbs that make a superlative of an adjective: such a ranking is a report's judgement
#: ("one of the [most influential] progressive organizations in Washington"), where a
#: measured one is written with -est ("Sweden's second-largest city").
SUPERLATIVE_ADVERBS = _words("most least")

#: Kinds of report whose sentences are the writer's or the paper's view, not reported fact:
#: named in a headline's label ("Opinion | ...", "Editorial: ...") or in the wire's opening
#: ("The New York Times said in an editorial for Sunday, Nov. 1: ...").
OPINION_KINDS = _words("editorial editorials op-ed opinion commentary column")

#: The TextBlob thresholds (``JUDGING_ADJECTIVES``): every sense at least this subjective ...
JUDGING_SUBJECTIVITY = 0.9
#: ... and the senses' polarity, in absolute value, at least this on average.
JUDGING_POLARITY = 0.6
#: Looser thresholds, on the average over an adjective's senses, for words a fusion would
#: lend from another report (``framing.leaning_adjectives``): "charismatic" (1.0, 0.5) and
#: "confident" (0.83, 0.5) lean; "key" (1.0, 0.0), "powerful" (1.0, 0.3) do not.
LEANING_SUBJECTIVITY = 0.8
LEANING_POLARITY = 0.5
#: Adjectives by which a writer grades how committed someone is to a cause ("an [ardent]
#: defender of women's rights", "an [outspoken] critic of the president"): one outlet's
#: portrait, which TextBlob's lexicon (built on reviews) mostly lacks; lent by no fusion.
ZEAL_ADJECTIVES = _words(
    "ardent outspoken staunch fierce fervent vocal vociferous zealous die-hard rabid strident passionate "
    "tireless relentless fiery")
#: Adjectives the TextBlob rule selects whose usual news sense is a plain fact, a
#: reported feeling, or part of a name: read one by one, left out.
NEWS_SENSE = _words(
    "abundant acute affirmative affluent afraid aghast appalled apt artesian artificial base "
    "blasted bleak disgusted honest "
    "bloody cast-iron catching chicken chilly cold crude cutting dangerous deadly desperate "
    "devastating distraught doubtful elect enthusiastic erotic exceptional experienced fair favored "
    "fearful first-string fly frigid full-fledged greatest grievous grim happy hate "
    "hazardous ideal impossible impressed inconvenient insane intelligent kind lively mad numb "
    "optimum outraged own painful perfect popular pretty proud rank repellent rose "
    "spontaneous successful superior unhampered uncommon unhappy unprecedented violent "
    "welcome worst")
