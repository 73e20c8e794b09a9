"""Review feeds: following review sites' RSS/Atom feeds and ingesting their new reviews.

:mod:`~bot.feeds.poller` polls (conditional GET, robots.txt, per-host delay, backoff, entries
claimed once), :mod:`~bot.feeds.subscribe` checks and adds a feed, :mod:`~bot.feeds.cli` is
`python -m bot feeds ...`. The Discord side (commands, the polling task, announcements) is
cogs/feeds.py; the announcement text is bot/render/announcements.py.
"""
