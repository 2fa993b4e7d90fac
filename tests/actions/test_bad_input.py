"""Bad input to the actions: a clear error naming the argument, raised before anything is sent.

One table (the actions' rows of the bad-argument table in `tests/runtime/requests/test_bad_arguments.py`): a call,
the error type, the name the message must contain and a detail. The loopback server must see nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openai_connector.lib import InvalidRequestError
from openai_connector.lib.actions import Actions, AsyncActions, BatchOptions

from tests.actions.conftest import make_async_client, make_client
from tests.support.loopback import LoopbackServer

Call = Callable[[Actions, Path], object]
IRE = InvalidRequestError


def _summarize(**kwargs: Any) -> Call:
    return lambda a, tmp: a.summarize("Some text.", model="m", **kwargs)


CASES: list[Any] = [
    pytest.param(lambda a, t: a.chat_many("hello", model="m"), IRE, "prompts", "got str", id="chat-many-str"),
    pytest.param(lambda a, t: a.chat_many(b"hi", model="m"), IRE, "prompts", "got bytes", id="chat-many-bytes"),
    pytest.param(lambda a, t: a.chat_many(None, model="m"), IRE, "prompts", "got NoneType", id="chat-many-none"),
    pytest.param(lambda a, t: a.chat_many(["a"], model="m", mode="turbo"), IRE, "mode", "'turbo'", id="chat-many-mode"),
    pytest.param(
        lambda a, t: a.chat_many("hello", model="m", mode="batch"), IRE, "prompts", "got str", id="batch-mode-str"
    ),
    pytest.param(
        lambda a, t: a.chat_many(["a"], model="m", max_concurrency="4"), IRE, "max_concurrency", "'4'", id="conc-str"
    ),
    pytest.param(lambda a, t: a.chat(None, model="m"), IRE, "prompt", "got None", id="chat-none"),
    pytest.param(lambda a, t: a.chat({"role": "user"}, model="m"), IRE, "prompt", "got dict", id="chat-dict"),
    pytest.param(lambda a, t: a.chat(["hi"], model="m"), IRE, "prompt", "holding a str", id="chat-list-of-str"),
    pytest.param(lambda a, t: a.chat_text(42, model="m"), IRE, "prompt", "got int", id="chat-text-int"),
    pytest.param(_summarize(template="Summarize this."), IRE, "template", "{text}", id="summary-no-text"),
    pytest.param(_summarize(template="{lang}: {text}"), IRE, "template", "{lang}", id="summary-unknown-field"),
    pytest.param(_summarize(template="{text"), IRE, "template", "not a valid template", id="summary-bad-brace"),
    pytest.param(_summarize(combine_template="Merge."), IRE, "combine_template", "{text}", id="combine-no-text"),
    pytest.param(_summarize(template=None), IRE, "template", "must be a str", id="summary-template-none"),
    pytest.param(_summarize(max_input_tokens=0), IRE, "max_input_tokens", ">= 1", id="summary-budget-0"),
    pytest.param(_summarize(max_input_tokens="300"), IRE, "max_input_tokens", "'300'", id="summary-budget-str"),
    pytest.param(_summarize(max_calls=0), IRE, "max_calls", ">= 1", id="summary-max-calls-0"),
    pytest.param(lambda a, t: a.summarize(None, model="m"), IRE, "text", "must be a str", id="summary-text-none"),
    pytest.param(
        lambda a, t: a.speech("hi", model="tts-1", to=t / "missing" / "a.mp3"),
        IRE,
        "to",
        "does not exist",
        id="speech-missing-folder",
    ),
    pytest.param(lambda a, t: a.speech("hi", model="tts-1", to=t), IRE, "to", "folder", id="speech-to-folder"),
    pytest.param(lambda a, t: a.speech("hi", model="tts-1", to=""), IRE, "to", "file path", id="speech-to-empty"),
    pytest.param(
        lambda a, t: a.batch_chat(["a"], model="m", options=BatchOptions(poll_interval=-1)),
        IRE,
        "poll_interval",
        "> 0",
        id="batch-poll-interval",
    ),
    pytest.param(
        lambda a, t: a.batch_chat(["a"], model="m", options=BatchOptions(state_path="")),
        IRE,
        "state_path",
        "file path",
        id="batch-state-path-empty",
    ),
    pytest.param(lambda a, t: a.resume_batch("batch_1", 0), IRE, "count", ">= 1", id="resume-count-0"),
    pytest.param(
        lambda a, t: a.request("GET", "/x", retry_delay=-1), IRE, "retry_delay", ">= 0", id="request-retry-delay"
    ),
]


@pytest.mark.parametrize(("call", "error", "param", "detail"), CASES)
def test_bad_action_input_is_refused_before_sending(  # noqa: PLR0917 - pytest passes parameters positionally
    server: LoopbackServer,
    tmp_path: Path,
    call: Call,
    error: type[Exception],
    param: str,
    detail: str,
) -> None:
    actions = Actions(make_client(server.url, "openai"))
    with pytest.raises(error) as info:
        call(actions, tmp_path)
    assert type(info.value) is error
    message = str(info.value)
    assert re.search(rf"(?<![A-Za-z_]){re.escape(param)}(?![A-Za-z_])", message), message
    assert detail in message, message
    if isinstance(info.value, InvalidRequestError):
        assert info.value.param == param
    assert server.count == 0, "the request was sent"


async def test_async_actions_refuse_the_same(server: LoopbackServer, tmp_path: Path) -> None:
    actions = AsyncActions(make_async_client(server.url, "openai"))
    with pytest.raises(InvalidRequestError, match="prompts"):
        await actions.chat_many("hello", model="m")  # a str is a sequence too, for mypy
    with pytest.raises(InvalidRequestError, match="mode"):
        await actions.chat_many(["a"], model="m", mode="turbo")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="prompt"):
        await actions.chat(None, model="m")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match=r"\{text\}"):
        await actions.summarize("x", model="m", template="no field")
    with pytest.raises(InvalidRequestError, match="does not exist"):
        await actions.speech("hi", model="tts-1", to=tmp_path / "missing" / "a.mp3")
    assert server.count == 0
