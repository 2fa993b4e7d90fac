# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

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
    from ..types.create_moderation_request import (
        CreateModerationRequestInputListItemImageUrlParam,
        CreateModerationRequestInputListItemTextParam,
    )
    from ..types.moderation_create_response import ModerationCreateResponse

_CREATE_MODERATION = Operation(
    api="openai",
    operation_id="createModeration",
    method="POST",
    path="/moderations",
    request_kind="json",
    response_kind="json",
    checks={"body": {"input": {"anyOf": [{"type": "string"}, {"type": "array"}]}, "model": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Moderations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ModerationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ModerationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ModerationsWithStreamingResponse(self)

    def create(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[CreateModerationRequestInputListItemImageUrlParam | CreateModerationRequestInputListItemTextParam],
        model: str
        | Literal[
            "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ModerationCreateResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
          input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal input objects similar to other models.
          model: The content moderation model you would like to use. Learn more in [the moderation guide](/docs/guides/moderation), and learn about available models [here](/docs/models#moderation).
        """

        from ..types.moderation_create_response import ModerationCreateResponse

        return cast(
            "ModerationCreateResponse",
            self._client.call(
                _CREATE_MODERATION,
                body={"input": input, "model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ModerationCreateResponse,
            ),
        )


class AsyncModerations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncModerationsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncModerationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncModerationsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncModerationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        input: str
        | Sequence[str]
        | Sequence[CreateModerationRequestInputListItemImageUrlParam | CreateModerationRequestInputListItemTextParam],
        model: str
        | Literal[
            "omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"
        ]
        | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ModerationCreateResponse:
        """Classifies if text and/or image inputs are potentially harmful. Learn
        more in the [moderation guide](/docs/guides/moderation).

        Args:
          input: Input (or inputs) to classify. Can be a single string, an array of strings, or an array of multi-modal input objects similar to other models.
          model: The content moderation model you would like to use. Learn more in [the moderation guide](/docs/guides/moderation), and learn about available models [here](/docs/models#moderation).
        """

        from ..types.moderation_create_response import ModerationCreateResponse

        return cast(
            "ModerationCreateResponse",
            await self._client.call(
                _CREATE_MODERATION,
                body={"input": input, "model": model},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ModerationCreateResponse,
            ),
        )


class ModerationsWithRawResponse(ResourceView):
    _resource: Moderations

    create = raw_method(Moderations.create)


class ModerationsWithStreamingResponse(StreamingResourceView):
    _resource: Moderations

    create = streamed_method(Moderations.create)


class AsyncModerationsWithRawResponse(ResourceView):
    _resource: AsyncModerations

    create = async_raw_method(AsyncModerations.create)


class AsyncModerationsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncModerations

    create = async_streamed_method(AsyncModerations.create)
