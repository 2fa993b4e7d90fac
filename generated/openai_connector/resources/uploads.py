# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal, cast

from ..lib._operation import Operation
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, FileTypes, Headers, NotGiven, Query, Timeout
from ..lib._views import (
    ResourceView,
    StreamingResourceView,
    async_raw_method,
    async_streamed_method,
    raw_method,
    streamed_method,
)
from ..lib.helpers.chunked_upload import AsyncUploadsChunked, UploadsChunked

if TYPE_CHECKING:
    from ..types.file_expiration_after import FileExpirationAfterParam
    from ..types.upload import Upload
    from ..types.upload_part import UploadPart

_CREATE_UPLOAD = Operation(
    api="openai",
    operation_id="createUpload",
    method="POST",
    path="/uploads",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "filename": {"type": "string"},
            "purpose": {"type": "string"},
            "bytes": {"type": "integer"},
            "mime_type": {"type": "string"},
            "expires_after": {"type": "object"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_UPLOAD = Operation(
    api="openai",
    operation_id="cancelUpload",
    method="POST",
    path="/uploads/{upload_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"upload_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_COMPLETE_UPLOAD = Operation(
    api="openai",
    operation_id="completeUpload",
    method="POST",
    path="/uploads/{upload_id}/complete",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"upload_id": {"type": "string"}},
        "body": {"part_ids": {"type": "array"}, "md5": {"type": "string"}},
    },
    security=("api_key",),
    version_param="api-version",
)

_ADD_UPLOAD_PART = Operation(
    api="openai",
    operation_id="addUploadPart",
    method="POST",
    path="/uploads/{upload_id}/parts",
    request_kind="multipart",
    response_kind="json",
    checks={"path": {"upload_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)


class Uploads(UploadsChunked, SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UploadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return UploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return UploadsWithStreamingResponse(self)

    @cached_property
    def parts(self) -> UploadsParts:
        return UploadsParts(self._client)

    def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.
          purpose: The intended purpose of the uploaded file. See the [documentation on File purposes](/docs/api-reference/files/create#files-create-purpose).
          bytes: The number of bytes in the file you are uploading.
          mime_type: The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.
          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            self._client.call(
                _CREATE_UPLOAD,
                body={
                    "filename": filename,
                    "purpose": purpose,
                    "bytes": bytes,
                    "mime_type": mime_type,
                    "expires_after": expires_after,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )

    def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            self._client.call(
                _CANCEL_UPLOAD,
                path_params={"upload_id": upload_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )

    def complete(
        self,
        upload_id: str,
        *,
        part_ids: Sequence[str],
        md5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.
          part_ids: The ordered list of Part IDs.
          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            self._client.call(
                _COMPLETE_UPLOAD,
                path_params={"upload_id": upload_id},
                body={"part_ids": part_ids, "md5": md5},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )


class AsyncUploads(AsyncUploadsChunked, AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUploadsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncUploadsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncUploadsWithStreamingResponse(self)

    @cached_property
    def parts(self) -> AsyncUploadsParts:
        return AsyncUploadsParts(self._client)

    async def create(
        self,
        *,
        filename: str,
        purpose: Literal["assistants", "batch", "fine-tune", "vision"],
        bytes: int,
        mime_type: str,
        expires_after: FileExpirationAfterParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Creates an intermediate [Upload](/docs/api-reference/uploads/object) object
        that you can add [Parts](/docs/api-reference/uploads/part-object) to.
        Currently, an Upload can accept at most 8 GB in total and expires after an
        hour after you create it.

        Once you complete the Upload, we will create a
        [File](/docs/api-reference/files/object) object that contains all the parts
        you uploaded. This File is usable in the rest of our platform as a regular
        File object.

        For certain `purpose` values, the correct `mime_type` must be specified.
        Please refer to documentation for the
        [supported MIME types for your use case](/docs/assistants/tools/file-search#supported-files).

        For guidance on the proper filename extensions for each purpose, please
        follow the documentation on [creating a
        File](/docs/api-reference/files/create).

        Returns the Upload object with status `pending`.

        Args:
          filename: The name of the file to upload.
          purpose: The intended purpose of the uploaded file. See the [documentation on File purposes](/docs/api-reference/files/create#files-create-purpose).
          bytes: The number of bytes in the file you are uploading.
          mime_type: The MIME type of the file. This must fall within the supported MIME types for your file purpose. See the supported MIME types for assistants and vision.
          expires_after: The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other files are persisted until they are manually deleted.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            await self._client.call(
                _CREATE_UPLOAD,
                body={
                    "filename": filename,
                    "purpose": purpose,
                    "bytes": bytes,
                    "mime_type": mime_type,
                    "expires_after": expires_after,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )

    async def cancel(
        self,
        upload_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Cancels the Upload. No Parts may be added after an Upload is cancelled.

        Returns the Upload object with status `cancelled`.

        Args:
          upload_id: The ID of the Upload.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            await self._client.call(
                _CANCEL_UPLOAD,
                path_params={"upload_id": upload_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )

    async def complete(
        self,
        upload_id: str,
        *,
        part_ids: Sequence[str],
        md5: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Upload:
        """Completes the [Upload](/docs/api-reference/uploads/object).

        Within the returned Upload object, there is a nested [File](/docs/api-reference/files/object) object that is ready to use in the rest of the platform.

        You can specify the order of the Parts by passing in an ordered list of the Part IDs.

        The number of bytes uploaded upon completion must match the number of bytes initially specified when creating the Upload object. No Parts may be added after an Upload is completed.
        Returns the Upload object with status `completed`, including an additional `file` property containing the created usable File object.

        Args:
          upload_id: The ID of the Upload.
          part_ids: The ordered list of Part IDs.
          md5: The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
        """

        from ..types.upload import Upload

        return cast(
            "Upload",
            await self._client.call(
                _COMPLETE_UPLOAD,
                path_params={"upload_id": upload_id},
                body={"part_ids": part_ids, "md5": md5},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Upload,
            ),
        )


class UploadsParts(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UploadsPartsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return UploadsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UploadsPartsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return UploadsPartsWithStreamingResponse(self)

    def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
          upload_id: The ID of the Upload.
          data: The chunk of bytes for this Part.
        """

        from ..types.upload_part import UploadPart

        return cast(
            "UploadPart",
            self._client.call(
                _ADD_UPLOAD_PART,
                path_params={"upload_id": upload_id},
                body={},
                files={"data": data},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UploadPart,
            ),
        )


class AsyncUploadsParts(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUploadsPartsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncUploadsPartsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUploadsPartsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncUploadsPartsWithStreamingResponse(self)

    async def create(
        self,
        upload_id: str,
        *,
        data: FileTypes,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> UploadPart:
        """Adds a [Part](/docs/api-reference/uploads/part-object) to an [Upload](/docs/api-reference/uploads/object) object. A Part represents a chunk of bytes from the file you are trying to upload.

        Each Part can be at most 64 MB, and you can add Parts until you hit the Upload maximum of 8 GB.

        It is possible to add multiple Parts in parallel. You can decide the intended order of the Parts when you [complete the Upload](/docs/api-reference/uploads/complete).

        Args:
          upload_id: The ID of the Upload.
          data: The chunk of bytes for this Part.
        """

        from ..types.upload_part import UploadPart

        return cast(
            "UploadPart",
            await self._client.call(
                _ADD_UPLOAD_PART,
                path_params={"upload_id": upload_id},
                body={},
                files={"data": data},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=UploadPart,
            ),
        )


class UploadsWithRawResponse(ResourceView):
    _resource: Uploads

    @property
    def parts(self) -> UploadsPartsWithRawResponse:
        return self._resource.parts.with_raw_response

    create = raw_method(Uploads.create)
    cancel = raw_method(Uploads.cancel)
    complete = raw_method(Uploads.complete)


class UploadsWithStreamingResponse(StreamingResourceView):
    _resource: Uploads

    @property
    def parts(self) -> UploadsPartsWithStreamingResponse:
        return self._resource.parts.with_streaming_response

    create = streamed_method(Uploads.create)
    cancel = streamed_method(Uploads.cancel)
    complete = streamed_method(Uploads.complete)


class AsyncUploadsWithRawResponse(ResourceView):
    _resource: AsyncUploads

    @property
    def parts(self) -> AsyncUploadsPartsWithRawResponse:
        return self._resource.parts.with_raw_response

    create = async_raw_method(AsyncUploads.create)
    cancel = async_raw_method(AsyncUploads.cancel)
    complete = async_raw_method(AsyncUploads.complete)


class AsyncUploadsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncUploads

    @property
    def parts(self) -> AsyncUploadsPartsWithStreamingResponse:
        return self._resource.parts.with_streaming_response

    create = async_streamed_method(AsyncUploads.create)
    cancel = async_streamed_method(AsyncUploads.cancel)
    complete = async_streamed_method(AsyncUploads.complete)


class UploadsPartsWithRawResponse(ResourceView):
    _resource: UploadsParts

    create = raw_method(UploadsParts.create)


class UploadsPartsWithStreamingResponse(StreamingResourceView):
    _resource: UploadsParts

    create = streamed_method(UploadsParts.create)


class AsyncUploadsPartsWithRawResponse(ResourceView):
    _resource: AsyncUploadsParts

    create = async_raw_method(AsyncUploadsParts.create)


class AsyncUploadsPartsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncUploadsParts

    create = async_streamed_method(AsyncUploadsParts.create)
