"""Characters a document introduces: "Name (Voice Actor)" in its text, plus the front
matter's `characters:` list (which comes first, and wins for the same name)."""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.ingest.detect.common import is_headline_line, romanised_japanese, title_cased
from bot.models import Catalog, ParsedCharacter
from bot.text.linker import common_word, written_in_lowercase
from bot.text.names import fold
from bot.text.sentences import ABBREVIATIONS

if TYPE_CHECKING:
    from bot.ingest.state import Draft

log = logging.getLogger(__name__)

__all__ = ["detect_characters", "learn_characters"]

# Capitals that open a name: Latin-1's and Latin Extended-A/B's ("Ōtsuka", "Łukasz").
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_NAME_WORD_TEXT = rf"[{_UPPER}][\w'’\-]*"
_NAME_WORD = re.compile(_NAME_WORD_TEXT)
# (a line break inside is a hard-wrapped line's: "(Saori\nHayami)")
# an actor's name may hold an initial ("J. Michael Tatum", "Christopher R. Sabat")
_ACTOR_WORD_TEXT = rf"(?:[{_UPPER}]\.|{_NAME_WORD_TEXT})"
_PERSON_TEXT = rf"{_ACTOR_WORD_TEXT}(?:[ \n]{_ACTOR_WORD_TEXT}){{1,2}}"
# what a cast line says before an actor: "(voiced by …)", "(VA: …)", "(JP: … / EN: …)"
_ACTOR_LABEL = (
    r"(?i:(?:voiced|played)[ \n]by[ \n]"
    r"|(?:jp|ja|jpn|en|eng|japanese|english)(?:[ ](?:va|cv|dub|voice))?:[ ]?"
    r"|(?:va|cv|seiyuu|voice):[ ]?)"
)
# a person's name in kana or kanji, maybe spaced between family and given name ("長田 凛")
_KANA_KANJI = "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々]{1,8}"
_JAPANESE_NAME = f"{_KANA_KANJI}(?:[ \u3000]{_KANA_KANJI})?"
# the form or age of the character a second voice plays, labelled before it, as a cast list
# credits a character voiced in two forms or at two ages ("/ female: …", "/ girl form: …",
# "; Adult: …", "/ as a child: …"): a word or three and a colon
_FORM_LABEL = r"[A-Za-z][a-z]*(?:[ ][a-z]+){0,2}:[ ]?"
# the rest of a parenthesis after its (first) actor: nothing; another actor, the dub's or a
# second voice ("/ Tomokazu Sugita as his inner voice", "; English: Tara Sands", "/ female:
# Megumi Hayashibara"), perhaps after the first's role and joined by "with" ("as the child,
# with Tomokazu Sugita voicing his inner monologue"); or a few words about the role ("as a
# child", ", in her first lead", ", who also voices Mina")
_ACTOR_REST = (
    rf"(?:\)"
    r"|(?:[ ]as[ ][^()\n,;/]{1,40})?"
    rf"(?:[ ]?/[ ]?|[ ]&[ ]|[ ]and[ ]|[,;][ ]|,?[ ]with[ ])(?:{_ACTOR_LABEL}|{_FORM_LABEL})?"
    rf"(?P<other>{_PERSON_TEXT})"
    r"(?:[ ,;](?:[^()\n]|\n(?!\n)){0,80})?\)"
    r"|(?:[,;][ ](?=[a-z])|[ ](?:as|in|with)[ ])(?:[^()\n]|\n(?!\n)){0,80}\)"
    # ...or the same actor in Japanese script: "(Tanezaki Atsumi / 種﨑敦美)"
    rf"|[ ]?/[ ]?(?P<script>{_JAPANESE_NAME})\))"
)
_LABEL_INITIALS = "vpjecs"  # voiced/played by, jp/ja/japanese, en/english, cv, seiyuu
_PAREN_PERSON = re.compile(rf"\((?:{_ACTOR_LABEL})?(?P<actor>{_PERSON_TEXT}){_ACTOR_REST}")
# Capitalised only because they start a sentence: dropped from the front of a name.
_LEADING_TEXT = """
a an the and or but so yet also then when while as if at in on of to for from by with
after before during meanwhile later finally first next now here there this that these
those it its he she they we i you his her their our my your one two three
without despite against unlike except until since through beyond behind among across
"""
# Words that say the parenthesis is not "Character (Voice Actor)": the whole match is dropped.
# (The third line's name a variant of a thing, a dish's or a release's: "Sauté (Clam Edition)",
# "Opening Theme (TV Version)", "Pot Roast (Recipe Card)", or a warning ("(Minor Spoilers)");
# the last a forum poster's role after their handle: "<handle> (Thread Starter)", "(Original
# Poster)", "(Senior Member)".)
_NOT_NAME_TEXT = """
episode season part chapter volume ep studio anime manga series show movie film cast
character voice voiced actor actress va seiyuu english japanese dub sub club city inc ltd
co corp netflix crunchyroll
edition version remix recipe spoiler spoilers
thread starter poster member moderator administrator
"""
# A rank or a title said before a name ("Captain Mina Ashiro (Voice Actor)", "Vice-Captain
# Hoshina (…)", a court's: "Consort Lihua (…)", a crown's: "King Canute (…)", a church's:
# "Inquisitor Nowak (…)", "Bishop Raul (…)"), or an age (_AGE_TEXT): no part of it, so the
# name links wherever it is said; kept before a single ordinary word, which alone would be no
# name ("Lord Death", "Doctor Who", "Queen Bee")
_RANK_TEXT = """
captain vice-captain lieutenant commander sergeant corporal private major colonel general
admiral marshal chief detective inspector officer agent professor doctor principal director
president sir dame lord lady mr mrs ms miss
consort concubine
king queen prince princess emperor empress duke duchess
inquisitor bishop archbishop cardinal pope abbot abbess deacon reverend
"""
# An age said before a name, as a cast list tells a character's younger and older selves apart
# ("Baby Mina (Voice Actor)", "Young Rook (…)"): no part of the name the text calls them by,
# dropped as a rank is
_AGE_TEXT = """
baby little young younger child kid teen teenage adult older elder
"""
# Verbs opening a sentence that presents a character, as a stage direction or an introduction
# does ("Enter Hana (Voice Actor), a girl with a secret", "Meet Hana (…)", "Cue Rook (…)"):
# capitalised only for opening it, dropped from the name as those words are
_PRESENTING_TEXT = "enter meet cue"
_LEADING_WORDS = frozenset(_LEADING_TEXT.split()) | frozenset(_PRESENTING_TEXT.split())
# a sentence's opening contracted ("It's Mina Ashiro (Voice Actor) who…", "Here's", "That's",
# "Let's", "What's"): the word before the apostrophe opens sentences, its ending is a verb's
_CONTRACTED_LEADS = _LEADING_WORDS | frozenset({"what", "who", "where", "how", "why", "let"})
_CONTRACTIONS = frozenset({"s", "re", "m", "ll", "d", "ve"})
# lower-case particles inside a full name ("Lelouch vi Britannia", "Hans von Richter")
_PARTICLES = frozenset(
    {"von", "van", "vi", "de", "di", "du", "da", "del", "der", "la", "le", "bin", "ibn"}
)
# the article of an epithet after a given name ("Aura the Guillotine (Voice Actor)", "Himmel
# the Hero (…)"): a fantasy cast's full name, as its credit writes it
_EPITHET_ARTICLE = "the"
# ...unless the epithet is the calling, office or rank the character holds ("Himmel the Hero
# (…)", "Eisen the Warrior", "Canute the King"): a description of what they are, as a rank
# before a name is, which the text drops when it names them ("Himmel", not "Himmel the
# Hero"); a sobriquet ("the Guillotine", "the Stampede", "the Bold") is the name's own
_CALLING_TEXT = """
hero heroine champion mage wizard witch sorcerer sorceress magician warlock priest priestess
cleric monk nun healer saint sage warrior fighter knight paladin swordsman swordswoman
archer ranger hunter thief assassin bard summoner necromancer alchemist
"""
_CALLINGS = frozenset(_CALLING_TEXT.split())
# a generational suffix after a family name ("Name Family Jr. (Voice Actor)"): part of the name
_NAME_SUFFIXES = frozenset({"Jr.", "Sr."})
# a nickname in quotation marks between a given and a family name ('Hitori "Bocchi" Gotoh
# (Voice Actor)', "Aquamarine “Aqua” Hoshino (…)"): no part of the name the text links
_NICKNAME = re.compile(rf"[\"“'‘]{_NAME_WORD_TEXT}[\"”'’]")
# a reflexive pronoun between a name and its actor, stressing the character ("<Name> herself
# (Voice Actor) spends the episode outside"): no part of the name, which is the words before it
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themself", "themselves"})
_AGE_WORDS = frozenset(_AGE_TEXT.split())
_RANK_WORDS = frozenset(_RANK_TEXT.split()) | _AGE_WORDS
# the words a hyphenated rank joins its ranks with ("Commander-in-Chief", "Chief-of-Staff",
# "Vice-Admiral", "Deputy-Director"): with a rank word among its parts, it is a rank too
_RANK_JOINS = frozenset({"in", "of", "vice", "sub", "deputy", "staff", "acting"})
_NOT_NAME_WORDS = frozenset(_NOT_NAME_TEXT.split())
# the capitals fans write a show's theme songs, soundtrack and trailers by: "the ED (<Singer>)",
# "the OP (<Band>, their best yet)" credits the song's artist or the credits' staff, no actor;
# only in capitals, as a name is never written ("Ed (Voice Actor)" is a character)
_CREDITS_ABBREVIATIONS = frozenset({"OP", "ED", "OST", "PV", "OPs", "EDs"})
# a name in the possessive: "Hana's", "Kirishima’s"
_POSSESSIVE = ("'s", "’s")
_HANDLE_JOIN = "_"  # inside a word: a user's handle ("Sky_Watcher"), which no name writes so
_NOT_PERSON_WORDS = _LEADING_WORDS | _NOT_NAME_WORDS


def _is_leading(word: str) -> bool:
    """Is `word` capitalised only because it opens a sentence ("The", "Meanwhile", "It's")?"""
    lowered = word.lower()
    if lowered in _LEADING_WORDS:
        return True
    if "'" not in lowered and "’" not in lowered:
        return False  # no contraction: most words, spared the partition
    stem, apostrophe, ending = lowered.replace("’", "'").partition("'")
    return bool(apostrophe) and ending in _CONTRACTIONS and stem in _CONTRACTED_LEADS


_MIN_GERUND = 6  # "Seeing": a verb's -ing form; a short name ends so too ("Ming", "Bing")
_SENTENCE_ENDS = ".!?:;"


def _opening_gerund(text: str, line_start: int, start: int, words: Sequence[str]) -> bool:
    """Does a verb's -ing form open the sentence before a name ("Meeting Mina Ashiro (Voice
    Actor) gives the show…", "Watching Kafka (…)")? `words` end right before `start`; the
    first is capitalised only because the sentence opens with it, at its line's start or
    after a sentence's end."""
    first = words[0]
    if len(words) < 2 or len(first) < _MIN_GERUND or not first.endswith("ing"):
        return False
    at = text.rfind(first, line_start, start)
    if at < 0:
        return False  # the name began on the line above (a hard-wrapped line)
    return _opens_sentence(text, line_start, at)


def _opens_sentence(text: str, line_start: int, at: int) -> bool:
    """Does the word at `at` open its sentence: at its line's start (but for marks) or after
    a sentence's end?"""
    before = text[line_start:at].rstrip(' \t*_-•>"“')
    return not before or before[-1] in _SENTENCE_ENDS


def _opening_word(
    text: str, line_start: int, start: int, words: Sequence[str], known: dict[str, bool]
) -> bool:
    """Is the first of `words` (ending right before `start`) a word of the text's language
    capitalised only for opening the sentence ("Und Frieren (Voice Actor) lässt sie reden",
    "Et Hana (…)"), which no list of English openers holds: the text writes it in lower case
    elsewhere ("und"), and in capitals only where a sentence opens, and says the rest of the
    name on its own? A name's word is written in capitals mid-sentence too ("… when Will
    arrives"), and seldom in lower case but in a text all so. `known`: the answers for the
    words met so far in `text` (a cast list repeats its names)."""
    first = words[0]
    if len(words) < 2 or not first.isalpha():
        return False
    at = text.rfind(first, line_start, start)
    if at < 0 or not _opens_sentence(text, line_start, at):
        return False
    if first not in known:
        known[first] = _only_opens_sentences(text, first)
    if not known[first]:
        return False
    # the rest a name the text says on its own elsewhere ("… Frieren ging allein"), as a
    # casual text all in lower case ("kafka's voice cracks") does not say a full name's
    # family name: there the lower case is the text's habit, not an ordinary word's
    rest = " ".join(words[1:])
    return _said_on_its_own(text, rest, at + len(first))


_IN_WORD = re.compile(r"[\w'’\-]")  # what continues a word: no edge of a whole one
# a capitalised word right before a name's family name: another character's given name
# ("… while Kogoro <Family> accuses …"), when no sentence opens with it
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’\-]){_NAME_WORD_TEXT}[ ]\Z")
_GIVEN_LOOK = 30


def _said_on_its_own(text: str, rest: str, here: int) -> bool:
    """Does `text` say `rest` (the words of a name after its first) elsewhere than right
    after `here`, on its own: not after another capitalised word mid-sentence, which makes it
    the family name of someone else's full name ("Ran <Family> (Voice Actor)" and "Kogoro
    <Family>": the first word is the name's, not a sentence's opener)?"""
    for at in _whole_words(text, rest):
        if here <= at <= here + 1:
            continue
        given = _GIVEN_BEFORE.search(text, max(0, at - _GIVEN_LOOK), at)
        if given is None or _is_leading(given.group()[:-1]):
            return True
        if _opens_sentence(text, text.rfind("\n", 0, given.start()) + 1, given.start()):
            return True
    return False


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as a whole word (no letter, digit, apostrophe or hyphen
    either side). Found with str.find, at C speed: a regex opening with a look-behind would
    step through the text character by character."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or _IN_WORD.match(text, at - 1) is None) and _IN_WORD.match(text, end) is None:
            yield at
        at = text.find(word, at + 1)


def _only_opens_sentences(text: str, word: str) -> bool:
    """Does `text` write the capitalised `word` in lower case somewhere, and capitalised only
    where a sentence opens? (The capitals looked at first: a name's stand mid-sentence early
    on, which ends the look there, where a search for the lower case, seldom there, reads
    the whole text.)"""
    if not all(
        _opens_sentence(text, text.rfind("\n", 0, at) + 1, at) for at in _whole_words(text, word)
    ):
        return False
    return next(_whole_words(text, word.lower()), None) is not None


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_person_name(words: Sequence[str]) -> bool:
    """Two words or more of a person's name, and maybe an initial ("J. Michael Tatum"), a
    word's syllables maybe parted by an apostrophe, as romanised Japanese writes them
    ("Shin'ya Mori"), not a possessive's ("Kana's Mother")."""
    names = [w for w in words if not _is_initial(w)] if "." in "".join(words) else words
    return len(names) >= 2 and all(
        (
            w.strip("'’-").isalpha()
            or (
                not w.endswith(_POSSESSIVE)
                and w.strip("'’-").replace("'", "").replace("’", "").isalpha()
            )
        )
        and w.lower() not in _NOT_PERSON_WORDS
        and len(w) > 1
        for w in names
    )


def _paren_persons(
    text: str, lower_opens: list[int], upper_opens: list[int]
) -> Iterator[re.Match[str]]:
    """_PAREN_PERSON.finditer(text): the pattern tried at each "(" that str.find finds, where
    the regex engine's own scan for "(" costs several times more (no match holds a "(", so
    none is missed). Each "(" opening in lower case is added to `lower_opens` on the way
    (for _lower_case_cast_lists, which so needs no scan of its own), each opening in a
    capital to `upper_opens` (for the tests sparing learn_characters' rarer scans)."""
    at = text.find("(")
    while at >= 0:
        # an actor's name opens with a capital, a label with one of these letters: a quick
        # test first spares the pattern's (case-blind) labels most parentheses
        first = text[at + 1 : at + 2]
        if first.islower():
            lower_opens.append(at)
        elif first.isupper():
            upper_opens.append(at)
        match = (
            _PAREN_PERSON.match(text, at) if first.isupper() or first in _LABEL_INITIALS else None
        )
        if match is not None and (match["script"] is None or _opens_cast_line(text, at)):
            yield match
            at = text.find("(", match.end())
        else:
            at = text.find("(", at + 1)


# a cast list's line up to its actor's bracket: a list's mark, maybe, and the name alone
_CAST_LINE_HEAD = re.compile(
    rf"[ \t]*(?:[-*•·]|\d{{1,2}}[.)])?[ \t]*"
    rf"{_NAME_WORD_TEXT}(?:[ ]{_NAME_WORD_TEXT}){{0,2}}[ \t]*\Z"
)


def _opens_cast_line(text: str, at: int) -> bool:
    """Does the name before the bracket at `at` open its line, as a cast list credits it?
    (An actor named again in kana or kanji is taken only there: in prose, "Show (Romanised
    Name / 中文名)" gives a title's other names.)"""
    return _CAST_LINE_HEAD.match(text, text.rfind("\n", 0, at) + 1, at) is not None


# a name in quotation marks before its actor: '"Hikari" (Voice Actor)', the character's
# impostor or nickname as a fan writes it
_QUOTED_NAME = re.compile(
    rf"(?<!\w)[\"“'‘](?P<name>{_NAME_WORD_TEXT}(?:[ ]{_NAME_WORD_TEXT}){{0,2}})[\"”'’][ \t]*\Z"
)
_CLOSING_QUOTES = "\"”'’"
# a name in bold or italics before its actor: "**Hikari** (Voice Actor)", "_Hikari_ (…)", as
# a Markdown post sets a character's name apart where it introduces them
_EMPHASISED_NAME = re.compile(
    rf"(?<![\w*_])(?P<mark>[*_]{{1,3}})(?P<name>{_NAME_WORD_TEXT}(?:[ ]{_NAME_WORD_TEXT}){{0,2}})"
    r"(?P=mark)[ \t]*\Z"
)


# a name linked in Markdown before its actor: "[Hikari Sato](https://wiki…/hikari) (Voice
# Actor)", maybe in emphasis ("**[Hikari](…)**")
_LINKED_NAME = re.compile(
    rf"(?<![\w!\]])[*_]{{0,3}}\[(?P<name>{_NAME_WORD_TEXT}(?:[ ]{_NAME_WORD_TEXT}){{0,2}})\]"
    r"\([^()\s]{1,400}\)[*_]{0,3}[ \t]*\Z"
)
_LINK_REACH = 500


def _linked_name(text: str, line_start: int, end: int) -> list[str] | None:
    """The words of a Markdown link's text that ends right before `end`; None if no link
    ends there."""
    if text[max(line_start, end - 8) : end].rstrip(" \t*_")[-1:] != ")":
        return None
    found = _LINKED_NAME.search(text, max(line_start, end - _LINK_REACH), end)
    return found.group("name").split() if found is not None else None


# the dots a cast list leads from a name to its actor with, as a printed programme or a
# table of contents does ("Hana Kirishima ........ (Voice Actor)", ". . . .", "·····"):
# after a space, longer than an ellipsis, which in prose ends a sentence trailing off
_LEADER_MARKS = ".·…"
# a number a name ends with, as a robot's or a kaiju's designation is written ("North No. 2
# (Voice Actor)", "Kaiju No. 8 (…)"): part of the name, which the words before it begin
_NUMBERED_DESIGNATION = re.compile(r"[ ]No\.[ ]?\d{1,4}\Z")
_LEADER = re.compile(r"[ \t](?:[.·…][ ]?){4,}\Z")


def _name_words(text: str, window_start: int, end: int, most: int) -> list[str]:
    """The name words (at most `most`) that text[window_start:end] ends with, in order; a
    name in quotation marks ('"Name" (Voice Actor)') or emphasis ("**Name** (Voice Actor)")
    without its marks."""
    segment = text[window_start:end].rstrip()
    if segment[-1:] in _LEADER_MARKS and (leader := _LEADER.search(segment)) is not None:
        segment = segment[: leader.start()]  # "Name ........ (Voice Actor)": a list's leader
    if segment[-8:].lower().endswith("self") or segment[-10:].lower().endswith("selves"):
        head, _, last_word = segment.rpartition(" ")
        if last_word.lower() in _REFLEXIVES:
            segment = head  # "<Name> herself (Voice Actor)": the name before the pronoun
    designation = ""
    if segment[-1:].isdigit() and (numbered := _NUMBERED_DESIGNATION.search(segment)) is not None:
        designation = numbered.group(0).strip()
        segment = segment[: numbered.start()]
    last = segment.rstrip()[-1:]
    marked = (
        _QUOTED_NAME
        if last and last in _CLOSING_QUOTES
        else _EMPHASISED_NAME
        if last in ("*", "_")
        else None
    )
    if marked is not None and (found := marked.search(segment)) is not None:
        named = found.group("name").split()
        return named if len(named) <= most else []
    parts = segment.rsplit(None, most)
    words: list[str] = []
    for index in range(len(parts) - 1, max(-1, len(parts) - 1 - most), -1):
        part = parts[index]
        cut = index == 0 and window_start > 0 and not text[window_start - 1].isspace()
        if not _NAME_WORD.fullmatch(part):
            if (
                not words
                and part in _NAME_SUFFIXES
                and index > 0
                and _NAME_WORD.fullmatch(parts[index - 1])
            ):
                words.append(part)  # "Name Family Jr. (Voice Actor)": the suffix ends it
                continue
            if words and index > 0 and _NAME_WORD.fullmatch(parts[index - 1]):
                if part in _PARTICLES or _is_initial(part):
                    words.append(part)  # a middle initial or particle: "Monkey D. Luffy"
                    continue
                if part == _EPITHET_ARTICLE and not _is_leading(parts[index - 1]):
                    if len(words) == 1 and _is_calling(words[0].lower()):
                        # "Himmel the Hero (…)": the name is the words before its calling
                        head = segment.rsplit(None, len(parts) - index)[0]
                        return _name_words(text, window_start, window_start + len(head), most)
                    words.append(part)  # "Aura the Guillotine"; not "Then the Captain"
                    continue
                if _NICKNAME.fullmatch(part):
                    continue  # 'Hitori "Bocchi" Gotoh': the given and family name
            opened = part.lstrip("*_")
            if opened != part and not cut and _NAME_WORD.fullmatch(opened):
                words.append(opened)  # "**Name (Voice Actor)**": the emphasis opens the name
            break
        if cut:
            break  # the window cut this word: it is longer than it looks
        words.append(part)
    words.reverse()
    if designation and words:
        words.append(designation)  # "North No. 2": one word of the name, as the text writes it
    return words


# Hard-wrapped text is wrapped at this width or wider: a shorter line ended on purpose.
_MIN_WRAP_WIDTH = 60
_PARAGRAPH_REACH = 2000


def _wrapped(text: str, line_start: int) -> bool:
    """Did the line before `line_start` (one line break before it) end only because the next
    word did not fit? It and that word are wider than every line of their paragraph (and than
    _MIN_WRAP_WIDTH): a byline or heading over a line is shorter."""
    previous = text.rfind("\n", 0, line_start - 1) + 1
    first_word = text[line_start : line_start + 100].split(None, 1)
    if not first_word:
        return False
    needed = line_start - 1 - previous + 1 + len(first_word[0])
    if needed <= _MIN_WRAP_WIDTH:
        return False
    low = max(0, line_start - _PARAGRAPH_REACH)
    paragraph_start = text.rfind("\n\n", low, line_start - 1)
    paragraph_start = low if paragraph_start < 0 else paragraph_start + 2
    paragraph_end = text.find("\n\n", line_start, line_start + _PARAGRAPH_REACH)
    if paragraph_end < 0:
        paragraph_end = min(len(text), line_start + _PARAGRAPH_REACH)
    lines = text[paragraph_start:paragraph_end].split("\n")
    return needed > max(len(line) for line in lines)


def _credit_opens_wrapped_line(text: str, line_start: int) -> bool:
    """Does the line before `line_start`, where a credit's bracket opens its line, end only
    because a hard wrap broke it there ("… and <Name>\n(Voice Actor) finally …"), even
    narrower than its paragraph's widest line, as a ragged wrap is? It is as wide as a wrapped
    line (_MIN_WRAP_WIDTH) and ends in a letter, no sentence's end: a byline or heading is
    shorter, and a line ending a sentence or a label ends on purpose."""
    previous = text.rfind("\n", 0, line_start - 1) + 1
    line = text[previous : line_start - 1].rstrip()
    return len(line) >= _MIN_WRAP_WIDTH and line[-1:].isalpha()


# a rights notice right before a name: "© <Author> (<Publisher>)", "©2024 <Author>",
# "Copyright <Author>", as an image's caption or a page's foot credits the original work
_RIGHTS_BEFORE = re.compile(
    r"(?:©|\(c\)|copyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{2,4})?[ \t]*,?[ \t]*)?\Z",
    re.IGNORECASE,
)
_RIGHTS_LOOK = 24  # characters before the name: the mark, a year or a span of years


def _credits_rights(text: str, line_start: int, start: int, first: str) -> bool:
    """Does a rights notice ("©", "(c)", "Copyright", perhaps with its year) stand right
    before the name whose `first` word opens the words before `start`, the parenthesis (its
    author, the publisher in brackets after it), or open it ("Copyright <Author>", its
    capital taken for a name's)?"""
    if first.casefold() == "copyright":
        return True
    at = text.rfind(first, line_start, start)
    before = text[max(line_start, at - _RIGHTS_LOOK) : at] if at > 0 else ""
    # the mark's end ("©", "(c)", "copyright") or a year's digit ends every notice, but for
    # spaces, a comma and a span's dash: a test before the pattern's search
    last = before.rstrip(" \t,-–")[-1:]
    if last not in ("©", ")", "t", "T") and not last.isdecimal():
        return False
    return bool(before) and _RIGHTS_BEFORE.search(before) is not None


def _goes_on_from(name: list[str], actor: list[str]) -> bool:
    """Does the "actor" in brackets open with the last word of the name before it
    ("Delicious in Dungeon (Dungeon Meshi)": a show's other title beside its name, whose last
    word was taken for a character's)? A credit's actor does not start with the name it is
    credited to (one may share a family name with it: "Hana Ito (Mai Ito)")."""
    return bool(name and actor) and actor[0].casefold() == name[-1].casefold()


# A text written in lower case credits its cast so too: "aura (yoko hikasa)", "fern (cv: kana
# ichinose)". With no capitals to tell a person from any two words in brackets ("(minor
# spoilers)", "(absolute cinema)"), the actor's name is taken only when it is Japanese written
# in Latin letters (a Japanese cast's, as fans credit it), no word of it an ordinary one
_LOWER_CREDIT = re.compile(rf"\((?:{_ACTOR_LABEL})?(?P<actor>[a-z]+(?:[ ][a-z]+){{1,2}})\)")
_LOWER_NAME_WORD = re.compile(r"[a-z][a-z'’\-]*")


def _capitalised(words: Sequence[str]) -> str:
    """The words as a name is written ("yoko hikasa": "Yoko Hikasa")."""
    return " ".join(word[:1].upper() + word[1:] for word in words)


def _lower_case_credits(text: str) -> Iterator[ParsedCharacter]:
    """Each "name (actor)" of a text written in lower case whose actor's name is romanised
    Japanese ("aura (yoko hikasa)": Aura, voiced by Yoko Hikasa). The name is the words right
    before the bracket, on its line, back to an ordinary word ("with aura (…)"), a rank or an
    age before it dropped ("captain levi (…)")."""
    at = text.find("(")
    while at >= 0:
        credit = _LOWER_CREDIT.match(text, at)
        at = text.find("(", at + 1)
        if credit is None:
            continue
        actor = credit.group("actor").split()
        if any(common_word(word) for word in actor) or not romanised_japanese(" ".join(actor)):
            continue
        line_start = text.rfind("\n", max(0, credit.start() - 80), credit.start()) + 1
        words: list[str] = []
        for part in reversed(text[line_start : credit.start()].split()[-3:]):
            if words and part.endswith(_POSSESSIVE):
                break
            word = part.removesuffix("'s").removesuffix("’s") if not words else part
            if _LOWER_NAME_WORD.fullmatch(word) is None or common_word(word):
                break
            if word in _NOT_NAME_WORDS:
                words = []
                break
            words.append(word)
        words.reverse()
        while len(words) > 1 and words[0] in _RANK_WORDS:
            words.pop(0)
        if words:
            yield ParsedCharacter(_capitalised(words), _capitalised(actor))


# A cast list written in lower case in a text that is not ("quick cast refresher:" and then
# "aura (yoko hikasa)" a line): lines wholly "name (actor)", in lower case, under a lead line
# in lower case too, as a casual writer lists a cast whatever the page's header capitalises
_LOWER_CAST_LINE = re.compile(
    rf"[ \t*•\-]*[a-z][a-z'’\- ]*[ ]\((?:{_ACTOR_LABEL})?[a-z]+(?:[ ][a-z]+){{1,2}}\)"
)
_LOWER_CAST_MARKS = " \t*•-"  # what may open the line before the name: a list's marks
_MIN_CAST_LINES = 2
_LOWER_CREDIT_REACH = 40  # characters from a credit's "(" to its ")": a label and an actor


def _lower_case_cast_lists(text: str, opens: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each list of _MIN_CAST_LINES or more lines in a row, each wholly a
    lower-case "name (actor)", whose line above is written in lower case (no capital): a
    casual writer's cast list. `opens`: where each "(" opening in lower case stands, in
    order (as _paren_persons found them); only the lines one of them closes are read."""
    run_start = run_end = -1
    count = 0
    for at in opens:
        close = text.find(")", at, at + _LOWER_CREDIT_REACH)
        if close < 0 or text[close + 1 : close + 2] not in ("\n", ""):
            continue
        line_start = text.rfind("\n", 0, at) + 1
        line_end = close + 1
        first = text[line_start : line_start + 1]
        if not first.islower() and first not in _LOWER_CAST_MARKS:
            continue
        if _LOWER_CAST_LINE.fullmatch(text, line_start, line_end) is None:
            continue
        if count and line_start == run_end + 1:
            count += 1
            run_end = line_end
        else:
            if _lower_case_list(text, run_start, count):
                yield run_start, run_end
            run_start, run_end, count = line_start, line_end, 1
    if _lower_case_list(text, run_start, count):
        yield run_start, run_end


def _lower_case_list(text: str, start: int, count: int) -> bool:
    """Are the `count` lines from `start` enough for a list, under a line of lower-case
    words?"""
    if count < _MIN_CAST_LINES or start < 2:
        return False
    lead = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    return any(c.isalpha() for c in lead) and not any(c.isupper() for c in lead)


def _is_calling(lowered: str) -> bool:
    """Is the lower-cased word an epithet that names what a character is, no sobriquet: a
    calling (_CALLINGS) or a rank or title (_RANK_TEXT's words, not an age: "Pliny the
    Elder" and "the Younger" tell two people apart)?"""
    return lowered in _CALLINGS or (lowered in _RANK_WORDS and lowered not in _AGE_WORDS)


def _is_rank(lowered: str) -> bool:
    """Is the lower-cased word a rank said before a name: one of _RANK_WORDS, or ranks joined
    by hyphens ("commander-in-chief", "lieutenant-colonel", "vice-admiral")?"""
    if lowered in _RANK_WORDS:
        return True
    if "-" not in lowered:
        return False
    parts = lowered.split("-")
    return any(p in _RANK_WORDS for p in parts) and all(
        p in _RANK_WORDS or p in _RANK_JOINS for p in parts
    )


# a compound adjective before a name, its second part an English participle in lower case
# ("Kid-sized <Name> (…)", "Long-haired <Name>", "Sword-wielding <Name>"): a description, no
# part of the name, which a hyphen joins to lower case only in an honorific at its end
# ("<Name>-san") or a romanised syllable ("Jin-woo", "Xiao-ming", too short for "-ing")
_PARTICIPLE_ENDINGS = (("ed", 4), ("ing", _MIN_GERUND))  # (ending, shortest such part)


def _compound_modifier(word: str) -> bool:
    """Is `word` a compound adjective ("Kid-sized", "Blood-soaked", "Fire-breathing"): its
    last hyphenated part a lower-case participle?"""
    tail = word.rpartition("-")[2]
    return (
        tail.isalpha()
        and tail.islower()
        and any(
            len(tail) >= shortest and tail.endswith(ending)
            for ending, shortest in _PARTICIPLE_ENDINGS
        )
    )


def _credited_name(
    text: str, start: int, actor_words: list[str], openers: dict[str, bool]
) -> str | None:
    """The character's name a credit in brackets at `start` credits to its actor (the words
    before the bracket, on its line or a hard-wrapped one's end), or None when those words
    are no character's name. `openers`: _opening_word's answers, word by word."""
    # a name never runs across a line break ("by Brooke Alvarez\n\nKafka Hibino (…)"),
    # except a hard-wrapped line's ("… and Loid\nForger (Takuya Eguchi)")
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    window_start = max(0, start - 80, line_start)
    linked = (
        _linked_name(text, line_start, start)
        if text.find(")", max(line_start, start - 8), start) >= 0
        else None
    )
    words = linked if linked is not None else _name_words(text, window_start, start, 3)
    if (
        len(words) < 3
        and window_start == line_start > 1
        and text[line_start - 2] != "\n"
        and " ".join(words) == " ".join(text[line_start:start].split())
        and (
            _wrapped(text, line_start)
            or (not text[line_start:start].strip() and _credit_opens_wrapped_line(text, line_start))
        )
    ):
        low = max(0, line_start - 81)
        before = max(low, text.rfind("\n", low, line_start - 1) + 1)
        words = _name_words(text, before, line_start - 1, 3 - len(words)) + words
    if not words:
        return None
    if any(
        w.lower() in _NOT_NAME_WORDS or w in _CREDITS_ABBREVIATIONS or _HANDLE_JOIN in w.strip("_")
        for w in words
    ):
        return None  # ("Sky_Watcher (…)": a user's handle, its words joined as no name's are)
    if len(words) > 1 and any(w.endswith(_POSSESSIVE) for w in words[:-1]):
        # a word in the possessive before the name owns it, no part of it ("the Academy's
        # Hana Kirishima (Voice Actor)", "Team B's Rook (…)"): the name is the words after
        cut = max(i for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE))
        words = words[cut + 1 :]
    while words and _is_leading(words[0]):
        words.pop(0)
    if words and (
        _opening_gerund(text, line_start, start, words)
        or _opening_word(text, line_start, start, words, openers)
    ):
        words.pop(0)
    if len(words) > 1 and "-" in words[0] and _compound_modifier(words[0]):
        words.pop(0)
    named = words[1:]
    if named and _is_rank(words[0].lower()) and (len(named) > 1 or not common_word(named[0])):
        words.pop(0)
    if not words or any(_is_leading(w) for w in words if w != _EPITHET_ARTICLE):
        return None
    if words[-1].endswith(_POSSESSIVE):
        # prose credits the actor to a name in the possessive ("from Hana Kirishima's
        # (Voice Actor) side", "Hana's (Voice Actor) best scene"): the name is the rest
        words[-1] = words[-1][:-2]
    if _credits_rights(text, line_start, start, words[0]):
        return None  # "© Mangaka Name (Publisher)": the work's author, not a character
    if _goes_on_from(words, actor_words):
        return None  # "<Show In> Dungeon (Dungeon Meshi)": the show's other name, no actor
    named_before = _named_before_alias(text, line_start, start, words, actor_words, openers)
    return named_before or " ".join(words).rstrip("'’-")


# an alias said between a character's name and the credit's bracket: "<Given> <Family>, aka
# <Nickname> (Voice Actor)", "a.k.a.", "also known as", as a cast list gives the name and
# then what the show calls them
_ALIAS_BEFORE = re.compile(
    r"(?:,[ \t]*|[ \t]+)(?:aka|a\.k\.a\.?|(?:also[ \t]+)?known[ \t]+as)[ \t]*\Z", re.IGNORECASE
)
_ALIAS_LOOK = 24  # characters before the alias: its word and a comma


def _named_before_alias(
    text: str,
    line_start: int,
    start: int,
    words: list[str],
    actor_words: list[str],
    openers: dict[str, bool],
) -> str | None:
    """The name before an alias whose `words` the credit at `start` follows ("<Given>
    <Family>, aka <Nickname> (Voice Actor)": <Given> <Family>), when it is as full as the
    alias (as many words or more; "<Nickname>, aka <Given> <Family> (…)" keeps the fuller
    name right before the bracket); else None."""
    at = text.rfind(words[0], line_start, start)
    if at <= line_start:
        return None
    before = text[max(line_start, at - _ALIAS_LOOK) : at]
    if "k" not in before.lower():
        return None  # no "aka", "a.k.a." nor "known as": the common case, spared the pattern
    alias = _ALIAS_BEFORE.search(before)
    if alias is None:
        return None
    end = at - len(before) + alias.start()
    name = _credited_name(text, end, actor_words, openers)
    return name if name is not None and len(name.split()) >= len(words) else None


# An actor known by one name, a stage name ("<Name> (Machico)", "(Lynn)"): one capitalised
# word in brackets, which alone says nothing (a studio, a nickname, an aside: "(Bones)",
# "(Finally)"), so it is taken only where the text is crediting its cast: in the paragraph
# of a credit to a full-named actor, as a review's cast paragraph credits one character a
# sentence ("<Name> (Full Name) carries the episode. <Other> (Stagename) is the foil.") or a
# cast list one a line; an aside or a place's name in brackets elsewhere is left
# (a label may come first, as a cast credited "(CV: …)" labels every actor: "(CV: Lynn)")
_STAGE_NAME_CREDIT = re.compile(rf"\((?:{_ACTOR_LABEL})?(?P<actor>{_NAME_WORD_TEXT})\)")
_MIN_STAGE_NAME = 3
# an adverb's endings, as an aside in brackets says one ("(Seriously)", "(Hopefully)",
# "(Allegedly)"), on a word longer than a given name ending so ("Sally", "Emily")
_ADVERB_ENDINGS = ("ously", "fully", "ally", "ably", "ibly", "edly", "ingly")
_MIN_ADVERB = 7
# a lower-case "the" right before the name: a group's or a title's ("one of the Nine
# (<Alias>)", "the Phantom (<Alias>)"), which the word in brackets renames, no actor's credit
_GROUP_ARTICLE = "the "
_CAST_REACH = 1500  # characters on either side of a credit: a paragraph, not a page's run


def _cast_reach(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding the credit text[start:end] (its lines between
    blank ones), at most _CAST_REACH characters on either side."""
    low = max(0, start - _CAST_REACH)
    lo = text.rfind("\n\n", low, start)
    high = min(len(text), end + _CAST_REACH)
    hi = text.find("\n\n", end, high)
    return low if lo < 0 else lo + 2, high if hi < 0 else hi


def _adverb(lowered: str) -> bool:
    """Is the word an adverb by its ending ("seriously", "hopefully"), or an ordinary word
    and "ly" ("mostly")?"""
    return lowered.endswith("ly") and (
        (len(lowered) >= _MIN_ADVERB and lowered.endswith(_ADVERB_ENDINGS))
        or common_word(lowered[:-2])
    )


def _stage_name(word: str) -> bool:
    """Could `word` be an actor's stage name: letters, capitalised but not all capitals (an
    abbreviation: "(TBA)", "(JP)"), no ordinary, rank or label word, nor an adverb?"""
    lowered = word.lower()
    return (
        len(word) >= _MIN_STAGE_NAME
        and word.isalpha()
        and not word.isupper()
        and not common_word(word)
        and lowered not in _NOT_PERSON_WORDS
        and lowered not in _RANK_WORDS
        and not _adverb(lowered)
    )


# ...or, in another paragraph of a text that credits its cast, one whose paragraph goes on to
# say that actor by the same one name performing the character ("<Name> (Lynn), a girl on the
# run. Lynn gives her the right mix of…", "Lynn plays him", "Lynn's performance"): the word in
# brackets is then an actor's, as a full-named credit's paragraph would say; a nickname or a
# place in brackets is not said so
_PERFORMS = re.compile(
    r"(?:[ ](?:plays|voices|gives|lends|brings|sells|nails|makes|delivers|captures)"
    r"[ ](?:her|him|them|the[ ](?:role|part|character))"
    r"|['’]s[ ](?:performance|delivery|voice[ ]work|line[ ]reads?|reading|turn))\b"
)


def _performs(text: str, actor: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] say `actor` (a word, by str.find) performing a character (_PERFORMS)?"""
    at = text.find(actor, lo, hi)
    while at >= 0:
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "(")) and (
            _PERFORMS.match(text, at + len(actor), hi) is not None
        ):
            return True
        at = text.find(actor, at + len(actor), hi)
    return False


def _stage_credit(
    text: str,
    credit: re.Match[str],
    lo: int,
    name_words: set[str],
    actor_words: set[str],
    openers: dict[str, bool],
) -> ParsedCharacter | None:
    """The character a "(Stagename)" credit (`credit`, in the paragraph from `lo`) credits,
    or None when the word is no stage name, or the name before it no character's."""
    actor = credit.group("actor")
    if not _stage_name(actor) or actor.casefold() in name_words:
        return None
    name = _credited_name(text, credit.start(), [actor], openers)
    if name is None or any(w.casefold() in actor_words for w in name.split()):
        return None
    said = text.rfind(name, max(lo, credit.start() - 100), credit.start())
    if said >= 0 and text[max(0, said - len(_GROUP_ARTICLE)) : said] == _GROUP_ARTICLE:
        return None  # "one of the Nine (Alias)": a group's or title's name, no cast's
    return ParsedCharacter(name, actor)


def _stage_named_credits(
    text: str,
    credits: Sequence[tuple[int, int]],
    found: dict[str, ParsedCharacter],
    openers: dict[str, bool],
    upper_opens: Sequence[int],
) -> Iterator[ParsedCharacter]:
    """Each "Character Name (Stagename)" in the paragraph of a credit to a full-named actor
    (`credits`: where those stand, in order): the cast credited there, one of whose actors goes
    by one name; and one in another paragraph that says the actor performing (_PERFORMS). A
    word of a character's name found is no actor ("… Taro Sakamoto (Full Name) … Full
    (Sakamoto)": the credit turned round), nor is the name a word of an actor's.
    `upper_opens`: where each "(" opening in a capital stands, as any credit here opens."""
    staged = [m for at in upper_opens if (m := _STAGE_NAME_CREDIT.match(text, at)) is not None]
    if not credits or not staged:
        return  # no "(Stagename)" in the whole text: the paragraphs' scans spared
    name_words = {w.casefold() for c in found.values() for w in c.name.split()}
    actor_words = {w.casefold() for c in found.values() for w in (c.voice_actor or "").split()}
    searched: list[tuple[int, int]] = []  # the paragraphs searched: one of several credits once
    for credit_start, credit_end in credits:
        lo, hi = _cast_reach(text, credit_start, credit_end)
        if searched and hi <= searched[-1][1]:
            continue
        lo = max(lo, searched[-1][1]) if searched else lo
        for credit in _STAGE_NAME_CREDIT.finditer(text, lo, hi):
            character = _stage_credit(text, credit, lo, name_words, actor_words, openers)
            if character is not None:
                yield character
        searched.append((lo, hi))
    for credit in staged:
        if any(lo <= credit.start() < hi for lo, hi in searched):
            continue
        lo, hi = _cast_reach(text, credit.start(), credit.end())
        if not _performs(text, credit.group("actor"), lo, hi):
            continue
        character = _stage_credit(text, credit, lo, name_words, actor_words, openers)
        if character is not None:
            yield character


# a publication the name is the name of, said just before it: "Blog: <Name> (<Its Name in
# English>)", 'my podcast "<Name>" (…)', a writer's byline giving their blog's name and its
# translation in brackets, which reads as "Character (Voice Actor)" and credits no one; not
# "the podcast:" closing a sentence's clause, whose colon opens what it says next ("For those
# who joined from the podcast: <Name> (<Actor>) is …"): the one the reader knows, not named
_VENUE_TEXT = "blog podcast newsletter channel column zine fanzine webzine vlog"
_VENUE_WORDS = frozenset(_VENUE_TEXT.split())
# (a word in lower case may qualify the venue after "the": "for the club newsletter: <Name>
# (<Actor>)" closes its clause as "the newsletter:" does)
_VENUE_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?P<the>[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?)?(?P<word>[^\W\d_]+)[ \t]*"
    r"(?P<colon>:)?[ \t]*(?P<quote>[\"“„'‘«])?[ \t]*\Z"
)
_VENUE_LOOK = 36  # characters before the name: "the", a word, the venue's, a colon, a quote
_VENUE_GAP = " \t:\"“„'‘«"  # what may stand between the venue's word and the name
_VENUE_ENDINGS = tuple(_VENUE_WORDS)


def _names_a_venue(text: str, start: int, name: str) -> bool:
    """Is `name`, credited by the bracket at `start`, the name of a blog or podcast said
    right after the word for it ("Blog: <Name> (…)")?"""
    at = text.rfind(name.split()[0], max(0, start - 80), start)
    if at < 0:
        return False
    looked_from = max(0, at - _VENUE_LOOK)
    if not text[looked_from:at].rstrip(_VENUE_GAP).lower().endswith(_VENUE_ENDINGS):
        return False  # (the cheap test first: no venue's word closes what is before the name)
    before = _VENUE_BEFORE.search(text, looked_from, at)
    return (
        before is not None
        and before.group("word").lower() in _VENUE_WORDS
        and not (before.group("the") and before.group("colon") and not before.group("quote"))
    )


def learn_characters(text: str) -> list[ParsedCharacter]:
    """Each "Character Name (Voice Actor)" in `text`, once per name (case-insensitive), and
    one credited to an actor known by one name in a cast's paragraph or list
    (_stage_named_credits); in a text written in lower case, also each "name (actor)"
    credited to a Japanese actor."""
    found: dict[str, ParsedCharacter] = {}
    openers: dict[str, bool] = {}  # (_opening_word's answers, word by word)
    credits: list[tuple[int, int]] = []  # where each credit taken stands
    lower_opens: list[int] = []  # (each "(" opening in lower case, as _paren_persons passes)
    upper_opens: list[int] = []  # (and each opening in a capital)
    for paren in _paren_persons(text, lower_opens, upper_opens):
        actor_words = paren.group("actor").split()
        if not _is_person_name(actor_words):
            continue
        other = paren.group("other")
        if other is not None and not _is_person_name(other.split()):
            continue  # "(Kana Mori, Studio Pierrot)": not a second actor
        name = _credited_name(text, paren.start(), actor_words, openers)
        if name is not None and not _names_a_venue(text, paren.start(), name):
            found.setdefault(name.casefold(), ParsedCharacter(name, " ".join(actor_words)))
            credits.append((paren.start(), paren.end()))
    for character in _stage_named_credits(text, credits, found, openers, upper_opens):
        found.setdefault(character.name.casefold(), character)
    # a lower-case credit's bracket opens in lower case or with a label ("(VA: yoko …)"): a
    # text with no such "(" has none, its case left unread
    lower_case = (
        _lower_case_credits(text)
        if (lower_opens or any(_LOWER_CREDIT.match(text, at) for at in upper_opens))
        and written_in_lowercase(text)
        else itertools.chain.from_iterable(
            _lower_case_credits(text[start:end])
            for start, end in _lower_case_cast_lists(text, lower_opens)
        )
    )
    for character in lower_case:
        found.setdefault(character.name.casefold(), character)
    return list(found.values())


# a given name's family name after it in prose: "<Given> <Family>" before a lower-case word
# ("Hana Kirishima first refused…", "Hana Kirishima's plan, which…"), not a title-cased
# heading's "<Given> Faces <Other>" (nor "<Given> Faces the Storm": see _in_heading)
# ...or the full name quoted whole in a sentence going on ('titled "<Given> <Family>", opens')
# ...or before an aside in brackets that opens in lower case ("<Given> <Family> (the name the
# finale gives him) talks…"), as no actor's credit does
# ...or before an aside between dashes that opens in lower case, as a comma's apposition does
# ("<Given> <Family> — the name the finale gives him — nods", "<Given> <Family>—the…",
# "<Given> <Family> -- the…" in plain text); a heading's "<Given> Returns — the review" is
# no prose (_in_heading)
# ...or ending a sentence that another follows on its line ("…reborn as her twins, Aqua and
# <Given> <Family>. For the first hour…"): prose, as a heading is no run of sentences (an
# abbreviation's dot ends none: "<Given> St. Claire" is no "<Given> St")
# ...or before an epithet quoted in apposition after a comma or a dash, in lower case
# ('<Given> <Family>, "the greatest psychic of the century", gets…'), as no title is set
_GOES_ON_TEXT = r"(?:(?:[,;]?[ ]|[ ]?[—–][ ]?|[ ]--?[ ])\(?|(?:,[ ]|[ ]?[—–][ ]?)[\"“])"
_FAMILY_AFTER = (
    rf"[ ](?P<family>{_NAME_WORD_TEXT})"
    rf"(?=(?P<quote>[\"”])?(?:{_GOES_ON_TEXT}[a-z]|(?P<ends>[.!?])[ ]+[{_UPPER}]))"
)
_OPENING_QUOTES = '"“'
# ...or its family name before it, as East Asian names are written family name first:
# "<Family> <Given>" before a lower-case word ("Kim Minsu getting stronger", "Kim Minsu's
# plan, which…"). The word before is matched against the few characters before each
# whole-word `given` (found by str.find), never by a pattern scanning the whole text.
# (a middle initial between: "<Family> D. <Given>", which makes the words a name's whole)
_FAMILY_BEFORE = re.compile(
    rf"(?<![\w'’\-])(?P<family>{_NAME_WORD_TEXT})(?P<initial>[ ][{_UPPER}]\.)?[ ]$"
)
_FAMILY_BEFORE_LOOK = 40  # characters before the given name: room for one family name
_GOES_ON_AFTER = re.compile(rf"[\"”]?{_GOES_ON_TEXT}[a-z]")
# ...or after a hard wrap, the sentence going on in lower case on the next line, maybe a
# quotation's continued line ("…the short version is that <Family> <Given>\n> is not…")
_GOES_ON_WRAPPED = re.compile(r"\n(?:>[ ]?)?[a-z]")
# a title before a name, which a family name never is (a rank, a crown's above: "Prince
# <Name>", "Queen <Name>"; or "Count <Name>", "Saint <Name>"), or a form of address ("Master
# <Name>", as a translation renders an honorific such as "-sama")
_NOBLE_TEXT = """
count countess saint master mistress
"""
_TITLE_WORDS = _RANK_WORDS | frozenset(_NOBLE_TEXT.split())
_LIST_MARKS = ' \t*_-•>"“'
_INTRODUCING = ":"  # "…what fans waited for: <Family> <Given> getting stronger"
# the verbs a fan's plea to the staff opens with, the character its object ("Give <Name> a
# spin-off", "Leave <Name> alone", "Save <Name>"): capitalised only as the sentence's first
# word, no family name, though many are written as romanised Japanese is ("gi-ve", "ma-ke")
_PLEA_VERB_TEXT = """
give make leave save hire keep let get send bring protect free pay show tell help
"""
_PLEA_VERBS = frozenset(_PLEA_VERB_TEXT.split())
# an article or determiner, after which a capital is a noun's or a title's ("the Dämonin <Name>")
_DETERMINER_TEXT = "a an the this that these those my your his her its our their"
_DETERMINERS = frozenset(_DETERMINER_TEXT.split())
# ...but "that" is also the conjunction opening a clause, whose subject a full name written as
# Japanese in Latin letters is (no noun's word, as "that Kim Minsu smile" may be)
_CONJUNCTION_THAT = "that"


def _in_heading(text: str, start: int, end: int) -> bool:
    """Is text[start:end] on a line of its own that reads as a title-cased heading ("Hana
    Faces the Storm", "When Hana Meets the Queen"): short, no sentence's end, its longer
    words capitalised? Its small words are in lower case as a heading writes them, so the
    capital of the word after a name says nothing of a family name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip(" \t#*_")
    return is_headline_line(line) and title_cased(line.split())


# a web or e-mail address's host, as a site or a newsletter named after a character writes
# its name glued in one word ("hana-weekly.example", "hello@hanaweekly.example")
_ADDRESS_MARKS = ("@", "://", "www.")


def _glued_in_address(text: str, given: str, family: str) -> bool:
    """Does the text write "<Given> <Family>" glued in lower case as a word of an address
    ("…@hanaweekly.news", "https://hanaweekly.news/…")? Then the two are a site's or a
    newsletter's name after the character ("Hana Weekly is written by…"), no full name:
    a character's family name is no web host's word."""
    glued = f"{given}{family}".lower()
    if not any(mark in text for mark in _ADDRESS_MARKS):
        return False
    lowered = text.lower()
    at = lowered.find(glued)
    while at >= 0:
        before = lowered[max(0, at - 1) : at]
        after = lowered[at + len(glued) : at + len(glued) + 1]
        if before in ("@", "/", ".", "") and after in (".", "/", ""):
            return True
        at = lowered.find(glued, at + 1)
    return False


def _family_in(match: re.Match[str]) -> str | None:
    """The family name a match of _FAMILY_AFTER gives ("Kirishima" of "Hana Kirishima's"),
    its possessive dropped; None when it is no person's word ("Hana Weekly") or no word."""
    family: str = match.group("family")
    family = family[:-2] if family.endswith(_POSSESSIVE) else family
    if family.lower() in _NOT_PERSON_WORDS or not family.strip("'’-").isalpha():
        return None
    return family


# an article or a demonstrative before "<Given> <Word>": a noun's name the character's name
# qualifies ("the Hana Guild", "this Hana Festival"), as no person's full name is written
_ARTICLE_TEXT = "a an the this these those"
_ARTICLES = frozenset(_ARTICLE_TEXT.split())
_ARTICLE_LOOK = 8  # characters before the given name: the longest article and a space


def _article_before(text: str, at: int) -> bool:
    """Does an article or a demonstrative (_ARTICLES) stand right before text[at:], after a
    space, as in "the Hana Guild is…"?"""
    if text[at - 1 : at] != " ":
        return False
    before = text[max(0, at - _ARTICLE_LOOK) : at - 1]
    words = before.split()
    return bool(words) and words[-1].lower() in _ARTICLES


# the character's own thing named after them, in apposition after it: "<Given>'s guild,
# <Given> <Word>, faces…" (a guild, a ship, a shop), no full name of the character's own
_OWNER_LOOK = 40  # characters before the appositive: the possessive and a noun or three
_MOST_OWNED_WORDS = 3


def _named_after_owner(text: str, given: str, at: int) -> bool:
    """Does "<Given> <Word>" at text[at:] stand in apposition (after ", ") to a lower-case
    noun the character's possessive opens ("Riku's crew, Riku Brigade, sails…")? Then it
    names the character's thing, after the character, and is no full name."""
    if text[at - 2 : at] != ", ":
        return False
    before = text[max(0, at - _OWNER_LOOK) : at - 2]
    for mark in _POSSESSIVE:
        owner = before.rfind(f"{given}{mark} ")
        if owner < 0 or (owner > 0 and _IN_WORD.match(before, owner - 1)):
            continue
        words = before[owner + len(given) + len(mark) + 1 :].split()
        if 0 < len(words) <= _MOST_OWNED_WORDS and all(w.isalpha() and w.islower() for w in words):
            return True
    return False


def _full_name(text: str, given: str, anime: str, kin: frozenset[str]) -> str | None:
    """The one full name the text's prose gives a character credited by a single name
    ("Hana (Voice Actor)", and elsewhere "Hana Kirishima first …"), else None: none, or two
    ("Hana Kirishima", "Hana Ito"). A run that is the anime's name ("<Name> Days") is none,
    and so is one in a title-cased heading ("Hana Faces the Storm"). Of two, the one whose
    family name is among `kin`, the words of the other names credited on the page, is the
    character's: a cast credits a family's members ("Sae Kirishima (…)", and "Hana (…)"
    beside her), where the other full name is someone else's, another show's often ("…I
    started <Other Show>; Hana Ito is as loud as they said")."""
    if given not in text:
        return None
    found: set[str] = set()
    pattern = re.compile(rf"(?<![\w'’\-]){re.escape(given)}{_FAMILY_AFTER}")
    for match in pattern.finditer(text):
        if _in_heading(text, match.start(), match.end()):
            continue
        opened = match.start() > 0 and text[match.start() - 1] in _OPENING_QUOTES
        if match.group("quote") and not opened:
            continue  # a quote closing after the name that it did not open before
        if _article_before(text, match.start()):
            continue  # "the Hana Guild is…": a group's or a thing's name after the character
        if _named_after_owner(text, given, match.start()):
            continue  # "Hana's guild, Hana Guild, wins…": the character's thing, named so
        family = _family_in(match)
        if family is None or (match.group("ends") and family.lower() in ABBREVIATIONS):
            continue
        if next(_whole_words(text, family.lower()), None) is not None:
            # a noun the text writes in lower case too ("Hana Farm that…", "…about a farm"):
            # a place or a thing named after the character, no family name
            continue
        full = f"{given} {family}"
        if fold(full) not in fold(anime) and not _glued_in_address(text, given, family):
            found.add(full)
    found.update(_family_first(text, given, anime))
    if len(found) > 1 and kin:
        found = {f for f in found if any(w in kin for w in f.split() if w != given)}
    return found.pop() if len(found) == 1 else None


_MIN_SHORT_GIVEN = 4  # a shorter credited name ("Ed", "Ann") opens too many other names
# letters a longer given name adds to the credited one: fewer may be an inflection's ending,
# taken only where an ordinary English word follows the family name ("Shinei Nouzen has")
_MIN_ADDED = 3
_NEXT_WORD = re.compile(rf"[\"”]?{_GOES_ON_TEXT}([a-z]+)")


def _english_after(text: str, end: int) -> bool:
    """Is the word after a full name ending at `end` an ordinary English word ("has",
    "gets"), so that the name's words are no inflection of another language's?"""
    word = _NEXT_WORD.match(text, end)
    return word is not None and common_word(word.group(1))


def _lengthened_name(
    text: str, given: str, anime: str, learned: Sequence[ParsedCharacter]
) -> str | None:
    """The one full name the prose gives a character credited by a short form of its given
    name ("Hana (Voice Actor)", and elsewhere "Hanako Kirishima first …"): the given name
    lengthened in lower case, or clipped at its front ("Lena (…)" and "Vladilena Milizé
    is…", a capital and two letters or more before it), then a family name before a
    lower-case word, the longer given name credited to no one else and never written in
    lower case; else None. It adds three letters or more: one or two are an inflection
    ("Hanas Schwert", a German genitive), unless an ordinary English word follows the family
    name ("Shinei Nouzen has…")."""
    if len(given) < _MIN_SHORT_GIVEN:
        return None
    found: set[str] = set()
    pattern = re.compile(rf"(?<![\w'’\-]){re.escape(given)}(?P<more>[a-z]{{2,}}){_FAMILY_AFTER}")
    matches = pattern.finditer(text)
    clipped = given.lower()
    if clipped in text:  # the given name clipped at its front ("Lena" of "Vladilena")
        front = re.compile(
            rf"(?<![\w'’\-])(?P<more>[{_UPPER}][a-z]{{2,}}){re.escape(clipped)}{_FAMILY_AFTER}"
        )
        matches = itertools.chain(matches, front.finditer(text))
    for match in matches:
        if match.group("quote") or _in_heading(text, match.start(), match.end()):
            continue
        more = match.group("more")
        if len(more) < _MIN_ADDED and not _english_after(text, match.end()):
            continue  # "Hanaes Schwert": maybe an inflection, in a language not English
        longer = more + clipped if more[0].isupper() else given + more
        family = _family_in(match)
        if (
            family is None
            or (match.group("ends") and family.lower() in ABBREVIATIONS)
            or longer.lower() in _NOT_PERSON_WORDS
            or next(_whole_words(text, longer.lower()), None) is not None
            or any(fold(c.name).split()[0] == fold(longer) for c in learned)
        ):
            continue
        full = f"{longer} {family}"
        if fold(full) not in fold(anime):
            found.add(full)
    return found.pop() if len(found) == 1 else None


def _family_may_follow(text: str, at: int, *, japanese: bool) -> bool:
    """May a family name stand at `at`: opening a list's item or after a colon, or after a
    lower-case word that is no article ("with Kim Minsu")? Opening a paragraph or after a
    sentence's end a capital only opens it ("Except Minsu went missing", "Afterwards Minsu
    says"), unless the full name reads as `japanese` written in Latin letters ("Taro
    Sakamoto uses…", a cast of Japanese names credited by the family name), which no English
    opener does; after a capitalised word or an article it is a title's or a noun's ("Dr.
    Kenzo Minsu", "Die Dämonin Minsu", "the Kim Minsu fans adore")."""
    line_start = text.rfind("\n", 0, at) + 1
    line = text[line_start:at]
    before = line.rstrip(_LIST_MARKS)
    if not before:
        return bool(line) or japanese  # a list's item, or a paragraph's opening sentence
    if before.endswith(_INTRODUCING):
        return True
    word = before.rsplit(None, 1)[-1]
    if before[-1] in _SENTENCE_ENDS and word[:-1].lower() not in ABBREVIATIONS:
        return japanese  # "…on the shelves. Taro Sakamoto uses…"; not "Dr. Kenzo Minsu"
    if word == _CONJUNCTION_THAT and japanese:
        return True  # "…the short version is that Taro Sakamoto is…": a clause's subject
    if _contracted_verb(word):
        return True  # "And then there's Kim Minsu, who…": "there is", a verb before the name
    return word.isalpha() and word.islower() and word not in _DETERMINERS


def _contracted_verb(word: str) -> bool:
    """Is `word` a word that opens sentences with its verb contracted onto it ("there's",
    "Here's", "that's", "it's")? A verb stands before the name then, as "is" would, no
    possessive's noun ("the village's")."""
    if "'" not in word and "’" not in word:
        return False  # no contraction: most words, spared the partition
    return _is_leading(word)


def _goes_on(text: str, end: int) -> bool:
    """Does the sentence go on in lower case after text[:end]: on the same line, or on the
    next when the line ends there only because it was hard-wrapped (as wide as a wrapped
    line, _MIN_WRAP_WIDTH, where a heading or a list's name is shorter)?"""
    if _GOES_ON_AFTER.match(text, end) is not None:
        return True
    if text[end : end + 1] != "\n" or _GOES_ON_WRAPPED.match(text, end) is None:
        return False
    return end - (text.rfind("\n", 0, end) + 1) >= _MIN_WRAP_WIDTH


def _family_first(text: str, given: str, anime: str) -> Iterator[str]:
    """The full names the prose writes family name first, "<Family> <Given>" going on in a
    lower-case word ("…waited for: Kim Minsu getting stronger", "- Kim Minsu as a character
    is thin"). The word before must stand where a family name may (_family_may_follow), and
    be no word sentences open with or the text writes in lower case ("Poor Minsu", "Even
    Minsu"), no rank, title, age or possessive ("Young Minsu", "Prince Minsu", "Hana's
    Minsu"), no word of the anime's name ("<Show> Minsu", as fans put the show before its
    hero), and in no title-cased heading. (A cast credited by its family name, "Sakamoto
    (Voice Actor)", has its given name before it so: "Taro Sakamoto uses…".) A credited
    name the text also writes in lower case, an English word ("a stark choice"), is no
    East Asian given name but a Western family name, and the given name before it someone
    else's unless the two read as Japanese (_western_family)."""
    said = itertools.chain.from_iterable(
        ((at, at + len(word)) for at in _whole_words(text, word))
        for word in (given, *(given + ending for ending in _POSSESSIVE))
    )
    for at, end in said:
        if at < 2 or not _goes_on(text, end):
            continue
        before = _FAMILY_BEFORE.search(text, max(0, at - _FAMILY_BEFORE_LOOK), at)
        if before is None:
            continue
        family, initial = before.group("family"), before.group("initial")
        lowered, full = family.lower(), f"{family}{initial or ''} {given}"
        if (
            not family.isalpha()
            or not _family_may_follow(text, before.start(), japanese=romanised_japanese(full))
            or lowered in _NOT_PERSON_WORDS
            or lowered in _TITLE_WORDS
            or lowered in _PLEA_VERBS
            or (common_word(family) and initial is None)  # an initial: no "Poor D. Minsu"
            or next(_whole_words(text, lowered), None) is not None
            or fold(family) in fold(anime).split()
            or _in_heading(text, before.start(), end)
            or _western_family(text, given, full)
        ):
            continue
        yield full


# two consonants opening a word as English and other Western names open ("Stark", "Grant",
# "Blake", "Sprague"): a stop or "f" before "l" or "r", "s" before a consonant. No East Asian
# given name written in Latin letters opens so (romaji, Korean or Chinese romanisation: "Ryo",
# "Kyung", "Shun", "Tsubasa", "Kwon", "Zhao" open with one consonant or a digraph)
_WESTERN_ONSET = re.compile(r"[bcdfgkpt][lr]|s[cklmnpqtvwz]", re.IGNORECASE)


def _western_family(text: str, given: str, full: str) -> bool:
    """Is the credited `given` a Western family name, with `full` no name read as Japanese:
    an English word the text also writes in lower case ("Stark (Voice Actor)" and "a stark
    reminder"), or a word opening with two consonants as no East Asian given name does
    (_WESTERN_ONSET)? Then it is no East Asian given name after its family name, but the
    family name of a Western full name, a real or another franchise's person's ("… than
    anything Tony Stark built", "… to be Tony Stark levels of smug"), whom a credit by that
    one word does not make the character."""
    lowered = given.lower()
    return (
        lowered != given
        and (
            _WESTERN_ONSET.match(given) is not None
            or next(_whole_words(text, lowered), None) is not None
        )
        and not romanised_japanese(full)
    )


def _credited_in_full(character: ParsedCharacter, learned: Sequence[ParsedCharacter]) -> str | None:
    """The one full name `learned` credits to the actor of `character`, credited by a single
    name that is one of its words ("Hana (Mai Ito)" after "Hana Kirishima (Mai Ito)" in a
    cast line), else None: none, or two."""
    given = character.name.casefold()
    found = {
        other.name
        for other in learned
        if other.voice_actor == character.voice_actor
        and " " in other.name
        and given in other.name.casefold().split()
    }
    return found.pop() if len(found) == 1 else None


# a table's cell, as a page's text writes a cast table's row: a line of its own, or between
# bars ("| <Name> | <Actor> | <Dub actor> |")
_CELL_EDGES = "\n|"


def _cast_row_name(character: ParsedCharacter, text: str) -> str | None:
    """The one full name a cast table's row gives `character`, credited by a single name in
    prose ("Hana (Mai Ito)") and in the table in full, the cell before its actor's ("Hana
    Kirishima" then "Mai Ito", each a cell), else None: none, or two."""
    actor = character.voice_actor
    if not actor:
        return None
    given = character.name.casefold()
    found: set[str] = set()
    for at in _whole_words(text, actor):
        end = at + len(actor)
        before = text[max(0, at - 80) : at].rstrip(" \t")
        if before[-1:] not in _CELL_EDGES or text[end : end + 2].lstrip(" \t")[:1] not in (
            "\n",
            "|",
            "",
        ):
            continue  # the actor's name in a sentence, no cell of its own
        cell = before.rstrip(" \t\n|")
        cell = cell[max(cell.rfind("\n"), cell.rfind("|")) + 1 :].strip(" \t*_")
        words = cell.split()
        if (
            1 < len(words) <= 3
            and given in (w.casefold() for w in words)
            and all(_NAME_WORD.fullmatch(w) for w in words)
            and not any(w.lower() in _NOT_PERSON_WORDS for w in words)
        ):
            found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


def _titles_the_show(character: ParsedCharacter, anime: str, show: str, text: str) -> bool:
    """Is `character` the document's anime's whole name of two words or more, or the end of
    it, written whole before the bracket that credits it ("<Romaji Name> (<English Name>)":
    the show's other title in brackets, its last word taken for a character's and the title
    for an actor's)? A show named after its lead ("Frieren (Atsumi Tanezaki)") credits the
    lead: the character's name must be a part of the show's, words before it. `show`:
    fold(anime), once a document."""
    name = fold(character.name)
    if name == show and " " in show:
        # "<The Show's Title> (<Its Romanised Title>)": the show's whole name of two words
        # or more, glossed with its other name in an English edition's prose, is no
        # character's; a show named after its lead names them in one word ("Dororo")
        return True
    if not show.endswith(" " + name):
        return False
    return f"{anime} ({character.voice_actor}".casefold() in text.casefold()


# a field's label naming the show, which a review card or an infobox writes before its value
# ("| **Show** | <Title> (<Other Title>) |", "Anime: <Title> (<Other Title>)", "Original
# title: …"): the words in brackets there are the show's other name, no actor's
_SHOW_LABELS = frozenset(("show", "anime", "series", "title"))
_LABEL_MARKS = " \t>|*_:-–—"
_MOST_LABEL_WORDS = 2


def _spaced_opens(text: str) -> list[int]:
    """Where each " (" stands in `text` (its "("), found by str.find of the "(" alone."""
    opens: list[int] = []
    at = text.find("(")
    while at >= 0:
        if text[at - 1 : at] == " ":
            opens.append(at)
        at = text.find("(", at + 1)
    return opens


def _labelled_show(character: ParsedCharacter, text: str, opens: list[int]) -> bool:
    """Is the credit of `character` written as the value of a field labelled as the show
    ("| **Show** | <Title> (<Other Title>) |"), all the line holds before it being the label
    (_SHOW_LABELS, maybe after one word: "Original title:")? A show's card names the show
    there, its other name in brackets; no field so labelled credits a character.
    `opens`: _spaced_opens(text), once a document (each credit's " (" among them, so each
    credit is found there rather than by a search of the whole text)."""
    credit = f"{character.name} ({character.voice_actor}"
    for paren in opens:
        at = paren - len(character.name) - 1
        if at < 0 or not text.startswith(credit, at):
            continue
        # (split no further than one word past the most a label holds: a credit in a long
        # paragraph has many words before it)
        label = (
            text[text.rfind("\n", 0, at) + 1 : at]
            .strip(_LABEL_MARKS)
            .split(None, _MOST_LABEL_WORDS)
        )
        if 0 < len(label) <= _MOST_LABEL_WORDS and label[-1].lower() in _SHOW_LABELS:
            return True
    return False


# each catalog's names by their words in any order (cached per catalog, as common.py does),
# and _catalog_name's answers by the name as written (at most _MOST_ANSWERS of them)
_REORDERED: dict[int, tuple[Catalog, dict[tuple[str, ...], str], dict[str, str | None]]] = {}
_MOST_ANSWERS = 4096


def _catalog_reordered(
    catalog: Catalog,
) -> tuple[dict[tuple[str, ...], str], dict[str, str | None]]:
    """The catalog's character names and aliases of two words or more, each by its folded
    words sorted, to the character's canonical name: "Kirishima Hana" and "Hana Kirishima"
    are one key. A name whose words another character shares in another order is left out."""
    cached = _REORDERED.get(id(catalog))
    if cached is not None and cached[0] is catalog:
        return cached[1], cached[2]
    found: dict[tuple[str, ...], str] = {}
    shared: set[tuple[str, ...]] = set()
    for character in catalog.characters:
        for name in (character.name, *(a.name for a in character.aliases)):
            words = fold(name).split()
            if len(words) < 2:
                continue
            key = tuple(sorted(words))
            if found.setdefault(key, character.name) != character.name:
                shared.add(key)
    for key in shared:
        del found[key]
    answers: dict[str, str | None] = {}
    _REORDERED[id(catalog)] = (catalog, found, answers)
    return found, answers


def _catalog_name(character: ParsedCharacter, catalog: Catalog | None) -> str | None:
    """The catalog's canonical name of a character credited by a catalog name's words in
    another order ("Kirishima Hana (Voice Actor)" in a cast box, family name first, for the
    catalog's "Hana Kirishima"), else None: a name the catalog writes so already, or none."""
    if catalog is None or " " not in character.name:
        return None
    reordered, answers = _catalog_reordered(catalog)
    if character.name in answers:  # (a cast's names come back document after document)
        return answers[character.name]
    words = fold(character.name).split()
    name = reordered.get(tuple(sorted(words)))
    answer = None if name is None or fold(name).split() == words else name
    if len(answers) < _MOST_ANSWERS:
        answers[character.name] = answer
    return answer


def _cast_list_credits(
    cast: Sequence[str], text: str, learned: Sequence[ParsedCharacter]
) -> list[ParsedCharacter]:
    """The characters a page's cast list beside the article credits ("Name (Voice Actor)",
    a database's sidebar) that the article's `text` names too (a name only the list holds is
    the site's, not the article's), and not among those `learned` from the text: nor one the
    text learned under its full name, credited to the same actor ("Hana (Mai Ito)" in the
    list, learned as "Hana Kirishima" from the same credit in the text and its prose)."""
    known = {c.name.casefold() for c in learned}
    return [
        character
        for character in learn_characters("\n".join(cast))
        if character.name.casefold() not in known
        and next(_whole_words(text, character.name), None) is not None
        and _credited_in_full(character, learned) is None
    ]


def detect_characters(draft: Draft) -> None:
    """draft.characters: the front matter's, then those the sections' text introduces. A
    character credited by one name ("Hana (Voice Actor)") whom the text credits in full to
    the same actor ("Hana Kirishima (Voice Actor)" in a cast line) or names in full
    elsewhere ("Hana Kirishima first refused…") is learned under the full name, as a cast
    list gives it."""
    text = "\n\n".join(s.text for s in draft.sections)
    show = fold(draft.anime_title)
    credited = learn_characters(text)
    opens = _spaced_opens(text) if credited else []
    learned = [
        c
        for c in credited
        if not _titles_the_show(c, draft.anime_title, show, text)
        and not _labelled_show(c, text, opens)
    ]
    # the words of the names credited in full: a family's, which a one-name credit may share
    kin = frozenset(w for c in learned if " " in c.name for w in c.name.split())
    for index, character in enumerate(learned):
        if " " not in character.name:
            full = (
                _credited_in_full(character, learned)
                or _full_name(text, character.name, draft.anime_title, kin)
                or _cast_row_name(character, text)
                or _lengthened_name(text, character.name, draft.anime_title, learned)
            )
            if full is not None:
                learned[index] = replace(character, name=full)
        elif (named := _catalog_name(character, draft.catalog)) is not None:
            learned[index] = replace(character, name=named)
    if draft.meta is not None and draft.meta.cast:
        learned += _cast_list_credits(draft.meta.cast, text, learned)
    characters: dict[str, ParsedCharacter] = {}
    for character in (*draft.front_matter.characters, *learned):
        characters.setdefault(character.name.casefold(), character)
    draft.characters = tuple(characters.values())
