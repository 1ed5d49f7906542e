"""What a sentence claims, for telling incompatible accounts apart (``differences``).

* ``casualty_counts``: how many people a sentence says died, read off spaCy's parse: a
  number modifying a noun that is the subject of "die"/"be killed" or the object of "kill"
  ("three workers were killed", "killed four people"), a number of deaths or victims ("the
  death toll rose to four" reads as 4), or an ordinal victim ("a fourth victim has died":
  at least 4); not a count of another happening's dead, of more dead, of someone's group
  or of the dead's kin (``_another_count``).
* ``outcome_sides``: which side of each ``lexicon.OUTCOME_OPPOSITES`` pair a sentence's
  words take ("ended peacefully" / "clashed with police").
* ``loaded_terms``: the ``lexicon.LOADED_PAIRS`` and ``lexicon.PARTISAN_PAIRS`` terms a
  sentence uses in its own voice (a term inside quotation marks is the speaker's word).
* ``main_claim`` / ``clauses``: a sentence's main claim (its first main clause without the
  side clauses, and the words of its predicate) and each clause of a sentence, for citing a
  report only for what the brief sentence mainly says (``trust.support``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.text import is_year
from summarizer.text.lexicon import (ATTRIBUTION_VERBS, BELIEF_VERBS, CASUALTY_WORDS, LOADED_PAIRS, NUMBER_WORDS,
                                     OF_SOMEONE, ORDINALS, OUTCOME_OPPOSITES, PARTISAN_PAIRS, PLACING_PREPOSITIONS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DEATH_VERBS = frozenset({"kill", "die"})
_DEATH_NOUNS = frozenset({"death", "toll", "victim", "fatality", "dead"})


def might_count_casualties(text: str) -> bool:
    return any(w.strip(".,;:'\"").lower() in CASUALTY_WORDS for w in text.split())


def _value(token: "Token") -> int | None:
    word = token.lower_.replace(",", "")
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS and NUMBER_WORDS[word] > 0:
        return NUMBER_WORDS[word]
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    return None


def _counts_deaths(noun: "Token") -> bool:
    """The noun names the dead: a death noun, the subject of "die"/passive "kill", or the
    object of "kill"."""
    if noun.lemma_.lower() in _DEATH_NOUNS:
        return True
    head = noun.head
    if head.lemma_.lower() == "die" and noun.dep_ == "nsubj":
        return True
    if head.lemma_.lower() == "kill" and noun.dep_ in ("nsubjpass", "dobj"):
        return True
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.lower_ == "dead" for c in head.children)


def casualty_counts(doc: "Doc") -> list[tuple[int, int, int]]:
    """(deaths, start char, end char) for each death count the sentence gives."""
    found = []
    for token in doc:
        value = _value(token)
        if value is None or (token.lower_ in ORDINALS and token.dep_ != "amod"):
            continue
        noun = token.head if token.dep_ in ("nummod", "amod", "quantmod") else None
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ in ("rise", "climb", "reach"):
            noun = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if token.dep_ in ("nsubj", "nsubjpass", "dobj") and not token.lower_ in ORDINALS:
            noun = token  # "three were killed", "killed three"
        if noun is not None and _counts_deaths(noun) and not _another_count(noun):
            found.append((value, token.idx, token.idx + len(token.text)))
    return found


def _another_count(noun: "Token") -> bool:
    """A count that is not the toll of the story's happening, so no account of it: the
    dead's kin ("about 200 victims' relatives": the counted noun is a possessor), more dead
    ("six others died later"), someone's own group ("two male friends of hers", "his two
    sons"), or the dead of a happening dated to a year ("In 1978, 20 people died in a fire",
    "since 1988, when Gilbert killed more than 300 people")."""
    if noun.dep_ == "poss" or noun.lower_ in ("other", "others") or any(
            c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return True
    if any(c.dep_ == "poss" for c in noun.children) or any(
            c.dep_ == "prep" and (c.lower_ in PLACING_PREPOSITIONS or c.lower_ == "of" and any(g.lower_ in OF_SOMEONE for g in c.children))
            for c in noun.children):
        return True
    verb = next((a for a in [noun, *noun.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return any(is_year(t.text) for t in verb.subtree if t not in noun.subtree) or (
        verb.dep_ in ("relcl", "advcl") and is_year(verb.head.text))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text.lower())


def outcome_sides(text: str) -> dict[int, tuple[int, str]]:
    """Pair index -> (side 0 or 1, the word) for every outcome pair the sentence takes one
    side of (a sentence with words of both sides takes none)."""
    hits: dict[int, list[tuple[int, str]]] = {}
    for word in _words(text):
        for n, side in _OUTCOME_SIDES.get(word, ()):
            hits.setdefault(n, []).append((side, word))
    return {n: found[0] for n, found in sorted(hits.items()) if len({s for s, _ in found}) == 1}


def _outcome_index() -> dict[str, tuple[tuple[int, int], ...]]:
    """Word -> (pair index, side) for every side of an ``OUTCOME_OPPOSITES`` pair it is on:
    one lookup per word of a sentence instead of one test per pair and side."""
    index: dict[str, tuple[tuple[int, int], ...]] = {}
    for n, pair in enumerate(OUTCOME_OPPOSITES):
        for side in (0, 1):
            for word in pair[side]:
                index[word] = index.get(word, ()) + ((n, side),)
    return index


_OUTCOME_SIDES = _outcome_index()


#: Every pair of terms for one thing, indexed as ``loaded_terms`` reports them.
TERM_PAIRS: tuple[tuple[str, str], ...] = LOADED_PAIRS + PARTISAN_PAIRS


def _term_pattern(term: str) -> str:
    """A loaded term as a whole word, with its plural or past ending ("riots", "slammed":
    a final consonant after a vowel doubles before "-ed")."""
    doubled = f"|{re.escape(term[-1])}ed" if re.search(r"[^aeiou][aeiou][bdglmnprt]$", term) else ""
    return rf"\b{re.escape(term)}(?:s|es|ed|d{doubled})?\b"


#: One compiled pattern per term, and one alternation of all of them: most sentences use
#: no loaded term, and one search of the alternation tells (it matches wherever any single
#: pattern would), so only the few that do are searched term by term.
_TERM_RES = tuple(tuple(re.compile(_term_pattern(term)) for term in pair) for pair in TERM_PAIRS)
_ANY_TERM_RE = re.compile("|".join(_term_pattern(term) for pair in TERM_PAIRS for term in pair))
def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentence inside quotation marks, straight or curly. A
    quotation may open in an earlier sentence or close in a later one: a sentence with an
    odd number of straight quotes that does not open with one, or whose first curly quote
    closes, begins inside a quotation ('There won't be amnesty in it."')."""
    straight = text.count('"')
    first_curly = next((ch for ch in text if ch in "\u201c\u201d"), "")
    inside = (straight % 2 == 1 and not text.lstrip().startswith('"')) or first_curly == "\u201d"
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == '"' or (ch == "\u201c" and not inside) or (ch == "\u201d" and inside):
            if inside:
                spans.append((start, i + 1))
            inside, start = not inside, i
    if inside:
        spans.append((start, len(text)))
    return spans


def loaded_terms(text: str) -> dict[int, tuple[int, str]]:
    """Pair index (in ``TERM_PAIRS``) -> (side, the term as written) for each pair the
    sentence uses one term of, outside quotation marks: a quoted term is how the speaker
    put it, not the outlet's choice of words."""
    lower = text.lower()
    found: dict[int, tuple[int, str]] = {}
    if not _ANY_TERM_RE.search(lower):
        return found
    quoted = quoted_spans(text)
    for n, patterns in enumerate(_TERM_RES):
        hits = []
        for side, pattern in enumerate(patterns):
            match = next((m for m in pattern.finditer(lower)
                          if not any(a <= m.start() < b for a, b in quoted)), None)
            if match:
                hits.append((side, text[match.start():match.end()]))
        if len(hits) == 1:
            found[n] = hits[0]
    return found


# --- the main claim of a sentence ---------------------------------------------------------

#: Verbs whose content clause is what the sentence claims ("Trump said he feels badly for
#: Flynn": the claim is feeling badly, said by Trump): speech, belief, a position stated
#: ("Kerry and Lavrov agree that the communique is the path") and findings reported ("a
#: poll shows Trump tied for second", "Ramos pointed out that ...").
SPEECH_LEMMAS = ATTRIBUTION_VERBS | BELIEF_VERBS | frozenset({"agree", "conclude", "find", "show", "point"})
#: Verbs that link a subject to what the claim is about ("officials were furious").
COPULAS = frozenset({"be", "become", "remain", "seem"})
#: Clauses beside the main claim: relative and adverbial clauses, clauses modifying a noun,
#: appositions, asides.
SIDE_CLAUSES = frozenset({"relcl", "advcl", "acl", "appos", "parataxis", "csubj"})
#: Dependencies that head a clause of their own (``clauses``).
CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"})
_CLAUSE_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN"})


@dataclass(frozen=True)
class MainClaim:
    """What a sentence mainly says: ``words``, the lemmas of its predicate (the verb, or
    the complement of a copula, with the verbs it governs "to"-wise and its object; speech
    verbs give way to what was said), and ``span``, the token indices of its first main
    clause without its side clauses (relative, adverbial and "that"-clauses of another
    predicate than a speech verb, appositions, a second coordinated clause); of a
    sentence that reports speech or belief, what was said ("X, Kerry said Tuesday": X),
    as for ``words``: the speaker and the day of saying are not the claim, and two
    sentences quoting one speaker on one story would otherwise read alike whatever he
    said."""

    words: frozenset[str]
    span: tuple[int, ...]


def main_claim(doc: "Doc") -> MainClaim:
    """The sentence's main claim (see ``MainClaim``), read off its dependency parse."""
    main = _first_main_clause(doc)
    head = _content_clause(main)
    words = frozenset(t.lemma_.lower() for t in _predicate(head)
                      if t.is_alpha and not t.is_stop and not t.vocab[t.lemma_.lower()].is_stop)
    return MainClaim(words, _main_span(doc, head))


def _root(doc: "Doc") -> "Token":
    return next((t for t in doc if t.dep_ == "ROOT"), doc[0])


def _first_main_clause(doc: "Doc") -> "Token":
    """The head of the sentence's first main clause: the root, or a clause coordinated with
    it that comes first (the parser sometimes takes "A has been open, and B is 35 percent
    Latino" as a "that"-clause of "is" carrying the "and")."""
    root = _root(doc)
    clauses = [root] + [c for c in root.children
                        if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _subject(c) is not None)
                        or (c.dep_ == "ccomp" and any(g.dep_ == "cc" for g in c.children))]
    return min(clauses, key=lambda t: t.i)


def _subject(token: "Token") -> "Token | None":
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _content_clause(head: "Token") -> "Token":
    """For a speech or belief verb, the head of what was said (followed through "X reported
    that Y said ..."), else the head itself."""
    for _, content in _speech_chain(head):
        head = content
    return head


def _speech_chain(head: "Token") -> list[tuple["Token", "Token"]]:
    """(speech verb, head of what it says) from ``head`` inward, at most three deep."""
    chain = []
    for _ in range(3):
        if head.lemma_.lower() not in SPEECH_LEMMAS:
            break
        content = next((c for c in head.children if c.dep_ == "ccomp"), None) or _said_in(head)
        if content is None:
            break
        chain.append((head, content))
        head = content
    return chain


def main_speaker(doc: "Doc") -> frozenset[str]:
    """The names (lower case) of whoever the main claim is said by: the proper nouns of the
    subject of the outermost speech verb it passes through ("Jorge Ramos pointed out that
    ...": jorge, ramos), with its apposition's ("The lawyer, William McGinley": william,
    mcginley) but not a possessor's or a prepositional phrase's names ("Grimm's lawyer",
    "William McGinley, a lawyer for Mr. Grimm": no grimm). Empty when the claim is not
    reported speech or the speaker is named by no proper noun ("officials said", "he
    said")."""
    chain = _speech_chain(_first_main_clause(doc))
    subject = _subject(chain[0][0]) if chain else None
    return frozenset() if subject is None else frozenset(_names_of(subject))


def _names_of(head: "Token") -> list[str]:
    """Proper nouns without a period: a courtesy title or an abbreviation ("Mr.", "The
    A.G.") tells no two people apart."""
    names = [head.lower_] if _name_word(head) else []
    for child in head.children:
        if child.dep_ in ("compound", "flat") and _name_word(child):
            names.append(child.lower_)
        elif child.dep_ == "appos":
            names.extend(_names_of(child))
    return names


def _name_word(token: "Token") -> bool:
    return token.pos_ == "PROPN" and "." not in token.text


def _said_in(verb: "Token") -> "Token | None":
    """What was said "in a statement that ..." / "in an interview that ...": the parser
    hangs the "that"-clause on the noun of the verb's prepositional phrase (a clause
    modifying a noun, with "that" as its conjunction and a subject of its own, not a
    relative clause, whose "that" is a pronoun)."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            for clause in noun.children:
                if (clause.dep_ in ("acl", "relcl") and _subject(clause) is not None
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)):
                    return clause
    return None


def _predicate(head: "Token") -> list["Token"]:
    """The words of the clause's predicate: the complement of a copula ("furious", "open",
    "without merit") or the verb, the verbs it governs ("began investigating", "plan to
    file", "appeared to suggest she would seek to negotiate"), their direct objects
    ("passed a resolution") and a "to"-clause completing an object, with its own object
    ("disclosed its intent to file charges")."""
    found = []
    if head.lemma_.lower() in COPULAS:
        found = [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
        if not found:
            found = [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not found:
        found = [head]
    frontier = list(found)
    while frontier:
        token = frontier.pop()
        for child in token.children:
            if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and token.lemma_.lower() in SPEECH_LEMMAS):
                found.append(child)
                frontier.append(child)
    objects = [c for t in found for c in t.children if c.dep_ == "dobj"]
    completing = [c for o in objects for c in o.children if _infinitive_of_noun(c)]
    return found + objects + completing + [c for t in completing for c in t.children if c.dep_ == "dobj"]


def _infinitive_of_noun(token: "Token") -> bool:
    """The token heads a "to"-clause completing a noun ("its intent to file charges", "a
    plan to cut taxes"): what the intent or plan is, part of the claim, not beside it."""
    return token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _side(token: "Token", main: "Token") -> bool:
    """The token heads a clause beside the main claim."""
    if token is main or _infinitive_of_noun(token):
        return False
    if token.dep_ in SIDE_CLAUSES:
        return True
    if token.dep_ == "ccomp":
        return token.head.lemma_.lower() not in SPEECH_LEMMAS
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and _subject(token) is not None


def _main_span(doc: "Doc", main: "Token") -> tuple[int, ...]:
    """The tokens of the main clause (the subtree of ``main``) outside side clauses."""
    inside = {t.i for t in main.subtree}
    left_out = set()
    for token in main.subtree:
        if _side(token, main):
            left_out |= {t.i for t in token.subtree}
    kept: list[int] = []
    for i in sorted(inside - left_out):
        if not (doc[i].is_punct and kept and doc[kept[-1]].is_punct):  # "Rice, , said": one comma
            kept.append(i)
    while kept and (doc[kept[-1]].dep_ == "cc" or doc[kept[-1]].is_punct):
        kept.pop()
    return tuple(kept)


def clauses(doc: "Doc") -> list[tuple[int, ...]]:
    """The token indices of each clause of the sentence with what it embeds (the subtree of
    each clause head: the whole sentence, then its clauses), of two words or more."""
    heads = [t for t in doc if t.dep_ in CLAUSE_HEADS and (t.pos_ in _CLAUSE_POS or t.dep_ == "ROOT")]
    found = []
    for head in heads:
        members = tuple(t.i for t in head.subtree)
        if sum(1 for i in members if not doc[i].is_punct) >= 2 and members not in found:
            found.append(members)
    return found
