"""A deterministic generator of a large, realistic corpus for the benchmarks.

`generate(directory, docs=10_000)` writes N plain-text documents in the seed format (first
impressions, episode reviews split by "The Episode Review", recaps, season reviews) about 50
invented anime, plus one TOML catalog per anime in the format `bot.catalog` reads. Every word
that is not plain English glue is invented from syllables, so no copyrighted text is involved.
The same arguments always give byte-identical files.

    python -m bench.generate DIR [--docs N] [--seed S]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import logging
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.models import (
    Catalog,
    CatalogAlias,
    CatalogCharacter,
    CatalogEpisode,
    CatalogFact,
    DocumentKind,
)

log = logging.getLogger(__name__)

DEFAULT_DOCS = 10_000
DEFAULT_ANIME = 50
DEFAULT_CHARACTERS = 1_000
DEFAULT_SEED = 20240111
DEFAULT_DOC_BYTES = 10_000
MIN_EPISODES, MAX_EPISODES = 12, 26
VOCABULARY_SIZE = 6_000
MAIN_CAST = 4  # the first characters of each cast appear in most documents

# Share of each kind among the documents (the rest are episode reviews).
KIND_SHARES: tuple[tuple[DocumentKind, float], ...] = (
    (DocumentKind.FIRST_IMPRESSIONS, 0.08),
    (DocumentKind.RECAP, 0.35),
    (DocumentKind.SEASON_REVIEW, 0.10),
    (DocumentKind.EPISODE_REVIEW, 0.47),
)

# --------------------------------------------------------------------------- invented words


def _split(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


_WORD_SYLLABLES = _split(
    "ka ri mo zen tal vor shi lu dra nek fi om bar quel sta yu ren gol pha tir ve sen ku "
    "mar dol ith ra no bex cor lin sab tu ga hel pri dun wes zo ab ner fal ost mi tre ul "
    "jo kas pen dri vel su rok nim ae"
)
_NAME_SYLLABLES = _split(
    "a ka ki ko sa shi su se ta to na ni no ha hi ma mi mo ya yu ra ri ro re wa ze ji da "
    "do be bi ga go ru ne mu fu chi kei ryo sho yo tsu zu"
)
_SURNAME_SYLLABLES = _split(
    "dor val mer kest hal brin sol var tesk lom gard fen rath wyn cal mor dres hollo "
    "quin stav ler ost ran vick bel tor"
)
_TITLE_NOUNS = _split(
    "Requiem Horizon Circuit Garden Protocol Lantern Frontier Signal Cathedral Engine "
    "Tempest Archive Harbor Orbit Parade Sonata Voltage Labyrinth Meridian Ember"
)
_PLACES = _split(
    "harbor district|old cathedral|rooftop garden|underground market|orbital station|"
    "train yard|research wing|abandoned theater|river docks|city archive|desert outpost|"
    "academy courtyard",
    "|",
)
_ADJECTIVES = _split(
    "solid uneven striking muddled gorgeous flat tense clumsy confident sluggish bright "
    "grim earnest chaotic tender restrained loud elegant patient rushed moody sharp"
)
_SERVICES = ("Crunchyroll", "HIDIVE", "Netflix")
_FILES_SAFE = re.compile(r"[^a-z0-9]+")


def _invent(rng: random.Random, syllables: Sequence[str], low: int, high: int) -> str:
    return "".join(rng.choice(syllables) for _ in range(rng.randint(low, high)))


def _unique(make: Callable[[], str], taken: set[str]) -> str:
    while True:
        word = make()
        if len(word) >= 3 and word.casefold() not in taken:
            taken.add(word.casefold())
            return word


# --------------------------------------------------------------------------- sentence templates

# `{c}`/`{d}`: two characters; `{w}`, `{x}`: invented words; `{a}`: an adjective; `{p}`: a place;
# `{t}`: the anime title; `{e}`: the episode number. Written for this generator.
_RECAP_TEMPLATES = (
    "{c} arrives at the {p} and confronts {d} about the missing {w}.",
    "Meanwhile, {c} learns from {d} that the {w} was never meant to leave the {p}.",
    "We cut to {c}, who is still searching for the {w} {x}.",
    "{c} reveals that the {w} belongs to the {x} council.",
    "After a brief fight at the {p}, {d} escapes with the {w}.",
    "{c} and {d} argue about the {w} until a {x} alarm interrupts them.",
    "Back at the {p}, {c} examines the {w} and finds a hidden {x}.",
    "{d} tells {c} that the {w} {x} will arrive before dawn.",
    "The episode shifts to the {p}, where {c} meets an old {w} contact.",
    "{c} refuses the {w} because {d} would stop functioning without it.",
    "A broadcast about the {w} {x} plays over the city while {c} watches.",
    "{d} hands {c} a {w} and leaves without another word.",
    "The two share a quiet meal at the {p} and talk about the {w}.",
    "{c} follows {d} into the {p} and loses the trail near the {w}.",
    "When the {x} collapses, {c} pulls {d} out of the {w}.",
    "{c} injects the {w} and prepares for the fight at the {p}.",
    "It turns out the {w} was stolen by {d}’s own {x} crew.",
    "The episode closes with {c} and {d} walking toward the {p}.",
)
_REVIEW_TEMPLATES = (
    "The animation during the {w} sequence is {a}, and the score carries the quieter scenes.",
    "{c} remains the most {a} character so far, mostly thanks to the {w} subplot.",
    "I am not convinced the {w} arc needed another episode, but the pacing is {a}.",
    "The fight between {c} and {d} at the {p} is the highlight of episode {e}.",
    "Episode {e} spends a lot of time on the {w} {x}, and it mostly pays off.",
    "The direction around the {p} is {a}, even when the script is not.",
    "If {t} keeps this momentum, it could be one of the {a} shows of the season.",
    "The chemistry between {c} and {d} is the reason I keep coming back.",
    "I wish the writers trusted the audience with the {w} instead of explaining it twice.",
    "The {w} lore is {a}, though the show drip-feeds it a little too slowly.",
    "{c} gets a {a} moment near the end that reframes the whole {w} conflict.",
    "The soundtrack leans on {x} motifs that suit the {p} perfectly.",
    "Some of the CG in the {w} scenes looks {a}, which pulls me out of the moment.",
    "It is a “{a}” episode in the best sense: the {w} finally matters.",
    "The supporting cast, especially {d}, still feels {a} compared to {c}.",
    "As a whole, {t} handles the {w} theme with more care than I expected.",
    "The cliffhanger about the {w} {x} feels {a} rather than earned.",
    "I’d call the worldbuilding around the {p} {a}, and that is a compliment.",
)
_SLOT = re.compile(r"\{(\w)\}")


def _compile(template: str) -> tuple[str, ...]:
    """Split a template into literal/slot parts: odd indexes are slot letters."""
    return tuple(_SLOT.split(template))


_RECAPS = tuple(_compile(t) for t in _RECAP_TEMPLATES)
_REVIEWS = tuple(_compile(t) for t in _REVIEW_TEMPLATES)


# --------------------------------------------------------------------------- the world


@dataclass(frozen=True, slots=True)
class GeneratedAnime:
    catalog: Catalog
    cast_weights: tuple[float, ...]  # cumulative weights over catalog.characters


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """What one generated file is about (the bench picks realistic arguments from these)."""

    file: str
    anime: str  # the anime title
    kind: DocumentKind
    episode: int | None
    score: str | None


@dataclass(frozen=True, slots=True)
class Corpus:
    directory: Path
    documents: tuple[Path, ...]
    catalog_dir: Path
    catalogs: tuple[Catalog, ...]
    specs: tuple[DocumentSpec, ...]
    vocabulary: tuple[str, ...]  # invented words, most frequent first

    @property
    def bytes(self) -> int:
        return sum(p.stat().st_size for p in self.documents)


def _vocabulary(rng: random.Random, taken: set[str]) -> list[str]:
    return [
        _unique(lambda: _invent(rng, _WORD_SYLLABLES, 2, 3), taken) for _ in range(VOCABULARY_SIZE)
    ]


def _world(
    rng: random.Random, anime: int, characters: int, taken: set[str]
) -> list[GeneratedAnime]:
    def name() -> str:
        return _unique(lambda: _invent(rng, _NAME_SYLLABLES, 2, 3).capitalize(), taken)

    def surname() -> str:
        return _invent(rng, _SURNAME_SYLLABLES, 2, 2).capitalize()

    per_anime = [characters // anime + (1 if i < characters % anime else 0) for i in range(anime)]
    world: list[GeneratedAnime] = []
    for index, count in enumerate(per_anime):
        word = _unique(lambda: _invent(rng, _WORD_SYLLABLES, 2, 3).capitalize(), taken)
        title = f"{word} {_TITLE_NOUNS[index % len(_TITLE_NOUNS)]}"
        slug = _FILES_SAFE.sub("-", title.lower()).strip("-")
        episode_count = rng.randint(MIN_EPISODES, MAX_EPISODES)
        episodes = tuple(
            CatalogEpisode(n, f"The {rng.choice(_ADJECTIVES).capitalize()} {name()}")
            for n in range(1, episode_count + 1)
        )
        cast: list[CatalogCharacter] = []
        for position in range(count):
            first, last = name(), surname()
            aliases = [CatalogAlias(first)]
            if rng.random() < 0.3:  # a secret identity, revealed mid-season
                aliases.append(CatalogAlias(name(), rng.randint(2, episode_count)))
            if rng.random() < 0.2:  # a public nickname
                aliases.append(CatalogAlias(f"{name()} {last}"))
            variants = (first[:-2] + first[-1] + first[-2],) if rng.random() < 0.05 else ()
            if variants and variants[0].casefold() in taken:
                variants = ()
            facts = tuple(
                CatalogFact(
                    f"{first} keeps a {rng.choice(_ADJECTIVES)} secret about the "
                    f"{rng.choice(_PLACES)}.",
                    rng.choice((None, rng.randint(1, episode_count))),
                )
                for _ in range(rng.randint(0, 2))
            )
            cast.append(
                CatalogCharacter(
                    name=f"{first} {last}",
                    aliases=tuple(aliases),
                    voice_actor=f"{name()} {surname()}" if rng.random() < 0.9 else None,
                    description=f"A {rng.choice(_ADJECTIVES)} {rng.choice(_PLACES)} regular."
                    if position < MAIN_CAST or rng.random() < 0.5
                    else None,
                    first_episode=1 if position < MAIN_CAST else rng.randint(1, episode_count),
                    facts=facts,
                    variants=variants,
                )
            )
        catalog = Catalog(
            title=title,
            slug=slug,
            aliases=(f"{word} no {name()}",),
            episode_count=episode_count,
            episodes=episodes,
            characters=tuple(cast),
        )
        weights = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(count)))
        world.append(GeneratedAnime(catalog, tuple(weights)))
    return world


# --------------------------------------------------------------------------- TOML


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _toml_inline(fields: Sequence[tuple[str, object]]) -> str:
    parts = [f"{k} = {_toml_value(v)}" for k, v in fields if v is not None]
    return "{ " + ", ".join(parts) + " }"


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {value!r}")


def catalog_toml(catalog: Catalog) -> str:
    """The catalog as `bot.catalog.load_catalog` reads it."""
    lines = [
        f"title = {_toml_string(catalog.title)}",
        f"slug = {_toml_string(catalog.slug)}",
        f"aliases = {_toml_value(list(catalog.aliases))}",
    ]
    if catalog.episode_count is not None:
        lines.append(f"episode_count = {catalog.episode_count}")
    for episode in catalog.episodes:
        lines += ["", "[[episodes]]", f"number = {episode.number}"]
        if episode.title is not None:
            lines.append(f"title = {_toml_string(episode.title)}")
    for character in catalog.characters:
        lines += ["", "[[characters]]", f"name = {_toml_string(character.name)}"]
        if character.voice_actor is not None:
            lines.append(f"voice_actor = {_toml_string(character.voice_actor)}")
        if character.description is not None:
            lines.append(f"description = {_toml_string(character.description)}")
        if character.first_episode is not None:
            lines.append(f"first_episode = {character.first_episode}")
        if character.aliases:
            aliases = ", ".join(
                _toml_inline((("name", a.name), ("revealed_in", a.revealed_in)))
                for a in character.aliases
            )
            lines.append(f"aliases = [{aliases}]")
        if character.variants:
            lines.append(f"variants = {_toml_value(list(character.variants))}")
        if character.facts:
            facts = ", ".join(
                _toml_inline((("text", f.text), ("revealed_in", f.revealed_in)))
                for f in character.facts
            )
            lines.append(f"facts = [{facts}]")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- documents


class _Writer:
    """Builds one document's text from the templates; every choice comes from `rng`."""

    def __init__(
        self,
        rng: random.Random,
        anime: GeneratedAnime,
        episode: int | None,
        vocabulary: Sequence[str],
        vocabulary_weights: Sequence[float],
    ) -> None:
        self.rng = rng
        self.anime = anime
        self.episode = episode
        self.vocabulary = vocabulary
        self.vocabulary_weights = vocabulary_weights
        self.introduced: set[str] = set()
        self.with_actor = rng.random() < 0.6  # "Name (Voice Actor)" on first mention
        # the part of the cast this document talks about: mostly the main cast
        characters = anime.catalog.characters
        picked = {self._pick_index(characters) for _ in range(rng.randint(4, 9))} | set(
            range(min(2, len(characters)))
        )
        self.cast = [characters[i] for i in sorted(picked)]
        self.words = self._words(256)

    def _pick_index(self, characters: Sequence[CatalogCharacter]) -> int:
        weights = self.anime.cast_weights
        return bisect.bisect(weights, self.rng.random() * weights[-1]) % len(characters)

    def _words(self, k: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.vocabulary_weights, k=k)

    def refer(self, character: CatalogCharacter) -> str:
        rng = self.rng
        if character.name not in self.introduced:
            self.introduced.add(character.name)
            if self.with_actor and character.voice_actor:
                return f"{character.name} ({character.voice_actor})"
            return character.name
        roll = rng.random()
        if character.variants and roll < 0.03:
            return character.variants[0]
        if roll < 0.2:
            return character.name
        revealed = [
            a.name
            for a in character.aliases[1:]
            if a.revealed_in is None or (self.episode is not None and a.revealed_in <= self.episode)
        ]
        if revealed and roll < 0.3:
            return rng.choice(revealed)
        return character.aliases[0].name if character.aliases else character.name

    def sentence(self, templates: Sequence[tuple[str, ...]]) -> str:
        random_ = self.rng.random
        parts = templates[int(random_() * len(templates))]
        if len(self.words) < 8:
            self.words = self._words(256)
        cast = self.cast
        first = int(random_() * len(cast))
        second = (first + 1 + int(random_() * (len(cast) - 1))) % len(cast)
        out: list[str] = []
        for i, part in enumerate(parts):
            if not i % 2:
                out.append(part)
            elif part == "c":
                out.append(self.refer(cast[first]))
            elif part == "d":
                out.append(self.refer(cast[second]))
            elif part in "wx":
                out.append(self.words.pop())
            elif part == "a":
                out.append(_ADJECTIVES[int(random_() * len(_ADJECTIVES))])
            elif part == "p":
                out.append(_PLACES[int(random_() * len(_PLACES))])
            elif part == "t":
                out.append(self.anime.catalog.title)
            elif part == "e":
                out.append(str(self.episode or 1))
        text = "".join(out)
        return text[0].upper() + text[1:]

    def paragraphs(self, templates: Sequence[tuple[str, ...]], size: int) -> list[str]:
        """Paragraphs of 4-8 sentences, about `size` characters in all."""
        paragraphs: list[str] = []
        total = 0
        while total < size:
            paragraph = " ".join(self.sentence(templates) for _ in range(self.rng.randint(4, 8)))
            paragraphs.append(paragraph)
            total += len(paragraph) + 2
        return paragraphs


def _score(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(4, 10)}/10"
    return f"{rng.randint(45, 95)} out of 100"


def _document(
    rng: random.Random,
    anime: GeneratedAnime,
    kind: DocumentKind,
    vocabulary: Sequence[str],
    vocabulary_weights: Sequence[float],
    size: int,
) -> tuple[str, int | None, str | None]:
    """(text, episode, score as written) of one document in the seed format."""
    catalog = anime.catalog
    count = catalog.episode_count or 12
    title = catalog.title
    if kind is DocumentKind.SEASON_REVIEW:
        episode = None
    elif kind is DocumentKind.FIRST_IMPRESSIONS:
        episode = 1 if rng.random() < 0.8 else rng.randint(2, 3)
    else:
        episode = rng.randint(1, count)
    writer = _Writer(rng, anime, episode, vocabulary, vocabulary_weights)
    episode_title = catalog.episodes[episode - 1].title if episode else None
    lines: list[str]
    score: str | None = None
    if kind is DocumentKind.FIRST_IMPRESSIONS:
        lines = [f"{title} – Ep. {episode} (First Impressions)"]
        body = writer.paragraphs(_REVIEWS, size)
        if rng.random() < 0.3:
            score = _score(rng)
            body.append(f"For now, I would give the premiere a cautious {score}.")
        lines += body
    elif kind is DocumentKind.RECAP:
        lines = [f"{title} – Episode {episode} Recap", str(episode_title)]
        lines += writer.paragraphs(_RECAPS, size)
    elif kind is DocumentKind.EPISODE_REVIEW:
        season = "Season 1 " if rng.random() < 0.5 else ""
        lines = [f"{title} – {season}Episode {episode} Review", str(episode_title)]
        lines += writer.paragraphs(_RECAPS, size * 55 // 100)
        lines.append("The Episode Review")
        lines += writer.paragraphs(_REVIEWS, size * 45 // 100)
        if rng.random() < 0.5:
            score = _score(rng)
            lines.append(f"Overall, episode {episode} earns a {score} from me.")
    else:
        lines = [rng.choice((f"{title}: Anime Review", f"{title} – Season 1 Review"))]
        if rng.random() < 0.5:
            lines.append("This review contains minor spoilers for the whole season.")
        lines += writer.paragraphs(_REVIEWS, size)
        if rng.random() < 0.9:
            score = _score(rng)
            lines.append(f"So in the final assessment, {title} earns a respectable {score}.")
    if rng.random() < 0.3:
        lines.append(f"Watch {title} on {rng.choice(_SERVICES)}")
    if rng.random() < 0.3:
        lines.append("Leave a comment")
    return "\n\n".join(lines) + "\n", episode, score


def _kinds(rng: random.Random, n: int) -> list[DocumentKind]:
    weights = list(itertools.accumulate(share for _, share in KIND_SHARES))
    kinds = [kind for kind, _ in KIND_SHARES]
    return [kinds[bisect.bisect(weights, rng.random() * weights[-1])] for _ in range(n)]


def generate(
    directory: Path,
    *,
    docs: int = DEFAULT_DOCS,
    anime: int = DEFAULT_ANIME,
    characters: int = DEFAULT_CHARACTERS,
    seed: int = DEFAULT_SEED,
    doc_bytes: int = DEFAULT_DOC_BYTES,
) -> Corpus:
    """Write `docs` documents to `directory`/docs and the catalogs to `directory`/catalog."""
    if anime < 1 or characters < 2 * anime or docs < 0:
        raise ValueError("need at least one anime and two characters per anime")
    rng = random.Random(seed)
    taken: set[str] = {w.casefold() for w in _ADJECTIVES + _TITLE_NOUNS}
    vocabulary = _vocabulary(rng, taken)
    vocabulary_weights = list(
        itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocabulary)))
    )
    world = _world(rng, anime, characters, taken)

    docs_dir = directory / "docs"
    catalog_dir = directory / "catalog"
    docs_dir.mkdir(parents=True, exist_ok=True)
    catalog_dir.mkdir(parents=True, exist_ok=True)
    for generated in world:
        path = catalog_dir / f"{generated.catalog.slug}.toml"
        path.write_text(catalog_toml(generated.catalog), encoding="utf-8")

    paths: list[Path] = []
    specs: list[DocumentSpec] = []
    for number, kind in enumerate(_kinds(rng, docs)):
        subject = world[number % len(world)]
        size = max(2_000, min(int(rng.gauss(doc_bytes, doc_bytes / 5)), 2 * doc_bytes))
        text, episode, score = _document(rng, subject, kind, vocabulary, vocabulary_weights, size)
        name = f"{number:05d}_{subject.catalog.slug}_{kind}.txt"
        path = docs_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        specs.append(DocumentSpec(name, subject.catalog.title, kind, episode, score))
    log.info("Generated %d documents about %d anime in %s", docs, anime, directory)
    return Corpus(
        directory=directory,
        documents=tuple(paths),
        catalog_dir=catalog_dir,
        catalogs=tuple(g.catalog for g in world),
        specs=tuple(specs),
        vocabulary=tuple(vocabulary),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    corpus = generate(args.directory, docs=args.docs, seed=args.seed)
    print(f"{len(corpus.documents)} documents, {corpus.bytes} bytes, in {args.directory}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
