"""A reference reader of Discord markdown for tests, written independently of bot.spoilers:
where spoiler delimiters are, and what a reader sees in and out of spoiler spans."""

from __future__ import annotations


def unescaped_delimiters(text: str) -> list[int]:
    """Positions of `||` Discord reads as spoiler delimiters (a backslash escapes one char)."""
    found: list[int] = []
    i = 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith("||", i):
            found.append(i)
            i += 2
        else:
            i += 1
    return found


def unescape(text: str) -> str:
    """What Discord shows for escaped text: every `\\x` becomes `x`."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def split_visible(text: str) -> tuple[str, str]:
    """(what is shown plainly, what is inside spoiler spans), both unescaped."""
    marks = unescaped_delimiters(text)
    assert len(marks) % 2 == 0, f"unbalanced spoiler delimiters in {text[:300]!r}"
    plain, hidden, last = [], [], 0
    for k in range(0, len(marks), 2):
        plain.append(text[last : marks[k]])
        hidden.append(text[marks[k] + 2 : marks[k + 1]])
        last = marks[k + 1] + 2
    plain.append(text[last:])
    return unescape(" ".join(plain)), unescape(" ".join(hidden))
