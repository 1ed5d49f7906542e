"""summarizer.text.lexicon.dependence: the words through which a sentence leans on something
it does not say, read through the lexicon."""

from summarizer.nlp.load import parse
from summarizer.text import lexicon
from summarizer.text.lexicon import dependence


def test_the_lexicon_gives_the_same_lists():
    for name in ("REPLY_VERBS", "REPLY_NOUNS", "BACK_VERBS", "OWN_POSSESSIVES"):
        assert getattr(lexicon, name) is getattr(dependence, name)


def test_verbs_are_the_lemmas_spacy_gives():
    """They are compared with spaCy's lemmas: each form of a reply reads as an entry."""
    doc = parse("She retorted, he responded, they replied, it countered, he rebutted, she fired back.")
    verbs = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
    assert {"retort", "respond", "reply", "counter", "rebut"} <= dependence.REPLY_VERBS & verbs
    assert "fire" in dependence.BACK_VERBS & verbs


def test_entries_are_lower_case_single_words():
    for words in (dependence.REPLY_VERBS, dependence.REPLY_NOUNS, dependence.BACK_VERBS, dependence.OWN_POSSESSIVES):
        assert words and all(w == w.lower() and " " not in w for w in words)
