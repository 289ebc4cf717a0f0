"""The card renderer escapes every field from an article and shows what the macro showed."""
from __future__ import annotations

import pytest

from unbait.document import Digest, Headline, Spoiler
from unbait.kb.views import StoryView
from unbait.web.card_html import card
from unbait.web.cards import Card, Named

BAD = '<img src=x onerror="a()">'


def _card(score=0.9, articles=("a1",), outlets=1, site=BAD):
    d = Digest(id="a1", source="s", title=f"Title {BAD}", text="t", published="2030-05-06T10:00:00", site=site,
               headline=Headline(score, Spoiler("phrase", f"hugged {BAD}", 0, 3)))
    return Card(d, StoryView("st<1>", "Title", articles, (), None), outlets,
                (Named(BAD, 7, "actor"), Named("Nobody", None)), (Named("Show", 3),))


def test_everything_from_the_article_is_escaped():
    html = str(card(_card()))
    assert "<img" not in html and "&lt;img src=x onerror=&#34;a()&#34;&gt;" in html
    assert 'href="/stories/st&lt;1&gt;"' in html


def test_clickbait_card_shows_spoiler_badge_links_and_date():
    html = str(card(_card(articles=("a1", "a2", "a3"), outlets=2), "h3"))
    assert '<h3 id="t-a1" class="headline"><a href="/articles/a1">' in html
    assert "What happened:</span> <em>hugged" in html and "clickbait 90%" in html
    assert "2 outlets · 3 articles" in html and '<time datetime="2030-05-06">2030-05-06</time>' in html
    assert '<a href="/people/7">' in html and ", Nobody" in html and '<a href="/works/3">Show</a>' in html


def test_straight_headline_hides_the_spoiler_and_one_outlet_is_singular():
    html = str(card(_card(score=0.1, site=None)))
    assert "What happened" not in html and "straight 10%" in html and "1 outlet</a>" in html
    assert "<span>" not in html.split('class="meta"')[1].split("</p>")[0].replace('<span class="badge', "")


def test_heading_must_be_a_known_level():
    with pytest.raises(ValueError):
        card(_card(), "script")
