# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncPage,
        AsyncPaginator,
        SyncPage,
    )
    from ..types.model import Model
    from ..types.model_deleted import ModelDeleted

_LIST_MODELS = Operation(
    api="openai",
    operation_id="listModels",
    method="GET",
    path="/models",
    request_kind="none",
    response_kind="json",
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_MODEL = Operation(
    api="openai",
    operation_id="retrieveModel",
    method="GET",
    path="/models/{model}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"model": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_MODEL = Operation(
    api="openai",
    operation_id="deleteModel",
    method="DELETE",
    path="/models/{model}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"model": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Models(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModelsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ModelsWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Model]:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability."""

        from ..types.list_models_response import ListModelsResponse
        from ..types.model import Model

        return cast(
            "SyncPage[Model]",
            self._client.call_page(
                _LIST_MODELS,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListModelsResponse,
                item_type=Model,
                cursor_param=None,
            ),
        )

    def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
          model: The ID of the model to use for this request
        """

        from ..types.model import Model

        return cast(
            "Model",
            self._client.call(
                _RETRIEVE_MODEL,
                path_params={"model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Model,
            ),
        )

    def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ModelDeleted:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
          model: The model to delete
        """

        from ..types.model_deleted import ModelDeleted

        return cast(
            "ModelDeleted",
            self._client.call(
                _DELETE_MODEL,
                path_params={"model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ModelDeleted,
            ),
        )


class AsyncModels(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncModelsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncModelsWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Model, AsyncPage[Model]]:
        """Lists the currently available models, and provides basic information about each one such as the owner and availability."""

        from ..types.list_models_response import ListModelsResponse
        from ..types.model import Model

        return cast(
            "AsyncPaginator[Model, AsyncPage[Model]]",
            self._client.call_page(
                _LIST_MODELS,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListModelsResponse,
                item_type=Model,
                cursor_param=None,
            ),
        )

    async def retrieve(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Model:
        """Retrieves a model instance, providing basic information about the model such as the owner and permissioning.

        Args:
          model: The ID of the model to use for this request
        """

        from ..types.model import Model

        return cast(
            "Model",
            await self._client.call(
                _RETRIEVE_MODEL,
                path_params={"model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Model,
            ),
        )

    async def delete(
        self,
        model: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ModelDeleted:
        """Delete a fine-tuned model. You must have the Owner role in your organization to delete a model.

        Args:
          model: The model to delete
        """

        from ..types.model_deleted import ModelDeleted

        return cast(
            "ModelDeleted",
            await self._client.call(
                _DELETE_MODEL,
                path_params={"model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ModelDeleted,
            ),
        )


class ModelsWithRawResponse(ResourceView):
    _resource: Models

    list = raw_method(Models.list)
    retrieve = raw_method(Models.retrieve)
    delete = raw_method(Models.delete)


class ModelsWithStreamingResponse(StreamingResourceView):
    _resource: Models

    list = streamed_method(Models.list)
    retrieve = streamed_method(Models.retrieve)
    delete = streamed_method(Models.delete)


class AsyncModelsWithRawResponse(ResourceView):
    _resource: AsyncModels

    list = async_raw_method(AsyncModels.list)
    retrieve = async_raw_method(AsyncModels.retrieve)
    delete = async_raw_method(AsyncModels.delete)


class AsyncModelsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncModels

    list = async_streamed_method(AsyncModels.list)
    retrieve = async_streamed_method(AsyncModels.retrieve)
    delete = async_streamed_method(AsyncModels.delete)
