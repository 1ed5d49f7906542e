"""Page furniture inside sentences: what a web page or a wire adds around the reporting.

Two operations:

* ``strip(text)`` removes furniture from a sentence and keeps the rest: a dateline or wire
  credit opening it ("WASHINGTON ―", "Denver (AP) -", "UPDATE: 9 p.m. --"), URLs,
  "pic.twitter.com" links, hashtags, a post's credit line ("— Morning Joe (@Morning_Joe)
  December 4, 2017"), photo credits in brackets.
* ``is_furniture(text)`` says the whole sentence is furniture: "Read more"/newsletter/"Click
  here"/"Follow us" lines, photo credits, bylines, a writer's closing note ("Brooke Singman is
  a Reporter for Fox News."), a line pointing at the page's embedded
  media ("Below are some of the photos shared on Twitter"), a fact box's entry ("1977:
  Elected to parliament ..."), and sentences that are only the
  attribution left when a quotation was split off ("Senate Majority Leader Mitch McConnell,
  R-Ky., asked.", judged on the parse: an attribution verb with a subject and nothing said).

An embedded social post spans the sentences of its paragraph; ``post_paragraphs`` finds the
paragraphs that end in a post's credit line, so every sentence of the post is recognised.
"""

from __future__ import annotations

import re

from summarizer.text.lexicon import ATTRIBUTION_VERBS

_DASH = r"(?:--|—|―|–|-|_)"
#: A live blog's time stamp: "5:20 p.m.", "May 30, 5:20 p.m.", "9 a.m. ET".
_STAMP = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?,?\s*)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s*[A-Z]{1,2}T\b)?"
#: Dateline or wire credit opening a sentence: "WASHINGTON —", "LIVINGSTON, N.J. —",
#: "Denver (AP) -", "NEW YORK (Reuters) --", "UPDATE: 9 p.m. --", "UPDATE -", "Updated: ",
#: a time stamp "May 30, 5:20 p.m.:" (after "UPDATE -" too).
_OPENING_RE = re.compile(
    rf"^(?:(?:[A-Z][A-Za-z.'\-]*\s?){{1,4}}(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)?\s*"
    rf"(?:\((?:AP|AFP|Reuters|UPI|CNN|AP Photo|The Associated Press)\))?\s*(?:{_DASH}\s+|[—―]\s*)|"
    rf"UPDATE:?\s*(?:{_STAMP})?\s*{_DASH}\s+|"
    rf"(?:UPDATED?|Updated?):\s+|{_STAMP}\s*(?::|{_DASH})\s+)(?=\S)")
#: An opening dateline word must be a place in capitals or carry a wire credit: "Mr.
#: McConnell —" or "The provisions —" open a sentence with a dash and are prose.
_CAPS_OR_CREDIT_RE = re.compile(r"^(?:[A-Z][A-Z.'\-]+[ ,]|[A-Z][A-Z.'\-]+\s*" + _DASH + r"|.*\((?:AP|AFP|Reuters|UPI|CNN|The Associated Press)\)|UPDATE|Updated?:|" + _STAMP + r")")
#: A post's credit line: "— Morning Joe (@Morning_Joe) December 4, 2017".
_POST_CREDIT_RE = re.compile(
    r"\s*(?:--|—|―|–|-)\s*[^()\n]{1,60}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, \d{4})?")
_URL_RE = re.compile(r"\s*(?:https?://\S+|www\.\S+|\bpic\.twitter\.com/\S+|\b(?:bit\.ly|t\.co)/\S+)")
#: A hashtag is a post's tag, except where the sentence names it ("a campaign called
#: #BeKindToElephants", "using the hashtag #MeToo"): without it the sentence breaks off.
_HASHTAG_RE = re.compile(r"(?<![\w&])\s*#\w+")
_NAMES_THE_TAG_RE = re.compile(r"\b(?:called|dubbed|named|titled|hashtag)\s*$", re.I)
_HANDLE_RE = re.compile(r"(?<![\w.])\s*\(?@\w{2,30}\)?(?=[\s.,;:!?]|$)")
_PHOTO_RE = re.compile(r"\s*[(\[](?:Photo|Image|Credit|Video|AP Photo)[^)\]]{0,80}[)\]]", re.I)
#: Whole sentences that are page furniture.
_LINE_RE = re.compile(
    r"^(?:Read more|Read the full|Sign up|Subscribe|Click here|Follow (?:us|him|her|HuffPost|"
    r"Fox)|Watch(?: the| more|:)|RELATED|Related:|More:|Also read|Download|Like us on|"
    r"(?:AP |Reuters )?Photo(?:s| by)?\b|Credit:|Image:|Getty Images|This (?:story|article) "
    r"(?:has been|was) updated|UPDATE\b|Editor's note|Copyright|All rights reserved)|"
    r"\bnewsletter\b|\bsign up for\b|\bGetty Images\b|\bAssociated Press contributed\b|"
    r"\bcontributed (?:to this )?report|"
    r"^(?:Below|Here) (?:are|is)\b.{0,40}\b(?:photos?|pictures?|images?|tweets?|videos?|posts?|reactions?)\b",
    re.I)


def _tidy(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def strip_opening(text: str) -> str:
    """``text`` without a dateline, wire credit or time stamp at its start (one may follow
    another: "UPDATE - May 30, 5:20 p.m.: Hours after ...")."""
    match = _OPENING_RE.match(text)
    if match and _CAPS_OR_CREDIT_RE.match(text) and len(text[match.end():].split()) >= 3 \
            and not _parenthetical(text, match):
        return strip_opening(text[match.end():])
    return text


def _parenthetical(text: str, match: re.Match) -> bool:
    """The opening's dash is the first of a pair around an aside ("NATO -- the alliance's
    military arm -- said"): the capitals are the sentence's subject, not a dateline."""
    opening = match.group()
    if "(" in opening or "," in opening:
        return False  # a wire credit or "CITY, STATE": a dateline
    dash = opening.split()[-1] if opening.split() else ""
    return dash in ("--", "—", "–", "-") and f" {dash} " in text[match.end():]


def strip(text: str) -> str:
    """``text`` without the furniture inside it (unchanged when there is none)."""
    cleaned = strip_opening(text)
    for pattern in (_POST_CREDIT_RE, _URL_RE, _PHOTO_RE, _HASHTAG_RE, _HANDLE_RE):
        cleaned = pattern.sub(lambda m: m.group(0) if pattern is _HASHTAG_RE and
                              _NAMES_THE_TAG_RE.search(m.string[:m.start()]) else "", cleaned)
    return text if cleaned == text else _tidy(cleaned)


def has_post_credit(text: str) -> bool:
    """The sentence ends an embedded post ("... — Name (@handle) December 4, 2017")."""
    return bool(_POST_CREDIT_RE.search(text)) or "pic.twitter.com" in text


def has_furniture(text: str) -> bool:
    """Any furniture in the sentence, or the sentence is furniture."""
    return strip(text) != text or is_furniture_line(text) or has_post_credit(text)


#: An entry of a fact box: a label (a year and a few words, or a name) and a colon, then
#: notes with the subject left out ("1977: Elected to parliament ...", "1948 Mideast war:
#: Fights as junior officer", "Tino Martinez: Nothing seems right at the moment."): a
#: chronology or a scouting report beside the story, not a sentence of it.
_ENTRY_RE = re.compile(r"^(?:\d{4}(?: [A-Za-z][\w'’-]*){0,3}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+[A-Z]")


#: The writer's note closing a web article: "Brooke Singman is a Reporter for Fox News.",
#: "Jane Doe is a senior political correspondent at HuffPost." A name, "is", a newsroom
#: job and the outlet, nothing after it: a sentence about a journalist in the news says more
#: ("Jim Acosta is a correspondent for CNN whose pass was revoked").
_WRITER_NOTE_RE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}is (?:an? |the )?(?:[\w-]+ ){0,4}"
    r"(?i:reporter|writer|correspondent|producer|editor|contributor|columnist|journalist)s? "
    r"(?:for|at|with) (?:the )?(?:[A-Z][\w.'’&-]*\s?){1,5}\.?$")


def is_furniture_line(text: str) -> bool:
    """A newsletter, "Read more", photo-credit, byline or update line, a writer's note, or a
    fact box's entry."""
    return bool(_LINE_RE.search(text) or _ENTRY_RE.match(text) or _WRITER_NOTE_RE.match(text.strip()))


#: "... was quoted as saying, playing peacemaker": what he was quoted as saying went with the
#: sentence before (a quotation ending in "?" closes a sentence), none of it stands here; a
#: quotation after it ('quoted as saying, "Climate change is here"') is what was said.
_QUOTED_AS_SAYING_RE = re.compile(r"^(?:(?!''|``)[^\"“”])*\bquoted as saying\s*(?:[.;]|,(?!\s*[\"“'`]))")


def is_split_attribution(text: str) -> bool:
    """Only the attribution of a quotation split off it: a subject and an attribution verb
    with nothing said ("Senate Majority Leader Mitch McConnell, R-Ky., asked.", "he added.",
    "Mr. Trump was quoted as saying, playing peacemaker ...")."""
    if _QUOTED_AS_SAYING_RE.search(text):
        return True
    if len(text.split()) > 14 or not text.rstrip().endswith((".", "!")):
        return False
    from summarizer.nlp.load import parse

    doc = parse(text, entities=False)  # dependencies and lemmas only
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    said = {"ccomp", "dobj", "xcomp", "attr", "acomp", "advcl", "prep", "dative", "obj"}
    children = {c.dep_ for c in roots[0].children}
    return "nsubj" in children and not children & said


def is_furniture(text: str) -> bool:
    """The whole sentence is furniture and must not stand in a brief."""
    return is_furniture_line(text) or is_split_attribution(text)
