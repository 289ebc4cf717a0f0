"""The small word lists the quote rules use: general English, written for this project."""
from __future__ import annotations

# Lemmas of verbs that report speech or writing. spaCy lemmatises the inflections.
REPORTING_VERBS = frozenset(
    """
    say tell add explain note share reveal confess admit continue express recall write post
    tweet state claim insist argue declare announce report describe remark comment respond
    reply answer ask warn suggest acknowledge agree assert affirm complain concede conclude
    confirm deny emphasize emphasise stress elaborate joke quip muse mention predict promise
    recount reflect reiterate repeat shout scream whisper yell exclaim wonder testify
    caption gush tease hint thank urge vow pledge boast brag lament observe maintain contend
    counter charge allege accuse criticize criticise praise cry sigh laugh plead beg begin
    chime interject interrupt opine proclaim profess propose question quote read recommend
    retort snap speak talk advise apologize apologise inform assure blast slam rip mock
    dismiss call dub label term greet message pen bark echo decry bemoan scoff fume rail
    thunder cite beam smile grin marvel gripe grumble murmur mutter sing chant tout hail
    welcome
    """.split()
)

# Verbs that only report speech together with a particle ("went on", "opened up").
PHRASAL_CUES = {"go": "on", "open": "up", "point": "out", "spell": "out", "fire": "back", "weigh": "in",
                "hit": "back", "lash": "out", "sound": "off", "carry": "on"}

# Verbs that report speech only when a quotation is their object, not around it.
WEAK_CUES = frozenset("call dub label term describe begin greet message read pen".split())

# Nouns that introduce a quotation in a prepositional phrase: "in a statement", "in an interview".
CUE_NOUNS = frozenset(
    """
    statement interview post message caption tweet letter speech remarks note essay op-ed
    video clip broadcast release press conference email e-mail memo column comment comments
    """.split()
)

# Nouns that name a person by role; "the actress said" resolves to the person meant.
ROLE_NOUNS = frozenset(
    """
    actor actress singer star idol rapper director host comedian comedienne model musician
    artist performer producer writer author player athlete chef celebrity dancer
    entertainer presenter filmmaker screenwriter songwriter vocalist leader member
    man woman boy girl lady gentleman guy
    """.split()
)

FEMALE_NOUNS = frozenset("actress comedienne woman girl lady".split())
MALE_NOUNS = frozenset("actor man boy gentleman guy".split())

MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
PERSON_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | frozenset("i we they you".split())

# Entity labels that can speak.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
