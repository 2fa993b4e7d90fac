# generated from the Odd Shapes spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .lib._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.fields import AsyncFields, Fields
    from .resources.pets import AsyncPets, Pets
    from .resources.records import AsyncRecords, Records
    from .resources.root import AsyncRoot, Root

__all__ = ["AsyncClient", "Client"]


class Client(SyncAPIClient):
    """The synchronous client: one attribute per top-level resource."""

    default_base_url = "https://data.example.test/api"
    known_api_versions = ()

    @cached_property
    def root(self) -> Root:
        from .resources.root import Root

        return Root(self)

    @cached_property
    def records(self) -> Records:
        from .resources.records import Records

        return Records(self)

    @cached_property
    def fields(self) -> Fields:
        from .resources.fields import Fields

        return Fields(self)

    @cached_property
    def pets(self) -> Pets:
        from .resources.pets import Pets

        return Pets(self)


class AsyncClient(AsyncAPIClient):
    """The asynchronous client: one attribute per top-level resource."""

    default_base_url = "https://data.example.test/api"
    known_api_versions = ()

    @cached_property
    def root(self) -> AsyncRoot:
        from .resources.root import AsyncRoot

        return AsyncRoot(self)

    @cached_property
    def records(self) -> AsyncRecords:
        from .resources.records import AsyncRecords

        return AsyncRecords(self)

    @cached_property
    def fields(self) -> AsyncFields:
        from .resources.fields import AsyncFields

        return AsyncFields(self)

    @cached_property
    def pets(self) -> AsyncPets:
        from .resources.pets import AsyncPets

        return AsyncPets(self)
