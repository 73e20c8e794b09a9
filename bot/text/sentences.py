"""Sentence splitting: where each sentence of a prose text starts and ends.

Pure functions over ``str``. A blank line always ends a sentence; ``.``, ``!``, ``?`` and ``…``
end one when followed by whitespace and something that can start a sentence, except after a
known abbreviation ("Dr.", "Ep.", "vs.") or a single letter ("J. R. R.").
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

__all__ = [
    "ABBREVIATIONS",
    "COMMON_ODD_SPACES",
    "may_break_inside",
    "odd_whitespace",
    "sentence_spans",
    "split_sentences",
    "squash",
]

_ABBREVIATION_TEXT = """
dr mr mrs ms mx st sr jr prof gen col lt sgt capt rev hon fr ep eps vs v vol vols no nos
pt pts fig figs approx ca cf al e.g i.e a.k.a aka p.s mt ft inc ltd co corp jan feb mar
apr jun jul aug sep sept oct nov dec
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())
"""Words (lower case, without their final dot) whose dot does not end a sentence."""

# The odd spaces that actually turn up in saved web pages (NBSP, tab, zero-width...).
COMMON_ODD_SPACES = ("\u00a0", "\t", "\u200b", "\ufeff", "\u202f", "\u3000", "\u2009")

_TERMINALS = ".!?…"
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_ASCII_SPACE = " \n\t\r\f\v"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_STARTERS = "\"'“‘([«¡¿-–—"


def _is_space(char: str) -> bool:
    return char in _ASCII_SPACE or (char > "\x7f" and char.isspace())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraph breaks (blank lines) always end one.

    The spans tile the text: whitespace between sentences belongs to the next one.
    Built from str.find over the few terminal characters rather than a regex scan: this runs
    over every stored section, and per-character regex scanning is the slow part of Python.
    """
    cuts: list[int] = []
    length = len(text)
    find = text.find
    if "\n" in text:
        if "\n " in text or "\n\t" in text or "\n\r" in text:
            cuts.extend(m.start() for m in _BLANK_LINE.finditer(text))
        else:
            at = find("\n\n")
            while at >= 0:
                cuts.append(at)
                at = find("\n\n", at + 2)
    abbreviations = ABBREVIATIONS
    closers = _CLOSERS
    for terminal in _TERMINALS:
        at = find(terminal)
        while at >= 0:
            end = at + 1
            at = find(terminal, end)
            if end >= length:
                continue
            char = text[end]
            if char in closers:
                while end < length and text[end] in closers:
                    end += 1
                if end >= length:
                    continue
                char = text[end]
            if char != " " and char != "\n" and not _is_space(char):
                continue  # "8.5", "e.g.,", "U.S.A", and every character of "..." but the last
            following = end + 1
            nxt = text[following] if following < length else ""
            if nxt == " " or nxt == "\n" or nxt == "\t":
                while following < length and text[following] in _ASCII_SPACE:
                    following += 1
                if following >= length:
                    continue
                nxt = text[following]
            if not nxt or nxt.islower() or not (nxt.isalnum() or nxt in _SENTENCE_STARTERS):
                continue  # "… and so on", "e.g. something"
            dot = end - 1
            while text[dot] in closers:
                dot -= 1
            if text[dot] == "." and (dot == 0 or text[dot - 1] != "."):
                # the word before the dot, at most 8 characters (every abbreviation is shorter)
                word = text[max(0, dot - 8) : dot].rpartition(" ")[2].rpartition("\n")[2]
                word = word.lstrip(_OPENERS).lower()
                if word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue  # "Dr. Roy", "Ep. 1", "J. R. R."
            cuts.append(end)
    cuts.sort()
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in cuts:
        if cut > start:
            spans.append((start, cut))
            start = cut
    if length > start:
        spans.append((start, length))
    return spans


def may_break_inside(piece: str) -> bool:
    """Could :func:`sentence_spans` put a sentence boundary strictly inside `piece`, wherever
    it stands in a text?

    Cheap and conservative (False is certain): a boundary is a line break of a blank line or
    the whitespace after a terminal (and closing quotes), so a stretch without whitespace,
    line breaks and terminals holds none.
    """
    if "\n" in piece or piece[:1] in _CLOSERS:  # (closers: the terminal may be just before)
        return True
    if "." not in piece and "!" not in piece and "?" not in piece and "…" not in piece:
        return False  # (the terminals, tested one by one: this runs for every name matched)
    return " " in piece or any(char.isspace() for char in piece)


def odd_whitespace(text: str) -> bool:
    """Does `text` hold whitespace other than single spaces and newlines?"""
    if "  " in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text:
        return True
    return not text.isascii() and any(c in text for c in COMMON_ODD_SPACES)


def squash(text: str, odd: bool = True) -> str:
    """Strip, and collapse whitespace runs to one space.

    With `odd` False (the caller knows `text` holds no whitespace but single spaces and
    newlines, see :func:`odd_whitespace`) only the line breaks need replacing, which is cheaper.
    """
    if odd:
        return " ".join(text.split())
    text = text.strip()
    return text.replace("\n", " ") if "\n" in text else text


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, whitespace collapsed; abbreviations do not end one."""
    sentences: list[str] = []
    odd = odd_whitespace(text)
    for start, end in sentence_spans(text):
        sentence = squash(text[start:end], odd)
        if sentence:
            sentences.append(sentence)
    return sentences
