"""summarizer.language.detect: a report's language from its script, English function words or
langdetect; how a code is named; which language a set of reports is read in."""

from __future__ import annotations

import pytest

from summarizer.language.detect import MIN_LETTERS, choose, describe, detect

#: One news sentence per language ("three people died in a warehouse fire, police said").
SENTENCES = {
    "en": "Three people died on Tuesday when a fire swept through a warehouse, police said.",
    "de": "Am Dienstag sind bei einem Brand in einer Lagerhalle drei Menschen ums Leben gekommen, "
          "teilte die Polizei mit.",
    "fr": "Trois personnes sont mortes mardi dans l'incendie d'un entrepôt, selon la police locale.",
    "es": "Tres personas murieron el martes en el incendio de un almacén, según informó la policía.",
    "ru": "По данным МЧС, в результате пожара пострадали пять человек, их госпитализировали.",
    "uk": "У вівторок під час пожежі на складі загинули троє людей, повідомила поліція.",
    "zh": "周二，一座仓库发生火灾，造成三人死亡，警方表示。",
    "ja": "火曜日、倉庫で火災が発生し、三人が死亡したと警察が発表した。",
    "ko": "화요일 창고에서 화재가 발생해 세 명이 숨졌다고 경찰이 밝혔다.",
    "ar": "قالت الشرطة إن ثلاثة أشخاص لقوا حتفهم يوم الثلاثاء في حريق بمستودع.",
    "fa": "پلیس گفت سه نفر روز سه شنبه در آتش سوزی یک انبار جان خود را از دست دادند.",
    "he": "המשטרה מסרה כי שלושה בני אדם נהרגו ביום שלישי בשריפה במחסן.",
    "el": "Τρεις άνθρωποι σκοτώθηκαν την Τρίτη σε πυρκαγιά σε αποθήκη, ανακοίνωσε η αστυνομία.",
    "th": "ตำรวจเปิดเผยว่ามีผู้เสียชีวิตสามคนในเหตุเพลิงไหม้โกดังเมื่อวันอังคาร",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_one_sentence_is_enough(code: str) -> None:
    assert detect([SENTENCES[code]]) == code


def test_japanese_is_han_with_kana_and_chinese_is_han_alone() -> None:
    assert detect(["東京都庁で会議が開かれた。参加者は百人だった。"]) == "ja"
    assert detect(["东京都厅举行了会议，参加者有一百人，会议持续了三个小时。"]) == "zh"


def test_too_few_letters_to_tell() -> None:
    short = "Feuer in Kiel"
    assert sum(ch.isalpha() for ch in short) < MIN_LETTERS
    assert detect([short]) is None
    assert detect(["12 345 678 — 2024", "§ 3,5 %"]) is None  # digits and signs are no letters
    assert detect([]) is None


def test_menus_and_headlines_do_not_outvote_the_prose() -> None:
    menu = "Home | News | Sport | Weather | Contact | About us | Login"
    assert detect([menu, SENTENCES["de"]]) == "de"


def test_the_answer_is_the_same_every_time() -> None:
    assert {detect([SENTENCES["fr"]]) for _ in range(5)} == {"fr"}


def test_a_script_without_a_language_is_named_by_the_script() -> None:
    assert detect(["ᎣᏏᏲ ᏙᎯᏧ ᎠᏂᏴᏫ ᎤᏓᏅᏘ ᎠᏍᎦᏯ ᏗᏂᏲᏟ ᎠᏂᏣᎳᎩ ᎤᏂᏃᏕᎾ"]) == "cherokee"


def test_hindi_is_named_so_its_reason_can_be_shown() -> None:
    code = detect(["पुलिस ने बताया कि मंगलवार को एक गोदाम में आग लगने से तीन लोगों की मौत हो गई।"])
    assert code == "hi"
    assert choose({"a.txt": code}) == (
        "en", {"a.txt": "in Hindi, which the engine cannot read (no stemmer or stop-word list here yet)"})


def test_other_devanagari_languages_are_named_too() -> None:
    code = detect(["पोलिसांनी सांगितले की मंगळवारी एका गोदामाला लागलेल्या आगीत तीन जणांचा मृत्यू झाला."])
    assert (code, describe(code)) == ("mr", "Marathi")


def test_a_short_russian_sentence() -> None:
    # langdetect alone says Bulgarian; among the Cyrillic languages the engine reads it is Russian
    assert detect(["Во вторник при пожаре на складе погибли три человека, сообщила полиция."]) == "ru"


def test_a_cyrillic_report_is_never_called_a_language_the_engine_cannot_name() -> None:
    for text in ("Във вторник трима души загинаха при пожар в склад, съобщи полицията.",  # Bulgarian
                 "Во вторник тројца луѓе загинаа во пожар во магацин, соопшти полицијата."):  # Macedonian
        assert detect([text]) in ("ru", "uk")


@pytest.mark.parametrize("code, name", [
    (None, "unknown"), ("de", "German"), ("zh", "Chinese"), ("th", "Thai"), ("fa", "Persian"),
    ("xx", "xx"), ("devanagari", "Devanagari script"),
])
def test_describe(code: str | None, name: str) -> None:
    assert describe(code) == name


def test_choose_takes_the_majority_and_names_the_others() -> None:
    chosen, reasons = choose({"a.txt": "de", "b.txt": "ru", "c.txt": "de", "d.txt": None, "e.txt": "th"})
    assert chosen == "de"
    assert reasons == {
        "b.txt": "in Russian (ru), not German like the rest of the set: summarize it separately",
        "e.txt": "in Thai, which the engine cannot read (no word segmenter (Thai writes no spaces between words))",
    }


def test_choose_prefers_english_on_a_tie_else_the_first_report() -> None:
    assert choose({"a": "de", "b": "en"})[0] == "en"
    assert choose({"a": "fr", "b": "de"}) == (
        "fr", {"b": "in German (de), not French like the rest of the set: summarize it separately"})
    assert choose({"a": "de", "b": "fr"})[0] == "de"


def test_choose_without_a_readable_language_is_english() -> None:
    assert choose({"a": None}) == ("en", {})
    assert choose({"a": "xx"}) == ("en", {"a": "in xx, which the engine cannot read (not a language the engine reads)"})


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_script_counts_are_per_letter(code: str) -> None:
    from collections import Counter

    from summarizer.language.detect import _scripts
    from summarizer.language.resources import script

    paragraphs = [SENTENCES[code], SENTENCES["en"], "ÉLAN 42 ß"]
    assert _scripts(paragraphs) == Counter(script(ch) for p in paragraphs for ch in p if ch.isalpha())


def test_the_english_test_reads_the_beginning_of_the_prose() -> None:
    from summarizer.language.detect import ENGLISH_SAMPLE_CHARS

    english = [SENTENCES["en"]] * (ENGLISH_SAMPLE_CHARS // len(SENTENCES["en"]) + 1)
    german = [SENTENCES["de"]] * 40  # more German than English in all, after the sample
    assert detect(german) == "de" and detect(english + german) == "en"
    assert detect(german + english) == "de"
