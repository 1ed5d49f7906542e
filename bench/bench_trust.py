"""Benchmark: what a reader would flag in the default brief of real three-outlet reports.

Over the basil-dev events (``../shared/data/basil-dev``; 50 events, Fox / NYT / HuffPost),
summarized at 100 words (``--length``) with the default strategy (``--strategy``), prints per half (events sorted by folder
name; the first 25 are the half the trust rules were tuned on, the last 25 are held out):

* unattributed: brief sentences that carry a quotation, a sentence of a quotation opened
  earlier in the report, an embedded post or a first-person statement, with no speaker;
* pronoun: brief sentences that open with a pronoun, possessive or demonstrative pointing
  outside them;
* definite: brief sentences that open with a definite description pointing outside the
  brief ("The congressman said", "Two of the people", "The other, ..."): one that
  ``references.definite_reference`` flags and no earlier sentence of the brief introduces
  (``dependence.outside_reference``);
* dependent: brief sentences that depend, elsewhere than at their opening, on something
  neither they nor the brief's earlier sentences give: a demonstrative ("Asked about those
  remarks"), a description of a thing said or done ("the Kennedy statements"), an additive
  particle ("also round out the list", "another", "the other"), a pointing opener ("In
  response,") (``dependence.dependent_reference`` through ``outside_reference``);
* furniture: brief sentences that carry page furniture;
* framing: brief sentences that carry a reporter's framing in their own voice: an evaluative
  word (``voice.judging_words``) or a framing cue (``framing.framing_cues``: speculation,
  an ascribed motive, what an event means, a view of no one, a judging adjective), and how
  many of them cite one outlet only (the candidate policy keeps a framing sentence whose
  claim another outlet states, or whose wording other reports share);
* unintroduced name: brief sentences that name a person by surname alone ("Ms. Lauten",
  "Bruning") when neither they nor an earlier brief sentence gives that person's full name
  (``unintroduced_name``: spaCy's PERSON entities of one word, with or without a courtesy
  title; the surface detector sees only "Mr./Mrs./Ms./Dr. Surname"), and how many of them
  name someone a report gives in full (``given_in_full``: the rest, "Mr. Obama" in reports
  that never write "Barack Obama", a brief cannot fix), with the "name" rewrites made;
* supported: brief sentences whose sources include at least two outlets;
* differences: "Where the reports differ" entries per event, by kind.

Detectors. The first three use the same spaCy analyses as the candidate filter
(``summarizer.nlp``), applied to the *printed* text of each brief sentence, with the
sentence's place in its report (inside a quotation, in a post paragraph). To show the
figures do not merely echo the filter, a second, independent surface detector (regular
expressions only, no parse, no lexicon) is printed beside them: quote marks or a
first-person word with no "said/says/told/wrote/according to" anywhere in the sentence;
a first word that is a third-person pronoun or demonstrative; "The other/latter/former",
"two of the/them", or "The" + one lower-case word + a saying verb at the start;
"also/too/as well/another/again" or "those/these/such" + a word anywhere, or "In response,"
"As a result," "Even so," "Asked about it/those" at the start; URLs,
handles, hashtags, "pic.twitter", an all-caps word followed by a dash at the start; for
framing, outside quotation marks in a sentence with no saying verb, a hedge ("perhaps",
"arguably", "apparently", "may well"), a doubting label ("so-called", "self-styled"), a view
of no one ("widely seen as", "is regarded as"), a purpose or a meaning ("in an apparent
bid", "a sign that", "underscores"), "what critics call", a ranked regard ("better-liked").

``--without-framing`` measures the default rules without the framing rule
(``CandidateRules.drop_framing``), in the same tree.

Usage: python bench/bench_trust.py [--data DIR] [--strategy NAME] [--options JSON] [--no-embeddings]
                                  [--show N] [--flagged] [--half both|tuned|held] [--without-framing]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.api import summarize_corpus  # noqa: E402
from summarizer.selection.candidates import DEFAULT_RULES, context  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.nlp import attribution, dependence, framing, furniture, offices, references, voice  # noqa: E402
from summarizer.nlp.load import parse, parse_all  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "basil-dev"
TUNED = 25  # the first 25 events (sorted by folder name) were used to tune the rules

_SAID = re.compile(r"\b(?:said|says|say|told|tells|wrote|writes|tweeted|asked|added|according to)\b", re.I)
_FIRST = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_PRONOUN = re.compile(r"^(?:He|She|It|They|His|Her|Its|Their|This|These|Those|That)\b")
_DEFINITE = re.compile(
    r"^(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Tt]he (?:other|latter|former)\b|"
    r"(?:One|Two|Three|Four|Five|Some|Most|Many|None|All|Each|Several|Both) of (?:the|them|those|these)\b|"
    r"[Tt]he [a-z][a-z-]* (?:said|says|told|tells|reported|reports|wrote|writes|added|announced|stated)\b)")
_DEPENDENT = re.compile(
    r"\b(?:also|too|again|another)\b|\bas well\b(?! as)|\b(?:[Tt]hose|[Tt]hese|[Ss]uch) [a-z]+\b|"
    r"^(?:In response|As a result|Even so),|^Asked about (?:it|them|th(?:is|at|ese|ose))\b")
_FURNITURE = re.compile(r"https?://|www\.|pic\.twitter|(?<!\w)@\w|(?<![\w&])#\w|^[A-Z]{3,}[A-Z ,.]*\s*(?:\(\w+\))?\s*[-—―–]")


_FRAMING = re.compile(
    r"\b(?:perhaps|arguably|conceivably|presumably|maybe|undoubtedly|surely|obviously|clearly|apparently|"
    r"seemingly)\b|\b(?:may|might|could) well\b|\bso-called\b|\bself-(?:described|styled|proclaimed|titled)\b|"
    r"\b(?:widely|generally|commonly) (?:seen|viewed|regarded|believed|considered|thought)\b|"
    r"\b(?:is|are|was|were|been|be) (?:seen|viewed|regarded|perceived) as\b|"
    r"\bin an? (?:apparent|clear|obvious|desperate) (?:bid|attempt|effort)\b|\bsigns? that\b|"
    r"\b(?:in|as) an? (?:clear |new |further )?sign of\b|\bunderscor(?:e|es|ed|ing)\b|"
    r"\bwhat (?:critics|opponents|some|many) (?:call|calls|called|dub|dubbed)\b|"
    r"\b(?:better|best|well|less|least|more|most)-(?:liked|loved|regarded|respected|hated|trusted)\b", re.I)


FLAGS = ("unattributed", "pronoun", "definite", "dependent", "furniture", "framing")

_COURTESY = ("Mr", "Mrs", "Ms", "Dr")
_SHORT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][\w'’-]+)")


#: Generational suffixes: "Jesse Jackson Jr." introduces "Mr. Jackson".
_SUFFIXES = ("Jr", "Sr", "II", "III", "IV")


def _person_words(ent) -> list[str]:
    """A PERSON entity's words without courtesy titles, a generational suffix, a comma and
    a possessive ending."""
    return [t.text for t in ent if t.text.rstrip(".") not in _COURTESY + _SUFFIXES and t.text not in ("'s", "’s", ",")]


def unintroduced_name(doc, earlier) -> str | None:
    """The first one-word name of a person in ``doc`` (a surname: "Ms. Lauten", "Bruning")
    that no full name in ``doc`` or the ``earlier`` parses ends or starts with (a first
    name alone, "Hillary" after "Hillary Clinton", is a reference back too). A name behind
    a title or office ("Sen. Brat", "President Obama") says who the person is: not counted,
    and it introduces the name for the later sentences. A name in apposition ("his wife,
    Margaret") is introduced by its noun; one that modifies a noun ("the Obama
    administration") names no one."""
    full = [_person_words(e) for d in [*earlier, doc] for e in d.ents if e.label_ == "PERSON"]
    known = {w for words in full if len(words) >= 2 for w in (words[0], words[-1])}
    known |= {_person_words(e)[0] for d in earlier for e in d.ents
              if e.label_ == "PERSON" and len(_person_words(e)) == 1 and _titled(e)}
    for ent in doc.ents:
        words = _person_words(ent)
        if ent.label_ != "PERSON" or len(words) != 1 or words[0] in known or not words[0][:1].isupper():
            continue
        if ent.root.dep_ == "appos" or (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"):
            continue
        if not _titled(ent):
            return ent.text
    return None


def _titled(ent) -> bool:
    """A capitalised word that is not a courtesy title stands before the name ("Sen. Brat",
    "President Obama")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.text[:1].isupper() and before.text.rstrip(".") not in _COURTESY
            and ent[0].text.rstrip(".") not in _COURTESY)


def given_in_full(corpus: Corpus, name: str) -> bool:
    """Whether some report names the person in full (a PERSON entity of two words or more
    ending with ``name``'s last word): what a brief could have printed instead."""
    surname = _person_words_of(name)[-1]
    docs = parse_all(s.text for s in corpus.sentences if surname in s.text)
    return any(len(words) >= 2 and words[-1] == surname
               for d in docs for e in d.ents if e.label_ == "PERSON" for words in [_person_words(e)])


def _person_words_of(text: str) -> list[str]:
    return [w for w in re.sub(r"['’]s$", "", text).split() if w.rstrip(".") not in _COURTESY] or [text]


def surface_unintroduced(text: str, earlier: list[str]) -> bool:
    """The independent detector: "Mr./Mrs./Ms./Dr. Surname" with no "Firstname [X.] Surname"
    (a capitalised word that is not a courtesy title) in the sentence or before it."""
    for surname in _SHORT.findall(text):
        given = re.compile(r"\b(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][a-z]+\.? (?:[A-Z]\. )?" + re.escape(surname) + r"\b")
        if not any(given.search(t) for t in [*earlier, text]):
            return True
    return False


def surface_framing(text: str) -> bool:
    """The independent detector of framing: a cue of ``_FRAMING`` outside quotation marks, in
    a sentence with no saying verb (``_SAID``)."""
    return bool(_FRAMING.search(re.sub(r'"[^"]*"|\u201c[^\u201d]*\u201d', " ", text))) and not _SAID.search(text)


def surface_flags(text: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """The independent detector: (unattributed, pronoun, definite, dependent, furniture,
    framing)."""
    quoted = len(re.findall(r'"', text)) >= 2 and len(" ".join(re.findall(r'"([^"]*)"', text)).split()) >= 4
    speech = (quoted or bool(_FIRST.search(re.sub(r'"[^"]*"', "", text)))) and not _SAID.search(text)
    return (speech, bool(_PRONOUN.match(text)), bool(_DEFINITE.match(text)), bool(_DEPENDENT.search(text)),
            bool(_FURNITURE.search(text)), surface_framing(text))


def nlp_flags(corpus: Corpus, sentence_id: int | None, text: str,
              earlier: list[str]) -> tuple[bool, bool, bool, bool, bool, bool]:
    """The spaCy detector on the printed text, ``earlier`` the brief's sentences printed before
    it: (unattributed, pronoun, definite, dependent, furniture, framing)."""
    doc = parse(text)
    where = context(corpus)
    inside = where.inside_quote[sentence_id] if sentence_id is not None else False
    post = where.in_post[sentence_id] if sentence_id is not None else False
    outside = dependence.outside_reference(doc, parse_all(earlier), offices.holders_of(corpus))
    opening, definite = references.opening_reference(doc), references.definite_reference(doc)
    at_opening = outside is not None and opening is not None and outside.i == opening.i
    is_definite = at_opening and definite is not None and outside.i == definite.i
    return (attribution.unattributed(doc, inside, post), at_opening and not is_definite, is_definite,
            outside is not None and not at_opening,
            furniture.has_furniture(text) or furniture.is_split_attribution(text),
            voice.judgement(doc) or framing.frames(doc))


def run(events: list[Path], strategy: str | None, embeddings: bool, show: int,
        show_flagged: bool = False, options: dict | None = None, length: str = "100w") -> dict[str, float]:
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    split: Counter[int] = Counter()  # events per story -> stories
    for n, folder in enumerate(events):
        corpus = Corpus(load_documents(sorted(folder.glob("*.txt"))))
        brief = summarize_corpus(corpus, strategy, length, embeddings=embeddings, **(options or {}))
        outlets = {d.id: d.id.split(".")[0] for d in corpus.documents}
        for k, sentence in enumerate(brief.sentences):
            counts["sentences"] += 1
            earlier = [s.text for s in brief.sentences[:k]]
            cited = len({outlets.get(s.document, s.document) for s in sentence.sources})
            for name, flag in zip(FLAGS, nlp_flags(corpus, sentence.sentence_id, sentence.text, earlier)):
                counts[name] += flag
                counts["framing, one outlet"] += flag and name == "framing" and cited < 2
                if flag and show_flagged:
                    print(f"  [{name}] {folder.name[:8]}: {sentence.text}")
            for name, flag in zip(FLAGS, surface_flags(sentence.text)):
                counts["surface " + name] += flag
            bare = unintroduced_name(parse(sentence.text), parse_all(earlier))
            counts["unintroduced name"] += bare is not None
            counts["unintroduced name given in full"] += bare is not None and given_in_full(corpus, bare)
            counts["name rewrites"] += sum(r.kind == "name" for r in sentence.rewrites)
            counts["surface unintroduced name"] += surface_unintroduced(sentence.text, earlier)
            if bare is not None and show_flagged:
                print(f"  [unintroduced name: {bare}] {folder.name[:8]}: {sentence.text}")
            counts["supported"] += cited >= 2
        counts["events"] += 1
        split[len(brief.events) or 1] += 1
        if len(brief.events) > 1:
            print(f"  {folder.name[:8]}: {len(brief.events)} events "
                  f"({'; '.join(e.label for e in brief.events)})")
        counts["differences"] += len(brief.differences)
        kinds.update(d.kind for d in brief.differences)
        if n < show:
            print(f"\n## {folder.name[:8]}\n\n{brief.to_markdown()}\n")
    total = max(counts["sentences"], 1)
    flags = FLAGS + ("unintroduced name",)
    figures = {k: counts[k] / total for k in flags + ("supported",) + tuple("surface " + f for f in flags)}
    for prefix in ("", "surface "):  # opening pronouns, definite openers and other dependence
        figures[prefix + "reference"] = figures[prefix + "pronoun"] + figures[prefix + "definite"]
        figures[prefix + "any reference"] = figures[prefix + "reference"] + figures[prefix + "dependent"]
    figures["framing, one outlet"] = counts["framing, one outlet"] / total
    figures["differences per event"] = counts["differences"] / max(counts["events"], 1)
    figures["sentences"] = counts["sentences"]
    figures["unintroduced name given in full"] = counts["unintroduced name given in full"] / total
    figures["name rewrites"] = counts["name rewrites"]
    figures["kinds"] = dict(sorted(kinds.items()))  # type: ignore[assignment]
    figures["events per story"] = dict(sorted(split.items()))  # type: ignore[assignment]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--strategy", default=None, help="default: the engine's default strategy")
    parser.add_argument("--options", type=json.loads, default={},
                        help='JSON constructor options for the strategy, e.g. \'{"reserve_names": false}\'')
    parser.add_argument("--length", default="100w", help="the briefs' length (default 100w)")
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="print the first N briefs (Markdown)")
    parser.add_argument("--flagged", action="store_true", help="print each brief sentence the spaCy detector flags")
    parser.add_argument("--half", choices=("both", "tuned", "held"), default="both",
                        help="measure one half only (tune settings with 'tuned', never 'held')")
    parser.add_argument("--without-framing", action="store_true",
                        help="the default rules without the framing rule (the figure before it)")
    args = parser.parse_args()
    if args.without_framing:
        args.options = {**args.options, "rules": dataclasses.replace(DEFAULT_RULES, drop_framing=False)}
    if not args.data.is_dir():
        sys.exit(f"error: no basil-dev data at {args.data}")
    events = sorted(p for p in args.data.iterdir() if p.is_dir())
    halves = {"tuned (first 25)": events[:TUNED], "held out (last 25)": events[TUNED:]}
    if args.half != "both":
        halves = {name: members for name, members in halves.items() if name.startswith(args.half)}
    print(f"strategy={args.strategy or 'default'} options={json.dumps(args.options, default=str)} length={args.length} "
          f"embeddings={not args.no_embeddings}")
    print("targets: unattributed 0%, reference (pronoun + definite) <= 1%, furniture 0%, "
          "framing in sentences cited to one outlet 0%, "
          "unintroduced name 0%, supported >= 50%; "
          "dependent: as low as the spaCy detector reads it (the surface one overcounts: no brief context)")
    for name, members in halves.items():
        start = time.perf_counter()
        figures = run(members, args.strategy, not args.no_embeddings,
                      args.show if name.startswith("tuned") else 0, args.flagged, args.options, args.length)
        print(f"\n{name}: {len(members)} events, {figures['sentences']} brief sentences, "
              f"{time.perf_counter() - start:.0f} s")
        for key in ("unattributed", "pronoun", "definite", "reference", "dependent", "any reference",
                    "furniture", "framing", "unintroduced name", "supported"):
            print(f"  {key:17s} spaCy {figures[key]:6.1%}   surface {figures.get('surface ' + key, float('nan')):6.1%}"
                  if key != "supported" else f"  {key:17s} {figures[key]:6.1%} (>= 2 outlets)")
        print(f"  framing in sentences cited to one outlet: {figures['framing, one outlet']:.1%} "
              "(the rest: claims another outlet states too, or wording other reports share)")
        print(f"  unintroduced names a report gives in full: {figures['unintroduced name given in full']:.1%} "
              f"of sentences; name rewrites (\"Ms. Lauten\" -> \"Elizabeth Lauten\"): {figures['name rewrites']}")
        print(f"  differences   {figures['differences per event']:.2f} per event {figures['kinds']}")
        print(f"  events per story {figures['events per story']} (events -> stories; each basil-dev "
              "folder is one story)")


if __name__ == "__main__":
    main()
