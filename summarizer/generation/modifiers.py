"""Noun-phrase details another report's version gives a thing the base names bare (Barzilay &
McKeown's union of compatible details, inside a noun phrase):

* a **title** of a name ("Hun Sen" + "Prime Minister Hun Sen" -> "Prime Minister Hun Sen"),
  an age or a description in front of it ("67-year-old Boris Yeltsin");
* a **modifier** of a common noun both versions name ("the storm" + "the tropical storm",
  "talks" + "two-hour talks").

The donor's words before the head (its modifiers and their phrases, never its determiner or
possessor) replace the base's when the base's modifiers are among them in the same order,
so the base loses nothing and the donor adds at least one content word. Nothing is taken
that names another person, takes a stance, quotes, negates or hedges, and no number the base states
otherwise (``fusion.conflict`` refuses versions whose figures conflict before this runs).
Whether the result is faithful is the guard's to say (``summarizer/guard``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import QUOTES, is_protected_token
from summarizer.generation.compress.phrases import PLACE_ENTITIES
from summarizer.generation.anchors import BYGONE, same_name
from summarizer.text.lexicon import CALENDAR_WORDS, LOADED_TERMS, RELATIONAL_NOUNS, RELATIVE_DAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Dependencies of the words in front of a head noun that say what it is (not which one:
#: the determiner and the possessor stay the base's).
MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "nmod", "npadvmod", "quantmod"})
#: Words a title or modifier may add at most (a longer phrase carries a fact of its own).
MAX_MODIFIER_WORDS = 4
#: Entity types whose modifiers name another thing ("southeastern Turkey" is not Turkey).
PLACES = PLACE_ENTITIES
#: Entity types of a name that may take a title or description in front of it: people and
#: named things. A place's modifier picks a part of it ("[inner-city] Buffalo" is not the
#: city), a group's a part of the group ("[six] Republicans" in a hypothetical count), and a
#: name the small model leaves untagged may be either.
TITLED = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
#: Words of the calendar. Before a name the parser may read one as a title ("[Thursday]
#: Primakov convened a meeting"): it says when the donor's act was, not who the person is.
CALENDAR = CALENDAR_WORDS | RELATIVE_DAYS
#: Entity types of a modifier that says whose a thing is ("the [Republican] nomination"): a
#: noun the base gives a possessor has its owner already.
OWNERS = frozenset({"NORP", "ORG", "GPE"})
#: Kinds of detail found here: on a name, and on a common noun.
TITLE, MODIFIER = "title", "modifier"


def modifier_fusions(base: "Doc", donor: "Doc") -> list[tuple[str, str, str]]:
    """(kind, the base with the donor's modifiers of one of its nouns, the added words), for
    every noun both name whose donor version says more in front of it; one per noun."""
    out: dict[int, tuple[str, str, str]] = {}
    for head in donor:
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "compound":
            continue
        anchor = _same_referent(base, head)
        if anchor is None or anchor in out:
            continue
        found = _replacement(base, base[anchor], head)
        if found is not None:
            out[anchor] = found
    return [out[k] for k in sorted(out)]


def _same_referent(base: "Doc", head: "Token") -> int | None:
    """The base's one token heading what ``head`` heads: the same name (``same_name``) or
    the one noun of the same lemma; None when the base's phrase is a modifier itself, a
    place, or has an appositive or a coordination."""
    if head.pos_ == "PROPN":
        anchor = same_name(base, head)
    else:
        hits = [t for t in base if t.pos_ == "NOUN" and t.lemma_ == head.lemma_]
        anchor = hits[0].i if len(hits) == 1 and _one_thing(hits[0], head) else None
    if anchor is None or base[anchor].dep_ in ("compound", "appos") or base[anchor].ent_type_ in PLACES or \
            any(c.dep_ in ("appos", "conj", "cc") for c in base[anchor].children):
        return None  # (an appositive says who it is already; a coordination shares modifiers)
    return anchor


#: Dependencies that open a clause of its own: a noun inside one may be of another event.
SUBORDINATE = frozenset({"relcl", "advcl", "acl"})


def _one_thing(mine: "Token", theirs: "Token") -> bool:
    """A common noun of the same lemma names the same thing only when the donor names one
    such thing and both stand alike in or outside a subordinate clause: "the fire was the
    deadliest since 1978" and "... in 1978, when 20 people died in a hotel fire" (the donor
    also has "fire disaster") are two fires."""
    def subordinate(token: "Token") -> bool:
        return any(t.dep_ in SUBORDINATE for t in [token, *token.ancestors])

    same = [t for t in theirs.doc if t.pos_ == "NOUN" and t.lemma_ == theirs.lemma_]
    return len(same) == 1 and subordinate(mine) == subordinate(theirs)


def _start(head: "Token") -> int:
    """Where the head's modifiers begin (the head itself when it has none)."""
    mods = [c for c in head.children if c.i < head.i and c.dep_ in MODIFIER_DEPS]
    return min((c.left_edge.i for c in mods), default=head.i)


def _replacement(base: "Doc", mine: "Token", theirs: "Token") -> tuple[str, str, str] | None:
    """The base with its phrase's modifiers replaced by the donor's richer ones, or None."""
    donor = theirs.doc
    b0, d0 = _start(mine), _start(theirs)
    old, new = base[b0:mine.i], donor[d0:theirs.i]
    if not _contiguous(new, theirs) or not _contiguous(old, mine):
        return None
    added = _added(old, new)
    if added is None or not _addable(base, new, added, theirs):
        return None
    if b0 > 0 and base[b0 - 1].lower_ in ("a", "an") and not _keeps_article(base[b0 - 1], new):
        return None  # the article goes with the word after it ("a [explosive] report")
    if _quoted(new):
        return None  # someone's words ("fire [General] Flynn" in a tweet)
    kind = TITLE if mine.pos_ == "PROPN" else MODIFIER
    if kind == TITLE and not {mine.ent_type_, theirs.ent_type_} & TITLED:
        return None  # a place, a group, or a name of unknown kind
    if kind == TITLE and any(t.lower_.rstrip(".") in CALENDAR for t in new):
        return None  # a day, not a title
    if kind == TITLE and any(t.ent_type_ != "PERSON" and not t.is_punct for t in old):
        return None  # the base gives a title already: another one may be of another time
    if kind == TITLE and _determined(theirs) and not _determined(mine) and \
            (theirs.ent_type_ != "PERSON" or any(t.text[:1].isupper() for t in added)):
        return None  # a description, not a title: "the Christian Lahoud" -> "from [Christian]
        # Lahoud" reads as his first name; "[41-foot, 44,000-pound] Zarya is designed" lacks its
        # article (a person's age or measure may lose "the": "67-year-old Yeltsin")
    if kind == MODIFIER and _possessed(mine) and any(t.ent_type_ in OWNERS for t in added):
        return None  # whose it is, said twice: "the party's [Republican] nomination"
    if kind == TITLE and theirs.ent_type_ != "PERSON" and _possessed(theirs) and not _determined(mine):
        return None  # "Lebanon's [pro-Syrian] Parliament": without its possessor the thing lacks
        # an article ("Pro-Syrian Parliament formally elected"); a person's title needs none
    if kind == TITLE and theirs.dep_ == "ROOT":
        return None  # a donor with no verb above the name is a frame or a fragment ("Added Hunter:")
    if any(t.lower_ in BYGONE for t in donor[max(0, d0 - 2):d0]):
        return None  # "then-Senator Obama": a title of the donor's moment, not of the base's
    lent = donor[d0:theirs.i].text_with_ws
    if b0 > 0 and d0 == 0 and _capital_of_the_sentence(donor[0]):
        lent = lent[0].lower() + lent[1:]  # "shows [Real estate tycoon] Donald Trump": the capital was the donor's start
    text = base[:b0].text_with_ws + lent + base[mine.i:].text
    if b0 == 0 and donor[d0].text[:1].isalpha():
        text = text[0].upper() + text[1:]
    return kind, text, donor[added[0].i:added[-1].i + 1].text


def _determined(name: "Token") -> bool:
    """The name stands with an article ("the Christian Lahoud", "the 67-year-old Yeltsin")."""
    return any(c.dep_ == "det" for c in name.children)


def _possessed(name: "Token") -> bool:
    """The name stands with a possessor ("Lebanon's pro-Syrian Parliament")."""
    return any(c.dep_ == "poss" for c in name.children)


def _capital_of_the_sentence(token: "Token") -> bool:
    """The word opens its sentence with a capital only for that: not a name, not a word of
    an entity ("Republican"), not an initialism ("U.S."), not the first part of a hyphenated
    name the parser left untagged ("Per-Olof Ortarsen": "Per" read as a preposition)."""
    doc = token.doc
    hyphenated_name = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].text[:1].isupper()
    return (token.is_sent_start and token.text[:1].isupper() and token.text[1:2].islower()
            and token.pos_ != "PROPN" and not token.ent_type_ and not hyphenated_name)


def _contiguous(span: "Span", head: "Token") -> bool:
    """Every word of the span belongs to the head's phrase, with no clause or list in it."""
    return all(head.is_ancestor(t) and t.dep_ not in ("relcl", "acl", "conj", "cc", "appos", "det", "poss", "case")
               for t in span)


def _added(old: "Span", new: "Span") -> list["Token"] | None:
    """The donor's modifier words the base lacks, when the base's are among them in the
    same order (a subsequence, compared lower-cased); None otherwise."""
    added, k = [], 0
    mine = [t.lower_ for t in old if not t.is_punct]
    for token in new:
        if k < len(mine) and token.lower_ == mine[k]:
            k += 1
        elif not token.is_punct:
            added.append(token)
    return added if k == len(mine) and added else None


def _addable(base: "Doc", new: "Span", added: list["Token"], head: "Token") -> bool:
    """Short, with a content word, none naming another person or a thing the base names
    already or taking a stance (``lexicon.LOADED_TERMS``; a plain adjective, which may judge,
    is left out, a hyphenated compound kept; a number word is a detail, "the [six]
    astronauts", though spaCy lists it as a stop word), no quotation, negation or hedge, and no second
    date or figure."""
    if len(added) > MAX_MODIFIER_WORDS or \
            not any(t.is_alpha and (not t.is_stop or t.like_num) and not _own_name(t, head) for t in added):
        return False
    if any(t.text in QUOTES or is_protected_token(t) for t in new):
        return False
    if any(t.pos_ in ("VERB", "AUX") and not _hyphenated(t) for t in added):
        return False  # a verb the parser read as a modifier ("captured [Kurdish rebel leader] Ocalan")
    if any(t.ent_type_ == "PERSON" and not _own_name(t, head) for t in added):
        return False  # another person ("Clinton aide Sidney Blumenthal")
    if any(t.lower_ in LOADED_TERMS for t in added):
        return False  # one report's stance ("illegal immigrants"), not a detail
    if any(t.lemma_.lower() in RELATIONAL_NOUNS for t in added):
        return False  # a relation to someone the base may not name ("U.S. counterpart John Kerry")
    if any(t.pos_ in ("ADJ", "ADV") and t.text.islower() and not _hyphenated(t) for t in added):
        return False  # a plain adjective may judge ("exceedingly popular", "explosive report")
    named = {t.lemma_.lower() for t in base if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    if any(t.lemma_.lower() in named for t in added if not t.is_stop):
        return False  # said twice ("the Cambodian leader" in a sentence naming Cambodia)
    counted = {e.label_ for e in base.ents if e.label_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY")}
    return not any(t.ent_type_ in counted or t.like_num and t.ent_type_ != "DATE" and
                   any(x.like_num for x in base) for t in added)


def _own_name(token: "Token", head: "Token") -> bool:
    """A word of the head's own name (a first name in front of the surname both give)."""
    return token.ent_type_ == head.ent_type_ == "PERSON" and token.head == head and token.dep_ == "compound"


def _hyphenated(token: "Token") -> bool:
    """Part of a hyphenated word ("two-hour", "secret-ballot", "67-year-old"): a compound
    that classifies, not a plain adjective."""
    doc = token.doc
    return (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_) or \
        (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)


def _quoted(span: "Span") -> bool:
    """The span stands inside a quotation of its sentence (an odd number of quotation marks
    before it)."""
    return sum(t.text in QUOTES for t in span.doc[:span.start]) % 2 == 1


#: Letters a word may start with after "a" without a doubt about its sound ("a two-hour
#: meeting"; not "a hour", "a MP", "a union").
CONSONANTS = frozenset("bcdfgjklmnpqrstvwxyz")


def _keeps_article(article: "Token", new: "Span") -> bool:
    """"a" stays right before the donor's first word: a lower-case word that starts with a
    consonant letter other than "h" (an initialism or "an" is not judged: refused)."""
    first = new[0].text
    return article.lower_ == "a" and first[:1] in CONSONANTS
