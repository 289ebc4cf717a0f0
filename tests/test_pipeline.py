from __future__ import annotations

import pytest

from unbait.document import Analysis, Quote, RawArticle
from unbait.pipeline import Pipeline


class Upper:
    name = "upper"

    def __call__(self, a: Analysis) -> Analysis:
        return a.evolve(text=a.article.text.upper())


class Boom:
    name = "boom"

    def __call__(self, a: Analysis) -> Analysis:
        if "bad" in a.article.text:
            raise RuntimeError("exploded")
        return a.evolve(quotes=(Quote("q", None, 0, 1),))


class BatchBoom(Boom):
    name = "batchboom"

    def pipe(self, analyses):
        analyses = list(analyses)
        if any("bad" in a.article.text for a in analyses):
            raise RuntimeError("batch exploded")
        return [self(a) for a in analyses]


def art(text: str) -> RawArticle:
    return RawArticle(source="t", title="T", text=text)


def test_a_failing_stage_is_recorded_and_the_rest_still_runs():
    digest = Pipeline([Boom(), Upper()])(art("a bad one"))
    assert digest.text == "A BAD ONE"  # the later stage ran
    assert [(p.stage, p.message) for p in digest.problems] == [("boom", "RuntimeError: exploded")]


def test_one_bad_article_never_kills_a_batch():
    texts = ["good one", "bad two", "good three"]
    digests = list(Pipeline([Upper(), BatchBoom()], batch_size=2).pipe(map(art, texts)))
    assert [d.text for d in digests] == ["GOOD ONE", "BAD TWO", "GOOD THREE"]  # input order
    assert [len(d.quotes) for d in digests] == [1, 0, 1]
    assert [bool(d.problems) for d in digests] == [False, True, False]


def test_a_stage_returning_the_wrong_type_is_a_problem_not_a_crash():
    class Wrong:
        name = "wrong"

        def __call__(self, a):
            return None

    digest = Pipeline([Wrong()])(art("x"))
    assert digest.problems[0].stage == "wrong"


def test_stage_names_are_unique():
    with pytest.raises(ValueError):
        Pipeline([Upper(), Upper()])


def test_ids_are_stable_over_whitespace_and_case():
    a = Pipeline([Upper()])(art("Hello  world"))
    b = Pipeline([Upper()])(art("hello world "))
    assert a.id == b.id and len(a.id) == 16
    assert a.id != Pipeline([Upper()])(art("hello there")).id


def test_an_enormous_body_is_parsed_up_to_the_limit_with_a_problem():
    from unbait.stages.parse import Parse

    body = "\n\n".join(["A short paragraph here."] * 50)
    a = Parse(max_chars=300)(Analysis(article=art(body), text=body))
    assert len(a.doc.text) <= 300 and a.doc.text.endswith("here.")
    assert a.problems and "max_parse_chars" in a.problems[0].message
