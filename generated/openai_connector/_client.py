# generated from the OpenAI API, Azure OpenAI Service API specs by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .lib._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .azure import (
        AsyncAzure,
        AsyncAzureWithRawResponse,
        AsyncAzureWithStreamingResponse,
        Azure,
        AzureWithRawResponse,
        AzureWithStreamingResponse,
    )
    from .azure_2024_06_01 import (
        AsyncAzure20240601,
        AsyncAzure20240601WithRawResponse,
        AsyncAzure20240601WithStreamingResponse,
        Azure20240601,
        Azure20240601WithRawResponse,
        Azure20240601WithStreamingResponse,
    )
    from .lib._webhooks import Webhooks
    from .resources.admin import (
        Admin,
        AdminWithRawResponse,
        AdminWithStreamingResponse,
        AsyncAdmin,
        AsyncAdminWithRawResponse,
        AsyncAdminWithStreamingResponse,
    )
    from .resources.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .resources.batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from .resources.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.containers import (
        AsyncContainers,
        AsyncContainersWithRawResponse,
        AsyncContainersWithStreamingResponse,
        Containers,
        ContainersWithRawResponse,
        ContainersWithStreamingResponse,
    )
    from .resources.content_provenance_checks import (
        AsyncContentProvenanceChecks,
        AsyncContentProvenanceChecksWithRawResponse,
        AsyncContentProvenanceChecksWithStreamingResponse,
        ContentProvenanceChecks,
        ContentProvenanceChecksWithRawResponse,
        ContentProvenanceChecksWithStreamingResponse,
    )
    from .resources.conversations import (
        AsyncConversations,
        AsyncConversationsWithRawResponse,
        AsyncConversationsWithStreamingResponse,
        Conversations,
        ConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
    )
    from .resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .resources.evals import (
        AsyncEvals,
        AsyncEvalsWithRawResponse,
        AsyncEvalsWithStreamingResponse,
        Evals,
        EvalsWithRawResponse,
        EvalsWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .resources.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuning,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .resources.moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        Moderations,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from .resources.realtime import (
        AsyncRealtime,
        AsyncRealtimeWithRawResponse,
        AsyncRealtimeWithStreamingResponse,
        Realtime,
        RealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
    )
    from .resources.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .resources.skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )
    from .resources.uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        Uploads,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from .resources.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )
    from .resources.videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        AsyncVideosWithStreamingResponse,
        Videos,
        VideosWithRawResponse,
        VideosWithStreamingResponse,
    )
    from .types.webhooks import UnwrapWebhookEvent

__all__ = [
    "AsyncAzureOpenAI",
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncClientWithStreamingResponse",
    "AsyncOpenAI",
    "AzureOpenAI",
    "Client",
    "ClientWithRawResponse",
    "ClientWithStreamingResponse",
    "OpenAI",
]


class Client(SyncAPIClient):
    """The synchronous client: one attribute per top-level resource."""

    default_base_url = "https://api.openai.com/v1"
    known_api_versions = (
        "2024-06-01",
        "2024-10-21",
    )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The resource tree, its methods returning the HTTP response (`.parse()` gives the result)."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The resource tree, its methods as context managers over the unread HTTP response."""
        return ClientWithStreamingResponse(self)

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

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The resource tree, its methods returning the HTTP response (`.parse()` gives the result)."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The resource tree, its methods as context managers over the unread HTTP response."""
        return AsyncClientWithStreamingResponse(self)

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


class ClientWithRawResponse:
    """`client.with_raw_response`: the resource tree, each resource's `with_raw_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def beta(self) -> BetaWithRawResponse:
        return self._client.beta.with_raw_response

    @property
    def audio(self) -> AudioWithRawResponse:
        return self._client.audio.with_raw_response

    @property
    def batches(self) -> BatchesWithRawResponse:
        return self._client.batches.with_raw_response

    @property
    def chat(self) -> ChatWithRawResponse:
        return self._client.chat.with_raw_response

    @property
    def completions(self) -> CompletionsWithRawResponse:
        return self._client.completions.with_raw_response

    @property
    def containers(self) -> ContainersWithRawResponse:
        return self._client.containers.with_raw_response

    @property
    def conversations(self) -> ConversationsWithRawResponse:
        return self._client.conversations.with_raw_response

    @property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        return self._client.embeddings.with_raw_response

    @property
    def evals(self) -> EvalsWithRawResponse:
        return self._client.evals.with_raw_response

    @property
    def files(self) -> FilesWithRawResponse:
        return self._client.files.with_raw_response

    @property
    def fine_tuning(self) -> FineTuningWithRawResponse:
        return self._client.fine_tuning.with_raw_response

    @property
    def images(self) -> ImagesWithRawResponse:
        return self._client.images.with_raw_response

    @property
    def models(self) -> ModelsWithRawResponse:
        return self._client.models.with_raw_response

    @property
    def moderations(self) -> ModerationsWithRawResponse:
        return self._client.moderations.with_raw_response

    @property
    def admin(self) -> AdminWithRawResponse:
        return self._client.admin.with_raw_response

    @property
    def realtime(self) -> RealtimeWithRawResponse:
        return self._client.realtime.with_raw_response

    @property
    def responses(self) -> ResponsesWithRawResponse:
        return self._client.responses.with_raw_response

    @property
    def uploads(self) -> UploadsWithRawResponse:
        return self._client.uploads.with_raw_response

    @property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        return self._client.vector_stores.with_raw_response

    @property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithRawResponse:
        return self._client.content_provenance_checks.with_raw_response

    @property
    def videos(self) -> VideosWithRawResponse:
        return self._client.videos.with_raw_response

    @property
    def skills(self) -> SkillsWithRawResponse:
        return self._client.skills.with_raw_response

    @property
    def azure(self) -> AzureWithRawResponse:
        return self._client.azure.with_raw_response

    @property
    def azure_2024_06_01(self) -> Azure20240601WithRawResponse:
        return self._client.azure_2024_06_01.with_raw_response


class ClientWithStreamingResponse:
    """`client.with_streaming_response`: the resource tree, each resource's `with_streaming_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def beta(self) -> BetaWithStreamingResponse:
        return self._client.beta.with_streaming_response

    @property
    def audio(self) -> AudioWithStreamingResponse:
        return self._client.audio.with_streaming_response

    @property
    def batches(self) -> BatchesWithStreamingResponse:
        return self._client.batches.with_streaming_response

    @property
    def chat(self) -> ChatWithStreamingResponse:
        return self._client.chat.with_streaming_response

    @property
    def completions(self) -> CompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @property
    def containers(self) -> ContainersWithStreamingResponse:
        return self._client.containers.with_streaming_response

    @property
    def conversations(self) -> ConversationsWithStreamingResponse:
        return self._client.conversations.with_streaming_response

    @property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        return self._client.embeddings.with_streaming_response

    @property
    def evals(self) -> EvalsWithStreamingResponse:
        return self._client.evals.with_streaming_response

    @property
    def files(self) -> FilesWithStreamingResponse:
        return self._client.files.with_streaming_response

    @property
    def fine_tuning(self) -> FineTuningWithStreamingResponse:
        return self._client.fine_tuning.with_streaming_response

    @property
    def images(self) -> ImagesWithStreamingResponse:
        return self._client.images.with_streaming_response

    @property
    def models(self) -> ModelsWithStreamingResponse:
        return self._client.models.with_streaming_response

    @property
    def moderations(self) -> ModerationsWithStreamingResponse:
        return self._client.moderations.with_streaming_response

    @property
    def admin(self) -> AdminWithStreamingResponse:
        return self._client.admin.with_streaming_response

    @property
    def realtime(self) -> RealtimeWithStreamingResponse:
        return self._client.realtime.with_streaming_response

    @property
    def responses(self) -> ResponsesWithStreamingResponse:
        return self._client.responses.with_streaming_response

    @property
    def uploads(self) -> UploadsWithStreamingResponse:
        return self._client.uploads.with_streaming_response

    @property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        return self._client.vector_stores.with_streaming_response

    @property
    def content_provenance_checks(self) -> ContentProvenanceChecksWithStreamingResponse:
        return self._client.content_provenance_checks.with_streaming_response

    @property
    def videos(self) -> VideosWithStreamingResponse:
        return self._client.videos.with_streaming_response

    @property
    def skills(self) -> SkillsWithStreamingResponse:
        return self._client.skills.with_streaming_response

    @property
    def azure(self) -> AzureWithStreamingResponse:
        return self._client.azure.with_streaming_response

    @property
    def azure_2024_06_01(self) -> Azure20240601WithStreamingResponse:
        return self._client.azure_2024_06_01.with_streaming_response


class AsyncClientWithRawResponse:
    """`client.with_raw_response`: the resource tree, each resource's `with_raw_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def beta(self) -> AsyncBetaWithRawResponse:
        return self._client.beta.with_raw_response

    @property
    def audio(self) -> AsyncAudioWithRawResponse:
        return self._client.audio.with_raw_response

    @property
    def batches(self) -> AsyncBatchesWithRawResponse:
        return self._client.batches.with_raw_response

    @property
    def chat(self) -> AsyncChatWithRawResponse:
        return self._client.chat.with_raw_response

    @property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        return self._client.completions.with_raw_response

    @property
    def containers(self) -> AsyncContainersWithRawResponse:
        return self._client.containers.with_raw_response

    @property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        return self._client.conversations.with_raw_response

    @property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        return self._client.embeddings.with_raw_response

    @property
    def evals(self) -> AsyncEvalsWithRawResponse:
        return self._client.evals.with_raw_response

    @property
    def files(self) -> AsyncFilesWithRawResponse:
        return self._client.files.with_raw_response

    @property
    def fine_tuning(self) -> AsyncFineTuningWithRawResponse:
        return self._client.fine_tuning.with_raw_response

    @property
    def images(self) -> AsyncImagesWithRawResponse:
        return self._client.images.with_raw_response

    @property
    def models(self) -> AsyncModelsWithRawResponse:
        return self._client.models.with_raw_response

    @property
    def moderations(self) -> AsyncModerationsWithRawResponse:
        return self._client.moderations.with_raw_response

    @property
    def admin(self) -> AsyncAdminWithRawResponse:
        return self._client.admin.with_raw_response

    @property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        return self._client.realtime.with_raw_response

    @property
    def responses(self) -> AsyncResponsesWithRawResponse:
        return self._client.responses.with_raw_response

    @property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        return self._client.uploads.with_raw_response

    @property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        return self._client.vector_stores.with_raw_response

    @property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithRawResponse:
        return self._client.content_provenance_checks.with_raw_response

    @property
    def videos(self) -> AsyncVideosWithRawResponse:
        return self._client.videos.with_raw_response

    @property
    def skills(self) -> AsyncSkillsWithRawResponse:
        return self._client.skills.with_raw_response

    @property
    def azure(self) -> AsyncAzureWithRawResponse:
        return self._client.azure.with_raw_response

    @property
    def azure_2024_06_01(self) -> AsyncAzure20240601WithRawResponse:
        return self._client.azure_2024_06_01.with_raw_response


class AsyncClientWithStreamingResponse:
    """`client.with_streaming_response`: the resource tree, each resource's `with_streaming_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        return self._client.beta.with_streaming_response

    @property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        return self._client.audio.with_streaming_response

    @property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        return self._client.batches.with_streaming_response

    @property
    def chat(self) -> AsyncChatWithStreamingResponse:
        return self._client.chat.with_streaming_response

    @property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        return self._client.completions.with_streaming_response

    @property
    def containers(self) -> AsyncContainersWithStreamingResponse:
        return self._client.containers.with_streaming_response

    @property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        return self._client.conversations.with_streaming_response

    @property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        return self._client.embeddings.with_streaming_response

    @property
    def evals(self) -> AsyncEvalsWithStreamingResponse:
        return self._client.evals.with_streaming_response

    @property
    def files(self) -> AsyncFilesWithStreamingResponse:
        return self._client.files.with_streaming_response

    @property
    def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse:
        return self._client.fine_tuning.with_streaming_response

    @property
    def images(self) -> AsyncImagesWithStreamingResponse:
        return self._client.images.with_streaming_response

    @property
    def models(self) -> AsyncModelsWithStreamingResponse:
        return self._client.models.with_streaming_response

    @property
    def moderations(self) -> AsyncModerationsWithStreamingResponse:
        return self._client.moderations.with_streaming_response

    @property
    def admin(self) -> AsyncAdminWithStreamingResponse:
        return self._client.admin.with_streaming_response

    @property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        return self._client.realtime.with_streaming_response

    @property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        return self._client.responses.with_streaming_response

    @property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        return self._client.uploads.with_streaming_response

    @property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        return self._client.vector_stores.with_streaming_response

    @property
    def content_provenance_checks(self) -> AsyncContentProvenanceChecksWithStreamingResponse:
        return self._client.content_provenance_checks.with_streaming_response

    @property
    def videos(self) -> AsyncVideosWithStreamingResponse:
        return self._client.videos.with_streaming_response

    @property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        return self._client.skills.with_streaming_response

    @property
    def azure(self) -> AsyncAzureWithStreamingResponse:
        return self._client.azure.with_streaming_response

    @property
    def azure_2024_06_01(self) -> AsyncAzure20240601WithStreamingResponse:
        return self._client.azure_2024_06_01.with_streaming_response


class OpenAI(Client):
    """`Client` for OpenAI only, as openai-python's `OpenAI`: settings not given are read from `OPENAI_API_KEY`,
    `OPENAI_ADMIN_KEY`, `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID` and `OPENAI_BASE_URL`, never from Azure's variables."""

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
