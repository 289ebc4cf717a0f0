"""Facts the articles of a story agree and disagree on."""
from __future__ import annotations

from unbait.document import Digest, Fact
from unbait.kb.agreement import compare_facts


def digest(i, *facts):
    return Digest(id=i, source=i, title=i, text="", facts=facts)


def test_same_fact_same_date_compared_across_articles():
    a = digest("a", Fact("rating", "19.0 %", "Harbor Lights", "t", date="June 3"), Fact("episodes", "16", "Harbor Lights", "t"))
    b = digest("b", Fact("rating", "18.952%", "“The Harbor Lights”", "t", date="june 3"), Fact("episodes", "16", "harbor lights", "t"))
    c = digest("c", Fact("rating", "19.0%", "Harbor Lights", "t", date="June 10"))
    rating, episodes = compare_facts([a, b, c])
    assert rating.values == (("a", "19.0 %"), ("b", "18.952%")) and not rating.agree
    assert episodes.agree and episodes.about == "Harbor Lights"


def test_a_fact_only_one_article_states_is_not_compared():
    assert compare_facts([digest("a", Fact("rating", "1%", "X", "t")), digest("b")]) == ()
