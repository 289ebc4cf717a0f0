"""Works (shows, films, albums, songs) and the networks linked to them.

``analysis.works`` comes out main work first (named in the headline, then most
mentioned); the facts stage takes ``works[0]`` as the article's main work. See
:mod:`unbait.works.find` for what counts as a title and :mod:`unbait.works.links`
for the network rules.
"""
from __future__ import annotations

from unbait.document import Analysis
from unbait.works import find_works


class FindWorks:
    name = "works"

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis.evolve(works=find_works(analysis))
