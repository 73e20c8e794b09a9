"""The web layer: fetching (limits, SSRF guard), article extraction, feeds and robots.txt."""
