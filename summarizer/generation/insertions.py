"""Where another report's version of a fact adds a constituent the base lacks
(Barzilay & McKeown's union of compatible details, one constituent per candidate):

* an **appositive** of a name the base mentions bare ("Kerry" + "Kerry, the secretary of
  state," -> "Kerry, the secretary of state, said ..."), or the description a donor gives
  a name in apposition the other way round ("Prodi's far-left ally, the Communist
  Refoundation Party," -> "the Communist Refoundation Party, Prodi's far-left ally,");
* a **non-restrictive relative clause** of a noun both versions name alike ("east
  Jerusalem, which Palestinians want as their capital");
* a **prepositional phrase** of the verb both versions use, with a preposition the base's
  verb does not have ("met in Geneva" + "met on Tuesday" -> "met in Geneva on Tuesday"),
  after the verb's object and before a clause "that" or "to" opens ("warned Damascus [in a
  televised speech] that"), without a clause the parser hung on the phrase's noun,
  or one that opens the donor ("After a three-month impasse, they agreed") to open the base
  on the same main verb;
* a **source** ("according to police") when the base attributes its claim to no one.

``insertions`` finds them on the two parses; ``insert`` writes one into the base's text.
Whether a candidate is faithful is the guard's to say (``summarizer/guard``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.anchors import (NOMINAL_SUBJECTS, bare_definite, has_appositive, in_brackets, next_to,
                                           nominal_line, reported_by, retitles, same_name, same_noun)
from summarizer.generation.compress.constituents import WH_TAGS
from summarizer.text.lexicon import ATTRIBUTION_VERBS, SUMMING_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

#: Dependencies of a verb heading a main clause (or reported speech), or completing one's
#: verb ("is believed to be living [under the protection of the Taliban]"): a phrase taken
#: from one report's verb goes only there ("until the government reopens [before any talks]"
#: is not).
MAIN_CLAUSE = frozenset({"ROOT", "ccomp", "conj", "xcomp"})
#: Words that open a non-restrictive relative clause (the comma before it is required too).
RELATIVE_OPENERS = frozenset({"which", "who", "whose", "whom", "where"})
#: The anchor of a phrase that opens the base (-1: before the final stop).
OPENING = -2
#: Dependents of a verb that may stand before it in a clause that opens with its subject.
SUBJECT_SIDE = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "neg", "punct"})
#: Entity types that tell when.
WHEN = frozenset({"DATE", "TIME"})
#: Clauses the parser may hang on a phrase's noun: not part of what a phrase adds.
CLAUSES = frozenset({"ccomp", "acl", "relcl", "advcl", "xcomp"})
#: Words that open a clausal complement a verb's phrase may stand before.
CLAUSE_OPENERS = frozenset({"that", "to"})
#: Entity types of an amount, which no description lent from another report holds: not who
#: someone is, and a value of the donor's moment (a market value, a price, a poll's share).
AMOUNTS = frozenset({"PERCENT", "MONEY", "QUANTITY"})
#: Tokens that may follow a non-restrictive clause (it ends there, not inside a phrase).
CLAUSE_CLOSERS = frozenset({",", ".", ";", "--", ")", "!", "?", "—", "–"})
#: Insertion kinds set off by commas.
COMMA_KINDS = frozenset({"appositive", "relative clause", "participial phrase"})
#: Entity types of names that cannot describe one another (a group's name, NORP, can
#: describe a person: "Durbin, a Democrat from Illinois,").
THINGS_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
#: Entity type of a group of people (a nationality, a religion, a party): a description of it
#: holds in the donor's story ("the main victims, the Muslims," of the wars in Bosnia), not in
#: the base's ("killing and torturing Muslims[, the main victims,] in 1992").
GROUP = "NORP"


def insertions(base: "Doc", donor: "Doc", full: "Doc | None" = None) -> list[tuple[str, "SpacySpan", int]]:
    """(kind, donor span, base token index to insert after; -1: before the final stop;
    ``OPENING``: before the first word). ``full``: the sentence ``base`` was compressed from,
    whose times and phrases count too (a phrase compression deleted is not replaced by
    another report's)."""
    full = base if full is None else full
    found = []
    for token in donor:
        if token.dep_ == "appos":
            found += _appositives(base, donor, token)
        elif token.dep_ == "relcl":
            found += _relative_clause(base, donor, token)
        elif token.dep_ == "prep" and token.i == 0 and token.head.dep_ == "ROOT":
            found += _opening_phrase(base, donor, token, full)
        elif token.dep_ == "prep" and token.lower_ == "according" and not _attributed(base) and _vouches(donor, base):
            found.append(("source", donor[token.i:token.right_edge.i + 1], -1))
        elif token.dep_ == "prep" and token.head.pos_ == "VERB" and token.lower_ not in ("of", "according") and \
                token.head.dep_ in MAIN_CLAUSE:
            earlier = frozenset(c.lower_ for c in token.head.children if c.dep_ == "prep" and c.i < token.i)
            anchor = _same_verb(base, token.head, token.lower_, earlier)
            if anchor is not None and \
                    (full is base or _same_verb(full, token.head, token.lower_, earlier) is not None):
                found.append(("prepositional phrase", donor[token.i:_phrase_end(token)], anchor))
    return found


def _phrase_end(prep: "Token") -> int:
    """Where the prepositional phrase ends without a clause the parser hung on it ("in a
    speech [that Turkey would not ...]", "after a meeting [to resume talks]")."""
    def in_clause(token: "Token") -> bool:
        while token != prep:
            if token.dep_ in CLAUSES or token.head == token:  # (a word outside the phrase)
                return True
            token = token.head
        return False

    end = prep.i + 1
    while end <= prep.right_edge.i and not in_clause(prep.doc[end]):
        end += 1
    return _trim_end(prep.doc, prep.i + 1, end)


def _appositives(base: "Doc", donor: "Doc", token: "Token") -> list[tuple[str, "SpacySpan", int]]:
    """The donor's appositive ``token`` of a name the base has bare; or, when the appositive
    is itself the name and its head a description ("Prodi's ally, the Communist Party,"),
    the description as an appositive of the base's name."""
    if _listed(donor, token) or token.lemma_.lower() in SUMMING_NOUNS:
        return []
    anchor = same_name(base, token.head)
    if anchor is not None and (not next_to(token) or token.head.ent_type_ == GROUP):
        return []  # ("Mr. Ryan who have challenged her, a formidable opponent": of whom?)
    if anchor is not None:
        span = donor[token.left_edge.i:_with_point(donor, _trim_end(donor, token.i + 1, token.right_edge.i + 1))]
        if not has_appositive(base[anchor], title_ok=True) and not retitles(base[anchor], span) \
                and not any(t.ent_type_ == "PERSON" for t in span) and not bare_definite(token) \
                and span[0].pos_ != "ADV" and not _tally(span) and not _another_kind(token):
            return [("appositive", span, anchor)]  # (a person in it: a list read as one; an
        return []  # adverb: "Thailand, especially the capital Bangkok,")
    head, anchor = token.head, same_name(base, token)
    if anchor is None or token.ent_type_ == GROUP or head.pos_ != "NOUN" or head.i > token.i \
            or has_appositive(base[anchor]) or any(c.dep_ in ("cc", "conj", "relcl", "acl") for c in head.children) \
            or sum(c.dep_ == "appos" for c in head.children) > 1 or head.head.tag_ in WH_TAGS:
        return []  # ("whatever the issue, Huckabee, also an author,": no description of him)
    end = _trim_end(donor, head.i + 1, token.left_edge.i)
    if not any(c.dep_ in ("det", "poss") for c in head.children) or \
            any(t.ent_type_ == "PERSON" and t.dep_ != "poss" and t.head.dep_ != "poss"
                for t in donor[head.left_edge.i:end]):
        return []  # a bare noun, or another person: not a description of this name
    if bare_definite(head, before=token.i) or any(c.dep_ == "nummod" for c in head.children):
        return []  # (a count or a part is not what the name is: "[only half the capital], Pyongyang")
    return [("appositive", donor[head.left_edge.i:end], anchor)]


def _tally(span: "SpacySpan") -> bool:
    """The parser's appositive is a score or an amount, not who someone is ("Romney edging
    Obama, [46 percent to 45 percent]"): an age is one number ("Yeltsin, 67,")."""
    return any(t.ent_type_ in AMOUNTS for t in span) or \
        sum(t.like_num and t.ent_type_ != "ORDINAL" for t in span) > 1  # ("second-largest": no tally)


def _opening_phrase(base: "Doc", donor: "Doc", prep: "Token", full: "Doc") -> list[tuple[str, "SpacySpan", int]]:
    """A prepositional phrase opening the donor ("After a three-month impasse, they agreed")
    on the main verb the base shares, where the base opens with its subject and its verb has
    no phrase of that preposition nor any date or time: it opens the base too."""
    end = prep.right_edge.i + 1
    root = next((t for t in base if t.dep_ == "ROOT"), None)
    if end >= len(donor) or donor[end].text != "," or root is None or root.lemma_ != prep.head.lemma_ \
            or root.lemma_.lower() in ATTRIBUTION_VERBS:
        return []  # ("In a statement, the ministry said": which words it said there is unknown)
    opener = [c for c in root.children if c.i < root.i and c.dep_ not in SUBJECT_SIDE]
    if opener or any(c.dep_ == "prep" and c.lower_ == prep.lower_ for t in (root, *(t for t in full if t.dep_ == "ROOT"))
                     for c in t.children):
        return []
    span = donor[prep.i:end]
    if any(e.label_ in WHEN for e in span.ents) and any(e.label_ in WHEN for e in full.ents):
        return []  # a second time for the one event
    return [("opening phrase", span, OPENING)]


def _listed(donor: "Doc", appositive: "Token") -> bool:
    """The parser's appositive is an item of a list ("the Congress, the White House, the
    DNC"; "impeachment, Iraq, the resignation of Rep. Robert Livingston, the response from the
    White House": its name stands inside an item, or in another appositive, of the noun
    phrases it stands in; "letters to
    Mahathir, clippings of foreign news reports and prose": "and" follows it) or the subject
    of a verb after it ("in St. Petersburg, a news report said")."""
    after = appositive.right_edge.i + 1
    while after < len(donor) and donor[after].is_punct and donor[after].text in ",;:":
        after += 1
    nxt = donor[after] if after < len(donor) else None
    in_an_item = any(t.dep_ in ("conj", "appos") for t in nominal_line(appositive.head))
    coordinated = any(c.dep_ in ("conj", "cc") for t in (appositive, appositive.head) for c in t.children) or \
        (nxt is not None and nxt.lower_ in ("and", "or") and after == appositive.right_edge.i + 1)
    subject_of_next = nxt is not None and nxt.pos_ in ("VERB", "AUX") and \
        appositive.head.head.i not in (nxt.i, nxt.head.i)
    next_item = nxt is not None and nxt.pos_ in ("DET", "PROPN", "NOUN") and donor[after - 1].text == ","
    return in_an_item or coordinated or subject_of_next or next_item


def _another_kind(appositive: "Token") -> bool:
    """The appositive is a name of another kind than its head's ("In the capital, Kinshasa,
    [the private Congolese Airlines], which owned the aircraft, said": an organisation is
    no place; the parser hung the sentence's subject on the place before it)."""
    kinds = {appositive.ent_type_, appositive.head.ent_type_}
    return appositive.pos_ == "PROPN" and len(kinds) == 2 and kinds <= THINGS_NAMED


def _with_point(doc: "Doc", end: int) -> int:
    """``end`` moved over an abbreviation's point the tokenizer split off ("Casper, Wyo[.],
    the hospital"), which goes with the word, unless it ends the sentence."""
    if end < len(doc) - 1 and doc[end].text == "." and not doc[end - 1].whitespace_:
        return end + 1
    return end


def _trim_end(doc: "Doc", floor: int, end: int) -> int:
    """``end`` moved back over trailing commas, semicolons and colons (not below ``floor``)."""
    while end > floor and doc[end - 1].is_punct and doc[end - 1].text in ",;:":
        end -= 1
    return end


def _relative_clause(base: "Doc", donor: "Doc", clause: "Token") -> list[tuple[str, "SpacySpan", int]]:
    """A non-restrictive relative clause (after a comma, opened by "which", "who" ...) of a
    noun the base names with the same modifiers, where the base's noun has no clause,
    appositive or complement of its own: the clause goes right after it."""
    first = clause.left_edge.i
    if first == 0 or donor[first - 1].text != "," or donor[first].lower_ not in RELATIVE_OPENERS:
        return []
    end = _trim_end(donor, first + 1, clause.right_edge.i + 1)
    anchor = same_noun(base, clause.head)
    if anchor is None and clause.head.pos_ == "PROPN":  # "Yeltsin" / "President Boris Yeltsin"
        anchor = same_name(base, clause.head)
        anchor = None if anchor is None or has_appositive(base[anchor], title_ok=True) or \
            retitles(base[anchor], donor[first:end]) else anchor
    if anchor is None or reported_by(base[anchor]) - reported_by(clause):
        return []  # (inside what someone said or denied, the clause would be theirs, unless
        # the donor reports it in what the same verb says: "have denied that the complex[,
        # which is being built on a mountainside,] is intended ...")
    if end < len(donor) and donor[end].text not in CLAUSE_CLOSERS or donor[end - 1].pos_ in ("CCONJ", "ADP", "DET"):
        return []  # the parser ended the clause inside a phrase ("charges of sodomy and [five of corruption]")
    if _disagrees(clause, base[anchor]) or _disagrees(clause, clause.head) or in_brackets(base, anchor) or \
            _ambiguous(clause.head) or _after_another_item(clause):
        return []
    if any(t.ent_type_ in AMOUNTS for t in donor[first:end]):
        return []  # an amount of the donor's moment ("Mobil, which has a market value of $61.1
        # billion," on Wednesday, lent to Friday's report), as no appositive or phrase holds one
    return [("relative clause", donor[first:end], anchor)]


def _after_another_item(clause: "Token") -> bool:
    """The clause follows another item coordinated with its noun ("Ms. Pelosi, 76, who
    represents San Francisco, and Senator Chuck Schumer, 66, [who has held various
    leadership posts since 2005]" hung on Pelosi), or an appositive of it naming another
    thing ("Abdullah Ocalan, leader of the Kurdistan Workers' Party, [which is seeking
    Kurdish autonomy]" hung on Ocalan; "Kinshasa, the private Congolese Airlines, [which
    owned the aircraft]"): which one it describes, the parse cannot tell,
    and the nearer one is the likelier. An age or a bare title between them is no
    other thing ("Ms. Pelosi, 76, who represents San Francisco")."""
    def names_another(appositive: "Token") -> bool:  # a name, or a phrase holding one more noun
        return appositive.pos_ == "PROPN" or \
            any(t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" for t in appositive.subtree)

    return any(c.i < clause.i and (c.dep_ == "conj" or c.dep_ == "appos" and names_another(c))
               for c in clause.head.children)


def _disagrees(clause: "Token", noun: "Token") -> bool:
    """The parser hung the clause on the wrong noun: "which" of a person, "who" of a place,
    or the clause's verb, whose subject is the relative pronoun, is plural and the noun
    singular, or the other way round for a common noun ("a former ally of Anwar, who were
    arrested")."""
    pronoun = clause.doc[clause.left_edge.i].lower_
    if pronoun == "which" and noun.ent_type_ == "PERSON" or \
            pronoun in ("who", "whom") and noun.ent_type_ in ("GPE", "LOC", "FAC", "PRODUCT", "EVENT"):
        return True  # "Ocalan, which is seeking autonomy": the clause is of another noun
    if not any(c.dep_ in NOMINAL_SUBJECTS and c.tag_ in WH_TAGS for c in clause.children):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    first = min(verbs, key=lambda t: t.i)
    plural = first.tag_ == "VBP" or first.lower_ == "were"
    singular = first.tag_ == "VBZ" or first.lower_ == "was"
    if noun.tag_ in ("NN", "NNP"):
        return plural
    return singular and noun.tag_ == "NNS"  # ("the United Nations, which is": a name)


def _ambiguous(noun: "Token") -> bool:
    """The noun is the object of a preposition on another noun ("the report by the
    Commission, which was due for release"; "an ally of Anwar, who were arrested"): the
    clause may describe either; the parser's choice is a guess."""
    return noun.dep_ == "pobj" and (noun.head.head.pos_ in ("NOUN", "PROPN") or noun.head.head.dep_ == "acl")


def _same_verb(base: "Doc", verb: "Token", preposition: str, earlier: frozenset[str] = frozenset()) -> int | None:
    """The base's token after which a PP of ``verb`` goes: the end of the same verb's
    object (heading a main clause), or the verb itself, or the end of the verb's own PPs
    when the donor gives the same prepositions before this one (``earlier``: "living in
    Afghanistan [under the protection of the Taliban]" reads as the donor does); None when
    the base's verb already has that preposition."""
    for token in base:
        if token.pos_ == "VERB" and token.lemma_ == verb.lemma_ and token.dep_ in MAIN_CLAUSE and \
                _completes(token) == _completes(verb):
            if any(c.dep_ == "prep" and c.lower_ == preposition for c in token.children):
                return None
            objects = [c for c in token.children if c.dep_ in ("dobj", "prt", "dative") and c.i > token.i]
            anchor = max((c.right_edge.i for c in objects), default=token.i)
            after = [c for c in token.children if c.i > anchor and not c.is_punct]
            if after and all(c.dep_ == "prep" and c.lower_ in earlier for c in after) and \
                    max(c.right_edge.i for c in after) + 1 < len(base) and base[max(c.right_edge.i for c in after) + 1].is_punct:
                return max(c.right_edge.i for c in after)  # after the PPs the donor puts first too
            if any(not _marked_clause(c, anchor) for c in after):
                return None  # "recognize claims [to East Timor]": the PP would split the phrase
            return anchor  # before a clause only when "that" or "to" opens it ("warned
            # Damascus [on Sunday] that"), where the phrase cannot read as the clause's
    return None


def _completes(verb: "Token") -> str | None:
    """The lemma of the verb that ``verb`` completes (an xcomp's head), else None: a phrase of
    "is believed to be living" goes to "is believed to be living", never to "lives" nor
    "plans to live" ("China signed [in October]" is not "China plans to sign [in October]")."""
    return verb.head.lemma_.lower() if verb.dep_ == "xcomp" else None


def _marked_clause(child: "Token", anchor: int) -> bool:
    """A clausal complement right after ``anchor`` that "that" or "to" opens: a phrase put
    before it stays with the verb."""
    first = child.doc[child.left_edge.i]
    return child.dep_ in ("ccomp", "xcomp", "advcl") and child.left_edge.i == anchor + 1 and \
        first.lower_ in CLAUSE_OPENERS and first.dep_ in ("mark", "aux")


def _vouches(donor: "Doc", base: "Doc") -> bool:
    """The donor states every content word of the base: its source vouches for nothing
    else ("The two dead[, both Australians,] were found ..., according to AusSAR", which
    could not identify them)."""
    def words(doc: "Doc") -> set[str]:
        return {t.lemma_.lower() for t in doc if t.is_alpha and not t.is_stop}
    return words(base) <= words(donor)


def _attributed(doc: "Doc") -> bool:
    """A verb of saying or "according" attributes the claim (a noun does not: "the New
    South Wales state town", "Business Post Naiad")."""
    return any(t.lemma_.lower() in ATTRIBUTION_VERBS and t.pos_ in ("VERB", "AUX") or t.lower_ == "according"
               for t in doc)


def insert(base: "Doc", anchor: int, kind: str, words: str) -> str | None:
    """The base's text with ``words`` inserted after token ``anchor`` (or before the final
    stop), set off by commas for an appositive or a source."""
    if anchor == OPENING:
        first = base.text if base[0].pos_ == "PROPN" or base[0].text == "I" else \
            base.text[0].lower() + base.text[1:]
        return f"{words[0].upper()}{words[1:]}, {first}"
    if anchor < 0:
        last = len(base) - 1
        head = base[:last].text.rstrip(",")
        return f"{head}, {words}{base[last].text}"
    before = base[:anchor + 1].text
    rest = base[anchor + 1:]
    if kind in COMMA_KINDS:
        if len(rest) == 1 and rest[0].is_punct:
            return f"{before}, {words}" + ("" if words.endswith(rest.text) else rest.text)
        if len(rest) and rest[0].text == ",":
            return f"{before}, {words}{base[anchor + 1:].text_with_ws}".replace(" ,", ",")
        return f"{before}, {words}, {rest.text}".replace(" ,", ",")
    if len(rest) and rest[0].is_punct:
        return f"{before} {words}{rest.text}" if rest[0].text in ".,;:!?" else None
    return f"{before} {words} {rest.text}"


