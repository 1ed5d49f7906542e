"""The lexicon's word lists for languages other than English, keyed by ISO 639-1 code.

Part of ``summarizer.text.lexicon`` (import them from there): kept in a module of their own
so each file stays short enough to read in one sitting.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tables keyed by ISO 639-1 code, for the languages whose number differences the engine
# finds (``summarizer.trust.quantities``). Entries are lower-case, as written (Arabic without
# vowel marks); phrases are tuples of words as the language's tokenizer splits them.

#: Spelled-out numbers up to twelve (the forms news prose writes as words), with their value.
NUMBER_WORDS_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12},
    "ru": {"два": 2, "две": 2, "двое": 2, "двух": 2, "три": 3, "трое": 3, "трех": 3, "четыре": 4,
           "четверо": 4, "пять": 5, "пятеро": 5, "шесть": 6, "шестеро": 6, "семь": 7, "семеро": 7,
           "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12},
    "ar": {"اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5,
           "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8,
           "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10},
}
#: Words that multiply the number before them.
SCALES_BY_LANGUAGE: dict[str, dict[str, int]] = {
    "de": {"tausend": 1_000, "million": 10**6, "millionen": 10**6, "mio": 10**6,
           "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9},
    "fr": {"mille": 1_000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9},
    "es": {"mil": 1_000, "millón": 10**6, "millones": 10**6, "millardo": 10**9, "millardos": 10**9},
    "ru": {"тысяча": 1_000, "тысячи": 1_000, "тысяч": 1_000, "тыс": 1_000, "миллион": 10**6,
           "миллиона": 10**6, "миллионов": 10**6, "млн": 10**6, "миллиард": 10**9,
           "миллиарда": 10**9, "миллиардов": 10**9, "млрд": 10**9},
    "ar": {"ألف": 1_000, "آلاف": 1_000, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9,
           "مليارات": 10**9},
    "zh": {"千": 1_000, "万": 10**4, "亿": 10**8},
}
#: Words before a number that change the quantity it states, in the classes of
#: ``QUANTITY_QUALIFIERS`` ("mehr als 20" is "more than 20"). Like the English list used for
#: differences, prepositions that are as often something else ("über", "до") are left out.
QUALIFIERS_BY_LANGUAGE: dict[str, dict[tuple[str, ...], str]] = {
    "de": {("mehr", "als"): "more than", ("mindestens",): "at least", ("wenigstens",): "at least",
           ("rund",): "about", ("etwa",): "about", ("ca",): "about", ("circa",): "about",
           ("ungefähr",): "about", ("knapp",): "nearly", ("fast",): "nearly", ("beinahe",): "nearly",
           ("bis", "zu"): "at most", ("höchstens",): "at most", ("weniger", "als"): "less than"},
    "fr": {("plus", "de"): "more than", ("au", "moins"): "at least", ("environ",): "about",
           ("quelque",): "about", ("près", "de"): "nearly", ("presque",): "nearly",
           ("jusqu'à",): "at most", ("au", "plus"): "at most", ("moins", "de"): "less than"},
    "es": {("más", "de"): "more than", ("al", "menos"): "at least", ("por", "lo", "menos"): "at least",
           ("unos",): "about", ("unas",): "about", ("alrededor", "de"): "about",
           ("aproximadamente",): "about", ("cerca", "de"): "nearly", ("casi",): "nearly",
           ("hasta",): "at most", ("menos", "de"): "less than"},
    "ru": {("более",): "more than", ("свыше",): "more than", ("больше",): "more than",
           ("не", "менее"): "at least", ("как", "минимум"): "at least",
           ("по", "меньшей", "мере"): "at least", ("около",): "about", ("примерно",): "about",
           ("приблизительно",): "about", ("почти",): "nearly", ("не", "более"): "at most",
           ("менее",): "less than", ("меньше",): "less than"},
    "ar": {("أكثر", "من"): "more than", ("ما", "يزيد", "على"): "more than",
           ("ما", "يزيد", "عن"): "more than", ("ما", "لا", "يقل", "عن"): "at least",
           ("نحو",): "about", ("حوالي",): "about", ("زهاء",): "about", ("قرابة",): "nearly",
           ("ما", "يقرب", "من"): "nearly", ("أقل", "من"): "less than"},
    "zh": {("超过",): "more than", ("逾",): "more than", ("至少",): "at least", ("约",): "about",
           ("大约",): "about", ("约为",): "about", ("近",): "nearly", ("将近",): "nearly",
           ("接近",): "nearly", ("不到",): "less than", ("不足",): "less than", ("最多",): "at most",
           ("多达",): "at most"},
}
#: Qualifiers written after the number (or after its measure word): "3200多人", "2000人左右",
#: "13 شخصا على الأقل". In Chinese "多" and "余" also open the word that follows the number.
QUALIFIERS_AFTER_BY_LANGUAGE: dict[str, dict[tuple[str, ...], str]] = {
    "zh": {("多",): "more than", ("余",): "more than", ("以上",): "more than",
           ("左右",): "about", ("上下",): "about"},
    "ar": {("على", "الأقل"): "at least"},
}
#: Month names (with their usual abbreviations), in the form written after a day
#: ("am 3. Mai", "le 3 mai", "3 мая", "3 مايو").
MONTHS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("januar februar märz april mai juni juli august september oktober november "
                 "dezember jan feb mär apr jun jul aug sep sept okt nov dez"),
    "fr": _words("janvier février mars avril mai juin juillet août septembre octobre novembre "
                 "décembre"),
    "es": _words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                 "diciembre"),
    "ru": _words("января февраля марта апреля мая июня июля августа сентября октября ноября "
                 "декабря"),
    "ar": _words("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
                 "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"),
}
#: Articles, determiners and article-fused prepositions after which "<number>. <Noun>" is an
#: ordinal, not a sentence end ("der 3. Versuch", "zum 2. Mal", "jeder 5. Deutsche"). Bare
#: prepositions are left out: "Er zählte bis 5. Dann ging er." ends a sentence.
ORDINAL_DETERMINERS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("der die das dem den des zum zur am im vom beim ins ans aufs "
                 "jeder jede jedes jedem jeden dieser diese dieses diesem diesen"),
}
#: Words after a number that make it a time of day, or (Chinese) a date ("12日", "5月").
TIME_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": _words("uhr"), "fr": _words("heures heure h"), "es": _words("horas"),
    "ru": _words("часов часа"), "zh": _words("年 月 日 号 时 点 分 秒 日晚 日夜 时许"),
}
#: A day or a time is no count: two different days are not two accounts of one quantity.
DATE_WORDS_BY_LANGUAGE: dict[str, frozenset[str]] = {
    code: MONTHS_BY_LANGUAGE.get(code, frozenset()) | TIME_WORDS_BY_LANGUAGE.get(code, frozenset())
    for code in sorted(set(MONTHS_BY_LANGUAGE) | set(TIME_WORDS_BY_LANGUAGE))
}
