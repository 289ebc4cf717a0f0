"""The JSON API under /api. Bodies follow the ``unbait read --json`` digest contract;
lists are ``{"items": [...], "next": cursor|null}``, next pages via ``?cursor=``."""
from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from unbait.digest_json import digest_to_dict
from unbait.document import RawArticle
from unbait.kb.agreement import compare_facts
from unbait.kb.page import MAX_ID, ArticleFilter, Page
from unbait.settings import setting
from unbait.store import Store
from unbait.web.stories import Stories
from unbait.web.text import OPEN, CLOSE, plain_snippet

router = APIRouter(prefix="/api", tags=["api"])
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Cursor = Annotated[str | None, Query(max_length=200, description="The `next` of the previous page.")]
Id = Annotated[int, Path(ge=0, le=MAX_ID, description="A KB id.")]
IdFilter = Annotated[int | None, Query(ge=0, le=MAX_ID)]


async def store(request: Request) -> Store:
    """The Store of the thread that uses it (see ``unbait.web.app.Stores``); async, so resolving
    it costs no thread-pool hop. The small bounded GETs are async too (see ``unbait.web.html``);
    people and works (views that grow with fame, pages of up to 200 of them) and search stay in
    the thread pool."""
    return request.app.state.stores


Db = Annotated[Store, Depends(store)]


class ArticleIn(BaseModel):
    title: str = Field(min_length=1, max_length=1000)
    text: str = Field(min_length=1)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40)
    site: str | None = Field(default=None, max_length=200)


def _json(data: Any, status: int = 200) -> JSONResponse:
    """A JSON response as is: the bodies are plain dicts already, FastAPI's encoder would only slow them."""
    return JSONResponse(data, status)


def asdict(view: Any) -> Any:
    """A frozen view as plain JSON data (dicts and lists), like ``dataclasses.asdict`` but without
    its deep copies: those were three quarters of ``/api/people/{id}`` on a 100k store."""
    if hasattr(view, "__dataclass_fields__"):
        return {name: asdict(getattr(view, name)) for name in view.__dataclass_fields__}
    if isinstance(view, (tuple, list)):
        return [asdict(item) for item in view]
    if isinstance(view, dict):
        return {key: asdict(value) for key, value in view.items()}
    return view


def _page(page: Page, to_dict=asdict) -> JSONResponse:
    return _json({"items": [to_dict(item) for item in page.items], "next": page.next})


def _found(value: Any, what: str) -> Any:
    if value is None:
        raise HTTPException(404, f"no such {what}")
    return value


@router.get("/articles", summary="Articles, newest first, with filters")
async def articles(db: Db, limit: Limit = 50, cursor: Cursor = None, person: IdFilter = None, work: IdFilter = None,
             site: Annotated[str | None, Query(max_length=200)] = None,
             since: Annotated[str | None, Query(max_length=10)] = None,
             until: Annotated[str | None, Query(max_length=10)] = None, hide_clickbait: bool = False) -> dict:
    where = ArticleFilter(person, work, site, since, until, hide_clickbait)
    return _page(db.pages().articles(where, limit, cursor), digest_to_dict)


@router.get("/articles/{article_id}", summary="One article's digest and its story")
async def article(article_id: str, db: Db) -> dict:
    digest = _found(db.digest(article_id), "article")
    return _json({**digest_to_dict(digest), "story": Stories(db).of(digest).id})


@router.get("/people", summary="People in the knowledge base")
def people(db: Db, limit: Limit = 50, cursor: Cursor = None) -> dict:
    return _page(db.pages().people_page(limit, cursor))


@router.get("/people/{person_id}", summary="One person: spellings, roles, quotes, facts, co-stars")
def person(person_id: Id, db: Db) -> dict:
    found = _found(db.pages().person_by_id(person_id), "person")
    return _json({**asdict(found), "costars": [{"id": i, "name": n} for i, n in db.pages().costars(person_id)]})


@router.get("/works", summary="Works in the knowledge base")
def works(db: Db, limit: Limit = 50, cursor: Cursor = None) -> dict:
    return _page(db.pages().works_page(limit, cursor))


@router.get("/works/{work_id}", summary="One work: cast, networks, facts, articles")
def work(work_id: Id, db: Db) -> dict:
    return _json(asdict(_found(db.pages().work_by_id(work_id), "work")))


@router.get("/stories", summary="Stories, most recent first")
async def stories(db: Db, limit: Limit = 50, cursor: Cursor = None) -> dict:
    return _page(Stories(db).page(limit, cursor))


@router.get("/stories/{story_id}", summary="One story: its articles, copies, facts compared")
async def story(story_id: str, db: Db) -> dict:
    found = _found(Stories(db).get(story_id), "story")
    digests = db.pages().digests(found.articles)
    facts = compare_facts(digests[i] for i in found.articles if i in digests)
    return _json({**asdict(found), "facts": [{**asdict(f), "agree": f.agree} for f in facts]})


@router.get("/search", summary="Full-text search over articles, quotes and names")
def search(db: Db, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
           cursor: Cursor = None) -> dict:
    page = db.pages().search_page(q, limit, cursor, marks=(OPEN, CLOSE))
    return _json({"items": [{**asdict(h), "snippet": plain_snippet(h.snippet)} for h in page.items],
                  "next": page.next})


def _analyse(request: Request, body: ArticleIn, db: Store):
    import unbait

    if len(body.text.encode()) > int(db.get_setting("max_input_bytes")):
        raise HTTPException(413, f"the text is over max_input_bytes ({setting('max_input_bytes').default})")
    raw = RawArticle(source=body.url or "<api>", title=body.title, text=body.text, url=body.url,
                     published=body.published, site=body.site)
    with request.app.state.pipeline_lock:
        return unbait.pipeline()(raw)


@router.post("/read", summary="Analyse an article without storing it")
def read(request: Request, body: ArticleIn, db: Db) -> dict:
    return _json(digest_to_dict(_analyse(request, body, db)))


@router.post("/articles", status_code=201, summary="Analyse and store an article (needs the token)",
             responses={200: {"description": "already stored"}, 401: {"description": "no token"},
                        403: {"description": "wrong token, or writes disabled"}})
def ingest(request: Request, body: ArticleIn, db: Db,
           authorization: Annotated[str | None, Header(max_length=500)] = None) -> Any:
    token = request.app.state.token
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "send Authorization: Bearer TOKEN")
    if token is None or not hmac.compare_digest(authorization[7:].encode(), token.encode()):
        raise HTTPException(403, "wrong token" if token else "writes are disabled (serve without --token)")
    digest = _analyse(request, body, db)
    stored = db.add(digest)
    return _json({"stored": stored, "article": digest_to_dict(digest)}, 201 if stored else 200)
