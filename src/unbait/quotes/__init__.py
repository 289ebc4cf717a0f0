"""Direct quotations: the marks that delimit them, titles that only look like them, and their speakers.

* :mod:`unbait.quotes.marks` pairs quotation marks into spans, paragraph by paragraph;
* :mod:`unbait.quotes.titles` tells a quoted work title from a quotation;
* :mod:`unbait.quotes.lexicon` holds the small word lists (reporting verbs, role nouns);
* :mod:`unbait.quotes.attribution` finds the cue of one span, :mod:`unbait.quotes.subjects` its subject;
* :mod:`unbait.quotes.names` turns a speaker token into a name (mentions, people, NER, pronouns);
* :mod:`unbait.quotes.gold` derives gold direct quotes from PolNeAR attributions.

The stage that puts them together is :class:`unbait.stages.quotes.FindQuotes`.
"""
