"""summarizer.language.splitting: sentences and words of languages other than English."""

from __future__ import annotations

import pytest

from summarizer.language.splitting import ends_sentence, split_sentences, words


@pytest.mark.parametrize("text, code, sentences", [
    # CJK full stops end a sentence with no space after them
    ("暴雨造成2人死亡。县政府已启动应急响应！居民安全吗？", "zh",
     ["暴雨造成2人死亡。", "县政府已启动应急响应！", "居民安全吗？"]),
    ("他说：“我们会重建。”然后离开了。", "zh", ["他说：“我们会重建。”", "然后离开了。"]),  # the quote stays
    ("倉庫の火災で3人が死亡した。原因は不明だ。", "ja", ["倉庫の火災で3人が死亡した。", "原因は不明だ。"]),
    # the Arabic question mark, with or without a space after it
    ("هل كان المبنى مخالفا؟ يقول السكان إن شققا أضيفت إليه.", "ar",
     ["هل كان المبنى مخالفا؟", "يقول السكان إن شققا أضيفت إليه."]),
    ("هل كان المبنى مخالفا؟يقول السكان.", "ar", ["هل كان المبنى مخالفا؟", "يقول السكان."]),
    ("आग लगी। तीन लोग मरे।", "ko", ["आग लगी।", "तीन लोग मरे।"]),  # the danda, in any language
    ("השריפה פרצה בלילה. צה״ל סייע בפינוי.", "he", ["השריפה פרצה בלילה.", "צה״ל סייע בפינוי."]),
])
def test_sentence_ends_of_other_scripts(text: str, code: str, sentences: list[str]) -> None:
    assert split_sentences(text, code) == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Am 3. Mai rief Dr. Anna Keller z. B. die Feuerwehr. Sie kam sofort.",
     ["Am 3. Mai rief Dr. Anna Keller z. B. die Feuerwehr.", "Sie kam sofort."]),
    ("Der Schaden beträgt ca. 5 Mio. Euro. Die Polizei ermittelt.",
     ["Der Schaden beträgt ca. 5 Mio. Euro.", "Die Polizei ermittelt."]),
    ("Anna K. Weber kam u.a. mit Prof. Lenz. Sie ging.", ["Anna K. Weber kam u.a. mit Prof. Lenz.", "Sie ging."]),
    ("Der Pegel stieg um 4,5 Meter. 1.500 Menschen flohen.", ["Der Pegel stieg um 4,5 Meter.", "1.500 Menschen flohen."]),
    ("Es brannte. warum, ist unklar.", ["Es brannte. warum, ist unklar."]),  # no sentence opens lower case
])
def test_german_abbreviations_initials_and_month_ordinals_stay_inside(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "de") == sentences


def test_each_language_has_its_own_abbreviations() -> None:
    text = "Погибли 3 человека, сообщил г. Иванов. Пожар потушен."
    assert split_sentences(text, "ru") == ["Погибли 3 человека, сообщил г. Иванов.", "Пожар потушен."]
    assert split_sentences("Habló el Sr. Gómez. Luego salió.", "es") == ["Habló el Sr. Gómez.", "Luego salió."]
    assert split_sentences("Habló el Sr. Gómez. Luego salió.", "de") == ["Habló el Sr.", "Gómez.", "Luego salió."]


def test_opening_marks_and_french_closing_quotes() -> None:
    assert split_sentences("Murieron 14 personas. ¿Cuánto durará? Nadie lo sabe.", "es") == [
        "Murieron 14 personas.", "¿Cuánto durará?", "Nadie lo sabe."]
    assert split_sentences("Le maire a parlé. « Restez chez vous. » Puis il est parti.", "fr") == [
        "Le maire a parlé.", "« Restez chez vous. »", "Puis il est parti."]


def test_every_character_but_spaces_between_sentences_is_kept() -> None:
    text = "Erster Satz.  Zweiter Satz! Dritter? Vierter."
    assert "".join(split_sentences(text, "de")).replace(" ", "") == text.replace(" ", "")
    assert split_sentences("", "de") == []


def test_german_quotes_end_a_sentence() -> None:
    assert split_sentences("Er sagte: „Wir bauen neu.“ Dann ging er.", "de") == [
        "Er sagte: „Wir bauen neu.“", "Dann ging er."]
    assert split_sentences("Sie sagte: ‚Nein.‘ Dann ging sie.", "de") == ["Sie sagte: ‚Nein.‘", "Dann ging sie."]
    # “ still opens a quotation after a sentence end
    assert split_sentences("Er ging. “Wir bauen neu.” Dann kam sie.", "de") == [
        "Er ging.", "“Wir bauen neu.”", "Dann kam sie."]


@pytest.mark.parametrize("text, sentences", [
    ("Es war der 3. Versuch. Er scheiterte.", ["Es war der 3. Versuch.", "Er scheiterte."]),
    ("Er kam zum 2. Mal. Dann ging er.", ["Er kam zum 2. Mal.", "Dann ging er."]),
    ("Jeder 5. Deutsche raucht. Das ist viel.", ["Jeder 5. Deutsche raucht.", "Das ist viel."]),
    ("Sie feierte den 100. Geburtstag. Alle kamen.", ["Sie feierte den 100. Geburtstag.", "Alle kamen."]),
    # a number after a bare preposition or a verb ends its sentence
    ("Er zählte bis 5. Dann ging er.", ["Er zählte bis 5.", "Dann ging er."]),
    ("Das Team wurde 3. Danach feierte es.", ["Das Team wurde 3.", "Danach feierte es."]),
])
def test_german_ordinals_after_an_article_stay_inside(text: str, sentences: list[str]) -> None:
    assert split_sentences(text, "de") == sentences


def test_ordinal_words_are_german_only() -> None:
    assert split_sentences("Il est arrivé le 3. Les autres ont suivi.", "fr") == [
        "Il est arrivé le 3.", "Les autres ont suivi."]


@pytest.mark.parametrize("text, expected", [
    ("县政府已启动应急响应。", True), ("县政府已启动应急响应", False),
    ("Er sagte « oui. »", True), ("هل؟  ", True), ("नमस्ते।", True), ("Und dann…", True),
    ("Fertig.)", True), ("Fertig.“", True), ("Fertig.‘", True), ("no end", False), ("3,5", False),
])
def test_ends_sentence(text: str, expected: bool) -> None:
    assert ends_sentence(text) is expected


@pytest.mark.parametrize("text, code, tokens", [
    ("Der Pegel stieg auf 4,5 Meter, 1.500 Menschen z.B. in Kiel.", "de",
     ["Der", "Pegel", "stieg", "auf", "4,5", "Meter", "1.500", "Menschen", "z.B", "in", "Kiel"]),
    ("Environ 1 500 habitants, 1\u202f800 autres; l'eau monte.", "fr",
     ["Environ", "1 500", "habitants", "1\u202f800", "autres", "l'eau", "monte"]),  # grouped numbers whole
    ("En 2019 500 personnes", "fr", ["En", "2019", "500", "personnes"]),  # a year is not a group
    ("צה״ל סייע", "he", ["צה״ל", "סייע"]),  # gershayim inside the word
    ("مُحَمَّد قال ٣٫٥", "ar", ["مُحَمَّد", "قال", "٣٫٥"]),  # vowel marks and the Arabic decimal mark inside
    ("किताबें पढ़ो", "de", ["किताबें", "पढ़ो"]),  # Devanagari vowel signs stay in their word
    ("全县共转移群众1,500人，损失1.5亿元。", "zh", ["全县", "共", "转移", "群众", "1,500", "人", "损失", "1.5", "亿元"]),
    ("倉庫の火災で3人が死亡した。", "ja", ["倉庫", "の", "火災", "で", "3", "人", "が", "死亡", "し", "た"]),
])
def test_words(text: str, code: str, tokens: list[str]) -> None:
    assert words(text, code) == tokens
