"""``summarize <set> -f json`` records each rewrite of a report's words (issue 13, point 2):
the real CLI in a subprocess on a handmade set (tests/data/trust/references) whose reports
open sentences with "One of them, Mark Ellison,", "The other, Dana Whitfield," and "She"."""

from __future__ import annotations

import json

from conftest import ROOT, run_summarize

REFERENCES = ROOT / "tests" / "data" / "trust" / "references"

#: The sentences a greedy brief (lead) prints rewritten, with the record the JSON gives.
EXPECTED = [
    ("Mark Ellison pleaded not guilty in federal court in the capital on Tuesday afternoon.",
     [{"kind": "reference", "from": "One of them", "to": "Mark Ellison"}]),
    ("Ellen Marsh told reporters after the meeting that she had never discussed the contract with her aides.",
     [{"kind": "reference", "from": "She", "to": "Ellen Marsh"}]),
    ("Dana Whitfield pleaded guilty to a lesser charge of visa fraud on Wednesday.",
     [{"kind": "reference", "from": "The other", "to": "Dana Whitfield"}]),
]


def sentences(*args: str) -> list[dict]:
    result = run_summarize(str(REFERENCES), "-f", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["sentences"]


def test_the_json_records_each_reference_a_greedy_brief_replaced_by_its_name():
    printed = sentences("-s", "lead")
    assert [(s["text"], s["rewrites"]) for s in printed if s["rewrites"]] == EXPECTED
    # what was not rewritten is a report's sentence as written (its sources may add others
    # that state the same claim in their own words)
    reports = {p.name: p.read_text(encoding="utf-8") for p in REFERENCES.glob("*.txt")}
    for sentence in printed:
        if not sentence["rewrites"]:
            assert any(sentence["text"] in reports[s["document"]] for s in sentence["sources"])


def test_the_default_brief_rewrites_nothing_and_says_so():
    printed = sentences()
    assert printed and all(s["rewrites"] == [] for s in printed)
    assert not any(s["text"].startswith(("One of them", "The other", "She ")) for s in printed)
