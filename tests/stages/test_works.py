"""FindWorks on short original articles, and on the two seeds (skipped without ../shared)."""
from __future__ import annotations

import pytest

import unbait
from unbait.document import Analysis, RawArticle
from unbait.nlp import load_nlp
from unbait.stages.works import FindWorks
from unbait.works.titles import Shape, quoted_spans, shape


def works_of(title: str, body: str, raw: str | None = None) -> dict[str, object]:
    article = RawArticle(source="test", title=title, text=raw if raw is not None else body)
    analysis = FindWorks()(Analysis(article=article, text=body, doc=load_nlp()(body)))
    return {w.title: w for w in analysis.works}


KDRAMA = (
    "JTBC’s ‘Harbor Lights’ Hits Personal Best in Ratings",
    "JTBC’s weekend drama “Harbor Lights” climbed to a new high on Sunday.\n"
    "According to Nielsen Korea, the seventh episode recorded a nationwide average of 12.3 percent. "
    "The series is also available on Netflix.\n"
    "“I never expected this much love,” lead actress Yoon Mi Rae said.",
)


def test_kdrama_title_kind_and_networks_in_order():
    works = works_of(*KDRAMA)
    assert list(works) == ["Harbor Lights"]
    w = works["Harbor Lights"]
    assert w.kind == "tv_series"
    assert w.networks == ("JTBC", "Netflix")


def test_quoted_sentence_is_not_a_title():
    works = works_of(*KDRAMA)
    assert not any("expected" in t for t in works)
    assert shape("I never expected this much love,") is Shape.SENTENCE
    assert shape("It feels strange to me. Unlike other works, it feels intimate.") is Shape.SENTENCE
    assert shape("Crash Course in Romance") is Shape.TITLE
    assert shape("Love wins all") is Shape.WEAK


def test_possessive_title_drops_its_s_and_one_word_titles_need_evidence():
    body = (
        "The finale of “Moonrise Bakery’s” second season drew praise. Fans called the couple “Iconic” online.\n"
        "Meanwhile, the film “Ember” opened in theaters, and “Ember” is already a hit."
    )
    works = works_of("Weekend Roundup", body)
    assert "Moonrise Bakery" in works and works["Moonrise Bakery"].kind == "tv_series"
    assert "Iconic" not in works  # one capitalised word, no cue, said once: a scare quote
    assert works["Ember"].kind == "film"
    spans = quoted_spans(body)
    assert spans[0].text == "Moonrise Bakery" and spans[0].possessive


def test_kpop_song_and_album_kinds_and_no_chart_network():
    body = (
        "Girl group Starlite’s new single “Paper Moon” debuted at No. 5 on the Hot 100.\n"
        "Their second mini album “Afterglow” topped Melon’s real-time chart and trended on YouTube."
    )
    works = works_of("Starlite Debuts at No. 5 With “Paper Moon”", body)
    assert works["Paper Moon"].kind == "song" and works["Afterglow"].kind == "album"
    assert list(works)[0] == "Paper Moon"  # the headline names it: the main work
    assert all(not w.networks for w in works.values())


def test_attached_networks_stay_with_their_work():
    body = (
        "SBS’s “Red Harbor” led its time slot on Friday, while tvN’s “Paper Crowns” trailed.\n"
        "“Red Harbor” (SBS) will also stream on Disney+."
    )
    works = works_of("Friday Ratings", body)
    assert works["Paper Crowns"].networks == ("tvN",)
    assert "tvN" not in works["Red Harbor"].networks and works["Red Harbor"].networks[0] == "SBS"
    assert "Disney+" in works["Red Harbor"].networks


def test_owned_platform_and_photo_credit():
    raw = "The cast posted a clip on tvN’s YouTube channel.\n(Photo : Netflix)\n“Harbor Lights” ends next week."
    body = "The cast posted a clip on tvN’s YouTube channel.\n“Harbor Lights” ends next week with its finale."
    works = works_of("‘Harbor Lights’ Cast Says Goodbye", body, raw=raw)
    assert works["Harbor Lights"].networks == ("tvN", "Netflix")  # YouTube is tvN's channel, not a venue


def test_headline_quote_counts_only_when_the_body_backs_it():
    works = works_of("Star Says ‘I Cried Every Day’ After “Harbor Lights”", "Harbor Lights ended on Sunday.")
    assert list(works) == ["Harbor Lights"]


def test_unquoted_title_found_by_cue_and_repeat():
    body = "The drama Lovely Days aired its finale on KBS. Lovely Days ended with 9.1 percent."
    works = works_of("Lovely Days Ends", body)
    assert "Lovely Days" in works and works["Lovely Days"].networks == ("KBS",)


def test_nothing_to_find():
    assert works_of("Actor Marries", "The actor married his girlfriend on Saturday.") == {}


@pytest.fixture(scope="module")
def seeds(seed):
    return {p: unbait.pipeline()(seed(p)) for p in ("000", "003")}


def test_seed_000_works(seeds):
    works = {w.title: w for w in seeds["000"].works}
    main = seeds["000"].works[0]
    assert main.title == "Queen of Tears" and main.kind == "tv_series"
    assert set(main.networks) == {"tvN", "Netflix"} and "YouTube" not in main.networks
    assert "Crash Landing on You" in works
    assert not any(len(t.split()) > 8 for t in works)


def test_seed_003_works(seeds):
    assert [(w.title, w.kind, w.networks) for w in seeds["003"].works] == [("Queen of Tears", "tv_series", ("tvN",))]


def test_titles_with_the_sentence_comma_or_stop_inside_the_marks():
    works = works_of("Weekend box office", "Universal’s animated sequel “Pocket Dragons 2,” slipped to second place. "
                     "It beat his 2019 heist film “Glass Harbor.” The horror film “The Ninth Tenant,” earned $9 million.")
    assert {"Pocket Dragons 2", "Glass Harbor", "The Ninth Tenant"} <= set(works)
    assert all(works[t].kind == "film" for t in ("Pocket Dragons 2", "Glass Harbor", "The Ninth Tenant"))


def test_a_quoted_sentence_ending_in_a_comma_stays_no_title():
    works = works_of("Interview", "“Five seasons, I still can’t believe it,” he wrote about the drama.")
    assert not works


def test_a_lowercase_scare_quote_after_called_is_no_title():
    got = works_of("Singer Drops Ballad", "Singer Ada Berg released her single “Cold Water.” "
                   "Her producer, Jon Ekberg, called the track “a quiet storm” and praised it.")
    assert set(got) == {"Cold Water"}


def test_sentences_without_a_parse_end_where_sentences_end() -> None:
    # regression: without a parse every period cut a sentence ("24.85", "Dr.") and spaces led each span
    from unbait.works.sentences import sentence_spans

    body = "The finale drew 24.85% on Sunday. Dr. Vela thanked the crew.\nPhoto: Studio Nine"
    analysis = Analysis(article=RawArticle(source="test", title="", text=body), text=body)
    assert [body[a:b] for a, b in sentence_spans(analysis)] == [
        "The finale drew 24.85% on Sunday.", "Dr. Vela thanked the crew.", "Photo: Studio Nine"]


def test_a_surname_the_parser_tags_as_a_work_is_no_title():
    # regression: spaCy tagged "Okoro" (in "Okoro told us") WORK_OF_ART; it recurred, so it became a work
    body = ('Nia Calloway stars in the crime series "Low Tide".\n\n'
            'Her co-star, veteran actor Samuel Okoro, praised her work. "She is the real deal," Okoro told us.')
    assert list(works_of("Low Tide Adds A Veteran", body)) == ["Low Tide"]


def test_a_headline_quote_the_body_only_says_inside_a_quotation_is_speech():
    # regression: 'I Almost Quit' in the headline became a work because the body's quotation starts with it
    body = "The actress opened up on Sunday.\n'I almost quit acting last year,' Marsh told the audience."
    assert works_of("Star Admits 'I Almost Quit' In Emotional Speech", body) == {}


def test_titles_with_the_sentence_comma_inside_the_marks_in_narration():
    # regression: US-style “Title,” with no cue word was read as a quoted sentence, and a title after a
    # possessive that the parser tags PERSON was read as a nickname
    body = ('Rapper J-Mace has scored his first No. 1 with "Paper Planes Again," which jumped 14 spots.\n'
            'It dethroned Kaya Bell\'s "Slow Burn," which fell to No. 3 after five weeks at the summit.')
    assert set(works_of("A New No. 1", body)) == {"Paper Planes Again", "Slow Burn"}
    assert works_of("A Quiet Night", '"Thank You," she said to the crowd.') == {}


def test_a_comma_title_before_starring_is_a_title():
    # regression: "“Seoul Nights,” starring Nam Joo-hyuk, which premieres ..." lost the work
    body = 'The drama will be followed by "Seoul Nights," starring Nam Joo-hyuk, which premieres on April 19.'
    assert list(works_of("What Comes Next", body)) == ["Seoul Nights"]


def test_us_style_title_after_a_preposition_is_a_work():
    # regression: a title-cased quote with the sentence's stop or comma inside the marks, after "in" / "for",
    # was read as speech and dropped
    works = works_of("A headline", 'Dana Reyes won Best Actress for "The Lighthouse Keeper\'s Daughter," her third film. '
                                   'She first drew notice in "Night Patrol."')
    assert {"The Lighthouse Keeper's Daughter", "Night Patrol"} <= set(works)
    # ... but not after "from" or "of", where a phrase of speech or a group's name stands
    works = works_of("A headline", 'She promised jobs from "Buffalo to Albany." He was the founder of "Friends for Jobs 2008."')
    assert not works


def test_a_title_after_a_credit_verb_is_a_work_even_when_the_parser_calls_it_a_person():
    # regression: 'who helmed "Sweet Home," is said to direct "The Last Summer."' found no work
    works = works_of("A headline", 'Director Lee Eung-bok, who helmed "Sweet Home," is said to be in talks to direct '
                                   '"The Last Summer."')
    assert set(works) == {"Sweet Home", "The Last Summer"}


def test_a_sentence_that_opens_with_the_film_gives_the_main_work_its_kind():
    # regression: '"Dune Road" opened to $84 million. The film, directed by ...' left the kind unknown
    works = works_of("A headline", 'The sci-fi epic "Dune Road" opened to $84 million this weekend.\n'
                                   "The film, directed by Sofia Marchetti, added $112 million overseas.")
    assert works["Dune Road"].kind == "film"


def test_an_abbreviation_inside_a_title_and_a_title_after_behind():
    # regression: "Mr. Sunshine Again," was read as a sentence (a quotation) and "Sunshine Again" as a person;
    # 'behind "Crash Course In Love."' was a quotation
    body = ('The final episode of tvN\'s "Mr. Sunshine Again," which aired on June 16, recorded 18.2 percent.\n'
            'It is the second-highest for a tvN weekend drama, behind "Crash Course In Love."')
    assert {"Mr. Sunshine Again", "Crash Course In Love"} <= set(works_of("A headline", body))
    digest = unbait.read_text("Finale sets a record", body)
    assert not digest.people and not digest.quotes and not digest.problems


def test_a_quoted_title_and_surname_of_a_named_person_is_no_work():
    # regression: once "Mr." no longer ended a sentence, “Mr. D’Souza?” became a work
    body = ("Dinesh D’Souza pleaded guilty last year.\n"
            "“Where is there a case where someone like Mr. D’Souza?” his lawyer asked.")
    assert "Mr. D’Souza?" not in works_of("A headline", body)


def test_a_title_before_an_appositive_kind_or_after_the_cast_of_is_a_work():
    # regressions: “X,” the upcoming Hulu drama / joined the cast of "X," found no work; "will "ruin" the film"
    # is a word in quotes, not a title before an appositive
    works = works_of("A headline", 'Ana Roth has signed on to "Copper Vale," the upcoming Hulu drama.')
    assert works["Copper Vale"].kind == "tv_series"
    assert "Copper Vale" in works_of("A headline", 'Ana Roth has joined the cast of "Copper Vale."')
    assert not works_of("A headline", 'He fears the leaks will "Ruin" the film before it opens.')


def test_season_2_alone_is_no_work():
    # regression: "Season 2 is expected to arrive in late 2027." made "Season 2" a work
    body = ('Fans of "Midnight Bakery" have been waiting for news since the first season ended in March.\n'
            "Netflix has officially renewed the series for a second season, the streamer announced on Thursday.\n"
            "Star Ellie Varga, who plays baker Nora Quinn, shared the news on Instagram. She wrote:\n"
            '"We\'re back in the kitchen! Thank you for loving Nora as much as I do."\n'
            "Season 2 is expected to arrive in late 2027.")
    title = "Is 'Midnight Bakery' Season 2 Happening? Here's What We Know"
    assert [w.title for w in unbait.read_text(title, body).works] == ["Midnight Bakery"]
