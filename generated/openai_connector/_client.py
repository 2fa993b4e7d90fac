# generated from the OpenAI API, Azure OpenAI Service API specs by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .lib._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .azure import AsyncAzure, Azure
    from .azure_2024_06_01 import AsyncAzure20240601, Azure20240601
    from .lib._webhooks import Webhooks
    from .resources.admin import Admin, AsyncAdmin
    from .resources.audio import AsyncAudio, Audio
    from .resources.batches import AsyncBatches, Batches
    from .resources.beta import AsyncBeta, Beta
    from .resources.chat import AsyncChat, Chat
    from .resources.completions import AsyncCompletions, Completions
    from .resources.containers import AsyncContainers, Containers
    from .resources.content_provenance_checks import AsyncContentProvenanceChecks, ContentProvenanceChecks
    from .resources.conversations import AsyncConversations, Conversations
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.evals import AsyncEvals, Evals
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.moderations import AsyncModerations, Moderations
    from .resources.realtime import AsyncRealtime, Realtime
    from .resources.responses import AsyncResponses, Responses
    from .resources.skills import AsyncSkills, Skills
    from .resources.uploads import AsyncUploads, Uploads
    from .resources.vector_stores import AsyncVectorStores, VectorStores
    from .resources.videos import AsyncVideos, Videos
    from .types.webhooks import UnwrapWebhookEvent

__all__ = ["AsyncAzureOpenAI", "AsyncClient", "AsyncOpenAI", "AzureOpenAI", "Client", "OpenAI"]


class Client(SyncAPIClient):
    """The synchronous client: one attribute per top-level resource."""

    default_base_url = "https://api.openai.com/v1"
    known_api_versions = (
        "2024-06-01",
        "2024-10-21",
    )

    @cached_property
    def beta(self) -> Beta:
        from .resources.beta import Beta

        return Beta(self)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(self)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def containers(self) -> Containers:
        from .resources.containers import Containers

        return Containers(self)

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def evals(self) -> Evals:
        from .resources.evals import Evals

        return Evals(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def moderations(self) -> Moderations:
        from .resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def admin(self) -> Admin:
        from .resources.admin import Admin

        return Admin(self)

    @cached_property
    def realtime(self) -> Realtime:
        from .resources.realtime import Realtime

        return Realtime(self)

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses import Responses

        return Responses(self)

    @cached_property
    def uploads(self) -> Uploads:
        from .resources.uploads import Uploads

        return Uploads(self)

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .resources.vector_stores import VectorStores

        return VectorStores(self)

    @cached_property
    def content_provenance_checks(self) -> ContentProvenanceChecks:
        from .resources.content_provenance_checks import ContentProvenanceChecks

        return ContentProvenanceChecks(self)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self)

    @cached_property
    def skills(self) -> Skills:
        from .resources.skills import Skills

        return Skills(self)

    @cached_property
    def azure(self) -> Azure:
        from .azure import Azure

        return Azure(self)

    @cached_property
    def azure_2024_06_01(self) -> Azure20240601:
        from .azure_2024_06_01 import Azure20240601

        return Azure20240601(self)

    @cached_property
    def webhooks(self) -> Webhooks[UnwrapWebhookEvent]:
        """Verify webhook requests and read their events (the same on the sync and the async client)."""
        from .lib._webhooks import Webhooks
        from .types.webhooks import UnwrapWebhookEvent

        return Webhooks(self, UnwrapWebhookEvent)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client: one attribute per top-level resource."""

    default_base_url = "https://api.openai.com/v1"
    known_api_versions = (
        "2024-06-01",
        "2024-10-21",
    )

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def containers(self) -> AsyncContainers:
        from .resources.containers import AsyncContainers

        return AsyncContainers(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def evals(self) -> AsyncEvals:
        from .resources.evals import AsyncEvals

        return AsyncEvals(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from .resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def admin(self) -> AsyncAdmin:
        from .resources.admin import AsyncAdmin

        return AsyncAdmin(self)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from .resources.realtime import AsyncRealtime

        return AsyncRealtime(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        from .resources.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .resources.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)

    @cached_property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecks:
        from .resources.content_provenance_checks import AsyncContentProvenanceChecks

        return AsyncContentProvenanceChecks(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .resources.skills import AsyncSkills

        return AsyncSkills(self)

    @cached_property
    def azure(self) -> AsyncAzure:
        from .azure import AsyncAzure

        return AsyncAzure(self)

    @cached_property
    def azure_2024_06_01(self) -> AsyncAzure20240601:
        from .azure_2024_06_01 import AsyncAzure20240601

        return AsyncAzure20240601(self)

    @cached_property
    def webhooks(self) -> Webhooks[UnwrapWebhookEvent]:
        """Verify webhook requests and read their events (the same on the sync and the async client)."""
        from .lib._webhooks import Webhooks
        from .types.webhooks import UnwrapWebhookEvent

        return Webhooks(self, UnwrapWebhookEvent)


class OpenAI(Client):
    """`Client` for OpenAI only, as openai-python's `OpenAI`: settings not given are read from `OPENAI_API_KEY`,
    `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID` and `OPENAI_BASE_URL`, never from Azure's variables."""

    _provider = "openai"


class AsyncOpenAI(AsyncClient):
    """`AsyncClient` for OpenAI only (see `OpenAI`)."""

    _provider = "openai"


class AzureOpenAI(Client):
    """`Client` for Azure OpenAI only, as openai-python's `AzureOpenAI`: settings not given are read from
    `AZURE_OPENAI_API_KEY` (else `AZURE_OPENAI_AD_TOKEN`), `AZURE_OPENAI_ENDPOINT` and `OPENAI_API_VERSION`."""

    _provider = "azure"


class AsyncAzureOpenAI(AsyncClient):
    """`AsyncClient` for Azure OpenAI only (see `AzureOpenAI`)."""

    _provider = "azure"
