"""Person timelines: written dates read with the article's year, events in date order."""
from __future__ import annotations

from unbait.kb.timeline import ArticleDate, fact_day, timeline
from unbait.kb.views import FactView, PersonView, QuoteView, RoleView


def test_fact_days():
    assert fact_day("final episode, May 12", "2024-05-13") == ("2024-05-12", False)
    assert fact_day("3rd March 2023", None) == ("2023-03-03", True)
    assert fact_day("Sept. 9", "2021-01-01") == ("2021-09-09", False)
    assert fact_day("aired 2022-10-01", None) == ("2022-10-01", True)
    assert fact_day("March", "2024-01-01") is None and fact_day("Feb 30", "2024-01-01") is None
    assert fact_day("April 29", None) is None


def test_timeline_orders_articles_roles_quotes_and_facts():
    p = PersonView(1, "Ode Lin", ("Ode Lin",), (RoleView("actor", "Kai", "Tide", "a2"), RoleView("actor", None, "X",
                                                                                                  "import:1:2")),
                   ("a1", "a2"), (QuoteView("Thanks", "Ode Lin", "a1", 0, 6),),
                   (FactView("rating", "9%", "Tide", "Jan 3", "9 percent", "a2", 0, 2),))
    events = timeline(p, {"a1": ArticleDate("First", "2024-02-01", "published"),
                          "a2": ArticleDate("Second", "2024-01-05", "ingested")})
    assert [(e.day, e.kind) for e in events] == [
        ("2024-01-03", "fact"), ("2024-01-05", "article"), ("2024-01-05", "role"),
        ("2024-02-01", "article"), ("2024-02-01", "quote")]
    assert events[0].dated_by == "fact, year of ingest"  # its year came from an ingest date only
