"""Bad arguments: every case raises a clear, documented error naming the parameter, before anything is sent.

One table: a call through a generated method, the error type, and the name the message must contain. The
loopback server has no reply scripted and must see no request at all. Out-of-range and wrong-type
arguments raise `InvalidRequestError` (a `ValueError`, with `.param`), from the spec's own bounds
(`Operation.checks`); unknown or missing keyword arguments raise Python's `TypeError`. Bad settings are
in `test_bad_settings.py`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openai_connector import Client, InvalidRequestError

from tests.runtime._helpers import DEPLOYMENT, MESSAGES
from tests.runtime.requests._bad_input import (
    Call,
    assert_refused_before_sending,
    audio_dir,
    azure_chat,
    azure_transcribe,
    chat,
    embed,
    image,
    routed_chat,
    text_file,
    transcribe,
    translate,
)
from tests.support.loopback import LoopbackServer

IRE = InvalidRequestError
CASES: list[Any] = [
    # chat completions: numeric bounds
    pytest.param(chat(temperature=-0.1), IRE, "temperature", ">= 0", id="chat-temperature-below-0"),
    pytest.param(chat(temperature=2.01), IRE, "temperature", "<= 2", id="chat-temperature-above-2"),
    pytest.param(chat(temperature="hot"), IRE, "temperature", "must be a number", id="chat-temperature-str"),
    pytest.param(chat(temperature=True), IRE, "temperature", "must be a number", id="chat-temperature-bool"),
    pytest.param(chat(temperature=float("nan")), IRE, "temperature", "finite", id="chat-temperature-nan"),
    pytest.param(chat(temperature=float("inf")), IRE, "temperature", "finite", id="chat-temperature-inf"),
    pytest.param(chat(top_p=1.5), IRE, "top_p", "<= 1", id="chat-top-p-above-1"),
    pytest.param(chat(top_p=-0.5), IRE, "top_p", ">= 0", id="chat-top-p-negative"),
    pytest.param(chat(n=0), IRE, "n", ">= 1", id="chat-n-0"),
    pytest.param(chat(n=129), IRE, "n", "<= 128", id="chat-n-129"),
    pytest.param(chat(n=2.0), IRE, "n", "must be an integer", id="chat-n-float"),
    pytest.param(chat(n="2"), IRE, "n", "must be an integer", id="chat-n-str"),
    pytest.param(chat(frequency_penalty=2.5), IRE, "frequency_penalty", "<= 2", id="chat-frequency-penalty"),
    pytest.param(chat(presence_penalty=-2.5), IRE, "presence_penalty", ">= -2", id="chat-presence-penalty"),
    pytest.param(chat(top_logprobs=21), IRE, "top_logprobs", "<= 20", id="chat-top-logprobs-21"),
    pytest.param(chat(top_logprobs=-1), IRE, "top_logprobs", ">= 0", id="chat-top-logprobs-negative"),
    pytest.param(chat(seed=1.5), IRE, "seed", "must be an integer", id="chat-seed-float"),
    pytest.param(chat(max_tokens="10"), IRE, "max_tokens", "must be an integer", id="chat-max-tokens-str"),
    # chat completions: lengths, types, nulls
    pytest.param(chat(stop=["a", "b", "c", "d", "e"]), IRE, "stop", "at most 4 items", id="chat-5-stops"),
    pytest.param(chat(stop=[]), IRE, "stop", "at least 1 items", id="chat-0-stops"),
    pytest.param(chat(stop=5), IRE, "stop", "must be a string or an array", id="chat-stop-int"),
    pytest.param(
        chat(safety_identifier="x" * 65), IRE, "safety_identifier", "at most 64 characters", id="chat-long-id"
    ),
    pytest.param(chat(messages=[]), IRE, "messages", "at least 1 items", id="chat-no-messages"),
    pytest.param(chat(messages="Hello"), IRE, "messages", "must be an array", id="chat-messages-str"),
    pytest.param(chat(messages=None), IRE, "messages", "must not be None", id="chat-messages-none"),
    pytest.param(chat(model=None), IRE, "model", "must not be None", id="chat-model-none"),
    pytest.param(chat(model=123), IRE, "model", "must be a string", id="chat-model-int"),
    pytest.param(chat(logprobs="yes"), IRE, "logprobs", "must be a boolean", id="chat-logprobs-str"),
    pytest.param(chat(store=1), IRE, "store", "must be a boolean", id="chat-store-int"),
    pytest.param(chat(metadata=["a"]), IRE, "metadata", "must be an object", id="chat-metadata-list"),
    pytest.param(chat(user=42), IRE, "user", "must be a string", id="chat-user-int"),
    pytest.param(chat(stream_options="on"), IRE, "stream_options", "must be an object", id="chat-stream-options-str"),
    pytest.param(chat(stream=True, temperature=9), IRE, "temperature", "<= 2", id="chat-stream-checked-too"),
    # text that is not text
    pytest.param(chat(model=b"gpt-4o-mini"), IRE, "model", "decode them to str", id="chat-model-bytes"),
    pytest.param(chat(model=b"gpt-\xff\xfe"), IRE, "model", "not valid UTF-8", id="chat-model-non-utf8"),
    pytest.param(chat(user=b"\xff".decode("utf-8", "surrogateescape")), IRE, "user", "Unicode", id="chat-surrogate"),
    pytest.param(
        chat(messages=[{"role": "user", "content": b"caf\xe9".decode("utf-8", "surrogateescape")}]),
        IRE,
        "messages",
        "not valid Unicode",
        id="chat-nested-surrogate",
    ),
    pytest.param(chat(logit_bias={"50256": float("nan")}), IRE, "logit_bias", "NaN", id="chat-nested-nan"),
    # images, embeddings
    pytest.param(image(n=0), IRE, "n", ">= 1", id="image-n-0"),
    pytest.param(image(n=11), IRE, "n", "<= 10", id="image-n-11"),
    pytest.param(image(prompt=None), IRE, "prompt", "must not be None", id="image-prompt-none"),
    pytest.param(image(partial_images=4), IRE, "partial_images", "<= 3", id="image-partial-images"),
    pytest.param(embed(input=[]), IRE, "input", "at least 1 items", id="embed-empty-list"),
    pytest.param(embed(input=["x"] * 2049), IRE, "input", "at most 2048 items", id="embed-2049-inputs"),
    pytest.param(embed(input=None), IRE, "input", "must not be None", id="embed-input-none"),
    pytest.param(embed(dimensions=0), IRE, "dimensions", ">= 1", id="embed-dimensions-0"),
    pytest.param(embed(encoding_format=1), IRE, "encoding_format", "must be a string", id="embed-format-int"),
    # Azure: the Azure-typed method and the OpenAI one routed to a deployment
    pytest.param(azure_chat(temperature=3), IRE, "temperature", "<= 2", id="azure-temperature"),
    pytest.param(azure_chat(stop=list("abcde")), IRE, "stop", "at most 4 items", id="azure-5-stops"),
    pytest.param(azure_chat(n=0), IRE, "n", ">= 1", id="azure-n-0"),
    pytest.param(azure_chat(api_version=20241021), IRE, "api_version", "must be a string", id="azure-api-version"),
    pytest.param(azure_chat(deployment_id=""), IRE, "deployment-id", "required", id="azure-empty-deployment"),
    pytest.param(azure_chat(messages=[]), IRE, "messages", "at least 1 items", id="azure-no-messages"),
    pytest.param(routed_chat(temperature=-1), IRE, "temperature", ">= 0", id="azure-routed-temperature"),
    # path parameters
    pytest.param(lambda o, a, t: o.models.retrieve(".."), IRE, "model", "cannot be '..'", id="path-dotdot"),
    pytest.param(lambda o, a, t: o.files.retrieve("."), IRE, "file_id", "cannot be '.'", id="path-dot"),
    pytest.param(lambda o, a, t: o.models.retrieve(""), IRE, "model", "required", id="path-empty"),
    pytest.param(lambda o, a, t: o.models.retrieve(42), IRE, "model", "must be a string", id="path-int"),
    # unknown and missing keyword arguments: Python names them
    pytest.param(chat(temprature=1), TypeError, "temprature", "unexpected keyword", id="chat-unknown-kwarg"),
    pytest.param(
        lambda o, a, t: o.chat.completions.create(model="m"), TypeError, "messages", "missing", id="chat-missing"
    ),
    pytest.param(
        lambda o, a, t: o.embeddings.create(input="x"), TypeError, "model", "missing", id="embed-missing-model"
    ),
    pytest.param(image(size_px=512), TypeError, "size_px", "unexpected keyword", id="image-unknown-kwarg"),
    pytest.param(
        lambda o, a, t: a.azure.chat.completions.create(deployment=DEPLOYMENT, messages=MESSAGES),
        TypeError,
        "deployment",
        "unexpected keyword",
        id="azure-unknown-kwarg",
    ),
    # files: unreadable, or not audio
    pytest.param(transcribe(lambda t: t / "missing.mp3"), IRE, "file", "cannot read", id="audio-missing-file"),
    pytest.param(transcribe(audio_dir), IRE, "file", "cannot read", id="audio-directory"),
    pytest.param(transcribe(text_file), IRE, "file", "notes.txt", id="audio-text-file"),
    pytest.param(transcribe(lambda t: ("slides.pdf", b"%PDF")), IRE, "file", "slides.pdf", id="audio-pdf-tuple"),
    pytest.param(transcribe(lambda t: ("noext", b"RIFF")), IRE, "file", "no extension", id="audio-no-extension"),
    pytest.param(translate(lambda t: ("memo.docx", b"PK")), IRE, "file", "memo.docx", id="translate-docx"),
    pytest.param(azure_transcribe(lambda t: ("a.exe", b"MZ")), IRE, "file", "a.exe", id="azure-audio-exe"),
    pytest.param(
        transcribe(lambda t: ("talk.mp3", b"ID3"), temperature="warm"),
        IRE,
        "temperature",
        "must be a number",
        id="audio-temperature-str",
    ),
    # issue 14: deployment names (the model routed to Azure) that are not one path segment
    pytest.param(routed_chat(model=".."), IRE, "model", "'..'", id="azure-model-dotdot"),
    pytest.param(routed_chat(model="."), IRE, "model", "'.'", id="azure-model-dot"),
    pytest.param(routed_chat(model="gpt/4o"), IRE, "model", "'/'", id="azure-model-slash"),
    pytest.param(routed_chat(model="gpt?x=1"), IRE, "model", "'?'", id="azure-model-query"),
    pytest.param(routed_chat(model="gpt#4"), IRE, "model", "'#'", id="azure-model-fragment"),
    # issue 14: headers HTTP cannot carry, named, not reported as connection errors
    pytest.param(chat(extra_headers={"X-Note": "snowman \u2603"}), IRE, "X-Note", "Latin-1", id="header-non-latin1"),
    pytest.param(chat(extra_headers={"X-Note": "a\nb"}), IRE, "X-Note", "line break", id="extra-header-newline"),
    pytest.param(chat(extra_headers={"Bad Name": "x"}), IRE, "Bad Name", "header name", id="header-name-space"),
    pytest.param(chat(extra_headers={"X-Count": 3}), IRE, "X-Count", "must be a str", id="header-int"),
    pytest.param(
        lambda o, a, t: o.request("GET", "/models", total_timeout=-1),
        IRE,
        "total_timeout",
        "> 0",
        id="raw-total-timeout-negative",
    ),
    pytest.param(
        lambda o, a, t: o.request("GET", "/models", headers={"X-Note": "\x00"}),
        IRE,
        "X-Note",
        "control character",
        id="raw-header-nul",
    ),
]


@pytest.mark.parametrize(("call", "error", "param", "detail"), CASES)
def test_bad_input_is_refused_before_sending(  # noqa: PLR0917 - pytest passes fixtures and parameters positionally
    server: LoopbackServer,
    clients: tuple[Client, Client],
    tmp_path: Path,
    call: Call,
    error: type[Exception],
    param: str,
    detail: str,
) -> None:
    assert_refused_before_sending(server, clients, tmp_path, call, error, param, detail)


def test_there_are_at_least_60_cases() -> None:
    assert len(CASES) >= 60


def test_valid_edges_pass_the_checks(server: LoopbackServer, clients: tuple[Client, Client]) -> None:
    """The bounds are inclusive where the spec says so, and None passes where the spec allows null."""
    from tests.runtime._helpers import completion
    from tests.support.loopback import Reply

    openai, _ = clients
    server.fallback = Reply(body=completion())
    edges: list[dict[str, Any]] = [
        {"temperature": 0},
        {"temperature": 2},
        {"temperature": 1.5, "top_p": 1},
        {"n": 1, "stop": ["a", "b", "c", "d"]},
        {"stop": "end"},
        {"stop": None, "temperature": None, "n": None},
        {"safety_identifier": "x" * 64},
        {"messages": (MESSAGES[0],)},
        {"metadata": {"k": "v"}},
    ]
    for kwargs in edges:
        arguments: dict[str, Any] = {"model": "m", "messages": MESSAGES, **kwargs}
        openai.chat.completions.create(**arguments)
    assert server.count == 9
