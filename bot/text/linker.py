"""Linking one anime's characters to the sentences that name them, as (start, end) spans.

Pure: the sentence finder (`bot.text.mentions.find_mentions`) is given, not imported, so a
test can hand in another one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.text.mentions import MentionSpan

log = logging.getLogger(__name__)

# (text, names by key) -> one span per (sentence, key) naming a key's name, in text order
SentenceFinder = Callable[[str, Mapping[int, Sequence[str]]], Iterable[MentionSpan]]
# (character id, section id, start, end): the sentence is the section's text[start:end]
Span = tuple[int, int, int, int]


def names_pattern(names: Iterable[str], flags: int = 0) -> re.Pattern[str] | None:
    """One word-bounded alternation of `names` (longest first); any whitespace inside a name."""
    unique = sorted({" ".join(n.split()) for n in names if n.strip()}, key=len, reverse=True)
    if not unique:
        return None
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in unique)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


# Ordinary words that open sentences. A character named one of them ("First", a Nean of
# Metallic Rouge) is not named by a sentence that merely starts with the word ("First, the
# good news: ..."); elsewhere in a sentence, capitalised, it is the name.
_OPENER_WORDS = """
first second third then next now still so also finally however meanwhile well even last
later after before once only just sure true right again soon yes no maybe overall sadly
luckily honestly instead otherwise besides anyway today tonight
"""
SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
_LEADING = " \t\n\"'“‘(«[-–—*_"


@dataclass(slots=True)
class Linker:
    """Everything needed to link one anime's characters to sentences, built once per change."""

    names: dict[int, tuple[str, ...]]  # character id -> every name it goes by in documents
    canonical: dict[int, str]
    title_mask: re.Pattern[str] | None  # the anime's own names, any case ("Metallic Rouge")
    sentences: SentenceFinder
    _patterns: dict[int, re.Pattern[str] | None] = field(default_factory=dict)
    _openers: set[int] | None = None  # characters with a name that is a SENTENCE_OPENERS word

    def _named_only_as_opener(self, character_id: int, sentence: str) -> bool:
        """Is every naming of this character in `sentence` the ordinary word opening it?"""
        if self._openers is None:
            self._openers = {
                cid
                for cid, names in self.names.items()
                if any(n.strip().lower() in SENTENCE_OPENERS for n in names)
            }
        if character_id not in self._openers:
            return False
        pattern = self._pattern(character_id)
        if pattern is None:
            return False
        opening = len(sentence) - len(sentence.lstrip(_LEADING))
        for match in pattern.finditer(sentence):
            if match.start() != opening or match.group(0).lower() not in SENTENCE_OPENERS:
                return False
        return True

    def _pattern(self, character_id: int) -> re.Pattern[str] | None:
        """The character's names, case-sensitive like ingest.find_mentions."""
        if character_id not in self._patterns:
            self._patterns[character_id] = names_pattern(self.names.get(character_id, ()))
        return self._patterns[character_id]

    def find(self, section_id: int, text: str) -> list[Span]:
        """(character id, section id, start, end) for each sentence of `text` naming a
        character, the sentence being text[start:end].

        A "mention" found only inside the anime's own title ("Metallic Rouge" is not Rouge)
        does not count.
        """
        if not self.names:
            return []
        found: list[Span] = []
        last = -1
        masked: str | None = None  # the sentence without the anime's title, when it had one
        for mention in self.sentences(text, self.names):
            if mention.start != last:  # the same sentence comes once per character it names
                last = mention.start
                sentence = text[mention.start : mention.end]
                masked = None
                if self.title_mask is not None and self.title_mask.search(sentence):
                    masked = self.title_mask.sub(" ", sentence)
            if masked is not None:
                pattern = self._pattern(mention.key)
                if pattern is None or not pattern.search(masked):
                    continue  # named only inside the title
            if self._named_only_as_opener(mention.key, text[mention.start : mention.end]):
                continue  # "First, the good news": a word, not the character "First"
            found.append((mention.key, section_id, mention.start, mention.end))
        return found
