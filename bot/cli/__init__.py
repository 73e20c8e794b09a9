"""Command-line commands of `python -m bot`, one module per command family (bot/__main__.py
only dispatches): ingest (bot.cli.ingest), documents and anime (bot.cli.documents)."""
