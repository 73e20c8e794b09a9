"""Characters (names, aliases, variants, facts) and the mentions linking them to sections.

A mention is one row per (character, section naming it), with the offset of the first naming
(migration 0010): linking at ingest finds which characters a section names, without cutting
sentences; the sentences are cut when read (`mentions`).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from types import ModuleType

from bot.models import (
    Alias,
    CatalogCharacter,
    CatalogVoiceActor,
    Character,
    CharacterChoice,
    DocumentKind,
    Fact,
    Mention,
    ParsedDocument,
    Prelinked,
    SectionKind,
)
from bot.store.base import Aggregate
from bot.store.cache import Caches, CharacterKeys
from bot.store.engine import Database, Row
from bot.text.choices import (
    ChoiceAlias,
    ChoiceEntry,
    ChoiceIndex,
    anime_resolving,
    choice_value,
    rank_choices,
    resolve,
)
from bot.text.linker import Linker
from bot.text.names import fit, fold, tokens

log = logging.getLogger(__name__)

SECTIONS_READ = 4
"""Sections `mentions` reads per round trip: whole texts (~10 KB each), of which a quote or
three usually need one or two; the engines' default (64-100 rows) held ~1 MB per lookup."""

# the characters columns of migration 0008 that a catalog sets, in UPDATE_CHARACTER_CATALOG_FIELDS
# order
CATALOG_FIELDS = (
    "native_name",
    "description_markup",
    "role",
    "image_url",
    "anilist_id",
    "anilist_url",
)

# A title opening a name of three words ("Dr. Roy Junghardt", "Prof. Ann Moss"): a text calls
# such a person by the title and the family name alone ("Dr. Junghardt"), as it does anyone
_HONORIFICS = frozenset({"dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "doctor", "professor"})
_TITLED_NAME_WORDS = 3
_ABBREVIATION_STOP = "."  # "Dr." is written "Dr" too (British usage, posts in lower case)


def titled_surnames(names: dict[int, list[str]]) -> dict[int, list[str]]:
    """Each character's title and family name ("Dr. Junghardt") of its names of a title, a
    given and a family name ("Dr. Roy Junghardt"), and of a title abbreviated with a stop
    ("Dr.", "Ms.") every such name also without the stop ("Dr Junghardt", "Dr Roy Junghardt",
    "Ms Sara" for "Ms. Sara"), as British usage and posts in lower case write it; unless
    another character goes by it or would too (two doctors of one family: neither is named
    by it)."""
    taken = {name for ns in names.values() for name in ns}
    owners: dict[str, set[int]] = {}
    for cid, ns in names.items():
        for name in ns:
            words = name.split()
            if len(words) < 2 or words[0].lower() not in _HONORIFICS:
                continue
            forms = [words]
            if len(words) == _TITLED_NAME_WORDS:
                forms.append([words[0], words[2]])
            if words[0].endswith(_ABBREVIATION_STOP):
                forms += [[form[0][:-1], *form[1:]] for form in list(forms)]
            for form in forms[1:]:
                owners.setdefault(" ".join(form), set()).add(cid)
    found: dict[int, list[str]] = {}
    for name, cids in owners.items():
        if len(cids) == 1 and name not in taken:
            found.setdefault(next(iter(cids)), []).append(name)
    return found


# (character id, section id, first_at): the section names the character, first at that offset
MentionRow = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Linked:
    """What linking found in one document: mention rows to store, and who was named."""

    rows: list[MentionRow]
    names: tuple[str, ...]  # canonical names, first named first


class Characters(Aggregate):
    def __init__(
        self,
        db: Database,
        sql: ModuleType,
        caches: Caches,
        *,
        choice_length: int,
    ) -> None:
        super().__init__(db, sql, caches)
        self.choice_length = choice_length  # a choice's name and value: at most this long

    # ----------------------------------------------------------------- reading

    async def get(self, character_id: int) -> Character:
        row = await self.db.fetchone(self.sql.GET_CHARACTER, (character_id,))
        if row is None:
            raise KeyError(character_id)
        aliases = await self.db.fetchall(self.sql.CHARACTER_ALIASES, (character_id,))
        facts = await self.db.fetchall(self.sql.CHARACTER_FACTS, (character_id,))
        voices = await self.db.fetchall(self.sql.CHARACTER_VOICE_ACTORS, (character_id,))
        return Character(
            id=row["id"],
            anime_id=row["anime_id"],
            anime_title=row["anime_title"],
            name=row["name"],
            aliases=tuple(Alias(r["name"], r["revealed_in"]) for r in aliases),
            voice_actor=row["voice_actor"],
            description=row["description"],
            first_episode=row["first_episode"],
            facts=tuple(Fact(r["text"], r["revealed_in"]) for r in facts),
            native_name=row["native_name"],
            description_markup=row["description_markup"],
            voice_actors=tuple(CatalogVoiceActor(r["name"], r["language"]) for r in voices),
            role=row["role"],
            image_url=row["image_url"],
            anilist_id=row["anilist_id"],
            anilist_url=row["anilist_url"],
        )

    async def secret_names(self, anime_id: int) -> tuple[tuple[str, int], ...]:
        """Every alias an episode reveals, with that episode (from the cached index)."""
        return tuple(
            sorted(
                (alias.name, alias.revealed_in)
                for entry in await self.entries(anime_id)
                for alias in entry.aliases
                if alias.revealed_in is not None and not alias.variant
            )
        )

    async def entries(self, anime_id: int | None) -> list[ChoiceEntry]:
        """(id, names) of every character of one anime (None: all), cached until a write."""
        cached = self.caches.characters.get(anime_id)
        if cached is not None:
            return cached
        every = self.caches.characters.get(None) if anime_id is not None else None
        if every is not None:  # the same entries, in the same (key, id) order, unread
            cached = self.caches.characters[anime_id] = [e for e in every if e.anime_id == anime_id]
            return cached
        length = self.choice_length
        aliases: dict[int, list[ChoiceAlias]] = {}
        for r in await self.db.fetchall(self.sql.CACHE_ALIASES, (anime_id, anime_id)):
            key = fold(r["name"])
            if key:
                aliases.setdefault(r["character_id"], []).append(
                    ChoiceAlias(
                        r["name"], key, tokens(key), r["revealed_in"], bool(r["is_variant"])
                    )
                )
        entries = []
        for r in await self.db.fetchall(self.sql.CACHE_CHARACTERS, (anime_id, anime_id)):
            key = fold(r["name"])
            if key:
                name = r["name"]
                entries.append(
                    ChoiceEntry(
                        id=r["id"],
                        anime_id=r["anime_id"],
                        name=name,
                        key=key,
                        tokens=tokens(key),
                        aliases=tuple(aliases.get(r["id"], ())),
                        voice_actor=r["voice_actor"],
                        value=choice_value(name, length),
                        shown=fit(name, length),
                    )
                )
        entries.sort(key=lambda e: (e.key, e.id))
        self.caches.characters[anime_id] = entries
        return entries

    async def resolve(self, q: str, anime_id: int | None) -> Character | None:
        chosen = resolve(await self.entries(anime_id), q)
        return None if chosen is None else await self.get(chosen)

    async def anime_resolving(self, q: str) -> list[int]:
        return anime_resolving(await self.entries(None), q)

    async def choices(
        self, q: str, anime_id: int | None, limit: int, progress: int | None
    ) -> list[CharacterChoice]:
        index = self.caches.choices.get(anime_id)
        if index is None:
            index = self.caches.choices[anime_id] = ChoiceIndex.build(
                await self.entries(anime_id), self.choice_length
            )
        return rank_choices(index, q, limit, progress)

    async def mentions(self, character_id: int, limit: int) -> list[Mention]:
        """Up to `limit` distinct sentences naming the character: its review sections, then its
        recap sections, each in document order, sentences in text order.

        The store keeps which sections name the character; the sentences are cut here, by the
        anime's linker (the same rule that linked them).
        """
        anime_id = await self.db.fetchval(self.sql.ANIME_OF_CHARACTER, (character_id,))
        if anime_id is None:
            return []
        linker = await self.linker(anime_id)
        found: list[Mention] = []
        seen: set[str] = set()
        for kind in (SectionKind.REVIEW, SectionKind.RECAP):
            params = (character_id, str(kind))
            reading = self.db.iterate(self.sql.MENTIONS_OF_CHARACTER, params, batch=SECTIONS_READ)
            async with aclosing(reading) as rows:
                async for r in rows:
                    text = r["text"]
                    for start, end in linker.sentences_naming(character_id, text):
                        sentence = " ".join(text[start:end].split())
                        key = sentence.casefold()
                        if not key or key in seen:
                            continue
                        seen.add(key)
                        found.append(
                            Mention(
                                character_id=character_id,
                                section_id=r["section_id"],
                                document_id=r["document_id"],
                                document_title=r["document_title"],
                                document_kind=DocumentKind(r["document_kind"]),
                                url=r["url"],
                                episode=r["episode"],
                                sentence=sentence,
                                spoiler=bool(r["spoiler"]),
                                about_episode=r["about_episode"],
                                section_kind=kind,
                            )
                        )
                        if len(found) >= limit:
                            return found
        return found

    # ----------------------------------------------------------------- writing

    async def learn(self, anime_id: int, doc: ParsedDocument) -> bool:
        """Create or complete the characters a document names; True when anything changed.

        A name matches a character by canonical name, alias or variant, or by being the
        unique first or last word of one canonical name ("Rouge" -> "Rouge Redstar").
        """
        if not doc.characters:
            return False
        known = await self._keys(anime_id)
        exact, by_word, actors = known.exact, known.by_word, known.actors
        changed = False
        for pc in doc.characters:
            key = fold(pc.name)
            if not key:
                continue
            character_id = exact.get(key)
            if character_id is None and len(ids := by_word.get(key, set())) == 1:
                character_id = next(iter(ids))
            if character_id is None:
                self.caches.keys.pop(anime_id, None)  # changed: these maps are this call's now
                params = (anime_id, " ".join(pc.name.split()), pc.voice_actor, None, doc.episode)
                character_id = int(await self.db.fetchval(self.sql.INSERT_CHARACTER, params))
                exact[key] = character_id
                actors[character_id] = pc.voice_actor
                changed = True
                log.info("New character %r learned from %r", pc.name, doc.title)
            elif pc.voice_actor and not actors.get(character_id):
                self.caches.keys.pop(anime_id, None)
                await self.db.execute(self.sql.FILL_VOICE_ACTOR, (pc.voice_actor, character_id))
                actors[character_id] = pc.voice_actor
                changed = True
        return changed

    async def _keys(self, anime_id: int) -> CharacterKeys:
        """The anime's CharacterKeys (cached until its characters change)."""
        known = self.caches.keys.get(anime_id)
        if known is not None:
            return known
        entries = await self.entries(anime_id)
        exact: dict[str, int] = {}
        for e in entries:
            exact.setdefault(e.key, e.id)
        for e in entries:
            for a in e.aliases:
                exact.setdefault(a.key, e.id)
        by_word: dict[str, set[int]] = {}
        for e in entries:
            for token in {e.tokens[0], e.tokens[-1]} if e.tokens else ():
                by_word.setdefault(token, set()).add(e.id)
        known = CharacterKeys(exact, by_word, {e.id: e.voice_actor for e in entries})
        self.caches.keys[anime_id] = known
        return known

    async def upsert(self, anime_id: int, cc: CatalogCharacter, curated: Collection[str]) -> int:
        """Insert or update one catalog character (inside the catalog's transaction)."""
        sql, db = self.sql, self.db
        row = await db.fetchone(sql.CHARACTER_BY_NAME, (anime_id, cc.name))
        if row is None:
            params = (anime_id, cc.name, cc.voice_actor, cc.description, cc.first_episode)
            character_id = int(await db.fetchval(sql.INSERT_CHARACTER, params))
        else:
            character_id = row["id"]
            wanted = (
                cc.voice_actor if cc.voice_actor is not None else row["voice_actor"],
                cc.description if cc.description is not None else row["description"],
                cc.first_episode if cc.first_episode is not None else row["first_episode"],
            )
            if wanted != (row["voice_actor"], row["description"], row["first_episode"]):
                await db.execute(sql.UPDATE_CHARACTER, (*wanted, character_id))
        await self._catalog_fields(character_id, cc, row)

        # A character learned from a document under one of this character's names (before the
        # catalog knew it) merges into it. Characters the catalog itself names are never merged.
        names = (
            {fold(cc.name)} | {fold(a.name) for a in cc.aliases} | {fold(v) for v in cc.variants}
        )
        if cc.native_name:
            names.add(fold(cc.native_name))
        for other in await db.fetchall(sql.CHARACTERS_OF_ANIME, (anime_id,)):
            other_key = fold(other["name"])
            if other["id"] != character_id and other_key in names and other_key not in curated:
                await db.execute(sql.MOVE_MENTIONS, (character_id, other["id"]))
                if other["voice_actor"]:
                    await db.execute(sql.FILL_VOICE_ACTOR, (other["voice_actor"], character_id))
                await db.execute(sql.DELETE_CHARACTER, (other["id"],))
                log.info("Merged %r into catalog character %r", other["name"], cc.name)

        # Aliases and variants: one row per name (an alias wins over a variant of the same name).
        want: dict[str, tuple[str, int | None, int]] = {}
        for alias in cc.aliases:
            if alias.name.strip() and alias.name.casefold() != cc.name.casefold():
                want.setdefault(alias.name.casefold(), (alias.name, alias.revealed_in, 0))
        for variant in cc.variants:
            if variant.strip() and variant.casefold() != cc.name.casefold():
                want.setdefault(variant.casefold(), (variant, None, 1))
        have = {
            r["name"].casefold(): (r["name"], r["revealed_in"], r["is_variant"])
            for r in await db.fetchall(sql.CHARACTER_ALIAS_ROWS, (character_id,))
        }
        for key, (stored_name, _, _) in have.items():
            if key not in want:
                await db.execute(sql.DELETE_CHARACTER_ALIAS, (character_id, stored_name))
        for key, (name, revealed_in, is_variant) in want.items():
            row_values = (name, revealed_in, is_variant)
            if key not in have:
                await db.execute(sql.INSERT_CHARACTER_ALIAS, (character_id, *row_values))
            elif have[key] != row_values:
                changed = (*row_values, character_id, have[key][0])
                await db.execute(sql.UPDATE_CHARACTER_ALIAS, changed)

        facts = [(f.text, f.revealed_in) for f in cc.facts]
        stored = [
            (r["text"], r["revealed_in"])
            for r in await db.fetchall(sql.CHARACTER_FACTS, (character_id,))
        ]
        if facts != stored:
            await db.execute(sql.DELETE_CHARACTER_FACTS, (character_id,))
            await db.executemany(
                sql.INSERT_CHARACTER_FACT,
                [(character_id, i, text, revealed) for i, (text, revealed) in enumerate(facts)],
            )
        return character_id

    async def _catalog_fields(
        self, character_id: int, cc: CatalogCharacter, row: Row | None
    ) -> None:
        """Store what only a catalog says (native name, spoiler-marked description, role,
        picture, AniList id and page, voice actors by language) exactly as the catalog has it."""
        sql, db = self.sql, self.db
        wanted = (
            cc.native_name,
            cc.description_markup,
            cc.role,
            cc.image_url,
            cc.anilist_id,
            cc.anilist_url,
        )
        stored = (None,) * len(wanted)
        if row is not None:
            stored = tuple(row[key] for key in CATALOG_FIELDS)
        if wanted != stored:
            await db.execute(sql.UPDATE_CHARACTER_CATALOG_FIELDS, (*wanted, character_id))
        voices = [(v.name, v.language) for v in cc.voice_actors]
        have = [
            (r["name"], r["language"])
            for r in await db.fetchall(sql.CHARACTER_VOICE_ACTORS, (character_id,))
        ]
        if voices != have:
            await db.execute(sql.DELETE_CHARACTER_VOICE_ACTORS, (character_id,))
            await db.executemany(
                sql.INSERT_CHARACTER_VOICE_ACTOR,
                [(character_id, i, name, language) for i, (name, language) in enumerate(voices)],
            )

    # ----------------------------------------------------------------- mention linking

    async def linker(self, anime_id: int) -> Linker:
        """The anime's mention linker (cached until its characters or names change).

        A character goes by its canonical name, aliases, variants (typos), each two-word name
        in the other word order, a titled name's title and family name ("Dr. Junghardt" for
        "Dr. Roy Junghardt": `titled_surnames`), and its voice actor when only that one
        character of the anime has that actor ("Voiced by Tomoyo Kurosawa, she ..." speaks
        of Naomi).
        """
        linker = self.caches.linkers.get(anime_id)
        if linker is not None:
            return linker
        sql, db = self.sql, self.db
        characters = await db.fetchall(sql.CHARACTERS_OF_ANIME, (anime_id,))
        names: dict[int, list[str]] = {r["id"]: [r["name"]] for r in characters}
        for row in await db.fetchall(sql.CHARACTER_ALIASES_OF_ANIME, (anime_id,)):
            names[row["character_id"]].append(row["name"])
        for row in characters:  # the name in the original script ("ルジュ・レッドスター")
            if row["native_name"]:
                names[row["id"]].append(row["native_name"])
        for ns in names.values():  # any word order: "Jaron Fate" is "Fate Jaron"
            ns.extend(" ".join(reversed(n.split())) for n in list(ns) if len(n.split()) == 2)
        for cid, titled in titled_surnames(names).items():  # "Dr. Junghardt"
            names[cid].extend(titled)
        actors: dict[str, list[int]] = {}
        for row in characters:
            if row["voice_actor"]:
                actors.setdefault(row["voice_actor"], []).append(row["id"])
        for actor, ids in actors.items():
            if len(ids) == 1:
                names[ids[0]].append(actor)
        title = await db.fetchone(sql.ANIME_TITLE, (anime_id,))
        titles = [title["title"]] if title else []
        titles += [r["name"] for r in await db.fetchall(sql.ANIME_ALIASES_OF, (anime_id,))]
        linker = Linker(
            names={cid: tuple(ns) for cid, ns in names.items()},
            canonical={r["id"]: r["name"] for r in characters},
            titles=tuple(titles),
        )
        self.caches.linkers[anime_id] = linker
        return linker

    async def mentions_in(
        self,
        anime_id: int,
        sections: Sequence[tuple[int, str]],
        links: Prelinked | None = None,
    ) -> Linked:
        """The mentions in these (section id, text) of one anime's document, in order: the
        rows for `link`, and the canonical names of the characters named, first named first
        (by section, then offset, then character id: the order LINKED_NAMES_OF gives too).

        `links`: what a parse worker found (ParsedDocument.links), taken as they are when
        found by the anime's current linker, the very one (its serial); else ignored."""
        linker = await self.linker(anime_id)
        found: Sequence[Sequence[tuple[int, int]]]
        if links is not None and links[0] == linker.serial and len(links[1]) == len(sections):
            found = links[1]
        else:
            found = [linker.named(text) for _, text in sections]
        rows: list[MentionRow] = []
        for (section_id, _), named in zip(sections, found, strict=True):
            rows.extend((cid, section_id, at) for cid, at in named)
        names = tuple(dict.fromkeys(linker.canonical[row[0]] for row in rows))
        return Linked(rows=rows, names=names)

    async def link(self, rows: Sequence[MentionRow]) -> None:
        """Store new mentions: the rows of `mentions_in`, of one document or many."""
        await self.db.executemany(self.sql.INSERT_MENTION, rows)

    async def relink_anime(self, anime_id: int) -> None:
        """Make the mentions of this anime's sections match its current names exactly."""
        linker = await self.linker(anime_id)
        want: dict[tuple[int, int], int] = {}  # (character, section) -> first_at
        if linker.names:
            for row in await self.db.fetchall(self.sql.SECTIONS_OF_ANIME, (anime_id,)):
                for character_id, at in linker.named(row["text"]):
                    want[(character_id, row["id"])] = at
        have = {
            (r["character_id"], r["section_id"]): r["first_at"]
            for r in await self.db.fetchall(self.sql.MENTIONS_OF_ANIME, (anime_id,))
        }
        stale = sorted(key for key in have if key not in want)
        await self.db.executemany(self.sql.DELETE_MENTION, stale)
        await self.db.executemany(
            self.sql.UPSERT_MENTION,
            [(*key, at) for key, at in want.items() if have.get(key) != at],
        )

    async def relink_everything(self, done_key: str, delete_meta: str) -> None:
        """Re-derive every anime's mentions (after a migration rebuilt them), then delete the
        meta row `done_key` that asked for it (with `delete_meta`), in one transaction."""
        async with self.writing():
            anime_ids = [r["id"] for r in await self.db.fetchall(self.sql.ALL_ANIME_IDS)]
            for anime_id in anime_ids:
                await self.relink_anime(anime_id)
            await self.db.execute(delete_meta, (done_key,))
        self.caches.forget_all()
        log.info("Re-linked the mentions of %d anime", len(anime_ids))
