"""Summarize: the token estimate, splitting, and the map-then-combine flow over chat completions."""

from __future__ import annotations

import json

from openai_connector.lib.actions import Actions, AsyncActions, estimate_tokens, split_text

from tests.actions.conftest import make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI


def test_estimate_is_a_quarter_of_the_characters_rounded_up() -> None:
    assert [estimate_tokens(t) for t in ("", "abc", "abcd", "abcde")] == [0, 1, 1, 2]


def test_split_respects_budget_and_keeps_all_words() -> None:
    text = "\n\n".join(" ".join(f"w{p}_{i}." for i in range(40)) for p in range(5)) + " " + "x" * 500
    chunks = split_text(text, 50)
    assert all(estimate_tokens(c) <= 50 for c in chunks)
    assert "".join("".join(chunks).split()) == "".join(text.split())
    assert split_text("short", 50) == ["short"]


def test_short_text_is_one_call(fake: FakeOpenAI) -> None:
    summary = Actions(make_client(fake.url, "azure")).summarize("Tiny text.", model="dep", temperature=0)
    assert summary.startswith("echo: Summarize the following text")
    assert len(fake.requests) == 1
    assert json.loads(fake.requests[0].body)["temperature"] == 0


async def test_long_text_is_split_then_combined(fake: FakeOpenAI) -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "word " * 60 for i in range(6))
    summary = await AsyncActions(make_async_client(fake.url, "openai")).summarize(text, model="m", max_input_tokens=200)
    prompts = [json.loads(r.body)["messages"][-1]["content"] for r in fake.requests]
    assert all(estimate_tokens(p) <= 200 for p in prompts)
    firsts = [p for p in prompts if p.startswith("Summarize")]
    assert len(firsts) >= 3
    assert any(p.startswith("Combine") for p in prompts)
    assert summary.startswith("echo: Combine")
