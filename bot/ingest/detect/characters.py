"""Characters a document introduces: "Name (Voice Actor)" in its text, plus the front
matter's `characters:` list (which comes first, and wins for the same name)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from bot.models import ParsedCharacter

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["detect_characters", "learn_characters"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD_TEXT = rf"[{_UPPER}][\w'’\-]*"
_NAME_WORD = re.compile(_NAME_WORD_TEXT)
_PAREN_PERSON = re.compile(rf"\(({_NAME_WORD_TEXT}(?: {_NAME_WORD_TEXT}){{1,2}})\)")
# Capitalised only because they start a sentence: dropped from the front of a name.
_LEADING_TEXT = """
a an the and or but so yet also then when while as if at in on of to for from by with
after before during meanwhile later finally first next now here there this that these
those it its he she they we i you his her their our my your one two three
"""
# Words that say the parenthesis is not "Character (Voice Actor)": the whole match is dropped.
_NOT_NAME_TEXT = """
episode season part chapter volume ep studio anime manga series show movie film cast
character voice voiced actor actress va seiyuu english japanese dub sub club city inc ltd
co corp netflix crunchyroll
"""
_LEADING_WORDS = frozenset(_LEADING_TEXT.split())
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
_NOT_PERSON_WORDS = _LEADING_WORDS | _NOT_NAME_WORDS


def _is_person_name(words: Sequence[str]) -> bool:
    return all(
        w.strip("'’-").isalpha() and w.lower() not in _NOT_PERSON_WORDS and len(w) > 1
        for w in words
    )


def _paren_persons(text: str) -> Iterator[re.Match[str]]:
    """_PAREN_PERSON.finditer(text): the pattern tried at each "(" that str.find finds, where
    the regex engine's own scan for "(" costs several times more (no match holds a "(", so
    none is missed)."""
    at = text.find("(")
    while at >= 0:
        match = _PAREN_PERSON.match(text, at)
        if match is not None:
            yield match
            at = text.find("(", match.end())
        else:
            at = text.find("(", at + 1)


def learn_characters(text: str) -> list[ParsedCharacter]:
    """Each "Character Name (Voice Actor)" in `text`, once per name (case-insensitive)."""
    found: dict[str, ParsedCharacter] = {}
    for paren in _paren_persons(text):
        actor_words = paren.group(1).split(" ")
        if not _is_person_name(actor_words):
            continue
        start = paren.start()
        # a name never runs across a line break ("by Brooke Alvarez\n\nKafka Hibino (…)")
        window_start = max(0, start - 80, text.rfind("\n", max(0, start - 80), start) + 1)
        parts = text[window_start:start].rsplit(None, 3)
        words: list[str] = []
        for index in range(len(parts) - 1, max(-1, len(parts) - 4), -1):
            part = parts[index]
            if not _NAME_WORD.fullmatch(part):
                break
            if index == 0 and window_start > 0 and not text[window_start - 1].isspace():
                break  # the window cut this word: it is longer than it looks
            words.append(part)
        if not words:
            continue
        words.reverse()
        if any(w.lower() in _NOT_NAME_WORDS for w in words):
            continue
        while words and words[0].lower() in _LEADING_WORDS:
            words.pop(0)
        if not words or any(w.lower() in _LEADING_WORDS for w in words):
            continue
        name = " ".join(words).rstrip("'’-")
        if name.endswith(("'s", "’s")):
            continue  # "Rouge's (Yume Miyamoto)" is not how a cast is listed
        found.setdefault(name.casefold(), ParsedCharacter(name, " ".join(actor_words)))
    return list(found.values())


def detect_characters(draft: Draft) -> None:
    """draft.characters: the front matter's, then those the sections' text introduces."""
    learned = learn_characters("\n\n".join(s.text for s in draft.sections))
    characters: dict[str, ParsedCharacter] = {}
    for character in (*draft.front_matter.characters, *learned):
        characters.setdefault(character.name.casefold(), character)
    draft.characters = tuple(characters.values())
