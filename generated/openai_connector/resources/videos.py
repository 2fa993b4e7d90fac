# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._response import BinaryResponse
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ..lib.helpers.polling import AsyncVideosPolling, VideosPolling

if TYPE_CHECKING:
    from ..lib._pagination import (
        AsyncConversationCursorPage,
        AsyncPaginator,
        SyncConversationCursorPage,
    )
    from ..types.image_reference import ImageReferenceParam
    from ..types.order_enum import OrderEnum
    from ..types.video import Video
    from ..types.video_character_resource import VideoCharacterResource
    from ..types.video_content_variant import VideoContentVariant
    from ..types.video_delete_response import VideoDeleteResponse
    from ..types.video_model import VideoModel
    from ..types.video_reference_input_param import VideoReferenceInputParam
    from ..types.video_seconds import VideoSeconds
    from ..types.video_size import VideoSize

_LIST_VIDEOS = Operation(
    api="openai",
    operation_id="ListVideos",
    method="GET",
    path="/videos",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_CREATE_VIDEO = Operation(
    api="openai",
    operation_id="createVideo",
    method="POST",
    path="/videos",
    request_kind="multipart",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "prompt": {"type": "string", "minLength": 1, "maxLength": 32000},
            "seconds": {"type": "string"},
            "size": {"type": "string"},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_JSON = Operation(
    api="openai",
    operation_id="createVideo",
    method="POST",
    path="/videos",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "prompt": {"type": "string", "minLength": 1, "maxLength": 32000},
            "input_reference": {"type": "object"},
            "seconds": {"type": "string"},
            "size": {"type": "string"},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_CHARACTER = Operation(
    api="openai",
    operation_id="CreateVideoCharacter",
    method="POST",
    path="/videos/characters",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"name": {"type": "string", "minLength": 1, "maxLength": 80}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_GET_VIDEO_CHARACTER = Operation(
    api="openai",
    operation_id="GetVideoCharacter",
    method="GET",
    path="/videos/characters/{character_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"character_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_EDIT = Operation(
    api="openai",
    operation_id="CreateVideoEdit",
    method="POST",
    path="/videos/edits",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"prompt": {"type": "string", "minLength": 1, "maxLength": 32000}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_EDIT_JSON = Operation(
    api="openai",
    operation_id="CreateVideoEdit",
    method="POST",
    path="/videos/edits",
    request_kind="json",
    response_kind="json",
    checks={"body": {"video": {"type": "object"}, "prompt": {"type": "string", "minLength": 1, "maxLength": 32000}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_EXTEND = Operation(
    api="openai",
    operation_id="CreateVideoExtend",
    method="POST",
    path="/videos/extensions",
    request_kind="multipart",
    response_kind="json",
    checks={"body": {"prompt": {"type": "string", "minLength": 1, "maxLength": 32000}, "seconds": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_EXTEND_JSON = Operation(
    api="openai",
    operation_id="CreateVideoExtend",
    method="POST",
    path="/videos/extensions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "video": {"type": "object"},
            "prompt": {"type": "string", "minLength": 1, "maxLength": 32000},
            "seconds": {"type": "string"},
        }
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_GET_VIDEO = Operation(
    api="openai",
    operation_id="GetVideo",
    method="GET",
    path="/videos/{video_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"video_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_DELETE_VIDEO = Operation(
    api="openai",
    operation_id="DeleteVideo",
    method="DELETE",
    path="/videos/{video_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"video_id": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_VIDEO_CONTENT = Operation(
    api="openai",
    operation_id="RetrieveVideoContent",
    method="GET",
    path="/videos/{video_id}/content",
    request_kind="none",
    response_kind="binary",
    accept="video/mp4, image/webp, application/json",
    checks={"path": {"video_id": {"type": "string"}}, "query": {"variant": {"type": "string"}}},
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)

_CREATE_VIDEO_REMIX = Operation(
    api="openai",
    operation_id="CreateVideoRemix",
    method="POST",
    path="/videos/{video_id}/remix",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"video_id": {"type": "string"}},
        "body": {"prompt": {"type": "string", "minLength": 1, "maxLength": 32000}},
    },
    deprecated=True,
    security=("api_key",),
    version_param="api-version",
)


class Videos(VideosPolling, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return VideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> VideosWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return VideosWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[Video]:
        """Deprecated.

        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve
          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
          after: Identifier for the last item from the previous pagination request
        """

        from ..types.video import Video
        from ..types.video_list_resource import VideoListResource

        return cast(
            "SyncConversationCursorPage[Video]",
            self._client.call_page(
                _LIST_VIDEOS,
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoListResource,
                item_type=Video,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: FileTypes | ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
          prompt: Text prompt that describes the video to generate.
          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO,
                body={"model": model, "prompt": prompt, "seconds": seconds, "size": size},
                files={"input_reference": input_reference},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def create_json(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
          prompt: Text prompt that describes the video to generate.
          input_reference: Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_JSON,
                body={
                    "model": model,
                    "prompt": prompt,
                    "input_reference": input_reference,
                    "seconds": seconds,
                    "size": size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoCharacterResource:
        """Deprecated.

        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.
          name: Display name for this API character.
        """

        from ..types.video_character_resource import VideoCharacterResource

        return cast(
            "VideoCharacterResource",
            self._client.call(
                _CREATE_VIDEO_CHARACTER,
                body={"name": name},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoCharacterResource,
            ),
        )

    def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoCharacterResource:
        """Deprecated.

        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.
        """

        from ..types.video_character_resource import VideoCharacterResource

        return cast(
            "VideoCharacterResource",
            self._client.call(
                _GET_VIDEO_CHARACTER,
                path_params={"character_id": character_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoCharacterResource,
            ),
        )

    def edit(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_EDIT,
                body={"prompt": prompt},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def edit_json(
        self,
        *,
        video: VideoReferenceInputParam,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job by editing a source video or existing generated video.

        Args:
          video: Reference to the completed video to edit.
          prompt: Text prompt that describes how to edit the source video.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_EDIT_JSON,
                body={"video": video, "prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def extend(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.
          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_EXTEND,
                body={"prompt": prompt, "seconds": seconds},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def extend_json(
        self,
        *,
        video: VideoReferenceInputParam,
        prompt: str,
        seconds: VideoSeconds,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create an extension of a completed video.

        Args:
          video: Reference to the completed video to extend.
          prompt: Updated text prompt that directs the extension generation.
          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_EXTEND_JSON,
                body={"video": video, "prompt": prompt, "seconds": seconds},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _GET_VIDEO,
                path_params={"video_id": video_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoDeleteResponse:
        """Deprecated.

        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.
        """

        from ..types.video_delete_response import VideoDeleteResponse

        return cast(
            "VideoDeleteResponse",
            self._client.call(
                _DELETE_VIDEO,
                path_params={"video_id": video_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoDeleteResponse,
            ),
        )

    def download_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Deprecated.

        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.
          variant: Which downloadable asset to return. Defaults to the MP4 video.
        """

        return cast(
            "BinaryResponse",
            self._client.call(
                _RETRIEVE_VIDEO_CONTENT,
                path_params={"video_id": video_id},
                query={"variant": variant},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.
          prompt: Updated text prompt that directs the remix generation.
        """

        from ..types.video import Video

        return cast(
            "Video",
            self._client.call(
                _CREATE_VIDEO_REMIX,
                path_params={"video_id": video_id},
                body={"prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    def create_and_poll(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: FileTypes | ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Create a video, poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return self._create_and_poll(
            model=model,
            prompt=prompt,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncVideos(AsyncVideosPolling, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncVideosWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncVideosWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncVideosWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Video, AsyncConversationCursorPage[Video]]:
        """Deprecated.

        List recently generated videos for the current project.

        Args:
          limit: Number of items to retrieve
          order: Sort order of results by timestamp. Use `asc` for ascending order or `desc` for descending order.
          after: Identifier for the last item from the previous pagination request
        """

        from ..types.video import Video
        from ..types.video_list_resource import VideoListResource

        return cast(
            "AsyncPaginator[Video, AsyncConversationCursorPage[Video]]",
            self._client.call_page(
                _LIST_VIDEOS,
                query={"limit": limit, "order": order, "after": after},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoListResource,
                item_type=Video,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: FileTypes | ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
          prompt: Text prompt that describes the video to generate.
          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO,
                body={"model": model, "prompt": prompt, "seconds": seconds, "size": size},
                files={"input_reference": input_reference},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def create_json(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job from a prompt and optional reference assets.

        Args:
          model: The video generation model to use (allowed values: sora-2, sora-2-pro). Defaults to `sora-2`.
          prompt: Text prompt that describes the video to generate.
          input_reference: Optional reference object that guides generation. Provide exactly one of `image_url` or `file_id`.
          seconds: Clip duration in seconds (allowed values: 4, 8, 12). Defaults to 4 seconds.
          size: Output resolution formatted as width x height (allowed values: 720x1280, 1280x720, 1024x1792, 1792x1024). Defaults to 720x1280.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_JSON,
                body={
                    "model": model,
                    "prompt": prompt,
                    "input_reference": input_reference,
                    "seconds": seconds,
                    "size": size,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def create_character(
        self,
        *,
        video: FileTypes,
        name: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoCharacterResource:
        """Deprecated.

        Create a character from an uploaded video.

        Args:
          video: Video file used to create a character.
          name: Display name for this API character.
        """

        from ..types.video_character_resource import VideoCharacterResource

        return cast(
            "VideoCharacterResource",
            await self._client.call(
                _CREATE_VIDEO_CHARACTER,
                body={"name": name},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoCharacterResource,
            ),
        )

    async def get_character(
        self,
        character_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoCharacterResource:
        """Deprecated.

        Fetch a character.

        Args:
          character_id: The identifier of the character to retrieve.
        """

        from ..types.video_character_resource import VideoCharacterResource

        return cast(
            "VideoCharacterResource",
            await self._client.call(
                _GET_VIDEO_CHARACTER,
                path_params={"character_id": character_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoCharacterResource,
            ),
        )

    async def edit(
        self,
        *,
        video: FileTypes | VideoReferenceInputParam,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job by editing a source video or existing generated video.

        Args:
          prompt: Text prompt that describes how to edit the source video.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_EDIT,
                body={"prompt": prompt},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def edit_json(
        self,
        *,
        video: VideoReferenceInputParam,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a new video generation job by editing a source video or existing generated video.

        Args:
          video: Reference to the completed video to edit.
          prompt: Text prompt that describes how to edit the source video.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_EDIT_JSON,
                body={"video": video, "prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def extend(
        self,
        *,
        video: VideoReferenceInputParam | FileTypes,
        prompt: str,
        seconds: VideoSeconds,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create an extension of a completed video.

        Args:
          prompt: Updated text prompt that directs the extension generation.
          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_EXTEND,
                body={"prompt": prompt, "seconds": seconds},
                files={"video": video},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def extend_json(
        self,
        *,
        video: VideoReferenceInputParam,
        prompt: str,
        seconds: VideoSeconds,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create an extension of a completed video.

        Args:
          video: Reference to the completed video to extend.
          prompt: Updated text prompt that directs the extension generation.
          seconds: Length of the newly generated extension segment in seconds (allowed values: 4, 8, 12, 16, 20).
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_EXTEND_JSON,
                body={"video": video, "prompt": prompt, "seconds": seconds},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def retrieve(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Fetch the latest metadata for a generated video.

        Args:
          video_id: The identifier of the video to retrieve.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _GET_VIDEO,
                path_params={"video_id": video_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def delete(
        self,
        video_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> VideoDeleteResponse:
        """Deprecated.

        Permanently delete a completed or failed video and its stored assets.

        Args:
          video_id: The identifier of the video to delete.
        """

        from ..types.video_delete_response import VideoDeleteResponse

        return cast(
            "VideoDeleteResponse",
            await self._client.call(
                _DELETE_VIDEO,
                path_params={"video_id": video_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=VideoDeleteResponse,
            ),
        )

    async def download_content(
        self,
        video_id: str,
        *,
        variant: VideoContentVariant | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> BinaryResponse:
        """Deprecated.

        Download the generated video bytes or a derived preview asset.

        Streams the rendered video content for the specified video job.

        Args:
          video_id: The identifier of the video whose media to download.
          variant: Which downloadable asset to return. Defaults to the MP4 video.
        """

        return cast(
            "BinaryResponse",
            await self._client.call(
                _RETRIEVE_VIDEO_CONTENT,
                path_params={"video_id": video_id},
                query={"variant": variant},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=BinaryResponse,
            ),
        )

    async def remix(
        self,
        video_id: str,
        *,
        prompt: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Deprecated.

        Create a remix of a completed video using a refreshed prompt.

        Args:
          video_id: The identifier of the completed video to remix.
          prompt: Updated text prompt that directs the remix generation.
        """

        from ..types.video import Video

        return cast(
            "Video",
            await self._client.call(
                _CREATE_VIDEO_REMIX,
                path_params={"video_id": video_id},
                body={"prompt": prompt},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Video,
            ),
        )

    async def create_and_poll(
        self,
        *,
        model: VideoModel | NotGiven = NOT_GIVEN,
        prompt: str,
        input_reference: FileTypes | ImageReferenceParam | NotGiven = NOT_GIVEN,
        seconds: VideoSeconds | NotGiven = NOT_GIVEN,
        size: VideoSize | NotGiven = NOT_GIVEN,
        poll_interval_ms: int | NotGiven = NOT_GIVEN,
        poll_timeout: float | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Video:
        """Create a video, poll it.

        The arguments of `create`, and `poll_interval_ms`, `poll_timeout`.
        """

        return await self._create_and_poll(
            model=model,
            prompt=prompt,
            input_reference=input_reference,
            seconds=seconds,
            size=size,
            poll_interval_ms=poll_interval_ms,
            poll_timeout=poll_timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class VideosWithRawResponse(ResourceView):
    _resource: Videos

    list = raw_method(Videos.list)
    create = raw_method(Videos.create)
    create_json = raw_method(Videos.create_json)
    create_character = raw_method(Videos.create_character)
    get_character = raw_method(Videos.get_character)
    edit = raw_method(Videos.edit)
    edit_json = raw_method(Videos.edit_json)
    extend = raw_method(Videos.extend)
    extend_json = raw_method(Videos.extend_json)
    retrieve = raw_method(Videos.retrieve)
    delete = raw_method(Videos.delete)
    download_content = raw_method(Videos.download_content)
    remix = raw_method(Videos.remix)


class VideosWithStreamingResponse(StreamingResourceView):
    _resource: Videos

    list = streamed_method(Videos.list)
    create = streamed_method(Videos.create)
    create_json = streamed_method(Videos.create_json)
    create_character = streamed_method(Videos.create_character)
    get_character = streamed_method(Videos.get_character)
    edit = streamed_method(Videos.edit)
    edit_json = streamed_method(Videos.edit_json)
    extend = streamed_method(Videos.extend)
    extend_json = streamed_method(Videos.extend_json)
    retrieve = streamed_method(Videos.retrieve)
    delete = streamed_method(Videos.delete)
    download_content = streamed_method(Videos.download_content)
    remix = streamed_method(Videos.remix)


class AsyncVideosWithRawResponse(ResourceView):
    _resource: AsyncVideos

    list = async_raw_method(AsyncVideos.list)
    create = async_raw_method(AsyncVideos.create)
    create_json = async_raw_method(AsyncVideos.create_json)
    create_character = async_raw_method(AsyncVideos.create_character)
    get_character = async_raw_method(AsyncVideos.get_character)
    edit = async_raw_method(AsyncVideos.edit)
    edit_json = async_raw_method(AsyncVideos.edit_json)
    extend = async_raw_method(AsyncVideos.extend)
    extend_json = async_raw_method(AsyncVideos.extend_json)
    retrieve = async_raw_method(AsyncVideos.retrieve)
    delete = async_raw_method(AsyncVideos.delete)
    download_content = async_raw_method(AsyncVideos.download_content)
    remix = async_raw_method(AsyncVideos.remix)


class AsyncVideosWithStreamingResponse(StreamingResourceView):
    _resource: AsyncVideos

    list = async_streamed_method(AsyncVideos.list)
    create = async_streamed_method(AsyncVideos.create)
    create_json = async_streamed_method(AsyncVideos.create_json)
    create_character = async_streamed_method(AsyncVideos.create_character)
    get_character = async_streamed_method(AsyncVideos.get_character)
    edit = async_streamed_method(AsyncVideos.edit)
    edit_json = async_streamed_method(AsyncVideos.edit_json)
    extend = async_streamed_method(AsyncVideos.extend)
    extend_json = async_streamed_method(AsyncVideos.extend_json)
    retrieve = async_streamed_method(AsyncVideos.retrieve)
    delete = async_streamed_method(AsyncVideos.delete)
    download_content = async_streamed_method(AsyncVideos.download_content)
    remix = async_streamed_method(AsyncVideos.remix)
