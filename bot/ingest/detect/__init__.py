"""Detectors: one module per field a document's text tells (title, anime, episode, kind,
score, spoilers, characters). Each exposes a pure function over text and a stage over the
:class:`~bot.ingest.state.Draft` that the pipeline runs.
"""
