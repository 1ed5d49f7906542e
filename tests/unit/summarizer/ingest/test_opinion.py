from __future__ import annotations

from summarizer.ingest import Document
from summarizer.ingest.opinion import is_opinion, opinion_reports


def report(first: str, title: str | None = None) -> Document:
    return Document("r", None, (first, "It also said more."), title=title)


def test_a_wire_editorial_names_itself_in_its_opening() -> None:
    assert is_opinion(report("The New York Times said in an editorial for Sunday, Nov. 1: "
                             "The report is the most unsparing examination yet."))
    assert is_opinion(report("The Guardian said in its leading column on Monday: Britain must act."))


def test_a_news_report_quoting_an_editorial_is_news() -> None:
    """An editorial quoted further down, or one the opening reports without giving it."""
    assert not is_opinion(Document("r", None, (
        "Iraq's press warned Turkey on Sunday.",
        "\"The region cannot bear another conflict,\" Babil said in an editorial.")))
    assert not is_opinion(report("Babil said in an editorial on Sunday that the region cannot bear a war."))
    assert not is_opinion(report("Troops massed on the border on Sunday."))


def test_a_headline_label_names_an_opinion_piece_but_an_opinion_poll_is_news() -> None:
    assert is_opinion(report("Congress has failed us.", title="Opinion | The shutdown must end"))
    assert is_opinion(report("Congress has failed us.", title="Editorial: A budget without a plan"))
    assert not is_opinion(report("Most voters back the plan.", title="Opinion poll: most voters back the plan"))
    assert opinion_reports([report("Troops massed."), report("A.", title="Op-Ed: Why we fight")]) == {1}
