"""The AniList emulator answers as AniList documents: shapes, errors, rate limit, faults."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from anilist_sandbox import AniListSandbox, Fault
from anilist_sandbox.fixtures import METALLIC_ROUGE_ID

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def sandbox(clock: Clock) -> AsyncIterator[AniListSandbox]:
    async with AniListSandbox(clock=clock) as running:
        yield running


async def post(
    sandbox: AniListSandbox, query: str, variables: dict[str, Any] | None = None
) -> tuple[int, dict[str, str], Any]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(sandbox.url, json={"query": query, "variables": variables or {}}) as response,
    ):
        return response.status, dict(response.headers), await response.json()


async def test_selects_only_the_asked_fields_under_their_aliases(sandbox: AniListSandbox) -> None:
    status, headers, body = await post(
        sandbox,
        "query ($id: Int) { show: Media(id: $id, type: ANIME) { id title { romaji } } }",
        {"id": METALLIC_ROUGE_ID},
    )
    assert status == 200
    assert body == {
        "data": {"show": {"id": METALLIC_ROUGE_ID, "title": {"romaji": "Metallic Rouge"}}}
    }
    assert headers["X-RateLimit-Limit"] == "90"
    assert headers["X-RateLimit-Remaining"] == "89"


async def test_page_of_search_results_with_page_info(sandbox: AniListSandbox) -> None:
    _, _, body = await post(
        sandbox,
        """{ Page(page: 1, perPage: 1) { pageInfo { total currentPage hasNextPage perPage }
             media(search: "frieren", type: ANIME, sort: SEARCH_MATCH) { id } } }""",
    )
    page = body["data"]["Page"]
    assert page["media"] == [{"id": 154587}]
    assert page["pageInfo"] == {"total": 2, "currentPage": 1, "hasNextPage": True, "perPage": 1}


async def test_characters_sorted_and_voice_actors_by_language(sandbox: AniListSandbox) -> None:
    _, _, body = await post(
        sandbox,
        """query ($id: Int) { Media(id: $id) {
             characters(sort: [ROLE, FAVOURITES_DESC], perPage: 3) {
             edges { role node { name { full alternativeSpoiler } }
                     en: voiceActors(language: ENGLISH) { name { full } languageV2 } } } } }""",
        {"id": METALLIC_ROUGE_ID},
    )
    edges = body["data"]["Media"]["characters"]["edges"]
    assert [e["node"]["name"]["full"] for e in edges] == [
        "Rouge Redstar",
        "Naomi Orthmann",
        "Sara Fitzgerald",
    ]
    assert edges[0]["en"] == [{"name": {"full": "Dana Whitfield"}, "languageV2": "English"}]
    assert edges[2]["node"]["name"]["alternativeSpoiler"] == ["Viola", "Viola Keane"]
    assert edges[2]["en"] == []


async def test_not_found_and_bad_field_errors_as_anilist(sandbox: AniListSandbox) -> None:
    status, _, body = await post(sandbox, "{ Media(id: 1) { id } }")
    assert status == 404
    assert body["data"] == {"Media": None}
    assert body["errors"][0]["message"] == "Not Found."
    assert body["errors"][0]["status"] == 404

    status, _, body = await post(sandbox, "{ Media(id: 1) { nope } }")
    assert status == 400
    assert body["data"] is None
    assert body["errors"][0]["message"] == 'Cannot query field "nope" on type "Media".'
    assert body["errors"][0]["locations"] == [{"line": 1, "column": 18}]  # the "n" of "nope"

    status, _, body = await post(sandbox, "{ Media(id: 1) { id ")
    assert status == 400
    assert body["errors"][0]["message"].startswith("Syntax Error")


async def test_degraded_limit_refuses_the_31st_request_in_a_minute(
    sandbox: AniListSandbox, clock: Clock
) -> None:
    for _ in range(30):
        status, headers, _ = await post(sandbox, "{ Media(id: 163132) { id } }")
        assert status == 200
    assert headers["X-RateLimit-Remaining"] == "60"  # as AniList's docs warn: refused at 60
    clock.now = 20.0
    status, headers, body = await post(sandbox, "{ Media(id: 163132) { id } }")
    assert status == 429
    assert headers["Retry-After"] == "40"
    assert headers["X-RateLimit-Remaining"] == "0"
    assert "X-RateLimit-Reset" in headers
    assert body == {"data": None, "errors": [{"message": "Too Many Requests.", "status": 429}]}
    clock.now = 60.0
    status, _, _ = await post(sandbox, "{ Media(id: 163132) { id } }")
    assert status == 200


async def test_injected_faults_and_counting(sandbox: AniListSandbox) -> None:
    sandbox.inject(Fault(status=429, retry_after=3), Fault(status=500))
    status, headers, _ = await post(sandbox, "{ Media(id: 163132) { id } }")
    assert (status, headers["Retry-After"]) == (429, "3")
    status, _, _ = await post(sandbox, "{ Media(id: 163132) { id } }")
    assert status == 500
    status, _, _ = await post(sandbox, "{ Media(id: 163132) { id } }")
    assert status == 200
    assert sandbox.request_count == 3


async def test_command_line_serves_on_the_given_port() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "anilist_sandbox",
        "--port",
        "0",
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        assert proc.stdout is not None
        line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
        url = line.split(" on ")[1].strip()
        async with (
            aiohttp.ClientSession() as http,
            http.post(url, json={"query": "{ Media(id: 154587) { episodes } }"}) as response,
        ):
            assert json.loads(await response.text()) == {"data": {"Media": {"episodes": 28}}}
    finally:
        proc.terminate()
        await proc.wait()
