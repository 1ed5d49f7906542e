"""Where and when a report says its event happens (``summarizer.trust.places``): datelines,
scene names (checked by spaCy's entities in a report's lead, taken as written after it) and
dates."""

from __future__ import annotations

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.trust.places import LEAD_SENTENCES, EventDate, dateline_places, parse_date, scenes


@pytest.mark.parametrize("dateline,expected", [
    ("WASHINGTON ―", ["Washington"]),  # upper case titled, the dash dropped
    ("NEW YORK (AP) -", ["New York"]),  # the credit dropped
    ("Bandar Seri Begawan, Brunei", ["Bandar Seri Begawan", "Brunei"]),  # split at commas
    ("UN", ["UN"]),  # a short upper-case name is an acronym: kept as written
    (None, []),
])
def test_dateline_places(dateline, expected):
    assert dateline_places(dateline) == expected


def test_a_datelined_report_names_its_dateline_places_first():
    corpus = Corpus(load_documents([
        "BANDAR SERI BEGAWAN, Brunei (Reuters) - Kerry met Lavrov at a hotel on Tuesday. "
        "He then spoke to reporters.",
    ]))
    assert corpus.documents[0].place == "Bandar Seri Begawan, Brunei"
    assert scenes(corpus, 0) == [(-1, "Bandar Seri Begawan"), (-1, "Brunei")]


def test_lead_scenes_must_be_places_to_spacy_later_ones_are_taken_as_written():
    corpus = Corpus(load_documents([
        "Lerner worked at the Internal Revenue Service for years. Officials said so. Nothing happened. "
        "She later worked at the Internal Revenue Service in Seoul.",
    ]))
    assert [s.index for s in corpus.sentences] == [0, 1, 2, LEAD_SENTENCES]
    # in the lead the agency is an organisation, not a scene; after the lead it is not parsed
    assert scenes(corpus, 0) == [(3, "Internal Revenue Service"), (3, "Seoul")]
    assert scenes(corpus, 0, parsed=4) == [(3, "Seoul")]


def test_scene_names_are_cleaned_of_days_months_and_possessives():
    corpus = Corpus(load_documents([
        "The talks went well. Officials said so. Nothing happened there. "
        "Later he flew to Moscow Wednesday for talks. A visit to Geneva is planned in March. "
        "He criticised policies in Assad's regime. Troops returned to the Golan Heights.",
    ]))
    assert scenes(corpus, 0) == [(3, "Moscow"), (4, "Geneva"), (6, "Golan Heights")]


def test_a_lead_name_spacy_covers_only_in_part_is_no_place():
    corpus = Corpus(load_documents(["The rally began at Chick-fil-A in Seoul Wednesday. It ended at noon."]))
    assert scenes(corpus, 0) == [(0, "Seoul")]


@pytest.mark.parametrize("text,expected", [
    ("July 2", EventDate(7, 2)), ("Jul. 2, 2013", EventDate(7, 2, 2013)),
    ("2013-07-02", EventDate(7, 2, 2013)), ("on Sept 30th, 2012", EventDate(9, 30, 2012)),
    ("Feb 30, 2013 and March 3, 2013", EventDate(3, 3, 2013)),  # an impossible date is skipped
    ("2013-02-30", None), ("Monday 3", None), ("Tuesday", None), (None, None), ("", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_event_dates_order_and_distance():
    # a date without a year sorts before dated ones; between dated ones, by year, month, day
    assert sorted([EventDate(7, 2, 2013), EventDate(7, 1), EventDate(6, 30, 2013)], key=EventDate.key) == [
        EventDate(7, 1), EventDate(6, 30, 2013), EventDate(7, 2, 2013)]
    assert EventDate(7, 2).days_from(EventDate(7, 9, 2013)) == 7  # the year taken from the other
    assert EventDate(12, 31, 2012).days_from(EventDate(1, 2, 2013)) == 2
    assert (str(EventDate(7, 2)), str(EventDate(7, 2, 2013))) == ("July 2", "July 2, 2013")
