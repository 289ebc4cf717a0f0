"""TokenRules: the model's attribute ruler matched through an index gives spaCy's own matches and docs."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, TAG

from unbait.document import Analysis, RawArticle
from unbait.nlp import load_nlp
from unbait.stages.parse import Parse
from unbait.stages.token_rules import TokenRules, lemma_of

# every rare rule of the English ruler at least once: two-token lemma rules, regexes, DEP- and IS_SPACE-only rules
TEXTS = [
    "Y'all gon na love it, c'm on! I ain't nothin' but tired. Let's go, he said. We gotta win, y all.",
    "But he did it. I do. Do you? It was him, and it saw me. I'd have had it. You and I and it.",
    "There is a dog. There's more, and there are cats. That is that; whether or not, if so, because.",
    "  Leading spaces\n\n\n  and  tabs\t here. N'T nt not n’t. She isn't, they're, I'm, we've been.",
    "Actress Mira Tolan, 34, said on Monday that the drama “The Salt Hour” drew 12.5% on its finale.",
    "",
    "\n\n",
]
ATTRS = [ORTH, TAG, POS, MORPH, DEP, HEAD, ENT_TYPE, ENT_IOB, SENT_START, NORM]


def test_the_index_finds_the_matchers_matches():
    nlp = load_nlp()
    rules = TokenRules(nlp)
    assert rules.disabled == ("attribute_ruler", "lemmatizer")
    ruler = nlp.get_pipe("attribute_ruler")
    for doc in nlp.pipe(TEXTS, disable=rules.disabled):
        assert rules.match(doc) == ruler.match(doc)


@pytest.mark.parametrize("batched", [True, False])
def test_parse_gives_the_full_models_docs_and_lemmas_on_demand(batched):
    """Parse leaves the lemmatizer out (the ruler sets a few lemmas); lemma_of gives its lemma for any token."""
    nlp = load_nlp()
    parse = Parse()
    analyses = [Analysis(RawArticle("t", "T", t), text=t) for t in TEXTS]
    ours = [a.doc for a in (parse.pipe(analyses) if batched else map(parse, analyses))]
    for full, doc in zip(nlp.pipe(TEXTS), ours, strict=True):
        assert (full.to_array(ATTRS) == doc.to_array(ATTRS)).all()
        assert [t.lemma_ for t in full] == [lemma_of(t) for t in doc] == [lemma_of(t) for t in full]
        assert [(e.start, e.end, e.label_) for e in full.ents] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_a_pipeline_shaped_otherwise_is_left_alone():
    class Other:
        pipe_names = ["tok2vec", "tagger", "attribute_ruler", "parser", "lemmatizer"]

    assert TokenRules(Other()).disabled == ()
