"""What the pages show, assembled from the store's readers: frozen cards, no SQL, no HTML."""
from __future__ import annotations

from dataclasses import dataclass

from unbait.document import Digest
from unbait.kb.views import StoryView
from unbait.store import Store
from unbait.web.stories import Stories


@dataclass(frozen=True, slots=True)
class Named:
    label: str
    id: int | None  # KB id for a link; None when the name is not in the KB
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """One article as a front-page or list entry, with the story it belongs to."""
    digest: Digest
    story: StoryView
    outlets: int
    people: tuple[Named, ...]
    works: tuple[Named, ...]

    @property
    def clickbait(self) -> bool:
        return (self.digest.headline.clickbait or 0) >= 0.5


def _roles(person) -> str:
    return "; ".join(" ".join(x for x in (r.role, f"as {r.character}" if r.character else "",
                                           f"in {r.work}" if r.work else "") if x) for r in person.roles)


def cards(store: Store, digests: tuple[Digest, ...], one_per_story: bool = True) -> list[Card]:
    """Cards for ``digests`` in their order; with ``one_per_story`` the first article of a story stands for it."""
    pages, seen, out = store.pages(), set(), []
    links = pages.links(tuple(d.id for d in digests))
    for d, story in zip(digests, Stories(store).of_each(digests)):
        if one_per_story and story.id in seen:
            continue
        seen.add(story.id)
        outlets = (pages.outlets(story.articles) if len(story.articles) > 1 else 0) or 1
        people = tuple(Named(p.name, links.people.get((d.id, p.name)), _roles(p)) for p in d.people)
        works = tuple(Named(w.title, links.works.get((d.id, w.title)), ", ".join(w.networks)) for w in d.works)
        out.append(Card(d, story, outlets, people, works))
    return out


def story_cards(store: Store, story: StoryView) -> list[Card]:
    found = store.pages().digests(story.articles)
    return cards(store, tuple(found[i] for i in story.articles if i in found), one_per_story=False)
