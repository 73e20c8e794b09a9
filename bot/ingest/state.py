"""The one object the ingestion stages work on, from raw text to a ParsedDocument."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.ingest.detect.score import ascii_lowered
from bot.ingest.frontmatter import FrontMatter
from bot.ingest.page import PageMeta
from bot.models import (
    Catalog,
    DocumentFacts,
    DocumentKind,
    ParsedCharacter,
    ParsedDocument,
    ParsedSection,
    Prelinked,
    Score,
)
from bot.text.names import fold

__all__ = ["Draft"]


@dataclass(slots=True, eq=False)
class Draft:
    """A document being parsed. Each field after the inputs is set by the stage named beside
    it; the pipeline runs the stages in order, so a stage reads only what earlier ones set."""

    text: str  # input
    source_name: str | None = None  # input
    catalogs: Sequence[Catalog] = ()  # input
    meta: PageMeta | None = None  # input: what a web page's markup says (None: a text file)
    forced_anime: str | None = None  # input: `ingest --anime NAME`, already matched
    known_anime: Sequence[str] = ()  # input: anime in the store that no catalog knows
    source: str | None = None  # input: canonical URL, URL or file name
    content_hash: str = ""  # normalise
    lines: list[str] = field(default_factory=list)  # normalise; front matter; boilerplate
    front_matter: FrontMatter = field(default_factory=FrontMatter)  # frontmatter
    boilerplate_removed: int = 0  # boilerplate
    # boilerplate: a chat export whose members talk it over, no one's post standing out (kept
    # whole): no one there is the reviewer
    chat_discussion: bool = False
    title: str = ""  # detect.title
    title_is_line: bool = False  # detect.title: the title is the document's first line
    # detect.title: the title as its Markdown heading shows it, when its emphasis marks made
    # it differ ("*Name*" shown as "Name"); `title` keeps them for the detectors
    shown_title: str = ""
    body_from: int = 0  # detect.title: the index in `lines` after the title
    byline_rating: str = ""  # detect.title: a byline before the title holding star glyphs
    kicker: str = ""  # detect.title: section labels above the headline ("TV RECAPS", "RECAP")
    chat_header: tuple[str, ...] = ()  # detect.title: a chat export's header ("Channel: …")
    # detect.title: a text's breadcrumbs above its headline, crumb by crumb ("Forums",
    # "Anime", "<Show>"), as a page's markup gives them in meta.breadcrumbs
    crumbs: tuple[str, ...] = ()
    # detect.title: the community a post copied as text was posted in, named on a line of
    # its own above the post ("r/<Community>", "r/<Community> • Posted by u/…"): its name
    community: str = ""
    paragraphs: list[str] = field(default_factory=list)  # structure
    episode: int | None = None  # detect.episode
    # detect.episode: the words saying how far a first look went, when they gave the episode
    # ("Two episodes into <Show>", "After three episodes")
    episode_reached: str = ""
    # detect.episode: the number within its season, when the episode was counted through the
    # seasons ("Season 3, Episode 1" over "episode 38 overall": 1)
    episode_in_season: int | None = None
    catalog: Catalog | None = None  # detect.anime
    anime_title: str = ""  # detect.anime
    # detect.anime: the opening's heading that names the show by another name, which the
    # aside under it gives as the anime's ("First impressions: <Romaji>" over "(<Known> in
    # English …)"), when that heading chose it
    anime_heading: str = ""
    kind: DocumentKind = DocumentKind.SEASON_REVIEW  # detect.kind; structure.build_sections
    title_says_recap: bool = False  # detect.kind; structure.find_sections
    episode_title: str | None = None  # structure.take_episode_title
    recap_heading: str | None = None  # structure.find_sections
    review_heading: str | None = None  # structure.find_sections
    split_at: int | None = None  # structure.find_sections: the heading after a recap
    body: str = ""  # structure.find_sections
    declares_spoilers: bool = False  # detect.spoilers
    score: Score | None = None  # detect.score
    about_episode: int | None = None  # detect.episode.detect_about_episode
    sections: list[ParsedSection] = field(default_factory=list)  # structure.build_sections
    facts: DocumentFacts | None = None  # detect.verdict
    characters: tuple[ParsedCharacter, ...] = ()  # detect.characters
    evidence: dict[str, list[str]] = field(default_factory=dict)  # every detector
    # body_lowered's, with the body it is of
    _lowered: tuple[str, bytes] | None = field(default=None, init=False, repr=False)

    def body_lowered(self) -> bytes:
        """ascii_lowered(self.body), worked out once for the detectors that search the body
        for a word in any casing (a pass over the whole body each time)."""
        cached = self._lowered
        if cached is None or cached[0] is not self.body:
            cached = self._lowered = (self.body, ascii_lowered(self.body))
        return cached[1]

    def summary(self) -> str:
        """What the document says of itself beside its title, else "": a static site's front
        matter summary, else a web page's description in its markup (which themes fill from
        that summary), which the text need not repeat."""
        described = self.meta.description if self.meta is not None else None
        return self.front_matter.summary or described or ""

    def filing_crumbs(self) -> tuple[str, ...]:
        """The page's breadcrumbs, the sections filing it (its markup's, else the trail a
        text drops above its headline: "Home › Recaps › <Show>"), less a crumb the headline
        holds (its own, "… › <Show> Episode 5 Recap")."""
        crumbs = (self.meta.breadcrumbs if self.meta is not None else ()) or self.crumbs
        if not crumbs:
            return ()
        headline = fold(self.title)
        return tuple(crumb for crumb in crumbs if fold(crumb) not in headline)

    def explain(self, name: str, line: str) -> None:
        """Record one line of evidence for field `name` (what was chosen or ignored, why)."""
        self.evidence.setdefault(name, []).append(line)

    def document(self, links: Prelinked | None = None) -> ParsedDocument:
        """The finished document (`links`: what a linker found in its sections)."""
        fm = self.front_matter
        meta = self.meta or PageMeta()
        return ParsedDocument(
            title=self.shown_title or self.title,
            anime_title=self.anime_title,
            kind=self.kind,
            episode=self.episode,
            sections=tuple(self.sections),
            content_hash=self.content_hash,
            episode_title=self.episode_title,
            score=self.score,
            url=fm.url or meta.url,
            author=fm.author or meta.author,
            published=fm.published or meta.published,
            source_name=self.source_name,
            characters=self.characters,
            source=fm.url or self.source,
            evidence=tuple((k, tuple(v)) for k, v in self.evidence.items()),
            facts=self.facts,
            links=links,
        )
