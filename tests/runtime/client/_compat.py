"""Shared by the openai-python compatibility tests: canned list answers."""

from __future__ import annotations

from tests.support.loopback import Reply

MODELS = {"object": "list", "data": [{"id": "m1", "object": "model"}, {"id": "m2", "object": "model"}]}


def files_page(ids: list[str], has_more: bool, **extra: object) -> Reply:
    return Reply(
        body={"object": "list", "data": [{"id": i, "object": "file"} for i in ids], "has_more": has_more, **extra}
    )
