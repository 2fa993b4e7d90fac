"""Bad input: every case raises a clear, documented error naming the parameter, before anything is sent.

One table: a call through a generated method (or a client construction), the error type, and the name
the message must contain. The loopback server has no reply scripted and must see no request at all.
Out-of-range and wrong-type arguments raise `InvalidRequestError` (a `ValueError`, with `.param`), from
the spec's own bounds (`Operation.checks`); unknown or missing keyword arguments raise Python's
`TypeError`; bad settings raise `ConfigurationError` at construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openai_connector import Client, ConfigurationError, InvalidRequestError

from tests.runtime._helpers import API_VERSION, AZURE_KEY, DEPLOYMENT, MESSAGES, OPENAI_KEY
from tests.support.loopback import LoopbackServer

Call = Callable[[Client, Client, Path], object]


def _chat(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"model": "gpt-4o-mini", "messages": MESSAGES}
    return lambda openai, azure, tmp: openai.chat.completions.create(**{**base, **kwargs})


def _azure_chat(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"deployment_id": DEPLOYMENT, "messages": MESSAGES}
    return lambda openai, azure, tmp: azure.azure.chat.completions.create(**{**base, **kwargs})


def _routed_chat(**kwargs: Any) -> Call:
    """The OpenAI-typed method on an Azure client (deployment-scoped URL)."""
    base: dict[str, Any] = {"model": DEPLOYMENT, "messages": MESSAGES}
    return lambda openai, azure, tmp: azure.chat.completions.create(**{**base, **kwargs})


def _embed(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"model": "text-embedding-3-small", "input": "hello"}
    return lambda openai, azure, tmp: openai.embeddings.create(**{**base, **kwargs})


def _image(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"prompt": "a lighthouse"}
    return lambda openai, azure, tmp: openai.images.generate(**{**base, **kwargs})


def _transcribe(file: Callable[[Path], Any], **kwargs: Any) -> Call:
    return lambda openai, azure, tmp: openai.audio.transcriptions.create(file=file(tmp), model="whisper-1", **kwargs)


def _translate(file: Callable[[Path], Any]) -> Call:
    return lambda openai, azure, tmp: openai.audio.translations.create(file=file(tmp), model="whisper-1")


def _azure_transcribe(file: Callable[[Path], Any]) -> Call:
    return lambda openai, azure, tmp: azure.azure.audio.transcriptions.create(deployment_id=DEPLOYMENT, file=file(tmp))


def _text_file(tmp: Path) -> Path:
    path = tmp / "notes.txt"
    path.write_text("not audio")
    return path


def _audio_dir(tmp: Path) -> Path:
    path = tmp / "folder.wav"
    path.mkdir()
    return path


def _construct(**settings: Any) -> Call:
    return lambda openai, azure, tmp: Client(**settings)


def _azure_settings(**overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "api_key": AZURE_KEY,
        "is_openai_key": False,
        "azure_endpoint": "https://res.openai.azure.com",
        "api_version": API_VERSION,
    }
    return {**settings, **overrides}


IRE = InvalidRequestError
CASES: list[Any] = [
    # chat completions: numeric bounds
    pytest.param(_chat(temperature=-0.1), IRE, "temperature", ">= 0", id="chat-temperature-below-0"),
    pytest.param(_chat(temperature=2.01), IRE, "temperature", "<= 2", id="chat-temperature-above-2"),
    pytest.param(_chat(temperature="hot"), IRE, "temperature", "must be a number", id="chat-temperature-str"),
    pytest.param(_chat(temperature=True), IRE, "temperature", "must be a number", id="chat-temperature-bool"),
    pytest.param(_chat(temperature=float("nan")), IRE, "temperature", "finite", id="chat-temperature-nan"),
    pytest.param(_chat(temperature=float("inf")), IRE, "temperature", "finite", id="chat-temperature-inf"),
    pytest.param(_chat(top_p=1.5), IRE, "top_p", "<= 1", id="chat-top-p-above-1"),
    pytest.param(_chat(top_p=-0.5), IRE, "top_p", ">= 0", id="chat-top-p-negative"),
    pytest.param(_chat(n=0), IRE, "n", ">= 1", id="chat-n-0"),
    pytest.param(_chat(n=129), IRE, "n", "<= 128", id="chat-n-129"),
    pytest.param(_chat(n=2.0), IRE, "n", "must be an integer", id="chat-n-float"),
    pytest.param(_chat(n="2"), IRE, "n", "must be an integer", id="chat-n-str"),
    pytest.param(_chat(frequency_penalty=2.5), IRE, "frequency_penalty", "<= 2", id="chat-frequency-penalty"),
    pytest.param(_chat(presence_penalty=-2.5), IRE, "presence_penalty", ">= -2", id="chat-presence-penalty"),
    pytest.param(_chat(top_logprobs=21), IRE, "top_logprobs", "<= 20", id="chat-top-logprobs-21"),
    pytest.param(_chat(top_logprobs=-1), IRE, "top_logprobs", ">= 0", id="chat-top-logprobs-negative"),
    pytest.param(_chat(seed=1.5), IRE, "seed", "must be an integer", id="chat-seed-float"),
    pytest.param(_chat(max_tokens="10"), IRE, "max_tokens", "must be an integer", id="chat-max-tokens-str"),
    # chat completions: lengths, types, nulls
    pytest.param(_chat(stop=["a", "b", "c", "d", "e"]), IRE, "stop", "at most 4 items", id="chat-5-stops"),
    pytest.param(_chat(stop=[]), IRE, "stop", "at least 1 items", id="chat-0-stops"),
    pytest.param(_chat(stop=5), IRE, "stop", "must be a string or an array", id="chat-stop-int"),
    pytest.param(
        _chat(safety_identifier="x" * 65), IRE, "safety_identifier", "at most 64 characters", id="chat-long-id"
    ),
    pytest.param(_chat(messages=[]), IRE, "messages", "at least 1 items", id="chat-no-messages"),
    pytest.param(_chat(messages="Hello"), IRE, "messages", "must be an array", id="chat-messages-str"),
    pytest.param(_chat(messages=None), IRE, "messages", "must not be None", id="chat-messages-none"),
    pytest.param(_chat(model=None), IRE, "model", "must not be None", id="chat-model-none"),
    pytest.param(_chat(model=123), IRE, "model", "must be a string", id="chat-model-int"),
    pytest.param(_chat(logprobs="yes"), IRE, "logprobs", "must be a boolean", id="chat-logprobs-str"),
    pytest.param(_chat(store=1), IRE, "store", "must be a boolean", id="chat-store-int"),
    pytest.param(_chat(metadata=["a"]), IRE, "metadata", "must be an object", id="chat-metadata-list"),
    pytest.param(_chat(user=42), IRE, "user", "must be a string", id="chat-user-int"),
    pytest.param(_chat(stream_options="on"), IRE, "stream_options", "must be an object", id="chat-stream-options-str"),
    pytest.param(_chat(stream=True, temperature=9), IRE, "temperature", "<= 2", id="chat-stream-checked-too"),
    # text that is not text
    pytest.param(_chat(model=b"gpt-4o-mini"), IRE, "model", "decode them to str", id="chat-model-bytes"),
    pytest.param(_chat(model=b"gpt-\xff\xfe"), IRE, "model", "not valid UTF-8", id="chat-model-non-utf8"),
    pytest.param(_chat(user=b"\xff".decode("utf-8", "surrogateescape")), IRE, "user", "Unicode", id="chat-surrogate"),
    pytest.param(
        _chat(messages=[{"role": "user", "content": b"caf\xe9".decode("utf-8", "surrogateescape")}]),
        IRE,
        "messages",
        "not valid Unicode",
        id="chat-nested-surrogate",
    ),
    pytest.param(_chat(logit_bias={"50256": float("nan")}), IRE, "logit_bias", "NaN", id="chat-nested-nan"),
    # images, embeddings
    pytest.param(_image(n=0), IRE, "n", ">= 1", id="image-n-0"),
    pytest.param(_image(n=11), IRE, "n", "<= 10", id="image-n-11"),
    pytest.param(_image(prompt=None), IRE, "prompt", "must not be None", id="image-prompt-none"),
    pytest.param(_image(partial_images=4), IRE, "partial_images", "<= 3", id="image-partial-images"),
    pytest.param(_embed(input=[]), IRE, "input", "at least 1 items", id="embed-empty-list"),
    pytest.param(_embed(input=["x"] * 2049), IRE, "input", "at most 2048 items", id="embed-2049-inputs"),
    pytest.param(_embed(input=None), IRE, "input", "must not be None", id="embed-input-none"),
    pytest.param(_embed(dimensions=0), IRE, "dimensions", ">= 1", id="embed-dimensions-0"),
    pytest.param(_embed(encoding_format=1), IRE, "encoding_format", "must be a string", id="embed-format-int"),
    # Azure: the Azure-typed method and the OpenAI one routed to a deployment
    pytest.param(_azure_chat(temperature=3), IRE, "temperature", "<= 2", id="azure-temperature"),
    pytest.param(_azure_chat(stop=list("abcde")), IRE, "stop", "at most 4 items", id="azure-5-stops"),
    pytest.param(_azure_chat(n=0), IRE, "n", ">= 1", id="azure-n-0"),
    pytest.param(_azure_chat(api_version=20241021), IRE, "api_version", "must be a string", id="azure-api-version"),
    pytest.param(_azure_chat(deployment_id=""), IRE, "deployment-id", "required", id="azure-empty-deployment"),
    pytest.param(_azure_chat(messages=[]), IRE, "messages", "at least 1 items", id="azure-no-messages"),
    pytest.param(_routed_chat(temperature=-1), IRE, "temperature", ">= 0", id="azure-routed-temperature"),
    # path parameters
    pytest.param(lambda o, a, t: o.models.retrieve(".."), IRE, "model", "cannot be '..'", id="path-dotdot"),
    pytest.param(lambda o, a, t: o.files.retrieve("."), IRE, "file_id", "cannot be '.'", id="path-dot"),
    pytest.param(lambda o, a, t: o.models.retrieve(""), IRE, "model", "required", id="path-empty"),
    pytest.param(lambda o, a, t: o.models.retrieve(42), IRE, "model", "must be a string", id="path-int"),
    # unknown and missing keyword arguments: Python names them
    pytest.param(_chat(temprature=1), TypeError, "temprature", "unexpected keyword", id="chat-unknown-kwarg"),
    pytest.param(
        lambda o, a, t: o.chat.completions.create(model="m"), TypeError, "messages", "missing", id="chat-missing"
    ),
    pytest.param(
        lambda o, a, t: o.embeddings.create(input="x"), TypeError, "model", "missing", id="embed-missing-model"
    ),
    pytest.param(_image(size_px=512), TypeError, "size_px", "unexpected keyword", id="image-unknown-kwarg"),
    pytest.param(
        lambda o, a, t: a.azure.chat.completions.create(deployment=DEPLOYMENT, messages=MESSAGES),
        TypeError,
        "deployment",
        "unexpected keyword",
        id="azure-unknown-kwarg",
    ),
    # files: unreadable, or not audio
    pytest.param(_transcribe(lambda t: t / "missing.mp3"), IRE, "file", "cannot read", id="audio-missing-file"),
    pytest.param(_transcribe(_audio_dir), IRE, "file", "cannot read", id="audio-directory"),
    pytest.param(_transcribe(_text_file), IRE, "file", "notes.txt", id="audio-text-file"),
    pytest.param(_transcribe(lambda t: ("slides.pdf", b"%PDF")), IRE, "file", "slides.pdf", id="audio-pdf-tuple"),
    pytest.param(_transcribe(lambda t: ("noext", b"RIFF")), IRE, "file", "no extension", id="audio-no-extension"),
    pytest.param(_translate(lambda t: ("memo.docx", b"PK")), IRE, "file", "memo.docx", id="translate-docx"),
    pytest.param(_azure_transcribe(lambda t: ("a.exe", b"MZ")), IRE, "file", "a.exe", id="azure-audio-exe"),
    pytest.param(
        _transcribe(lambda t: ("talk.mp3", b"ID3"), temperature="warm"),
        IRE,
        "temperature",
        "must be a number",
        id="audio-temperature-str",
    ),
    # settings: construction-time ConfigurationError naming the setting
    pytest.param(_construct(api_key=OPENAI_KEY, base_url="not a url"), ConfigurationError, "base_url", "", id="url-1"),
    pytest.param(
        _construct(api_key=OPENAI_KEY, base_url="http:///v1"), ConfigurationError, "base_url", "host", id="url-2"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, base_url="https://api.example.com/v1?key=1"),
        ConfigurationError,
        "base_url",
        "query",
        id="url-query",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, base_url="https://exa mple.com"),
        ConfigurationError,
        "base_url",
        "",
        id="url-space",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, base_url="https://h:99999/v1"), ConfigurationError, "base_url", "port", id="port"
    ),
    pytest.param(
        _construct(**_azure_settings(azure_endpoint="ftp://res.openai.azure.com")),
        ConfigurationError,
        "azure_endpoint",
        "",
        id="endpoint-ftp",
    ),
    pytest.param(
        _construct(**_azure_settings(azure_endpoint="https:///openai")),
        ConfigurationError,
        "azure_endpoint",
        "host",
        id="endpoint-no-host",
    ),
    pytest.param(
        _construct(**_azure_settings(azure_endpoint="https://res.openai.azure.com#frag")),
        ConfigurationError,
        "azure_endpoint",
        "fragment",
        id="endpoint-fragment",
    ),
    pytest.param(
        _construct(**_azure_settings(azure_resource="https://res.openai.azure.com")),
        ConfigurationError,
        "azure_resource",
        "",
        id="resource-url",
    ),
    pytest.param(
        _construct(**_azure_settings(api_version="2024-10")), ConfigurationError, "api_version", "YYYY-MM-DD", id="v1"
    ),
    pytest.param(
        _construct(**_azure_settings(api_version="latest")), ConfigurationError, "api_version", "YYYY-MM-DD", id="v2"
    ),
    pytest.param(
        _construct(**_azure_settings(api_version="2024-10-21-beta")),
        ConfigurationError,
        "api_version",
        "preview",
        id="v3",
    ),
    pytest.param(_construct(**_azure_settings(api_version="v2")), ConfigurationError, "api_version", "'v1'", id="v4"),
    pytest.param(
        _construct(**_azure_settings(api_version=" 2024-10-21")), ConfigurationError, "api_version", "", id="v5"
    ),
    # issue 14: misspelt settings, settings of the wrong type or out of range, all at construction
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_retires=0, timout=1),
        TypeError,
        "max_retires",
        "did you mean 'max_retries'?",
        id="misspelt-settings",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, timout=1), TypeError, "timout", "did you mean 'timeout'?", id="misspelt-timeout"
    ),
    pytest.param(_construct(api_key=123), ConfigurationError, "api_key", "must be a str", id="api-key-int"),
    pytest.param(
        _construct(api_key=OPENAI_KEY + "\u2603"), ConfigurationError, "api_key", "outside ASCII", id="key-unicode"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, organization="org-1\nX: y"),
        ConfigurationError,
        "organization",
        "control character",
        id="organization-newline",
    ),
    pytest.param(
        _construct(**_azure_settings(api_key=b"k" * 32)), ConfigurationError, "api_key", "not bytes", id="key-bytes"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_retries="3"), ConfigurationError, "max_retries", "'3'", id="retries-str"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_retries=-1), ConfigurationError, "max_retries", ">= 0", id="retries-neg"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, retry_delay=-0.5), ConfigurationError, "retry_delay", ">= 0", id="delay-neg"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, retry_delay=float("nan")), ConfigurationError, "retry_delay", "finite", id="nan"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_retry_delay=-1), ConfigurationError, "max_retry_delay", ">= 0", id="cap-neg"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_retry_delay=float("inf")),
        ConfigurationError,
        "max_retry_delay",
        "finite",
        id="cap-inf",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, total_timeout=0), ConfigurationError, "total_timeout", "> 0", id="total-zero"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, retry_delay=1e300), ConfigurationError, "retry_delay", "at most", id="delay-huge"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_calls_per_period=1, period_seconds=1e300),
        ConfigurationError,
        "period_seconds",
        "at most",
        id="period-huge",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, total_timeout="5"), ConfigurationError, "total_timeout", "'5'", id="total-str"
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_calls_per_period=0),
        ConfigurationError,
        "max_calls_per_period",
        "at least 1",
        id="rate-zero",
    ),
    pytest.param(
        _construct(api_key=OPENAI_KEY, max_calls_per_period=5, rate_limit_max_wait=-1),
        ConfigurationError,
        "rate_limit_max_wait",
        ">= 0",
        id="rate-max-wait-neg",
    ),
    pytest.param(
        lambda o, a, t: o.with_options(max_retries="3"), ConfigurationError, "max_retries", "'3'", id="options-retries"
    ),
    pytest.param(
        lambda o, a, t: o.with_options(retry_delay=-1), ConfigurationError, "retry_delay", ">= 0", id="options-delay"
    ),
    # issue 14: Azure endpoints with a path, deployment names that are not one path segment
    pytest.param(
        _construct(**_azure_settings(azure_endpoint="https://res.openai.azure.com/custom/path")),
        ConfigurationError,
        "azure_endpoint",
        "no path",
        id="endpoint-path",
    ),
    pytest.param(
        _construct(**_azure_settings(azure_endpoint="https://res.openai.azure.com/openai/deployments/d")),
        ConfigurationError,
        "azure_endpoint",
        "no path",
        id="endpoint-deployment-path",
    ),
    pytest.param(
        _construct(**_azure_settings(azure_deployment="a/b")), ConfigurationError, "azure_deployment", "'/'", id="dep"
    ),
    pytest.param(_routed_chat(model=".."), IRE, "model", "'..'", id="azure-model-dotdot"),
    pytest.param(_routed_chat(model="."), IRE, "model", "'.'", id="azure-model-dot"),
    pytest.param(_routed_chat(model="gpt/4o"), IRE, "model", "'/'", id="azure-model-slash"),
    pytest.param(_routed_chat(model="gpt?x=1"), IRE, "model", "'?'", id="azure-model-query"),
    pytest.param(_routed_chat(model="gpt#4"), IRE, "model", "'#'", id="azure-model-fragment"),
    # issue 14: headers HTTP cannot carry, named, not reported as connection errors
    pytest.param(
        _construct(api_key=OPENAI_KEY, default_headers={"X-Note": "a\r\nX-Injected: 1"}),
        IRE,
        "X-Note",
        "line break",
        id="default-header-newline",
    ),
    pytest.param(_chat(extra_headers={"X-Note": "snowman \u2603"}), IRE, "X-Note", "Latin-1", id="header-non-latin1"),
    pytest.param(_chat(extra_headers={"X-Note": "a\nb"}), IRE, "X-Note", "line break", id="extra-header-newline"),
    pytest.param(_chat(extra_headers={"Bad Name": "x"}), IRE, "Bad Name", "header name", id="header-name-space"),
    pytest.param(_chat(extra_headers={"X-Count": 3}), IRE, "X-Count", "must be a str", id="header-int"),
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


@pytest.fixture
def clients(server: LoopbackServer) -> Any:
    openai = Client(OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)
    azure = Client(**_azure_settings(azure_endpoint=server.url, max_retries=0))
    yield openai, azure
    openai.close()
    azure.close()


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
    openai, azure = clients
    with pytest.raises(error) as info:
        call(openai, azure, tmp_path)
    assert type(info.value) is error  # exactly the documented type, not a stray ValueError or KeyError
    message = str(info.value)
    assert re.search(rf"(?<![A-Za-z_]){re.escape(param)}(?![A-Za-z_])", message), message
    assert detail in message, message
    if isinstance(info.value, InvalidRequestError):
        assert info.value.param.replace("-", "_") in (param.replace("-", "_"), "body")
        assert isinstance(info.value, ValueError)
    assert server.count == 0, "the request was sent"


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
