"""Summarize: the token estimate, splitting, and the map-then-combine flow over chat completions."""

from __future__ import annotations

import json

import pytest
from openai_connector.lib.actions import Actions, AsyncActions, SummarizeError, estimate_tokens, split_text
from openai_connector.lib.actions.summarize import SUMMARY_TEMPLATE

from tests.actions.conftest import make_async_client, make_client
from tests.runtime._helpers import completion
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Recorded, Reply


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


def _short_summaries(request: Recorded) -> Reply:
    """A model whose summaries are short: the first three words of the text it was given."""
    prompt = json.loads(request.body)["messages"][-1]["content"]
    return Reply(body=completion("S:" + " ".join(prompt.split("\n\n", 1)[-1].split()[:3])))


async def test_long_text_is_split_then_combined(server: LoopbackServer) -> None:
    server.responder = _short_summaries
    text = "\n\n".join(f"Paragraph {i}. " + "word " * 60 for i in range(6))
    summary = await AsyncActions(make_async_client(server.url, "openai")).summarize(
        text, model="m", max_input_tokens=200
    )
    prompts = [r.json()["messages"][-1]["content"] for r in server.requests]
    assert all(estimate_tokens(p) <= 200 for p in prompts)
    firsts = [p for p in prompts if p.startswith("Summarize")]
    assert len(firsts) >= 3
    assert prompts[len(firsts) :] and all(p.startswith("Combine") for p in prompts[len(firsts) :])
    assert summary.startswith("S:")


@pytest.mark.parametrize("sync", [True, False])
async def test_summaries_that_do_not_shrink_fail_clearly_and_cheaply(fake: FakeOpenAI, sync: bool) -> None:
    """The fake echoes its prompt: each "summary" is longer than its text. The old code kept going."""
    text = " ".join(f"Sentence {i} says something." for i in range(400))
    with pytest.raises(SummarizeError, match="not getting shorter") as info:
        if sync:
            Actions(make_client(fake.url, "openai")).summarize(text, model="m", max_input_tokens=300)
        else:
            await AsyncActions(make_async_client(fake.url, "openai")).summarize(text, model="m", max_input_tokens=300)
    chunks = len(split_text(text, 300 - estimate_tokens(SUMMARY_TEMPLATE.replace("{text}", ""))))
    assert len(fake.requests) == info.value.calls == chunks  # the first pass only: no round that cannot shrink
    assert chunks < 30


def test_max_calls_is_checked_before_each_round(server: LoopbackServer) -> None:
    server.responder = _short_summaries
    text = "\n\n".join(f"Paragraph {i}. " + "word " * 60 for i in range(6))
    actions = Actions(make_client(server.url, "openai"))
    with pytest.raises(SummarizeError, match="max_calls=2"):
        actions.summarize(text, model="m", max_input_tokens=200, max_calls=2)
    assert server.count == 0  # the first round alone needs more
    chunks = len(split_text(text, 200 - estimate_tokens(SUMMARY_TEMPLATE.replace("{text}", ""))))
    with pytest.raises(SummarizeError, match=f"max_calls={chunks}"):
        actions.summarize(text, model="m", max_input_tokens=200, max_calls=chunks)
    assert server.count == chunks  # the first round was sent, the combining round was not


def test_template_placeholders_are_checked_before_sending(fake: FakeOpenAI) -> None:
    actions = Actions(make_client(fake.url, "openai"))
    assert actions.summarize("Tiny.", model="m", template="TL;DR {{json}}: {text}").startswith("echo: TL;DR {json}")
    assert len(fake.requests) == 1
