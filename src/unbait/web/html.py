"""The HTML pages: front, article, person, work, story, search. Server-rendered, no script.

Pages whose reads are small and bounded (front, article, person summary, story) are
``async def``: they run on the event loop, without a hop to the thread pool and GIL hand-offs
between its threads (about half the requests per second under load). A work's page (all its
facts) can take longer, so it stays in the pool rather than hold up the loop. Search (it ranks
every match) starts on the loop under a time budget and moves to the pool when it runs long."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from unbait.errors import OverBudget
from unbait.kb.agreement import compare_facts
from unbait.kb.page import ArticleFilter
from unbait.web.api import Cursor, Db, Id
from unbait.web.cards import cards, story_cards
from unbait.web.chart import ratings_chart
from unbait.web.stories import Stories
from unbait.web.templates import render
from unbait.web.text import CLOSE, OPEN, paragraphs

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Text = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(max_length=10)]
LATEST, QUOTES = 20, 20  # stories per page (front, person, work); quotes per page of a person's


def _found(value, what: str):
    if value is None:
        raise HTTPException(404, f"No such {what}.")
    return value


def _first_id(found) -> int:
    if not found:
        raise HTTPException(404, "Nobody and nothing by that name is known.")
    return found[0].id


@router.get("/")
async def front(request: Request, db: Db, cursor: Cursor = None, person: Text = None, work: Text = None,
          site: Text = None, since: Day = None, until: Day = None, hide_clickbait: bool = False):
    where = ArticleFilter(_first_id(db.kb().person(person)) if person else None,
                          _first_id(db.kb().work(work)) if work else None,
                          site or None, since or None, until or None, hide_clickbait)
    page = db.pages().articles(where, LATEST, cursor)
    form = {"person": person, "work": work, "site": site, "since": since, "until": until,
            "hide_clickbait": hide_clickbait}
    return render(request, "front.html", {"cards": cards(db, page.items), "next": page.next, "form": form,
                                          "sites": db.pages().sites()})


@router.get("/articles/{article_id}")
async def article(request: Request, article_id: str, db: Db):
    d = _found(db.digest(article_id), "article")
    [card] = cards(db, (d,))
    spoiler = d.headline.spoiler
    body = paragraphs(d.text, (spoiler.start, spoiler.end) if spoiler and spoiler.end > spoiler.start else None)
    others = [c for c in story_cards(db, card.story) if c.digest.id != d.id]
    return render(request, "article.html", {"card": card, "d": d, "body": body, "others": others})


@router.get("/people/{person_id}")
async def person(request: Request, person_id: Id, db: Db, cursor: Cursor = None):
    p = _found(db.pages().person_summary(person_id), "person")
    quotes = db.pages().person_quotes(person_id, QUOTES, cursor)
    headers = db.pages().headers(tuple({q.article_id for q in quotes.items}))
    works = db.pages().work_ids(tuple({r.work for r in p.roles if r.work}))
    return render(request, "person.html", {"p": p, "headers": headers, "works": works, "quotes": quotes.items[::-1],
                                           "earlier": quotes.next, "stories": db.pages().person_stories(person_id, LATEST),
                                           "costars": db.pages().costars(person_id)})


@router.get("/works/{work_id}")
def work(request: Request, work_id: Id, db: Db):
    w = _found(db.pages().work_by_id(work_id), "work")
    people = db.pages().person_ids(tuple({c.person for c in w.cast}))
    episodes = sorted({f.value for f in w.facts if f.kind == "episodes"})
    latest = db.pages().articles(ArticleFilter(work=work_id), LATEST).items
    return render(request, "work.html", {"w": w, "people": people, "chart": ratings_chart(w.facts),
                                         "episodes": episodes, "stories": cards(db, latest)})


@router.get("/stories/{story_id}")
async def story(request: Request, story_id: str, db: Db):
    s = _found(Stories(db).get(story_id), "story")
    members = story_cards(db, s)
    copies = {a for pair in s.copies for a in pair}
    facts = compare_facts(c.digest for c in members)
    return render(request, "story.html", {"s": s, "members": members, "copies": copies, "facts": facts})


SEARCH_ON_LOOP = 0.02  # seconds of SQL a search may take on the event loop before it moves to a thread


@router.get("/search")
async def search(request: Request, db: Db, q: Text = None, cursor: Cursor = None):
    """Most searches rank a few hundred matches in a millisecond or two: they run on the event loop.
    One that takes longer (a common word over a large store) is stopped and run again in the
    thread pool, so it never holds up the pages of other readers."""
    try:
        return _search(request, db, q, cursor, SEARCH_ON_LOOP)
    except OverBudget:
        return await run_in_threadpool(_search, request, db, q, cursor, None)


def _search(request: Request, db: Db, q: str | None, cursor: str | None, budget: float | None):
    page = db.pages().search_page(q, 20, cursor, marks=(OPEN, CLOSE), budget=budget) if q and q.strip() else None
    titles = {}
    if page:
        found = db.pages().headers(tuple({h.article_id for h in page.items if h.article_id}))
        titles = {i: title for i, (title, _) in found.items()}
    return render(request, "search.html", {"q": q or "", "page": page, "titles": titles})
