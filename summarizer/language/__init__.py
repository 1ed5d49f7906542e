"""Languages the engine reads: names and ISO 639-1 codes, what each needs, and the current one.

One table (``LANGUAGES``) says, for every language the engine reads, which stemmer, stop-word
list, word segmenter and sentence punctuation it uses; ``resolve`` turns what a user types
("de", "German", "deutsch", "zh-cn") into a code; ``detect.py`` finds a report's language
offline; ``resources.py`` loads the per-language tools; ``support.py`` says which parts of
the engine work in which language (and the note printed when a part is skipped).

The text layer takes an explicit ``language=`` everywhere; code that does not pass one gets
the *current* language, set for a whole run with ``use(code)`` (a context variable, so
threads and asyncio tasks each keep their own). Without either, the language is English and
every function behaves exactly as it did before other languages existed.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator

from summarizer.errors import InputError
from summarizer.text.lexicon import MONTHS_BY_LANGUAGE, ORDINAL_DETERMINERS_BY_LANGUAGE

ENGLISH = "en"


@dataclass(frozen=True)
class Language:
    """What the text layer needs to know about one language."""

    code: str  # ISO 639-1
    name: str  # English name, as shown to users
    native: str  # the language's own name (accepted by ``resolve``)
    snowball: str | None = None  # NLTK Snowball stemmer name; None: words are only lower-cased
    sumy_stop_words: str | None = None  # file in sumy/data/stopwords, without .txt
    spacy_stop_words: str | None = ""  # spacy.lang.<this>.stop_words ("": the code; None: none)
    segmenter: str | None = None  # "jieba" / "tinysegmenter": words are not space-separated
    cased: bool = True  # the script has upper and lower case
    decimal_comma: bool = False  # "3,5" is three and a half, "1.500" fifteen hundred
    abbreviations: frozenset[str] = frozenset()  # lower-case, without the final period
    months: frozenset[str] = frozenset()  # "am 3. Mai": an ordinal's period before a month
    #: "der 3. Versuch": after these words a number's period before a capital is an ordinal's.
    ordinal_determiners: frozenset[str] = frozenset()
    #: Lower-case letters beyond ASCII in the alphabet of a Latin-script language: a legacy
    #: (8-bit) reading whose letters fit no one alphabet is mojibake ("trčs ŕ Genčve").
    letters: str = ""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "English", "english", "porter", "english", spacy_stop_words=None),
    Language("de", "German", "deutsch", "german", "german", decimal_comma=True, letters="äöüß",
             abbreviations=_words("dr prof nr bzw ca usw vgl z b u a d h o ä s inkl evtl ggf "
                                  "jh mio mrd st str tel abs hr fr dipl ing"),
             months=MONTHS_BY_LANGUAGE["de"], ordinal_determiners=ORDINAL_DETERMINERS_BY_LANGUAGE["de"]),
    Language("fr", "French", "français", "french", "french", decimal_comma=True,
             letters="àâæçéèêëîïôœùûüÿ",
             abbreviations=_words("m mm mme mmes mlle dr pr st ste av bd env etc p ex cf n° no")),
    Language("es", "Spanish", "español", "spanish", "spanish", decimal_comma=True, letters="áéíñóúü",
             abbreviations=_words("sr sra srta dr dra d dña ud uds etc p ej núm n av pág ee uu")),
    Language("it", "Italian", "italiano", "italian", "italian", decimal_comma=True,
             letters="àèéìíîòóùú",
             abbreviations=_words("sig sigg dott prof ing avv on ecc pag n")),
    Language("pt", "Portuguese", "português", "portuguese", "portuguese", decimal_comma=True,
             letters="áâãàçéêíóôõúü",
             abbreviations=_words("sr sra dr dra prof etc pág n av")),
    Language("nl", "Dutch", "nederlands", "dutch", decimal_comma=True, letters="áéíóúàèëïöüĳ",
             abbreviations=_words("dhr mevr dr prof bijv enz nr ca")),
    Language("sv", "Swedish", "svenska", "swedish", "swedish", decimal_comma=True, letters="åäöé",
             abbreviations=_words("bl a t ex dvs osv ca nr")),
    Language("da", "Danish", "dansk", "danish", decimal_comma=True, letters="æøåé"),
    Language("no", "Norwegian", "norsk", "norwegian", spacy_stop_words="nb", decimal_comma=True,
             letters="æøåéèêóòô"),
    Language("fi", "Finnish", "suomi", "finnish", decimal_comma=True, letters="äöåšž"),
    Language("hu", "Hungarian", "magyar", "hungarian", decimal_comma=True, letters="áéíóöőúüű"),
    Language("ro", "Romanian", "română", "romanian", decimal_comma=True, letters="ăâîșțşţ"),
    Language("pl", "Polish", "polski", None, "polish", decimal_comma=True, letters="ąćęłńóśźż",
             abbreviations=_words("np nr tzw ok godz ul mln mld tys dr prof")),
    Language("cs", "Czech", "čeština", None, "czech", decimal_comma=True, letters="áčďéěíňóřšťúůýž"),
    Language("sk", "Slovak", "slovenčina", None, "slovak", decimal_comma=True,
             letters="áäčďéíĺľňóôŕšťúýž"),
    Language("ru", "Russian", "русский", "russian", decimal_comma=True,
             abbreviations=_words("г гг т д п ул млн млрд тыс руб см им др пр проф")),
    Language("uk", "Ukrainian", "українська", None, "ukrainian", decimal_comma=True,
             abbreviations=_words("р рр т д п вул млн млрд тис грн див ім")),
    Language("el", "Greek", "ελληνικά", None, "greek", decimal_comma=True),
    Language("ar", "Arabic", "العربية", "arabic", "arabic", cased=False),
    Language("he", "Hebrew", "עברית", None, "hebrew", cased=False),
    Language("zh", "Chinese", "中文", None, "chinese", segmenter="jieba", cased=False),
    Language("ja", "Japanese", "日本語", None, "japanese", segmenter="tinysegmenter", cased=False),
    Language("ko", "Korean", "한국어", None, "korean", cased=False),
)}

#: Languages a detector may report that the engine cannot read yet, and why.
UNSUPPORTED = {
    "th": ("Thai", "no word segmenter (Thai writes no spaces between words)"),
    "hi": ("Hindi", "no stemmer or stop-word list here yet"),
    "mr": ("Marathi", "no stemmer or stop-word list here yet"),
    "ne": ("Nepali", "no stemmer or stop-word list here yet"),
    "fa": ("Persian", "no stemmer or stop-word list here yet"),
    "ur": ("Urdu", "no stemmer or stop-word list here yet"),
}

#: Other spellings users type: ISO 639-2/3 codes, regional tags, older names.
_ALIASES = {
    "eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
    "por": "pt", "nld": "nl", "dut": "nl", "swe": "sv", "dan": "da", "nor": "no", "nb": "no",
    "nob": "no", "nn": "no", "fin": "fi", "hun": "hu", "ron": "ro", "rum": "ro", "pol": "pl",
    "ces": "cs", "cze": "cs", "slk": "sk", "slo": "sk", "rus": "ru", "ukr": "uk", "ell": "el",
    "gre": "el", "ara": "ar", "heb": "he", "iw": "he", "zho": "zh", "chi": "zh", "jpn": "ja",
    "kor": "ko", "castellano": "es", "mandarin": "zh", "farsi": "fa",
}


def _lookup() -> dict[str, str]:
    table = dict(_ALIASES)
    for lang in LANGUAGES.values():
        table.update({lang.code: lang.code, lang.name.lower(): lang.code, lang.native.lower(): lang.code})
    return table


def resolve(name: str) -> str:
    """The ISO 639-1 code for a language name or code ("German", "de", "deu", "zh-CN").

    Raises ``InputError`` (one line for the user) for a language the engine cannot read."""
    key = name.strip().lower().replace("_", "-")
    table = _lookup()
    code = table.get(key) or table.get(key.split("-")[0])
    if code in LANGUAGES:
        return code
    known = ", ".join(sorted(LANGUAGES))
    unsupported = UNSUPPORTED.get(code or key.split("-")[0])
    why = f": {unsupported[1]}" if unsupported else ""
    raise InputError(f"language {name!r} is not supported{why}; use a name or ISO 639-1 code: {known}")


def get(code: str | None) -> Language:
    """The table entry of a code (``None``: the current language)."""
    return LANGUAGES[code or current()]


def display_name(code: str) -> str:
    """'German' for "de"; the code itself for a language outside the tables."""
    if code in LANGUAGES:
        return LANGUAGES[code].name
    return UNSUPPORTED.get(code, (code, ""))[0]


# --- the current language ----------------------------------------------------------------

_CURRENT: contextvars.ContextVar[str] = contextvars.ContextVar("summarizer_language", default=ENGLISH)


def current() -> str:
    """The language of the run in progress (English unless ``use`` set another)."""
    return _CURRENT.get()


@contextmanager
def use(code: str | None) -> Iterator[str]:
    """Within this block, text functions called without ``language=`` read ``code``
    (``None`` keeps the current language)."""
    if code is None:
        yield current()
        return
    token = _CURRENT.set(code if code in LANGUAGES else resolve(code))
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)


def of_documents(documents: Iterable[object]) -> str:
    """The language of a set of documents (``Document.language``; English when absent).

    Reading keeps one language per run, so all documents agree; if they do not, the first
    one's language wins, as the documents arrive in a stable order."""
    for document in documents:
        return getattr(document, "language", None) or ENGLISH
    return ENGLISH
