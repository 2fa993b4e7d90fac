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

__all__ = ["AsyncClient", "Client"]


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
