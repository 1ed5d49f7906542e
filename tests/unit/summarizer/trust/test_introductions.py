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
