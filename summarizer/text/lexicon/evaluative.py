"""Words of judgement: a reporter's own sentence that uses one of them tells the reader what
to think of what it names ("his tirade", "one of the silliest traditions", "a bombastic
host"). Quoted, or with the speaker named in the sentence, they are someone's view; in the
brief's own voice they are an outlet's framing stated as fact (``nlp.voice``).

Chosen from general knowledge of opinion writing, not from any annotated corpus: words whose
every news sense judges (ridicule, scorn, praise, emotional overstatement), in the forms a
sentence uses them. Words with a plain factual sense in news are left out ("powerful
earthquake", "devastating flood", "blast" of a bomb, "controversial", "radical").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Ridicule and contempt: what the writer thinks of a person, an idea or an event.
CONTEMPT = _words(
    "silly sillier silliest absurd absurdly absurdity ridiculous ridiculously laughable "
    "laughably ludicrous ludicrously preposterous farcical farce idiotic moronic stupid "
    "stupidity dumb dumbest clueless inept ineptitude pathetic pathetically pitiful "
    "shameful shamefully shameless shamelessly disgraceful disgracefully despicable vile "
    "loathsome contemptible sleazy smarmy smug smugly arrogant arrogantly pompous bombastic "
    "blowhard buffoon buffoonery clownish clown clowns goofy kooky wacky nutty loony "
    "crackpot unhinged deranged demagogue demagogues demagoguery rabble-rouser "
    "rabble-rousing firebrand cronyism lackey lackeys stooge stooges sycophant sycophantic "
    "toady hypocrite hypocrites hypocrisy hypocritical cynically craven cowardly spineless "
    "gutless brazen brazenly blatant blatantly egregious egregiously reckless recklessly "
    "callous callously heartless mean-spirited petty pettiness vindictive bigoted bigotry "
    "hateful odious repugnant sham bogus phony baloney nonsense drivel hogwash claptrap "
    "gibberish boondoggle debacle fiasco fiascos meltdown stunt stunts gimmick gimmicks "
    "charade pandering pander panders grandstanding grandstand fearmongering scaremongering "
    "hysteria hysterical alarmist whining whiny tone-deaf half-baked harebrained "
    "cockamamie cliche cliches cliched cliché clichés clichéd hackneyed trite platitude platitudes"
)
#: Attack and outburst words that describe speech by how the writer judges it.
OUTBURST = _words(
    "tirade tirades rant rants ranted ranting screed screeds diatribe diatribes harangue "
    "harangued broadside broadsides tongue-lashing lambast lambasted lambasting lambaste "
    "lambastes lambasting berate berated berating excoriate excoriated excoriating "
    "eviscerate eviscerated eviscerating skewer skewered skewering slam slams slammed "
    "slamming bash bashed bashing spew spewed spewing gloat gloated gloating sneer sneered "
    "sneering bluster blustered blustering swipe swipes swiped swiping"
)
#: Praise and emotional overstatement in the writer's voice.
OVERSTATEMENT = _words(
    "shocking shockingly stunning stunningly jaw-dropping eye-popping mind-boggling "
    "staggering astonishing astonishingly outrageous outrageously scandalous appalling "
    "appallingly disgusting disgusted horrifying horrendous atrocious abysmal dismal "
    "disastrous disastrously catastrophically embarrassing embarrassingly humiliating "
    "humiliation cringeworthy cringe-worthy heroic heroically brilliant brilliantly "
    "masterful masterfully genius visionary legendary glorious magnificent admirable "
    "admirably laudable praiseworthy courageous courageously valiant gallant noble "
    "shrewd savvy whopping paltry measly lavish extravagant exorbitant bombshell "
    "firestorm furor frenzy feeding-frenzy"
)
#: Sentence adverbs by which the writer comments on what the sentence states.
COMMENT_ADVERBS = _words(
    "unfortunately fortunately sadly thankfully mercifully ironically predictably "
    "conveniently tellingly laughably inexplicably bizarrely curiously oddly surely "
    "undoubtedly unquestionably obviously arguably frankly admittedly needless"
)

#: Every evaluative word.
EVALUATIVE_WORDS = CONTEMPT | OUTBURST | OVERSTATEMENT | COMMENT_ADVERBS
#: Verbs that give a label as someone's ("critics called the plan a fiasco", "she described
#: the talks as a farce", "some perceived the election as a repudiation"), beside the verbs
#: of saying: a judgement they govern is the subject's.
LABELLING_VERBS = _words("call calls called calling dub dubs dubbed label labels labelled labeled "
                         "brand brands branded deem deems deemed consider considers considered "
                         "denounce denounced condemn condemned decry decried dismiss dismissed "
                         "criticize criticized criticise criticised praise praised see saw sees "
                         "view views viewed regard regards regarded perceive perceives perceived")
#: Nouns of saying and thinking: what their "that" clause says is the holder's ("complaints
#: that the conditions are inhumane", "concerns that the visit might be seen as a step").
VOICING_NOUNS = _words(
    "complaint claim allegation accusation charge assertion argument view belief fear concern "
    "speculation hope suggestion worry warning criticism statement remark comment contention")
#: Words that give a statement as heard, not known ("Officials were reportedly furious"):
#: with no source in the sentence the reader has nobody to weigh.
HEARSAY_WORDS = _words("reportedly")
#: Sources of figures, not of views: "a staggering 55 percent ..., according to a poll" gives
#: the poll's figure in the writer's words; the poll judged nothing.
DATA_SOURCES = _words("poll polls survey surveys data figures statistics census study studies estimate "
                      "estimates tally count records analysis")
