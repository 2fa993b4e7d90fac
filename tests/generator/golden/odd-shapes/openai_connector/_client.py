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

__all__ = ["AsyncAzureOpenAI", "AsyncClient", "AsyncOpenAI", "AzureOpenAI", "Client", "OpenAI"]


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
