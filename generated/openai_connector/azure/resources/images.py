# generated from the Azure OpenAI Service API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from ...lib._operation import Operation
from ...lib._resource import AsyncAPIResource, SyncAPIResource
from ...lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from ...lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)

if TYPE_CHECKING:
    from ..types.generate_images_response import GenerateImagesResponse
    from ..types.image_quality import ImageQuality
    from ..types.image_size import ImageSize
    from ..types.image_style import ImageStyle
    from ..types.images_response_format import ImagesResponseFormat

_IMAGE_GENERATIONS_CREATE = Operation(
    api="azure",
    operation_id="ImageGenerations_Create",
    method="POST",
    path="/deployments/{deployment-id}/images/generations",
    request_kind="json",
    response_kind="json",
    client_params={"deployment-id": "azure_deployment", "api-version": "api_version"},
    checks={
        "path": {"deployment-id": {"type": "string"}},
        "query": {"api-version": {"type": "string"}},
        "body": {
            "prompt": {"type": "string", "minLength": 1},
            "n": {"type": "integer", "minimum": 1, "maximum": 1},
            "size": {"type": "string"},
            "response_format": {"type": "string"},
            "user": {"type": "string"},
            "quality": {"type": "string"},
            "style": {"type": "string"},
        },
    },
    security=("entra_token", "azure_api_key"),
)


class Images(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return ImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ImagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return ImagesWithStreamingResponse(self)

    def generate(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        size: ImageSize | NotGiven = NOT_GIVEN,
        response_format: ImagesResponseFormat | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        quality: ImageQuality | NotGiven = NOT_GIVEN,
        style: ImageStyle | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GenerateImagesResponse:
        """Generates a batch of images from a text caption on a given DALLE model deployment

        Args:
          deployment_id: Deployment id of the dalle model which was deployed.
          api_version: api version
          prompt: A text description of the desired image(s). The maximum length is 4000 characters.
          n: The number of images to generate.
          size: The size of the generated images.
          response_format: The format in which the generated images are returned.
          user: A unique identifier representing your end-user, which can help to monitor and detect abuse.
          quality: The quality of the image that will be generated.
          style: The style of the generated images.
        """

        from ..types.generate_images_response import GenerateImagesResponse

        return cast(
            "GenerateImagesResponse",
            self._client.call(
                _IMAGE_GENERATIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                    "quality": quality,
                    "style": style,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GenerateImagesResponse,
            ),
        )


class AsyncImages(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncImagesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncImagesWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncImagesWithStreamingResponse(self)

    async def generate(
        self,
        *,
        deployment_id: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        size: ImageSize | NotGiven = NOT_GIVEN,
        response_format: ImagesResponseFormat | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        quality: ImageQuality | NotGiven = NOT_GIVEN,
        style: ImageStyle | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GenerateImagesResponse:
        """Generates a batch of images from a text caption on a given DALLE model deployment

        Args:
          deployment_id: Deployment id of the dalle model which was deployed.
          api_version: api version
          prompt: A text description of the desired image(s). The maximum length is 4000 characters.
          n: The number of images to generate.
          size: The size of the generated images.
          response_format: The format in which the generated images are returned.
          user: A unique identifier representing your end-user, which can help to monitor and detect abuse.
          quality: The quality of the image that will be generated.
          style: The style of the generated images.
        """

        from ..types.generate_images_response import GenerateImagesResponse

        return cast(
            "GenerateImagesResponse",
            await self._client.call(
                _IMAGE_GENERATIONS_CREATE,
                path_params={"deployment-id": deployment_id},
                query={"api-version": api_version},
                body={
                    "prompt": prompt,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                    "quality": quality,
                    "style": style,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GenerateImagesResponse,
            ),
        )


class ImagesWithRawResponse(ResourceView):
    _resource: Images

    generate = raw_method(Images.generate)


class ImagesWithStreamingResponse(StreamingResourceView):
    _resource: Images

    generate = streamed_method(Images.generate)


class AsyncImagesWithRawResponse(ResourceView):
    _resource: AsyncImages

    generate = async_raw_method(AsyncImages.generate)


class AsyncImagesWithStreamingResponse(StreamingResourceView):
    _resource: AsyncImages

    generate = async_streamed_method(AsyncImages.generate)
