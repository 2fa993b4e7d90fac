"""Clients pointed at a loopback server (fake keys only) and hand-built operations for runtime tests."""

from __future__ import annotations

from openai_connector.lib import AsyncAPIClient, Operation, SyncAPIClient

from tests.support.loopback import LoopbackServer

FAKE_OPENAI_KEY = "sk-test-FAKEKEY0000000000000000000000000000"
FAKE_AZURE_KEY = "0123456789abcdef0123456789abcdef"
API_VERSION = "2024-10-21"


# Hand-built, without the spec's argument checks; their facts are the generated operations' (test_operation_facts.py).
AZURE_VERSION = "api-version"
CHAT = Operation(
    "openai",
    "createChatCompletion",
    "post",
    "/chat/completions",
    "json",
    "json",
    deployment_scoped=True,
    stream_done=True,
    version_param=AZURE_VERSION,
)
LIST_FILES = Operation("openai", "listFiles", "get", "/files", "none", "json", version_param=AZURE_VERSION)
GET_MODEL = Operation("openai", "retrieveModel", "get", "/models/{model}", "none", "json", version_param=AZURE_VERSION)
SPEECH = Operation("openai", "createSpeech", "post", "/audio/speech", "json", "binary", version_param=AZURE_VERSION)
TRANSCRIBE = Operation(
    "openai",
    "createTranscription",
    "post",
    "/audio/transcriptions",
    "multipart",
    "json",
    deployment_scoped=True,
    upload_formats={"file": ("flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "ogg", "wav", "webm")},
    version_param=AZURE_VERSION,
)
IMAGE_EDIT = Operation(
    "openai", "createImageEdit", "post", "/images/edits", "multipart", "json", version_param=AZURE_VERSION
)
UPLOAD_PART = Operation(
    "openai", "addUploadPart", "post", "/uploads/{upload_id}/parts", "binary", "json", version_param=AZURE_VERSION
)
RESPONSES = Operation("openai", "createResponse", "post", "/responses", "json", "json", version_param=AZURE_VERSION)
AZURE_CHAT = Operation(
    "azure",
    "ChatCompletions_Create",
    "post",
    "/deployments/{deployment-id}/chat/completions",
    "json",
    "json",
    {"api-version": "api_version", "deployment-id": "azure_deployment"},
    stream_done=True,
)


def openai_client(server: LoopbackServer, **settings: object) -> SyncAPIClient:
    settings.setdefault("retry_delay", 0.01)
    return SyncAPIClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", **settings)  # type: ignore[arg-type]


def azure_client(server: LoopbackServer, **settings: object) -> SyncAPIClient:
    settings.setdefault("retry_delay", 0.01)
    settings.setdefault("api_version", API_VERSION)
    if not any(k in settings for k in ("azure_ad_token", "azure_ad_token_provider", "api_key", "auth")):
        settings["api_key"] = FAKE_AZURE_KEY
    return SyncAPIClient(is_openai_key=False, azure_endpoint=server.url, **settings)  # type: ignore[arg-type]


def async_openai_client(server: LoopbackServer, **settings: object) -> AsyncAPIClient:
    settings.setdefault("retry_delay", 0.01)
    return AsyncAPIClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", **settings)  # type: ignore[arg-type]


def async_azure_client(server: LoopbackServer, **settings: object) -> AsyncAPIClient:
    settings.setdefault("retry_delay", 0.01)
    settings.setdefault("api_version", API_VERSION)
    if not any(k in settings for k in ("azure_ad_token", "azure_ad_token_provider", "api_key", "auth")):
        settings["api_key"] = FAKE_AZURE_KEY
    return AsyncAPIClient(is_openai_key=False, azure_endpoint=server.url, **settings)  # type: ignore[arg-type]
