"""FindQuotes: quotation marks, titles, speakers (same sentence, split, paragraph before)."""
from __future__ import annotations

from pathlib import Path

import pytest

import unbait
from unbait.document import Analysis, Mention, Person, RawArticle, Work
from unbait.quotes.marks import find_spans
from unbait.stages.quotes import FindQuotes

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _quotes(text: str, **fields):
    from unbait.nlp import load_nlp

    analysis = Analysis(article=RawArticle(source="t", title="", text=text), text=text, doc=load_nlp()(text), **fields)
    return FindQuotes()(analysis).quotes


def _speakers(text: str, **fields):
    return [(q.text, q.speaker) for q in _quotes(text, **fields)]


def _speakers_with(text: str, *names: str) -> list[str | None]:
    """The speakers of ``text``'s quotations when ``names`` are its people, each mentioned where it first appears."""
    people = tuple(Person(n) for n in names)
    mentions = tuple(Mention(text.index(n), text.index(n) + len(n), n, "name") for n in names)
    return [s for _, s in _speakers(text, people=people, mentions=mentions)]


def test_said_after_gives_speaker_and_cue():
    text = "Maria Lopez opened the bakery in May.\n\n“We sell out every morning,” said Maria Lopez."
    [q] = _quotes(text)
    assert q.text == "We sell out every morning,"
    assert text[q.start:q.end] == q.text
    assert q.speaker == "Maria Lopez"
    assert q.cue == "said"


def test_said_before_with_colon():
    [q] = _quotes("The coach Tom Brennan told reporters: “We played our best game.”")
    assert q.speaker == "Tom Brennan"
    assert q.text == "We played our best game."


def test_split_quote_is_one_speaker_for_both_parts():
    text = "Daniel Okafor finished his tour.\n\n“It was long,” he said, “but worth every night.”"
    quotes = _quotes(text)
    assert [q.text for q in quotes] == ["It was long,", "but worth every night."]
    assert [q.speaker for q in quotes] == ["Daniel Okafor", "Daniel Okafor"]


def test_standalone_paragraph_after_she_added_and_went_on():
    text = (
        "Singer Laura Bennett thanked her fans after the final concert.\n\n"
        "“You carried me through this year.”\n\n"
        "She added:\n\n"
        "“I will be back soon.”\n\n"
        "“Until then, take care of each other.”"
    )
    got = _speakers(text)
    assert [s for _, s in got] == ["Laura Bennett"] * 3


def test_nominal_the_singer_resolves_to_person():
    text = "Emily Carter walked on stage after midnight.\n\nThe singer said, “I never expected this crowd.”"
    assert _speakers(text) == [("I never expected this crowd.", "Emily Carter")]


def test_organisation_or_common_noun_speaker_is_given_as_written():
    [q] = _quotes("“The tour is postponed,” a spokesperson said on Monday.")
    assert q.speaker == "a spokesperson"


def test_unknown_speaker_is_none():
    [q] = _quotes("It rained all day in the valley.\n\n“Never give up.”")
    assert q.speaker is None


def test_titles_in_quotes_are_not_quotes():
    text = (
        "She starred in “Morning Harbor” last year. Her “Morning Harbor” co-star arrived late, "
        "and the show beat “Silver Lanes’s” record.\n\n“I loved every minute,” she said."
    )
    assert [q.text for q in _quotes(text)] == ["I loved every minute,"]


def test_known_work_from_works_stage_is_not_a_quote():
    text = "Everyone is watching “Bright Days Ahead” this spring."
    assert _quotes(text, works=(Work(title="Bright Days Ahead"),)) == ()


def test_apostrophes_are_not_quotes():
    text = "The band’s singer said they’re back in the ’90s mood, and the fans’ response was loud. It's Tom's 'big' night."
    assert [q.text for q in _quotes(text)] == ["big"]


def test_mention_from_people_stage_wins():
    text = "The star arrived.\n\n“It feels like home,” the star said."
    at = text.rindex("the star")
    mentions = (Mention(at, at + len("the star"), "Jin Park", "nominal"),)
    [q] = _quotes(text, mentions=mentions, people=(Person("Jin Park"),))
    assert q.speaker == "Jin Park"


@pytest.mark.parametrize("text", [
    "He said “unclosed at the end", "“Nested ‘inner “deep” marks’ here,” she said.", "” stray close “", "\"\"", "‘", "",
])
def test_unbalanced_and_nested_marks_do_not_crash(text):
    quotes = _quotes(text)
    for q in quotes:
        assert text[q.start:q.end] == q.text


def test_no_doc_gives_quotes_without_speakers():
    text = "“Hello there,” Anna Berg said."
    out = FindQuotes()(Analysis(article=RawArticle(source="t", title="", text=text), text=text))
    assert [(q.text, q.speaker) for q in out.quotes] == [("Hello there,", None)]


def test_marks_double_apostrophe_and_multi_paragraph():
    text = "''First part,'' he said.\n\n“Goes on\n\n“and ends.”"
    assert [text[s.start:s.end] for s in find_spans(text)] == ["First part,", "Goes on", "and ends."]


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.is_file():
        pytest.skip("../shared seeds absent")
    return path.read_text(encoding="utf-8")


def _run_seed(name: str):
    from unbait.pipeline import Pipeline
    from unbait.stages import default_stages

    title, body = _seed(name).split("\n", 1)
    return Pipeline(default_stages()).analyse(RawArticle(source=name, title=title, text=body))


@pytest.mark.shared
def test_seed_000_six_quotes_with_speakers():
    analysis = _run_seed("000_3d6f44d20c84fa78.txt")
    speakers = [q.speaker for q in analysis.quotes]
    assert len(speakers) == 6, [q.text for q in analysis.quotes]
    assert speakers == ["Park Sung Hoon"] * 2 + ["Kim Ji Won"] + ["Kim Soo Hyun"] * 3


@pytest.mark.shared
def test_seed_000_speakers_without_people_or_works_stage():
    """The fallback alone (spaCy NER, own title rule) gets seed 000 right."""
    from unbait.nlp import load_nlp
    from unbait.stages.clean import CleanText

    title, body = _seed("000_3d6f44d20c84fa78.txt").split("\n", 1)
    analysis = CleanText()(Analysis(article=RawArticle(source="s", title=title, text=body)))
    analysis = FindQuotes()(analysis.evolve(doc=load_nlp()(analysis.text)))
    assert [q.speaker for q in analysis.quotes] == ["Park Sung Hoon"] * 2 + ["Kim Ji Won"] + ["Kim Soo Hyun"] * 3


@pytest.mark.shared
def test_seed_003_has_no_quotes():
    assert _run_seed("003_da3f9ecbdb6842a2.txt").quotes == ()


def test_short_lead_in_sentence_hands_the_quote_to_its_subject():
    text = ("Hannah Ostrowski and Felix Adeyemi sat down with us.\n\n"
            "Adeyemi laughed. “She cried on the last day. I did not cry.”\n\n"
            "Ostrowski nodded. “Our showrunner gave us that freedom.”")
    assert [s for _, s in _speakers(text)] == ["Felix Adeyemi", "Hannah Ostrowski"]


def test_title_with_us_style_comma_inside_the_marks_is_not_a_quote():
    text = "His previous special, “Small Mercies,” was nominated for a Grammy Award."
    assert _quotes(text) == ()


def _run_text(title: str, body: str):
    from unbait.pipeline import Pipeline
    from unbait.stages import default_stages

    return Pipeline(default_stages()).analyse(RawArticle(source="t", title=title, text=body))


def test_sequel_title_after_a_kind_noun_is_no_quote_and_a_scare_quote_is_one():
    a = _run_text("Weekend Box Office", (
        "Last weekend’s champion, the animated sequel “Otter Island 2,” fell to second place with $31.4 million.\n\n"
        "Her producer, Jon Ekberg, called the track “a quiet storm” and said, “She sang it in one take.”"))
    assert [(q.text, q.speaker) for q in a.quotes] == [("a quiet storm", "Jon Ekberg"),
                                                       ("She sang it in one take.", "Jon Ekberg")]
    assert "Otter Island 2" in {w.title for w in a.works}


def test_sentence_ends_share_the_plain_text_abbreviation_rule() -> None:
    # regression: "No?" was skipped as the abbreviation "no", and "Sept." ended a sentence
    from unbait.stages.quotes import _sentence_ends

    text = "Was the answer No? On Sept. 3 the crew came. Dr. Vela left."
    ends = _sentence_ends(text, 0, len(text), lambda i: False)
    assert [text[: e + 1].split()[-1] for e in ends] == ["No?", "came.", "left."]


def test_an_inverted_cue_the_tagger_misreads_names_the_person_after_it():
    # regression: in “…,” added co-star Tom Ellery. the tagger made "added" an adjective and "co" its
    # subject, so the quotation went to the previous paragraph's speaker
    text = ('Director Omar Haddad said: "Helen is fearless."\n\n'
            '"She\'s the best I\'ve worked with," added co-star Tom Ellery.')
    people = (Person("Omar Haddad"), Person("Tom Ellery"))
    mentions = (Mention(9, 20, "Omar Haddad", "name"), Mention(text.index("Tom"), len(text) - 1, "Tom Ellery", "name"))
    assert [s for _, s in _speakers(text, people=people, mentions=mentions)] == ["Omar Haddad", "Tom Ellery"]


def test_a_period_before_a_lowercase_word_ends_no_sentence_of_the_frame():
    # regression: "Warner Bros." ended the quotation's frame, so "distribution chief Marcus Reilly said"
    # after it never named the speaker
    text = '"We are humbled by the response," Warner Bros. distribution chief Marcus Reilly said on Sunday.'
    assert _speakers_with(text, "Marcus Reilly") == ["Marcus Reilly"]


def test_the_answers_of_a_q_and_a_are_quotations_of_the_labelled_person():
    text = ("Director Ana Ruiz spoke to us about her new film.\n"
            "Q: Where did the idea come from?\n"
            "Ruiz: My grandmother grew up in a fishing village.\n"
            "Q: What's next?\n"
            "Ruiz: A comedy, believe it or not. I call it \"Small Mercies\".\n"
            "Photo: Lena Marsh")
    people = (Person("Ana Ruiz"), Person("Lena Marsh"))
    quotes = _quotes(text, people=people)
    answers = [(q.text, q.speaker, q.cue) for q in quotes if q.cue == "Q&A"]
    assert answers == [("My grandmother grew up in a fishing village.", "Ana Ruiz", "Q&A"),
                       ('A comedy, believe it or not. I call it "Small Mercies".', "Ana Ruiz", "Q&A")]
    assert all(text[q.start:q.end] == q.text for q in quotes)
    assert len(quotes) == 2  # the marks inside an answer make no second quotation; a photo credit none at all
    # without a question line, "Name: text" is no interview
    assert not [q for q in _quotes("Ruiz: a short note.\nPhoto: Lena Marsh", people=people) if q.cue == "Q&A"]


def test_a_passive_reporting_verb_is_no_cue():
    # regression: "Quint said the final scene was written first." gave the next paragraph's quotation to
    # "the final scene", the subject of the passive "written"
    text = ("Speaking to a magazine, Mara Quint said the final scene was written before anything else.\n\n"
            "\"I knew from day one that the boat would come back empty.\"")
    assert _speakers_with(text, "Mara Quint") == ["Mara Quint"]


def test_was_quoted_as_saying_still_names_the_speaker():
    text = '"It was a meteorite," scientist Jose Millan was quoted by the BBC as saying.'
    assert _speakers_with(text, "Jose Millan") == ["Jose Millan"]


def test_he_said_after_a_korean_name_that_opens_the_sentence():
    # regression: the parser read "Hae-in" as a preposition, so "he said" went to the co-star named before
    body = ('The film stars Jung Hae-in as a coast guard officer and Kim Go-eun as a smuggler he is forced to trust.\n'
            'Jung Hae-in thanked audiences in a video message. "Every time I hear that someone watched it twice, I '
            'feel like I\'m dreaming," he said.')
    a = unbait.read_text("A film", body)
    assert [q.speaker for q in a.quotes] == ["Jung Hae-in"]


def test_the_singer_after_her_possessive_is_the_subject_of_the_sentence_before():
    # regression: "her breakup with Y" made Y the latest candidate, so "the 33-year-old singer" was Y
    body = ("Tessa Morrow is speaking out for the first time about her breakup with Jonah Reyes.\n"
            '"We\'re still friends," the 33-year-old singer told People on Thursday.')
    assert [q.speaker for q in unbait.read_text("A split", body).quotes] == ["Tessa Morrow"]


def test_a_speaker_phrase_as_written_without_a_fronted_date():
    # regressions: "On May 2 a source from her agency" and "Lee Seo jin's agency" (hyphen lost)
    body = ('On May 2, a source from her agency told reporters, "She is reviewing the offer."\n'
            'Lee Seo-jin\'s agency also denied the rumors, saying, "They are just good friends."')
    speakers = [q.speaker for q in unbait.read_text("Rumors", body).quotes]
    assert speakers == ["a source from her agency", "Lee Seo-jin's agency"]


def test_a_name_label_before_a_quotation_is_the_speaker_not_the_tweet_author_after_it():
    # regression: 'Coach Ortiz ... \nOrtiz: "We were not good enough." — Dana Reed (@dreed) May 4' gave the quote
    # to the reporter who tweeted it
    body = ("Coach Luis Ortiz spoke after the loss on Saturday.\n"
            'Ortiz: "We were not good enough today and I take the blame." — Dana Reed (@dreed) May 4, 2026\n'
            'Update: "The team flies home tonight," the club said.')
    speakers = [q.speaker for q in unbait.read_text("After the loss", body).quotes]
    assert speakers == ["Luis Ortiz", "the club"]


def test_a_recap_pronoun_that_stands_for_a_character_gives_the_character():
    # regression: "“...,” he tells her" after a character's name went to a parser fragment ("Seo")
    body = ('Episode 7 of tvN\'s "River of Stars" picked up where the cliffhanger left off.\n'
            "Yoon Seo-yeon (Kim Da-mi) confronts her uncle Yoon Jae-ho (Jo Woo-jin) about the letters. At first, "
            "Jae-ho denies everything. Then he breaks down.\n"
            '"Your father didn\'t abandon you," he tells her.')
    assert [q.speaker for q in unbait.read_text("Recap", body).quotes] == ["Yoon Jae-ho"]


def test_single_quoted_speech_a_fronted_co_star_and_a_mistagged_cue():
    # regressions: "Song Ji-ah shared, '...'" had no speaker (the tagger called "shared" an adjective); a
    # pronoun inside single-quoted speech with an apostrophe ("the director told me ... her pain") was read as
    # narration; "Regarding her co-star X, she said" gave the quote to X
    body = ("Actress Song Ji-ah talked about her role in the upcoming drama 'The Glass Garden'.\n"
            "In a recent interview, Song Ji-ah shared, 'I was worried at first because I've only played bright "
            "characters. But the director told me that the audience would understand her pain.'\n"
            "Regarding her co-star Choi Woo-shik, she said, 'He is like a real older brother.'")
    assert [q.speaker for q in unbait.read_text("Interview", body).quotes] == ["Song Ji-ah", "Song Ji-ah"]


def test_a_title_with_a_chart_position_in_brackets_is_no_quote():
    # regression: 'following "Ember" (No. 12) and "Tide" (No. 4)' made two quotes without a speaker
    body = ('The album is the band\'s third entry on the chart, following "Ember" (No. 12) and "Tide" (No. 4).\n'
            '"We can\'t believe it," singer Mara Quist wrote on social media.')
    quotes = unbait.read_text("Chart", body).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Mara Quist", "We can't believe it,")]


def test_the_agency_is_the_agency_the_article_named():
    # regression: "the agency said" gave the speaker "the agency" although the sentence before named it
    body = ("Singer Dae Hwan has addressed rumours that he is dating model Rina Seo.\n"
            "On May 12, his agency, Northlight Entertainment, released a statement.\n"
            '"The two are close friends, but they are not in a relationship," the agency said.')
    assert [q.speaker for q in unbait.read_text("Rumours", body).quotes] == ["Northlight Entertainment"]


def test_a_speaker_name_the_parser_cut_at_a_hyphen_is_whole():
    # regression: the parser's entity "Yeon" of "Yeon-woo" made the speaker "Yeon"
    body = ("In episode 6 of the drama, Min-jae finally tells Yeon-woo how he feels.\n"
            "Yeon-woo is stunned. Later that night she writes in her diary: \"Maybe I came back for him.\"")
    speakers = [q.speaker for q in unbait.read_text("Recap", body).quotes]
    assert speakers and all(s is None or "-" in s for s in speakers)


def test_a_title_after_a_release_verb_and_a_hyphenated_speaker():
    # regressions: 'released "Eclipse"' was a quote; "leader Seo-ah said" gave the speaker "Seo"
    body = ('Girl group NOVA released "Eclipse" on April 2.\n'
            'At the album\'s press showcase, leader Seo-ah said, "We practiced for six months."')
    assert [(q.speaker, q.text) for q in unbait.read_text("NOVA", body).quotes] == [
        ("Seo-ah", "We practiced for six months.")]


def test_a_music_show_with_an_exclamation_mark_and_another_netizen():
    # regressions: MBC's "Show! Music Core" was a quote (the "!" read as a sentence end); "Another wrote" after
    # "One netizen commented" had no speaker
    body = ('The group performed on MBC\'s "Show! Music Core" on June 14.\n'
            'One netizen commented, "She looks amazing." Another wrote, "Why is everyone so sensitive?"')
    d = unbait.read_text("Stage outfit", body)
    assert [(q.speaker, q.text) for q in d.quotes] == [("One netizen", "She looks amazing."),
                                                       ("Another netizen", "Why is everyone so sensitive?")]
    assert [(w.title, w.networks) for w in d.works] == [("Show! Music Core", ("MBC",))]


def test_a_title_after_following_is_no_quote():
    # regression: 'will premiere in October, following "Cold Verdict."' was a quote of "The 16-episode drama"
    body = 'The 16-episode drama "Objection!" will premiere in October, following "Cold Verdict."'
    assert unbait.read_text("SBS drama", body).quotes == ()
