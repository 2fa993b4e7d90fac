# generated from the Golden Pets, Golden Shop specs by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .lib._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .golden_shop import (
        AsyncGoldenShop,
        AsyncGoldenShopWithRawResponse,
        AsyncGoldenShopWithStreamingResponse,
        GoldenShop,
        GoldenShopWithRawResponse,
        GoldenShopWithStreamingResponse,
    )
    from .lib._webhooks import Webhooks
    from .resources.pets import (
        AsyncPets,
        AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse,
        Pets,
        PetsWithRawResponse,
        PetsWithStreamingResponse,
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

    default_base_url = "https://pets.example.test/v1"
    known_api_versions = ()

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The resource tree, its methods returning the HTTP response (`.parse()` gives the result)."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The resource tree, its methods as context managers over the unread HTTP response."""
        return ClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> Pets:
        from .resources.pets import Pets

        return Pets(self)

    @cached_property
    def golden_shop(self) -> GoldenShop:
        from .golden_shop import GoldenShop

        return GoldenShop(self)

    @cached_property
    def webhooks(self) -> Webhooks[UnwrapWebhookEvent]:
        """Verify webhook requests and read their events (the same on the sync and the async client)."""
        from .lib._webhooks import Webhooks
        from .types.webhooks import UnwrapWebhookEvent

        return Webhooks(self, UnwrapWebhookEvent)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client: one attribute per top-level resource."""

    default_base_url = "https://pets.example.test/v1"
    known_api_versions = ()

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The resource tree, its methods returning the HTTP response (`.parse()` gives the result)."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The resource tree, its methods as context managers over the unread HTTP response."""
        return AsyncClientWithStreamingResponse(self)

    @cached_property
    def pets(self) -> AsyncPets:
        from .resources.pets import AsyncPets

        return AsyncPets(self)

    @cached_property
    def golden_shop(self) -> AsyncGoldenShop:
        from .golden_shop import AsyncGoldenShop

        return AsyncGoldenShop(self)

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
    def pets(self) -> PetsWithRawResponse:
        return self._client.pets.with_raw_response

    @property
    def golden_shop(self) -> GoldenShopWithRawResponse:
        return self._client.golden_shop.with_raw_response


class ClientWithStreamingResponse:
    """`client.with_streaming_response`: the resource tree, each resource's `with_streaming_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def pets(self) -> PetsWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @property
    def golden_shop(self) -> GoldenShopWithStreamingResponse:
        return self._client.golden_shop.with_streaming_response


class AsyncClientWithRawResponse:
    """`client.with_raw_response`: the resource tree, each resource's `with_raw_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def pets(self) -> AsyncPetsWithRawResponse:
        return self._client.pets.with_raw_response

    @property
    def golden_shop(self) -> AsyncGoldenShopWithRawResponse:
        return self._client.golden_shop.with_raw_response


class AsyncClientWithStreamingResponse:
    """`client.with_streaming_response`: the resource tree, each resource's `with_streaming_response`."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        return self._client.pets.with_streaming_response

    @property
    def golden_shop(self) -> AsyncGoldenShopWithStreamingResponse:
        return self._client.golden_shop.with_streaming_response


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
