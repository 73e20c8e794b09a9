"""Hand-written fixtures in the shape of AniList's API v2 responses, for three anime.

These are TEST DATA written for this project, shaped field by field like AniList's schema
(Media, MediaTitle, CharacterEdge.role, Character.name.alternativeSpoiler, Staff.languageV2,
``~!…!~`` spoiler markup and ``__Label:__`` lines in character descriptions). They are not a
copy of AniList's records: ids, favourites counts, image addresses, English voice actors and
the wording of descriptions are illustrative. In production the live API is the source.

Each media's ``_characters`` holds its CharacterEdges in AniList's RELEVANCE order; the
emulator serves them through ``Media.characters(sort, page, perPage)``.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["FRIEREN_ID", "FRIEREN_MINI_ID", "METALLIC_ROUGE_ID", "all_media"]

METALLIC_ROUGE_ID = 163132
FRIEREN_ID = 154587
FRIEREN_MINI_ID = 170068

_CDN = "https://s4.anilist.co/file/anilistcdn"


def _staff(staff_id: int, full: str, native: str | None, language: str) -> dict[str, Any]:
    return {
        "id": staff_id,
        "name": {
            "first": full.split()[0],
            "middle": None,
            "last": full.split()[-1] if " " in full else None,
            "full": full,
            "native": native,
            "alternative": [],
            "userPreferred": full,
        },
        "languageV2": language,
        "image": {
            "large": f"{_CDN}/staff/large/n{staff_id}.png",
            "medium": f"{_CDN}/staff/medium/n{staff_id}.png",
        },
        "siteUrl": f"https://anilist.co/staff/{staff_id}",
        "favourites": 100,
        "gender": None,
    }


def _edge(
    edge_id: int,
    role: str,
    char_id: int,
    full: str,
    native: str | None,
    *,
    favourites: int,
    description: str | None,
    alternative: list[str] | None = None,
    spoiler: list[str] | None = None,
    actors: list[dict[str, Any]] | None = None,
    image: bool = True,
) -> dict[str, Any]:
    parts = full.split()
    return {
        "id": edge_id,
        "role": role,
        "name": None,
        "favouriteOrder": None,
        "node": {
            "id": char_id,
            "name": {
                "first": parts[0],
                "middle": None,
                "last": parts[-1] if len(parts) > 1 else None,
                "full": full,
                "native": native,
                "alternative": alternative or [],
                "alternativeSpoiler": spoiler or [],
                "userPreferred": full,
            },
            "image": {
                "large": f"{_CDN}/character/large/b{char_id}-x{char_id % 97:02d}.png",
                "medium": f"{_CDN}/character/medium/b{char_id}-x{char_id % 97:02d}.png",
            }
            if image
            else {"large": None, "medium": None},
            "description": description,
            "gender": None,
            "age": None,
            "favourites": favourites,
            "siteUrl": f"https://anilist.co/character/{char_id}",
        },
        "voiceActors": actors or [],
    }


# --------------------------------------------------------------------------- staff

_MIYAMOTO = _staff(95001, "Yume Miyamoto", "宮本侑芽", "Japanese")
_KUROSAWA = _staff(95002, "Tomoyo Kurosawa", "黒沢ともよ", "Japanese")
_SHIMAMURA = _staff(95003, "Yu Shimamura", "嶋村侑", "Japanese")
_YOSHINO = _staff(95004, "Hiroyuki Yoshino", "吉野裕行", "Japanese")
_EN_ROUGE = _staff(96001, "Dana Whitfield", None, "English")
_EN_NAOMI = _staff(96002, "Corinne Abara", None, "English")
_EN_JARON = _staff(96003, "Mark Ellery", None, "English")
_JA_JEAN = _staff(95005, "Kenta Aoyagi", "青柳健太", "Japanese")
_JA_AFRODITA = _staff(95006, "Mio Hanazawa", "花沢澪", "Japanese")
_JA_GIALLO = _staff(95007, "Daisuke Oda", "小田大輔", "Japanese")

_TANEZAKI = _staff(97001, "Atsumi Tanezaki", "種﨑敦美", "Japanese")
_ICHINOSE = _staff(97002, "Kana Ichinose", "市ノ瀬加那", "Japanese")
_KOBAYASHI = _staff(97003, "Chiaki Kobayashi", "小林千晃", "Japanese")
_OKAMOTO = _staff(97004, "Nobuhiko Okamoto", "岡本信彦", "Japanese")
_RODAK = _staff(98001, "Mallorie Rodak", None, "English")
_HARRIS = _staff(98002, "Jill Harris", None, "English")

# --------------------------------------------------------------------------- Metallic Rouge

_ROUGE_CAST = [
    # RELEVANCE order on purpose differs from ROLE then FAVOURITES order.
    _edge(
        501,
        "SUPPORTING",
        420003,
        "Sara Fitzgerald",
        "サラ・フィッツジェラルド",
        favourites=310,
        description=(
            "__Affiliation:__ Club Canal\n\nA singer at Club Canal who wants to leave her past "
            "behind. ~!She is Viola of the Immortal Nine.!~\n\nShe performs most nights."
        ),
        spoiler=["Viola", "Viola Keane"],
        actors=[_SHIMAMURA],
    ),
    _edge(
        502,
        "MAIN",
        420001,
        "Rouge Redstar",
        "ルジュ・レッドスター",
        favourites=950,
        description=(
            "__Height:__ 158 cm\n__Species:__ Nean\n\nA Nean sent to hunt down the "
            "[Immortal Nine](https://anilist.co/character/420010). She loves chocolate.\n\n"
            "~!Her memories were\nrewritten before the story begins.!~"
        ),
        alternative=["Rouge"],
        spoiler=["Unit R-11"],
        actors=[_MIYAMOTO, _EN_ROUGE],
    ),
    _edge(
        503,
        "BACKGROUND",
        420020,
        "Eden",
        "エデン",
        favourites=1200,  # popular, yet a background role: ROLE sorts first
        description="Naomi's bird.",
        image=False,
    ),
    _edge(
        504,
        "MAIN",
        420002,
        "Naomi Orthmann",
        "ナオミ・オルトマン",
        favourites=480,
        description="Rouge's partner, who works from the Martian capital.",
        alternative=["Naomi"],
        actors=[_KUROSAWA, _EN_NAOMI],
    ),
    _edge(
        505,
        "SUPPORTING",
        420004,
        "Jaron",
        "ジャロン",
        favourites=205,
        description="A card-playing gentleman. ~!He is the Immortal Nine member called Joker.!~",
        alternative=["Fate Jaron"],
        spoiler=["Joker"],
        actors=[_YOSHINO, _EN_JARON],
    ),
    _edge(
        506,
        "SUPPORTING",
        420005,
        "Jean Junghardt",
        "ジャン・ユングハルト",
        favourites=260,
        description="A researcher of the Neans. ~!He knows who made Rouge.!~",
        alternative=["Jean"],
        spoiler=["The Brother"],
        actors=[_JA_JEAN],
    ),
    _edge(
        507,
        "SUPPORTING",
        420006,
        "Afrodita",
        "アフロディータ",
        favourites=150,
        description="A Nean of the Immortal Nine.",
        spoiler=["The Ninth"],
        actors=[_JA_AFRODITA],
    ),
    _edge(
        508,
        "SUPPORTING",
        420007,
        "Giallo",
        "ジャッロ",
        favourites=175,
        description="A gambler among the Immortal Nine.",
        alternative=["Giallo the Gambler"],
        actors=[_JA_GIALLO],
    ),
    _edge(
        509,
        "SUPPORTING",
        420008,
        "Silvia",
        "シルヴィア",
        favourites=90,
        description=None,
    ),
    _edge(
        510,
        "BACKGROUND",
        420009,
        "Roy Junghardt",
        "ロイ・ユングハルト",
        favourites=40,
        description="A Nean researcher.",
        alternative=["Dr. Junghardt"],
    ),
    _edge(
        511,
        "BACKGROUND",
        420011,
        "Gene",
        None,
        favourites=5,
        description=None,
        image=False,
    ),
]

_METALLIC_ROUGE: dict[str, Any] = {
    "id": METALLIC_ROUGE_ID,
    "idMal": 55791,
    "type": "ANIME",
    "format": "TV",
    "status": "FINISHED",
    "episodes": 13,
    "seasonYear": 2024,
    "countryOfOrigin": "JP",
    "title": {
        "romaji": "Metallic Rouge",
        "english": "Metallic Rouge",
        "native": "メタリックルージュ",
        "userPreferred": "Metallic Rouge",
    },
    "synonyms": ["MetaRu"],
    "description": "On Mars, humans live alongside androids called Neans.<br><br>(Source: test)",
    "coverImage": {
        "extraLarge": f"{_CDN}/media/anime/cover/large/bx{METALLIC_ROUGE_ID}.jpg",
        "large": f"{_CDN}/media/anime/cover/medium/bx{METALLIC_ROUGE_ID}.jpg",
        "medium": f"{_CDN}/media/anime/cover/small/bx{METALLIC_ROUGE_ID}.jpg",
        "color": "#e45050",
    },
    "siteUrl": f"https://anilist.co/anime/{METALLIC_ROUGE_ID}",
    "popularity": 60000,
    "favourites": 900,
    "_characters": _ROUGE_CAST,
}

# --------------------------------------------------------------------------- Frieren

_FRIEREN_CAST = [
    _edge(
        601,
        "MAIN",
        176754,
        "Frieren",
        "フリーレン",
        favourites=40000,
        description=(
            "__Race:__ Elf\n\nAn elven mage who once defeated the Demon King with Himmel's "
            "party. ~!She learns to understand people again.!~"
        ),
        actors=[_TANEZAKI, _RODAK],
    ),
    _edge(
        602,
        "MAIN",
        176755,
        "Fern",
        "フェルン",
        favourites=25000,
        description="Frieren's apprentice, raised by Heiter.",
        actors=[_ICHINOSE, _HARRIS],
    ),
    _edge(
        603,
        "MAIN",
        176756,
        "Stark",
        "シュタルク",
        favourites=15000,
        description="A warrior trained by Eisen.",
        actors=[_KOBAYASHI],
    ),
    _edge(
        604,
        "SUPPORTING",
        176757,
        "Himmel",
        "ヒンメル",
        favourites=30000,
        description="The hero who led the party that defeated the Demon King.",
        alternative=["Himmel the Hero"],
        actors=[_OKAMOTO],
    ),
]

_FRIEREN: dict[str, Any] = {
    "id": FRIEREN_ID,
    "idMal": 52991,
    "type": "ANIME",
    "format": "TV",
    "status": "FINISHED",
    "episodes": 28,
    "seasonYear": 2023,
    "countryOfOrigin": "JP",
    "title": {
        "romaji": "Sousou no Frieren",
        "english": "Frieren: Beyond Journey’s End",
        "native": "葬送のフリーレン",
        "userPreferred": "Sousou no Frieren",
    },
    "synonyms": ["Frieren at the Funeral"],
    "description": "The Demon King has been defeated.<br><br>(Source: test)",
    "coverImage": {
        "extraLarge": f"{_CDN}/media/anime/cover/large/bx{FRIEREN_ID}.jpg",
        "large": f"{_CDN}/media/anime/cover/medium/bx{FRIEREN_ID}.jpg",
        "medium": f"{_CDN}/media/anime/cover/small/bx{FRIEREN_ID}.jpg",
        "color": "#e4e4f1",
    },
    "siteUrl": f"https://anilist.co/anime/{FRIEREN_ID}",
    "popularity": 400000,
    "favourites": 60000,
    "_characters": _FRIEREN_CAST,
}

_FRIEREN_MINI: dict[str, Any] = {
    "id": FRIEREN_MINI_ID,
    "idMal": None,
    "type": "ANIME",
    "format": "ONA",
    "status": "FINISHED",
    "episodes": 10,
    "seasonYear": 2023,
    "countryOfOrigin": "JP",
    "title": {
        "romaji": "Sousou no Frieren: ●● no Mahou",
        "english": None,
        "native": "葬送のフリーレン ～●●の魔法～",
        "userPreferred": "Sousou no Frieren: ●● no Mahou",
    },
    "synonyms": ["Frieren mini anime"],
    "description": "Short episodes.<br><br>(Source: test)",
    "coverImage": {
        "extraLarge": None,
        "large": None,
        "medium": None,
        "color": None,
    },
    "siteUrl": f"https://anilist.co/anime/{FRIEREN_MINI_ID}",
    "popularity": 20000,
    "favourites": 300,
    "_characters": [_FRIEREN_CAST[0], _FRIEREN_CAST[1]],
}


def all_media() -> list[dict[str, Any]]:
    """A fresh deep copy of every fixture (a test may change its own copy)."""
    return copy.deepcopy([_METALLIC_ROUGE, _FRIEREN, _FRIEREN_MINI])
