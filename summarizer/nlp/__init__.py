"""The linguistic layer: a spaCy pipeline, loaded lazily once per process and applied only
to the sentences that need a parse (candidate sentences of a selection, brief sentences),
never to a whole corpus.

* ``load``: the pipeline and a cached ``parse``.
* ``attribution``: quotes, posts and first-person claims, and whether a speaker is named.
* ``references``: sentences that open with a pronoun or definite reference pointing
  outside them, and the name a report gives for it.
* ``furniture``: page furniture inside a sentence (embedded posts, credits, URLs, handles,
  datelines) and sentences that are nothing but furniture.
"""
