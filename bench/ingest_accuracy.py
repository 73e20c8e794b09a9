"""Ingestion accuracy on the hand-labelled corpus (issue 11): `python -m bench.ingest_accuracy`.

The corpus (``tests/ingest_corpus/``, see its README) has two parts, ``frozen/`` and
``open/``, each a folder of pages plus a hand-made ``key.json``. :func:`score_corpus` runs a
pluggable ``parse(path) -> fields`` over every page and compares the fields with the key:

- ``anime``, ``episode``, ``kind``, ``score``, ``score_100``, ``title``: accuracy per field;
- ``characters``: recall of the names the key says must be linked;
- foreign links: linked names the key lists as staff, real people or other franchises'
  characters (must be zero), and extra links (linked, but neither expected nor foreign).

A parse function returns a mapping with any of those keys (a missing key is ``None``),
``characters`` being the linked names (canonical names for a catalog anime), and ``error``
(a reason) when the page was rejected; a rejected page or a parse that raises misses every
field. Frozen and open are always reported separately: the frozen figure is the honest one,
so per-page misses are only ever printed for the open part.

:func:`current_code_parser` adapts today's ``bot.ingest`` (text only) to that interface. It
strips HTML tags crudely *in this adapter only*, because today's code cannot read HTML; that
is a stand-in for a baseline, not an extractor.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PARTS = ("frozen", "open")
FIELDS = ("anime", "episode", "kind", "score", "score_100", "title")
KINDS = frozenset({"first-impressions", "episode-review", "recap", "season-review"})
PAGE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "ingest_corpus"
SCORE_100_TOLERANCE = 0.5

Fields = Mapping[str, Any]
Parser = Callable[[Path], Fields]


class CorpusKeyError(Exception):
    """A key.json that does not follow the format in tests/ingest_corpus/README.md."""


# --------------------------------------------------------------------------- comparison

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "−": "-",
        "‐": "-",
    }
)
_INVISIBLE = re.compile("[\ufe0e\ufe0f\u200b\u200c\u200d\u2060]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Text as compared: NFKC, no emoji variation selectors, plain quotes and dashes,
    single spaces, case-folded."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip().casefold()


def normalise_score(text: str) -> str:
    """A score as compared: like :func:`normalise`, without any whitespace or end dots."""
    return _SPACES.sub("", normalise(text)).strip(".:;,")


def _alternatives(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def text_matches(expected: Any, got: Any, norm: Callable[[str], str] = normalise) -> bool:
    """`expected` is None, a string or a list of accepted strings."""
    accepted = _alternatives(expected)
    if accepted is None:
        return got is None
    if not isinstance(got, str):
        return False
    return norm(got) in {norm(a) for a in accepted}


def number_matches(expected: Any, got: Any, tolerance: float = 0.0) -> bool:
    if expected is None:
        return got is None
    if got is None or isinstance(got, bool) or not isinstance(got, int | float):
        return False
    return abs(float(got) - float(expected)) <= tolerance


def _words(name: str) -> list[str]:
    return normalise(name).split()


def _is_part_of(linked: str, foreign: str) -> bool:
    """Is `linked` the foreign name, or a run of its words ("Kevin" in "Kevin Penkin")?"""
    inner, outer = _words(linked), _words(foreign)
    if not inner:
        return False
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


# --------------------------------------------------------------------------- key


@dataclass(frozen=True, slots=True)
class Expected:
    anime: str
    episode: int | None
    kind: str
    score: str | list[str] | None
    score_100: float | None
    title: str | list[str] | None
    characters: tuple[str, ...]
    foreign: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Key:
    part: str
    known_anime: tuple[str, ...]
    pages: dict[str, Expected]


def _expected(name: str, raw: Mapping[str, Any]) -> Expected:
    missing = [f for f in (*FIELDS, "characters", "foreign") if f not in raw]
    if missing:
        raise CorpusKeyError(f"{name}: missing {', '.join(missing)}")
    if raw["kind"] not in KINDS:
        raise CorpusKeyError(f"{name}: unknown kind {raw['kind']!r}")
    if raw["episode"] is not None and not isinstance(raw["episode"], int):
        raise CorpusKeyError(f"{name}: episode must be an integer or null")
    return Expected(
        anime=raw["anime"],
        episode=raw["episode"],
        kind=raw["kind"],
        score=raw["score"],
        score_100=raw["score_100"],
        title=raw["title"],
        characters=tuple(raw["characters"]),
        foreign=tuple(raw["foreign"]),
    )


def load_key(part_dir: Path) -> Key:
    """The part's key.json, checked against the files beside it."""
    data = json.loads((part_dir / "key.json").read_text(encoding="utf-8"))
    pages = {name: _expected(name, raw) for name, raw in data["pages"].items()}
    files = {p.name for p in part_dir.iterdir() if p.suffix.lower() in PAGE_SUFFIXES}
    if files != set(pages):
        raise CorpusKeyError(
            f"{part_dir}: pages without a key entry {sorted(files - set(pages))}, "
            f"key entries without a page {sorted(set(pages) - files)}"
        )
    return Key(
        part=data.get("part", part_dir.name),
        known_anime=tuple(data.get("known_anime", ())),
        pages=pages,
    )


def known_anime(corpus_dir: Path) -> tuple[str, ...]:
    """Every part's known_anime (anime in the store, without a catalog, before ingestion)."""
    names: dict[str, None] = {}
    for part in PARTS:
        if (corpus_dir / part / "key.json").is_file():
            names.update(dict.fromkeys(load_key(corpus_dir / part).known_anime))
    return tuple(names)


# --------------------------------------------------------------------------- scoring


@dataclass(slots=True)
class PageResult:
    name: str
    expected: Expected
    got: dict[str, Any]
    error: str | None
    correct: dict[str, bool]
    characters_found: int
    characters_missed: tuple[str, ...]
    foreign_linked: tuple[str, ...]
    extra_linked: tuple[str, ...]


@dataclass(slots=True)
class PartReport:
    part: str
    pages: list[PageResult] = field(default_factory=list)

    def correct(self, name: str) -> int:
        return sum(p.correct[name] for p in self.pages)

    def accuracy(self, name: str) -> float:
        return self.correct(name) / len(self.pages) if self.pages else 0.0

    @property
    def characters_expected(self) -> int:
        return sum(len(p.expected.characters) for p in self.pages)

    @property
    def characters_found(self) -> int:
        return sum(p.characters_found for p in self.pages)

    @property
    def character_recall(self) -> float:
        expected = self.characters_expected
        return self.characters_found / expected if expected else 1.0

    @property
    def foreign_links(self) -> int:
        return sum(len(p.foreign_linked) for p in self.pages)

    @property
    def extra_links(self) -> int:
        return sum(len(p.extra_linked) for p in self.pages)

    @property
    def errors(self) -> int:
        return sum(p.error is not None for p in self.pages)


@dataclass(slots=True)
class Report:
    corpus: Path
    parts: dict[str, PartReport]


def score_page(name: str, expected: Expected, got: Fields | None, error: str | None) -> PageResult:
    """Compare one page's parsed fields with its key entry; an error misses every field."""
    fields: dict[str, Any] = dict(got or {})
    linked = [str(c) for c in fields.get("characters") or ()]
    if error is not None:
        correct = dict.fromkeys(FIELDS, False)
        linked = []
    else:
        correct = {
            "anime": text_matches(expected.anime, fields.get("anime")),
            "episode": number_matches(expected.episode, fields.get("episode")),
            "kind": fields.get("kind") == expected.kind,
            "score": text_matches(expected.score, fields.get("score"), normalise_score),
            "score_100": number_matches(
                expected.score_100, fields.get("score_100"), SCORE_100_TOLERANCE
            ),
            "title": text_matches(expected.title, fields.get("title")),
        }
    linked_norm = {normalise(n) for n in linked}
    expected_norm = {normalise(n) for n in expected.characters}
    missed = tuple(n for n in expected.characters if normalise(n) not in linked_norm)
    unexpected = [n for n in dict.fromkeys(linked) if normalise(n) not in expected_norm]
    foreign = tuple(
        f
        for f in expected.foreign
        if normalise(f) not in expected_norm and any(_is_part_of(n, f) for n in unexpected)
    )
    extra = tuple(n for n in unexpected if not any(_is_part_of(n, f) for f in expected.foreign))
    return PageResult(
        name=name,
        expected=expected,
        got=fields,
        error=error,
        correct=correct,
        characters_found=len(expected.characters) - len(missed),
        characters_missed=missed,
        foreign_linked=foreign,
        extra_linked=extra,
    )


def score_corpus(corpus_dir: Path, parse: Parser, parts: Iterable[str] = PARTS) -> Report:
    """Run `parse` on every page of each part present and score it against the part's key."""
    corpus_dir = Path(corpus_dir)
    report = Report(corpus=corpus_dir, parts={})
    for part in parts:
        part_dir = corpus_dir / part
        if not (part_dir / "key.json").is_file():
            continue
        key = load_key(part_dir)
        result = PartReport(part=part)
        for name in sorted(key.pages):
            got: Fields | None = None
            error: str | None = None
            try:
                got = parse(part_dir / name)
            except Exception as exc:  # a crash is a miss on every field, and is counted
                error = f"{type(exc).__name__}: {exc}"
            if got is not None and got.get("error"):
                error = str(got["error"])
            result.pages.append(score_page(name, key.pages[name], got, error))
        report.parts[part] = result
    return report


# --------------------------------------------------------------------------- output


def _cell(correct: int, total: int) -> str:
    return f"{100 * correct / total:5.1f}% ({correct}/{total})" if total else "-"


def render_table(report: Report) -> str:
    """One row per part: per-field accuracy, character recall, foreign and extra links."""
    header = ["part", "pages", *FIELDS, "char recall", "foreign", "extra", "rejected"]
    rows = [header]
    for part in report.parts.values():
        n = len(part.pages)
        rows.append(
            [
                part.part,
                str(n),
                *(_cell(part.correct(f), n) for f in FIELDS),
                _cell(part.characters_found, part.characters_expected),
                str(part.foreign_links),
                str(part.extra_links),
                str(part.errors),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def render_misses(part: PartReport) -> str:
    """Per-page misses. Never call this for the frozen part while tuning."""
    out: list[str] = []
    for page in part.pages:
        wrong = [f for f in FIELDS if not page.correct[f]]
        if not (wrong or page.characters_missed or page.foreign_linked or page.extra_linked):
            continue
        out.append(f"{part.part}/{page.name}")
        if page.error:
            out.append(f"  rejected: {page.error}")
        for f in wrong:
            if page.error is None:
                out.append(
                    f"  {f}: expected {getattr(page.expected, f)!r}, got {page.got.get(f)!r}"
                )
        if page.characters_missed:
            out.append(f"  characters missed: {', '.join(page.characters_missed)}")
        if page.foreign_linked:
            out.append(f"  FOREIGN linked: {', '.join(page.foreign_linked)}")
        if page.extra_linked:
            out.append(f"  extra links: {', '.join(page.extra_linked)}")
    return "\n".join(out)


# --------------------------------------------------------------------------- today's code


_DROP = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE
)
_BLOCK = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|section|article|aside|nav|header|footer|br"
    r"|figure|figcaption|form|title|main|blockquote|label|button|span|time|small|strong|b)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_BLANK_RUNS = re.compile(r"\n\s*\n(?:\s*\n)+")


def crude_text_from_html(markup: str) -> str:
    """Tags out, entities decoded, block tags as paragraph breaks. Baseline adapter only:
    no main-content extraction at all, so every piece of site chrome stays in."""
    text = _DROP.sub(" ", markup)
    text = _BLOCK.sub("\n\n", text)
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip() + "\n"


def current_code_parser(known: Sequence[str] = ()) -> Parser:
    """``parse(path)`` on today's ``bot.ingest.read_document`` + ``parse_document``.

    Catalogs are the bundled ones; each known anime (in the store, without a catalog) is
    passed as a bare catalog holding only its title, the closest today's parser comes to
    "an anime already in the store". Characters are linked as the store links them: every
    name, alias and variant of the anime's catalog characters, plus the characters the
    document itself taught ("Name (Voice Actor)"), with the anime's own title masked.
    """
    from bot import paths
    from bot.catalog import load_catalogs
    from bot.ingest import IngestError, find_mentions, parse_document, read_document
    from bot.models import Catalog

    catalogs = list(load_catalogs(paths.BUNDLED_CATALOGS))
    titles = {normalise(t) for c in catalogs for t in (c.title, *c.aliases)}
    for title in known:
        if normalise(title) not in titles:
            slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
            catalogs.append(Catalog(title=title, slug=slug))

    def parse(path: Path) -> dict[str, Any]:
        try:
            text = read_document(path)
            if path.suffix.lower() in {".html", ".htm"}:
                text = crude_text_from_html(text)
            doc = parse_document(text, source_name=path.name, catalogs=catalogs)
        except IngestError as exc:
            return {"error": exc.reason}
        catalog = next(
            (
                c
                for c in catalogs
                if normalise(doc.anime_title) in {normalise(t) for t in (c.title, *c.aliases)}
            ),
            None,
        )
        canonical: list[str] = []
        names: dict[int, tuple[str, ...]] = {}
        for character in catalog.characters if catalog else ():
            names[len(canonical)] = (
                character.name,
                *(a.name for a in character.aliases),
                *character.variants,
            )
            canonical.append(character.name)
        known_names = {normalise(n) for group in names.values() for n in group}
        for learned in doc.characters:
            if normalise(learned.name) not in known_names:
                names[len(canonical)] = (learned.name,)
                canonical.append(learned.name)
        body = re.sub(
            re.escape(doc.anime_title),
            lambda m: " " * len(m.group(0)),
            doc.text,
            flags=re.IGNORECASE,
        )
        linked = {canonical[m.key] for m in find_mentions(body, names)}
        return {
            "anime": doc.anime_title,
            "episode": doc.episode,
            "kind": doc.kind.value,
            "score": doc.score.raw if doc.score else None,
            "score_100": doc.score.score_100 if doc.score else None,
            "title": doc.title,
            "characters": sorted(linked),
        }

    return parse


# --------------------------------------------------------------------------- the real pipeline


def pipeline_parser(known: Sequence[str] = ()) -> Parser:
    """``parse(path)`` through the real ingestion: ``bot.ingest.ingest_paths`` into a fresh
    in-memory store per page (HTML through bot.web's trafilatura extraction, the bundled
    catalogs loaded, each known anime already in the store), reporting what the store linked.
    """
    import asyncio

    from bot import paths
    from bot.catalog import load_catalogs
    from bot.ingest import ingest_paths
    from bot.models import Catalog
    from bot.store import Store

    catalogs = list(load_catalogs(paths.BUNDLED_CATALOGS))
    titles = {normalise(t) for c in catalogs for t in (c.title, *c.aliases)}
    others = [t for t in known if normalise(t) not in titles]

    async def ingest(path: Path) -> dict[str, Any]:
        async with await Store.open(":memory:") as store:
            await store.migrate()
            for catalog in catalogs:
                await store.upsert_catalog(catalog)
            for title in others:  # "anime already in the store", as an earlier document made
                slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
                await store.upsert_catalog(Catalog(title=title, slug=slug))
            [report] = await ingest_paths(store, [path], catalogs=catalogs)
        doc = report.document
        if doc is None:
            return {"error": report.reason or str(report.status)}
        return {
            "anime": doc.anime_title,
            "episode": doc.episode,
            "kind": doc.kind.value,
            "score": doc.score.raw if doc.score else None,
            "score_100": doc.score.score_100 if doc.score else None,
            "title": doc.title or None,
            "characters": sorted(report.characters_linked),
        }

    def parse(path: Path) -> dict[str, Any]:
        return asyncio.run(ingest(path))

    return parse


# --------------------------------------------------------------------------- BENCHMARKS.md

SECTION_START = "<!-- ingest-accuracy:start -->"
SECTION_END = "<!-- ingest-accuracy:end -->"


def markdown_section(report: Report, command: str) -> str:
    """The accuracy table as a BENCHMARKS.md section (between markers, so it can be replaced)."""
    rows = [
        "| part | pages | " + " | ".join(FIELDS) + " | char recall | foreign | extra | rejected |",
        "|" + "---|" * (len(FIELDS) + 6),
    ]
    for part in report.parts.values():
        n = len(part.pages)
        cells = [_cell(part.correct(f), n).strip() for f in FIELDS]
        recall = _cell(part.characters_found, part.characters_expected).strip()
        rows.append(
            f"| {part.part} | {n} | " + " | ".join(cells) + f" | {recall} | {part.foreign_links} "
            f"| {part.extra_links} | {part.errors} |"
        )
    return "\n".join(
        [
            SECTION_START,
            "## Ingestion accuracy",
            "",
            f"`{command}`: the real ingestion pipeline (HTML through trafilatura, the bundled "
            "catalogs, the store's linking) on the hand-labelled corpus in "
            "`tests/ingest_corpus/`. The frozen part was never looked at while tuning: its row "
            "is the honest figure. Targets: anime 100%, episode >= 95%, kind >= 90%, "
            "score >= 95%, character recall >= 90% with no foreign character linked.",
            "",
            *rows,
            SECTION_END,
        ]
    )


def section_of(text: str) -> str | None:
    """The accuracy section of a BENCHMARKS.md text, if it has one."""
    start, end = text.find(SECTION_START), text.find(SECTION_END)
    if start < 0 or end < start:
        return None
    return text[start : end + len(SECTION_END)]


def write_section(markdown: Path, section: str) -> None:
    """Put `section` into BENCHMARKS.md: in place of the old one, else at the end."""
    text = markdown.read_text(encoding="utf-8") if markdown.is_file() else ""
    old = section_of(text)
    if old is not None:
        text = text.replace(old, section)
    else:
        text = (text.rstrip("\n") + "\n\n" if text.strip() else "") + section + "\n"
    markdown.parent.mkdir(parents=True, exist_ok=True)
    markdown.write_text(text, encoding="utf-8")


def record(markdown: Path, corpus: Path = DEFAULT_CORPUS, command: str = "") -> int:
    """`python -m bench --ingest-accuracy`: print the table and write it to BENCHMARKS.md."""
    report = score_corpus(corpus, pipeline_parser(known_anime(corpus)))
    print(f"Ingest accuracy (the real ingestion pipeline), {corpus}")
    print(render_table(report))
    print("The frozen row is the honest figure; the open row is what detectors may be tuned on.")
    write_section(
        markdown, markdown_section(report, command or "python -m bench --ingest-accuracy")
    )
    print(f"\nWrote the ingestion accuracy section of {markdown}")
    return 0


# --------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.ingest_accuracy",
        description="Per-field ingestion accuracy on the labelled corpus, frozen and open apart.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory")
    parser.add_argument("--part", choices=PARTS, action="append", help="only this part")
    parser.add_argument(
        "--misses", action="store_true", help="list the OPEN part's misses page by page"
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="score the old adapter (text parser, HTML tags stripped crudely) instead",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus} is not a directory", file=sys.stderr)
        return 2
    # Ingestion logs each rejected page by name: that would show the frozen part page by page.
    # Rejections are counted in the table; --misses lists the open part's.
    logging.basicConfig(level=logging.ERROR)
    known = known_anime(args.corpus)
    parse = current_code_parser(known) if args.baseline else pipeline_parser(known)
    report = score_corpus(args.corpus, parse, args.part or PARTS)
    how = "crude tag stripping, text parser" if args.baseline else "the real ingestion pipeline"
    print(f"Ingest accuracy ({how}), {args.corpus}")
    print(render_table(report))
    print("The frozen row is the honest figure; the open row is what detectors may be tuned on.")
    if args.misses and "open" in report.parts:
        print()
        print(render_misses(report.parts["open"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
