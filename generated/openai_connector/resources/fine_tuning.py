# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, cast

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
        AsyncConversationCursorPage,
        AsyncCursorPage,
        AsyncPage,
        AsyncPaginator,
        SyncConversationCursorPage,
        SyncCursorPage,
        SyncPage,
    )
    from ..types.create_fine_tuning_job_request import (
        CreateFineTuningJobRequestHyperparametersParam,
        CreateFineTuningJobRequestIntegrationParam,
    )
    from ..types.delete_fine_tuning_checkpoint_permission_response import DeleteFineTuningCheckpointPermissionResponse
    from ..types.fine_tune_method import FineTuneMethodParam
    from ..types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
    from ..types.fine_tuning_job import FineTuningJob
    from ..types.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from ..types.fine_tuning_job_event import FineTuningJobEvent
    from ..types.grader_multi import GraderMultiParam
    from ..types.grader_python import GraderPythonParam
    from ..types.grader_run_response import GraderRunResponse
    from ..types.grader_score_model import GraderScoreModelParam
    from ..types.grader_string_check import GraderStringCheckParam
    from ..types.grader_text_similarity import GraderTextSimilarityParam
    from ..types.grader_validate_response import GraderValidateResponse
    from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse
    from ..types.metadata import Metadata

_RUN_GRADER = Operation(
    api="openai",
    operation_id="runGrader",
    method="POST",
    path="/fine_tuning/alpha/graders/run",
    request_kind="json",
    response_kind="json",
    checks={"body": {"grader": {"type": "object"}, "item": {"type": "object"}, "model_sample": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_VALIDATE_GRADER = Operation(
    api="openai",
    operation_id="validateGrader",
    method="POST",
    path="/fine_tuning/alpha/graders/validate",
    request_kind="json",
    response_kind="json",
    checks={"body": {"grader": {"type": "object"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS = Operation(
    api="openai",
    operation_id="listFineTuningCheckpointPermissions",
    method="GET",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"fine_tuned_model_checkpoint": {"type": "string"}},
        "query": {
            "project_id": {"type": "string"},
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "conversation"},
)

_LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_RETRIEVE = Operation(
    api="openai",
    operation_id="listFineTuningCheckpointPermissions",
    method="GET",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"fine_tuned_model_checkpoint": {"type": "string"}},
        "query": {
            "project_id": {"type": "string"},
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
        },
    },
    deprecated=True,
    deprecation="Retrieve is deprecated. Please swap to the paginated list method instead.",
    security=("api_key",),
    version_param="api-version",
)

_CREATE_FINE_TUNING_CHECKPOINT_PERMISSION = Operation(
    api="openai",
    operation_id="createFineTuningCheckpointPermission",
    method="POST",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
    request_kind="json",
    response_kind="json",
    checks={"path": {"fine_tuned_model_checkpoint": {"type": "string"}}, "body": {"project_ids": {"type": "array"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_FINE_TUNING_CHECKPOINT_PERMISSION = Operation(
    api="openai",
    operation_id="deleteFineTuningCheckpointPermission",
    method="DELETE",
    path="/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"fine_tuned_model_checkpoint": {"type": "string"}, "permission_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_PAGINATED_FINE_TUNING_JOBS = Operation(
    api="openai",
    operation_id="listPaginatedFineTuningJobs",
    method="GET",
    path="/fine_tuning/jobs",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "metadata": {"type": "object", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "", "page": "cursor"},
    query_styles={"metadata": "deepObject"},
)

_CREATE_FINE_TUNING_JOB = Operation(
    api="openai",
    operation_id="createFineTuningJob",
    method="POST",
    path="/fine_tuning/jobs",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "model": {"type": "string"},
            "training_file": {"type": "string"},
            "hyperparameters": {"type": "object"},
            "suffix": {"type": "string", "minLength": 1, "maxLength": 64, "nullable": True},
            "validation_file": {"type": "string", "nullable": True},
            "integrations": {"type": "array", "nullable": True},
            "seed": {"type": "integer", "minimum": 0, "maximum": 2147483647, "nullable": True},
            "method": {"type": "object"},
            "metadata": {"type": "object", "nullable": True},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_RETRIEVE_FINE_TUNING_JOB = Operation(
    api="openai",
    operation_id="retrieveFineTuningJob",
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"fine_tuning_job_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_FINE_TUNING_JOB = Operation(
    api="openai",
    operation_id="cancelFineTuningJob",
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"fine_tuning_job_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_FINE_TUNING_EVENTS = Operation(
    api="openai",
    operation_id="listFineTuningEvents",
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/events",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"fine_tuning_job_id": {"type": "string"}},
        "query": {"after": {"type": "string"}, "limit": {"type": "integer"}},
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "", "page": "cursor"},
)

_PAUSE_FINE_TUNING_JOB = Operation(
    api="openai",
    operation_id="pauseFineTuningJob",
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/pause",
    request_kind="none",
    response_kind="json",
    checks={"path": {"fine_tuning_job_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_RESUME_FINE_TUNING_JOB = Operation(
    api="openai",
    operation_id="resumeFineTuningJob",
    method="POST",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/resume",
    request_kind="none",
    response_kind="json",
    checks={"path": {"fine_tuning_job_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_LIST_FINE_TUNING_JOB_CHECKPOINTS = Operation(
    api="openai",
    operation_id="listFineTuningJobCheckpoints",
    method="GET",
    path="/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"fine_tuning_job_id": {"type": "string"}},
        "query": {"after": {"type": "string"}, "limit": {"type": "integer"}},
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)


class FineTuning(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningWithStreamingResponse(self)

    @cached_property
    def alpha(self) -> FineTuningAlpha:
        return FineTuningAlpha(self._client)

    @cached_property
    def checkpoints(self) -> FineTuningCheckpoints:
        return FineTuningCheckpoints(self._client)

    @cached_property
    def jobs(self) -> FineTuningJobs:
        return FineTuningJobs(self._client)


class AsyncFineTuning(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningWithStreamingResponse(self)

    @cached_property
    def alpha(self) -> AsyncFineTuningAlpha:
        return AsyncFineTuningAlpha(self._client)

    @cached_property
    def checkpoints(self) -> AsyncFineTuningCheckpoints:
        return AsyncFineTuningCheckpoints(self._client)

    @cached_property
    def jobs(self) -> AsyncFineTuningJobs:
        return AsyncFineTuningJobs(self._client)


class FineTuningAlpha(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningAlphaWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningAlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningAlphaWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningAlphaWithStreamingResponse(self)

    @cached_property
    def graders(self) -> FineTuningAlphaGraders:
        return FineTuningAlphaGraders(self._client)


class AsyncFineTuningAlpha(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningAlphaWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningAlphaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningAlphaWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningAlphaWithStreamingResponse(self)

    @cached_property
    def graders(self) -> AsyncFineTuningAlphaGraders:
        return AsyncFineTuningAlphaGraders(self._client)


class FineTuningAlphaGraders(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningAlphaGradersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningAlphaGradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningAlphaGradersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningAlphaGradersWithStreamingResponse(self)

    def run(
        self,
        *,
        grader: GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
        item: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GraderRunResponse:
        """Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.
          item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the guide](/docs/guides/graders) for more details.
          model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace. See [the guide](/docs/guides/graders) for more details. The `output_json` variable will be populated if the model sample is a valid JSON string.
        """

        from ..types.grader_run_response import GraderRunResponse

        return cast(
            "GraderRunResponse",
            self._client.call(
                _RUN_GRADER,
                body={"grader": grader, "item": item, "model_sample": model_sample},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GraderRunResponse,
            ),
        )

    def validate(
        self,
        *,
        grader: GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GraderValidateResponse:
        """Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.
        """

        from ..types.grader_validate_response import GraderValidateResponse

        return cast(
            "GraderValidateResponse",
            self._client.call(
                _VALIDATE_GRADER,
                body={"grader": grader},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GraderValidateResponse,
            ),
        )


class AsyncFineTuningAlphaGraders(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningAlphaGradersWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningAlphaGradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningAlphaGradersWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningAlphaGradersWithStreamingResponse(self)

    async def run(
        self,
        *,
        grader: GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
        item: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        model_sample: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GraderRunResponse:
        """Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.
          item: The dataset item provided to the grader. This will be used to populate the `item` namespace. See [the guide](/docs/guides/graders) for more details.
          model_sample: The model sample to be evaluated. This value will be used to populate the `sample` namespace. See [the guide](/docs/guides/graders) for more details. The `output_json` variable will be populated if the model sample is a valid JSON string.
        """

        from ..types.grader_run_response import GraderRunResponse

        return cast(
            "GraderRunResponse",
            await self._client.call(
                _RUN_GRADER,
                body={"grader": grader, "item": item, "model_sample": model_sample},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GraderRunResponse,
            ),
        )

    async def validate(
        self,
        *,
        grader: GraderStringCheckParam
        | GraderTextSimilarityParam
        | GraderPythonParam
        | GraderScoreModelParam
        | GraderMultiParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> GraderValidateResponse:
        """Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.
        """

        from ..types.grader_validate_response import GraderValidateResponse

        return cast(
            "GraderValidateResponse",
            await self._client.call(
                _VALIDATE_GRADER,
                body={"grader": grader},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=GraderValidateResponse,
            ),
        )


class FineTuningCheckpoints(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningCheckpointsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningCheckpointsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningCheckpointsWithStreamingResponse(self)

    @cached_property
    def permissions(self) -> FineTuningCheckpointsPermissions:
        return FineTuningCheckpointsPermissions(self._client)


class AsyncFineTuningCheckpoints(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningCheckpointsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningCheckpointsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningCheckpointsWithStreamingResponse(self)

    @cached_property
    def permissions(self) -> AsyncFineTuningCheckpointsPermissions:
        return AsyncFineTuningCheckpointsPermissions(self._client)


class FineTuningCheckpointsPermissions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningCheckpointsPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningCheckpointsPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningCheckpointsPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningCheckpointsPermissionsWithStreamingResponse(self)

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncConversationCursorPage[FineTuningCheckpointPermission]:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
          project_id: The ID of the project to get permissions for.
          after: Identifier for the last permission ID from the previous pagination request.
          limit: Number of permissions to retrieve.
          order: The order in which to retrieve permissions.
        """

        from ..types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "SyncConversationCursorPage[FineTuningCheckpointPermission]",
            self._client.call_page(
                _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
                item_type=FineTuningCheckpointPermission,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """Deprecated: Retrieve is deprecated. Please swap to the paginated list method instead.

        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
          project_id: The ID of the project to get permissions for.
          after: Identifier for the last permission ID from the previous pagination request.
          limit: Number of permissions to retrieve.
          order: The order in which to retrieve permissions.
        """

        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "ListFineTuningCheckpointPermissionResponse",
            self._client.call(
                _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_RETRIEVE,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
            ),
        )

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncPage[FineTuningCheckpointPermission]:
        """**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
          project_ids: The project identifiers to grant access to.
        """

        from ..types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "SyncPage[FineTuningCheckpointPermission]",
            self._client.call_page(
                _CREATE_FINE_TUNING_CHECKPOINT_PERMISSION,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                body={"project_ids": project_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
                item_type=FineTuningCheckpointPermission,
                cursor_param=None,
            ),
        )

    def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
          permission_id: The ID of the fine-tuned model checkpoint permission to delete.
        """

        from ..types.delete_fine_tuning_checkpoint_permission_response import (
            DeleteFineTuningCheckpointPermissionResponse,
        )

        return cast(
            "DeleteFineTuningCheckpointPermissionResponse",
            self._client.call(
                _DELETE_FINE_TUNING_CHECKPOINT_PERMISSION,
                path_params={
                    "fine_tuned_model_checkpoint": fine_tuned_model_checkpoint,
                    "permission_id": permission_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteFineTuningCheckpointPermissionResponse,
            ),
        )


class AsyncFineTuningCheckpointsPermissions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningCheckpointsPermissionsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningCheckpointsPermissionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningCheckpointsPermissionsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningCheckpointsPermissionsWithStreamingResponse(self)

    def list(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningCheckpointPermission, AsyncConversationCursorPage[FineTuningCheckpointPermission]]:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
          project_id: The ID of the project to get permissions for.
          after: Identifier for the last permission ID from the previous pagination request.
          limit: Number of permissions to retrieve.
          order: The order in which to retrieve permissions.
        """

        from ..types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "AsyncPaginator[FineTuningCheckpointPermission, AsyncConversationCursorPage[FineTuningCheckpointPermission]]",
            self._client.call_page(
                _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
                item_type=FineTuningCheckpointPermission,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_id: str | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["ascending", "descending"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ListFineTuningCheckpointPermissionResponse:
        """Deprecated: Retrieve is deprecated. Please swap to the paginated list method instead.

        **NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to get permissions for.
          project_id: The ID of the project to get permissions for.
          after: Identifier for the last permission ID from the previous pagination request.
          limit: Number of permissions to retrieve.
          order: The order in which to retrieve permissions.
        """

        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "ListFineTuningCheckpointPermissionResponse",
            await self._client.call(
                _LIST_FINE_TUNING_CHECKPOINT_PERMISSIONS_RETRIEVE,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                query={"project_id": project_id, "after": after, "limit": limit, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
            ),
        )

    def create(
        self,
        fine_tuned_model_checkpoint: str,
        *,
        project_ids: Sequence[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningCheckpointPermission, AsyncPage[FineTuningCheckpointPermission]]:
        """**NOTE:** Calling this endpoint requires an [admin API key](../admin-api-keys).

        This enables organization owners to share fine-tuned models with other projects in their organization.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to create a permission for.
          project_ids: The project identifiers to grant access to.
        """

        from ..types.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
        from ..types.list_fine_tuning_checkpoint_permission_response import ListFineTuningCheckpointPermissionResponse

        return cast(
            "AsyncPaginator[FineTuningCheckpointPermission, AsyncPage[FineTuningCheckpointPermission]]",
            self._client.call_page(
                _CREATE_FINE_TUNING_CHECKPOINT_PERMISSION,
                path_params={"fine_tuned_model_checkpoint": fine_tuned_model_checkpoint},
                body={"project_ids": project_ids},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningCheckpointPermissionResponse,
                item_type=FineTuningCheckpointPermission,
                cursor_param=None,
            ),
        )

    async def delete(
        self,
        permission_id: str,
        *,
        fine_tuned_model_checkpoint: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteFineTuningCheckpointPermissionResponse:
        """**NOTE:** This endpoint requires an [admin API key](../admin-api-keys).

        Organization owners can use this endpoint to delete a permission for a fine-tuned model checkpoint.

        Args:
          fine_tuned_model_checkpoint: The ID of the fine-tuned model checkpoint to delete a permission for.
          permission_id: The ID of the fine-tuned model checkpoint permission to delete.
        """

        from ..types.delete_fine_tuning_checkpoint_permission_response import (
            DeleteFineTuningCheckpointPermissionResponse,
        )

        return cast(
            "DeleteFineTuningCheckpointPermissionResponse",
            await self._client.call(
                _DELETE_FINE_TUNING_CHECKPOINT_PERMISSION,
                path_params={
                    "fine_tuned_model_checkpoint": fine_tuned_model_checkpoint,
                    "permission_id": permission_id,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteFineTuningCheckpointPermissionResponse,
            ),
        )


class FineTuningJobs(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningJobsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningJobsWithStreamingResponse(self)

    @cached_property
    def checkpoints(self) -> FineTuningJobsCheckpoints:
        return FineTuningJobsCheckpoints(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[FineTuningJob]:
        """List your organization's fine-tuning jobs

        Args:
          after: Identifier for the last job from the previous pagination request.
          limit: Number of fine-tuning jobs to retrieve.
          metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
        """

        from ..types.fine_tuning_job import FineTuningJob
        from ..types.list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse

        return cast(
            "SyncCursorPage[FineTuningJob]",
            self._client.call_page(
                _LIST_PAGINATED_FINE_TUNING_JOBS,
                query={"after": after, "limit": limit, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListPaginatedFineTuningJobsResponse,
                item_type=FineTuningJob,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"],
        training_file: str,
        hyperparameters: CreateFineTuningJobRequestHyperparametersParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        validation_file: str | NotGiven | None = NOT_GIVEN,
        integrations: Sequence[CreateFineTuningJobRequestIntegrationParam] | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        method: FineTuneMethodParam | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          model: The name of the model to fine-tune. You can select one of the [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
          training_file: The ID of an uploaded file that contains training data. See [upload file](/docs/api-reference/files/create) for how to upload a file. Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`. The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format. See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
          hyperparameters: The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
          suffix: A string of up to 64 characters that will be added to your fine-tuned model name. For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
          validation_file: The ID of an uploaded file that contains validation data. If you provide this file, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in the fine-tuning results file. The same data should not be present in both train and validation files. Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`. See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
          integrations: A list of integrations to enable for your fine-tuning job.
          seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated for you.
          method: The method used for fine-tuning.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            self._client.call(
                _CREATE_FINE_TUNING_JOB,
                body={
                    "model": model,
                    "training_file": training_file,
                    "hyperparameters": hyperparameters,
                    "suffix": suffix,
                    "validation_file": validation_file,
                    "integrations": integrations,
                    "seed": seed,
                    "method": method,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            self._client.call(
                _RETRIEVE_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            self._client.call(
                _CANCEL_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[FineTuningJobEvent]:
        """Get status updates for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get events for.
          after: Identifier for the last event from the previous pagination request.
          limit: Number of events to retrieve.
        """

        from ..types.fine_tuning_job_event import FineTuningJobEvent
        from ..types.list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse

        return cast(
            "SyncCursorPage[FineTuningJobEvent]",
            self._client.call_page(
                _LIST_FINE_TUNING_EVENTS,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningJobEventsResponse,
                item_type=FineTuningJobEvent,
                cursor_param="after",
            ),
        )

    def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to pause.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            self._client.call(
                _PAUSE_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to resume.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            self._client.call(
                _RESUME_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )


class AsyncFineTuningJobs(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningJobsWithStreamingResponse(self)

    @cached_property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpoints:
        return AsyncFineTuningJobsCheckpoints(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]:
        """List your organization's fine-tuning jobs

        Args:
          after: Identifier for the last job from the previous pagination request.
          limit: Number of fine-tuning jobs to retrieve.
          metadata: Optional metadata filter. To filter, use the syntax `metadata[k]=v`. Alternatively, set `metadata=null` to indicate no metadata.
        """

        from ..types.fine_tuning_job import FineTuningJob
        from ..types.list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse

        return cast(
            "AsyncPaginator[FineTuningJob, AsyncCursorPage[FineTuningJob]]",
            self._client.call_page(
                _LIST_PAGINATED_FINE_TUNING_JOBS,
                query={"after": after, "limit": limit, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListPaginatedFineTuningJobsResponse,
                item_type=FineTuningJob,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        model: str | Literal["babbage-002", "davinci-002", "gpt-3.5-turbo", "gpt-4o-mini"],
        training_file: str,
        hyperparameters: CreateFineTuningJobRequestHyperparametersParam | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven | None = NOT_GIVEN,
        validation_file: str | NotGiven | None = NOT_GIVEN,
        integrations: Sequence[CreateFineTuningJobRequestIntegrationParam] | NotGiven | None = NOT_GIVEN,
        seed: int | NotGiven | None = NOT_GIVEN,
        method: FineTuneMethodParam | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Creates a fine-tuning job which begins the process of creating a new model from a given dataset.

        Response includes details of the enqueued job including job status and the name of the fine-tuned models once complete.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          model: The name of the model to fine-tune. You can select one of the [supported models](/docs/guides/fine-tuning#which-models-can-be-fine-tuned).
          training_file: The ID of an uploaded file that contains training data. See [upload file](/docs/api-reference/files/create) for how to upload a file. Your dataset must be formatted as a JSONL file. Additionally, you must upload your file with the purpose `fine-tune`. The contents of the file should differ depending on if the model uses the [chat](/docs/api-reference/fine-tuning/chat-input), [completions](/docs/api-reference/fine-tuning/completions-input) format, or if the fine-tuning method uses the [preference](/docs/api-reference/fine-tuning/preference-input) format. See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
          hyperparameters: The hyperparameters used for the fine-tuning job. This value is now deprecated in favor of `method`, and should be passed in under the `method` parameter.
          suffix: A string of up to 64 characters that will be added to your fine-tuned model name. For example, a `suffix` of "custom-model-name" would produce a model name like `ft:gpt-4o-mini:openai:custom-model-name:7p4lURel`.
          validation_file: The ID of an uploaded file that contains validation data. If you provide this file, the data is used to generate validation metrics periodically during fine-tuning. These metrics can be viewed in the fine-tuning results file. The same data should not be present in both train and validation files. Your dataset must be formatted as a JSONL file. You must upload your file with the purpose `fine-tune`. See the [fine-tuning guide](/docs/guides/model-optimization) for more details.
          integrations: A list of integrations to enable for your fine-tuning job.
          seed: The seed controls the reproducibility of the job. Passing in the same seed and job parameters should produce the same results, but may differ in rare cases. If a seed is not specified, one will be generated for you.
          method: The method used for fine-tuning.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            await self._client.call(
                _CREATE_FINE_TUNING_JOB,
                body={
                    "model": model,
                    "training_file": training_file,
                    "hyperparameters": hyperparameters,
                    "suffix": suffix,
                    "validation_file": validation_file,
                    "integrations": integrations,
                    "seed": seed,
                    "method": method,
                    "metadata": metadata,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    async def retrieve(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Get info about a fine-tuning job.

        [Learn more about fine-tuning](/docs/guides/model-optimization)

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            await self._client.call(
                _RETRIEVE_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    async def cancel(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Immediately cancel a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to cancel.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            await self._client.call(
                _CANCEL_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    def list_events(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]:
        """Get status updates for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get events for.
          after: Identifier for the last event from the previous pagination request.
          limit: Number of events to retrieve.
        """

        from ..types.fine_tuning_job_event import FineTuningJobEvent
        from ..types.list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse

        return cast(
            "AsyncPaginator[FineTuningJobEvent, AsyncCursorPage[FineTuningJobEvent]]",
            self._client.call_page(
                _LIST_FINE_TUNING_EVENTS,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningJobEventsResponse,
                item_type=FineTuningJobEvent,
                cursor_param="after",
            ),
        )

    async def pause(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Pause a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to pause.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            await self._client.call(
                _PAUSE_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )

    async def resume(
        self,
        fine_tuning_job_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> FineTuningJob:
        """Resume a fine-tune job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to resume.
        """

        from ..types.fine_tuning_job import FineTuningJob

        return cast(
            "FineTuningJob",
            await self._client.call(
                _RESUME_FINE_TUNING_JOB,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=FineTuningJob,
            ),
        )


class FineTuningJobsCheckpoints(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FineTuningJobsCheckpointsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return FineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FineTuningJobsCheckpointsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return FineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[FineTuningJobCheckpoint]:
        """List checkpoints for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
          after: Identifier for the last checkpoint ID from the previous pagination request.
          limit: Number of checkpoints to retrieve.
        """

        from ..types.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
        from ..types.list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse

        return cast(
            "SyncCursorPage[FineTuningJobCheckpoint]",
            self._client.call_page(
                _LIST_FINE_TUNING_JOB_CHECKPOINTS,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningJobCheckpointsResponse,
                item_type=FineTuningJobCheckpoint,
                cursor_param="after",
            ),
        )


class AsyncFineTuningJobsCheckpoints(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncFineTuningJobsCheckpointsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncFineTuningJobsCheckpointsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncFineTuningJobsCheckpointsWithStreamingResponse(self)

    def list(
        self,
        fine_tuning_job_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]:
        """List checkpoints for a fine-tuning job.

        Args:
          fine_tuning_job_id: The ID of the fine-tuning job to get checkpoints for.
          after: Identifier for the last checkpoint ID from the previous pagination request.
          limit: Number of checkpoints to retrieve.
        """

        from ..types.fine_tuning_job_checkpoint import FineTuningJobCheckpoint
        from ..types.list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse

        return cast(
            "AsyncPaginator[FineTuningJobCheckpoint, AsyncCursorPage[FineTuningJobCheckpoint]]",
            self._client.call_page(
                _LIST_FINE_TUNING_JOB_CHECKPOINTS,
                path_params={"fine_tuning_job_id": fine_tuning_job_id},
                query={"after": after, "limit": limit},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ListFineTuningJobCheckpointsResponse,
                item_type=FineTuningJobCheckpoint,
                cursor_param="after",
            ),
        )


class FineTuningWithRawResponse(ResourceView):
    _resource: FineTuning

    @property
    def alpha(self) -> FineTuningAlphaWithRawResponse:
        return self._resource.alpha.with_raw_response

    @property
    def checkpoints(self) -> FineTuningCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response

    @property
    def jobs(self) -> FineTuningJobsWithRawResponse:
        return self._resource.jobs.with_raw_response


class FineTuningWithStreamingResponse(StreamingResourceView):
    _resource: FineTuning

    @property
    def alpha(self) -> FineTuningAlphaWithStreamingResponse:
        return self._resource.alpha.with_streaming_response

    @property
    def checkpoints(self) -> FineTuningCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response

    @property
    def jobs(self) -> FineTuningJobsWithStreamingResponse:
        return self._resource.jobs.with_streaming_response


class AsyncFineTuningWithRawResponse(ResourceView):
    _resource: AsyncFineTuning

    @property
    def alpha(self) -> AsyncFineTuningAlphaWithRawResponse:
        return self._resource.alpha.with_raw_response

    @property
    def checkpoints(self) -> AsyncFineTuningCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response

    @property
    def jobs(self) -> AsyncFineTuningJobsWithRawResponse:
        return self._resource.jobs.with_raw_response


class AsyncFineTuningWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuning

    @property
    def alpha(self) -> AsyncFineTuningAlphaWithStreamingResponse:
        return self._resource.alpha.with_streaming_response

    @property
    def checkpoints(self) -> AsyncFineTuningCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response

    @property
    def jobs(self) -> AsyncFineTuningJobsWithStreamingResponse:
        return self._resource.jobs.with_streaming_response


class FineTuningAlphaWithRawResponse(ResourceView):
    _resource: FineTuningAlpha

    @property
    def graders(self) -> FineTuningAlphaGradersWithRawResponse:
        return self._resource.graders.with_raw_response


class FineTuningAlphaWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningAlpha

    @property
    def graders(self) -> FineTuningAlphaGradersWithStreamingResponse:
        return self._resource.graders.with_streaming_response


class AsyncFineTuningAlphaWithRawResponse(ResourceView):
    _resource: AsyncFineTuningAlpha

    @property
    def graders(self) -> AsyncFineTuningAlphaGradersWithRawResponse:
        return self._resource.graders.with_raw_response


class AsyncFineTuningAlphaWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningAlpha

    @property
    def graders(self) -> AsyncFineTuningAlphaGradersWithStreamingResponse:
        return self._resource.graders.with_streaming_response


class FineTuningAlphaGradersWithRawResponse(ResourceView):
    _resource: FineTuningAlphaGraders

    run = raw_method(FineTuningAlphaGraders.run)
    validate = raw_method(FineTuningAlphaGraders.validate)


class FineTuningAlphaGradersWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningAlphaGraders

    run = streamed_method(FineTuningAlphaGraders.run)
    validate = streamed_method(FineTuningAlphaGraders.validate)


class AsyncFineTuningAlphaGradersWithRawResponse(ResourceView):
    _resource: AsyncFineTuningAlphaGraders

    run = async_raw_method(AsyncFineTuningAlphaGraders.run)
    validate = async_raw_method(AsyncFineTuningAlphaGraders.validate)


class AsyncFineTuningAlphaGradersWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningAlphaGraders

    run = async_streamed_method(AsyncFineTuningAlphaGraders.run)
    validate = async_streamed_method(AsyncFineTuningAlphaGraders.validate)


class FineTuningCheckpointsWithRawResponse(ResourceView):
    _resource: FineTuningCheckpoints

    @property
    def permissions(self) -> FineTuningCheckpointsPermissionsWithRawResponse:
        return self._resource.permissions.with_raw_response


class FineTuningCheckpointsWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningCheckpoints

    @property
    def permissions(self) -> FineTuningCheckpointsPermissionsWithStreamingResponse:
        return self._resource.permissions.with_streaming_response


class AsyncFineTuningCheckpointsWithRawResponse(ResourceView):
    _resource: AsyncFineTuningCheckpoints

    @property
    def permissions(self) -> AsyncFineTuningCheckpointsPermissionsWithRawResponse:
        return self._resource.permissions.with_raw_response


class AsyncFineTuningCheckpointsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningCheckpoints

    @property
    def permissions(self) -> AsyncFineTuningCheckpointsPermissionsWithStreamingResponse:
        return self._resource.permissions.with_streaming_response


class FineTuningCheckpointsPermissionsWithRawResponse(ResourceView):
    _resource: FineTuningCheckpointsPermissions

    list = raw_method(FineTuningCheckpointsPermissions.list)
    retrieve = raw_method(FineTuningCheckpointsPermissions.retrieve)
    create = raw_method(FineTuningCheckpointsPermissions.create)
    delete = raw_method(FineTuningCheckpointsPermissions.delete)


class FineTuningCheckpointsPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningCheckpointsPermissions

    list = streamed_method(FineTuningCheckpointsPermissions.list)
    retrieve = streamed_method(FineTuningCheckpointsPermissions.retrieve)
    create = streamed_method(FineTuningCheckpointsPermissions.create)
    delete = streamed_method(FineTuningCheckpointsPermissions.delete)


class AsyncFineTuningCheckpointsPermissionsWithRawResponse(ResourceView):
    _resource: AsyncFineTuningCheckpointsPermissions

    list = async_raw_method(AsyncFineTuningCheckpointsPermissions.list)
    retrieve = async_raw_method(AsyncFineTuningCheckpointsPermissions.retrieve)
    create = async_raw_method(AsyncFineTuningCheckpointsPermissions.create)
    delete = async_raw_method(AsyncFineTuningCheckpointsPermissions.delete)


class AsyncFineTuningCheckpointsPermissionsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningCheckpointsPermissions

    list = async_streamed_method(AsyncFineTuningCheckpointsPermissions.list)
    retrieve = async_streamed_method(AsyncFineTuningCheckpointsPermissions.retrieve)
    create = async_streamed_method(AsyncFineTuningCheckpointsPermissions.create)
    delete = async_streamed_method(AsyncFineTuningCheckpointsPermissions.delete)


class FineTuningJobsWithRawResponse(ResourceView):
    _resource: FineTuningJobs

    @property
    def checkpoints(self) -> FineTuningJobsCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response

    list = raw_method(FineTuningJobs.list)
    create = raw_method(FineTuningJobs.create)
    retrieve = raw_method(FineTuningJobs.retrieve)
    cancel = raw_method(FineTuningJobs.cancel)
    list_events = raw_method(FineTuningJobs.list_events)
    pause = raw_method(FineTuningJobs.pause)
    resume = raw_method(FineTuningJobs.resume)


class FineTuningJobsWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningJobs

    @property
    def checkpoints(self) -> FineTuningJobsCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response

    list = streamed_method(FineTuningJobs.list)
    create = streamed_method(FineTuningJobs.create)
    retrieve = streamed_method(FineTuningJobs.retrieve)
    cancel = streamed_method(FineTuningJobs.cancel)
    list_events = streamed_method(FineTuningJobs.list_events)
    pause = streamed_method(FineTuningJobs.pause)
    resume = streamed_method(FineTuningJobs.resume)


class AsyncFineTuningJobsWithRawResponse(ResourceView):
    _resource: AsyncFineTuningJobs

    @property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpointsWithRawResponse:
        return self._resource.checkpoints.with_raw_response

    list = async_raw_method(AsyncFineTuningJobs.list)
    create = async_raw_method(AsyncFineTuningJobs.create)
    retrieve = async_raw_method(AsyncFineTuningJobs.retrieve)
    cancel = async_raw_method(AsyncFineTuningJobs.cancel)
    list_events = async_raw_method(AsyncFineTuningJobs.list_events)
    pause = async_raw_method(AsyncFineTuningJobs.pause)
    resume = async_raw_method(AsyncFineTuningJobs.resume)


class AsyncFineTuningJobsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningJobs

    @property
    def checkpoints(self) -> AsyncFineTuningJobsCheckpointsWithStreamingResponse:
        return self._resource.checkpoints.with_streaming_response

    list = async_streamed_method(AsyncFineTuningJobs.list)
    create = async_streamed_method(AsyncFineTuningJobs.create)
    retrieve = async_streamed_method(AsyncFineTuningJobs.retrieve)
    cancel = async_streamed_method(AsyncFineTuningJobs.cancel)
    list_events = async_streamed_method(AsyncFineTuningJobs.list_events)
    pause = async_streamed_method(AsyncFineTuningJobs.pause)
    resume = async_streamed_method(AsyncFineTuningJobs.resume)


class FineTuningJobsCheckpointsWithRawResponse(ResourceView):
    _resource: FineTuningJobsCheckpoints

    list = raw_method(FineTuningJobsCheckpoints.list)


class FineTuningJobsCheckpointsWithStreamingResponse(StreamingResourceView):
    _resource: FineTuningJobsCheckpoints

    list = streamed_method(FineTuningJobsCheckpoints.list)


class AsyncFineTuningJobsCheckpointsWithRawResponse(ResourceView):
    _resource: AsyncFineTuningJobsCheckpoints

    list = async_raw_method(AsyncFineTuningJobsCheckpoints.list)


class AsyncFineTuningJobsCheckpointsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncFineTuningJobsCheckpoints

    list = async_streamed_method(AsyncFineTuningJobsCheckpoints.list)
