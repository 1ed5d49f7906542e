"""Reports in languages other than English: detection, the text layer, every extractive
strategy on short reports written for these tests (tests/data/languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import language
from summarizer.errors import InputError
from summarizer.ingest import read_reports
from summarizer.language.detect import detect
from summarizer.text import (content_stems, ends_sentence, is_stop_word, normalize_number, split_sentences,
                             stem, word_count, words)

DATA = Path(__file__).parent / "data" / "languages"
SETS = ("de", "fr", "es", "ru", "zh", "ar")
EXTRACTIVE = ("lead", "lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic", "edmundson", "reduction",
              "random", "centroid", "mmr", "submodular", "ilp")


@pytest.mark.parametrize("typed, code", [("de", "de"), ("German", "de"), ("deutsch", "de"), ("deu", "de"),
                                         ("zh-CN", "zh"), ("Chinese", "zh"), ("العربية", "ar"), ("RU", "ru")])
def test_names_and_codes_resolve(typed, code):
    assert language.resolve(typed) == code


def test_unknown_or_unsupported_language_is_one_line_error():
    with pytest.raises(InputError, match="'klingon' is not supported"):
        language.resolve("klingon")
    with pytest.raises(InputError, match="no word segmenter"):
        language.resolve("th")


@pytest.mark.parametrize("code", SETS)
def test_each_report_is_detected_and_read_in_its_language(code):
    reading = read_reports([str(DATA / code)])
    assert reading.language == code and reading.warnings == []
    assert {d.language for d in reading.documents} == {code}
    for path in sorted((DATA / code).iterdir()):
        assert detect(path.read_text(encoding="utf-8").split("\n\n")) == code
    # nothing of the written prose is thrown away as clutter
    assert all(d.removed == () for d in reading.documents)


def test_english_is_detected_without_the_detector():
    assert detect(["Three people died on Tuesday when a fire swept through an apartment building "
                   "in the harbor district, officials said."]) == "en"


def test_a_mixed_set_is_read_in_the_majority_language_and_names_the_others():
    de = sorted(str(p) for p in (DATA / "de").iterdir())
    ru = str(DATA / "ru" / "otchet1.txt")
    reading = read_reports(de + [ru])
    assert reading.language == "de"
    assert [d.id for d in reading.documents] == ["bericht1.txt", "bericht2.txt", "bericht3.txt"]
    assert reading.warnings == ["report otchet1.txt: in Russian (ru), not German like the rest of the set: "
                                "summarize it separately, left out"]


def test_a_named_language_reads_every_report_in_it():
    reading = read_reports([str(DATA / "ru" / "otchet1.txt")], language="Russian")
    assert reading.language == "ru" and len(reading.documents) == 1


# --- the text layer ------------------------------------------------------------------------


def test_sentences_in_scripts_without_spaces_or_with_their_own_marks():
    assert split_sentences("暴雨造成2人死亡，1人失踪。县政府已启动应急响应！居民安全吗？是的。", "zh") == [
        "暴雨造成2人死亡，1人失踪。", "县政府已启动应急响应！", "居民安全吗？", "是的。"]
    assert split_sentences("倉庫の火災で3人が死亡した。原因は不明だ。", "ja") == ["倉庫の火災で3人が死亡した。", "原因は不明だ。"]
    assert split_sentences("هل كان المبنى مخالفا؟ يقول السكان إن شققا أضيفت إليه.", "ar") == [
        "هل كان المبنى مخالفا؟", "يقول السكان إن شققا أضيفت إليه."]
    assert split_sentences("השריפה פרצה בלילה. צה״ל סייע בפינוי.", "he") == ["השריפה פרצה בלילה.", "צה״ל סייע בפינוי."]
    assert ends_sentence("县政府已启动应急响应。", "zh") and not ends_sentence("县政府已启动应急响应", "zh")


def test_abbreviations_ordinals_and_opening_marks_per_language():
    assert split_sentences("Am 3. Mai rief Dr. Anna Keller z. B. die Feuerwehr. Sie kam sofort.", "de") == [
        "Am 3. Mai rief Dr. Anna Keller z. B. die Feuerwehr.", "Sie kam sofort."]
    assert split_sentences("Murieron 14 personas. ¿Cuánto durará? Nadie lo sabe.", "es") == [
        "Murieron 14 personas.", "¿Cuánto durará?", "Nadie lo sabe."]
    assert split_sentences("Le maire, M. Roussel, a parlé. « Restez chez vous. » Puis il est parti.", "fr") == [
        "Le maire, M. Roussel, a parlé.", "« Restez chez vous. »", "Puis il est parti."]


def test_words_stems_stop_words_and_numbers():
    assert words("全县共转移群众3200人。", "zh") == ["全县", "共", "转移", "群众", "3200", "人"]
    assert word_count("全县共转移群众3200人。", "zh") == 6
    assert word_count("全县共转移群众3200人。", "en") == 1  # English counts whitespace fields
    assert stem("Menschen", "de") == stem("Mensch", "de")
    assert stem("пожарных", "ru") == stem("пожарные", "ru")
    assert stem("Северозёрске", "ru") == stem("Северозерске", "ru")
    assert is_stop_word("de", "fr") and is_stop_word("der", "de") and is_stop_word("и", "ru")
    assert not is_stop_word("Feuerwehr", "de")
    assert content_stems("Un incendie a ravagé un entrepôt de meubles.", "fr") == ["incend", "ravag", "entrepôt", "meubl"]
    assert [normalize_number(n, "de") for n in ("1.500", "4,5", "20.000", "1.5")] == ["1500", "4.5", "20000", "1.5"]
    assert normalize_number("٣٥", "ar") == "35"
    assert words("Der Pegel stieg auf 4,5 Meter.", "de") == ["Der", "Pegel", "stieg", "auf", "4,5", "Meter"]


def test_english_is_the_default_and_unchanged_inside_another_languages_run():
    text = "Wyoming Gov. Jim Geringer spoke at 3 p.m. The U.S. Senate voted 93,000 times."
    english = (split_sentences(text), words(text), content_stems(text), normalize_number("93,000"))
    with language.use("de"):
        assert (split_sentences(text, "en"), words(text, "en"), content_stems(text, "en"),
                normalize_number("93,000", "en")) == english
        assert normalize_number("93,000") == "93"  # the run's language applies without one
    assert language.current() == "en"


# --- every extractive strategy ----------------------------------------------------------------


def _brief(code: str, strategy: str, length: str):
    from summarizer.api import summarize_corpus
    from summarizer.corpus import Corpus

    reading = read_reports([str(DATA / code)])
    with language.use(reading.language):  # the wiring api.summarize is asked to do
        corpus = Corpus(reading.documents)
        return corpus, summarize_corpus(corpus, strategy, length, embeddings=False)


@pytest.mark.parametrize("code", SETS)
@pytest.mark.parametrize("strategy", EXTRACTIVE)
def test_every_extractive_strategy_gives_a_sound_brief(code, strategy):
    from summarizer.text import is_near_duplicate

    corpus, brief = _brief(code, strategy, "45w")
    texts = [s.text for s in brief.sentences]
    assert texts
    with language.use(code):
        assert sum(word_count(t) for t in texts) <= 45
        for i, a in enumerate(texts):
            assert not any(is_near_duplicate(a, b) for b in texts[i + 1:])
    by_id = {d.id: i for i, d in enumerate(corpus.documents)}
    for sentence in brief.sentences:
        assert sentence.sources
        for source in sentence.sources:
            cited = [s.text for s in corpus.sentences
                     if s.doc == by_id[source.document] and s.index == source.sentence]
            assert cited, (source, sentence.text)
        assert sentence.text in {s.text for s in corpus.sentences}
