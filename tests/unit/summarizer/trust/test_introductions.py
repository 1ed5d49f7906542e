"""summarizer.trust.introductions: a person's full name comes before "Mr. Surname"."""

from summarizer.trust.introductions import full_names, introduction_order, short_forms

BENGHAZI = [
    "Draft talking points showed efforts by Victoria Nuland to strip out references.",
    "Mr. Morell, officials said, acted on his own and not under pressure.",
    "Officials said that Michael J. Morell, then the deputy director, also wanted the line removed.",
    "The White House released the e-mails on Wednesday.",
]


def test_short_forms_are_surnames_behind_a_courtesy_title_only():
    assert short_forms(BENGHAZI[1]) == {"Morell"}
    assert short_forms("Ms. Rice met reporters after Susan Rice spoke.") == set()  # full name too
    assert short_forms(BENGHAZI[3]) == set()


def test_full_names_need_a_first_name_or_initial_not_a_title():
    assert "Morell" in full_names(BENGHAZI[2])
    assert "Morell" not in full_names("Mr. Morell said so.")
    assert "Nuland" in full_names(BENGHAZI[0])


def test_the_sentence_with_the_full_name_moves_up_before_the_short_form():
    assert introduction_order(BENGHAZI) == [0, 2, 1, 3]


def test_sentences_never_move_across_groups_and_need_no_move_when_introduced():
    assert introduction_order(BENGHAZI, groups=[0, 0, 1, 1]) == [0, 1, 2, 3]
    assert introduction_order([BENGHAZI[2], BENGHAZI[1], BENGHAZI[3]]) == [0, 1, 2]
    assert introduction_order([]) == []


# --- introduce_names: a surname the brief never introduces gets its report's full name -----

def _brief(corpus, ids):
    from summarizer.brief import BriefSentence

    return [BriefSentence(text=corpus.sentences[i].text, sources=[], sentence_id=i) for i in ids]


def _corpus():
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    return Corpus(load_documents([
        "Elizabeth Lauten, a communications director for a congressman, criticized the president's "
        "daughters on Facebook on Friday. Ms. Lauten apologized on Sunday after a wave of criticism "
        "online. Jon Bruning, the state attorney general, filed a lawsuit. Bruning said the state "
        "would win the case in court."]))


def test_a_courtesy_title_and_surname_become_the_full_name_the_report_gave():
    from summarizer.budget import Budget
    from summarizer.trust.introductions import introduce_names

    c = _corpus()
    [out] = introduce_names(c, _brief(c, [1]), Budget.parse("100w"))
    assert out.text == "Elizabeth Lauten apologized on Sunday after a wave of criticism online."
    assert [r.to_dict() for r in out.rewrites] == [{"kind": "name", "from": "Ms. Lauten", "to": "Elizabeth Lauten"}]


def test_a_surname_introduced_earlier_in_the_brief_or_without_room_stays():
    from summarizer.budget import Budget
    from summarizer.trust.introductions import introduce_names

    c = _corpus()
    first, second = introduce_names(c, _brief(c, [0, 1]), Budget.parse("100w"))
    assert second.text == c.sentences[1].text and second.rewrites == []
    # "Bruning" -> "Jon Bruning" costs a word: with no word to spare it stays
    tight = introduce_names(c, _brief(c, [3]), Budget.parse(f"{len(c.sentences[3].text.split())}w"))
    assert tight[0].text == c.sentences[3].text
    [roomy] = introduce_names(c, _brief(c, [3]), Budget.parse("100w"))
    assert roomy.text == "Jon Bruning said the state would win the case in court."
