"""Cold start, run as a script in a fresh interpreter: `python bench/coldstart.py IMPL URL`.

Imports the client, constructs it and makes one chat completion against the loopback server at
URL; the parent times the whole process (interpreter start-up included, the same for all). Kept
outside the `bench` package's imports so nothing but the client under test is loaded.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

_KEY = "sk-bench-0000000000"
_MESSAGES = [{"role": "user", "content": "Say hello."}]


def _bare_answer(url: str) -> bytes:
    """One chat completion with the bare transport: its answer's bytes."""
    import json

    import httpx2

    with httpx2.Client() as client:
        r = client.post(
            f"{url}/v1/chat/completions",
            content=json.dumps({"model": "gpt-4o-mini", "messages": _MESSAGES}).encode(),
            headers={"Authorization": f"Bearer {_KEY}", "Content-Type": "application/json"},
        )
        if r.status_code >= 400:
            raise RuntimeError(r.status_code)
        return r.content


def _bare(url: str) -> str:
    import json

    return str(json.loads(_bare_answer(url))["choices"][0]["message"]["content"])


def _pydantic_floor(url: str) -> str:
    """The bare transport, then the answer parsed by a three-class pydantic model: what any pydantic client pays."""
    from pydantic import BaseModel

    class Message(BaseModel):
        content: str | None = None

    class Choice(BaseModel):
        message: Message

    class Reply(BaseModel):
        choices: list[Choice]

    return str(Reply.model_validate_json(_bare_answer(url)).choices[0].message.content)


def _ours(url: str) -> str:
    from openai_connector import Client

    with Client(api_key=_KEY, base_url=f"{url}/v1") as client:
        reply = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hello."}]
        )
        return str(reply.choices[0].message.content)


def _openai(url: str) -> str:
    openai: Any = importlib.import_module("openai")  # the peers' venv only: untyped here
    with openai.OpenAI(api_key=_KEY, base_url=f"{url}/v1") as client:
        reply = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Say hello."}]
        )
        return str(reply.choices[0].message.content)


def main() -> int:
    impl, url = sys.argv[1], sys.argv[2]
    run = {"bare": _bare, "pydantic-floor": _pydantic_floor, "ours": _ours, "openai": _openai}[impl]
    return 0 if run(url).startswith("Hello") else 1


if __name__ == "__main__":
    sys.exit(main())
