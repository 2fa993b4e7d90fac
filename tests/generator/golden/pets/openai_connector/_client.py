# generated from the Golden Pets, Golden Shop specs by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .lib._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .golden_shop import AsyncGoldenShop, GoldenShop
    from .lib._webhooks import Webhooks
    from .resources.pets import AsyncPets, Pets
    from .types.webhooks import UnwrapWebhookEvent

__all__ = ["AsyncAzureOpenAI", "AsyncClient", "AsyncOpenAI", "AzureOpenAI", "Client", "OpenAI"]


class Client(SyncAPIClient):
    """The synchronous client: one attribute per top-level resource."""

    default_base_url = "https://pets.example.test/v1"
    known_api_versions = ()

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
