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
    from ..lib._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ..types.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSourceParam
    from ..types.create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfigParam
    from ..types.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSourceParam
    from ..types.create_eval_label_model_grader import CreateEvalLabelModelGraderParam
    from ..types.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfigParam
    from ..types.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSourceParam
    from ..types.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfigParam,
    )
    from ..types.delete_eval import DeleteEvalResponse
    from ..types.delete_eval_run import DeleteEvalRunResponse
    from ..types.eval import Eval
    from ..types.eval_grader_python import EvalGraderPythonParam
    from ..types.eval_grader_score_model import EvalGraderScoreModelParam
    from ..types.eval_grader_string_check import EvalGraderStringCheckParam
    from ..types.eval_grader_text_similarity import EvalGraderTextSimilarityParam
    from ..types.eval_run import EvalRun
    from ..types.eval_run_output_item import EvalRunOutputItem
    from ..types.metadata import Metadata

_LIST_EVALS = Operation(
    api="openai",
    operation_id="listEvals",
    method="GET",
    path="/evals",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "order_by": {"type": "string"},
        }
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_EVAL = Operation(
    api="openai",
    operation_id="createEval",
    method="POST",
    path="/evals",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "name": {"type": "string"},
            "metadata": {"type": "object", "nullable": True},
            "data_source_config": {"type": "object"},
            "testing_criteria": {"type": "array"},
        }
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_EVAL = Operation(
    api="openai",
    operation_id="getEval",
    method="GET",
    path="/evals/{eval_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"eval_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_UPDATE_EVAL = Operation(
    api="openai",
    operation_id="updateEval",
    method="POST",
    path="/evals/{eval_id}",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"eval_id": {"type": "string"}},
        "body": {"name": {"type": "string"}, "metadata": {"type": "object", "nullable": True}},
    },
    security=("api_key",),
    version_param="api-version",
)

_DELETE_EVAL = Operation(
    api="openai",
    operation_id="deleteEval",
    method="DELETE",
    path="/evals/{eval_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"eval_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_EVAL_RUNS = Operation(
    api="openai",
    operation_id="getEvalRuns",
    method="GET",
    path="/evals/{eval_id}/runs",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"eval_id": {"type": "string"}},
        "query": {
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "order": {"type": "string"},
            "status": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_CREATE_EVAL_RUN = Operation(
    api="openai",
    operation_id="createEvalRun",
    method="POST",
    path="/evals/{eval_id}/runs",
    request_kind="json",
    response_kind="json",
    checks={
        "path": {"eval_id": {"type": "string"}},
        "body": {
            "name": {"type": "string"},
            "metadata": {"type": "object", "nullable": True},
            "data_source": {"type": "object"},
        },
    },
    security=("api_key",),
    version_param="api-version",
)

_GET_EVAL_RUN = Operation(
    api="openai",
    operation_id="getEvalRun",
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"eval_id": {"type": "string"}, "run_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_CANCEL_EVAL_RUN = Operation(
    api="openai",
    operation_id="cancelEvalRun",
    method="POST",
    path="/evals/{eval_id}/runs/{run_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"eval_id": {"type": "string"}, "run_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_DELETE_EVAL_RUN = Operation(
    api="openai",
    operation_id="deleteEvalRun",
    method="DELETE",
    path="/evals/{eval_id}/runs/{run_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"eval_id": {"type": "string"}, "run_id": {"type": "string"}}},
    security=("api_key",),
    version_param="api-version",
)

_GET_EVAL_RUN_OUTPUT_ITEMS = Operation(
    api="openai",
    operation_id="getEvalRunOutputItems",
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}/output_items",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"eval_id": {"type": "string"}, "run_id": {"type": "string"}},
        "query": {
            "after": {"type": "string"},
            "limit": {"type": "integer"},
            "status": {"type": "string"},
            "order": {"type": "string"},
        },
    },
    security=("api_key",),
    version_param="api-version",
    pagination={"cursor_param": "after", "has_more": "has_more", "next_cursor": "last_id", "page": "cursor"},
)

_GET_EVAL_RUN_OUTPUT_ITEM = Operation(
    api="openai",
    operation_id="getEvalRunOutputItem",
    method="GET",
    path="/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"eval_id": {"type": "string"}, "run_id": {"type": "string"}, "output_item_id": {"type": "string"}}
    },
    security=("api_key",),
    version_param="api-version",
)


class Evals(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EvalsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return EvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return EvalsWithStreamingResponse(self)

    @cached_property
    def runs(self) -> EvalsRuns:
        return EvalsRuns(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[Eval]:
        """List evaluations for a project.

        Args:
          after: Identifier for the last eval from the previous pagination request.
          limit: Number of evals to retrieve.
          order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
          order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or `updated_at` for last updated time.
        """

        from ..types.eval import Eval
        from ..types.eval_list import EvalList

        return cast(
            "SyncCursorPage[Eval]",
            self._client.call_page(
                _LIST_EVALS,
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalList,
                item_type=Eval,
                cursor_param="after",
            ),
        )

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam,
        testing_criteria: Sequence[
            CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's performance.
        An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
          name: The name of the evaluation.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
          testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            self._client.call(
                _CREATE_EVAL,
                body={
                    "name": name,
                    "metadata": metadata,
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve.
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            self._client.call(
                _GET_EVAL,
                path_params={"eval_id": eval_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    def update(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
          eval_id: The ID of the evaluation to update.
          name: Rename the evaluation.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            self._client.call(
                _UPDATE_EVAL,
                path_params={"eval_id": eval_id},
                body={"name": name, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
          eval_id: The ID of the evaluation to delete.
        """

        from ..types.delete_eval import DeleteEvalResponse

        return cast(
            "DeleteEvalResponse",
            self._client.call(
                _DELETE_EVAL,
                path_params={"eval_id": eval_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteEvalResponse,
            ),
        )


class AsyncEvals(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEvalsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncEvalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncEvalsWithStreamingResponse(self)

    @cached_property
    def runs(self) -> AsyncEvalsRuns:
        return AsyncEvalsRuns(self._client)

    def list(
        self,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        order_by: Literal["created_at", "updated_at"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Eval, AsyncCursorPage[Eval]]:
        """List evaluations for a project.

        Args:
          after: Identifier for the last eval from the previous pagination request.
          limit: Number of evals to retrieve.
          order: Sort order for evals by timestamp. Use `asc` for ascending order or `desc` for descending order.
          order_by: Evals can be ordered by creation time or last updated time. Use `created_at` for creation time or `updated_at` for last updated time.
        """

        from ..types.eval import Eval
        from ..types.eval_list import EvalList

        return cast(
            "AsyncPaginator[Eval, AsyncCursorPage[Eval]]",
            self._client.call_page(
                _LIST_EVALS,
                query={"after": after, "limit": limit, "order": order, "order_by": order_by},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalList,
                item_type=Eval,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source_config: CreateEvalCustomDataSourceConfigParam
        | CreateEvalLogsDataSourceConfigParam
        | CreateEvalStoredCompletionsDataSourceConfigParam,
        testing_criteria: Sequence[
            CreateEvalLabelModelGraderParam
            | EvalGraderStringCheckParam
            | EvalGraderTextSimilarityParam
            | EvalGraderPythonParam
            | EvalGraderScoreModelParam
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Create the structure of an evaluation that can be used to test a model's performance.
        An evaluation is a set of testing criteria and the config for a data source, which dictates the schema of the data used in the evaluation. After creating an evaluation, you can run it on different models and model parameters. We support several types of graders and datasources.
        For more information, see the [Evals guide](/docs/guides/evals).

        Args:
          name: The name of the evaluation.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          data_source_config: The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in the evaluation.
          testing_criteria: A list of graders for all eval runs in this group. Graders can reference variables in the data source using double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample` namespace (ie, `{{sample.output_text}}`).
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            await self._client.call(
                _CREATE_EVAL,
                body={
                    "name": name,
                    "metadata": metadata,
                    "data_source_config": data_source_config,
                    "testing_criteria": testing_criteria,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    async def retrieve(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Get an evaluation by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve.
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            await self._client.call(
                _GET_EVAL,
                path_params={"eval_id": eval_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    async def update(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> Eval:
        """Update certain properties of an evaluation.

        Args:
          eval_id: The ID of the evaluation to update.
          name: Rename the evaluation.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
        """

        from ..types.eval import Eval

        return cast(
            "Eval",
            await self._client.call(
                _UPDATE_EVAL,
                path_params={"eval_id": eval_id},
                body={"name": name, "metadata": metadata},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=Eval,
            ),
        )

    async def delete(
        self,
        eval_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalResponse:
        """Delete an evaluation.

        Args:
          eval_id: The ID of the evaluation to delete.
        """

        from ..types.delete_eval import DeleteEvalResponse

        return cast(
            "DeleteEvalResponse",
            await self._client.call(
                _DELETE_EVAL,
                path_params={"eval_id": eval_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteEvalResponse,
            ),
        )


class EvalsRuns(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EvalsRunsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return EvalsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsRunsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return EvalsRunsWithStreamingResponse(self)

    @cached_property
    def output_items(self) -> EvalsRunsOutputItems:
        return EvalsRunsOutputItems(self._client)

    def list(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[EvalRun]:
        """Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          after: Identifier for the last run from the previous pagination request.
          limit: Number of runs to retrieve.
          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
        """

        from ..types.eval_run import EvalRun
        from ..types.eval_run_list import EvalRunList

        return cast(
            "SyncCursorPage[EvalRun]",
            self._client.call_page(
                _GET_EVAL_RUNS,
                path_params={"eval_id": eval_id},
                query={"after": after, "limit": limit, "order": order, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunList,
                item_type=EvalRun,
                cursor_param="after",
            ),
        )

    def create(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.
          name: The name of the run.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          data_source: Details about the run's data source.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            self._client.call(
                _CREATE_EVAL_RUN,
                path_params={"eval_id": eval_id},
                body={"name": name, "metadata": metadata, "data_source": data_source},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            self._client.call(
                _GET_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
          eval_id: The ID of the evaluation whose run you want to cancel.
          run_id: The ID of the run to cancel.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            self._client.call(
                _CANCEL_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
          eval_id: The ID of the evaluation to delete the run from.
          run_id: The ID of the run to delete.
        """

        from ..types.delete_eval_run import DeleteEvalRunResponse

        return cast(
            "DeleteEvalRunResponse",
            self._client.call(
                _DELETE_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteEvalRunResponse,
            ),
        )


class AsyncEvalsRuns(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEvalsRunsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncEvalsRunsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsRunsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncEvalsRunsWithStreamingResponse(self)

    @cached_property
    def output_items(self) -> AsyncEvalsRunsOutputItems:
        return AsyncEvalsRunsOutputItems(self._client)

    def list(
        self,
        eval_id: str,
        *,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        status: Literal["queued", "in_progress", "completed", "canceled", "failed"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[EvalRun, AsyncCursorPage[EvalRun]]:
        """Get a list of runs for an evaluation.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          after: Identifier for the last run from the previous pagination request.
          limit: Number of runs to retrieve.
          order: Sort order for runs by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
          status: Filter runs by status. One of `queued` | `in_progress` | `failed` | `completed` | `canceled`.
        """

        from ..types.eval_run import EvalRun
        from ..types.eval_run_list import EvalRunList

        return cast(
            "AsyncPaginator[EvalRun, AsyncCursorPage[EvalRun]]",
            self._client.call_page(
                _GET_EVAL_RUNS,
                path_params={"eval_id": eval_id},
                query={"after": after, "limit": limit, "order": order, "status": status},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunList,
                item_type=EvalRun,
                cursor_param="after",
            ),
        )

    async def create(
        self,
        eval_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        metadata: Metadata | NotGiven = NOT_GIVEN,
        data_source: CreateEvalJsonlRunDataSourceParam
        | CreateEvalCompletionsRunDataSourceParam
        | CreateEvalResponsesRunDataSourceParam,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration to use to test. The datasource will be validated against the schema specified in the config of the evaluation.

        Args:
          eval_id: The ID of the evaluation to create a run for.
          name: The name of the run.
          metadata: Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional information about the object in a structured format, and querying for objects via API or the dashboard. Keys are strings with a maximum length of 64 characters. Values are strings with a maximum length of 512 characters.
          data_source: Details about the run's data source.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            await self._client.call(
                _CREATE_EVAL_RUN,
                path_params={"eval_id": eval_id},
                body={"name": name, "metadata": metadata, "data_source": data_source},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    async def retrieve(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Get an evaluation run by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            await self._client.call(
                _GET_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    async def cancel(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRun:
        """Cancel an ongoing evaluation run.

        Args:
          eval_id: The ID of the evaluation whose run you want to cancel.
          run_id: The ID of the run to cancel.
        """

        from ..types.eval_run import EvalRun

        return cast(
            "EvalRun",
            await self._client.call(
                _CANCEL_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRun,
            ),
        )

    async def delete(
        self,
        run_id: str,
        *,
        eval_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeleteEvalRunResponse:
        """Delete an eval run.

        Args:
          eval_id: The ID of the evaluation to delete the run from.
          run_id: The ID of the run to delete.
        """

        from ..types.delete_eval_run import DeleteEvalRunResponse

        return cast(
            "DeleteEvalRunResponse",
            await self._client.call(
                _DELETE_EVAL_RUN,
                path_params={"eval_id": eval_id, "run_id": run_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeleteEvalRunResponse,
            ),
        )


class EvalsRunsOutputItems(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> EvalsRunsOutputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return EvalsRunsOutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EvalsRunsOutputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return EvalsRunsOutputItemsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[EvalRunOutputItem]:
        """Get a list of output items for an evaluation run.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve output items for.
          after: Identifier for the last output item from the previous pagination request.
          limit: Number of output items to retrieve.
          status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by passed output items.
          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.eval_run_output_item import EvalRunOutputItem
        from ..types.eval_run_output_item_list import EvalRunOutputItemList

        return cast(
            "SyncCursorPage[EvalRunOutputItem]",
            self._client.call_page(
                _GET_EVAL_RUN_OUTPUT_ITEMS,
                path_params={"eval_id": eval_id, "run_id": run_id},
                query={"after": after, "limit": limit, "status": status, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunOutputItemList,
                item_type=EvalRunOutputItem,
                cursor_param="after",
            ),
        )

    def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve.
          output_item_id: The ID of the output item to retrieve.
        """

        from ..types.eval_run_output_item import EvalRunOutputItem

        return cast(
            "EvalRunOutputItem",
            self._client.call(
                _GET_EVAL_RUN_OUTPUT_ITEM,
                path_params={"eval_id": eval_id, "run_id": run_id, "output_item_id": output_item_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunOutputItem,
            ),
        )


class AsyncEvalsRunsOutputItems(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncEvalsRunsOutputItemsWithRawResponse:
        """These methods returning the HTTP response (`.parse()` gives what the plain call returns)."""
        return AsyncEvalsRunsOutputItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEvalsRunsOutputItemsWithStreamingResponse:
        """These methods as context managers over the HTTP response, whose body is read only when asked."""
        return AsyncEvalsRunsOutputItemsWithStreamingResponse(self)

    def list(
        self,
        run_id: str,
        *,
        eval_id: str,
        after: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        status: Literal["fail", "pass"] | NotGiven = NOT_GIVEN,
        order: Literal["asc", "desc"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[EvalRunOutputItem, AsyncCursorPage[EvalRunOutputItem]]:
        """Get a list of output items for an evaluation run.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve output items for.
          after: Identifier for the last output item from the previous pagination request.
          limit: Number of output items to retrieve.
          status: Filter output items by status. Use `failed` to filter by failed output items or `pass` to filter by passed output items.
          order: Sort order for output items by timestamp. Use `asc` for ascending order or `desc` for descending order. Defaults to `asc`.
        """

        from ..types.eval_run_output_item import EvalRunOutputItem
        from ..types.eval_run_output_item_list import EvalRunOutputItemList

        return cast(
            "AsyncPaginator[EvalRunOutputItem, AsyncCursorPage[EvalRunOutputItem]]",
            self._client.call_page(
                _GET_EVAL_RUN_OUTPUT_ITEMS,
                path_params={"eval_id": eval_id, "run_id": run_id},
                query={"after": after, "limit": limit, "status": status, "order": order},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunOutputItemList,
                item_type=EvalRunOutputItem,
                cursor_param="after",
            ),
        )

    async def retrieve(
        self,
        output_item_id: str,
        *,
        eval_id: str,
        run_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> EvalRunOutputItem:
        """Get an evaluation run output item by ID.

        Args:
          eval_id: The ID of the evaluation to retrieve runs for.
          run_id: The ID of the run to retrieve.
          output_item_id: The ID of the output item to retrieve.
        """

        from ..types.eval_run_output_item import EvalRunOutputItem

        return cast(
            "EvalRunOutputItem",
            await self._client.call(
                _GET_EVAL_RUN_OUTPUT_ITEM,
                path_params={"eval_id": eval_id, "run_id": run_id, "output_item_id": output_item_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=EvalRunOutputItem,
            ),
        )


class EvalsWithRawResponse(ResourceView):
    _resource: Evals

    @property
    def runs(self) -> EvalsRunsWithRawResponse:
        return self._resource.runs.with_raw_response

    list = raw_method(Evals.list)
    create = raw_method(Evals.create)
    retrieve = raw_method(Evals.retrieve)
    update = raw_method(Evals.update)
    delete = raw_method(Evals.delete)


class EvalsWithStreamingResponse(StreamingResourceView):
    _resource: Evals

    @property
    def runs(self) -> EvalsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response

    list = streamed_method(Evals.list)
    create = streamed_method(Evals.create)
    retrieve = streamed_method(Evals.retrieve)
    update = streamed_method(Evals.update)
    delete = streamed_method(Evals.delete)


class AsyncEvalsWithRawResponse(ResourceView):
    _resource: AsyncEvals

    @property
    def runs(self) -> AsyncEvalsRunsWithRawResponse:
        return self._resource.runs.with_raw_response

    list = async_raw_method(AsyncEvals.list)
    create = async_raw_method(AsyncEvals.create)
    retrieve = async_raw_method(AsyncEvals.retrieve)
    update = async_raw_method(AsyncEvals.update)
    delete = async_raw_method(AsyncEvals.delete)


class AsyncEvalsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncEvals

    @property
    def runs(self) -> AsyncEvalsRunsWithStreamingResponse:
        return self._resource.runs.with_streaming_response

    list = async_streamed_method(AsyncEvals.list)
    create = async_streamed_method(AsyncEvals.create)
    retrieve = async_streamed_method(AsyncEvals.retrieve)
    update = async_streamed_method(AsyncEvals.update)
    delete = async_streamed_method(AsyncEvals.delete)


class EvalsRunsWithRawResponse(ResourceView):
    _resource: EvalsRuns

    @property
    def output_items(self) -> EvalsRunsOutputItemsWithRawResponse:
        return self._resource.output_items.with_raw_response

    list = raw_method(EvalsRuns.list)
    create = raw_method(EvalsRuns.create)
    retrieve = raw_method(EvalsRuns.retrieve)
    cancel = raw_method(EvalsRuns.cancel)
    delete = raw_method(EvalsRuns.delete)


class EvalsRunsWithStreamingResponse(StreamingResourceView):
    _resource: EvalsRuns

    @property
    def output_items(self) -> EvalsRunsOutputItemsWithStreamingResponse:
        return self._resource.output_items.with_streaming_response

    list = streamed_method(EvalsRuns.list)
    create = streamed_method(EvalsRuns.create)
    retrieve = streamed_method(EvalsRuns.retrieve)
    cancel = streamed_method(EvalsRuns.cancel)
    delete = streamed_method(EvalsRuns.delete)


class AsyncEvalsRunsWithRawResponse(ResourceView):
    _resource: AsyncEvalsRuns

    @property
    def output_items(self) -> AsyncEvalsRunsOutputItemsWithRawResponse:
        return self._resource.output_items.with_raw_response

    list = async_raw_method(AsyncEvalsRuns.list)
    create = async_raw_method(AsyncEvalsRuns.create)
    retrieve = async_raw_method(AsyncEvalsRuns.retrieve)
    cancel = async_raw_method(AsyncEvalsRuns.cancel)
    delete = async_raw_method(AsyncEvalsRuns.delete)


class AsyncEvalsRunsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncEvalsRuns

    @property
    def output_items(self) -> AsyncEvalsRunsOutputItemsWithStreamingResponse:
        return self._resource.output_items.with_streaming_response

    list = async_streamed_method(AsyncEvalsRuns.list)
    create = async_streamed_method(AsyncEvalsRuns.create)
    retrieve = async_streamed_method(AsyncEvalsRuns.retrieve)
    cancel = async_streamed_method(AsyncEvalsRuns.cancel)
    delete = async_streamed_method(AsyncEvalsRuns.delete)


class EvalsRunsOutputItemsWithRawResponse(ResourceView):
    _resource: EvalsRunsOutputItems

    list = raw_method(EvalsRunsOutputItems.list)
    retrieve = raw_method(EvalsRunsOutputItems.retrieve)


class EvalsRunsOutputItemsWithStreamingResponse(StreamingResourceView):
    _resource: EvalsRunsOutputItems

    list = streamed_method(EvalsRunsOutputItems.list)
    retrieve = streamed_method(EvalsRunsOutputItems.retrieve)


class AsyncEvalsRunsOutputItemsWithRawResponse(ResourceView):
    _resource: AsyncEvalsRunsOutputItems

    list = async_raw_method(AsyncEvalsRunsOutputItems.list)
    retrieve = async_raw_method(AsyncEvalsRunsOutputItems.retrieve)


class AsyncEvalsRunsOutputItemsWithStreamingResponse(StreamingResourceView):
    _resource: AsyncEvalsRunsOutputItems

    list = async_streamed_method(AsyncEvalsRunsOutputItems.list)
    retrieve = async_streamed_method(AsyncEvalsRunsOutputItems.retrieve)
