"""Linking one anime's characters to the sections and sentences that name them.

Two views of the same rule:

* :meth:`Linker.named`, at ingest: which characters a section names, and where each is first
  named. One scan of the section with one compiled pattern (the trie of every name of the
  anime); no sentences, except for the rare cases where they could change the answer.
* :meth:`Linker.find`, at read time: the sentences naming each character, as (start, end)
  spans of the section's text.

The rule, per sentence: the anime's own names (its title and aliases, any case) are blanked
out first ("Metallic Rouge" is not Rouge); then names are found case-sensitively, word-bounded,
with any whitespace run inside a name, the longest name winning at a position
(:class:`bot.text.mentions.NameMatcher`). A character whose name is an ordinary word opening
sentences (`SENTENCE_OPENERS`: "First") is not named by a sentence that merely opens with it,
nor by a clause opening with it after a dash ("<Show> — First cour finished") or a quotation
opening with it ('issue 12 — "First look: <Show>"') or a Markdown heading ("## First
impressions"), nor by the
word as a hyphenated compound's first part ("the First-Class exam"), unless the word stands
alone in quotes there ('"First," too, gets a reveal': a name) or a verb said of a character
follows it ("First watches from the catwalk"; `OPENER_ACTIONS`), maybe after an adverb
("First also turns up"; `ACTION_ADVERBS`) or an adverbial phrase ("First at least gets a
send-off"; `ACTION_ADVERB_PHRASES`) or an aside set apart by dashes ("First — the
character, not the ordinal — gets a send-off"), or "and" and a word of a character's name
("First and Rouge get their endings"). A
character known by one word only ("Kevin") is not named by that word when a capitalised word
that is in none of the characters' names follows it after one space ("Kevin Penkin", a real
composer; "Kevin MacLeod", "Kevin O'Brien"; "First Impressions"): that is someone else's full
name, or a heading's words. Nor when "from" and such a word, ending the phrase, follow it
("Kevin from Ohio,"): a listener or commenter named by first name and home town.
A section names a character when one of its sentences does: `named` gives exactly the
characters of `find`.

A text written in lower case (a social post: its sentences open in lower case, hardly a word is
capitalised; :func:`written_in_lowercase`) names characters in lower case too ("naomi orthmann",
"rouge"): there, and only there, a name also matches in lower case, unless one of its words is
an ordinary English word (`common_word`: "first", "will"; a one-word one still matches standing
alone in quotes, '"first" is still creepy', as a name is quoted) or, for a one-word name, an
article or determiner stands before it ("the joker", "a viola": a noun, not a name; but "no
jaron this week" says a character is missing from the episode).
A writer may lower-case only the characters' names in a text otherwise capitalised ("Worst
part of the week. jaron gets a better exit than he deserved."): when the text opens a sentence
or a paragraph with a name in lower case, where no ordinary word would stand so, the
characters it never names capitalised are named by their names in lower case too, as above
(:meth:`Linker._lowercase_keys`); those it also names capitalised keep their capitals only, so
"rouge" the colour stays a word where "Rouge" is the character.

Pure: the sentence splitter is given (`bot.text.sentences.sentence_spans` by default).
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import justext

from bot.text.finds import find_all
from bot.text.mentions import Hit, NameMatcher, in_sentences, normal
from bot.text.sentences import ABBREVIATIONS, may_break_inside, sentence_spans

log = logging.getLogger(__name__)

# text -> (start, end) of each of its sentences, tiling it
SentenceSplitter = Callable[[str], Sequence[tuple[int, int]]]
# (character id, section id, start, end): the sentence is the section's text[start:end]
Span = tuple[int, int, int, int]
# (character id, offset): where a section first names the character
Named = tuple[int, int]


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
# ...unless a verb said of a character follows it after one space ("First watches from the
# catwalk"): an opening word is never followed by one ("First, ..."; "First impressions"),
# nor is the verb then followed by a plural's verb ("First watches are rarely fair": a noun).
_ACTION_WORDS = """
says said asks tells admits explains warns answers replies whispers shouts laughs smiles
cries watches waits lurks stands sits walks arrives appears returns leaves enters attacks
fights kills dies wins loses reveals decides refuses wants knows tries seems gets steals
hides speaks stays orders confronts turns shows joins betrays survives escapes
"""
OPENER_ACTIONS = frozenset(_ACTION_WORDS.split())
# ...or after one adverb that may come between a subject and its verb ("First also turns up",
# "First finally speaks"): an opening word is followed by a comma there ("First, also, ...")
_ADVERB_WORDS = """
also still finally even never briefly suddenly quietly barely
"""
ACTION_ADVERBS = frozenset(_ADVERB_WORDS.split())
# ...or one of the few adverbial phrases a writer puts there as well ("First at least gets a
# send-off", "First at last speaks", "First for once wins"); an opening word is followed by a
# comma before one ("First, at least, ..."), or it opens the sentence itself ("At least ...")
ACTION_ADVERB_PHRASES = ("at least", "at last", "for once")
_PLURAL_VERB_WORDS = """
are were have can could will would should may might must do don't tend feel seem matter
"""
PLURAL_VERBS = frozenset(_PLURAL_VERB_WORDS.split())
_ACTION_TEXT = (
    r"(?:(?:"
    + "|".join(sorted(ACTION_ADVERBS) + [re.escape(p) for p in ACTION_ADVERB_PHRASES])
    + r") )?([a-z]+)(?![\w'’])(?: ([a-z'’]+)(?!\w))?"
)
_ACTION_AFTER = re.compile(" " + _ACTION_TEXT)
# ...also after an aside set apart by dashes ("First — the character, not the ordinal — gets
# a send-off", "First—yes, that one—watches"): an opening word is followed by no verb said of
# someone, aside or not. The aside (at most _ASIDE_REACH characters) holds no dash, line break
# or sentence's end; a dash is an em or en dash, spaced or not, or a spaced hyphen or two.
_ASIDE_REACH = 120
_ASIDE_DASH = r"(?:[ ]?[—–][ ]?|[ ]--?[ ])"
_ASIDE_OPENINGS = ("—", "–", " —", " –", " -")  # (cheap: what the aside's dash opens with)
_ASIDE_ACTION_AFTER = re.compile(
    rf"{_ASIDE_DASH}[^—–\n.!?]{{1,{_ASIDE_REACH}}}?{_ASIDE_DASH}{_ACTION_TEXT}"
)
_LEADING = " \t\n\"'“‘(«[-–—*_"
_OPEN_QUOTES = "\"'“‘«"
_CLOSE_QUOTES = "\"'”’»"
_QUOTED_END = ",.!?;:"


# a word, or an O'Brien-style name (a capital, an apostrophe, a capital; not "I'm")
_NEXT_WORD = re.compile(r"(?:[A-Z]['’](?=[A-Z]))?[^\W\d_]+(?!\w)")


def _capitalised_word_after(text: str, end: int) -> str | None:
    """The word after text[:end] and one space, when it is capitalised ("Penkin", and a
    surname with inner capitals: "MacLeod", "O'Brien"; not all capitals: "I", "TV"), else
    None."""
    if text[end : end + 1] != " ":
        return None
    word = _NEXT_WORD.match(text, end + 1)
    if word is None:
        return None
    found = word.group()
    return found if found[0].isupper() and not found.isupper() else None


# "from" and a capitalised place that ends the phrase ("Kevin from Ohio,", "Kevin from
# Leeds)"): how a listener, caller or commenter is named, a first name and a home town
_FROM_PLACE = re.compile(r" from ((?:[A-Z]['’](?=[A-Z]))?[^\W\d_]+)(?=[^\w\s'’\-]|\n|\Z)")


def _place_after(text: str, end: int) -> str | None:
    """The place in "from <Place>" after text[:end], when it is one capitalised word (not
    all capitals) ending the phrase, else None."""
    found = _FROM_PLACE.match(text, end)
    if found is None:
        return None
    place = found.group(1)
    return place if place[0].isupper() and not place.isupper() else None


def acts_after(text: str, end: int, stop: int) -> bool:
    """Does a verb said of a character (`OPENER_ACTIONS`) follow text[:end] after one space
    (or after one of `ACTION_ADVERBS` or `ACTION_ADVERB_PHRASES` and a space; or after an
    aside set apart by dashes, "First — the character — gets a send-off"), within
    text[:stop], and no plural's verb (`PLURAL_VERBS`) it? Or is the word described
    (`described_after`)?"""
    words = _ACTION_AFTER.match(text, end, stop)
    if words is None and text.startswith(_ASIDE_OPENINGS, end):
        words = _ASIDE_ACTION_AFTER.match(text, end, stop)  # "First — … — gets a send-off"
    return (
        words is not None
        and words.group(1) in OPENER_ACTIONS
        and words.group(2) not in PLURAL_VERBS
    ) or described_after(text, end, stop)


# "and" after an opening word named like a character, before another's name: "First and
# Rouge get their endings" (see Linker._paired_with_name)
_PAIRED = " and "


# "is" or "was", maybe an article, an adverb in -ly and the word it qualifies: "First is
# genuinely unsettling", "First was a truly creepy presence"
_DESCRIBED_AFTER = re.compile(r" (?:is|was) (?:an? )?[a-z]{3,}ly ([a-z]+)(?![\w'’])")


def described_after(text: str, end: int, stop: int) -> bool:
    """Does a description of someone follow text[:end], within text[:stop]: "is" or "was",
    maybe an article, an adverb in -ly and a word that is no ordinary English word
    (`common_word`: "First is genuinely unsettling", "First is a quietly menacing
    presence")? An opening word is followed by a noun there ("First is the pacing"), or by
    an adverb before one ("First is probably the best")."""
    if text[end : end + 4] not in (" is ", " was"):
        return False
    described = _DESCRIBED_AFTER.match(text, end, stop)
    return described is not None and not common_word(described.group(1))


# A letter's, newsletter's or post's sign-off: the writer's first name as the text's last
# word ("Reply to tell me I'm wrong. Kevin", "Cheers,\nKevin", "— Kevin"), nothing after it
# but white space (at most _SIGN_OFF_LOOK characters)
_SIGN_OFF_LOOK = 4
_SIGN_OFF_MARKS = "-—–~"  # what may stand before a signature on its line
_SIGNED_AFTER = ".!"  # a sentence's end before it on its line ("?": "Best girl? Naomi")
_SIGNED_UNDER = ",.!"  # the end of the line above one on its own ("Cheers,", "Thanks.")
_SIGN_OFF_REACH = 200  # the characters looked back through for the line above a signature


def _signs_off(text: str, start: int, end: int) -> bool:
    """Is the word text[start:end] the text's last, signing it off: after a sentence's end
    on its line ("… I'm wrong. Kevin"; not after an abbreviation's stop, "Dr. Kevin"), or on
    a line of its own, maybe after a dash ("— Kevin"), under a line ending in a comma or a
    sentence's end ("Cheers,\nKevin")? A sentence naming a character ends in a stop, and
    an answer after a question ("Best girl? Naomi") or a label's colon is no signature."""
    if text[end:].strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t")
    if before and not before.strip(_SIGN_OFF_MARKS):
        return True  # "— Kevin" on a line of its own
    if before:
        if before[-1] not in _SIGNED_AFTER:
            return False
        return before.rsplit(None, 1)[-1][:-1].lower() not in ABBREVIATIONS
    above = text[max(0, line_start - _SIGN_OFF_REACH) : line_start].rstrip()
    return bool(above) and above[-1] in _SIGNED_UNDER


def _signs_off_above(text: str, start: int, end: int) -> bool:
    """Is the word text[start:end] a signature in a paragraph of its own before a footer
    (links to earlier posts, a notice), not the text's last word: alone on its line after
    a dash ("— Sarah"), under a line ending in a comma or a sentence's end, a blank line or
    the text's end after it? A quotation's speaker ('"…"\n— Naomi') is under a closing
    quote, a list's dashed names under each other, with no sentence's end above."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip(" \t"):
        return False  # words after it on its line
    next_end = text.find("\n", line_end + 1)
    if text[line_end + 1 : len(text) if next_end < 0 else next_end].strip(" \t"):
        return False  # no blank line under it
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t")
    if not before or before.strip(_SIGN_OFF_MARKS):
        return False  # no dash before it, or words
    above = text[max(0, line_start - _SIGN_OFF_REACH) : line_start].rstrip()
    return bool(above) and above[-1] in _SIGNED_UNDER


# Someone in the writer's own life, introduced by their role: "our treasurer Kevin", "my
# roommate Kevin", "my older sister Kevin" (a possessive of the writer's or reader's, maybe
# one word more, a role no character of a story is called by in a review: its members'
# offices, family, friends and fellow readers), right before the name
_ROLE_TEXT = """
treasurer secretary president chair chairman chairwoman chairperson editor coeditor
co-editor host cohost co-host producer moderator mod admin intern subscriber patron listener
reader commenter reviewer coreviewer co-reviewer writer cowriter co-writer friend buddy pal
roommate flatmate housemate colleague coworker co-worker boss neighbour neighbor classmate
teacher brother sister sibling mom mum dad mother father wife husband girlfriend boyfriend
son daughter cousin niece nephew uncle aunt kid
"""
_ROLE_WORDS = frozenset(_ROLE_TEXT.split())
_ROLE_BEFORE = re.compile(r"(?<![\w'’])(?:[Mm]y|[Oo]ur|[Yy]our)[ ](?:[a-z\-]+[ ]){1,2}\Z")
_ROLE_REACH = 40  # the characters looked back through for it


def _introduced_by_role(text: str, start: int) -> bool:
    """Is the name at text[start:] introduced by a role in the writer's own life ("our
    treasurer Kevin", "my roommate Kevin"; `_ROLE_WORDS`, maybe a word before it, "my
    older sister Kevin"): a real person sharing a character's name?"""
    if start < 4 or text[start - 1] != " ":
        return False
    word_start = text.rfind(" ", max(0, start - 16), start - 1) + 1
    if not word_start or text[word_start : start - 1] not in _ROLE_WORDS:
        return False  # (cheap: the word before the name is no role)
    return _ROLE_BEFORE.search(text, max(0, start - _ROLE_REACH), start) is not None


# a list's item marker opening a line, maybe a Markdown link's bracket or emphasis after it
# ("- [First impressions of …](…)", "* **First look**"): the word after opens the item
_LIST_ITEM_OPENING = re.compile(r"[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+[\[*_\"“]*\Z")


def _opens_list_item(text: str, start: int) -> bool:
    """Does the word at `start` open a list's item on its line ("- [First impressions](…)")?
    A list of links runs on without a sentence's end, so the sentence splitter joins the
    items, yet each opens as a sentence does."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LIST_ITEM_OPENING.match(text, line_start, start) is not None


# a Markdown heading's marks opening a line, maybe emphasis after them ("## First
# impressions", "### **First look**"): the word after opens the heading
_HEADING_OPENING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+[*_]*\Z")


def _opens_heading(text: str, start: int) -> bool:
    """Does the word at `start` open a Markdown heading on its line ("## First impressions")?
    A heading opens as a sentence does, its first word capitalised as any sentence's is, and
    the sentence splitter may run it together with the line above (a line ending in no stop,
    "*watched Jan 10*")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.find("#", line_start, start) < 0:
        return False  # (cheap: no heading's mark before the word on its line)
    return _HEADING_OPENING.match(text, line_start, start) is not None


def _opens_line_after_counter(text: str, opening: int, start: int) -> bool:
    """Does the word at `start` open its line, with nothing but a counter or a number before
    it in its sentence (from `opening`)? A thread's post "1/4" on a line of its own, then
    "First impressions: ...": the sentence splitter runs the two lines together, yet the word
    opens the post as it opens a sentence."""
    line = text.rfind("\n", opening, start)
    if line < 0 or text[line + 1 : start].strip(_LEADING):
        return False
    return not any(c.isalpha() for c in text[opening:line])


# a dash opening a clause, with the spaces after it: an em or en dash (spaced or not), or a
# hyphen set apart by spaces ("<Show> — First cour done", "<Show> - First cour done")
_CLAUSE_DASHES = "—–"
_DASH_SPACES = " \t\u00a0"
_DASH_LOOK = 4  # the spaces looked through before the word for the dash


def _opens_clause_after_dash(text: str, start: int) -> bool:
    """Does the word at `start` open a clause after a dash, as a newsletter's or list's note
    opens after its label ("<Show> — First cour finished", "Verdict - Still great")? A
    sentence goes on after a dash in lower case ("the Neans — first Aerkos, then …"), so a
    capitalised ordinary word there opens its clause as it would a sentence."""
    at = start
    while at > 0 and start - at < _DASH_LOOK and text[at - 1] in _DASH_SPACES:
        at -= 1
    if at == 0:
        return False
    dash = text[at - 1]
    if dash in _CLAUSE_DASHES:
        return True
    return dash == "-" and at < start and at >= 2 and text[at - 2] in _DASH_SPACES


def _opens_quotation(text: str, start: int) -> bool:
    """Does the word at `start` open a quotation: an opening quote right before it, set apart
    from any word before (at the start, after a space, a dash or a bracket)? A quoted title
    or saying opens as a sentence does ('issue 12 — "First look: <Show>"', 'titled "First
    Light"'), its first word capitalised as any sentence's is."""
    if start == 0 or text[start - 1] not in _OPEN_QUOTES:
        return False
    return start == 1 or not text[start - 2].isalnum()


def _joined_by_hyphen(text: str, end: int) -> bool:
    """Is the word ending at `end` the first part of a hyphenated compound ("First-Class",
    "first-rate", "First-ever"): a hyphen, then a letter, right after it?"""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a word standing alone in quotes ('"First,"', "“First”"), as a name
    is quoted and an opening word never is ("“First of all,” she says")?"""
    if start == 0 or text[start - 1] not in _OPEN_QUOTES:
        return False
    if end < len(text) and text[end] in _QUOTED_END:
        end += 1
    return end < len(text) and text[end] in _CLOSE_QUOTES


# Lower-case writing: the letters opening its sentences and lines, and its capitalised words,
# in its first _LOWERCASE_LOOK characters (enough to tell; the rest is not read, which keeps
# this cheap on long texts). A text is written in lower case when no two of the sentences
# of its first _LOWERCASE_OPENING characters open capitalised, at least _MIN_LOWER_STARTS
# sentences open in lower case, at most one in _LOWER_PER_UPPER_START opens capitalised, and at
# most one word in _WORDS_PER_CAPITALISED is capitalised (prose capitalises one word in twenty
# or so: its sentences' first words, "I", names), a name of several words counted once.
# (A capital opens a sentence when a lower-case letter follows it: the pronoun "I", which
# phones capitalise in lower-case writing, and a shouted "THE" are not counted either way.)
_SENTENCE_START = re.compile(r"[.!?\n]\s*([a-z]|[A-Z](?=[a-z]))")
_CAPITALISED_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+")  # the look-behind after: fast scan
# a capitalised word with another right after it: the two words of one name
_CAPITALISED_BEFORE_ANOTHER = re.compile(r"(?<!\w)[A-Z][a-z]+ (?=[A-Z][a-z])")
_LOWERCASE_LOOK = 2000
_LOWERCASE_OPENING = 300  # two capitalised sentences in these: not lower case
_MIN_LOWER_STARTS = 3
_LOWER_PER_UPPER_START = 4
_WORDS_PER_CAPITALISED = 40


def sentences_open_in_lowercase(text: str) -> bool:
    """Do the sentences of `text` open in lower case ("ok so. episode 9. the fight …"), as a
    writer who never capitalises writes, whether or not they capitalise names?"""
    opening = _SENTENCE_START.findall("\n" + text[:_LOWERCASE_OPENING])
    if sum(1 for letter in opening if letter.isupper()) >= 2:
        return False  # (prose gives itself away at once: read on only when it does not)
    starts = _SENTENCE_START.findall("\n" + text[:_LOWERCASE_LOOK])
    lower = sum(1 for letter in starts if letter.islower())
    return lower >= _MIN_LOWER_STARTS and (len(starts) - lower) * _LOWER_PER_UPPER_START <= lower


def written_in_lowercase(text: str) -> bool:
    """Is `text` written in lower case throughout ("ok so. episode 9. naomi is the real
    protagonist"), its sentences' first words and names included?"""
    if not sentences_open_in_lowercase(text):
        return False
    head = "\n" + text[:_LOWERCASE_LOOK]
    if _few_capitalised(head):
        return True
    # a line repeated word for word (a thread's header over each of its posts: "**Poster**
    # @handle") is the page's, its capitals the writer's once
    lines = head.split("\n")
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        if line not in seen or not line:
            seen.add(line)
            kept.append(line)
    return len(kept) < len(lines) and _few_capitalised("\n".join(kept))


def _few_capitalised(head: str) -> bool:
    """Is at most one word of `head` in _WORDS_PER_CAPITALISED capitalised?"""
    words = head.count(" ") + head.count("\n")
    capitalised = len(_CAPITALISED_WORD.findall(head))
    if capitalised * _WORDS_PER_CAPITALISED <= words:
        return True
    # a name of several capitalised words ("Plastic Memories") is one name capitalised
    pairs = _CAPITALISED_BEFORE_ANOTHER.findall(head)
    capitalised -= len(pairs)
    if capitalised * _WORDS_PER_CAPITALISED <= words:
        return True
    # a term of the show's world capitalised again each time it comes back ("a Nean" …
    # "the Nean") is one word the writer capitalises, as in a text that lower-cases the
    # rest, its characters' names too
    distinct = len(set(_CAPITALISED_WORD.findall(head))) - len(set(pairs))
    return distinct * _WORDS_PER_CAPITALISED <= words


@functools.cache
def _common_words() -> frozenset[str]:
    """Ordinary English words (jusText's stop list, which trafilatura uses too), and the words
    this module already knows open sentences or follow a name."""
    stop: frozenset[str] = justext.get_stoplist("English")
    return stop | SENTENCE_OPENERS | OPENER_ACTIONS | PLURAL_VERBS


def common_word(word: str) -> bool:
    """Is `word` (any case) an ordinary English word, which a lower-case text means as one?"""
    return word.lower() in _common_words()


# an article or determiner right before a lower-case word: a noun ("the joker"), not a name
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:a|an|the|this|that|these|those|my|your|our|their|its|some|any|every|each"
    r"|(no)|one)[ \t\u00a0]+$"
)
_DETERMINER_LOOK = 8
# ...but "no" with this week's or episode's absence after the word: a character missed ("no
# jaron this week", "no naomi in this episode", "no sara today"), not "no joker in the deck"
_ABSENT_AFTER = re.compile(
    r"[ \t\u00a0]+(?:(?:in[ \t\u00a0]+)?this[ \t\u00a0]+(?:week|episode|ep|time)|today|yet)\b"
)

# ...nor with a noun after the word that it qualifies, as fans call a character's part of an
# episode ("the aerkos stuff", "the naomi scene", "that jaron reveal", "the joker guy"): the
# determiner is the noun's, the word before it a name
_QUALIFIED_AFTER = re.compile(
    r"[ \t\u00a0]+(?:stuff|scenes?|things?|arc|subplot|storyline|backstory|flashbacks?"
    r"|reveal|moments?|guy|girl|kid|lady|dude)\b"
)


# Where a sentence opens in lower case: after a sentence's end and a space, or a paragraph's
# start (a blank line before it), a lower-case letter next; the text's own start is looked at
# apart. One pattern per mark, each opening with its mark (the mark first), since `re` finds a
# pattern's literal first character fast and tries an alternation at every character (one
# pattern for all four cost ~80 us on a 10 KB text, these ~12); a mark the text lacks is skipped.
_LOWER_OPENINGS = (
    (".", re.compile(r"\.[ \t]+(?=[a-z])")),
    ("!", re.compile(r"![ \t]+(?=[a-z])")),
    ("?", re.compile(r"\?[ \t]+(?=[a-z])")),
    ("\n", re.compile(r"\n[ \t]*\n[ \t]*(?=[a-z])")),
)
_FIRST_LETTER = re.compile(r"\S")  # (the text's start, past its white space)
_SPEAKER_MARK = ":"  # "sara: lol" opening a chat's line: a user's name, not the character's


def _noun_after_determiner(text: str, start: int, end: int) -> bool:
    """Is the lower-case word text[start:end] a noun by the determiner before it ("the
    joker", "a viola"), not a name ("no jaron this week": his absence from the episode; "the
    aerkos stuff": a noun qualified by the name)?"""
    determiner = _DETERMINER_BEFORE.search(text, max(0, start - _DETERMINER_LOOK), start)
    if determiner is None or _QUALIFIED_AFTER.match(text, end) is not None:
        return False
    return determiner.group(1) is None or _ABSENT_AFTER.match(text, end) is None


def _lowercase_names(
    names: dict[int, tuple[str, ...]], taken: Iterable[str]
) -> tuple[dict[int, list[str]], frozenset[str]]:
    """The lower-case forms a lower-case text may write these names in: those of names with a
    capital, three letters or more, not an ordinary English word (a name of several words:
    not all of them ordinary words; "scar head" is a name, "the other" words), and none
    already a name as it is (`taken`: that name's characters keep it). Also those of one-word
    names that are an ordinary word ("first"), which only name the character standing alone
    in quotes ('"first" is still creepy'): the second value."""
    existing = set(taken)
    lowered: dict[int, list[str]] = {}
    quoted: set[str] = set()
    for cid, key_names in names.items():
        for name in key_names:
            low = " ".join(name.lower().split())
            if low not in existing and len(low) >= 3 and len(low) == len(" ".join(name.split())):
                if not all(common_word(w) for w in low.split()):
                    lowered.setdefault(cid, []).append(low)
                elif " " not in low:
                    lowered.setdefault(cid, []).append(low)
                    quoted.add(low)
    return lowered, frozenset(quoted)


# What a masked title becomes: neither a word character (names next to it stay word-bounded)
# nor whitespace (a name's words cannot be bridged across it).
_BLANK = "\x00"


def _title_matcher(titles: Iterable[str]) -> NameMatcher:
    """The anime's own names, any case. Lower-cased where that keeps their length, so two
    spellings differing in case share a trie branch and the longest still wins."""
    folded = [t.lower() if len(t.lower()) == len(t) else t for t in titles]
    return NameMatcher({0: folded}, re.IGNORECASE)


def _lowered_alike(text: str) -> str | None:
    """`text` lower-cased, when a case-sensitive match of lower-case ASCII names over that
    finds exactly what a case-insensitive one over `text` does (same offsets); else None.

    True unless lower() changes the length ("İ") or the text holds one of the two characters
    that re's IGNORECASE equates with an ASCII letter while lower() keeps them: dotless "ı"
    (with i) and long "ſ" (with s). The Kelvin sign, the only other one, lower()s to "k".
    """
    if text.isascii():
        return text.lower()
    if "ı" in text or "ſ" in text:
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


# The non-ASCII characters re's IGNORECASE equates with an ASCII letter (ı with i, ſ with s, the
# Kelvin sign with k), and the one whose lower() is longer (İ: "i" and a combining dot).
_CASE_FOLDED = ("\u0131", "\u017f", "\u212a", "\u0130")

_SERIALS = itertools.count(1)
"""Numbers each Linker built in this process (see Linker.serial)."""


@dataclass(slots=True)
class Linker:
    """Everything needed to link one anime's characters, built once per change of names."""

    names: dict[int, tuple[str, ...]]  # character id -> every name it goes by in documents
    canonical: dict[int, str]
    titles: tuple[str, ...] = ()  # the anime's own names ("Metallic Rouge")
    sentences: SentenceSplitter = sentence_spans
    _matcher: NameMatcher = field(init=False)
    _titles: NameMatcher = field(init=False)
    # the same, case-sensitive over lower-cased text (ASCII titles only): several times faster,
    # and the same matches wherever _lowered_alike allows it
    _ascii_titles: NameMatcher | None = field(init=False)
    _title_heads: tuple[bytes, ...] = field(init=False)  # _ascii_titles' heads, UTF-8
    _openers: frozenset[int] = field(init=False)  # characters named like a SENTENCE_OPENERS word
    # one-word names all of whose characters go by one word only ("Kevin"), and every word of
    # every name: "Kevin Penkin" is someone else unless "Penkin" is one of those words
    _lone: frozenset[str] = field(init=False)
    _name_words: frozenset[str] = field(init=False)
    _single: frozenset[str] = field(init=False)  # every one-word name (maybe a signature)
    # a name matched as keyed (no whitespace to collapse, no sentence's end inside) -> its
    # characters, and whether it is an opening word ("First"): what named asks of each
    _plain: dict[str, tuple[list[int], bool]] = field(init=False)
    # the names' lower-case forms a lower-case text may use (see _lowercase_names), and the
    # characters of every name either matcher finds
    _lower: NameMatcher | None = field(init=False)
    _lower_quoted: frozenset[str] = field(init=False)  # ...those only named quoted alone
    _keys_for: dict[str, list[int]] = field(init=False)
    _every: frozenset[int] = field(init=False)  # every character's id
    # Unique to this linker among those built in this process (a rebuilt one, after names
    # change, gets a new one): what links found with it in a forked parse worker are checked
    # against before the store trusts them (Characters.mentions_in).
    serial: int = field(init=False)

    def __post_init__(self) -> None:
        self.serial = next(_SERIALS)
        self._matcher = NameMatcher(self.names)
        self._titles = _title_matcher(self.titles)
        self._ascii_titles = (
            NameMatcher({0: [t.lower() for t in self.titles]})
            if all(t.isascii() for t in self.titles)
            else None
        )
        heads = self._ascii_titles.heads if self._ascii_titles is not None else None
        self._title_heads = tuple(head.encode() for head in heads or ())
        self._openers = frozenset(
            cid
            for cid, names in self.names.items()
            if any(n.strip().lower() in SENTENCE_OPENERS for n in names)
        )
        keys_for = self._matcher.keys_for
        one_word = {
            cid for cid, names in self.names.items() if all(len(n.split()) == 1 for n in names)
        }
        self._lone = frozenset(
            name
            for name, keys in keys_for.items()
            if " " not in name and all(key in one_word for key in keys)
        )
        self._name_words = frozenset(word for name in keys_for for word in name.split())
        self._single = frozenset(name for name in keys_for if " " not in name)
        self._plain = {
            name: (keys, name.lower() in SENTENCE_OPENERS)
            for name, keys in keys_for.items()
            if (" " not in name and name.isprintable()) or not may_break_inside(name)
        }
        lowered, self._lower_quoted = _lowercase_names(self.names, keys_for)
        # (compiled only when a lower-case text is met: most documents are written in
        # capitals, and the pattern is as long as all the names')
        self._lower = NameMatcher(lowered, compile_now=False) if lowered else None
        self._keys_for = dict(keys_for)
        self._every = frozenset(self.names)
        if self._lower is not None:
            for name, keys in self._lower.keys_for.items():
                owners = self._keys_for.setdefault(name, [])
                owners.extend(k for k in keys if k not in owners)

    def _lower_hits(self, masked: str, lower_keys: frozenset[int]) -> list[Hit]:
        """The names of the characters in `lower_keys` written in lower case in `masked` (a
        text naming them so, its titles masked), but a one-word name after an article or
        determiner ("the joker"; not "no jaron this week"), and an ordinary word's ("first")
        unless it stands alone in quotes ('"first" is creepy')."""
        lower = self._lower
        if lower is None:
            return []
        quoted = self._lower_quoted
        keys_for = self._keys_for
        every = lower_keys is self._every
        return [
            (start, end, name)
            for start, end, name in lower.hits(masked)
            if (every or any(key in lower_keys for key in keys_for[name]))
            and (
                " " in name
                or (
                    not _noun_after_determiner(masked, start, end)
                    and (name not in quoted or quoted_alone(masked, start, end))
                )
            )
        ]

    def _lowercase_keys(self, text: str, masked: str) -> frozenset[int]:
        """The characters `text` (`masked`: its titles blanked) may name in lower case: every
        one in a text written in lower case; in another, those it never names capitalised,
        when it opens a sentence or a paragraph with one of their names in lower case ("…
        full stop. aerkos is the best thing in the show"), as a writer who lower-cases names
        does and no ordinary word's writer would (a chat's speaker, "sara: lol", aside).
        Empty: no one."""
        lower = self._lower
        if lower is None:
            return frozenset()
        if written_in_lowercase(text):
            return self._every
        first = _FIRST_LETTER.search(masked)
        starts = [first.start()] if first is not None and first.group().islower() else []
        for mark, opening in _LOWER_OPENINGS:
            if mark in masked:
                starts.extend(found.end() for found in opening.finditer(masked))
        if not starts:
            return frozenset()  # (the lower-case names' pattern, compiled when first needed)
        pattern = lower.pattern
        assert pattern is not None  # (there are lower-case names)
        opened: list[str] = []
        for start in starts:
            found = pattern.match(masked, start)
            if found is None or masked.startswith(_SPEAKER_MARK, found.end()):
                continue
            name = normal(found.group())
            if name not in self._lower_quoted:
                opened.append(name)
        if not opened:
            return frozenset()
        keys_for = self._keys_for
        capitalised = {key for _, _, name in self._matcher.hits(masked) for key in keys_for[name]}
        uncapitalised = self._every - capitalised
        if any(key in uncapitalised for name in opened for key in keys_for[name]):
            return uncapitalised
        return frozenset()

    def _hits(self, masked: str, lower_keys: frozenset[int]) -> list[Hit]:
        """Every name's hits in `masked`; lower-case names' too, of the characters in
        `lower_keys` (see _lowercase_keys)."""
        hits = self._matcher.hits(masked)
        if lower_keys:
            extra = self._lower_hits(masked, lower_keys)
            if extra:
                hits = sorted(hits + extra, key=lambda hit: (hit[0], -hit[1]))
        return hits

    def _someone_else(self, text: str, name: str, end: int) -> bool:
        """Is `name`, ending at `end`, the first word of another's name ("Kevin Penkin"), a
        person named with their home town ("Kevin from Ohio", a listener writing in), or the
        writer signing the text off with their first name (`_signs_off`), or someone in the
        writer's life introduced by their role (`_introduced_by_role`)?"""
        if _introduced_by_role(text, end - len(name)):
            return True  # "our treasurer Kevin": a club's member, not the character
        if name not in self._lone:
            # a name of a character who has a full name too ("Sarah", "Sara Fitzgerald"'s
            # variant) is the writer's only as a signature
            return " " not in name and self._signed(text, end - len(name), end)
        if self._signed(text, end - len(name), end):
            return True  # "… tell me I'm wrong. Kevin": the writer's signature
        word = _capitalised_word_after(text, end)
        if word is None and text.startswith(" from ", end):
            word = _place_after(text, end)
        return word is not None and word not in self._name_words

    def _paired_with_name(self, text: str, end: int, stop: int) -> bool:
        """Does "and" and a word of a character's name follow text[:end] within text[:stop]
        ("First and Rouge get their endings"): two characters, the sentence's subject? An
        opening word is followed so by no name ("First and foremost"); the word after "and"
        must not be an opening word itself ("First and Then", two names or none)."""
        if not text.startswith(_PAIRED, end):
            return False
        word = _capitalised_word_after(text, end + len(_PAIRED) - 1)
        return (
            word is not None
            and end + len(_PAIRED) + len(word) <= stop
            and word in self._name_words
            and word.lower() not in SENTENCE_OPENERS
        )

    @staticmethod
    def _signed(text: str, start: int, end: int) -> bool:
        """Does the one-word name text[start:end] sign the text off: its last word
        (_signs_off), or a dashed signature in a paragraph of its own above a footer
        (_signs_off_above)? Looked at only where a line ends right after it."""
        if len(text) - end <= _SIGN_OFF_LOOK:
            return _signs_off(text, start, end)
        return "\n" in text[end : end + _SIGN_OFF_LOOK] and _signs_off_above(text, start, end)

    def _masked(self, text: str, lowered: bytes | None = None) -> tuple[str, list[Hit]]:
        """`text` with the anime's own names blanked out (same length), and those names.
        `lowered`: the text's UTF-8 with its ASCII letters lower-cased, when the caller has it
        (see named)."""
        if self._titles.pattern is None:
            return text, []
        titles = self._title_hits(text, lowered)
        if not titles:
            return text, titles
        parts: list[str] = []
        at = 0
        for start, end, _ in titles:
            parts.append(text[at:start])
            parts.append(_BLANK * (end - start))
            at = end
        parts.append(text[at:])
        return "".join(parts), titles

    def _title_hits(self, text: str, lowered: bytes | None = None) -> list[Hit]:
        """The anime's own names in `text`, any case, as self._titles finds them (`lowered`:
        as for _masked)."""
        ascii_titles = self._ascii_titles
        if ascii_titles is None:
            return self._titles.hits(text)
        if text.isascii() or any(c in text for c in _CASE_FOLDED):
            alike = _lowered_alike(text)
            if alike is None:
                return self._titles.hits(text)
            return ascii_titles.hits_by_heads(alike)
        # Other text: a title's first word is in the text's UTF-8 with ASCII letters
        # lower-cased (one C-speed pass, where str.lower() of text beyond Latin-1 costs
        # several) exactly where a case-insensitive match can start, as none of the text's
        # non-ASCII characters is one that re equates with an ASCII letter.
        lowered_bytes = (
            text.encode("utf-8", "surrogatepass").lower() if lowered is None else lowered
        )
        starts = find_all(lowered_bytes, self._title_heads)
        if not starts:
            return []
        pattern = self._titles.pattern
        assert pattern is not None  # (ascii_titles is built from the same titles)
        found: list[Hit] = []
        end = char_at = byte_at = 0
        for at in starts:  # bytes offsets -> characters, counted on as they go
            # (lower-casing ASCII letters keeps every character's bytes apart)
            char_at += len(lowered_bytes[byte_at:at].decode("utf-8", "surrogatepass"))
            byte_at = at
            if char_at < end:
                continue  # inside the last title found (or the same place again)
            match = pattern.match(text, char_at)
            if match is not None:
                end = match.end()
                found.append((char_at, end, normal(match.group())))
        return found

    def named(self, text: str, lowered: bytes | None = None) -> list[Named]:
        """(character id, offset of its first naming) of each character `text` names, by
        offset then id: the characters :meth:`find` links to any sentence of `text`.
        `lowered`: text.encode("utf-8", "surrogatepass").lower() (the ingest's
        ascii_lowered), when the caller has it already: not worked out again."""
        pattern = self._matcher.pattern
        if pattern is None:
            return []
        masked, titles = self._masked(text, lowered)
        for start, end, name in titles:
            if " " in name and may_break_inside(text[start:end]):
                return self._named_by_sentence(text)  # a title across sentences: not masked
        keys_for = self._matcher.keys_for
        openers = self._openers
        single = self._single
        plain = self._plain
        first: dict[int, int] = {}
        done: set[str] = set()  # names as matched, seen and settled: the rest of a section
        # repeats them, so their later matches cost a set lookup (hits(), inlined).
        for match in pattern.finditer(masked):
            matched = match.group()
            if matched in done:
                continue
            if matched in single and self._someone_else(text, matched, match.end()):
                continue  # "Kevin Penkin": not settled, a later "Kevin" may name Kevin
            done.add(matched)
            facts = plain.get(matched)
            if facts is None:  # words apart by other white space, or a boundary inside?
                if may_break_inside(matched):
                    return self._named_by_sentence(text)  # sentence by sentence, not one name
                name = normal(matched)
                facts = (keys_for[name], name.lower() in SENTENCE_OPENERS)
            keys, opening = facts
            for key in keys:
                if key not in first:
                    if opening and key in openers:
                        return self._named_by_sentence(text)  # "First, ..." or First?
                    first[key] = match.start()
        lower_keys = self._lowercase_keys(text, masked)
        if lower_keys:
            for start, end, name in self._lower_hits(masked, lower_keys):
                # (the text as written: `name` has its white space collapsed)
                if " " in name and may_break_inside(text[start:end]):
                    return self._named_by_sentence(text)  # "rouge\n\nredstar": two sentences
                for key in self._keys_for[name]:
                    if start < first.get(key, start + 1):
                        first[key] = start
        return sorted(first.items(), key=lambda item: (item[1], item[0]))

    def _named_by_sentence(self, text: str) -> list[Named]:
        first: dict[int, int] = {}
        for key, _, _, at in self._mentions(text):
            first.setdefault(key, at)
        return sorted(first.items(), key=lambda item: (item[1], item[0]))

    def sentences_naming(self, character_id: int, text: str) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text` naming this character, in text order."""
        return [(s, e) for key, s, e, _ in self._mentions(text) if key == character_id]

    def find(self, section_id: int, text: str) -> list[Span]:
        """(character id, section id, start, end) for each sentence of `text` naming a
        character, the sentence being text[start:end] (stripped), in text order."""
        return [(key, section_id, start, end) for key, start, end, _ in self._mentions(text)]

    def _mentions(self, text: str) -> list[tuple[int, int, int, int]]:
        """(character id, sentence start, sentence end, offset of the sentence's first naming
        of the character that counts) per sentence and character, in text order."""
        matcher = self._matcher
        if matcher.pattern is None:
            return []
        masked, titles = self._masked(text)
        lower_keys = self._lowercase_keys(text, masked)
        hits = self._hits(masked, lower_keys)
        if not hits and not titles:
            return []
        spans = self.sentences(text)
        grouped = in_sentences(spans, hits, [(start, end) for start, end, _ in titles])
        if grouped is None:  # a name or title runs across sentences: take them one by one
            grouped = []
            for a, b in spans:
                piece, _ = self._masked(text[a:b])
                grouped.append(
                    [(s + a, e + a, name) for s, e, name in self._hits(piece, lower_keys)]
                )
        keys_for = self._keys_for
        openers = self._openers
        single = self._single
        found: list[tuple[int, int, int, int]] = []
        for (a, b), sentence_hits in zip(spans, grouped, strict=True):
            if not sentence_hits:
                continue
            raw = text[a:b]
            keys: dict[int, int] = {}
            for start, end, name in sentence_hits:
                if name in single and self._someone_else(text, name, end):
                    continue  # "Kevin Penkin": someone else
                for key in keys_for[name]:
                    if key in keys:
                        continue
                    if key in openers and name.lower() in SENTENCE_OPENERS:
                        if _joined_by_hyphen(text, end):
                            continue  # "the First-Class exam": a compound's word
                        opening = a + len(raw) - len(raw.lstrip(_LEADING))
                        if (
                            (
                                start == opening
                                or _opens_line_after_counter(text, opening, start)
                                or _opens_clause_after_dash(text, start)
                                or _opens_quotation(text, start)
                                or _opens_list_item(text, start)
                                or _opens_heading(text, start)
                            )
                            and not quoted_alone(text, start, end)
                            and not acts_after(text, end, b)
                            and not self._paired_with_name(text, end, b)
                        ):
                            continue  # "First, the good news": a word, not the character
                    keys[key] = start
            if keys:
                stripped = raw.lstrip()
                first = a + len(raw) - len(stripped)
                last = first + len(stripped.rstrip())
                found.extend((key, first, last, at) for key, at in keys.items())
        return found
