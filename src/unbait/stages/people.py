"""People, their roles and characters, and every mention of them.

Fills ``analysis.people`` and ``analysis.mentions``. The steps, each in its own
module: where names are (:mod:`name_spans`), who plays whom (:mod:`roles`), role nouns (:mod:`role_nouns`;
the headline's, :mod:`title_roles`), short forms (:mod:`partials`), a name only ever used inside an actor's own
words as their character (:mod:`quoted_roles`), pronouns and nominals (:mod:`coref`), and the records
(:mod:`person_records`). Characters never become people.
"""
from __future__ import annotations

import re
from collections import defaultdict

from unbait.document import Analysis, Mention, Role
from unbait.names import is_korean_surname, looks_korean, name_key
from unbait.stages.cast_cues import cast_spans
from unbait.stages.coref import NameMention, is_subject_token, resolve
from unbait.stages.gender import infer_gender
from unbait.stages.layout import layout
from unbait.stages.name_spans import NameSpan, find_name_spans
from unbait.stages.not_people import names_a_thing
from unbait.stages.person_records import canonical_surfaces, person_records
from unbait.stages.partials import find_partials, is_stage_name, short_forms, stage_aliases
from unbait.stages.quoted_roles import quoted_characters
from unbait.stages.cast_forms import PART_AFTER, ROLE_IN
from unbait.stages.role_nouns import ROLE_NOUNS
from unbait.stages.roles import ACTOR_THEN_CHAR, find_roles
from unbait.stages.title_roles import title_roles
from unbait.stages.works_index import WorkIndex

_CASTING = re.compile(r"\b(?:play(?:s|ed|ing)?|portray\w*|voic\w+|cast|star(?:s|red|ring)?|role|part|turn)\b")
_ROLE_IN = re.compile(ROLE_IN)  # after "his" / "her"


class FindPeople:
    name = "people"

    def __call__(self, analysis: Analysis) -> Analysis:
        text, doc, title = analysis.text, analysis.doc, analysis.article.title
        if not text or doc is None:
            return analysis
        lay = layout(text)
        works = WorkIndex(text, doc, lay, analysis.works)
        spans = [s for s in find_name_spans(doc, text, lay, works.keys)
                 if not names_a_thing(text, s, analysis.article.site) and not works.covers(s.start, s.end)]
        spans = cast_spans(text, spans, works.keys)
        facts = find_roles(text, spans, works.work_at)
        chars = dict(facts.characters)
        # "Cheon Sa-rang (Yoona)": a one-word name that plays someone, unless a full name owns it ("Mercer will play")
        owned = short_forms({f"p:{s.key}": s.text for s in spans if len(s.words) >= 2})
        actors = {key for key, _ in facts.plays if key not in owned}
        people_spans = [s for s in spans if s.key not in chars and (len(s.words) >= 2 or s.korean or s.key in actors
                                                                    or is_stage_name(text, s, spans, title))
                        and not is_korean_surname(s.text)]
        _to_full_names(facts, people_spans)
        facts.roles += title_roles(title, people_spans, facts.plays + facts.roles)  # "Veteran Host X Steps Down"
        full = canonical_surfaces(people_spans, chars)
        names = [NameMention(s.start, s.end, _ent(s.key, chars), "name") for s in spans
                 if s.key in chars or s in people_spans]
        aliases = stage_aliases(text, full)
        for s, e, ent in find_partials(doc, text, people_spans + [x for x in spans if x.key in chars], full, aliases):
            names.append(NameMention(s, e, ent, "partial"))
        names.sort(key=lambda m: m.start)
        for m in names:
            m.subject = _is_subject(doc, text, m.start, m.end)  # not doc.text: spaCy joins every token for it
        narrative = [m for m in names if not lay.in_speech(m.start)]
        gender = infer_gender(doc, narrative, lay, facts.gender)
        for key, role in facts.plays:  # a character usually shares the actor's gender
            pair = (f"p:{key}", f"c:{name_key(role.character or '')}")
            known = [gender[e] for e in pair if e in gender]
            if len(known) == 1:
                gender.update({e: known[0] for e in pair})
        roles = defaultdict(set)
        for key, role in facts.plays + facts.roles:
            roles[f"p:{key}"].add(role.role)
        resolved = resolve(doc, text, narrative, lay, gender, roles)
        moved = quoted_characters(text, lay, names, resolved, roles, bool(works.titles))
        played = [r for r in resolved if r.entity.startswith("c:")]  # "he tells her": a recap's character
        resolved = [r for r in resolved if r.entity.startswith("p:")]
        for r in resolved:
            if not r.entity.startswith("p:") or r.entity in moved:
                continue
            if r.kind == "nominal" and (noun := text[r.start:r.end].split()[-1].casefold()) in ROLE_NOUNS:
                facts.roles.append((r.entity[2:], Role(ROLE_NOUNS[noun])))  # "the 38-year-old singer" said it
            elif PART_AFTER.match(text[r.end:r.end + 60]) or (r.kind == "pronoun" and _ROLE_IN.match(text, r.end)):
                # "in which he played a young surgeon", "her breakout role in X"
                facts.plays.append((r.entity[2:], Role("actor", work=works.work_at(r.start))))
            if (cast := _cast_after(text, r, names, facts, roles, moved)) is None:
                continue
            ent, surface = cast  # "In the drama, he played X", "The actress, who played the lawyer X"
            if ent.startswith("p:"):
                moved[ent] = (r.entity, surface)  # a name that was no one's character yet: now it is
            else:
                facts.plays.append((r.entity[2:], Role("actor", character=surface, work=works.work_at(r.start))))
        for ent, (speaker, surface) in moved.items():
            chars[ent[2:]] = surface
            facts.plays.append((speaker[2:], Role("actor", character=surface,
                                                  work=works.work_at(_first(names, ent)))))
        mentions = [Mention(m.start, m.end, full[m.entity], m.kind) for m in names
                    if m.entity.startswith("p:") and m.entity not in moved]
        mentions += [Mention(r.start, r.end, full[r.entity], r.kind) for r in resolved
                     if r.entity in full and r.entity not in moved]
        mentions.sort(key=lambda m: (m.start, m.end))
        people = person_records(text, people_spans, full, mentions, facts, moved, aliases, title)
        characters = [Mention(m.start, m.end, full[m.entity], m.kind) for m in names if m.entity.startswith("c:")]
        characters += [Mention(r.start, r.end, full[r.entity], r.kind) for r in played if r.entity in full]
        return analysis.evolve(people=tuple(people), mentions=tuple(mentions),
                               characters=tuple(sorted(characters, key=lambda m: (m.start, m.end))))


def _to_full_names(facts, people_spans: list[NameSpan]) -> None:
    """Re-key roles found on a surname alone ("Mercer will play X") to the one full name that owns it."""
    full = {s.key for s in people_spans}
    owners = short_forms({f"p:{s.key}": s.text for s in people_spans if len(s.words) >= 2})

    def canon(key: str) -> str:
        ents = owners.get(key, ())
        return next(iter(ents))[2:] if key not in full and len(ents) == 1 else key

    facts.plays[:] = [(canon(k), r) for k, r in facts.plays]
    facts.roles[:] = [(canon(k), r) for k, r in facts.roles]


def _cast_after(text: str, r, names: list[NameMention], facts, roles, moved) -> tuple[str, str] | None:
    """The character a resolved pronoun or nominal plays right after it ("In the drama, he played X", "The
    actress, who played the ambitious lawyer X"): (entity, surface) of the next name, when nobody plays it yet
    and, for a name taken for a person, that person has no role of their own."""
    nxt = next((m for m in names if m.start >= r.end), None)
    between = text[r.end:nxt.start] if nxt is not None else ""
    if nxt is None or nxt.start - r.end > 80 or nxt.entity in (r.entity, *moved) \
            or not ACTOR_THEN_CHAR.search(between) or not _CASTING.search(between):
        return None  # not "a good gig for her, as Floyd pays": a casting word must say it
    surface, key = text[nxt.start:nxt.end], nxt.entity[2:]
    if nxt.entity.startswith("p:") and (roles.get(nxt.entity) or nxt.kind != "name"):
        return None
    if any(role.character and name_key(role.character) == key for _, role in facts.plays):
        return None
    return nxt.entity, facts.characters.get(key, surface)


def _ent(key: str, chars: dict[str, str]) -> str:
    return f"c:{key}" if key in chars else f"p:{key}"


def _first(names: list[NameMention], ent: str) -> int:
    return next((m.start for m in names if m.entity == ent), 0)


def _is_subject(doc, text: str, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return bool(span) and (any(is_subject_token(t) for t in span) or _opens_sentence(text, start, end))


# a name that opens its sentence after a capitalised job noun ("Actor X starred"), or is followed by an age
# ("X, 31, starred") or, for a Korean name, by a lowercase word: the subject, whatever the parser made of an
# unknown name; not a possessive
_OPENER = re.compile(r"(?:^|(?<![A-Z])(?<!Dr)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!St)[.!?][\"”’]?\s+|\n)(?P<noun>[A-Z][a-z]+\s+)?$")


def _opens_sentence(text: str, start: int, end: int) -> bool:
    opener = _OPENER.search(text, max(0, start - 30), start)
    if opener is None or re.match(r"['’]s?\b", text[end:end + 2]):
        return False
    noun = (opener.group("noun") or "").strip().casefold()
    if not noun and looks_korean(text[start:end]) and re.match(r" [a-z]", text[end:end + 2]):
        return True  # "Jung Hae-in thanked ...": the parser reads "-in" as a preposition
    return noun in ROLE_NOUNS or re.match(r",\s*\d{1,3}\s*,", text[end:end + 8]) is not None
