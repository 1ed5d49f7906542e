"""Where another report's detail goes in the base: the base's one token naming what the
donor's words name (the same name, "Yeltsin" / "Boris Yeltsin"; the same noun with the same
modifiers), and whether it is free to take a description (no appositive, clause, title that
says it already, or phrase a description would part it from).

``insertions.py``, ``details.py``, ``modifiers.py`` and ``places.py`` anchor their details
with these; ``fusion.name_donors`` finds the names a base mentions bare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import WH_TAGS
from summarizer.generation.compress.phrases import CIRCUMSTANCE_ENTITIES, PLACE_ENTITIES, says_there
from summarizer.generation.moments import CLAUSES
from summarizer.text.lexicon import NAMING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

#: Modifiers that say which thing a noun names: two versions' nouns are one referent only
#: when these agree ("the 1999 budget" is not "the defence budget").
NOUN_MODIFIERS = frozenset({"compound", "amod", "poss", "nummod"})
#: Dependencies of a verb's nominal subject (two of one verb: an aside the parser misread).
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Tags of a participle opening a description set off after a name ("Pelosi, long
#: considered ...": the parser reads some as a past tense, VBD).
PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})


def bare_definite(noun: "Token", before: int | None = None) -> bool:
    """"the leader", "the winner": a definite description with nothing that says which one
    (children before ``before`` only, when given); it names whom it names in the donor's
    context only ("behind the leader, Mitt Romney" is this year's polls, not 2008's)."""
    own = [c for c in noun.children if (before is None or c.i < before) and not c.is_punct]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in own) and all(c.dep_ == "det" for c in own)


def described_after(base: "Doc", anchor: int) -> bool:
    """A comma and a noun phrase, a clause or a participle follow the anchor: most likely a
    description the parser did not hang on it ("Shepard, a 21-year-old freshman," read as
    the subject; "Ms. Pelosi, long considered a ... powerhouse", the participle read as the
    main verb's); a second one set off by commas would stack two."""
    after = base[anchor + 2] if anchor + 2 < len(base) else None
    return after is not None and base[anchor + 1].text == "," and \
        (after.pos_ in ("DET", "NUM") or after.tag_ in WH_TAGS or after.dep_ in ("appos", "poss") or
         _participle_at(base, after.i) or after.pos_ == "ADV" and _participle_at(base, after.i + 1))


def _participle_at(doc: "Doc", index: int) -> bool:
    """A past or present participle (or a past form the parser read in its place) whose
    phrase does not take a subject of its own before it: a participial description."""
    return index < len(doc) and doc[index].tag_ in PARTICIPLE_TAGS and \
        not any(c.dep_ in NOMINAL_SUBJECTS for c in doc[index].children if c.i < index)


def nominal_line(token: "Token") -> list["Token"]:
    """The token and its ancestors up to the first verb: the noun phrases it stands in (a
    verb coordinated above it, "demonstrate ... and carry the war into Congo, Africa's
    third-largest nation", makes no list of the name)."""
    out = []
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            break
        out.append(t)
    return out


def reported_by(token: "Token", before: bool = False) -> frozenset[str]:
    """The lemmas of the verbs whose complement clause holds the token (what someone is
    reported to have said, denied, announced ...), and "according" when a verb above it
    takes "according to" (the whole clause is that source's account); only those before
    it with ``before``."""
    verbs = {t.head.lemma_.lower() for t in token.ancestors if t.dep_ == "ccomp" and (not before or t.head.i < token.i)}
    sources = {"according" for t in (token, *token.ancestors) for c in t.children
               if c.dep_ == "prep" and c.lower_ == "according" and c.i != token.i and (not before or c.i < token.i)}
    return frozenset(verbs | sources)


def in_aside(base: "Doc", anchor: int, kind: str = "appositive", span: "SpacySpan | None" = None) -> bool:
    """The anchor stands in an aside, where a description set off after it would land: one
    of two subjects of its verb, the end of a subject's relative clause before the verb
    (``_ends_the_subjects_clause``), an aside the parser read as the main clause ("The courts,
    Microsoft will emphasize, steer clear of ..."), or, for a clause or phrase (``kind``)
    with no noun of its own to say whom it describes, inside another name's appositive,
    whose description it would seem to continue ("Stephen Case, the chairman of America
    Online[, known as an on-ramp to the Internet ...,]" reads as Case's; "eastern Congo[,
    Africa's third-largest nation]" names a nation); or, for any kind, inside a participial
    phrase set off by a comma that describes another noun, or naming the noun such a phrase
    describes ("called", "named"): a description after it stacks on that one ("a Marxist
    faction, known as the Communist Refounding Party[, a fringe Marxist group,]"; "the first
    American module, a docking hub called Unity[, the first American-made component]"); or,
    for a detail with no noun of its own to say what it describes (an age, ``span``), at the
    end of an "of" phrase of another noun, whose detail it could be ("The wife of former
    Chilean dictator Augusto Pinochet[, 82,]")."""
    token = base[anchor]
    nounless = span is not None and not any(t.pos_ in ("NOUN", "PROPN") for t in span)
    if nounless and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return True  # it ends another noun's phrase: "The wife of ... Augusto Pinochet[, 82,]" (whose age?)
    if _ends_the_subjects_clause(base, anchor):
        return True
    return token.dep_ in NOMINAL_SUBJECTS and sum(c.dep_ in NOMINAL_SUBJECTS for c in token.head.children) > 1 or \
        kind != "appositive" and any(a.dep_ == "appos" for a in token.ancestors) or \
        any(a.dep_ == "acl" and (a.left_edge.i > 0 and base[a.left_edge.i - 1].text == "," or a.lemma_ in NAMING_VERBS)
            for a in token.ancestors)


def _ends_the_subjects_clause(base: "Doc", anchor: int) -> bool:
    """The anchor ends a relative clause of a subject, right before the subject's verb: a
    description set off there stands between the subject and its verb, where it reads as
    the subject's ("At least one GOP insider who had direct contact with Steele[, a former
    lieutenant governor of Maryland,] told the Washington Post")."""
    verb = base[anchor + 1] if anchor + 1 < len(base) else None
    return verb is not None and any(
        a.dep_ == "relcl" and a.right_edge.i == anchor and a.head.dep_ in NOMINAL_SUBJECTS and
        (verb.i == a.head.head.i or verb.head.i == a.head.head.i and verb.dep_ in ("aux", "auxpass", "neg"))
        for a in base[anchor].ancestors)


def splits_phrase(base: "Doc", anchor: int) -> bool:
    """A word after the anchor belongs to a noun phrase the anchor's phrase is part of: a
    description set off after it would part them ("Kindu, the town in eastern Congo[,
    Africa's third-largest nation,] used by the government": what was used?); or an adverb
    set off by commas follows it (", though,"): a clause put between would seem to own it
    ("North Korea[, which has been crippled by food shortages], though, saying ...")."""
    if anchor + 2 < len(base) and base[anchor + 1].text == "," and base[anchor + 2].pos_ == "ADV" and \
            anchor + 3 < len(base) and base[anchor + 3].is_punct:
        return True
    if anchor + 1 >= len(base) or base[anchor + 1].is_punct:
        return False
    nxt = base[anchor + 1]
    return nxt.head.pos_ in ("NOUN", "PROPN") and nxt.head.is_ancestor(base[anchor])


#: Entity types of a phrase after the anchor that an appositive set off before it would seem
#: to own: a time ("investigating Grimm[, the only Republican in the delegation,] two years
#: ago": the only one then?). A place is the act's ("captured Ocalan[, the rebel leader,] in Rome").
APPOSITIVE_STRANDS = frozenset({"DATE", "TIME"})
#: Dependencies of a phrase of the verb (where, when, how, why) that may follow its object.
VERB_PHRASES = frozenset({"prep", "advmod", "npadvmod"})


def strands_modifier(base: "Doc", anchor: int, kind: str) -> bool:
    """A phrase of the verb follows the anchor, in the verb's object: a clause set off
    between would seem to own it ("to face Blumenthal[, who is seeking the seat being vacated
    by Dodd,] in November": Dodd leaving in November?; "apologized to Grassley[, who plans to
    seek a seventh term in 2016,] in person", read borderline in set 26a), and an appositive
    a time (``APPOSITIVE_STRANDS``); a noun phrase before a place or a phrase of manner reads
    as the verb's ("captured Ocalan[, the rebel leader,] in Rome"). Before the verb, a
    subject's clause parts a phrase of when or where only ("Sharon[, who ...,] on Sunday
    said"), not an adverb ("also said")."""
    if anchor + 1 >= len(base) or base[anchor + 1].is_punct:
        return False
    nxt = base[anchor + 1]
    while nxt.head.pos_ not in ("VERB", "AUX") and nxt.head.i > anchor and nxt.head.left_edge.i == anchor + 1:
        nxt = nxt.head  # the phrase the word opens ("[two years ago]", "ago" hung on the verb)
    verb = nxt.head
    if verb.pos_ not in ("VERB", "AUX") or not verb.is_ancestor(base[anchor]) or nxt.dep_ not in VERB_PHRASES:
        return False
    objects = [c for c in nxt.children if c.dep_ == "pobj"] if nxt.dep_ == "prep" else list(nxt.subtree)
    after_verb = verb.i < anchor  # in the verb's object; a subject's clause before "also said" parts nothing
    if kind in CLAUSES:
        return after_verb or any(t.ent_type_ in CIRCUMSTANCE_ENTITIES for t in objects)
    return kind == "appositive" and after_verb and any(t.ent_type_ in APPOSITIVE_STRANDS for t in objects)


#: Demonstratives that, standing alone as a clause's subject or object, sum up what came before.
SUMMING_UP = frozenset({"that", "this"})
#: Their roles as a noun phrase of their own ("[that]'s what Ryan had argued", "and [this] is").
PRONOUN_ROLES = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "pobj"})


def summed_up_after(base: "Doc", anchor: int) -> bool:
    """A later clause of the base sums up what came before with a bare "that" or "this"
    ("Pelosi has led House Democrats since 2003, and [that]'s what Ryan had argued is the
    problem"): a description set off after the anchor would be taken into what it sums up
    (the fundraising Ryan's problem too?)."""
    breaks = [t.i for t in base[anchor + 1:] if t.text in (",", ";", "--", "—")]
    return bool(breaks) and any(t.lower_ in SUMMING_UP and t.tag_ == "DT" and t.dep_ in PRONOUN_ROLES
                                for t in base[breaks[0] + 1:])


def lends_a_there(base: "Doc", anchor: int, span: "SpacySpan") -> bool:
    """The lent words name something ("[a political science dropout from Ankara University]")
    before a "there" of the base, which pointed to a place named in the base's report: the
    reader would take the lent name for it ("is being tried in absentia there"). A name lent
    to a place the base gives in a phrase refines what "there" points to ("born in Casper[,
    Wyo.,] and attended school there")."""
    return base[anchor].dep_ != "pobj" and any(t.pos_ == "PROPN" for t in span) and says_there(base[anchor + 1:])


def in_brackets(doc: "Doc", i: int) -> bool:
    """Token ``i`` stands inside an open bracket ("Zarya (Russian for Sunrise[, which ...])")."""
    return sum(t.text == "(" for t in doc[:i]) > sum(t.text == ")" for t in doc[:i])


def same_noun(base: "Doc", noun: "Token") -> int | None:
    """The base's one token naming what ``noun`` names (same lemma, same modifiers), with
    nothing after it in its phrase; None otherwise."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None

    def modifiers(token: "Token") -> set[str]:
        return {c.lower_ for c in token.children if c.dep_ in NOUN_MODIFIERS}

    hits = [t for t in base if t.lemma_ == noun.lemma_ and t.pos_ == noun.pos_]
    if len(hits) != 1 or modifiers(hits[0]) != modifiers(noun) or hits[0].right_edge.i != hits[0].i or \
            hits[0].dep_ in ("compound", "nmod", "poss", "amod"):
        return None  # (a noun modifying another, "AARP [legal director]": a clause would split them)
    if any(c.dep_ in ("relcl", "acl", "appos") for c in hits[0].children):
        return None
    return hits[0].i


def has_appositive(name: "Token", title_ok: bool = False) -> bool:
    """The name already has an appositive, or is one ("the leader, Deniz Baykal,"), is
    coordinated ("Brazil and the IMF": an appositive there reads as a third party), has a
    relative clause or any phrase after it (it would then read as the appositive's:
    "Martha Raddatz, a reporter, of ABC News"), has a title (unless ``title_ok``: the caller
    checks that the description says something else, ``retitles``), or modifies another
    noun ("the Microsoft trial", "Ranariddh's party": an appositive there splits the phrase)."""
    return name.dep_ in ("appos", "conj", "compound", "poss", "nmod") or name.head.dep_ == "appos" or \
        any(c.dep_ == "case" for c in name.children) or \
        any(c.dep_ in ("appos", "conj", "cc", "relcl") or c.i > name.i and not c.is_punct
            for c in name.children) or (not title_ok and titled(name))


def retitles(name: "Token", span: "SpacySpan") -> bool:
    """The name's title says a content word the description says ("President Carlos
    Flores[, the Honduran president,]", "Majority Whip Steve Scalise[, the whip,]"): who he
    is, said twice. A description of something else may follow a title ("Prime Minister
    Rafik Hariri, the business tycoon,")."""
    doc = name.doc
    title = {t.lemma_.lower() for t in doc[name.left_edge.i:name.i]
             if t.ent_type_ != "PERSON" and not t.is_stop and not t.is_punct}
    return bool(title & {t.lemma_.lower() for t in span if not t.is_stop and not t.is_punct})


def titled(name: "Token") -> bool:
    """The name already carries a title ("Majority Whip Steve Scalise", "Former Rep. Jesse
    Jackson Jr."): an appositive would say it again. A measure is no title ("the 36-foot,
    25,000-pound Unity" says how big, not what it is)."""
    return any(c.dep_ in ("compound", "amod") and c.i < name.i and not c.ent_type_ == "PERSON"
               and not (c.ent_type_ and c.ent_type_ == name.ent_type_)  # "Communist [Party]"
               and not any(g.like_num for g in c.subtree)
               for t in [name, *name.children] if t.ent_type_ == "PERSON" or t is name
               for c in t.children)


def same_name(base: "Doc", head: "Token") -> int | None:
    """The base's one token ending the name ``head`` ends, with the same words, or for a
    person the shorter name's words ending the longer one ("Yeltsin" / "Boris Yeltsin"; not
    "the House" / "the White House", nor "Communist Refoundation Party" / "Communist
    Refounding Party")."""
    if head.pos_ != "PROPN":
        return None
    hits = [t for t in base if t.text == head.text and t.pos_ == "PROPN"]
    if len(hits) != 1 or (hits[0].i + 1 < len(base) and base[hits[0].i + 1].pos_ == "PROPN"):
        return None
    if _hyphenated(hits[0]):
        return None  # part of a word, not the name: "newspapers that are normally pro-Mahathir[, 72,]"
    if _bygone(head) != _bygone(hits[0]):
        return None  # "the former Communists" (a party since renamed) are not "Italy's Communists"
    if _another_part(hits[0], head):
        return None  # "eastern Congo" is not "Congo, Africa's third-largest nation"
    mine, theirs = name_words(hits[0]), name_words(head)
    if mine == theirs:
        return hits[0].i
    shorter = min(len(mine), len(theirs))  # a surname alone names the person, not "the House"
    longer = hits[0] if len(mine) > len(theirs) else head
    person = longer.ent_type_ == "PERSON"
    return hits[0].i if person and mine[-shorter:] == theirs[-shorter:] else None


def _another_part(mine: "Token", theirs: "Token") -> bool:
    """A place one version names with a modifier the other lacks: a part of it ("eastern
    Congo"), or the whole the other version's part belongs to."""
    def modifiers(token: "Token") -> set[str]:
        return {c.lower_ for c in token.children if c.dep_ == "amod"}

    places = {mine.ent_type_, theirs.ent_type_} & PLACE_ENTITIES
    return bool(places) and modifiers(mine) != modifiers(theirs)


def _hyphenated(token: "Token") -> bool:
    """The token is joined by a hyphen to the word before or after it ("pro-Mahathir")."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ or \
        i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_


#: Words that date a name or a title to the past: a group's or a body's name ("the former
#: Communists"), or the words before a donor's title ("then-Senator Obama", ``modifiers``).
BYGONE = frozenset({"former", "ex", "then", "erstwhile", "onetime"})


def _bygone(name: "Token") -> bool:
    """A name that is no person's, marked as one of the past: a person called "former
    Senator Smith" is still Smith, a party called "the former Communists" is another body."""
    return name.ent_type_ != "PERSON" and any(c.lower_ in BYGONE for c in name.children)


def name_words(last: "Token") -> list[str]:
    """The words of the name ``last`` ends: it and the proper nouns compounded before it."""
    words = [last.text]
    for token in reversed(last.doc[:last.i]):
        if token.pos_ != "PROPN" or token.dep_ != "compound" or not last.is_ancestor(token):
            break
        words.insert(0, token.text)
    return words


def next_to(appositive: "Token") -> bool:
    """The appositive follows its head and a comma directly ("Kerry, the secretary,",
    "Brazil, the continent's ..."): with words between them the parser's head is a guess
    ("the complex, which is being built near Yongbyon, the former research center,"
    describes Yongbyon; "Mr. Ryan who have challenged her, a formidable opponent" describes
    her)."""
    first = appositive.left_edge.i
    return first == appositive.head.i + 2 and appositive.doc[first - 1].text == ","
