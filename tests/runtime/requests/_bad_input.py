"""Shared by the bad-input tables: builders of the calls (each takes the OpenAI client, the Azure client and
a temporary folder), the Azure settings, and the check that a call is refused before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openai_connector import Client, InvalidRequestError

from tests.runtime._helpers import API_VERSION, AZURE_KEY, DEPLOYMENT, MESSAGES
from tests.support.loopback import LoopbackServer

Call = Callable[[Client, Client, Path], object]


def chat(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"model": "gpt-4o-mini", "messages": MESSAGES}
    return lambda openai, azure, tmp: openai.chat.completions.create(**{**base, **kwargs})


def azure_chat(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"deployment_id": DEPLOYMENT, "messages": MESSAGES}
    return lambda openai, azure, tmp: azure.azure.chat.completions.create(**{**base, **kwargs})


def routed_chat(**kwargs: Any) -> Call:
    """The OpenAI-typed method on an Azure client (deployment-scoped URL)."""
    base: dict[str, Any] = {"model": DEPLOYMENT, "messages": MESSAGES}
    return lambda openai, azure, tmp: azure.chat.completions.create(**{**base, **kwargs})


def embed(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"model": "text-embedding-3-small", "input": "hello"}
    return lambda openai, azure, tmp: openai.embeddings.create(**{**base, **kwargs})


def image(**kwargs: Any) -> Call:
    base: dict[str, Any] = {"prompt": "a lighthouse"}
    return lambda openai, azure, tmp: openai.images.generate(**{**base, **kwargs})


def transcribe(file: Callable[[Path], Any], **kwargs: Any) -> Call:
    return lambda openai, azure, tmp: openai.audio.transcriptions.create(file=file(tmp), model="whisper-1", **kwargs)


def translate(file: Callable[[Path], Any]) -> Call:
    return lambda openai, azure, tmp: openai.audio.translations.create(file=file(tmp), model="whisper-1")


def azure_transcribe(file: Callable[[Path], Any]) -> Call:
    return lambda openai, azure, tmp: azure.azure.audio.transcriptions.create(deployment_id=DEPLOYMENT, file=file(tmp))


def text_file(tmp: Path) -> Path:
    path = tmp / "notes.txt"
    path.write_text("not audio")
    return path


def audio_dir(tmp: Path) -> Path:
    path = tmp / "folder.wav"
    path.mkdir()
    return path


def construct(**settings: Any) -> Call:
    return lambda openai, azure, tmp: Client(**settings)


def azure_settings(**overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "api_key": AZURE_KEY,
        "is_openai_key": False,
        "azure_endpoint": "https://res.openai.azure.com",
        "api_version": API_VERSION,
    }
    return {**settings, **overrides}


def assert_refused_before_sending(  # noqa: PLR0917 - the test's fixtures and parameters, in its order
    server: LoopbackServer,
    clients: tuple[Client, Client],
    tmp_path: Path,
    call: Call,
    error: type[Exception],
    param: str,
    detail: str,
) -> None:
    """The call raises exactly `error`, naming `param` (with `detail`), and the server saw no request."""
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
