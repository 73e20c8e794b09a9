"""Multipart uploads (payload_json + files[n]) on the interaction callback and webhook routes:
parsed, checked against Discord's documented upload rules, and recorded with their bytes.

Rules from https://discord.com/developers/docs/reference#uploading-files: files go in parts
named files[n] with a filename, the JSON body in payload_json, whose `attachments` describe the
files by id n (description up to 1024 characters); a file over the upload limit is refused with
413 / 40005.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from discord_sandbox import Sandbox
from discord_sandbox.rest import ATTACHMENT_SIZE_LIMIT
from tests.discord_sandbox.minibot import MiniBot

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4  # any bytes: the sandbox keeps them as sent


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def form(payload: Any, *files: tuple[str, str | None, bytes]) -> aiohttp.FormData:
    data = aiohttp.FormData()
    data.add_field("payload_json", json.dumps(payload), content_type="application/json")
    for field, filename, content in files:
        data.add_field(field, content, filename=filename, content_type="image/png")
    return data


async def test_a_callback_with_a_file_becomes_an_attachment_with_its_bytes_and_alt_text(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("slow", wait=False)
    await asyncio.wait_for(bot.slow_entered.wait(), 5)
    url = f"{sandbox.api_base}/interactions/{result.id}/{result.token}/callback"
    payload = {
        "type": 4,
        "data": {
            "content": "chart",
            "attachments": [{"id": 0, "filename": "chart.png", "description": "A chart"}],
        },
    }
    async with http.post(url, data=form(payload, ("files[0]", "chart.png", PNG))) as response:
        assert response.status == 204, await response.text()
    await result.wait()
    assert result.message is not None
    (attachment,) = result.message.attachments
    assert attachment["filename"] == "chart.png"
    assert attachment["description"] == "A chart"  # from the callback's data.attachments
    assert attachment["size"] == len(PNG)
    upload = sandbox.uploads[int(attachment["id"])]
    assert upload.data == PNG and upload.content_type == "image/png"
    assert sandbox.requests[-1].files == 1
    assert sandbox.violations == []
    bot.release.set()
    await asyncio.wait_for(bot.errors.get(), 5)


async def test_a_followup_with_a_file_is_recorded_too(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("ping")
    base = f"{sandbox.api_base}/webhooks/{sandbox.application_id}/{result.token}"
    payload = {"content": "later", "attachments": [{"id": 0, "filename": "a.png"}]}
    data = form(payload, ("files[0]", "a.png", PNG))
    async with http.post(base, params={"wait": "true"}, data=data) as response:
        message = await response.json()
    (attachment,) = message["attachments"]
    assert sandbox.uploads[int(attachment["id"])].data == PNG
    assert sandbox.violations == []


@pytest.mark.parametrize(
    ("payload", "files", "code"),
    [
        ({"content": "x"}, [("file", "a.png", PNG)], "UPLOAD_FIELD_NAME"),
        ({"content": "x"}, [("files[0]", "a.png", PNG)] * 2, "UPLOAD_DUPLICATE"),
        (
            {"content": "x", "attachments": [{"id": 1, "filename": "a.png"}]},
            [("files[0]", "a.png", PNG)],
            "ATTACHMENT_NOT_FOUND",
        ),
        (
            {"content": "x", "attachments": [{"id": 0, "description": "d" * 1025}]},
            [("files[0]", "a.png", PNG)],
            "BASE_TYPE_MAX_LENGTH",
        ),
        (
            {"content": "x"},
            [(f"files[{n}]", "a.png", PNG) for n in range(11)],
            "BASE_TYPE_MAX_LENGTH",
        ),
    ],
)
async def test_uploads_discord_would_refuse_are_400_and_recorded(
    sandbox: Sandbox,
    bot: MiniBot,
    http: aiohttp.ClientSession,
    payload: dict[str, Any],
    files: list[tuple[str, str | None, bytes]],
    code: str,
) -> None:
    result = await sandbox.command("ping")
    base = f"{sandbox.api_base}/webhooks/{sandbox.application_id}/{result.token}"
    async with http.post(base, params={"wait": "true"}, data=form(payload, *files)) as response:
        assert response.status == 400
        assert (await response.json())["code"] == 50035
    assert code in [v.code for v in sandbox.violations]
    assert sandbox.uploads == {}
    assert result.followups == []


async def test_a_file_over_the_upload_limit_is_413(
    sandbox: Sandbox, bot: MiniBot, http: aiohttp.ClientSession
) -> None:
    result = await sandbox.command("ping")
    base = f"{sandbox.api_base}/webhooks/{sandbox.application_id}/{result.token}"
    big = b"\0" * (ATTACHMENT_SIZE_LIMIT + 1)
    data = form({"content": "x"}, ("files[0]", "big.bin", big))
    async with http.post(base, data=data) as response:
        assert response.status == 413
        assert await response.json() == {"message": "Request entity too large", "code": 40005}
    assert sandbox.uploads == {} and result.followups == []
