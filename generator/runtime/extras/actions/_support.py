"""What every action shares: which platform offers what, message building, and small helpers."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Protocol

from .._errors import ConfigurationError, InvalidRequestError
from .._operation import Operation
from .._types import NotGiven

__all__ = [
    "ACTION_OPERATIONS",
    "NotOfferedError",
    "Prompt",
    "azure_namespace",
    "deployment_or_model",
    "given",
    "operation_of",
    "operation_path",
    "require",
    "to_messages",
    "writable_file",
]

# The generated operation each action calls: the resource on the client, and the operation's id. Whether
# Azure OpenAI's classic API offers an action is that operation's fact (`Operation.deployment_scoped`).
ACTION_OPERATIONS: Final = {
    "chat": ("chat.completions", "createChatCompletion"),
    "completion": ("completions", "createCompletion"),
    "embeddings": ("embeddings", "createEmbedding"),
    "image_generate": ("images", "createImage"),
    "image_edit": ("images", "createImageEdit"),
    "image_variation": ("images", "createImageVariation"),
    "transcribe": ("audio.transcriptions", "createTranscription"),
    "translate": ("audio.translations", "createTranslation"),
    "speech": ("audio.speech", "createSpeech"),
    "moderation": ("moderations", "createModeration"),
    "fine_tuning": ("fine_tuning.jobs", "createFineTuningJob"),
    "models": ("models", "listModels"),
    "responses": ("responses", "createResponse"),
    "batch": ("batches", "createBatch"),
    "azure_chat": ("azure.chat.completions", "ChatCompletions_Create"),
}

# Actions only Azure OpenAI (classic) offers.
AZURE_ONLY_ACTIONS: Final = frozenset({"azure_chat"})

Prompt = str | Sequence[Mapping[str, Any]]
"""A prompt: a user message as a string, or a whole list of chat messages."""


class NotOfferedError(ConfigurationError):
    """The action is not offered on the platform (or Azure API) the client is set up for."""


class _HasConfig(Protocol):
    @property
    def config(self) -> Any: ...


def azure_namespace(client: object) -> Any:
    """The client's `azure` namespace (Azure's typed operations); a package generated without Azure's spec has none."""
    namespace = getattr(client, "azure", None)
    if namespace is None:
        raise NotOfferedError(
            "azure_chat needs the `azure` namespace: generate the package with Azure's inference spec"
        )
    return namespace


def operation_of(client: object, action: str) -> Operation | None:
    """The generated operation `action` calls on `client` (see `ACTION_OPERATIONS`); None if the client has none."""
    resource_path, operation_id = ACTION_OPERATIONS[action]
    resource: object = client
    for attribute in resource_path.split("."):
        resource = getattr(resource, attribute, None)
        if resource is None:
            return None
    return _operation(type(resource).__module__, operation_id)


def operation_path(client: object, action: str) -> str:
    """The spec path of the operation `action` calls (a Batch API job's endpoint)."""
    op = operation_of(client, action)
    if op is None:
        raise NotOfferedError(f"{action} needs the client's {ACTION_OPERATIONS[action][0]} resource")
    return op.path


@functools.cache
def _operation(module: str, operation_id: str) -> Operation | None:
    found = (v for v in vars(sys.modules[module]).values() if isinstance(v, Operation))
    return next((op for op in found if op.operation_id == operation_id), None)


def require(client: _HasConfig, action: str) -> None:
    """Raise `NotOfferedError` if `client`'s platform does not offer `action`.

    Azure OpenAI's classic API offers the actions whose operation it serves per deployment (the
    operation's `deployment_scoped`, derived from Azure's spec) and Azure's own.
    """
    cfg = client.config
    if not cfg.is_azure:
        if action in AZURE_ONLY_ACTIONS:
            raise NotOfferedError(f"{action} is an Azure OpenAI action; this client is set up for OpenAI")
        return
    if cfg.azure_api == "classic" and action not in AZURE_ONLY_ACTIONS:
        op = operation_of(client, action)
        if op is None or not op.deployment_scoped:
            served = f"{op.method} {op.path}" if op is not None else f"the operation of {action}"
            raise NotOfferedError(
                f"{action} is not offered by Azure OpenAI api-version {cfg.api_version} (its spec serves no "
                f"{served} per deployment); use Azure's v1 API (azure_api='v1') or OpenAI"
            )
    if cfg.azure_api == "v1" and action in AZURE_ONLY_ACTIONS:
        raise NotOfferedError(f"{action} needs Azure OpenAI's classic API (azure_api='classic' with api_version)")


def to_messages(prompt: Prompt, system: str | None = None) -> list[Any]:
    """Chat messages of `prompt` (a string becomes one user message), with `system` first if given."""
    messages: list[Any] = [{"role": "system", "content": system}] if system else []
    if isinstance(prompt, str):
        messages.append({"role": "user", "content": prompt})
    elif isinstance(prompt, Sequence) and not isinstance(prompt, bytes) and all(map(_is_message, prompt)):
        messages.extend(prompt)
    else:
        raise InvalidRequestError(
            f"prompt must be a string or a list of message dicts, got {_kind(prompt)}", param="prompt"
        )
    return messages


def _is_message(value: object) -> bool:
    return isinstance(value, Mapping) or hasattr(value, "model_dump")  # a dict or a typed message model


def _kind(value: object) -> str:
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        inner = next((type(m).__name__ for m in value if not _is_message(m)), "?")
        return f"a {type(value).__name__} holding a {inner}"
    return "None" if value is None else type(value).__name__


def deployment_or_model(client: _HasConfig, model: str | None) -> str:
    """`model`, else the client's `azure_deployment`; on Azure the model is the deployment name."""
    if model:
        return model
    deployment = client.config.azure_deployment
    if deployment:
        return str(deployment)
    raise ConfigurationError("model is required (on Azure OpenAI: the deployment name, or azure_deployment)")


def given(params: Mapping[str, Any]) -> dict[str, Any]:
    """`params` without the ones left at `None` or `NOT_GIVEN` (for actions whose defaults mean "leave out")."""
    return {k: v for k, v in params.items() if v is not None and not isinstance(v, NotGiven)}


def writable_file(path: object, param: str) -> Path:
    """`path` as a `Path` if a file can be written there, checked before a paid call produces its content."""
    if not isinstance(path, str | os.PathLike) or not os.fspath(path):
        raise InvalidRequestError(f"{param} must be a file path, got {path!r}", param=param)
    target = Path(path)
    folder = target.parent
    problem = None
    if target.is_dir():
        problem = "it is a folder"
    elif not folder.is_dir():
        problem = (
            f"the folder {str(folder)!r} does not exist" if not folder.exists() else f"{str(folder)!r} is not a folder"
        )
    elif not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        problem = "permission denied"
    if problem is not None:
        raise InvalidRequestError(f"{param}: cannot write to {str(target)!r}: {problem}", param=param)
    return target
