"""Clients pointed at a loopback server (fake keys only) and the operations runtime tests call."""

from __future__ import annotations

from openai_connector.azure.resources import chat as azure_chat
from openai_connector.lib import AsyncAPIClient, SyncAPIClient
from openai_connector.resources import audio, chat, files, images, models, responses, uploads

from tests.support.loopback import LoopbackServer

FAKE_OPENAI_KEY = "sk-test-FAKEKEY0000000000000000000000000000"
FAKE_AZURE_KEY = "0123456789abcdef0123456789abcdef"
API_VERSION = "2024-10-21"


# The generated operations, so runtime tests act on the facts the generator derived from the specs.
CHAT = chat._CREATE_CHAT_COMPLETION
LIST_FILES = files._LIST_FILES
GET_MODEL = models._RETRIEVE_MODEL
SPEECH = audio._CREATE_SPEECH
TRANSCRIBE = audio._CREATE_TRANSCRIPTION
IMAGE_EDIT = images._CREATE_IMAGE_EDIT
UPLOAD_PART = uploads._ADD_UPLOAD_PART
RESPONSES = responses._CREATE_RESPONSE
AZURE_CHAT = azure_chat._CHAT_COMPLETIONS_CREATE


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
