from unbait.kb.resolve import Candidate, Context, resolve_person


def test_no_candidate_is_a_new_person():
    assert resolve_person("Nam Da-eun", "nam|daeun", Context(), []).person_id is None


def test_one_candidate_merges_without_contradiction():
    c = Candidate(7, "Nam Da Eun", Context(works=frozenset({1})))
    d = resolve_person("Nam Da-eun", "nam|daeun", Context(works=frozenset({1})), [c])
    assert d.person_id == 7 and "1 shared work" in d.reason
    assert resolve_person("Nam Da-eun", "nam|daeun", Context(), [c]).person_id == 7


def test_one_candidate_in_unrelated_works_stays_apart():
    c = Candidate(7, "Nam Da Eun", Context(works=frozenset({1}), people=frozenset({"a"})))
    d = resolve_person("Nam Da-eun", "nam|daeun", Context(works=frozenset({2}), people=frozenset({"b"})), [c])
    assert d.person_id is None and "no shared" in d.reason


def test_homonyms_are_picked_by_context_or_kept_apart():
    a = Candidate(1, "Nam Da Eun", Context(works=frozenset({1}), characters=frozenset({10})))
    b = Candidate(2, "Nam Daeun", Context(works=frozenset({2})))
    assert resolve_person("Nam Da-eun", "k", Context(characters=frozenset({10})), [a, b]).person_id == 1
    assert resolve_person("Nam Da-eun", "k", Context(works=frozenset({2})), [a, b]).person_id == 2
    tie = resolve_person("Nam Da-eun", "k", Context(works=frozenset({3})), [a, b])
    assert tie.person_id is None and "2 people share" in tie.reason
