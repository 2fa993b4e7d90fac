# generated from the OpenAI API spec by the openai-connector generator; do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

from ..lib._operation import Operation
from ..lib._pagination import AsyncCursorPage, SyncCursorPage
from ..lib._resource import AsyncAPIResource, SyncAPIResource
from ..lib._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ..types.chat_session_resource import ChatSessionResource
    from ..types.chatkit_configuration_param import ChatkitConfigurationParam
    from ..types.deleted_thread_resource import DeletedThreadResource
    from ..types.expires_after_param import ExpiresAfterParam
    from ..types.order_enum import OrderEnum
    from ..types.rate_limits_param import RateLimitsParam
    from ..types.thread_item import ThreadItem
    from ..types.thread_resource import ThreadResource
    from ..types.workflow_param import WorkflowParam

_CANCEL_CHAT_SESSION_METHOD = Operation(
    api="openai",
    operation_id="CancelChatSessionMethod",
    method="POST",
    path="/chatkit/sessions/{session_id}/cancel",
    request_kind="none",
    response_kind="json",
    checks={"path": {"session_id": {"type": "string"}}},
)

_CREATE_CHAT_SESSION_METHOD = Operation(
    api="openai",
    operation_id="CreateChatSessionMethod",
    method="POST",
    path="/chatkit/sessions",
    request_kind="json",
    response_kind="json",
    checks={
        "body": {
            "workflow": {"type": "object"},
            "user": {"type": "string", "minLength": 1},
            "expires_after": {"type": "object"},
            "rate_limits": {"type": "object"},
            "chatkit_configuration": {"type": "object"},
        }
    },
)

_GET_THREAD_METHOD = Operation(
    api="openai",
    operation_id="GetThreadMethod",
    method="GET",
    path="/chatkit/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
)

_DELETE_THREAD_METHOD = Operation(
    api="openai",
    operation_id="DeleteThreadMethod",
    method="DELETE",
    path="/chatkit/threads/{thread_id}",
    request_kind="none",
    response_kind="json",
    checks={"path": {"thread_id": {"type": "string"}}},
)

_LIST_THREADS_METHOD = Operation(
    api="openai",
    operation_id="ListThreadsMethod",
    method="GET",
    path="/chatkit/threads",
    request_kind="none",
    response_kind="json",
    checks={
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
            "user": {"type": "string", "minLength": 1, "maxLength": 512},
        }
    },
)

_LIST_THREAD_ITEMS_METHOD = Operation(
    api="openai",
    operation_id="ListThreadItemsMethod",
    method="GET",
    path="/chatkit/threads/{thread_id}/items",
    request_kind="none",
    response_kind="json",
    checks={
        "path": {"thread_id": {"type": "string"}},
        "query": {
            "limit": {"type": "integer", "minimum": 0, "maximum": 100},
            "order": {"type": "string"},
            "after": {"type": "string"},
            "before": {"type": "string"},
        },
    },
)


class Chatkit(SyncAPIResource):
    @cached_property
    def sessions(self) -> ChatkitSessions:
        return ChatkitSessions(self._client)

    @cached_property
    def threads(self) -> ChatkitThreads:
        return ChatkitThreads(self._client)


class AsyncChatkit(AsyncAPIResource):
    @cached_property
    def sessions(self) -> AsyncChatkitSessions:
        return AsyncChatkitSessions(self._client)

    @cached_property
    def threads(self) -> AsyncChatkitThreads:
        return AsyncChatkitThreads(self._client)


class ChatkitSessions(SyncAPIResource):
    def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.
        """

        from ..types.chat_session_resource import ChatSessionResource

        return cast(
            "ChatSessionResource",
            self._client.call(
                _CANCEL_CHAT_SESSION_METHOD,
                path_params={"session_id": session_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSessionResource,
            ),
        )

    def create(
        self,
        *,
        workflow: WorkflowParam,
        user: str,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.
          user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
          chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """

        from ..types.chat_session_resource import ChatSessionResource

        return cast(
            "ChatSessionResource",
            self._client.call(
                _CREATE_CHAT_SESSION_METHOD,
                body={
                    "workflow": workflow,
                    "user": user,
                    "expires_after": expires_after,
                    "rate_limits": rate_limits,
                    "chatkit_configuration": chatkit_configuration,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSessionResource,
            ),
        )


class AsyncChatkitSessions(AsyncAPIResource):
    async def cancel(
        self,
        session_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSessionResource:
        """Cancel an active ChatKit session and return its most recent metadata.

        Cancelling prevents new requests from using the issued client secret.

        Args:
          session_id: Unique identifier for the ChatKit session to cancel.
        """

        from ..types.chat_session_resource import ChatSessionResource

        return cast(
            "ChatSessionResource",
            await self._client.call(
                _CANCEL_CHAT_SESSION_METHOD,
                path_params={"session_id": session_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSessionResource,
            ),
        )

    async def create(
        self,
        *,
        workflow: WorkflowParam,
        user: str,
        expires_after: ExpiresAfterParam | NotGiven = NOT_GIVEN,
        rate_limits: RateLimitsParam | NotGiven = NOT_GIVEN,
        chatkit_configuration: ChatkitConfigurationParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ChatSessionResource:
        """Create a ChatKit session.

        Args:
          workflow: Workflow that powers the session.
          user: A free-form string that identifies your end user; ensures this Session can access other objects that have the same `user` scope.
          expires_after: Optional override for session expiration timing in seconds from creation. Defaults to 10 minutes.
          rate_limits: Optional override for per-minute request limits. When omitted, defaults to 10.
          chatkit_configuration: Optional overrides for ChatKit runtime configuration features
        """

        from ..types.chat_session_resource import ChatSessionResource

        return cast(
            "ChatSessionResource",
            await self._client.call(
                _CREATE_CHAT_SESSION_METHOD,
                body={
                    "workflow": workflow,
                    "user": user,
                    "expires_after": expires_after,
                    "rate_limits": rate_limits,
                    "chatkit_configuration": chatkit_configuration,
                },
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ChatSessionResource,
            ),
        )


class ChatkitThreads(SyncAPIResource):
    @cached_property
    def items(self) -> ChatkitThreadsItems:
        return ChatkitThreadsItems(self._client)

    def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.
        """

        from ..types.thread_resource import ThreadResource

        return cast(
            "ThreadResource",
            self._client.call(
                _GET_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadResource,
            ),
        )

    def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.
        """

        from ..types.deleted_thread_resource import DeletedThreadResource

        return cast(
            "DeletedThreadResource",
            self._client.call(
                _DELETE_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedThreadResource,
            ),
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ThreadResource]:
        """List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
          user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """

        from ..types.thread_list_resource import ThreadListResource
        from ..types.thread_resource import ThreadResource

        return cast(
            "SyncCursorPage[ThreadResource]",
            self._client.call_page(
                _LIST_THREADS_METHOD,
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadListResource,
                item_type=ThreadResource,
                cursor_param="after",
            ),
        )


class AsyncChatkitThreads(AsyncAPIResource):
    @cached_property
    def items(self) -> AsyncChatkitThreadsItems:
        return AsyncChatkitThreadsItems(self._client)

    async def retrieve(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> ThreadResource:
        """Retrieve a ChatKit thread by its identifier.

        Args:
          thread_id: Identifier of the ChatKit thread to retrieve.
        """

        from ..types.thread_resource import ThreadResource

        return cast(
            "ThreadResource",
            await self._client.call(
                _GET_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadResource,
            ),
        )

    async def delete(
        self,
        thread_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> DeletedThreadResource:
        """Delete a ChatKit thread along with its items and stored attachments.

        Args:
          thread_id: Identifier of the ChatKit thread to delete.
        """

        from ..types.deleted_thread_resource import DeletedThreadResource

        return cast(
            "DeletedThreadResource",
            await self._client.call(
                _DELETE_THREAD_METHOD,
                path_params={"thread_id": thread_id},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=DeletedThreadResource,
            ),
        )

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[ThreadResource]:
        """List ChatKit threads with optional pagination and user filters.

        Args:
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
          user: Filter threads that belong to this user identifier. Defaults to null to return all users.
        """

        from ..types.thread_list_resource import ThreadListResource
        from ..types.thread_resource import ThreadResource

        return cast(
            "AsyncCursorPage[ThreadResource]",
            await self._client.call_page(
                _LIST_THREADS_METHOD,
                query={"limit": limit, "order": order, "after": after, "before": before, "user": user},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadListResource,
                item_type=ThreadResource,
                cursor_param="after",
            ),
        )


class ChatkitThreadsItems(SyncAPIResource):
    def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> SyncCursorPage[ThreadItem]:
        """List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
        """

        from ..types.thread_item import ThreadItem
        from ..types.thread_item_list_resource import ThreadItemListResource

        return cast(
            "SyncCursorPage[ThreadItem]",
            self._client.call_page(
                _LIST_THREAD_ITEMS_METHOD,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadItemListResource,
                item_type=ThreadItem,
                cursor_param="after",
            ),
        )


class AsyncChatkitThreadsItems(AsyncAPIResource):
    async def list(
        self,
        thread_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        order: OrderEnum | NotGiven = NOT_GIVEN,
        after: str | NotGiven = NOT_GIVEN,
        before: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncCursorPage[ThreadItem]:
        """List items that belong to a ChatKit thread.

        Args:
          thread_id: Identifier of the ChatKit thread whose items are requested.
          limit: Maximum number of thread items to return. Defaults to 20.
          order: Sort order for results by creation time. Defaults to `desc`.
          after: List items created after this thread item ID. Defaults to null for the first page.
          before: List items created before this thread item ID. Defaults to null for the newest results.
        """

        from ..types.thread_item import ThreadItem
        from ..types.thread_item_list_resource import ThreadItemListResource

        return cast(
            "AsyncCursorPage[ThreadItem]",
            await self._client.call_page(
                _LIST_THREAD_ITEMS_METHOD,
                path_params={"thread_id": thread_id},
                query={"limit": limit, "order": order, "after": after, "before": before},
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                cast_to=ThreadItemListResource,
                item_type=ThreadItem,
                cursor_param="after",
            ),
        )
