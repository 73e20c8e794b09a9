"""The seed reviews' passages as the tests quote them (data/seeds): each review's text from its
first paragraph to its verdict, and the recap of 003."""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"


def seed(prefix: str) -> list[str]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]


def between(paragraphs: list[str], first: str, last: str) -> str:
    start = next(i for i, p in enumerate(paragraphs) if p.startswith(first))
    end = next(i for i, p in enumerate(paragraphs) if p.startswith(last))
    return "\n\n".join(paragraphs[start : end + 1])


FIRST_IMPRESSIONS_TEXT = between(seed("000"), "I’ve had my eye on", "For now, I’m cautiously")
SEASON_REVIEW_TEXT = between(seed("002"), "This review contains", "So in the final assessment")
RECAP_TEXT = between(seed("003"), "Episode 1 of Metallic Rouge starts", "Naomi doesn’t give her")
EPISODE_REVIEW_TEXT = between(seed("003"), "Studio Bones, the studio", "Overall, this introductory")
