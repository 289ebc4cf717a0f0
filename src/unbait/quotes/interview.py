"""Interview answers: the lines of a Q&A that a named person's label opens.

"Q: Where did the idea come from?" then "Ruiz: My grandmother grew up in a fishing village."
The answer is the interviewee's direct speech, though no quotation marks surround it. A line
is an answer when

* a question line ("Q:", "Q.", "Question:") comes before it in the article;
* it opens with a label of one to three capitalised words and a colon that names one of the
  article's people: a full name or alias, or the surname or given name of exactly one of them.

The answer is the rest of the line, as a quotation with the cue "Q&A". A label that names
nobody ("Photo:", "Source:", "Also read:") makes no answer.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from unbait.document import Person, Quote

CUE = "Q&A"
_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+\S", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*(?P<label>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}):[ \t]+(?P<answer>\S[^\n]*)",
                     re.MULTILINE)


def labels(people: Iterable[Person]) -> dict[str, str]:
    """Folded label -> person: full names and aliases, and a surname or given name only one person has."""
    whole: dict[str, str] = {}
    parts: dict[str, set[str]] = {}
    for p in people:
        for form in (p.name, *p.aliases):
            whole[form.casefold()] = p.name
            words = form.split()
            if len(words) > 1:
                for w in (words[0], words[-1]):
                    parts.setdefault(w.casefold(), set()).add(p.name)
    return {**{k: next(iter(v)) for k, v in parts.items() if len(v) == 1}, **whole}


def answers(text: str, people: Iterable[Person]) -> list[Quote]:
    """The answers of a Q&A in ``text``, with their speakers, in text order."""
    first_question = _QUESTION.search(text)
    if first_question is None:
        return []
    named = labels(people)
    found = []
    for m in _ANSWER.finditer(text, first_question.end()):
        speaker = named.get(m.group("label").casefold())
        if speaker is not None:
            answer = m.group("answer").rstrip()
            found.append(Quote(answer, speaker, m.start("answer"), m.start("answer") + len(answer), CUE))
    return found
