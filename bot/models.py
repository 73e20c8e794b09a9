"""Plain data shared by ingestion, the store, rendering and the cogs.

Everything here is immutable and free of I/O so it can be built in tests
without a database or Discord.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentKind(StrEnum):
    FIRST_IMPRESSIONS = "first-impressions"
    EPISODE_REVIEW = "episode-review"
    RECAP = "recap"
    SEASON_REVIEW = "season-review"

    @property
    def label(self) -> str:
        return {
            DocumentKind.FIRST_IMPRESSIONS: "First impressions",
            DocumentKind.EPISODE_REVIEW: "Episode review",
            DocumentKind.RECAP: "Recap",
            DocumentKind.SEASON_REVIEW: "Season review",
        }[self]


class SectionKind(StrEnum):
    RECAP = "recap"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Score:
    """A reviewer's score exactly as written, plus its value on a 0-100 scale."""

    raw: str  # as written, e.g. "70 out of 100", "3.5/5 stars", "★★★½", "B+"
    value: float | None  # 70, 3.5; None for a letter grade with no stated scale
    scale: float | None  # 100, 5; None likewise

    @property
    def score_100(self) -> float | None:
        """The score on 0-100; None for a grade that is not a number on a stated scale."""
        if self.value is None or self.scale is None:
            return None
        return round(self.value / self.scale * 100, 1)


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class ParsedSection:
    kind: SectionKind
    text: str  # clean text, paragraphs separated by one blank line
    spoiler: bool  # True when the text reveals plot (recaps, reviews that declare spoilers)
    heading: str | None = None  # e.g. "The Episode Review"
    about_episode: int | None = None  # latest episode this passage speaks of (spoiler gating)
    # The text as UTF-8 when it came so from a parse worker (bot.ingest.jobs): an SQLite store
    # binds these bytes as the row's text instead of encoding the text again. Not part of the
    # section's value (never compared, never shown).
    utf8: bytes | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """What a document's review sections say that never changes after ingest, worked out once
    (bot.ingest.detect.verdict) and stored with the document (migration 0009): renderers only
    fit and escape these. Unescaped, whitespace-normalised text; "" when there is none."""

    verdict: str  # the reviewer's closing assessment
    verdict_section: int | None  # the position of the section it comes from (None: no verdict)
    opening: str  # the first whole sentences of the first review section


@dataclass(frozen=True, slots=True)
class ParsedCharacter:
    """A character learned from a document ("Name (Voice Actor)" or front matter)."""

    name: str
    voice_actor: str | None = None


Prelinked = tuple[int, tuple[tuple[tuple[int, int], ...], ...]]
"""(linker serial, per section the (character id, offset of its first naming) it found)."""


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    title: str
    anime_title: str
    kind: DocumentKind
    episode: int | None
    sections: tuple[ParsedSection, ...]
    content_hash: str  # sha256 of the normalised source text; the idempotency key
    episode_title: str | None = None
    score: Score | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    source_name: str | None = None  # file name it came from
    characters: tuple[ParsedCharacter, ...] = ()
    # Where it came from, identifying it across versions: the canonical URL, else the URL,
    # else the file's name (None: `source_name`).
    source: str | None = None
    # Per field ("title", "anime", ...), what was chosen and why, in words (--explain).
    evidence: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # The verdict and opening (detect.verdict); None: not worked out (a hand-made document),
    # stored as missing and filled by the store on first read.
    facts: DocumentFacts | None = None
    # What a parse worker linked ahead of the store: the serial of the anime's linker it used
    # (bot.text.linker) and each section's (character id, first naming). The store takes
    # them only while that linker is still the anime's; None: linked by the store.
    links: Prelinked | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)

    @property
    def display_title(self) -> str:
        """The title, or for a document without one its anime, episode and kind."""
        if self.title:
            return self.title
        episode = f" episode {self.episode}" if self.episode is not None else ""
        return f"{self.anime_title}{episode} ({self.kind})"

    @property
    def identity_source(self) -> str | None:
        """The source that identifies this document: `source`, else url, else file name."""
        return self.source or self.url or self.source_name


# --------------------------------------------------------------------------- catalog


@dataclass(frozen=True, slots=True)
class CatalogAlias:
    name: str
    revealed_in: int | None = None  # episode that reveals this alias; None = no spoiler
    # A spoiler whose episode nobody recorded (AniList's alternativeSpoiler): `revealed_in` then
    # holds the last episode (or SPOILER_UNTIL_FINISHED), so every consumer of revealed_in gates
    # it until the reader has finished the show; the catalog file keeps `spoiler = true` only.
    reveal_unknown: bool = False


# revealed_in of an unknown-episode spoiler in a show whose episode count is unknown: beyond
# any progress a reader can set.
SPOILER_UNTIL_FINISHED = 100_000


@dataclass(frozen=True, slots=True)
class CatalogVoiceActor:
    name: str
    language: str  # as AniList labels it: "Japanese", "English", ...


@dataclass(frozen=True, slots=True)
class CatalogFact:
    text: str
    revealed_in: int | None = None


@dataclass(frozen=True, slots=True)
class CatalogCharacter:
    name: str  # canonical full name, never a spoiler
    aliases: tuple[CatalogAlias, ...] = ()
    voice_actor: str | None = None
    description: str | None = None  # one line, never a spoiler
    first_episode: int | None = None
    facts: tuple[CatalogFact, ...] = ()
    # spellings the documents use that are not real names (typos); used only for linking mentions
    variants: tuple[str, ...] = ()
    # Everything below is optional and mostly filled by `catalog import` from AniList.
    native_name: str | None = None
    # `description` never holds a spoiler: when the file's description marks spoiler spans
    # (`~!…!~`), `description` is the text without them and `description_markup` the whole.
    description_markup: str | None = None
    voice_actors: tuple[CatalogVoiceActor, ...] = ()  # labelled by language
    role: str | None = None  # "main", "supporting" or "background"
    image_url: str | None = None
    anilist_id: int | None = None
    anilist_url: str | None = None
    # field name -> fingerprint of the value as imported (see bot.catalog): a field whose value
    # no longer matches was edited by a person, and a re-import leaves it alone.
    imported: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CatalogEpisode:
    number: int
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Catalog:
    title: str
    slug: str
    aliases: tuple[str, ...] = ()
    episode_count: int | None = None
    episodes: tuple[CatalogEpisode, ...] = ()
    characters: tuple[CatalogCharacter, ...] = ()
    # episode titles the documents name whose number is not known
    unnumbered_episode_titles: tuple[str, ...] = ()
    anilist_id: int | None = None
    anilist_url: str | None = None
    imported: tuple[tuple[str, str], ...] = ()  # as CatalogCharacter.imported


# --------------------------------------------------------------------------- stored rows


@dataclass(frozen=True, slots=True)
class Anime:
    id: int
    slug: str
    title: str
    episode_count: int | None = None


@dataclass(frozen=True, slots=True)
class Episode:
    anime_id: int
    number: int
    title: str | None


@dataclass(frozen=True, slots=True)
class Section:
    id: int
    document_id: int
    position: int
    kind: SectionKind
    heading: str | None
    text: str
    spoiler: bool
    about_episode: int | None


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    anime_id: int
    anime_title: str
    title: str
    kind: DocumentKind
    episode: int | None
    episode_title: str | None
    score: Score | None
    url: str | None
    author: str | None
    published: str | None
    source_name: str | None
    sections: tuple[Section, ...] = ()
    # Came from a feed without --full-text: /review shows the verdict, the opening and a link,
    # never the full text (which is still stored and searchable).
    excerpt_only: bool = False
    # The verdict and opening worked out at ingest (None only for a hand-made Document).
    facts: DocumentFacts | None = None

    @property
    def spoiler(self) -> bool:
        return any(s.spoiler for s in self.sections)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One stored document as `documents list` shows it (no sections)."""

    id: int
    anime_id: int
    anime_title: str
    title: str
    kind: DocumentKind
    episode: int | None
    score_raw: str | None
    source: str | None
    added_at: str


@dataclass(frozen=True, slots=True)
class Alias:
    name: str
    revealed_in: int | None


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    revealed_in: int | None


@dataclass(frozen=True, slots=True)
class Character:
    id: int
    anime_id: int
    anime_title: str
    name: str
    aliases: tuple[Alias, ...]
    voice_actor: str | None
    description: str | None
    first_episode: int | None
    facts: tuple[Fact, ...] = ()
    # From the catalog (mostly `catalog import`); None / () when it says nothing.
    native_name: str | None = None
    # `description` with its `~!…!~` spoiler spans (`description` is the text outside them)
    description_markup: str | None = None
    voice_actors: tuple[CatalogVoiceActor, ...] = ()  # labelled by language
    role: str | None = None  # "main", "supporting" or "background"
    image_url: str | None = None  # https only
    anilist_id: int | None = None
    anilist_url: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    character_id: int
    section_id: int
    document_id: int
    document_title: str
    document_kind: DocumentKind
    url: str | None
    episode: int | None  # the document's episode
    sentence: str
    spoiler: bool  # the section it came from carries spoilers
    about_episode: int | None
    section_kind: SectionKind = SectionKind.REVIEW  # a quote from a recap is recap text


@dataclass(frozen=True, slots=True)
class SearchHit:
    section_id: int
    document_id: int
    document_title: str
    anime_title: str
    kind: SectionKind
    episode: int | None
    snippet: str  # plain text; never contains markup added by the store
    spoiler: bool
    about_episode: int | None
    rank: float


@dataclass(frozen=True, slots=True)
class CharacterChoice:
    """An autocomplete / did-you-mean candidate."""

    character_id: int
    name: str  # what to show: canonical name, or "Alias (Canonical)"
    value: str  # what to submit
    score: float = 0.0


class IngestStatus(StrEnum):
    """What ingesting one input did. The values are what `ingest --json` prints."""

    ADDED = "added"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # the same source with new content, replaced in place
    REJECTED = "rejected"  # unusable or failed to store: `reason` says why
    SKIPPED = "skipped"  # not a document ingestion takes (not an error)


@dataclass(slots=True)
class IngestReport:
    file: str
    status: IngestStatus
    reason: str | None = None
    # what was parsed, without its sections' text (that is in the store): a big import holds
    # every report until it ends
    document: ParsedDocument | None = None
    characters_linked: list[str] = field(default_factory=list)
    source: str | None = None  # the URL or file name, for a report without a document

    def as_json(self) -> dict[str, object]:
        doc = self.document
        return {
            "file": self.file,
            "status": self.status.value,
            "reason": self.reason,
            "anime": doc.anime_title if doc else None,
            "kind": str(doc.kind) if doc else None,
            "episode": doc.episode if doc else None,
            "score": doc.score.raw if doc and doc.score else None,
            "score_100": doc.score.score_100 if doc and doc.score else None,
            "sections": [{"kind": str(s.kind), "spoiler": s.spoiler} for s in doc.sections]
            if doc
            else [],
            "characters": list(self.characters_linked),
            "title": doc.title or None if doc else None,
            "author": doc.author if doc else None,
            "published": doc.published if doc else None,
            "source": (doc.identity_source if doc else None) or self.source,
            "evidence": {name: list(lines) for name, lines in doc.evidence} if doc else {},
        }


# --------------------------------------------------------------------------- preferences


class SpoilerPolicy(StrEnum):
    """How a server wants spoiler-bearing answers delivered."""

    WRAP = "wrap"  # in the channel, inside spoiler tags (the default)
    EPHEMERAL = "ephemeral"  # only the person who asked sees them
    THREAD = "thread"  # in a per-episode discussion thread the bot creates or reuses

    @property
    def label(self) -> str:
        return {
            SpoilerPolicy.WRAP: "wrap — spoiler tags in the channel",
            SpoilerPolicy.EPHEMERAL: "ephemeral — spoiler-bearing answers only to the asker",
            SpoilerPolicy.THREAD: "thread — recaps and spoiler-bearing reviews in episode threads",
        }[self]


@dataclass(frozen=True, slots=True)
class GuildSettings:
    guild_id: int
    spoiler_policy: SpoilerPolicy = SpoilerPolicy.WRAP
    default_anime_id: int | None = None


@dataclass(frozen=True, slots=True)
class Readers:
    """What the store knows of who reads an answer about one anime: the asker's own progress,
    the server's default progress, and the server's spoiler policy."""

    own: int | None = None
    server: int | None = None
    policy: SpoilerPolicy = SpoilerPolicy.WRAP


# --------------------------------------------------------------------------- feeds


@dataclass(frozen=True, slots=True)
class FeedRecord:
    """A followed feed as the store keeps it: who added it, its fetch state and its health."""

    id: int
    url: str
    title: str | None
    anime: str | None  # forced anime (`feeds add --anime NAME`)
    full_text: bool
    operator: bool  # added from the command line
    guilds: int  # how many servers follow it
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None  # ISO 8601 UTC
    failures: int = 0
    failing_since: str | None = None
    next_attempt: str | None = None
    last_error: str | None = None
    added_at: str | None = None

    @property
    def guarded(self) -> bool:
        """Fetched through the private-address guard: only servers added it, not the operator."""
        return not self.operator


@dataclass(frozen=True, slots=True)
class AnnounceSettings:
    guild_id: int
    channel_id: int
    anime_id: int | None
    since: str
    disabled_reason: str | None = None

    @property
    def enabled(self) -> bool:
        return self.disabled_reason is None


@dataclass(frozen=True, slots=True)
class PendingAnnouncement:
    """A review newly added from a feed that one server has still to be told about."""

    guild_id: int
    channel_id: int
    document_id: int
    site: str | None  # the feed's title
    feed_url: str
