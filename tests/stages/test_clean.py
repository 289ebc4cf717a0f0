"""The clean stage: whitespace normalised, boilerplate lines gone, every real line kept."""
from __future__ import annotations

import pytest

from unbait import boilerplate
from unbait.document import Analysis, RawArticle
from unbait.stages.clean import CleanText, clean_body, normalise_whitespace

STORY = [
    "The island drama “Tide Clock” wrapped filming on Friday after eight months at sea.",
    "Lead actress Noor Hadley said goodbye to the crew with a short speech.",
    "She added:",
    "“I learned to sail for this role. I will never look at the sea the same way.”",
    "Behind the Scenes at the Harbor",
    "He went on:",
    "“See you on the next voyage.”",
    "The drama will air its final episode on June 2 with a rating target of 15 percent.",
]


def body(*paras: str) -> str:
    return "\n\n".join(paras)


def test_whitespace_is_normalised():
    raw = "  First\u00a0 line\u2009here.\t \r\nsecond  line \n\n\n\n\u3000Next\u202fparagraph.\u200b  \n \n"
    assert normalise_whitespace(raw) == "First line here.\nsecond line\n\nNext paragraph."
    assert clean_body(raw).text == "First line here.\nsecond line\n\nNext paragraph."


def test_real_article_is_untouched():
    result = clean_body(body(*STORY))
    assert result.text == body(*STORY)
    assert result.removed == ()


@pytest.mark.parametrize(
    "junk",
    [
        "Join our WhatsApp community for breaking drama news",
        "Follow us on Instagram and TikTok",
        "Subscribe to our YouTube channel!",
        "Sign up for our newsletter",
        "Get the latest updates from our app",
        "Don't miss our daily alerts",
        "(Photo : Harbor Studio Official Instagram)",
        "Photo: Leda Finch/Getty Images",
        "Image credit: Northwind Pictures",
        "Getty Images",
        "© 2024 Tidewater Media. All rights reserved.",
        "What do you think about the finale? Share your thoughts in the comments!",
        "Let us know in the comments below.",
        "Share on Facebook",
        "Tweet",
        "Share this article",
        "Read more: Five island dramas to watch this summer",
        "Related: The cast of ‘Tide Clock’ reunites",
        "READ MORE",
        "Advertisement",
        "Story continues below advertisement",
        "By Jane Doe",
        "Written by Jane Doe and Omar Haddad | June 1, 2024",
        "Home | TV | Film | Music",
        "Click to share on Twitter (Opens in new window)",  # regression: kept
        "Tags: Rhea Lund, Tide Clock, Harbor Studio",  # regression: kept
        "Filed under: Television",
    ],
)
def test_boilerplate_line_is_removed(junk):
    result = clean_body(body(STORY[0], junk, STORY[1]))
    assert result.text == body(STORY[0], STORY[1])
    assert result.removed == (junk,)


@pytest.mark.parametrize(
    "line",
    [
        "He went on:",
        "She added:",
        "“Follow your heart, and join me on the boat,” she told the crew.",
        "Join the cast as they revisit the island in a special episode airing on our channel next week, the network said.",
        "Fans flooded the comments section with praise after the episode aired.",
        "The actress declined to comment on the rumours.",
        "By the end of the season, the drama had doubled its audience.",
        "By April, the second season had begun filming.",  # regression: read as a byline ("By April")
        "By Friday, the trailer had ten million views.",
        "What’s Next for the Tide Clock Stars",
        "The photo shoot took place on a fishing boat near the harbor.",
        "Photographers waited outside the venue for three hours.",
        "The clip was shared on the network’s YouTube channel on Monday.",
        "| Week | Rating |",
        "Episode 3 | 12.5% | May 4",
        "Related to the finale, the network also announced a spin-off.",
        "“What do you think you’re doing?” he shouts in the final scene.",
        "Click the link in her bio, she told fans, and a new window on her life opens.",
        "Tags on the costumes revealed the designer’s name: Lena Varga.",
    ],
)
def test_real_line_survives(line):
    result = clean_body(body(STORY[0], line, STORY[1]))
    assert result.removed == ()
    assert line in result.text


def test_caption_stub_above_a_credit_goes_with_it():
    text = body(STORY[0], "Tide Clock\n(Photo : Harbor Studio)", STORY[1], "‘Tide Clock’\n(Photo : Streamflix)", STORY[2])
    result = clean_body(text)
    assert result.text == body(STORY[0], STORY[1], STORY[2])
    assert result.removed == ("Tide Clock", "(Photo : Harbor Studio)", "‘Tide Clock’", "(Photo : Streamflix)")


def test_a_quote_above_a_credit_is_not_a_caption():
    result = clean_body(body(STORY[0], "“We did it,” she said.\n(Photo: Leda Finch)", STORY[1]))
    assert "“We did it,” she said." in result.text and "Leda Finch" not in result.text


def test_caption_stub_across_a_blank_line():
    result = clean_body(body(STORY[0], "Noor Hadley at the Wrap Party", "Photo: Leda Finch", STORY[1]))
    assert result.text == body(STORY[0], STORY[1])


def test_subheading_without_a_credit_stays():
    result = clean_body(body(STORY[0], "Behind the Scenes at the Harbor", STORY[1]))
    assert "Behind the Scenes at the Harbor" in result.text


def test_prose_above_a_credit_across_a_blank_line_stays():
    result = clean_body(body(STORY[0], STORY[1], "Photo: Leda Finch"))
    assert result.text == body(STORY[0], STORY[1])


def test_byline_equal_to_the_authors_and_a_repeated_headline():
    text = body("Tide Clock Wraps Filming", "Leda Finch", STORY[0], STORY[1])
    result = clean_body(text, title="Tide Clock Wraps Filming", authors=("Leda Finch",))
    assert result.text == body(STORY[0], STORY[1])


def test_reader_question_at_the_end():
    result = clean_body(body(STORY[0], STORY[1], "What do you think of the ending?"))
    assert result.text == body(STORY[0], STORY[1])


def test_partly_boilerplate_paragraph_keeps_its_real_lines():
    result = clean_body(body(STORY[0], f"{STORY[1]}\nAdvertisement"))
    assert result.text == body(STORY[0], STORY[1])


def test_empty_body():
    assert clean_body("  \n\n ").text == ""


def test_scores_explain_themselves():
    verdict = boilerplate.score_line("Join our Discord channel")
    assert verdict.boilerplate and "cta-verb" in verdict.features and "cta-platform" in verdict.features
    assert not boilerplate.score_line("He went on:").boilerplate


def test_stage():
    article = RawArticle(source="t", title="Tide Clock Wraps", text=body(STORY[0], "Tweet", STORY[1] + "\u00a0"))
    out = CleanText()(Analysis(article=article))
    assert CleanText.name == "clean"
    assert out.text == body(STORY[0], STORY[1])
    assert out.article is article


def test_seed_000_loses_only_its_boilerplate(seed):
    article = seed("000")
    paras = normalise_whitespace(article.text).split("\n\n")
    result = clean_body(article.text, title=article.title, authors=article.authors)
    removed = result.removed
    assert len(removed) == 8
    assert removed[0].startswith("Join ")
    credits = [line for line in removed if line.startswith("(Photo")]
    assert len(credits) == 3
    captions = [removed[i - 1] for i, line in enumerate(removed) if line.startswith("(Photo")]
    assert all(len(c.split()) <= 4 for c in captions)
    assert removed[-1].endswith("in the comments!") and removed[-1] == paras[-1]
    kept = [p for p in paras if p not in removed and not all(line in removed for line in p.split("\n"))]
    assert result.text.split("\n\n") == kept
    assert len(kept) == len(paras) - 5
    assert "He went on:" in kept


def test_seed_003_only_whitespace_changes(seed):
    article = seed("003")
    result = clean_body(article.text, title=article.title)
    assert result.removed == ()
    assert result.text == normalise_whitespace(article.text)
    assert len(result.text.split("\n\n")) == 6


def test_headline_links_under_a_related_heading_go_with_it():
    text = body(
        "The special premieres on Friday.",
        "Related Articles\nStreamer Unveils Full Comedy Lineup for Fall\nStand-Up Specials to Watch This Weekend",
        "You May Also Like",
        "Ten Sitcoms Worth a Rewatch",
        "The comedian will tour in the spring, and tickets go on sale next week.",
        "Read more: Comic Opens Up in Candid Interview",
        "Coming Up Next Season",
    )
    got = clean_body(text).text
    assert "Comedy Lineup" not in got and "Specials to Watch" not in got and "Sitcoms Worth" not in got
    assert "The comedian will tour in the spring" in got
    assert "Coming Up Next Season" in got  # a heading not under a bare related heading stays


@pytest.mark.parametrize("line", ["Don't forget to follow us on Instagram for more updates!",
                                  "Be sure to subscribe to our newsletter.", "Please like our Facebook page."])
def test_polite_calls_to_action_are_boilerplate(line):
    # regression: a call to action behind "Don't forget to" / "Be sure to" / "Please" stayed in the text
    assert boilerplate.score_line(line).boilerplate


@pytest.mark.parametrize("line", ["She began to follow him on Instagram in 2019.",
                                  "Remember to drink water, the singer told fans at the show."])
def test_the_same_verbs_in_prose_are_kept(line):
    assert not boilerplate.score_line(line).boilerplate


@pytest.mark.parametrize("line", ["Watch the trailer below!", "Check out the teaser below.", "Click here to read the full interview.",
                                  "Stay tuned for more updates!", "Advertisement - Continue Reading Below",
                                  "Featured image: Netflix"])
def test_pointers_to_removed_embeds_adverts_and_image_credits_are_boilerplate(line):
    assert boilerplate.score_line(line).boilerplate


@pytest.mark.parametrize("line", ["Fans can see the results below the main stage.", "Viewers can watch the finale on Netflix.",
                                  "She told fans to stay tuned for her next drama, which starts filming in May."])
def test_prose_with_watch_see_or_stay_tuned_is_kept(line):
    assert not boilerplate.score_line(line).boilerplate


def test_a_full_sentence_above_a_credit_is_prose_not_a_caption():
    # regression: the story's last sentence, right above a trailing photo credit, was dropped as its caption
    text = f"{STORY[0]}\nThe band debuted in 2022 under Bluebell Music.\nPhoto: Bluebell Music"
    result = clean_body(text)
    assert "The band debuted in 2022 under Bluebell Music." in result.text
    assert "Photo: Bluebell Music" not in result.text


def test_a_spoiler_notice_is_boilerplate_but_a_sentence_about_spoilers_is_not():
    # regression: "Warning: spoilers ahead!" stayed at the top of a recap's clean text
    result = clean_body(body("Warning: spoilers ahead!", STORY[0], "The spoilers leaked online on Monday.", STORY[1]))
    assert result.removed == ("Warning: spoilers ahead!",)
