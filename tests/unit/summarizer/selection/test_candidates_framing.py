"""The framing rule of the candidate policy (``CandidateRules.drop_framing``), on invented reports:
a framing stated in the claim of one report alone is refused; a claim another report states
too (the brief cites both), or a framing other reports share (wire copy), is kept."""

import dataclasses

import pytest

from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.selection.candidates import DEFAULT_RULES, refusal

FRAMED = ("Relying on perhaps his last remaining advantage, Governor Ann Lee of Arvena entered the "
          "race for the presidency on Tuesday.")
PLAIN = "Governor Ann Lee of Arvena entered the race for the presidency on Tuesday at her old school."
DAZZLING = "Governor Lee's dazzling rise in the state party was matched by a slow loss of support at home."
REPORTS = [
    FRAMED + "\n\n"
    "The campaign raised four million dollars in its first month, aides said on Tuesday.\n\n" + DAZZLING,
    "Lee told the crowd that she would cut taxes for families in her first year in office.\n\n"
    "The governor is expected to visit three early primary states next week.",
]


def _verdicts(reports: list[str], rules=DEFAULT_RULES) -> dict[str, str | None]:
    c = Corpus(load_documents(reports))
    return {s.text: refusal(c, s.id, rules) for s in c.sentences}


def test_a_framing_in_one_reports_claim_is_refused():
    verdicts = _verdicts(REPORTS)
    assert verdicts[FRAMED] == "framing" and verdicts[DAZZLING] == "framing"
    assert verdicts["The governor is expected to visit three early primary states next week."] is None
    off = dataclasses.replace(DEFAULT_RULES, drop_framing=False)
    assert _verdicts(REPORTS, off)[FRAMED] is None


def test_a_claim_another_report_states_stands_and_the_plain_version_with_it():
    verdicts = _verdicts([REPORTS[0], REPORTS[1] + "\n\n" + PLAIN])
    assert verdicts[FRAMED] is None and verdicts[PLAIN] is None
    assert verdicts[DAZZLING] == "framing"


def test_a_framing_another_reports_version_shares_is_kept():
    retold = ("Relying on perhaps his last remaining advantage, Governor Ann Lee of Arvena entered the "
              "race for the presidency on Tuesday morning.")
    verdicts = _verdicts([REPORTS[0], REPORTS[1] + "\n\n" + retold])
    assert verdicts[FRAMED] is None and verdicts[retold] is None


@pytest.mark.parametrize("strategy", ["ilp", "lead", "lexrank"])
def test_no_extractive_strategy_prints_one_reports_framing(strategy):
    brief = summarize_corpus(Corpus(load_documents(REPORTS)), strategy, "100w", embeddings=False)
    printed = " ".join(s.text for s in brief.sentences)
    assert brief.sentences
    assert "perhaps" not in printed and "dazzling" not in printed
